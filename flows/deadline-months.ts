import { DateTime } from 'luxon';
import type { ActionPlan } from '../src/credentials/action-plan.js';

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

/** The plan with its deadline said on the calendar date, where it counted whole weeks to a date of its own. */
export function onDeadlineDate(plan: ActionPlan, deadline: MonthsDeadline | undefined): ActionPlan {
  if (!plan.deadline || !deadline || plan.deadline.date === deadline.date) return plan;
  const counted = plan.deadline.date;
  return { ...plan, deadline: { ...plan.deadline, date: deadline.date, text: plan.deadline.text.split(counted).join(deadline.date) } };
}
