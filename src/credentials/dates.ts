/**
 * Calendar arithmetic on UTC days, so the same `today` gives the same dates wherever the
 * process runs (a plan must not move by a day because a server is in another time zone).
 */

const DAY_MS = 86_400_000;

export const startOfDayUtc = (day: Date): Date => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));

export const addWeeks = (day: Date, weeks: number): Date => new Date(startOfDayUtc(day).getTime() + weeks * 7 * DAY_MS);

/** YYYY-MM-DD. */
export const isoDay = (day: Date): string => startOfDayUtc(day).toISOString().slice(0, 10);

/**
 * The last day of a date stated as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the catalog's asOf form).
 * Ages are counted from there, so an imprecise date never makes something look older than its
 * source shows.
 */
export function endOfStatedPeriod(stated: string): Date {
  const [year, month, day] = stated.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined && month !== undefined) return new Date(Date.UTC(year, month - 1, day));
  if (month !== undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, 11, 31));
}

/** Whole calendar months from a stated date to today (0 when the date is in the future). */
export function monthsSince(stated: string, today: Date): number {
  const from = endOfStatedPeriod(stated);
  const to = startOfDayUtc(today);
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
  return Math.max(0, months);
}
