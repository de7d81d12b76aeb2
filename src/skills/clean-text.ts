/**
 * Pasted text comes from job boards (HTML), chat (mentions, markdown), PDFs and word processors
 * (typographic quotes and dashes, invisible characters). The skill matcher works on one plain
 * form of it, and reads levels and ambiguous forms within sentences and lists, which this module
 * finds. Every pattern here is compiled once, at module load; where one repeats a group, each
 * repetition starts with a character the previous one cannot end with, so nothing backtracks
 * more than linearly and a 50 KB paste costs a few passes.
 */

/**
 * Letters (with "_", which continues identifiers) and digits by code-point range rather than
 * \p{L}\p{N}: unicode mode makes V8 run the large expressions several times slower. Covers Latin,
 * Greek, Cyrillic, other scripts and CJK; leaves out punctuation, symbols (bullets, arrows,
 * dingbats) and emoji. For use inside a character class.
 */
export const LETTER_CLASS = String.raw`A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2FFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFE\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFDC`;
export const WORD_CLASS = String.raw`${LETTER_CLASS}0-9\uFF10-\uFF19`;

/** A stretch of the cleaned text, [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Segment extends Span {
  /**
   * Where an ambiguous form ("R", "Go") looks for another skill or a technical word: the sentence;
   * for a long list item the whole item; for a short one ("- Go") the whole list and its header,
   * because "Tech stack:\n- Go\n- Kubernetes" gets its context from the neighbours. Short items of
   * one list share the same object.
   */
  readonly scope: Span;
  /** The line ending in ":" that introduces the list this item belongs to ("Advanced:"). */
  readonly header: Span | undefined;
  readonly lineEnd: number;
  /** The line is all in one case ("ADVANCED EXCEL", "i know excel and sql"): it says nothing about capitalisation. */
  readonly caseless: boolean;
}

// Slack and Discord: <@U123>, <#C1|general>, <!here>, <:emoji:123>, <a:emoji:123>.
const CHAT_MENTION = /<(?:[@#!:]|a:)[^<>\n]{0,200}>/g;
// Slack wraps links as <https://...|label>: keep the label.
const CHAT_LINK = /<(?:https?|mailto):[^<>|\s]{0,2000}(?:\|([^<>\n]{0,500}))?>/gi;
// A run of adjacent tags ("</li><li>", "</p>\n<ul><li>") becomes one break, so HTML never
// produces the blank line that ends a list in plain text.
const HTML_TAGS = /(?:<\/?[a-z][a-z0-9]{0,15}(?:\s[^<>]{0,2000})?\/?>\s*)+/gi;
const LIST_ITEM_TAG = /<li[\s>]/i;
const BLOCK_TAG = /<\/?(?:br|p|div|ul|ol|li|tr|table|section|article|header|footer|dt|dd|blockquote|hr|pre|h[1-6])[\s/>]/i;
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,7});/gi;
const NAMED_ENTITIES = new Map(
  Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"',
    ndash: '-', mdash: '-', bull: '•', middot: '·', hellip: '...', trade: ' ', reg: ' ', copy: ' ',
  }),
);

// One pass maps every look-alike character to the plain one the patterns expect.
const CHAR_MAP = new Map<string, string>();
const mapChars = (chars: string, to: string) => {
  for (const ch of chars) CHAR_MAP.set(ch, to);
};
mapChars('\u00AD\u200B\u200C\u200D\u2060\uFEFF', ''); // soft hyphen and zero-width characters split words invisibly
mapChars('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D', '-');
mapChars('\u2018\u2019\u201A\u201B\u2032', "'");
mapChars('\u201C\u201D\u201E\u201F\u2033', '"');
mapChars('\t\f\v\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000', ' ');
mapChars('\u2028\u2029\u0085', '\n');
mapChars('\u2122\u00AE\u00A9\u2120', ' '); // "Excel®" must still end at a token boundary
mapChars('\u266F', '#'); // C♯
mapChars('\u0130', 'I'); // the one character whose lower case is longer: matching relies on equal lengths
// Scanning for "not printable ASCII" is several times faster than for the list of look-alikes.
const NOT_PLAIN = /[^\n -~]/g;
const plainChar = (ch: string, offset: number, whole: string): string =>
  ch === '\r' ? (whole.charCodeAt(offset + 1) === 10 ? '' : '\n') : (CHAR_MAP.get(ch) ?? ch);

// Links carry paths like /jobs/sql-analyst that are not skills the text asks for.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// An escape ("C\+\+") keeps its character; emphasis and code marks go. A single "*" stays (it is
// also a bullet); underscores go unless inside a word, because "_" continues a token.
const MARKDOWN = new RegExp(String.raw`\\([\\\`*_{}[\]()#+\-.!|])|\*{2,}|\`+|~{2,}|(?<![${WORD_CLASS}])_+|_+(?![${WORD_CLASS}])`, 'g');
const SPACES = / +\n *|\n +/g;
const SPACE_RUN = / {2,}/g;

function decodeEntity(entity: string, body: string): string {
  if (body[0] !== '#') return NAMED_ENTITIES.get(body.toLowerCase()) ?? entity;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}

/**
 * Plain text: tags, entities, mentions, links and markdown marks gone; one kind of space, dash
 * and quote; no spaces around line breaks. Passes whose trigger character is absent are skipped:
 * most chat messages have no "<", "&" or link.
 */
export function cleanText(text: string): string {
  let clean = text;
  if (clean.includes('<')) {
    clean = clean
      .replace(CHAT_MENTION, ' ')
      .replace(CHAT_LINK, (_link, label: string | undefined) => ` ${label ?? ''} `)
      .replace(HTML_TAGS, (tags) => (LIST_ITEM_TAG.test(tags) ? '\n• ' : BLOCK_TAG.test(tags) ? '\n' : ' '));
  }
  if (clean.includes('&')) clean = clean.replace(ENTITY, decodeEntity);
  clean = clean.replace(NOT_PLAIN, plainChar);
  clean = clean.replace(URL, ' ');
  return clean
    .replace(MARKDOWN, (_mark, escaped: string | undefined) => escaped ?? ' ')
    .replace(SPACES, '\n')
    .replace(SPACE_RUN, ' ')
    .trim();
}

// Sticky: tested at each line start. Symbol bullets may touch the text; "-", "*", "+", "1." and "a)" need a space.
const BULLET = /[ ]*(?:[•·▪▫◦‣⁃∙○●■□➢➤►▶→✓✔☐☑]|\p{Extended_Pictographic}\uFE0F?|(?:[-*+]|\d{1,2}[.)]|[a-z][.)])(?= ))/uy;
const SENTENCE_END = /[.!?;]+(?= )/g;
const LOWERCASE = /\p{Ll}/u;
const UPPERCASE = /\p{Lu}/u;
/** Items of up to this many spaces ("- Go", "- R (tidyverse)") borrow context from their list. */
const SHORT_ITEM_SPACES = 3;

interface MutableSpan {
  start: number;
  end: number;
}

/** Whether [from, to) has at most `limit` spaces; stops at the line's end (indexOf would scan on to the text's). */
function fewSpaces(text: string, from: number, to: number, limit: number): boolean {
  let count = 0;
  for (let i = from; i < to && count <= limit; i++) if (text.charCodeAt(i) === 32) count++;
  return count <= limit;
}

/**
 * Sentences and list items of cleaned text, in order. A list is a run of bullet lines, or every
 * non-blank line after a header (a line ending in ":") up to a blank line or the next header.
 */
export function splitSegments(text: string): Segment[] {
  const stops: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) stops.push(m.index + m[0].length);

  const segments: Segment[] = [];
  let list: { scope: MutableSpan; header: Span | undefined } | undefined;
  let stop = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const next = lineEnd + 1;
    if (lineEnd - lineStart <= 1 && text.slice(lineStart, lineEnd).trim() === '') {
      list = undefined;
      lineStart = next;
      continue;
    }
    BULLET.lastIndex = lineStart;
    const bullet = BULLET.test(text);
    // The item starts at its first word: the space a "-" bullet needs is not one of the item's own.
    let itemStart = bullet ? BULLET.lastIndex : lineStart;
    while (text.charCodeAt(itemStart) === 32) itemStart++;
    const isHeader = text.charCodeAt(lineEnd - 1) === 58; // ':'
    let scope: Span | undefined; // undefined: each sentence is its own scope
    let header: Span | undefined;
    if (isHeader) {
      list = { scope: { start: lineStart, end: lineEnd }, header: { start: lineStart, end: lineEnd } };
    } else if (bullet || list?.header) {
      list ??= { scope: { start: lineStart, end: lineEnd }, header: undefined };
      list.scope.end = lineEnd;
      header = list.header;
      scope = fewSpaces(text, itemStart, lineEnd, SHORT_ITEM_SPACES) ? list.scope : { start: lineStart, end: lineEnd };
    } else {
      list = undefined;
    }
    const line = text.slice(lineStart, lineEnd);
    const caseless = !LOWERCASE.test(line) || !UPPERCASE.test(line);
    while (stop < stops.length && (stops[stop] ?? 0) <= lineStart) stop++;
    for (let start = lineStart; start < lineEnd; ) {
      const cut = stops[stop];
      const end = cut !== undefined && cut < lineEnd ? cut : lineEnd;
      if (end < lineEnd) stop++;
      segments.push({ start, end, scope: scope ?? { start, end }, header, lineEnd, caseless });
      start = end;
    }
    lineStart = next;
  }
  return segments;
}
