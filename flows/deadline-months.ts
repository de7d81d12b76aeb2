import { DateTime } from 'luxon';
import type { ActionPlan } from '../src/credentials/action-plan.js';
import { DEADLINE_OF } from '../src/credentials/plan-deadline.js';

/**
 * A deadline said in months is a calendar date: 8 months from 7 December 2026 is 7 August 2027,
 * not 35 weeks (9 August). The credential logic counts in weeks, so it gets the whole weeks
 * before that date (a plan ending in the part week after them is not inside the deadline).
 */
export interface MonthsDeadline {
  /** The date, YYYY-MM-DD (UTC, as the plan's dates are). */
  readonly date: string;
  /** Whole weeks from today until the date. */
  readonly weeks: number;
}

/** A part month ("1.5 months") counts its average days. */
export const DAYS_PER_MONTH = 365.25 / 12;

export function monthsDeadline(months: number, today: Date): MonthsDeadline {
  const start = DateTime.fromJSDate(today, { zone: 'utc' }).startOf('day');
  // Calendar months, then any part month ("1.5 months") as its average days.
  const whole = Math.trunc(months);
  const end = start.plus({ months: whole }).plus({ days: Math.round((months - whole) * DAYS_PER_MONTH) });
  return { date: end.toISODate() ?? '', weeks: Math.floor(end.diff(start, 'days').days / 7) };
}

/**
 * The plan with its deadline said on the calendar date, where it counted whole weeks to a date of its
 * own. Only the deadline's own date moves: a step that ends on the counted date (studying that ends
 * "right on" it) keeps its date, the one its step in the plan gives, and is said to end the days before
 * the deadline that it does. One event, one date.
 */
export function onDeadlineDate(plan: ActionPlan, deadline: MonthsDeadline | undefined): ActionPlan {
  if (!plan.deadline || !deadline || plan.deadline.date === deadline.date) return plan;
  const counted = plan.deadline.date;
  const days = Math.round(DateTime.fromISO(deadline.date, { zone: 'utc' }).diff(DateTime.fromISO(counted, { zone: 'utc' }), 'days').days);
  // The deadline's date as the check writes it: plain, or inside a date mark (src/dates/date-marks.ts).
  const mark = String.raw`(?:\uFDD0d\|)?`;
  const deadlineOf = new RegExp(`(${DEADLINE_OF}${mark})${counted}`, 'g');
  const rightOn = new RegExp(`right on (${DEADLINE_OF}${mark})${counted}`, 'g');
  const text = plan.deadline.text
    .replace(rightOn, `${days} day${days === 1 ? '' : 's'} before $1${counted}`)
    .replace(deadlineOf, `$1${deadline.date}`);
  return { ...plan, deadline: { ...plan.deadline, date: deadline.date, text } };
}
