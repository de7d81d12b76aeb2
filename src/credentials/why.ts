import { gapName } from './situation.js';
import { weeksText } from './time-to-finish.js';
import { listOf } from '../roles/suggest-roles.js';
import { coveredText } from './coverage.js';
import type { CredentialIndex } from './credential-index.js';
import { describeFactor, formulaOf } from './factor.js';
import { formatUsd } from './money.js';
import { roleWords } from './roi.js';
import type { ScoredCredential } from './score-credential.js';
import type { Gap } from './situation.js';
import { horizonText, paidOnce, whenPaid, type CostItem } from './true-cost.js';
import { lineSource } from './figure-words.js';

/**
 * "why?" on a pick, in two or three sentences a person reads at a glance: what it covers of their
 * top gaps, what it costs and how long it takes at their hours, and who asks for it. The scoring
 * formula behind the rank is kept for "why in detail" (whyInDetail), not for the first answer.
 */

export interface WhyContext {
  readonly index: CredentialIndex;
  /** The target role, by id and name: "who asks for it". */
  readonly role: { readonly id: string; readonly name: string };
  /** The gap report's gaps in its own order (most important first): "your top gaps" are its first three, as the report listed them. */
  readonly gaps?: readonly Gap[];
}

/** The person's top gaps: what "covers your top gaps" is measured against. */
export const TOP_GAPS = 3;

function coversSentence(pick: ScoredCredential, index: CredentialIndex, gaps: readonly Gap[] | undefined): string {
  // The report's order, so "your top gaps" are the three the report showed; by share only without it.
  const rank = (skill: string) => gaps?.findIndex((g) => g.skill === skill) ?? -1;
  const all = [...pick.coverage.covered, ...pick.coverage.uncovered].sort((a, b) => (gaps ? rank(a.skill) - rank(b.skill) : b.share - a.share));
  // No gaps known (asked about later, without a gap report): what it teaches.
  if (all.length === 0) return `It teaches ${listOf(pick.credential.skills.slice(0, 4).map((id) => index.skillName(id)))}.`;
  const top = all.slice(0, TOP_GAPS);
  const isTop = (skill: string) => top.some((t) => t.skill === skill);
  const topCovered = pick.coverage.covered.filter((g) => isTop(g.skill));
  const others = pick.coverage.covered.filter((g) => !isTop(g.skill));
  // Lists are said between commas, not in brackets: skill names carry brackets of their own ("(IAM)").
  const topNames = listOf(top.map((g) => gapName(g, index.skillName)));
  if (topCovered.length === 0) return `It covers none of your top gaps, ${topNames}, but it does cover ${coveredText(index, pick.coverage.covered, { explain: true })}.`;
  const also = others.length > 0 ? `; it also covers ${coveredText(index, others, { explain: true })}` : '';
  if (topCovered.length === top.length && topCovered.every((g) => !g.partial)) return `It covers ${top.length === 1 ? 'your top gap' : 'all your top gaps'}: ${topNames}${also}.`;
  return `Of your top gaps, ${topNames}, it covers ${coveredText(index, topCovered, { explain: true })}${also}.`;
}

function costSentence(pick: ScoredCredential, hoursPerWeek: number | undefined): string {
  const { cost, time } = pick;
  const pace = hoursPerWeek === undefined ? '' : ` at your ${hoursPerWeek} hours a week`;
  const takes = time.known ? `it takes about ${weeksText(time.weeks)}${pace} (${time.basis})` : 'I do not know how long it takes';
  if (cost.expectedCents === null) return `I have no price for it, so check the provider; ${takes}.`;
  const budget = pick.fitsBudget === true && cost.expectedCents > 0 ? ', within your budget' : pick.fitsBudget === false ? ', more than your budget' : '';
  // Said as the pick list says it: the total "in all", and when there are several payments, when they
  // fall ("You pay $49 a month while you study: 6 months, $294."); renewals are in the pick's cautions.
  const when = cost.expectedCents === 0 || paidOnce(cost) ? undefined : whenPaid(cost, { renewals: false });
  // In the same sentence, so the answer stays at three sentences.
  // One kind of payment says its months, not the total again: "(you pay $49 a month while you study, for 6 months)".
  const single = when ? /^You pay (\$[\d,.]+ a (?:month|year) while you study): (\d+ (?:months?|years?)), \$[\d,.]+\.$/.exec(when) : null;
  const paid = single ? ` (you pay ${single[1]}, for ${single[2]})` : when ? ` (${when.charAt(0).toLowerCase()}${when.slice(1).replace(/\.$/, '')})` : '';
  const price = cost.expectedCents === 0 ? 'It is free' : `It costs ${formatUsd(cost.expectedCents)} in all${paid}${budget}`;
  return `${price}, and ${takes}.`;
}

function whoSentence(pick: ScoredCredential, role: WhyContext['role']): string {
  const c = pick.credential;
  // "Harvard (CS50 / edX)" is a research label: the name before the brackets is who a person knows.
  const backer = (c.partner ?? c.provider).replace(/\s*\(.*\)\s*/g, ' ').trim();
  const aimed = c.targetRoles.includes(role.id) ? `${roleWords(role.name)} jobs` : `roles next to ${roleWords(role.name)}`;
  return `${backer} stands behind it, and it is aimed at ${aimed}.`;
}

export function why(pick: ScoredCredential, ctx: WhyContext, hoursPerWeek?: number): string[] {
  return [coversSentence(pick, ctx.index, ctx.gaps), costSentence(pick, hoursPerWeek), whoSentence(pick, ctx.role)];
}

/** "why in detail": every factor with its value, weight and reason, the cost lines and the return. */
export function whyInDetail(pick: ScoredCredential): string[] {
  const { cost, time } = pick;
  const total = cost.expectedCents === null ? `Cost: unknown, since ${cost.unknownReason ?? 'I have no price'}.` : `Cost over ${horizonText(cost.horizonMonths)}: ${formatUsd(cost.expectedCents)}.`;
  // Each figure with where it was seen and when.
  const seen = (item: CostItem) => `${item.text}, ${lineSource(item.line, pick.credential)}`;
  return [
    `How the rank was worked out: ${formulaOf(pick.factors)}.`,
    ...pick.factors.map((f) => `- ${describeFactor(f)}`),
    total,
    ...cost.items.map((item) => `- ${seen(item)}`),
    ...cost.optional.map((item) => `- only if needed: ${seen(item)}`),
    ...cost.alternatives.map((alt) => `- or ${alt.text}`),
    time.known ? `Time: about ${weeksText(time.weeks)} (${time.basis}).` : `Time: ${time.reason}.`,
    pick.roi.sentence,
  ];
}
