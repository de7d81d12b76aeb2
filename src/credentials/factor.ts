/**
 * A score is a weighted sum of factors in 0..1, each carrying its reason, so "why?" can print
 * exactly what the number was made of. Used for the credential score and for credibility.
 */

export interface Factor {
  readonly key: string;
  readonly label: string;
  /** 0..1. */
  readonly value: number;
  readonly weight: number;
  /** False when the catalog does not say: value is then the documented stand-in for "unknown". */
  readonly known: boolean;
  readonly reason: string;
}

/** Stand-in for a quality the catalog does not state: neither rewarded nor punished. */
export const UNKNOWN_VALUE = 0.5;

/** Σ weight × value / Σ weight. */
export function weightedSum(factors: readonly Factor[]): number {
  const total = factors.reduce((sum, f) => sum + f.weight, 0);
  return total === 0 ? 0 : factors.reduce((sum, f) => sum + f.weight * f.value, 0) / total;
}

const round2 = (value: number): string => value.toFixed(2);

/** "Coverage 0.62 × 0.45: covers SQL and Tableau (62% of your demand-weighted gaps)". */
export const describeFactor = (factor: Factor): string =>
  `${factor.label} ${round2(factor.value)} × ${round2(factor.weight)}${factor.known ? '' : ' (unknown)'}: ${factor.reason}`;

/** "0.45 × 0.62 + 0.25 × 0.80 = 0.48": the sum with its numbers filled in. */
export const formulaOf = (factors: readonly Factor[]): string =>
  `${factors.map((f) => `${round2(f.weight)} × ${f.label.toLowerCase()} ${round2(f.value)}`).join(' + ')} = ${round2(weightedSum(factors))}`;
