/** What the benchmarks print: progress, and plain-text tables for the default output. */

/** Progress goes to stderr, so that --json output stays one object on stdout. */
export function progress(line: string): void {
  process.stderr.write(`  ${line}\n`);
}

/** `digits` decimals with thousands separators; a dash when there is no figure. */
export function fmt(value: number | undefined, digits = 0): string {
  if (value === undefined || Number.isNaN(value)) return '-';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The first column left-aligned (labels), the others right-aligned (figures). */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('   '))
    .join('\n');
}
