/**
 * Money inside src/credentials is whole US cents: catalog amounts are whole cents (the schema
 * checks it), so sums of them are exact and two stacks with the same lines cost exactly the same.
 */

export const toCents = (usd: number): number => Math.round(usd * 100);

/** "1,234,567": en-US digit grouping, by hand because Intl.NumberFormat costs about 1 µs a call and a recommendation formats hundreds of amounts. */
const grouped = (whole: number): string => String(whole).replace(/\B(?=(\d{3})+$)/g, ',');

/** "$1,234" for whole dollars, "$186.15" otherwise, "-$50" below zero. */
export function formatUsd(cents: number): string {
  const abs = Math.round(Math.abs(cents));
  const dollars = grouped(Math.floor(abs / 100));
  const text = abs % 100 === 0 ? dollars : `${dollars}.${String(abs % 100).padStart(2, '0')}`;
  return `${cents < 0 ? '-' : ''}$${text}`;
}

/** Code-unit order for ids and keys: deterministic, and far cheaper than localeCompare's collation. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
