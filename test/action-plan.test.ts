import { describe, expect, it } from 'vitest';
import { actionPlan, JOB_SEARCH_WEEKS, PLAN_HOURS, weeklySchedule } from '../src/credentials/action-plan.js';
import { credential } from './support/credential-fixtures.js';

const hours = (h: number) => ({ min: h, max: h, stated: 'x', source: 'test', confidence: 'S' as const });
const today = new Date('2026-09-01T18:30:00Z');
const byKey = (plan: ReturnType<typeof actionPlan>) => Object.fromEntries(plan.steps.map((s) => [s.key, s]));

describe('action plan dates', () => {
  it('dates the six steps from today at the learner pace', () => {
    // 10 h/wk: research 6 h = 1 week, selection 4 h = 1 week, study 210 h = 21 weeks,
    // portfolio 20 h (the course has a capstone) = 2 weeks, job search 12 weeks.
    const course = credential('gda', { name: 'Data Analytics', hours: { ...hours(180), max: 240 }, assessment: ['capstone'] });
    const plan = actionPlan({ credentials: [course], hoursPerWeek: 10, today });
    const steps = byKey(plan);
    expect(plan.steps.map((s) => s.key)).toEqual(['research', 'select', 'enroll', 'portfolio', 'network', 'interview']);
    expect([steps.research?.start, steps.research?.due]).toEqual(['2026-09-01', '2026-09-08']);
    expect([steps.select?.start, steps.select?.due]).toEqual(['2026-09-08', '2026-09-15']);
    expect([steps.enroll?.start, steps.enroll?.due]).toEqual(['2026-09-15', '2027-02-09']);
    expect([steps.portfolio?.start, steps.portfolio?.due]).toEqual(['2027-02-09', '2027-02-23']);
    expect([steps.network?.start, steps.network?.due]).toEqual(['2026-09-15', '2027-02-23']);
    expect([steps.interview?.start, steps.interview?.due]).toEqual(['2027-02-23', '2027-05-18']);
    expect(steps.enroll?.hours).toBe(210);
  });

  it('stacks study weeks one credential after another, with a milestone for each', () => {
    const plan = actionPlan({ credentials: [credential('a', { hours: hours(30) }), credential('b', { hours: hours(45) })], hoursPerWeek: 15, today });
    // Research 1 week, selection 1 week, then 2 and 3 weeks.
    expect(plan.milestones.map((m) => m.due)).toEqual(['2026-09-29', '2026-10-20']);
    expect(byKey(plan).enroll?.actions).toContain('Finish Credential b by 2026-10-20.');
  });

  it('plans a longer own project when no capstone is included', () => {
    const plan = actionPlan({ credentials: [credential('exam', { hours: hours(20), assessment: ['proctored-exam'] })], hoursPerWeek: 5, today });
    expect(byKey(plan).portfolio?.hours).toBe(PLAN_HOURS.portfolioOwnProject);
    // 5 h/wk: research 2 weeks, selection 1, study 4, so study ends 2026-10-20; the own project takes 8 weeks.
    expect(byKey(plan).portfolio?.start).toBe('2026-10-20');
    expect(byKey(plan).portfolio?.due).toBe('2026-12-15');
  });

  it('leaves dates empty after a credential without hours, unless the learner gives an estimate', () => {
    const exam = credential('aws', { name: 'AWS CP', hours: null });
    const undated = byKey(actionPlan({ credentials: [exam], hoursPerWeek: 10, today }));
    expect(undated.enroll?.due).toBeNull();
    expect(undated.interview?.due).toBeNull();
    expect(undated.enroll?.note).toMatch(/No hours published for AWS CP/);
    const dated = byKey(actionPlan({ credentials: [exam], hoursPerWeek: 10, today, ownHours: { aws: 30 } }));
    expect(dated.enroll?.due).toBe('2026-10-06');
    expect(dated.interview?.due).not.toBeNull();
  });

  it('takes a different job-search window when asked', () => {
    const plan = actionPlan({ credentials: [credential('a', { hours: hours(10) })], hoursPerWeek: 10, today, jobSearchWeeks: 4 });
    expect(plan.assumptions[0]).toMatch(/job search 4 weeks/);
    expect(JOB_SEARCH_WEEKS).toBe(12);
  });
});

describe('action plan inputs', () => {
  it('refuses missing or impossible hours a week by name, never with an invalid date', () => {
    const course = credential('gda', { hours: hours(100) });
    for (const hoursPerWeek of [undefined, Number.NaN, 0, -5]) {
      expect(() => actionPlan({ credentials: [course], hoursPerWeek: hoursPerWeek as number, today })).toThrow(/^hoursPerWeek must be a positive number/);
    }
    expect(() => actionPlan({ credentials: [course], hoursPerWeek: 10, today: new Date('nope') })).toThrow('today must be a valid date');
  });
});

describe('weekly schedule', () => {
  it('splits the week into sessions of about two hours, at most five', () => {
    expect(weeklySchedule(10)).toMatchObject({ sessions: 5, hoursPerSession: 2 });
    expect(weeklySchedule(3)).toMatchObject({ sessions: 2, hoursPerSession: 1.5 });
    expect(weeklySchedule(1)).toMatchObject({ sessions: 1, hoursPerSession: 1 });
    expect(weeklySchedule(20)).toMatchObject({ sessions: 5, hoursPerSession: 4 });
  });
});
