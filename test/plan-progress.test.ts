import { describe, expect, it } from 'vitest';
import { homeRead, homeView } from '../adapters/slack/home-tab.js';
import { planProgressReplies } from '../flows/plan-progress.js';
import { marksAsWords } from '../src/dates/date-marks.js';
import { currentStep, markDone, planProgress, projectedFinish, shiftOpen, slipDays } from '../src/plan/plan-progress.js';

const STEPS = [
  { step: 1, title: 'Read job postings', due: '2027-03-15', done: true },
  { step: 2, title: 'Choose the credential', due: '2027-03-15', done: true },
  { step: 3, title: 'Enroll and study', due: '2027-06-07' },
  { step: 4, title: 'Build the portfolio piece', due: '2027-07-19' },
  { step: 5, title: 'Network with intent', due: '2027-07-19' },
  { step: 6, title: 'Interview and negotiate', due: '2027-10-11' },
];

describe('the plan as the weeks go by', () => {
  it('moves only the open steps, by the week\'s shortfall at the person\'s pace', () => {
    expect(slipDays(8, 8)).toBe(0);
    expect(slipDays(8, 10)).toBe(0);
    expect(slipDays(8, 4)).toBe(4);
    expect(slipDays(8, 0)).toBe(7);
    const moved = shiftOpen(STEPS, 4);
    expect(moved.map((s) => s.due)).toEqual(['2027-03-15', '2027-03-15', '2027-06-11', '2027-07-23', '2027-07-23', '2027-10-15']);
    expect(projectedFinish(moved)).toBe('2027-10-15');
  });

  it('marks a step done on the day it is said and moves on to the next', () => {
    const done = markDone(STEPS, 3, '2027-05-28');
    expect(done[2]).toEqual({ step: 3, title: 'Enroll and study', due: '2027-05-28', done: true });
    expect(currentStep(done)?.step).toBe(4);
  });

  it('counts hours planned in whole weeks since the plan was made', () => {
    const p = planProgress({ steps: STEPS, hoursPerWeek: 6, madeAt: '2027-03-15T09:00:00Z', hoursLogged: 10, today: new Date('2027-03-30T09:00:00Z') });
    expect(p).toMatchObject({ done: 2, of: 6, hoursLogged: 10, hoursPlanned: 12, finish: '2027-10-11' });
    expect(p.next?.step).toBe(3);
  });
});

describe('progress where people look', () => {
  const profile = {
    name: 'Maria',
    hoursPerWeek: 6,
    credentialPick: { ids: ['google-data-analytics'], names: ['Google Data Analytics'], at: '2027-03-15T09:00:00Z' },
    plan: { steps: STEPS, names: ['Google Data Analytics'] },
    checkins: { enabled: true, when: { weekday: 5, time: '18:00', timeZone: 'Europe/Berlin' }, setAt: '2027-03-15T09:00:00Z', log: [{ at: '2027-03-19T18:00:00Z', outcome: 'behind', hours: 4 }, { at: '2027-03-26T18:00:00Z', outcome: 'done', hours: 6 }] },
  };

  it('the chat\'s progress card', () => {
    const [card] = planProgressReplies(profile, new Date('2027-03-30T09:00:00Z'));
    expect(card).toMatchObject({ kind: 'card', title: 'Your plan so far' });
    const fields = Object.fromEntries((card as { fields: { label: string; value: string }[] }).fields.map((f) => [f.label, marksAsWords(f.value)]));
    expect(fields).toMatchObject({ 'Steps done': '2 of 6', Now: 'step 3, Enroll and study, by Monday 7 June 2027', Hours: '10 logged of 12 planned so far (6 a week)', 'Projected finish': 'Monday 11 October 2027' });
  });

  it('the Slack Home tab', () => {
    const view = homeView(homeRead({ kind: 'profile', profile }), { skill: (id) => id, role: (id) => id });
    expect(JSON.stringify(view.blocks)).toContain('_2 of 6 steps done, 10 hours logged, projected finish <!date^1823248800^{date_long}|Monday 11 October 2027>, check-ins every Friday at 18:00 (Europe/Berlin)._');
  });
});
