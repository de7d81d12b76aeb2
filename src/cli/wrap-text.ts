// eslint-disable-next-line no-control-regex -- ANSI styles start with ESC.
const ANSI_STYLE = /\x1b\[[0-9;]*m/g;

/** The text as it reads on screen, without its ANSI styles. */
export const withoutStyles = (text: string): string => text.replace(ANSI_STYLE, '');

/** Columns a line takes on screen: styles take none; each code point one (wide CJK and emoji are not measured). */
export const visibleLength = (text: string): number => [...withoutStyles(text)].length;

const LIST_ITEM = /^\s*(?:[-*•]|\d{1,3}[.)])\s+(?=\S)/;

/** Where a wrapped line goes on: under the text of a list item ("- ", "  2) "), else under its first character. */
function hangingIndent(line: string): number {
  return visibleLength((LIST_ITEM.exec(line) ?? /^\s*/.exec(line) ?? [''])[0]);
}

/**
 * A line broken at spaces to fit `width` columns, continuing at `indent`. Lines break only between
 * words, so a word or a URL longer than the width overflows its own line rather than being split
 * (a split URL no longer opens); runs of spaces inside a line, which align columns, are kept.
 */
export function wrapLine(line: string, width: number, indent = hangingIndent(line)): string[] {
  if (visibleLength(line) <= width) return [line];
  // On a very narrow terminal a deep indent would leave no room for words.
  const pad = ' '.repeat(Math.min(indent, Math.floor(width / 2)));
  const lines: string[] = [];
  let current = '';
  let hasWord = false;
  let space = '';
  for (const token of line.match(/\s+|\S+/g) ?? []) {
    if (/^\s/.test(token)) {
      if (hasWord) space = token;
      else current += token;
      continue;
    }
    if (hasWord && visibleLength(current) + visibleLength(space) + visibleLength(token) > width) {
      lines.push(current);
      current = pad + token;
    } else {
      current += (hasWord ? space : '') + token;
    }
    hasWord = true;
    space = '';
  }
  return [...lines, current];
}

/** Every line of a text wrapped to `width`; without a width (output to a pipe or a file), the text as it is. */
export function wrapText(text: string, width: number | undefined): string {
  return width === undefined ? text : text.split('\n').flatMap((line) => wrapLine(line, width)).join('\n');
}
