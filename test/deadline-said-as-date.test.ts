import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { monthsDeadline } from '../flows/deadline-months.js';
import { deadlineDateSaid, monthsUntil, withDeadlineDate } from '../flows/deadline-said-as-date.js';
import { ask, type FlowContext } from '../src/engine/flow.js';

const TODAY = DateTime.fromISO('2026-12-07', { zone: 'utc' });
const said = (text: string) => deadlineDateSaid(text, TODAY)?.toISODate();

describe('a deadline said as a date', () => {
  it.each([
    ['by next september', '2027-09-01'],
    ['sept 2027', '2027-09-01'],
    ['September of 2028', '2028-09-01'],
    ["by june '27", '2027-06-01'],
    ['march', '2027-03-01'],
    ['before Dec.', '2027-12-01'],
    ['by may', '2027-05-01'],
    ['end of next year', '2027-12-31'],
    ['by the end of the year', '2026-12-31'],
  ])('reads %j as %s', (text, date) => {
    expect(said(text)).toBe(date);
  });

  it.each(['6', 'six months', 'I may need a year', 'skip', 'no deadline'])('leaves %j to the months reader', (text) => {
    expect(said(text)).toBeUndefined();
  });

  it('counts months so that the deadline lands on the date said', () => {
    for (const text of ['by next september', 'sept 2027', 'end of next year', 'march']) {
      const date = deadlineDateSaid(text, TODAY)!;
      const months = monthsUntil(date, TODAY);
      expect(monthsDeadline(months, TODAY.toJSDate()).date).toBe(date.toISODate());
    }
  });

  it('asks for months when the deadline is "asap", never reading it as no number', () => {
    const step = withDeadlineDate(ask.number('deadline', { label: 'Deadline (months)', prompt: 'In how many months?', reask: 'A number of months.', min: 1, max: 60, unit: 'months' }));
    const ctx = { answers: {}, profile: {}, now: TODAY.toJSDate(), menu: [], actor: { id: 'u' }, shared: false } as unknown as FlowContext;
    for (const text of ['asap', 'ASAP!!', 'as soon as possible honestly']) {
      expect(step.parse({ kind: 'text', text }, ctx)).toEqual({ ok: false, problem: 'As soon as you can, then. How many months is realistic for you: 3? 6?' });
    }
    expect(step.parse({ kind: 'text', text: '6' }, ctx)).toEqual({ ok: true, value: 6 });
  });
});
