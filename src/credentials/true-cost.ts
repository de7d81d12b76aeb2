import type { CatalogCredential, CostLine, CostType } from '../data/credentials-schema.js';
import { byCodeUnits, formatUsd, toCents } from './money.js';
import { timeToFinish, type StudyTime } from './time-to-finish.js';

/**
 * What a credential really costs over the learner's horizon (36 months unless they say).
 *
 * Rules (each line is counted as follows):
 * - once / attempt lines (one-off, exam, course, application, certificate, lab, ...): once.
 * - month lines (a subscription): the whole months of study at the learner's hours a week
 *   (time-to-finish.ts); year lines other than renewals: once per started year of study. Without
 *   catalog hours these cannot be counted, so the total is unknown (never a guess, never $0).
 *   A yearly membership is the exception: it buys member prices, so one year is counted (join
 *   when booking the exam), whatever the study time.
 * - renewal lines are due after the credential is earned: "year" lines once per full year held
 *   (or, marked dueAtCycleEnd, all of a cycle's years together when the cycle ends, as CompTIA's
 *   CE fee is owed to renew),
 *   "cycle" lines once per full periodYears held, each counted when due strictly before the end of
 *   the horizon. When the time to finish is unknown they are counted from today, which can only
 *   add fees, never hide one.
 * - optional lines (retakes, reschedules, optional memberships, paid certificates) are not in the
 *   expected total; they are listed, and a first retake gives "expected with one retake".
 * - alternatives: lines of one type with different conditions (PMI members / non-members; the
 *   ISC2 pledge / list price) split the costs into one option per condition. The default is the
 *   cheapest option whose total is known; a condition that means joining (members) counts its
 *   membership lines as paid. The other options are listed with their totals.
 * - the total is unknown when the catalog says costsMissing, or when no line pays for earning the
 *   credential (the CSM has only its renewal fee: the course price is not in the reference).
 */

export interface CostOptions {
  readonly hoursPerWeek: number;
  readonly horizonMonths: number;
}

export interface CostItem {
  readonly line: CostLine;
  /** Times paid within the horizon; null when that depends on study hours the catalog lacks. */
  readonly times: number | null;
  readonly totalCents: number | null;
  readonly text: string;
}

export interface CostAlternative {
  readonly condition: string;
  readonly expectedCents: number | null;
  readonly text: string;
}

export interface TrueCost {
  /** Expected total over the horizon; null when unknown. */
  readonly expectedCents: number | null;
  /** The part paid before renewals start: what earning it costs. */
  readonly toEarnCents: number | null;
  readonly withOneRetakeCents: number | null;
  readonly horizonMonths: number;
  /** The condition of the lines counted (null when the credential has no alternatives). */
  readonly condition: string | null;
  readonly items: readonly CostItem[];
  readonly optional: readonly CostItem[];
  readonly alternatives: readonly CostAlternative[];
  /** Why the total is unknown. */
  readonly unknownReason?: string;
  /** PRICE_UNKNOWN, CHECK_BEFORE_PAYING and the like: to be shown with any figure. */
  readonly flags: readonly string[];
  /** Cost facts the catalog says it lacks (its unknowns), in its research words: for the team, never said to the person. */
  readonly notInData: readonly string[];
}

/** Flags are said to the person as they are, so they are plain words (no source markers). */
export const PRICE_UNKNOWN = 'price unknown: check the provider';
export const CHECK_BEFORE_PAYING = "check the price on the provider's page before paying";
export const CHECK_STILL_FREE = "check on the provider's page that it is still free";
export const UNVERIFIED_FIGURE = "part of the price is not confirmed anywhere I trust: check it on the provider's page before paying";

/** Lines that pay for earning the credential, as opposed to keeping it or extras. */
const EARNING: ReadonlySet<CostType> = new Set(['one-off', 'subscription', 'exam', 'course', 'certificate']);
const COST_WORDS = /\b(price|cost|costs|fee|fees)\b/i;

const joinsMembership = (condition: string): boolean => /\bmembers?\b/i.test(condition) && !/\bnon-?members?\b/i.test(condition);

/** "3 years" for 36 months, "18 months" otherwise: the horizon in words. */
export const horizonText = (months: number): string => (months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} months`);

/** "$49 a month", "$50 a year (3-year cycle)", "$125 every 3 years", "$100 per attempt". */
export function priceText(line: CostLine): string {
  const amount = `${line.approximate ? '~' : ''}${formatUsd(toCents(line.amountUsd))}`;
  if (line.per === 'month') return `${amount} a month`;
  if (line.per === 'year') return line.type === 'renewal' && line.periodYears !== 1 ? `${amount} a year (${line.periodYears}-year cycle)` : `${amount} a year`;
  if (line.per === 'cycle') return `${amount} every ${line.periodYears} years`;
  if (line.per === 'attempt') return `${amount} per attempt`;
  return amount;
}

/** Who pays a line: the one caveat per line worth saying (checking the price is said once per pick, in its flags). */
const caveats = (line: CostLine): string => (line.condition ? ` (${line.condition})` : '');

const TYPE_WORDS: Record<CostType, string> = {
  'one-off': 'price',
  subscription: 'subscription',
  exam: 'exam',
  retake: 'retake',
  reschedule: 'rescheduling',
  lab: 'labs',
  renewal: 'renewal',
  membership: 'membership',
  application: 'application',
  course: 'course',
  certificate: 'certificate',
};

/** Renewals due strictly inside the horizon: k ≥ 1 with earned + k × every < horizon. */
const dueWithin = (earnedMonth: number, everyMonths: number, horizonMonths: number): number =>
  Math.max(0, Math.ceil((horizonMonths - earnedMonth) / everyMonths) - 1);

function timesPaid(line: CostLine, time: StudyTime, horizonMonths: number): number | null {
  if (line.type === 'renewal' && line.per === 'year' && line.dueAtCycleEnd) {
    // A cycle's yearly fees are paid when it ends: years paid = cycles ended × years in a cycle.
    const cycle = line.periodYears ?? 1;
    return dueWithin(time.known ? time.months : 0, 12 * cycle, horizonMonths) * cycle;
  }
  if (line.type === 'renewal') {
    const every = line.per === 'year' ? 12 : 12 * (line.periodYears ?? 1);
    return dueWithin(time.known ? time.months : 0, every, horizonMonths);
  }
  if (line.type === 'membership' && line.per === 'year') return 1;
  if (line.per === 'month') return time.known ? time.billedMonths : null;
  if (line.per === 'year') return time.known ? Math.ceil(time.billedMonths / 12) : null;
  return 1;
}

function costItem(line: CostLine, time: StudyTime, horizonMonths: number): CostItem {
  const times = timesPaid(line, time, horizonMonths);
  const totalCents = times === null ? null : times * toCents(line.amountUsd);
  const recurring = line.type === 'renewal' || line.per === 'month' || line.per === 'year';
  const count =
    times === null
      ? ' for as long as you study'
      : recurring
        ? `, ${times} time${times === 1 ? '' : 's'}${line.type === 'renewal' ? ` within ${horizonText(horizonMonths)}` : ''}: ${formatUsd(totalCents ?? 0)}`
        : '';
  return { line, times, totalCents, text: `${TYPE_WORDS[line.type]} ${priceText(line)}${count}${caveats(line)}` };
}

const sum = (items: readonly CostItem[]): number | null =>
  items.some((i) => i.totalCents === null) ? null : items.reduce((total, i) => total + (i.totalCents ?? 0), 0);

interface CostOption {
  readonly condition: string | null;
  readonly joins: boolean;
  readonly items: readonly CostItem[];
  readonly optional: readonly CostItem[];
  readonly expectedCents: number | null;
  readonly unknownReason?: string;
}

/** Conditions that are alternatives: two or more different conditions on lines of one type. */
function alternativeConditions(lines: readonly CostLine[]): string[] {
  const byType = new Map<CostType, Set<string>>();
  for (const line of lines) if (line.condition) byType.set(line.type, (byType.get(line.type) ?? new Set<string>()).add(line.condition));
  return [...new Set([...byType.values()].filter((set) => set.size > 1).flatMap((set) => [...set]))].sort();
}

function costOption(credential: CatalogCredential, condition: string | null, alternatives: ReadonlySet<string>, time: StudyTime, horizon: number): CostOption {
  const joins = condition !== null && joinsMembership(condition) && credential.costs.some((line) => line.type === 'membership');
  const lines = credential.costs.filter((line) => !line.condition || !alternatives.has(line.condition) || line.condition === condition);
  const paid = (line: CostLine) => !line.optional || (joins && line.type === 'membership');
  const items = lines.filter(paid).map((line) => costItem(line, time, horizon));
  const optional = lines.filter((line) => !paid(line)).map((line) => costItem(line, time, horizon));
  if (!items.some((item) => EARNING.has(item.line.type))) {
    return { condition, joins, items, optional, expectedCents: null, unknownReason: 'I have no price for earning it, only for keeping it' };
  }
  const expectedCents = sum(items);
  const unknownReason = expectedCents === null ? 'it is paid for each month of study, and I have no study hours to count the months' : undefined;
  return { condition, joins, items, optional, expectedCents, unknownReason };
}

/** Known totals first, then cheapest, then the option that joins nothing, then by name. */
function byPreference(a: CostOption, b: CostOption): number {
  if ((a.expectedCents === null) !== (b.expectedCents === null)) return a.expectedCents === null ? 1 : -1;
  return (a.expectedCents ?? 0) - (b.expectedCents ?? 0) || Number(a.joins) - Number(b.joins) || byCodeUnits(a.condition ?? '', b.condition ?? '');
}

export function trueCost(credential: CatalogCredential, { hoursPerWeek, horizonMonths }: CostOptions): TrueCost {
  const notInData = credential.unknowns.filter((text) => COST_WORDS.test(text));
  const base = { horizonMonths, notInData, alternatives: [], optional: [], items: [], condition: null, toEarnCents: null, withOneRetakeCents: null };
  if (credential.costsMissing !== undefined) {
    // costsMissing is a research note: the person is told only that the price is unknown.
    return { ...base, expectedCents: null, unknownReason: 'I have no current price for it', flags: [PRICE_UNKNOWN] };
  }
  const time = timeToFinish(credential, hoursPerWeek);
  const conditions = alternativeConditions(credential.costs);
  const set = new Set(conditions);
  const options = (conditions.length > 0 ? conditions : [null]).map((c) => costOption(credential, c, set, time, horizonMonths)).sort(byPreference);
  const [chosen, ...others] = options as [CostOption, ...CostOption[]];
  const { expectedCents } = chosen;
  const retake = chosen.optional.find((item) => item.line.type === 'retake');
  // One flag at most about checking the price: the stronger one when a figure is unverified.
  const unverified = chosen.items.some((i) => i.line.confidence === 'U');
  const flags = [
    expectedCents === null && PRICE_UNKNOWN,
    expectedCents !== null && unverified && UNVERIFIED_FIGURE,
    expectedCents !== null && !unverified && chosen.items.some((i) => !i.line.verifiedOnProviderPage) && (expectedCents === 0 ? CHECK_STILL_FREE : CHECK_BEFORE_PAYING),
  ].filter((flag): flag is string => typeof flag === 'string');
  return {
    ...base,
    expectedCents,
    toEarnCents: expectedCents === null ? null : sum(chosen.items.filter((i) => i.line.type !== 'renewal')),
    withOneRetakeCents: expectedCents === null || !retake ? null : expectedCents + (retake.totalCents ?? 0),
    condition: chosen.condition,
    items: chosen.items,
    optional: chosen.optional,
    alternatives: others.map((o) => ({
      condition: o.condition ?? '',
      expectedCents: o.expectedCents,
      text: `${o.condition}: ${o.expectedCents === null ? `total unknown, since ${o.unknownReason}` : `${formatUsd(o.expectedCents)} over ${horizonMonths} months`}${o.joins ? ', counting the membership it needs' : ''}`,
    })),
    unknownReason: chosen.unknownReason,
    flags,
  };
}

const ONCE_WORDS: Readonly<Record<CostType, [string, string]>> = {
  'one-off': ['the price', 'payments'],
  subscription: ['the subscription', 'subscriptions'],
  exam: ['the exam', 'exams'],
  retake: ['a retake', 'retakes'],
  reschedule: ['rescheduling', 'reschedulings'],
  lab: ['the labs', 'labs'],
  renewal: ['renewal', 'renewals'],
  membership: ['membership', 'memberships'],
  application: ['the application', 'applications'],
  course: ['the course', 'courses'],
  certificate: ['the certificate', 'certificates'],
};

/** One renewal line, due after the credential is earned: when it falls, in words. */
function renewalWhen(item: CostItem, horizonMonths: number): string | undefined {
  const { line, times } = item;
  if (line.amountUsd === 0) return undefined;
  const cycle = line.periodYears ?? 1;
  const amount = formatUsd(toCents(line.amountUsd));
  const after = times === 0 ? `, after the ${horizonText(horizonMonths)} I count` : '';
  if (line.per === 'year' && line.dueAtCycleEnd) return `${formatUsd(toCents(line.amountUsd) * cycle)} to renew when its ${cycle}-year cycle ends${after}`;
  if (line.per === 'cycle') return `${amount} to renew every ${cycle} year${cycle === 1 ? '' : 's'} after you pass${after}`;
  return `${amount} a year to keep it once you hold it${times !== null && times > 0 ? ` (${times} time${times === 1 ? '' : 's'} within ${horizonText(horizonMonths)})` : after}`;
}

/**
 * When each part of a total falls, said plainly so "$404 in all" never reads as three years of
 * payments: "You pay $404 for the exam, once; then $150 to renew when its 3-year cycle ends, after
 * the 3 years I count." A subscription is "$49 a month while you study: 8 months, $392". Undefined
 * when the total is unknown or free. Renewals the total leaves out (due after the horizon) are said
 * as falling after it, so the total and the renewal caution agree; `renewals: false` leaves them to
 * that caution where it is shown beside (a pick's "Watch out"), so they are not said twice.
 */
export function whenPaid(cost: TrueCost, { renewals = true }: { readonly renewals?: boolean } = {}): string | undefined {
  if (cost.expectedCents === null || cost.expectedCents === 0) return undefined;
  const now: string[] = [];
  const once = new Map<string, { item: CostItem; count: number }>();
  for (const item of cost.items) {
    const { line } = item;
    if (line.type === 'renewal' || line.amountUsd === 0) continue;
    if (line.per === 'month') now.push(`${formatUsd(toCents(line.amountUsd))} a month while you study${item.times === null ? '' : `: ${item.times} month${item.times === 1 ? '' : 's'}, ${formatUsd(item.totalCents ?? 0)}`}`);
    else if (line.per === 'year' && line.type !== 'membership') now.push(`${formatUsd(toCents(line.amountUsd))} a year while you study${item.times === null ? '' : `: ${item.times} year${item.times === 1 ? '' : 's'}, ${formatUsd(item.totalCents ?? 0)}`}`);
    else {
      const key = `${line.type}|${line.amountUsd}|${line.per ?? ''}`;
      const same = once.get(key);
      if (same) same.count += 1;
      else once.set(key, { item, count: 1 });
    }
  }
  for (const { item, count } of once.values()) {
    const [one, many] = ONCE_WORDS[item.line.type];
    const amount = formatUsd(toCents(item.line.amountUsd) * count);
    now.push(item.line.type === 'membership' ? `${amount} for a year of ${one}` : count > 1 ? `${amount} for its ${count} ${many}, once each` : `${amount} for ${one}, once`);
  }
  const later = renewals ? cost.items.flatMap((item) => (item.line.type === 'renewal' ? (renewalWhen(item, cost.horizonMonths) ?? []) : [])) : [];
  if (now.length === 0 && later.length === 0) return undefined;
  return `You pay ${[now.join(', '), ...later.map((l, i) => (i === 0 && now.length > 0 ? `then ${l}` : l))].filter((p) => p !== '').join('; ')}.`;
}

/**
 * Earning it is one payment (or one kind of exam, paid once each) with nothing paid while you study:
 * "$100 in all" needs no "when" for earning it. Renewals are not counted here: they are due after
 * it is earned, and said where renewals are said.
 */
export function paidOnce(cost: TrueCost): boolean {
  const paid = cost.items.filter((item) => item.line.amountUsd > 0 && item.line.type !== 'renewal');
  return paid.every((item) => item.line.per !== 'month' && item.line.per !== 'year') && new Set(paid.map((i) => `${i.line.type}|${i.line.amountUsd}`)).size <= 1;
}
