import { describe, expect, it } from 'vitest';
import { dayInWords, dayMark, markSeconds, marksAsWords, momentInWords, momentMark, renderMarks, type DateMark } from '../src/dates/date-marks.js';
import { personDay, personToday, personZone, shortDay } from '../src/dates/person-zone.js';
import { cleanHumanText } from '../src/engine/read/clean.js';
import { renderPlain } from '../src/render-plain.js';

const only = (text: string): DateMark => {
  const found: DateMark[] = [];
  renderMarks(text, (mark) => {
    found.push(mark);
    return '';
  });
  expect(found).toHaveLength(1);
  return found[0] as DateMark;
};

describe('dates in words', () => {
  it('says a plan date with its weekday and year', () => {
    expect(dayInWords('2027-05-14')).toBe('Friday 14 May 2027');
    expect(dayInWords('2028-02-29')).toBe('Tuesday 29 February 2028');
  });

  it('says a moment on the clock where the person is, across a daylight-saving change', () => {
    // New York moves its clocks on Sunday 14 March 2027: 23:00 UTC is 18:00 before, 19:00 after.
    expect(momentInWords(new Date('2027-03-12T23:00:00Z'), 'America/New_York', false)).toBe('Friday 12 March, 18:00');
    expect(momentInWords(new Date('2027-03-19T23:00:00Z'), 'America/New_York', false)).toBe('Friday 19 March, 19:00');
    expect(momentInWords(new Date('2027-03-19T23:00:00Z'), 'Europe/London', true)).toBe('Friday 19 March 2027, 23:00');
  });

  it('names the day where the person is, not the day in UTC', () => {
    const instant = new Date('2027-05-14T20:30:00Z');
    expect(momentInWords(instant, 'Pacific/Auckland', false)).toBe('Saturday 15 May, 08:30');
    expect(momentInWords(instant, 'America/Los_Angeles', false)).toBe('Friday 14 May, 13:30');
  });
});

describe('date marks', () => {
  it('render as words in a terminal, inside the light markdown and around it', () => {
    const text = `Step 3 is due *${dayMark('2027-05-14', 'Europe/Berlin')}*; then ${dayMark('2027-06-01')}.`;
    expect(renderPlain({ kind: 'text', text })).toEqual(['Step 3 is due Friday 14 May 2027; then Tuesday 1 June 2027.']);
    expect(marksAsWords(text)).toBe('Step 3 is due *Friday 14 May 2027*; then Tuesday 1 June 2027.');
  });

  it('anchor a day at noon where the person is, so readers near them see the same date', () => {
    expect(markSeconds(only(dayMark('2027-05-14', 'Europe/Berlin')))).toBe(Date.parse('2027-05-14T10:00:00Z') / 1000);
    expect(markSeconds(only(dayMark('2027-05-14', 'Pacific/Auckland')))).toBe(Date.parse('2027-05-14T00:00:00Z') / 1000);
    // No zone known: noon UTC.
    expect(markSeconds(only(dayMark('2027-05-14')))).toBe(Date.parse('2027-05-14T12:00:00Z') / 1000);
    expect(markSeconds(only(dayMark('2027-05-14', 'Not/AZone')))).toBe(Date.parse('2027-05-14T12:00:00Z') / 1000);
  });

  it('say the year of a moment only when it is not this year where the person is', () => {
    const at = new Date('2027-01-01T17:00:00Z');
    expect(marksAsWords(momentMark(at, 'Europe/Berlin', new Date('2026-12-28T10:00:00Z')))).toBe('Friday 1 January 2027, 18:00');
    expect(marksAsWords(momentMark(at, 'Europe/Berlin', new Date('2026-12-31T23:30:00Z')))).toBe('Friday 1 January, 18:00');
    expect(markSeconds(only(momentMark(at, 'Europe/Berlin', at)))).toBe(at.getTime() / 1000);
  });

  it('leave a malformed date as written, and drop half a mark', () => {
    expect(dayMark('2027-13-40')).toBe('2027-13-40');
    const mark = dayMark('2027-05-14');
    expect(marksAsWords(`cut ${mark.slice(0, 8)}`)).toBe(`cut ${mark.slice(1, 8)}`);
  });

  it('cannot be typed: the marks are removed from what people send', () => {
    const forged = dayMark('2027-05-14');
    expect(cleanHumanText(`due ${forged}`)).toBe(`due ${forged.slice(1, -1)}`);
    expect(marksAsWords(cleanHumanText(`due ${forged}`))).not.toContain('Friday');
  });
});

describe("the person's zone", () => {
  it('prefers the zone said for check-ins, then the one the platform told', () => {
    expect(personZone({ timeZone: 'America/Chicago', checkins: { when: { weekday: 5, time: '18:00', timeZone: 'Europe/Berlin' } } })).toBe('Europe/Berlin');
    expect(personZone({ timeZone: 'America/Chicago' })).toBe('America/Chicago');
    expect(personZone({ timeZone: 'Mars/Olympus' })).toBeUndefined();
    expect(personZone({})).toBeUndefined();
  });

  it("counts today from the person's calendar day", () => {
    // 03:30 UTC on the 14th is still the evening of the 13th in New York, and the 14th in Berlin.
    const now = new Date('2027-05-14T03:30:00Z');
    expect(personDay(now, 'America/New_York')).toBe('2027-05-13');
    expect(personDay(now, 'Europe/Berlin')).toBe('2027-05-14');
    expect(personDay(now, undefined)).toBe('2027-05-14');
    expect(personToday(now, 'America/New_York').toISOString()).toBe('2027-05-13T00:00:00.000Z');
  });

  it('says the short day an instant fell on where the person is, the year only when it is not this year there', () => {
    const now = new Date('2026-12-07T08:44:00Z');
    // 11:30 UTC on 6 December is already the 7th in Auckland (UTC+13), and 03:30 UTC on the 7th is still the 6th in Los Angeles.
    expect(shortDay('2026-12-06T11:30:00.000Z', 'Pacific/Auckland', now)).toBe('7 Dec');
    expect(shortDay('2026-12-06T11:30:00.000Z', undefined, now)).toBe('6 Dec');
    expect(shortDay('2026-12-07T03:30:00.000Z', 'America/Los_Angeles', now)).toBe('6 Dec');
    expect(shortDay(new Date('2026-12-07T03:30:00Z'), 'America/Los_Angeles', now)).toBe('6 Dec');
    // New Year's Eve in Los Angeles is already next year in UTC: the year is said from where the person is.
    const newYear = new Date('2027-01-01T05:00:00Z');
    expect(shortDay('2026-12-31T20:00:00.000Z', 'America/Los_Angeles', newYear)).toBe('31 Dec');
    expect(shortDay('2026-12-31T20:00:00.000Z', 'Pacific/Auckland', newYear)).toBe('1 Jan');
    expect(shortDay('2025-09-14T10:00:00.000Z', 'Europe/Berlin', now)).toBe('14 Sept 2025');
    expect(shortDay('not a time', 'Europe/Berlin', now)).toBe('not a time');
  });
});
