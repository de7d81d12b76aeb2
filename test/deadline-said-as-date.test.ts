import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { monthsDeadline } from '../flows/deadline-months.js';
import { deadlineDateSaid, monthsUntil, seasonSaid, withDeadlineDate } from '../flows/deadline-said-as-date.js';
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

  it('reads the date or the months said beside "asap": only asap alone is asked about', () => {
    const step = withDeadlineDate(ask.number('deadline', { label: 'Deadline (months)', prompt: 'In how many months?', reask: 'A number of months.', min: 1, max: 60, unit: 'months' }));
    const ctx = { answers: {}, profile: {}, now: TODAY.toJSDate(), menu: [], actor: { id: 'u' }, shared: false } as unknown as FlowContext;
    const months = (text: string) => {
      const parsed = step.parse({ kind: 'text', text }, ctx);
      return parsed.ok ? monthsDeadline(parsed.value as number, TODAY.toJSDate()).date : parsed.problem;
    };
    expect(months('asap, by summer')).toBe('2027-06-01');
    expect(months('as soon as possible, ideally by september')).toBe('2027-09-01');
    expect(months('ASAP. end of spring at the latest')).toBe('2027-06-01');
    expect(months('asap - march 2027 would be great')).toBe('2027-03-01');
    expect(months('as soon as i can, 6 months tops')).toBe('2027-06-07');
    expect(months('right away, within a year')).toBe('2027-12-07');
    expect(step.parse({ kind: 'text', text: 'asap, by summer' }, ctx)).toMatchObject({ ok: true, note: expect.stringContaining('By summer, then') });
    for (const text of ['asap please', 'as soon as possible, i may be let go', 'straight away!']) expect(months(text)).toBe('As soon as you can, then. How many months is realistic for you: 3? 6?');
  });

  it.each([
    ['by summer maybe', undefined, '2027-06-01', 'summer'],
    ['summer-ish probably', undefined, '2027-06-01', 'summer'],
    ['end of spring', undefined, '2027-06-01', 'the end of spring'],
    ['next fall', undefined, '2027-09-01', 'fall'],
    ['by winter', undefined, '2027-12-01', 'winter'],
    ['late summer 2028', undefined, '2028-09-01', 'late summer'],
    // South of the equator summer starts in December: the next one from 7 December 2026 is December 2027.
    ['by summer maybe', 'Australia/Sydney', '2027-12-01', 'summer'],
    ['by winter', 'America/Argentina/Buenos_Aires', '2027-06-01', 'winter'],
  ])('reads the season in %j (zone %s) as the next %s', (text, zone, date, words) => {
    expect(seasonSaid(text, TODAY, zone)?.date.toISODate()).toBe(date);
    expect(seasonSaid(text, TODAY, zone)?.words).toBe(words);
  });

  it.each(['6 months', 'if I fall behind, 8', 'no deadline'])('reads no season in %j', (text) => {
    expect(seasonSaid(text, TODAY)).toBeUndefined();
  });

  it('takes a season with a confirming echo, and asks "after the holidays" for when to be done', () => {
    const step = withDeadlineDate(ask.number('deadline', { label: 'Deadline (months)', prompt: 'In how many months?', reask: 'A number of months.', min: 1, max: 60, unit: 'months' }));
    const ctx = { answers: {}, profile: {}, now: TODAY.toJSDate(), menu: [], actor: { id: 'u' }, shared: false } as unknown as FlowContext;
    const summer = step.parse({ kind: 'text', text: 'by summer maybe' }, ctx);
    expect(summer).toMatchObject({ ok: true, note: "By summer, then: I'll plan for you to be ready by Tuesday 1 June 2027, about 6 months from now. If you meant another month, say `back` and name it." });
    // The months kept land the plan's deadline on that day.
    expect(monthsDeadline(summer.ok ? (summer.value as number) : 0, TODAY.toJSDate()).date).toBe('2027-06-01');
    // A month said outright needs no echo.
    expect(step.parse({ kind: 'text', text: 'by june' }, ctx)).not.toHaveProperty('note');
    const holidays = step.parse({ kind: 'text', text: 'after the holidays' }, ctx);
    expect(holidays).toMatchObject({ ok: false });
    expect(holidays.ok ? '' : holidays.problem).toContain('By when would you like to be done');
  });
});
