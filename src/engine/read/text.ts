/**
 * The one way the readers see typed text: lower case, straight quotes, plain dashes and single
 * spaces, so that "I’m", "I'm" and "I ’m" read alike and a phone's smart punctuation changes nothing.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Punctuation, quotes, markdown and emoji around an answer ("`done`", "None.", "SKIP!", "ok 👍"). */
const EDGE = '(?:[\\s"\'\\x60*_~.,;:!?…()[\\]{}<>-]|\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\uFE0F|\\u200D)+';
const EDGES = new RegExp(`^${EDGE}|${EDGE}$`, 'gu');

/** The answer without what surrounds it: for matching whole short answers against a word list. */
export function bare(text: string): string {
  return normalize(text).replace(EDGES, '').replace(/\s+/g, ' ');
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Sentences of a short message, split after . ! or ? (not inside "2.5" or "e.g."). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
