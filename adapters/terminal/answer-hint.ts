import type { Reply } from '../../src/engine/reply.js';

/** The word that starts the terminal's walk through a form with several fields. */
export const FORM_WORD = 'form';

const LONG_TEXT = 'Type or paste as many lines as you like, then a line with just a "." to send';

const listOf = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? ''));

/**
 * How to answer a reply at the keyboard, in the engine's light markdown, shown under the reply.
 * It is the terminal's to say: Slack and Discord answer the same replies with buttons and forms.
 */
export function answerHint(reply: Reply): string | undefined {
  if (reply.kind === 'checklist') return '  (Type the numbers that apply, for example `1 3 4`, or `none`.)';
  if (reply.kind !== 'long-text') return undefined;
  if (reply.fields.length === 1) return `  (${LONG_TEXT}.)`;
  return `  (${LONG_TEXT}; or type \`${FORM_WORD}\` to give ${listOf(reply.fields.map((f) => f.label))} one at a time.)`;
}
