/**
 * Money inside src/credentials is whole US cents: catalog amounts are whole cents (the schema
 * checks it), so sums of them are exact and two stacks with the same lines cost exactly the same.
 */

export const toCents = (usd: number): number => Math.round(usd * 100);

// Built once: toLocaleString builds a formatter on every call (about 100 µs each), and a
// recommendation formats hundreds of amounts.
const WHOLE = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$1,234" for whole dollars, "$186.15" otherwise, "-$50" below zero. */
export function formatUsd(cents: number): string {
  const abs = Math.abs(cents);
  const text = (abs % 100 === 0 ? WHOLE : CENTS).format(abs / 100);
  return `${cents < 0 ? '-' : ''}$${text}`;
}

/** Code-unit order for ids and keys: deterministic, and far cheaper than localeCompare's collation. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
