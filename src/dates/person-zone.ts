import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * The person's own time zone, from what their profile keeps: the zone they said for weekly
 * check-ins first (they chose it), else the one their platform told (`timeZone`: Slack's user
 * profile, the terminal's clock). Unknown, dates are UTC days, as they were before.
 */

export const isTimeZone = (zone: string): boolean => DateTime.local().setZone(zone).isValid;

/** An IANA zone such as Europe/Berlin, validated where it enters (inbound events, the profile). */
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'an IANA time zone such as Europe/Berlin');

const said = z.object({ when: z.object({ timeZone: timeZoneSchema }) });

/** A zone luxon can read, else UTC: a zone no one can read never turns a date into an error. */
const zoneOrUtc = (zone: string | undefined): string => (zone !== undefined && isTimeZone(zone) ? zone : 'utc');

export function personZone(profile: Readonly<Record<string, unknown>>): string | undefined {
  const checkins = said.safeParse(profile.checkins);
  if (checkins.success) return checkins.data.when.timeZone;
  const told = timeZoneSchema.safeParse(profile.timeZone);
  return told.success ? told.data : undefined;
}

/**
 * Today where the person is, as the UTC midnight the plan's calendar arithmetic counts from
 * (src/credentials/dates.ts): at 23:30 in New York it is still that day there, not tomorrow.
 */
export function personToday(now: Date, zone: string | undefined): Date {
  const local = DateTime.fromJSDate(now, { zone: zoneOrUtc(zone) });
  return new Date(Date.UTC(local.year, local.month - 1, local.day));
}

/** The same day as YYYY-MM-DD. */
export const personDay = (now: Date, zone: string | undefined): string => personToday(now, zone).toISOString().slice(0, 10);

/**
 * "7 Dec": the day an instant fell on where the person is, short enough for a chart label or a
 * row of figures; "7 Dec 2025" when that is not this year there (`now`). Without a known zone it
 * is the UTC day, said the same way. A malformed instant is left as written.
 */
export function shortDay(at: string | Date, zone: string | undefined, now: Date): string {
  const z = zoneOrUtc(zone);
  const local = (typeof at === 'string' ? DateTime.fromISO(at, { zone: z }) : DateTime.fromJSDate(at, { zone: z })).setLocale('en-GB');
  if (!local.isValid) return String(at);
  return local.toFormat(local.year === DateTime.fromJSDate(now, { zone: z }).year ? 'd LLL' : 'd LLL yyyy');
}
