import type { Role } from '../data/roles-schema.js';
import { formatUsd, toCents } from './money.js';

/**
 * Return on investment from the role's pay data and the learner's current pay.
 *
 * pay change (a year) = role pay − current pay, where role pay is the official median, or the
 * median of the proxy occupations (flagged: a proxy, not this title's own figure); a role whose
 * pay kind is "none" has no ROI. payback months = total cost ÷ (pay change ÷ 12). three-year
 * return = (3 × pay change − total cost) ÷ total cost. Without the learner's current pay, or with
 * an unknown price, ROI is not computed: nothing is assumed. The formula comes back as text with
 * the numbers filled in.
 */

export type RolePay =
  | { readonly known: true; readonly cents: number; readonly proxy: boolean; readonly source: string }
  | { readonly known: false; readonly reason: string };

export interface Roi {
  readonly known: boolean;
  readonly payChangeCents: number | null;
  readonly paybackMonths: number | null;
  /** A ratio: 2 means the three years return the cost plus twice the cost. */
  readonly threeYearReturn: number | null;
  readonly proxy: boolean;
  /** The computation with its numbers, or why it cannot be made. */
  readonly formula: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function rolePay(role: Role): RolePay {
  const { pay } = role;
  if (pay.kind === 'official') return { known: true, cents: toCents(pay.amountUsd), proxy: false, source: `BLS median for ${pay.occupation.title}, ${pay.asOf}` };
  if (pay.kind === 'proxy') {
    const titles = pay.proxies.map((p) => p.occupation.title).join('; ');
    return { known: true, cents: toCents(median(pay.proxies.map((p) => p.amountUsd))), proxy: true, source: `a proxy: the median of BLS medians for ${titles}` };
  }
  return { known: false, reason: pay.note };
}

const unknownRoi = (formula: string, proxy = false): Roi => ({ known: false, payChangeCents: null, paybackMonths: null, threeYearReturn: null, proxy, formula });

export function roi(costCents: number | null, pay: RolePay, currentPayUsd: number | undefined): Roi {
  if (!pay.known) return unknownRoi(`ROI cannot be computed: there is no pay figure for this role (${pay.reason})`);
  const rolePayText = `${formatUsd(pay.cents)} (${pay.source})`;
  if (currentPayUsd === undefined) {
    return unknownRoi(`ROI cannot be computed without your current pay; the role pays ${rolePayText} a year`, pay.proxy);
  }
  if (costCents === null) return unknownRoi('ROI cannot be computed: the price is unknown', pay.proxy);
  const change = pay.cents - toCents(currentPayUsd);
  const changeText = `pay change = ${formatUsd(pay.cents)}${pay.proxy ? ' (proxy)' : ''} − ${formatUsd(toCents(currentPayUsd))} = ${formatUsd(change)} a year`;
  const paybackMonths = change > 0 ? costCents / (change / 12) : null;
  const payback =
    paybackMonths === null
      ? 'payback: never (no pay rise)'
      : `payback = ${formatUsd(costCents)} ÷ (${formatUsd(change)} ÷ 12) = ${paybackMonths.toFixed(1)} months`;
  const threeYearReturn = costCents > 0 ? (3 * change - costCents) / costCents : null;
  const returnText =
    threeYearReturn === null
      ? '3-year return: not a ratio (it costs nothing)'
      : `3-year return = (3 × ${formatUsd(change)} − ${formatUsd(costCents)}) ÷ ${formatUsd(costCents)} = ${threeYearReturn.toFixed(2)}`;
  return { known: true, payChangeCents: change, paybackMonths, threeYearReturn, proxy: pay.proxy, formula: `${changeText}; ${payback}; ${returnText}` };
}
