import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import { DateTime } from 'luxon';
import { dayInWords, type PlanDocument } from './plan-document.js';

/**
 * The plan as an iCalendar file (RFC 5545), written by ical-generator (which escapes and folds
 * the text): one all-day event on each step's date, and the weekly study block as one recurring
 * event. UIDs come from the plan's id, so importing a newer export of the same plan updates the
 * events instead of adding copies. With the person's IANA zone the study block is in that zone
 * (with its VTIMEZONE, so Outlook and Apple Calendar agree with Google); without one it is
 * floating: 18:30 wherever the calendar is.
 */

export const PRODUCT_ID = { company: 'Pivot Coach', product: 'Plan', language: 'EN' } as const;
/** Evening sessions: the usual slot for someone studying beside a job. Said in the event, to move. */
export const STUDY_START = { hour: 18, minute: 30 } as const;

/** Study days by sessions a week: spread out, a weekend day for a single session. */
const STUDY_DAYS: Record<number, readonly ICalWeekday[]> = {
  1: [ICalWeekday.SA],
  2: [ICalWeekday.TU, ICalWeekday.SA],
  3: [ICalWeekday.MO, ICalWeekday.WE, ICalWeekday.SA],
  4: [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.TH, ICalWeekday.SA],
  5: [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.SA],
};
const LUXON_WEEKDAY: Record<ICalWeekday, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  readonly now: Date;
  /** The person's IANA zone, when known. */
  readonly timeZone?: string;
}

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The study sessions' dates from `from` through `until`, on the given weekdays: their count is the RRULE's COUNT. */
function sessionDays(from: string, until: string, days: readonly ICalWeekday[]): string[] {
  const wanted = new Set(days.map((d) => LUXON_WEEKDAY[d]));
  const out: string[] = [];
  for (let d = DateTime.fromISO(from, { zone: 'utc' }); d.toISODate()! <= until; d = d.plus({ days: 1 })) if (wanted.has(d.weekday)) out.push(d.toISODate()!);
  return out;
}

export function planIcs(doc: PlanDocument, options: IcsOptions): string {
  const zone = options.timeZone && DateTime.local().setZone(options.timeZone).isValid ? options.timeZone : undefined;
  // No calendar-wide zone: the steps are all-day dates and DTSTAMP stays UTC; only the study
  // block carries the zone, and the generator adds the VTIMEZONE it names.
  const calendar = ical({ prodId: PRODUCT_ID, name: doc.title, ...(zone ? { timezone: { name: null, generator: getVtimezoneComponent } } : {}) });
  const uid = (part: string) => `${doc.id}-${part}@pivot-coach`;
  for (const step of doc.steps) {
    if (step.due === null) continue;
    calendar.createEvent({
      id: uid(`step-${step.step}`),
      stamp: options.now,
      start: utcDay(step.due),
      // DTEND the next day: a one-day event, said explicitly for calendar apps that want an end.
      end: new Date(utcDay(step.due).getTime() + 86_400_000),
      allDay: true,
      summary: `${step.done ? 'Done: ' : ''}Step ${step.step} of ${doc.steps.length}: ${step.title}`,
      description: `${step.done ? 'Done on' : 'Due by'} ${dayInWords(step.due)}. ${doc.title}.`,
      transparency: 'TRANSPARENT' as never,
    });
  }
  const routine = doc.routine;
  if (routine && doc.studyFrom && doc.studyUntil) {
    const days = STUDY_DAYS[routine.sessions] ?? STUDY_DAYS[5]!;
    const dates = sessionDays(doc.studyFrom, doc.studyUntil, days);
    const first = dates[0];
    if (first !== undefined) {
      const start = DateTime.fromISO(first, { zone: zone ?? 'utc' }).set({ ...STUDY_START });
      calendar.createEvent({
        id: uid('study'),
        stamp: options.now,
        start: zone ? start : start.toJSDate(),
        end: zone ? start.plus({ minutes: routine.hoursPerSession * 60 }) : start.plus({ minutes: routine.hoursPerSession * 60 }).toJSDate(),
        ...(zone ? { timezone: zone } : { floating: true }),
        summary: 'Study block',
        description: `${routine.text} Move these sessions to the times that suit you. Until ${dayInWords(doc.studyUntil)}.`,
        repeating: { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [...days], count: dates.length },
      });
    }
  }
  return calendar.toString();
}
