import { coverageOf, type Coverage } from './coverage.js';
import type { CredentialIndex } from './credential-index.js';
import { formatUsd, toCents } from './money.js';
import { byRank, type ScoredCredential } from './score-credential.js';
import type { Gap, Situation } from './situation.js';

/**
 * The best stack: one to three credentials that together cover the most demand-weighted gap
 * demand, within the budget and the deadline. Exact: every subset is tried (35 credentials give
 * under 7,000 subsets of three).
 *
 * Feasible: the summed expected totals fit the budget and the summed weeks fit the deadline; a
 * credential with an unknown price (or unknown hours) is left out when a budget (or a deadline)
 * is given, because it cannot be shown to fit; two credentials the catalog calls alternatives
 * are never stacked. Each total is the credential's own over the horizon as if started today,
 * so renewals of credentials taken later are over-counted, never missed.
 * Best: most coverage; then fewer credentials (a shorter, more focused list); then cheaper,
 * then quicker (unknown counts as dearest and slowest); then higher summed score; then ids.
 * Members come in study order: a credential whose nextSteps name another comes first, then rank.
 */

export const MAX_STACK_SIZE = 3;

export interface Stack {
  readonly members: readonly ScoredCredential[];
  readonly coverage: Coverage;
  /** Summed expected totals; null when a member's is unknown. */
  readonly expectedCents: number | null;
  /** Summed weeks of study, one after the other; null when a member's hours are unknown. */
  readonly weeks: number | null;
  readonly uncovered: readonly Gap[];
  /** Candidates no stack may hold, with why. */
  readonly leftOut: readonly { readonly id: string; readonly reason: string }[];
}

export interface StackContext {
  readonly index: CredentialIndex;
  readonly gaps: readonly Gap[];
  readonly situation: Situation;
  readonly maxSize?: number;
}

const sumOrNull = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((total, v) => total + (v ?? 0), 0);

const weeksOf = (pick: ScoredCredential): number | null => (pick.time.known ? pick.time.weeks : null);

const conflict = (members: readonly ScoredCredential[]): boolean =>
  members.some((a) => members.some((b) => a.credential.alternatives.includes(b.credential.id)));

function leftOutReason(pick: ScoredCredential, budgetCents: number | null, deadline: number | undefined): string | undefined {
  const cost = pick.cost.expectedCents;
  const weeks = weeksOf(pick);
  if (budgetCents !== null && cost === null) return 'price unknown, so it cannot be shown to fit your budget';
  if (budgetCents !== null && cost !== null && cost > budgetCents) return `${formatUsd(cost)} alone is over your budget`;
  if (deadline !== undefined && weeks === null) return 'hours unknown, so it cannot be shown to fit your deadline';
  if (deadline !== undefined && weeks !== null && weeks > deadline) return `${weeks} weeks alone is over your deadline`;
  return undefined;
}

function* subsets<T>(items: readonly T[], maxSize: number, start = 0, chosen: T[] = []): Generator<T[]> {
  if (chosen.length > 0) yield chosen;
  if (chosen.length === maxSize) return;
  for (let i = start; i < items.length; i += 1) yield* subsets(items, maxSize, i + 1, [...chosen, items[i] as T]);
}

interface Candidate {
  readonly members: readonly ScoredCredential[];
  readonly coverage: Coverage;
  readonly cost: number | null;
  readonly weeks: number | null;
  readonly score: number;
  readonly key: string;
}

const nullLast = (a: number | null, b: number | null): number => (a ?? Infinity) - (b ?? Infinity) || 0;

function better(a: Candidate, b: Candidate): number {
  const coverage = Math.abs(a.coverage.value - b.coverage.value) > 1e-12 ? b.coverage.value - a.coverage.value : 0;
  return coverage || a.members.length - b.members.length || nullLast(a.cost, b.cost) || nullLast(a.weeks, b.weeks) || b.score - a.score || a.key.localeCompare(b.key);
}

function studyOrder(members: readonly ScoredCredential[]): ScoredCredential[] {
  const left = [...members].sort(byRank);
  const ordered: ScoredCredential[] = [];
  while (left.length > 0) {
    const next = left.find((m) => !left.some((other) => other.credential.nextSteps.includes(m.credential.id))) ?? (left[0] as ScoredCredential);
    ordered.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return ordered;
}

export function bestStack(candidates: readonly ScoredCredential[], ctx: StackContext): Stack {
  const { budgetUsd, deadlineWeeks } = ctx.situation;
  const budgetCents = budgetUsd === undefined ? null : toCents(budgetUsd);
  const leftOut: { id: string; reason: string }[] = [];
  const eligible: ScoredCredential[] = [];
  for (const pick of [...candidates].sort((a, b) => a.credential.id.localeCompare(b.credential.id))) {
    const reason = leftOutReason(pick, budgetCents, deadlineWeeks);
    if (reason) leftOut.push({ id: pick.credential.id, reason });
    else eligible.push(pick);
  }
  let best: Candidate | undefined;
  for (const members of subsets(eligible, ctx.maxSize ?? MAX_STACK_SIZE)) {
    const cost = sumOrNull(members.map((m) => m.cost.expectedCents));
    const weeks = sumOrNull(members.map(weeksOf));
    if (budgetCents !== null && (cost === null || cost > budgetCents)) continue;
    if (deadlineWeeks !== undefined && (weeks === null || weeks > deadlineWeeks)) continue;
    if (conflict(members)) continue;
    const ids = members.map((m) => m.credential.id);
    const candidate = { members, coverage: coverageOf(ctx.index, ids, ctx.gaps), cost, weeks, score: members.reduce((s, m) => s + m.score, 0), key: ids.join(' ') };
    if (!best || better(candidate, best) < 0) best = candidate;
  }
  const coverage = best?.coverage ?? coverageOf(ctx.index, [], ctx.gaps);
  return {
    members: best ? studyOrder(best.members) : [],
    coverage,
    expectedCents: best ? best.cost : 0,
    weeks: best ? best.weeks : 0,
    uncovered: coverage.uncovered,
    leftOut,
  };
}
