/**
 * Money inside src/credentials is whole US cents: catalog amounts are whole cents (the schema
 * checks it), so sums of them are exact and two stacks with the same lines cost exactly the same.
 */

export const toCents = (usd: number): number => Math.round(usd * 100);

/** "$1,234" for whole dollars, "$186.15" otherwise, "-$50" below zero. */
export function formatUsd(cents: number): string {
  const abs = Math.abs(cents);
  const digits = abs % 100 === 0 ? 0 : 2;
  const text = (abs / 100).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${cents < 0 ? '-' : ''}$${text}`;
}
