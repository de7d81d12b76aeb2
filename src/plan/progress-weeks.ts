import { DateTime } from 'luxon';

/**
 * The plan week by week since it was made, from what the session keeps: the check-in answers
 * (when, and the hours said), the steps marked done (on the day they were), the hours a week
 * planned. Week 0 is the day the plan was made; week k is the seven days ending k weeks later,
 * counted in the person's calendar days (their check-in zone), as the plan's dates are. Pure.
 */

export interface CheckinAnswer {
  /** ISO instant of the answer. */
  readonly at: string;
  readonly outcome: 'done' | 'behind' | 'skip';
  readonly hours?: number;
}

export interface WeekPoint {
  readonly week: number;
  /** Hours logged by the end of the week; null before the first answer kept (older ones were dropped). */
  readonly loggedSoFar: number | null;
  /** Hours a week × weeks: what the plan asked for by then; null without hours a week. */
  readonly plannedSoFar: number | null;
  /** Hours said in this week's answers. */
  readonly hours: number;
  /** What the week's answers were: none, skipped only, or some hours said. */
  readonly answered: 'no' | 'skipped' | 'yes';
}

export interface ProgressWeeks {
  /** Weeks 0 to the latest: the last whole week, or a later one an answer already covered. */
  readonly points: readonly WeekPoint[];
  /** Steps done, by the week they were done in (0: done when the plan was made). */
  readonly steps: readonly { readonly step: number; readonly week: number }[];
  readonly perWeek: number | null;
}

export interface ProgressInput {
  /** ISO instant the plan was made (the credential pick's). */
  readonly madeAt: string;
  readonly steps: readonly { readonly step: number; readonly due: string | null; readonly done?: boolean }[];
  readonly answers: readonly CheckinAnswer[];
  /** Hours of answers no longer kept (the log is bounded); undefined when none were dropped. */
  readonly hoursBefore?: number;
  readonly hoursPerWeek?: number;
  readonly today: Date;
  /** The person's zone (their check-ins'); UTC without one. */
  readonly timeZone?: string;
}

/** Weeks drawn at most: three years, the oldest left out past that. */
export const WEEKS_MAX = 156;

const DAY_MS = 86_400_000;
const dayOf = (instant: string | Date, zone: string): string => {
  const at = typeof instant === 'string' ? DateTime.fromISO(instant, { zone }) : DateTime.fromJSDate(instant, { zone });
  return at.toISODate() ?? new Date(instant).toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The week a day falls in: 0 for the day the plan was made (or before), then 1 for the next seven days. */
export const weekOfDay = (days: number): number => (days <= 0 ? 0 : Math.ceil(days / 7));

/**
 * The week an answer speaks for: one said on the plan's first day is about its first week of
 * study, so answers start at week 1; one from before this plan (an earlier plan's) is week 0.
 */
export const weekOfAnswer = (days: number): number => (days < 0 ? 0 : Math.max(1, weekOfDay(days)));

export function progressWeeks(input: ProgressInput): ProgressWeeks {
  const zone = input.timeZone ?? 'UTC';
  const made = dayOf(input.madeAt, zone);
  const answers = input.answers.map((a) => ({ ...a, week: weekOfAnswer(daysBetween(made, dayOf(a.at, zone))) }));
  const steps = input.steps.flatMap((s) => (s.done && s.due ? [{ step: s.step, week: weekOfDay(daysBetween(made, s.due)) }] : [])).sort((a, b) => a.week - b.week || a.step - b.step);
  const wholeWeeks = Math.max(0, Math.floor(daysBetween(made, dayOf(input.today, zone)) / 7));
  const last = Math.max(wholeWeeks, ...answers.map((a) => a.week), ...steps.map((s) => s.week));
  const first = Math.max(0, last - WEEKS_MAX + 1);
  // With older answers dropped, the hours before the first one kept are known only as a sum.
  const known = input.hoursBefore === undefined ? 0 : Math.min(...answers.map((a) => a.week), last);
  const perWeek = input.hoursPerWeek ?? null;
  const points: WeekPoint[] = [];
  let soFar = input.hoursBefore ?? 0;
  for (let week = 0; week <= last; week++) {
    const these = answers.filter((a) => a.week === week);
    const hours = these.reduce((sum, a) => sum + (a.hours ?? 0), 0);
    soFar += hours;
    if (week < first) continue;
    points.push({
      week,
      loggedSoFar: week < known ? null : soFar,
      plannedSoFar: perWeek === null ? null : perWeek * week,
      hours,
      answered: these.length === 0 ? 'no' : these.every((a) => a.outcome === 'skip') ? 'skipped' : 'yes',
    });
  }
  return { points, steps: steps.filter((s) => s.week >= first), perWeek };
}

