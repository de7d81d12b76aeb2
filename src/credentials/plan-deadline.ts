import { dayMark } from '../dates/date-marks.js';
import { listOf } from '../roles/suggest-roles.js';
import { PLAN_HOURS, type Timeline } from './plan-timeline.js';

/**
 * The plan checked against the person's deadline, in plain words with the weeks. The deadline is
 * asked as "done studying", so the first sentence checks the end of studying (or of the portfolio
 * piece when there is no credential to study). A coach checks the whole road to the job, though:
 * the steps after it that end past the deadline are each said with how many weeks they miss it by.
 *
 * Then what would fit, each figure counted again with the plan's own arithmetic (plan-timeline.ts)
 * rather than by dividing hours, so a pace it suggests really ends inside the deadline:
 * - more hours a week: the fewest whole hours (up to the person's paceCap) at which the whole plan, job
 *   search included, ends by the deadline; otherwise at which the step that misses it first does;
 * - a shorter step: only the first credentials that fit, the rest after; or a smaller portfolio piece,
 *   of the hours the weeks left hold at the person's pace (at least one piece of PLAN_HOURS' unit);
 * - the job search, weeks of calendar no pace shortens: start applying while building the piece, or
 *   while studying when a posting lets the credential come after hiring ("within 12 months of hire");
 * - a later date: the day the plan ends at the person's hours.
 */

/** A full-time week: no one is told to study more than a job's hours. */
export const FULL_TIME_HOURS = 40;
/** How many times their own hours a pace may be before it stops being a stretch and becomes a different life. */
export const PACE_STRETCH = 2;

/**
 * The most hours a week the plan suggests to someone who said `hoursPerWeek`: about double what
 * they said (someone with 15 hours may find 25 or 30 for a few months, by taking evenings and a
 * weekend day, but not 55 beside a job and a family), and never past a full-time 40. Past it the honest
 * routes are other ones: a smaller first step, applying while studying, or a later date.
 */
export function paceCap(hoursPerWeek: number): number {
  return Math.max(hoursPerWeek, Math.min(FULL_TIME_HOURS, PACE_STRETCH * hoursPerWeek));
}

export interface LateStep {
  readonly key: 'portfolio' | 'interview';
  /** YYYY-MM-DD. */
  readonly due: string;
  readonly weeksLate: number;
}

export interface DeadlineCheck {
  readonly weeks: number;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** Whether studying (or the portfolio piece, with no credential) ends by the deadline; null when its end is unknown. */
  readonly fits: boolean | null;
  /** Weeks inside (positive) or past (negative) the deadline; null when unknown. */
  readonly slackWeeks: number | null;
  /** The fewest whole hours a week that end studying (or the portfolio piece) by the deadline; null when none up to paceCap does. */
  readonly hoursPerWeekToFit: number | null;
  /** The fewest whole hours a week that end the whole plan, job search included, by the deadline; null when none does. */
  readonly hoursPerWeekForAll: number | null;
  /** The first credentials, in order, that fit by the deadline at the person's hours. */
  readonly fittingNames: readonly string[];
  /** The later steps that end past the deadline, with the weeks they miss it by. */
  readonly late: readonly LateStep[];
  readonly text: string;
}

export interface DeadlineInput {
  readonly weeks: number;
  readonly hoursPerWeek: number;
  /** No credential: the portfolio piece is what studying is checked as. */
  readonly none: boolean;
  readonly jobSearchWeeks: number;
  /** The plan's weeks at a number of hours a week. */
  readonly at: (hoursPerWeek: number) => Timeline;
  /** YYYY-MM-DD of a week from today. */
  readonly day: (week: number) => string;
  readonly timeZone?: string;
  /** The credentials studied that a posting lets come after hiring ("CCNA required or obtained within 12 months of hire"), by name. */
  readonly afterHire?: readonly string[];
}

/** How the check names the deadline's date ("your deadline of Monday 7 June 2027"): where a calendar date said in months replaces the counted one (flows/deadline-months.ts). */
export const DEADLINE_OF = 'your deadline of ';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The fewest whole hours a week at which a step ends by the deadline (its weeks only shrink as the hours grow). */
function fewestHours(input: DeadlineInput, end: (t: Timeline) => number | null): number | null {
  for (let h = 1; h <= paceCap(input.hoursPerWeek); h++) {
    const week = end(input.at(h));
    if (week !== null && week <= input.weeks) return h;
  }
  return null;
}

export function deadlineCheck(input: DeadlineInput): DeadlineCheck {
  const { weeks, hoursPerWeek, none, at, day } = input;
  const date = day(weeks);
  const said = (week: number) => dayMark(day(week), input.timeZone);
  const endingOf = (t: Timeline) => (none ? t.afterPortfolio : t.afterStudy);
  const plan = at(hoursPerWeek);
  const ending = endingOf(plan);
  const unknown = { weeks, date, fits: null, slackWeeks: null, hoursPerWeekToFit: null, hoursPerWeekForAll: null, fittingNames: [], late: [] };
  if (ending === null) return { ...unknown, text: `I cannot say yet whether ${none ? 'your portfolio piece is done' : 'your studying ends'} by ${DEADLINE_OF}${dayMark(date, input.timeZone)}.` };

  const toFit = fewestHours(input, endingOf);
  const forAll = fewestHours(input, (t) => t.afterSearch);
  const fittingNames: string[] = [];
  for (const s of plan.study) {
    if (s.end === null || s.end > weeks) break;
    fittingNames.push(s.credential.name);
  }
  const slack = weeks - ending;
  const later = [
    ...(none ? [] : [{ key: 'portfolio' as const, week: plan.afterPortfolio, words: 'your portfolio piece would be done on' }]),
    { key: 'interview' as const, week: plan.afterSearch, words: 'your job search would run to' },
  ].flatMap((s) => (s.week !== null && s.week > weeks ? [{ ...s, week: s.week }] : []));
  const late = later.map((s) => ({ key: s.key, due: day(s.week), weeksLate: s.week - weeks }));

  const says = none ? 'Your portfolio piece is done' : 'Your studying ends';
  const first = `${says} on ${said(ending)}, ${slack === 0 ? 'right on' : slack > 0 ? `${plural(slack, 'week')} inside` : `${plural(-slack, 'week')} after`} ${DEADLINE_OF}${dayMark(date, input.timeZone)}.`;
  const after = later.length > 0 ? ` ${capital(later.map((s, i) => `${s.words} ${said(s.week)}, ${plural(s.week - weeks, 'week')} after ${i === 0 ? 'your deadline' : 'it'}`).join(', and '))}.` : '';
  const fix = slack >= 0 && later.length === 0 ? '' : whatFits(input, plan, { ending, toFit, forAll, fittingNames, portfolioLate: later.some((s) => s.key === 'portfolio'), said });
  return { weeks, date, fits: slack >= 0, slackWeeks: slack, hoursPerWeekToFit: toFit, hoursPerWeekForAll: forAll, fittingNames, late, text: `${first}${after}${fix}` };
}

interface Misses {
  readonly ending: number;
  readonly toFit: number | null;
  readonly forAll: number | null;
  readonly fittingNames: readonly string[];
  readonly portfolioLate: boolean;
  readonly said: (week: number) => string;
}

/**
 * What would fit a plan that ends past the deadline somewhere. First the step that misses it first
 * (studying, or the portfolio piece): more hours, or a shorter step. Then the job search: the pace
 * that has it done by the deadline too, or, when no pace does, applying while building the piece;
 * and always the later date the plan ends on at the person's hours.
 */
function whatFits(input: DeadlineInput, plan: Timeline, misses: Misses): string {
  const { weeks, hoursPerWeek, none } = input;
  const { ending, forAll, said } = misses;
  const end = said(plan.afterSearch ?? ending);
  const endingLate = ending > weeks;
  const more = (h: number | null) => (h !== null && h > hoursPerWeek ? h : null);
  let first: { readonly what: string; readonly hours: number | null; readonly shorter?: string } | undefined;
  if (endingLate && !none) {
    const { fittingNames } = misses;
    const shorter = fittingNames.length > 0 && fittingNames.length < plan.study.length ? `take only ${listOf([...fittingNames])} by then and the rest after` : undefined;
    first = { what: 'finish studying', hours: more(misses.toFit), ...(shorter ? { shorter } : {}) };
  } else if (endingLate || misses.portfolioLate) {
    // The hours the weeks left before the deadline hold at the person's pace: a smaller piece, when that is still one piece of work.
    const room = (weeks - (none ? plan.afterSelect : ending)) * hoursPerWeek;
    const shorter = room >= PLAN_HOURS.portfolioWithCapstone && room < plan.portfolioHours ? `keep it to about ${room} hours` : undefined;
    first = { what: 'have your portfolio piece done', hours: more(none ? misses.toFit : fewestHours(input, (t) => t.afterPortfolio)), ...(shorter ? { shorter } : {}) };
  }
  const all = more(forAll);
  const afterHire = input.afterHire ?? [];
  // A posting that lets the credential come after hiring is the route a coach names first: apply now, pass it in the job.
  const applyEarly =
    afterHire.length > 0 && !none
      ? ` Your posting lets you be hired before ${listOf([...afterHire])} and pass it after, so start applying while you study, or move your deadline to ${end}.`
      : ` A job search takes about ${plural(input.jobSearchWeeks, 'week')}: start applying while you build the portfolio piece, or move your deadline to ${end}.`;
  if (!first) return all === null ? applyEarly : ` To fit it all, study about ${all} hours a week instead of ${hoursPerWeek}, or move your deadline to ${end}.`;
  const options = [first.hours === null ? undefined : `study about ${first.hours} hours a week instead of ${hoursPerWeek}`, first.shorter].filter((o): o is string => o !== undefined);
  if (options.length === 0) return afterHire.length > 0 && !none ? applyEarly : ` Moving your deadline is the honest fix: at ${hoursPerWeek} hours a week this plan ends on ${end}.`;
  const then = all === null ? applyEarly : ` To have your job search done by then too, study about ${all} hours a week, or move your deadline to ${end}.`;
  return ` To ${first.what} by then, ${options.join(', or ')}.${then}`;
}
