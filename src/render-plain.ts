import { marksAsWords } from './dates/date-marks.js';
import type { Reply } from './engine/reply.js';

const BAR_WIDTH = 24;

export interface PlainOptions {
  /** Show *bold*, _italic_ and `code` as terminal styles; without, only the words are left. */
  ansi?: boolean;
}

const STYLE = {
  bold: ['\x1b[1m', '\x1b[22m'],
  italic: ['\x1b[3m', '\x1b[23m'],
  // Colour rather than inverse video: a code span broken across lines must not paint the indent.
  code: ['\x1b[36m', '\x1b[39m'],
} as const;

// Markers count only at word edges, so "O*NET" and snake_case names keep their characters.
const BOLD = /(^|[\s(])\*(\S(?:[^*\n]*\S)?)\*(?=[\s.,!?;:)]|$)/g;
const ITALIC = /(^|[\s(])_(\S(?:[^_\n]*\S)?)_(?=[\s.,!?;:)]|$)/g;
const CODE_SPAN = /(`[^`\n]+`)/;

/**
 * The engine's light markdown for a terminal: styled with ANSI codes, or with the markers simply
 * removed. What is inside a code span is shown as written, never read as emphasis. Dates the
 * coach marked (src/dates/date-marks.ts) are said in words: "Friday 14 May 2027".
 */
export function terminalMarkdown(text: string, ansi = false): string {
  const styled = (style: keyof typeof STYLE, words: string) => (ansi ? `${STYLE[style][0]}${words}${STYLE[style][1]}` : words);
  return marksAsWords(text)
    .split(CODE_SPAN)
    .map((part, i) =>
      i % 2 === 1
        ? styled('code', part.slice(1, -1))
        : part.replace(BOLD, (_, edge: string, words: string) => edge + styled('bold', words)).replace(ITALIC, (_, edge: string, words: string) => edge + styled('italic', words)),
    )
    .join('');
}

/** Light markdown to plain text: the terminal shows words, not asterisks. */
export const plain = (text: string): string => terminalMarkdown(text);

function bar(value: number, max: number): string {
  const cells = max > 0 ? Math.round((Math.max(0, value) / max) * BAR_WIDTH) : 0;
  return '█'.repeat(cells) + '·'.repeat(BAR_WIDTH - cells);
}

/** One reply as the lines a terminal prints; how to answer it is the terminal's to say. */
export function renderPlain(reply: Reply, { ansi = false }: PlainOptions = {}): string[] {
  const md = (text: string) => terminalMarkdown(text, ansi);
  switch (reply.kind) {
    case 'text':
    case 'long-text':
      return [md(reply.text)];
    case 'question':
      return [md(reply.text), ...reply.choices.map((choice, i) => `  ${i + 1}) ${marksAsWords(choice.label)}`)];
    case 'checklist':
      return [md(reply.text), ...reply.items.map((item, i) => `  ${i + 1}) ${marksAsWords(item.label)}`)];
    case 'progress':
      return [`[${reply.label} · step ${reply.step} of ${reply.of}]`];
    case 'chart': {
      const max = Math.max(0, ...reply.rows.map((row) => row.value));
      const width = Math.max(0, ...reply.rows.map((row) => row.label.length));
      const unit = reply.unit ?? '';
      return [md(reply.title), ...reply.rows.map((row) => `  ${marksAsWords(row.label).padEnd(width)}  ${bar(row.value, max)} ${row.value}${unit}`)];
    }
    case 'card':
      return [`== ${md(reply.title)} ==`, ...reply.fields.map((field) => `  ${field.label}: ${md(field.value)}`)];
    case 'file':
      return [md(reply.text), `  (file ${reply.filename})`];
  }
}
