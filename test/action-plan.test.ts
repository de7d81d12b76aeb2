import { describe, expect, it } from 'vitest';
import { actionPlan, JOB_SEARCH_WEEKS, PLAN_HOURS, weeklySchedule } from '../src/credentials/action-plan.js';
import { marksAsWords } from '../src/dates/date-marks.js';
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
    expect(byKey(plan).enroll?.actions.map(marksAsWords)).toContain('Finish Credential b by Tuesday 20 October 2026.');
  });

  it('names the rungs of a cut path left for later in the study step, without dating them', () => {
    const plan = actionPlan({ credentials: [credential('a', { name: 'Course', hours: hours(30) })], hoursPerWeek: 10, today, later: ['Exam', 'Pro exam'] });
    const study = byKey(plan).enroll;
    expect(study?.actions).toContain('Exam, then Pro exam can come after this plan, once you have finished; I have not dated them here.');
    expect(plan.milestones.map((m) => m.name)).toEqual(['Course']);
    // The dates are those of the plan without them.
    expect(study?.due).toBe(actionPlan({ credentials: [credential('a', { name: 'Course', hours: hours(30) })], hoursPerWeek: 10, today }).steps.find((s) => s.key === 'enroll')?.due);
    expect(byKey(actionPlan({ credentials: [credential('a', { hours: hours(30) })], hoursPerWeek: 10, today, later: ['Exam'] })).enroll?.actions.join(' ')).toContain('I have not dated it here.');
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
    expect(undated.enroll?.note).toMatch(/^I have no study hours for AWS CP: tell me your own estimate/);
    const dated = byKey(actionPlan({ credentials: [exam], hoursPerWeek: 10, today, ownHours: { aws: 30 } }));
    expect(dated.enroll?.due).toBe('2026-10-06');
    expect(dated.interview?.due).not.toBeNull();
  });

  it('takes a different job-search window when asked', () => {
    const plan = actionPlan({ credentials: [credential('a', { hours: hours(10) })], hoursPerWeek: 10, today, jobSearchWeeks: 4 });
    expect(plan.assumptions[0]).toMatch(/4 weeks of job search/);
    expect(JOB_SEARCH_WEEKS).toBe(12);
  });
});

describe('steps already done and the deadline', () => {
  const course = credential('gda', { name: 'Data Analytics', hours: hours(100), assessment: ['capstone'] });

  it('marks postings pasted and a credential chosen as done today, not as advice, and starts studying now', () => {
    const plan = actionPlan({ credentials: [course], hoursPerWeek: 10, today, done: { research: true, select: true } });
    const steps = byKey(plan);
    expect([steps.research?.done, steps.select?.done, steps.enroll?.done]).toEqual([true, true, false]);
    expect([steps.research?.due, steps.select?.due, steps.enroll?.start, steps.enroll?.due]).toEqual(['2026-09-01', '2026-09-01', '2026-09-01', '2026-11-10']);
    expect(steps.research?.actions).toEqual(['You pasted job postings into the gap interview, so your gaps follow real demand.']);
    expect(steps.select?.actions).toEqual(['You chose Data Analytics.']);
    expect(plan.steps.flatMap((s) => s.actions).join(' ')).not.toMatch(/Paste them into the gap interview|Weigh market demand/);
    expect(plan.assumptions[0]).toBe('I assumed 20 hours for the portfolio piece and 12 weeks of job search: change them to your pace.');
  });

  it('dates every step when every credential has hours', () => {
    const plan = actionPlan({ credentials: [course, credential('b', { hours: hours(30) })], hoursPerWeek: 7, today });
    expect(plan.steps.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.due ?? ''))).toBe(true);
  });

  it('says the studying ends inside the deadline, by how much', () => {
    const plan = actionPlan({ credentials: [course], hoursPerWeek: 10, today, deadlineWeeks: 26, done: { select: true } });
    expect(plan.deadline).toMatchObject({ fits: true, slackWeeks: 15, date: '2027-03-02' });
    expect(marksAsWords(plan.deadline?.text ?? '')).toBe('Your studying ends on Tuesday 17 November 2026, 15 weeks inside your deadline of Tuesday 2 March 2027.');
  });

  it('says when the portfolio piece or the job search ends after a deadline the studying meets', () => {
    // 10 h/wk: research 1 week, study 10 (week 11), the capstone's write-up 2 (week 13), job search 12 (week 25).
    const at = (deadlineWeeks: number) => actionPlan({ credentials: [course], hoursPerWeek: 10, today, deadlineWeeks, done: { select: true } });
    const both = at(12);
    expect(both.deadline).toMatchObject({ fits: true, slackWeeks: 1 });
    expect(marksAsWords(both.deadline?.text ?? '')).toBe(
      'Your studying ends on Tuesday 17 November 2026, 1 week inside your deadline of Tuesday 24 November 2026. Your portfolio piece and job search would run to Tuesday 23 February 2027, past your deadline: to be job-ready by then, study more hours a week or start the portfolio piece while you study.',
    );
    // The sentence names the step's own end, as the plan's interview step does.
    expect(byKey(both).interview?.due).toBe('2027-02-23');
    expect(marksAsWords(at(20).deadline?.text ?? '')).toMatch(/\. Your job search would run to Tuesday 23 February 2027, past your deadline: to be job-ready by then, start applying while you build the portfolio piece\.$/);
    // The last step on the deadline day is inside it: nothing more to say.
    expect(marksAsWords(at(25).deadline?.text ?? '')).toBe('Your studying ends on Tuesday 17 November 2026, 14 weeks inside your deadline of Tuesday 23 February 2027.');
    // Without a credential the portfolio piece is what is checked; only the job search can come after it.
    const none = actionPlan({ credentials: [], hoursPerWeek: 12, today, deadlineWeeks: 10, done: { research: true, select: true } });
    expect(marksAsWords(none.deadline?.text ?? '')).toMatch(/^Your portfolio piece is done on .+, 6 weeks inside your deadline of .+\. Your job search would run to .+, past your deadline: to be job-ready by then, start applying while you build the portfolio piece\.$/);
  });

  it('says by how much a plan misses the deadline and what would fit', () => {
    const second = credential('b', { name: 'Second', hours: hours(100) });
    const plan = actionPlan({ credentials: [course, second], hoursPerWeek: 10, today, deadlineWeeks: 15, done: { research: true, select: true } });
    expect(plan.deadline).toMatchObject({ fits: false, slackWeeks: -5, hoursPerWeekToFit: 14, fittingNames: ['Data Analytics'] });
    expect(marksAsWords(plan.deadline?.text ?? '')).toBe(
      'Your studying ends on Tuesday 19 January 2027, 5 weeks after your deadline of Tuesday 15 December 2026. To fit, study about 14 hours a week instead of 10, or take only Data Analytics by then and the rest after.',
    );
  });
});

describe('a plan without a credential', () => {
  const piece = 'Set up a home lab and write up what you fix.';

  it('plans the portfolio piece as the study, with networking and interviews, dated at the hours a week', () => {
    // 8 h/wk: research 6 h = 1 week, then the own project, 40 h + 20 h for each of SIEM and Splunk = 80 h = 10 weeks; job search 12 weeks after it.
    const plan = actionPlan({ credentials: [], hoursPerWeek: 8, today, portfolio: piece, practise: ['SIEM', 'Splunk'] });
    expect(plan.steps.map((s) => [s.step, s.key])).toEqual([[1, 'research'], [2, 'portfolio'], [3, 'network'], [4, 'interview']]);
    const steps = byKey(plan);
    expect([steps.portfolio?.start, steps.portfolio?.due]).toEqual(['2026-09-08', '2026-11-17']);
    expect([steps.network?.start, steps.network?.due]).toEqual(['2026-09-08', '2026-11-17']);
    expect(steps.interview?.due).toBe('2027-02-09');
    expect(steps.portfolio?.hours).toBe(80);
    expect(steps.portfolio?.actions[0]).toBe(`${piece} Use SIEM and Splunk in it: they are learnt by doing.`);
    expect(steps.portfolio?.actions[1]).toBe('Planning estimate, not a measured figure: 40 hours for the piece and 20 more for each of the 2 skills it must teach you from scratch, 80 hours in all.');
    // Nothing to enrol in or to choose, so no program's community and no hours to choose.
    expect(plan.steps.flatMap((s) => s.actions).join(' ')).not.toMatch(/Enroll|program's community|capstone/);
    expect(plan.assumptions[0]).toBe('I assumed 6 hours to read postings, 80 hours for the portfolio piece and 12 weeks of job search: change them to your pace.');
    expect(plan.milestones).toEqual([]);
  });

  it("checks the portfolio piece's end against the deadline, and says what would fit when it misses", () => {
    const inside = actionPlan({ credentials: [], hoursPerWeek: 12, today, deadlineWeeks: 17, done: { research: true, select: true } });
    expect(marksAsWords(inside.deadline?.text ?? '')).toBe('Your portfolio piece is done on Tuesday 29 September 2026, 13 weeks inside your deadline of Tuesday 29 December 2026.');
    const late = actionPlan({ credentials: [], hoursPerWeek: 4, today, deadlineWeeks: 6 });
    // 4 h/wk: research 2 weeks, the piece 10 more; 46 hours over 6 weeks is 8 a week.
    expect(late.deadline).toMatchObject({ fits: false, slackWeeks: -6, hoursPerWeekToFit: 8 });
    expect(marksAsWords(late.deadline?.text ?? '')).toMatch(/^Your portfolio piece is done on .+, 6 weeks after your deadline of .+\. To fit, study about 8 hours a week instead of 4\.$/);
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

describe('action plan in the person\'s zone', () => {
  it("marks the dates its sentences name in the person's zone, for each platform to show; `due` stays a calendar day", () => {
    const plan = actionPlan({ credentials: [credential('a', { name: 'First', hours: hours(40) }), credential('b', { name: 'Second', hours: hours(40) })], hoursPerWeek: 10, today, deadlineWeeks: 20, timeZone: 'Asia/Tokyo', done: { research: true, select: true } });
    expect(byKey(plan).enroll?.due).toBe('2026-10-27');
    expect(plan.deadline?.text).toContain('\uFDD0d|2026-10-27|Asia/Tokyo\uFDD1');
    expect(byKey(plan).enroll?.actions).toContain('Finish First by \uFDD0d|2026-09-29|Asia/Tokyo\uFDD1.');
  });
});

describe('what the plan says beside the credentials', () => {
  const exam = credential('exam', { name: 'Exam Cert', hours: hours(40), assessment: ['proctored-exam'] });
  const course = credential('course', { name: 'Course Cert', hours: hours(40), assessment: ['quizzes', 'hands-on-labs'] });
  const community = (plan: ReturnType<typeof actionPlan>) => byKey(plan).network?.actions[0];

  it("sends an exam's learner to a study group or the vendor's community, and a course's to its programme's", () => {
    expect(community(actionPlan({ credentials: [exam], hoursPerWeek: 10, today }))).toBe("Join a study group for the exam, or the vendor's own community of people taking it.");
    expect(community(actionPlan({ credentials: [course], hoursPerWeek: 10, today }))).toBe("Join the program's community, such as its alumni Slack or forum.");
    // A course among the credentials has a programme to join.
    expect(community(actionPlan({ credentials: [course, exam], hoursPerWeek: 10, today }))).toBe("Join the program's community, such as its alumni Slack or forum.");
  });

  it('gives the portfolio piece 20 planning hours more for each top gap it must teach, and says so as an estimate', () => {
    const none = actionPlan({ credentials: [exam], hoursPerWeek: 10, today });
    const three = actionPlan({ credentials: [exam], hoursPerWeek: 10, today, practise: ['ETL and data pipelines', 'Apache Airflow', 'dbt'] });
    expect(byKey(none).portfolio?.hours).toBe(PLAN_HOURS.portfolioOwnProject);
    expect(byKey(none).portfolio?.actions.join(' ')).not.toContain('Planning estimate');
    // 40 hours and 3 × 20: 100 hours, 10 weeks at 10 a week instead of 4.
    expect(byKey(three).portfolio?.hours).toBe(100);
    expect(byKey(three).portfolio?.actions).toContain('Planning estimate, not a measured figure: 40 hours for the piece and 20 more for each of the 3 skills it must teach you from scratch, 100 hours in all.');
    const weeks = (plan: typeof none) => (Date.parse(byKey(plan).portfolio?.due ?? '') - Date.parse(byKey(plan).portfolio?.start ?? '')) / (7 * 86_400_000);
    expect([weeks(none), weeks(three)]).toEqual([4, 10]);
    // With a capstone the base is 20 hours.
    const capstone = credential('cap', { name: 'Capstone Cert', hours: hours(40), assessment: ['capstone'] });
    expect(byKey(actionPlan({ credentials: [capstone], hoursPerWeek: 10, today, practise: ['Linux'] })).portfolio?.hours).toBe(PLAN_HOURS.portfolioWithCapstone + PLAN_HOURS.perSkillToLearn);
  });

  it('names the top gaps the credentials leave uncovered in the portfolio piece', () => {
    const plan = actionPlan({ credentials: [course, exam], hoursPerWeek: 10, today, portfolio: 'Set up a home lab.', practise: ['Active Directory', 'ServiceNow or Zendesk'] });
    expect(byKey(plan).portfolio?.actions[0]).toBe('Set up a home lab. Your credentials have no capstone, so this is your evidence. Use Active Directory and ServiceNow or Zendesk in it: your credentials do not teach them.');
    const one = actionPlan({ credentials: [exam], hoursPerWeek: 10, today, practise: ['Linux'] });
    expect(byKey(one).portfolio?.actions[0]).toMatch(/Use Linux in it: your credential does not teach it\.$/);
    expect(byKey(actionPlan({ credentials: [exam], hoursPerWeek: 10, today })).portfolio?.actions[0]).not.toContain('Use ');
  });

  it("negotiates from the person's own pay and the postings when the role has no pay figure", () => {
    const interview = (known?: boolean) => byKey(actionPlan({ credentials: [], hoursPerWeek: 10, today, ...(known === undefined ? {} : { entryPayKnown: known }) })).interview?.actions[1];
    expect(interview(false)).toBe('Negotiate from your current pay and the pay ranges in the postings you read, since I have no pay figure for the role.');
    expect(interview(true)).toBe("Negotiate against the role's entry-level pay.");
    expect(interview()).toBe("Negotiate against the role's entry-level pay.");
  });
});
