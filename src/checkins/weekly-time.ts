import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * A weekly moment in a person's own time zone ("Fridays at 18:00, Europe/Berlin") and the next
 * time it comes, as an instant. Computed with luxon on the IANA zone database, so it stays at
 * 18:00 local across daylight-saving changes (the instant moves by an hour, the wall clock does not).
 * A local time that does not exist on a spring-forward day (02:30 in a skipped hour) is moved
 * forward by the gap, as calendar apps do; one that happens twice on a fall-back day is the first.
 */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const isTimeZone = (zone: string): boolean => DateTime.local().setZone(zone).isValid;

export const weeklyTimeSchema = z.object({
  /** 1 = Monday … 7 = Sunday (ISO weekday). */
  weekday: z.number().int().min(1).max(7),
  /** HH:MM, 24-hour, in `timeZone`. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM'),
  /** IANA zone, like Europe/Berlin. */
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Berlin'),
});
export type WeeklyTime = z.infer<typeof weeklyTimeSchema>;

/** The first moment strictly after `after` that is `weekday` at `time` in `timeZone`. */
export function nextWeekly(when: WeeklyTime, after: Date): Date {
  const [hour, minute] = when.time.split(':').map(Number) as [number, number];
  const local = DateTime.fromJSDate(after, { zone: when.timeZone });
  // The same week's day first, then the week after: built from the calendar date each time, so the wall time never drifts.
  for (let weeks = 0; weeks <= 1; weeks++) {
    const day = local.startOf('day').plus({ days: ((when.weekday - local.weekday + 7) % 7) + weeks * 7 });
    const at = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: when.timeZone });
    if (at.toMillis() > after.getTime()) return at.toJSDate();
  }
  throw new Error('unreachable: a week later is always after');
}

/** "Friday at 18:00 (Europe/Berlin)": how the schedule is said back. */
export function weeklyText(when: WeeklyTime): string {
  const name = WEEKDAYS[when.weekday - 1] as string;
  return `${name[0]?.toUpperCase()}${name.slice(1)} at ${when.time} (${when.timeZone})`;
}

/** An instant as the person's own date and time, weekday in words: "Friday 14 May 2027, 18:00". */
export function localText(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).setLocale('en-GB').toFormat('cccc d LLLL yyyy, HH:mm');
}
