import type { Reply } from './engine/reply.js';

const BAR_WIDTH = 24;

/** Light markdown to plain text: the terminal shows words, not asterisks. */
export function plain(text: string): string {
  // Markers count only at word edges, so "O*NET" and snake_case names keep their characters.
  return text.replace(/(^|[\s(])\*(\S(?:[^*\n]*\S)?)\*(?=[\s.,!?;:)]|$)/g, '$1$2').replace(/(^|[\s(])_(\S(?:[^_\n]*\S)?)_(?=[\s.,!?;:)]|$)/g, '$1$2');
}

function bar(value: number, max: number): string {
  const cells = max > 0 ? Math.round((Math.max(0, value) / max) * BAR_WIDTH) : 0;
  return '█'.repeat(cells) + '·'.repeat(BAR_WIDTH - cells);
}

/** One reply as the lines a terminal prints. */
export function renderPlain(reply: Reply): string[] {
  switch (reply.kind) {
    case 'text':
      return [plain(reply.text)];
    case 'question':
      return [plain(reply.text), ...reply.choices.map((choice, i) => `  ${i + 1}) ${choice.label}`)];
    case 'checklist':
      return [plain(reply.text), ...reply.items.map((item, i) => `  ${i + 1}) ${item.label}`), '  (Type the numbers that apply, for example "1 3 4", or "none".)'];
    case 'long-text':
      return [plain(reply.text), '  (Type or paste as many lines as you like, then a line with just a "." to send.)'];
    case 'progress':
      return [`[${reply.label} · step ${reply.step} of ${reply.of}]`];
    case 'chart': {
      const max = Math.max(0, ...reply.rows.map((row) => row.value));
      const width = Math.max(0, ...reply.rows.map((row) => row.label.length));
      const unit = reply.unit ?? '';
      return [plain(reply.title), ...reply.rows.map((row) => `  ${row.label.padEnd(width)}  ${bar(row.value, max)} ${row.value}${unit}`)];
    }
    case 'card':
      return [`== ${plain(reply.title)} ==`, ...reply.fields.map((field) => `  ${field.label}: ${plain(field.value)}`)];
  }
}
