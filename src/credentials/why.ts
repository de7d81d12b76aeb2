import { describeFactor, formulaOf } from './factor.js';
import { formatUsd } from './money.js';
import type { ScoredCredential } from './score-credential.js';

/**
 * "why?" on a pick: every factor with its value, weight and reason, then what the numbers behind
 * them were (cost lines, hours, ROI formula) and the flags that must go with the pick. Plain
 * lines, so any adapter can render them.
 */

const budgetLine = (pick: ScoredCredential): string | undefined => {
  if (pick.fitsBudget === null) return undefined;
  if (pick.fitsBudget) return 'Fits your budget.';
  return pick.cost.expectedCents === null ? 'Not counted as fitting your budget: the price is unknown.' : 'Does not fit your budget.';
};

function costLines(pick: ScoredCredential): string[] {
  const { cost } = pick;
  const total =
    cost.expectedCents === null
      ? `Cost over ${cost.horizonMonths} months: unknown (${cost.unknownReason ?? 'no price in the catalog'}).`
      : `Cost over ${cost.horizonMonths} months: ${formatUsd(cost.expectedCents)}${cost.condition ? ` (${cost.condition})` : ''}${
          cost.withOneRetakeCents === null ? '' : `; ${formatUsd(cost.withOneRetakeCents)} with one retake`
        }.`;
  return [
    total,
    ...cost.items.map((item) => `  - ${item.text}`),
    ...cost.optional.map((item) => `  - not counted (optional): ${item.text}`),
    ...cost.alternatives.map((alt) => `  - alternative: ${alt.text}`),
    ...cost.notInData.map((text) => `  - not in our data: ${text}`),
  ];
}

export function why(pick: ScoredCredential): string[] {
  const { time } = pick;
  return [
    `${pick.credential.name}: score ${formulaOf(pick.factors)}`,
    ...pick.factors.map((f) => `- ${describeFactor(f)}`),
    ...pick.credibility.parts.map((p) => `  - ${describeFactor(p)}`),
    ...costLines(pick),
    time.known ? `Time: ${time.weeks} weeks (${time.basis}).` : `Time: unknown (${time.reason}).`,
    budgetLine(pick),
    `ROI: ${pick.roi.formula}.`,
    ...pick.flags.map((flag) => `Note: ${flag}.`),
  ].filter((line): line is string => line !== undefined);
}
