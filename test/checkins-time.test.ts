import { describe, expect, it } from 'vitest';
import type { CheckinSchedule } from '../src/checkins/checkin-schedule.js';
import { decideCheckin } from '../src/checkins/decide-checkin.js';
import { localText, nextWeekly, weeklyTimeSchema } from '../src/checkins/weekly-time.js';

const chain = (when: Parameters<typeof nextWeekly>[0], from: string, n: number) => {
  const out: Date[] = [];
  let t = new Date(from);
  for (let i = 0; i < n; i++) out.push((t = nextWeekly(when, t)));
  return out;
};

describe('the next weekly check-in, in the person\'s own zone', () => {
  it('stays at 18:00 on Fridays in Berlin across the spring change: the instant moves an hour, the wall clock does not', () => {
    const times = chain({ weekday: 5, time: '18:00', timeZone: 'Europe/Berlin' }, '2027-03-17T00:00:00Z', 3);
    expect(times.map((t) => t.toISOString())).toEqual(['2027-03-19T17:00:00.000Z', '2027-03-26T17:00:00.000Z', '2027-04-02T16:00:00.000Z']);
    expect(times.map((t) => localText(t, 'Europe/Berlin'))).toEqual(['Friday 19 March 2027, 18:00', 'Friday 26 March 2027, 18:00', 'Friday 2 April 2027, 18:00']);
  });

  it('stays at 09:30 on Mondays in New York across the autumn change', () => {
    const times = chain({ weekday: 1, time: '09:30', timeZone: 'America/New_York' }, '2027-10-26T00:00:00Z', 3);
    expect(times.map((t) => t.toISOString())).toEqual(['2027-11-01T13:30:00.000Z', '2027-11-08T14:30:00.000Z', '2027-11-15T14:30:00.000Z']);
  });

  it('moves a time that does not exist on the change day forward by the gap, then returns to it', () => {
    const times = chain({ weekday: 7, time: '02:30', timeZone: 'America/New_York' }, '2027-03-08T00:00:00Z', 2);
    expect(times.map((t) => localText(t, 'America/New_York'))).toEqual(['Sunday 14 March 2027, 03:30', 'Sunday 21 March 2027, 02:30']);
  });

  it('is strictly after the given instant: at the very moment, the next one is a week on', () => {
    const when = { weekday: 3, time: '12:00', timeZone: 'Asia/Kolkata' };
    const first = nextWeekly(when, new Date('2027-01-05T00:00:00Z'));
    expect(first.toISOString()).toBe('2027-01-06T06:30:00.000Z');
    expect(nextWeekly(when, first).toISOString()).toBe('2027-01-13T06:30:00.000Z');
  });

  it('accepts only real IANA zones and times', () => {
    expect(weeklyTimeSchema.safeParse({ weekday: 5, time: '18:00', timeZone: 'Europe/Berlin' }).success).toBe(true);
    expect(weeklyTimeSchema.safeParse({ weekday: 5, time: '18:00', timeZone: 'Berlin' }).success).toBe(false);
    expect(weeklyTimeSchema.safeParse({ weekday: 5, time: '24:00', timeZone: 'UTC' }).success).toBe(false);
    expect(weeklyTimeSchema.safeParse({ weekday: 0, time: '10:00', timeZone: 'UTC' }).success).toBe(false);
  });
});

describe('missed check-ins', () => {
  const base: CheckinSchedule = { user: { platform: 'slack', tenant: 'T', user: 'U' }, when: { weekday: 5, time: '18:00', timeZone: 'UTC' }, setAt: '2027-01-01T00:00:00Z', missed: 0, askedToContinue: false };
  const week = (n: number) => new Date(Date.UTC(2027, 0, 1 + 7 * n, 18));

  it('sends the first, counts two unanswered in a row, asks once whether to go on, then stops', () => {
    const first = decideCheckin(base, undefined, week(0));
    expect(first.kind).toBe('send');
    if (first.kind === 'stop') throw new Error('unexpected');
    const second = decideCheckin(first.schedule, undefined, week(1));
    expect(second).toMatchObject({ kind: 'send', schedule: { missed: 1 } });
    if (second.kind === 'stop') throw new Error('unexpected');
    const third = decideCheckin(second.schedule, undefined, week(2));
    expect(third).toMatchObject({ kind: 'ask-continue', schedule: { missed: 2, askedToContinue: true } });
    if (third.kind === 'stop') throw new Error('unexpected');
    expect(decideCheckin(third.schedule, undefined, week(3))).toEqual({ kind: 'stop' });
  });

  it('an answer in between resets the count, even after the coach asked whether to go on', () => {
    const asked: CheckinSchedule = { ...base, missed: 2, askedToContinue: true, lastSentAt: week(2).toISOString() };
    const answered = decideCheckin(asked, new Date(week(2).getTime() + 3_600_000).toISOString(), week(3));
    expect(answered).toMatchObject({ kind: 'send', schedule: { missed: 0, askedToContinue: false, lastSentAt: week(3).toISOString() } });
    // An answer to an older check-in does not count for the last one.
    const stale = decideCheckin({ ...base, missed: 0, lastSentAt: week(2).toISOString() }, week(1).toISOString(), week(3));
    expect(stale).toMatchObject({ kind: 'send', schedule: { missed: 1 } });
  });
});
