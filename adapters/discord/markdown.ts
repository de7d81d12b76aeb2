import { markInWords, markSeconds, markWeekday, marksAsWords, renderMarks, type DateMark } from '../../src/dates/date-marks.js';
import type { Reply } from '../../src/engine/reply.js';

type Chart = Extract<Reply, { kind: 'chart' }>;

// The engine's *bold* is Discord's italic; Discord's bold is **bold**. Same word-edge rule as
// src/render-plain.ts, so "O*NET" and snake_case keep their characters.
const BOLD = /(^|[\s(])\*(\S(?:[^*\n]*\S)?)\*(?=[\s.,!?;:)]|$)/g;

/**
 * A masked link, "[text](https://…)", shows its text and hides where it goes: in what a user
 * typed (echoed in `status`, a peer's name) it could dress a phishing link as anything. The coach
 * never writes one, so every "](" outside code is escaped and no link can be masked; the address
 * itself still shows, as Discord shows any bare link.
 */
const MASKED_LINK_CLOSE = /\]\(/g;

/**
 * Discord's timestamp markup, `<t:UNIX:F>`, shows a moment in each reader's own zone and language.
 * Only the coach writes one (from its date marks): in what a user typed, a word joiner after the
 * "<" leaves it as the characters they typed.
 */
const TIMESTAMP = /<(?=t:)/gi;
const WORD_JOINER = '\u2060';

/**
 * A date mark as Discord shows it: a day as its weekday (Discord's long date has none) and
 * `<t:…:D>` ("Friday 14 May 2027" for a British reader, "Friday May 14, 2027" for an American one),
 * anchored at noon where the person is; a moment as `<t:…:F>`, weekday, date and time.
 */
export function discordDate(mark: DateMark): string {
  return mark.kind === 'day' ? `${markWeekday(mark)} <t:${markSeconds(mark)}:D>` : `<t:${markSeconds(mark)}:F>`;
}

/**
 * The engine's light markdown in Discord's dialect: *bold* becomes **bold**; _italic_, `code` and
 * "- " bullets mean the same on Discord. Code spans are left exactly as they are (nothing in them
 * is a link), with dates in words. `dates: 'words'` for places Discord draws no timestamps in
 * (embed titles, field names).
 */
export function discordMarkdown(text: string, { dates = 'timestamps' }: { dates?: 'timestamps' | 'words' } = {}): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? marksAsWords(part)
        : renderMarks(part.replace(BOLD, '$1**$2**').replace(MASKED_LINK_CLOSE, '\\]\\(').replace(TIMESTAMP, `<${WORD_JOINER}`), dates === 'words' ? markInWords : discordDate),
    )
    .join('');
}

/** Discord's small grey line, for the place in a flow: quiet, but there. */
export function subtext(text: string): string {
  return `-# ${text.replace(/\n/g, ' ')}`;
}

const BAR_WIDTH = 16;
const LABEL_WIDTH = 24;

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A label that cannot end the code block early or break the alignment. */
function cell(label: string): string {
  const flat = label.replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_WIDTH ? `${flat.slice(0, LABEL_WIDTH - 1)}…` : flat;
}

/**
 * A chart as rows of a code block, one bar per label: monospace keeps the bars aligned on every
 * client, phones included. Returns the title line and the rows; the caller wraps rows in
 * code blocks (several when they do not fit one message).
 */
export function chartRows(chart: Chart): { title: string; rows: string[] } {
  const max = Math.max(0, ...chart.rows.map((row) => row.value));
  const labels = chart.rows.map((row) => cell(row.label));
  const width = Math.max(0, ...labels.map((label) => label.length));
  const unit = chart.unit ?? '';
  const values = chart.rows.map((row) => `${formatValue(row.value)}${unit}`);
  const valueWidth = Math.max(0, ...values.map((value) => value.length));
  const rows = chart.rows.map((row, i) => {
    const filled = max > 0 ? Math.round((Math.max(0, row.value) / max) * BAR_WIDTH) : 0;
    return `${(labels[i] ?? '').padEnd(width)}  ${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${(values[i] ?? '').padStart(valueWidth)}`;
  });
  return { title: `**${discordMarkdown(chart.title)}**`, rows: rows.length > 0 ? rows : ['(nothing to show yet)'] };
}

const FENCE_OVERHEAD = '```text\n\n```'.length;

/** Rows in as many code blocks as needed, each within `max` characters. */
export function codeBlocks(rows: string[], max: number): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const size = (lines: string[]) => lines.join('\n').length + FENCE_OVERHEAD;
  for (const row of rows) {
    const line = row.length + FENCE_OVERHEAD > max ? row.slice(0, max - FENCE_OVERHEAD) : row;
    if (current.length > 0 && size([...current, line]) > max) {
      blocks.push(current.join('\n'));
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks.map((block) => `\`\`\`text\n${block}\n\`\`\``);
}
