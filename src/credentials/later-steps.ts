import type { StackContext, StackMember } from './best-stack.js';
import type { ScoredCredential } from './score-credential.js';
import { weeksText } from './time-to-finish.js';

/**
 * A path cut short: with a deadline, or far past a year with none, the plan holds the path's first
 * rungs and the rest is said as coming later. A two-year plan at a few hours a week is not a plan a
 * person keeps, so the plan is what fits, at least its first rung, and the later rungs are named with
 * how long the whole path would take. Their fees are not said here: the path's money sentence says
 * every fee of certifying later once (credential-pick-replies.ts pathMoney).
 */

/**
 * With no deadline, a path far past a year (more than PLAN_LIMIT_WEEKS × PLAN_SLACK: 65 weeks) is cut
 * to its first rungs that fit a year, at least one: the rest comes later. A path of 13 months is kept.
 */
export const PLAN_LIMIT_WEEKS = 52;
export const PLAN_SLACK = 1.25;

/** Weeks of study of one credential, or null when its hours are unknown. */
export const weeksOf = (pick: ScoredCredential): number | null => (pick.time.known ? pick.time.weeks : null);

/**
 * Where a path is cut for the plan: after the last rung that ends within `limit` weeks, keeping at
 * least the first. Unknown hours count as none here: a path is not cut for what is not known.
 */
export function cutAt(path: readonly StackMember[], limit: number): number {
  let weeks = 0;
  for (let i = 0; i < path.length; i++) {
    weeks += weeksOf(path[i] as StackMember) ?? 0;
    if (i > 0 && weeks > limit) return i;
  }
  return path.length;
}

export interface CutPath {
  /** The rungs the plan holds, in order. */
  readonly members: readonly StackMember[];
  /** The rungs left for after the plan, in order; empty when the whole path is the plan. */
  readonly later: readonly StackMember[];
  /** Weeks of the whole path, later rungs included; null when a rung's hours are unknown. */
  readonly fullWeeks: number | null;
}

/** The whole path cut to what the plan holds: at the deadline, or at a year when the path runs far past one. */
export function cutPath(whole: readonly StackMember[], deadlineWeeks: number | undefined): CutPath {
  const wholeWeeks = whole.reduce((sum, m) => sum + (weeksOf(m) ?? 0), 0);
  const cut = deadlineWeeks !== undefined ? cutAt(whole, deadlineWeeks) : wholeWeeks > PLAN_LIMIT_WEEKS * PLAN_SLACK ? cutAt(whole, PLAN_LIMIT_WEEKS) : whole.length;
  const weeks = whole.map(weeksOf);
  return { members: whole.slice(0, cut), later: whole.slice(cut), fullWeeks: weeks.some((w) => w === null) ? null : weeks.reduce<number>((s, w) => s + (w ?? 0), 0) };
}

/**
 * The rungs left for later, said after the path: "CompTIA A+, which your postings ask for by name,
 * can come later: the whole path would take about 33 weeks at your 12 hours a week, past your
 * deadline." What certifying them costs is said once, with the path's money.
 */
export function laterSentence(later: readonly StackMember[], fullWeeks: number | null, ctx: Pick<StackContext, 'required' | 'situation'>): string {
  if (later.length === 0) return '';
  // A rung the postings ask for by name says so: it is why it is on the path at all.
  const names = later.map((m) => `${m.credential.name}${ctx.required?.includes(m.credential.id) ? ', which your postings ask for by name' : ''}`);
  // "A+, which your postings ask for by name, can come later"; "B, then C, can come later".
  const list = names.length === 1 ? `${names[0]}${names[0]?.includes(', which') ? ',' : ''}` : `${names.slice(0, -1).join(', ')}, then ${names[names.length - 1]},`;
  const { hoursPerWeek, deadlineWeeks } = ctx.situation;
  const why = deadlineWeeks !== undefined ? 'past your deadline' : 'more than a year';
  const whole = fullWeeks === null ? '' : `: the whole path would take about ${weeksText(fullWeeks)} at your ${hoursPerWeek} hours a week, ${why}`;
  return `${list} can come later${whole}.`;
}
