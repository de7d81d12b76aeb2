import { DateTime } from 'luxon';

/**
 * Dates in what the coach says, left for each platform to show in its own way. A flow writes a
 * plan date or a check-in time as a mark inside its reply text (`dayMark`, `momentMark`); the
 * engine carries the text as it is, and each adapter turns the marks into its own form: words in
 * a terminal ("Friday 14 May 2027"), Slack's `<!date^…>` and Discord's `<t:…>`, which every reader
 * sees in their own time zone and language. Nothing about a platform lives here.
 *
 * A mark is bracketed by two Unicode noncharacters (U+FDD0, U+FDD1), which are for a program's
 * internal use and never part of text people send: the inbound cleaning removes them
 * (src/engine/read/clean.ts), so what a person types can never become a mark, and the adapters
 * escape their own markup in what people type, so it cannot become a platform date either.
 *
 *   day:    \uFDD0d|2027-05-14|Europe/Berlin\uFDD1       a calendar day, in the person's zone
 *   moment: \uFDD0m|2027-05-14T16:00:00Z|Europe/Berlin|y\uFDD1   an instant; `y`: say the year
 *
 * A mark holds no spaces, so nothing that splits text at spaces can cut one.
 */

const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
/** Both noncharacter blocks' first code points and the rest of U+FDD0–U+FDEF: never people's words. */
export const MARK_CHARACTERS = /[\uFDD0-\uFDEF]/g;

const ZONE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;
const MARK = /\uFDD0(?:d\|(\d{4}-\d{2}-\d{2})|m\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z))\|([A-Za-z][A-Za-z0-9_+\-/]{0,63})(\|y)?\uFDD1/g;

export type DateMark =
  | { readonly kind: 'day'; readonly day: string; readonly zone: string }
  | { readonly kind: 'moment'; readonly at: Date; readonly zone: string; readonly withYear: boolean };

/** The zone when it is one luxon knows, else UTC: a mark never carries a zone no one can read. */
export function knownZone(zone: string | undefined): string {
  return zone && ZONE.test(zone) && DateTime.local().setZone(zone).isValid ? zone : 'UTC';
}

const isDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day) && DateTime.fromISO(day, { zone: 'utc' }).isValid;

/** A plan date (YYYY-MM-DD, a calendar day in the person's zone) as a mark. A malformed date is left as written. */
export function dayMark(day: string, zone?: string): string {
  return isDay(day) ? `${OPEN}d|${day}|${knownZone(zone)}${CLOSE}` : day;
}

/**
 * An instant as a mark, shown in `zone`: the year is said only when it is not this year where the
 * person is (`now`), as people write a date a few days off ("Friday 11 December, 18:00").
 */
export function momentMark(at: Date, zone: string | undefined, now: Date): string {
  const z = knownZone(zone);
  const iso = DateTime.fromJSDate(at, { zone: 'utc' }).set({ millisecond: 0 }).toISO({ suppressMilliseconds: true, includeOffset: false });
  const withYear = DateTime.fromJSDate(at, { zone: z }).year !== DateTime.fromJSDate(now, { zone: z }).year;
  return `${OPEN}m|${iso}Z|${z}${withYear ? '|y' : ''}${CLOSE}`;
}

/**
 * The text with each mark replaced by what `show` makes of it. Mark characters left over (a mark
 * cut in half by a length limit) are dropped: they must never reach a person.
 */
export function renderMarks(text: string, show: (mark: DateMark) => string): string {
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return text;
  return text
    .replace(MARK, (_whole, day: string | undefined, moment: string | undefined, zone: string, year: string | undefined) =>
      show(day !== undefined ? { kind: 'day', day, zone: knownZone(zone) } : { kind: 'moment', at: new Date(moment as string), zone: knownZone(zone), withYear: year !== undefined }),
    )
    .replace(MARK_CHARACTERS, '');
}

/** Whether the text holds a date mark. */
export const hasMarks = (text: string): boolean => text.includes(OPEN);

const GB = { locale: 'en-GB' } as const;

/** "Friday 14 May 2027": a calendar day in words, the year always said (a plan runs across New Year). */
export function dayInWords(day: string): string {
  const d = DateTime.fromISO(day, { zone: 'utc', ...GB });
  return d.isValid ? d.toFormat('cccc d LLLL yyyy') : day;
}

/** "Friday 11 December, 18:00" (the year added when asked): an instant as the clock and calendar show it in `zone`. */
export function momentInWords(at: Date, zone: string, withYear: boolean): string {
  return DateTime.fromJSDate(at, { zone: knownZone(zone), ...GB }).toFormat(withYear ? 'cccc d LLLL yyyy, HH:mm' : 'cccc d LLLL, HH:mm');
}

/** A mark in words, as a terminal, a file or a notification says it. */
export function markInWords(mark: DateMark): string {
  return mark.kind === 'day' ? dayInWords(mark.day) : momentInWords(mark.at, mark.zone, mark.withYear);
}

/** Every mark in the text as words: for terminals, plain-text fields, logs and machine-free exports. */
export const marksAsWords = (text: string): string => renderMarks(text, markInWords);

/**
 * The Unix time (seconds) a platform formats for each reader. A day is anchored at noon in the
 * person's zone, so everyone within twelve hours of them, the person first, sees the same date.
 */
export function markSeconds(mark: DateMark): number {
  if (mark.kind === 'moment') return Math.floor(mark.at.getTime() / 1000);
  return Math.floor(DateTime.fromISO(mark.day, { zone: mark.zone }).set({ hour: 12 }).toSeconds());
}

/** "Friday": the weekday of a mark where the person is, for platforms whose date format has none. */
export function markWeekday(mark: DateMark): string {
  const local = mark.kind === 'day' ? DateTime.fromISO(mark.day, { zone: 'utc', ...GB }) : DateTime.fromJSDate(mark.at, { zone: mark.zone, ...GB });
  return local.toFormat('cccc');
}
