import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '../src/credentials/action-plan.js';
import { monthsDeadline, onDeadlineDate } from '../flows/deadline-months.js';
import { picksHeading } from '../flows/credential-pick.js';
import { dayMark } from '../src/dates/date-marks.js';

const TODAY = new Date('2026-12-07T09:00:00Z');

describe('monthsDeadline', () => {
  it.each([
    [8, '2027-08-07', 34],
    [1, '2027-01-07', 4],
    [6, '2027-06-07', 26],
    [12, '2027-12-07', 52],
    [24, '2028-12-07', 104],
    // A part month counts its average days: 1.5 months is a month and 15 days.
    [1.5, '2027-01-22', 6],
  ])('%s months from 2026-12-07 is %s, %s whole weeks', (months, date, weeks) => {
    expect(monthsDeadline(months, TODAY)).toEqual({ date, weeks });
  });

  it('keeps to the calendar at the end of a month: one month from 31 January is 28 February', () => {
    expect(monthsDeadline(1, new Date('2027-01-31T23:00:00Z')).date).toBe('2027-02-28');
  });
});

describe('onDeadlineDate', () => {
  const plan = (date: string, text: string) => ({ deadline: { weeks: 34, date, text } }) as unknown as ActionPlan;

  it('says the calendar date where the plan counted weeks to another', () => {
    const fixed = onDeadlineDate(plan('2027-08-02', 'Your studying ends on 2027-06-21, 6 weeks inside your deadline of 2027-08-02.'), monthsDeadline(8, TODAY));
    expect(fixed.deadline?.date).toBe('2027-08-07');
    expect(fixed.deadline?.text).toBe('Your studying ends on 2027-06-21, 6 weeks inside your deadline of 2027-08-07.');
  });

  it('moves only the deadline: studying that ends on the counted date keeps its own date, said as the days before the deadline', () => {
    // Lucía: nine months from Monday 7 December 2026 is Tuesday 7 September 2027; 39 whole weeks end on Monday 6 September.
    const nine = monthsDeadline(9, TODAY);
    const said = (day: string) => dayMark(day, 'Europe/Madrid');
    const fixed = onDeadlineDate(plan('2027-09-06', `Your studying ends on ${said('2027-09-06')}, right on your deadline of ${said('2027-09-06')}. Your portfolio piece would be done on ${said('2027-11-01')}, 8 weeks after your deadline.`), nine);
    expect(fixed.deadline?.date).toBe('2027-09-07');
    expect(fixed.deadline?.text).toBe(`Your studying ends on ${said('2027-09-06')}, 1 day before your deadline of ${said('2027-09-07')}. Your portfolio piece would be done on ${said('2027-11-01')}, 8 weeks after your deadline.`);
    // Unmarked dates and a gap of several days: 8 months from 7 December is Saturday 7 August, 34 weeks end on Monday 2 August.
    const eight = onDeadlineDate(plan('2027-08-02', 'Your studying ends on 2027-08-02, right on your deadline of 2027-08-02.'), monthsDeadline(8, TODAY));
    expect(eight.deadline?.text).toBe('Your studying ends on 2027-08-02, 5 days before your deadline of 2027-08-07.');
    // A step that ends on the counted date but is not the deadline keeps it too.
    const late = onDeadlineDate(plan('2027-08-02', 'Your studying ends on 2027-09-06, 5 weeks after your deadline of 2027-08-02. Move your deadline to 2027-08-02 or later.'), monthsDeadline(8, TODAY));
    expect(late.deadline?.text).toBe('Your studying ends on 2027-09-06, 5 weeks after your deadline of 2027-08-07. Move your deadline to 2027-08-02 or later.');
  });

  it('leaves a plan without a deadline, or without a months deadline, as it is', () => {
    const none = { steps: [] } as unknown as ActionPlan;
    expect(onDeadlineDate(none, monthsDeadline(8, TODAY))).toBe(none);
    const dated = plan('2027-08-02', 'x');
    expect(onDeadlineDate(dated, undefined)).toBe(dated);
  });
});

describe('picksHeading', () => {
  it.each([
    [1, 'Here is my pick'],
    [2, 'Here are my top two picks'],
    [3, 'Here are my top three picks'],
    [9, 'Here are my top 9 picks'],
  ])('%s picks: %s', (count, heading) => {
    expect(picksHeading(count)).toBe(heading);
  });
});
