import { describe, expect, it } from 'vitest';
import { actionPlan, JOB_SEARCH_WEEKS, PLAN_HOURS, weeklySchedule } from '../src/credentials/action-plan.js';
import { marksAsWords } from '../src/dates/date-marks.js';
import { credential, line } from './support/credential-fixtures.js';

const hours = (h: number) => ({ min: h, max: h, stated: 'x', source: 'test', confidence: 'S' as const });
const today = new Date('2026-09-01T18:30:00Z');
const byKey = (plan: ReturnType<typeof actionPlan>) => Object.fromEntries(plan.steps.map((s) => [s.key, s]));

describe('studying free where the provider lets you', () => {
  const study = (c: ReturnType<typeof credential>, several = false) =>
    byKey(actionPlan({ credentials: several ? [c, credential('exam-b', { name: 'Exam B', hours: hours(20) })] : [c], hoursPerWeek: 10, today, done: { select: true } })).enroll?.actions ?? [];

  it('says how to study a paid programme free, and that paying is for the certificate later', () => {
    const coursera = credential('it', { name: 'IT Support', costs: [line('subscription', 49, { per: 'month' })], hours: hours(150), assessment: ['quizzes'], freeAudit: true, financialAid: true });
    expect(study(coursera)).toEqual(['Enroll in IT Support.', 'You can study it free: audit it, or apply for financial aid. Pay for the certificate later, when you want it.', "Check every price and fee on the provider's page before paying."]);
    // Financial aid alone is the one way said; beside another credential the programme is named.
    const aid = credential('aid', { name: 'Aid Course', costs: [line('course', 300)], hours: hours(40), financialAid: true });
    expect(study(aid, true)).toContain('You can study Aid Course free: apply for financial aid. Pay for the certificate later, when you want it.');
  });

  it('says an exam with a free course is paid for when it is sat', () => {
    const fundamentals = credential('az', { name: 'Cloud Fundamentals', costs: [line('exam', 99)], hours: hours(20), freeAudit: true });
    expect(study(fundamentals)).toContain('You can study it free: audit it. Pay for the exam when you are ready to sit it.');
  });

  it('says nothing of free study for a credential with no free way in, or one free to earn', () => {
    const paid = credential('paid', { costs: [line('exam', 200)], hours: hours(20) });
    const free = credential('free', { costs: [line('one-off', 0)], hours: hours(20), freeAudit: true });
    const unknownAid = credential('unknown', { costs: [line('exam', 200)], hours: hours(20), freeAudit: null, financialAid: null });
    for (const c of [paid, free, unknownAid]) expect(study(c).join(' ')).not.toMatch(/study .* free|financial aid|audit/);
  });
});

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
    const unknown = actionPlan({ credentials: [exam], hoursPerWeek: 10, today, deadlineWeeks: 20 }).deadline;
    expect(unknown).toMatchObject({ fits: null, slackWeeks: null, late: [] });
    expect(marksAsWords(unknown?.text ?? '')).toBe('I cannot say yet whether your studying ends by your deadline of Tuesday 19 January 2027.');
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

  it('says which later steps miss a deadline the studying meets, by how many weeks, and what would fit', () => {
    // 10 h/wk: research 1 week, study 10 (week 11), the capstone's write-up 2 (week 13), job search 12 (week 25).
    const at = (deadlineWeeks: number) => actionPlan({ credentials: [course], hoursPerWeek: 10, today, deadlineWeeks, done: { select: true } });
    const both = at(12);
    expect(both.deadline).toMatchObject({ fits: true, slackWeeks: 1, hoursPerWeekForAll: null, late: [{ key: 'portfolio', due: '2026-12-01', weeksLate: 1 }, { key: 'interview', due: '2027-02-23', weeksLate: 13 }] });
    // At 12 hours a week: research 1, study 9, write-up 2 = 12 weeks, on the deadline; at 11 the write-up ends in week 13.
    expect(marksAsWords(both.deadline?.text ?? '')).toBe(
      'Your studying ends on Tuesday 17 November 2026, 1 week inside your deadline of Tuesday 24 November 2026. Your portfolio piece would be done on Tuesday 1 December 2026, 1 week after your deadline, and your job search would run to Tuesday 23 February 2027, 13 weeks after it. To have your portfolio piece done by then, study about 12 hours a week instead of 10. A job search takes about 12 weeks: start applying while you build the portfolio piece, or move your deadline to Tuesday 23 February 2027.',
    );
    // The dates the sentence names are the plan's own.
    expect([byKey(both).portfolio?.due, byKey(both).interview?.due]).toEqual(['2026-12-01', '2027-02-23']);
    const faster = actionPlan({ credentials: [course], hoursPerWeek: 12, today, deadlineWeeks: 12, done: { select: true } });
    expect(byKey(faster).portfolio?.due).toBe(both.deadline?.date);
    expect(actionPlan({ credentials: [course], hoursPerWeek: 11, today, deadlineWeeks: 12, done: { select: true } }).deadline?.late.map((s) => s.key)).toEqual(['portfolio', 'interview']);
    // Only the job search past the deadline, and a pace that fits it all: research 1, study 5, write-up 1, search 12 = 19 weeks at 20 a week.
    expect(marksAsWords(at(20).deadline?.text ?? '')).toBe(
      'Your studying ends on Tuesday 17 November 2026, 9 weeks inside your deadline of Tuesday 19 January 2027. Your job search would run to Tuesday 23 February 2027, 5 weeks after your deadline. To fit it all, study about 20 hours a week instead of 10, or move your deadline to Tuesday 23 February 2027.',
    );
    const fitsAll = actionPlan({ credentials: [course], hoursPerWeek: 20, today, deadlineWeeks: 20, done: { select: true } });
    expect(fitsAll.deadline?.late).toEqual([]);
    expect(byKey(fitsAll).interview?.due).toBe('2027-01-12');
    // The last step on the deadline day is inside it: nothing more to say.
    expect(marksAsWords(at(25).deadline?.text ?? '')).toBe('Your studying ends on Tuesday 17 November 2026, 14 weeks inside your deadline of Tuesday 23 February 2027.');
    // Without a credential the portfolio piece is what is checked; only the job search can come after it.
    const none = actionPlan({ credentials: [], hoursPerWeek: 12, today, deadlineWeeks: 10, done: { research: true, select: true } });
    expect(marksAsWords(none.deadline?.text ?? '')).toBe(
      'Your portfolio piece is done on Tuesday 29 September 2026, 6 weeks inside your deadline of Tuesday 10 November 2026. Your job search would run to Tuesday 22 December 2026, 6 weeks after your deadline. A job search takes about 12 weeks: start applying while you build the portfolio piece, or move your deadline to Tuesday 22 December 2026.',
    );
  });

  it('offers a smaller portfolio piece that fits the weeks left, and more hours counted the way the plan counts them', () => {
    // A short exam and a piece of 40 + 2 × 20 = 80 hours at 5 a week: study ends in week 1, the piece in week 17, the job search in week 29.
    const exam = credential('ads', { name: 'Ads exam', hours: hours(5), assessment: ['online-exam'] });
    const plan = actionPlan({ credentials: [exam], hoursPerWeek: 5, today, deadlineWeeks: 12, done: { research: true, select: true }, practise: ['Content marketing', 'Analytics'] });
    expect([byKey(plan).enroll?.due, byKey(plan).portfolio?.due, byKey(plan).interview?.due]).toEqual(['2026-09-08', '2026-12-29', '2027-03-23']);
    expect(plan.deadline).toMatchObject({ fits: true, slackWeeks: 11, late: [{ key: 'portfolio', weeksLate: 5 }, { key: 'interview', weeksLate: 17 }] });
    // 8 hours a week: 1 week of study and 10 of the piece, 11 weeks; 7 would take 1 + 12. The 11 weeks left at 5 hours hold 55 hours.
    expect(marksAsWords(plan.deadline?.text ?? '')).toBe(
      'Your studying ends on Tuesday 8 September 2026, 11 weeks inside your deadline of Tuesday 24 November 2026. Your portfolio piece would be done on Tuesday 29 December 2026, 5 weeks after your deadline, and your job search would run to Tuesday 23 March 2027, 17 weeks after it. To have your portfolio piece done by then, study about 8 hours a week instead of 5, or keep it to about 55 hours. A job search takes about 12 weeks: start applying while you build the portfolio piece, or move your deadline to Tuesday 23 March 2027.',
    );
    const at8 = actionPlan({ credentials: [exam], hoursPerWeek: 8, today, deadlineWeeks: 12, done: { research: true, select: true }, practise: ['Content marketing', 'Analytics'] });
    expect(byKey(at8).portfolio?.due).toBe('2026-11-17');
    expect(at8.deadline?.late.map((s) => s.key)).toEqual(['interview']);
  });

  it('gives the pace for the portfolio piece, and no pace past double theirs for the job search: apply early instead', () => {
    // 4 h/wk: a 20-hour exam in 5 weeks, a 40-hour piece in 10 more (week 15), the job search to week 27; the deadline is week 14.
    const exam = credential('exam', { name: 'Exam', hours: hours(20), assessment: ['proctored-exam'] });
    const plan = actionPlan({ credentials: [exam], hoursPerWeek: 4, today, deadlineWeeks: 14, done: { research: true, select: true } });
    // 5 a week: 4 + 8 = 12 weeks for the piece; only 40 a week (1 + 1 + 12) fits it all, ten times their 4; the 9 weeks after studying hold 36 hours at 4.
    expect(plan.deadline).toMatchObject({ fits: true, hoursPerWeekForAll: null, late: [{ key: 'portfolio', due: '2026-12-15', weeksLate: 1 }, { key: 'interview', due: '2027-03-09', weeksLate: 13 }] });
    expect(marksAsWords(plan.deadline?.text ?? '')).toBe(
      'Your studying ends on Tuesday 6 October 2026, 9 weeks inside your deadline of Tuesday 8 December 2026. Your portfolio piece would be done on Tuesday 15 December 2026, 1 week after your deadline, and your job search would run to Tuesday 9 March 2027, 13 weeks after it. To have your portfolio piece done by then, study about 5 hours a week instead of 4, or keep it to about 36 hours. A job search takes about 12 weeks: start applying while you build the portfolio piece, or move your deadline to Tuesday 9 March 2027.',
    );
    const at40 = actionPlan({ credentials: [exam], hoursPerWeek: 40, today, deadlineWeeks: 14, done: { research: true, select: true } });
    expect(byKey(at40).interview?.due).toBe('2026-12-08');
    expect(at40.deadline?.late).toEqual([]);
  });

  it('says by how much a plan misses the deadline and what would fit', () => {
    const second = credential('b', { name: 'Second', hours: hours(100) });
    const plan = actionPlan({ credentials: [course, second], hoursPerWeek: 10, today, deadlineWeeks: 15, done: { research: true, select: true } });
    // 200 hours over 15 weeks is 13.3 a week, but each credential takes whole weeks: at 14, 8 + 8 = 16 weeks; at 15, 7 + 7 = 14.
    expect(plan.deadline).toMatchObject({ fits: false, slackWeeks: -5, hoursPerWeekToFit: 15, hoursPerWeekForAll: null, fittingNames: ['Data Analytics'] });
    expect(marksAsWords(plan.deadline?.text ?? '')).toBe(
      'Your studying ends on Tuesday 19 January 2027, 5 weeks after your deadline of Tuesday 15 December 2026. Your portfolio piece would be done on Tuesday 2 February 2027, 7 weeks after your deadline, and your job search would run to Tuesday 27 April 2027, 19 weeks after it. To finish studying by then, study about 15 hours a week instead of 10, or take only Data Analytics by then and the rest after. A job search takes about 12 weeks: start applying while you build the portfolio piece, or move your deadline to Tuesday 27 April 2027.',
    );
    const at = (hoursPerWeek: number) => actionPlan({ credentials: [course, second], hoursPerWeek, today, deadlineWeeks: 15, done: { research: true, select: true } }).deadline;
    expect([at(14)?.fits, at(15)?.fits]).toEqual([false, true]);
    expect(at(15)?.text).toContain('1 week inside your deadline');
  });

  it('says the honest fix when no pace up to double theirs fits', () => {
    const long = credential('long', { name: 'Long course', hours: hours(900) });
    const plan = actionPlan({ credentials: [long], hoursPerWeek: 10, today, deadlineWeeks: 10, done: { research: true, select: true } });
    expect(plan.deadline).toMatchObject({ fits: false, slackWeeks: -80, hoursPerWeekToFit: null });
    expect(marksAsWords(plan.deadline?.text ?? '')).toMatch(/\. Moving your deadline is the honest fix: at 10 hours a week this plan ends on Tuesday 12 September 2028\.$/);
    expect(byKey(plan).interview?.due).toBe('2028-09-12');
  });

  it('never suggests more than double their hours, nor more than a full-time 40', () => {
    // 15 h/wk: a 120-hour exam in 8 weeks, an 80-hour piece in 6 more, 12 weeks of search: week 26 against a deadline at 17.
    const exam = credential('exam', { name: 'Exam', hours: hours(120), assessment: ['proctored-exam'] });
    const at = (hoursPerWeek: number) => actionPlan({ credentials: [exam], hoursPerWeek, today, deadlineWeeks: 17, done: { research: true, select: true } }).deadline;
    expect(at(15)).toMatchObject({ fits: true, hoursPerWeekForAll: null });
    expect(at(15)?.text).not.toMatch(/study about \d+ hours a week/);
    expect(at(15)?.text).toContain('start applying while you build the portfolio piece');
  });

  it('says to apply while studying when a posting lets the credential come after hiring', () => {
    const exam = credential('exam', { name: 'Cisco CCNA (200-301)', hours: hours(120), assessment: ['proctored-exam'] });
    const plan = actionPlan({ credentials: [exam], hoursPerWeek: 15, today, deadlineWeeks: 17, done: { research: true, select: true }, afterHire: ['Cisco CCNA (200-301)'] });
    expect(marksAsWords(plan.deadline?.text ?? '')).toMatch(/Your posting lets you be hired before Cisco CCNA \(200-301\) and pass it after, so start applying while you study, or move your deadline to [^.]+\.$/);
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
    // 4 h/wk: research 2 weeks, the piece 10 more; at 8 a week, 1 + 5 = 6 weeks, at 7, 1 + 6.
    expect(late.deadline).toMatchObject({ fits: false, slackWeeks: -6, hoursPerWeekToFit: 8, late: [{ key: 'interview', due: '2027-02-16', weeksLate: 18 }] });
    expect(marksAsWords(late.deadline?.text ?? '')).toBe(
      'Your portfolio piece is done on Tuesday 24 November 2026, 6 weeks after your deadline of Tuesday 13 October 2026. Your job search would run to Tuesday 16 February 2027, 18 weeks after your deadline. To have your portfolio piece done by then, study about 8 hours a week instead of 4. A job search takes about 12 weeks: start applying while you build the portfolio piece, or move your deadline to Tuesday 16 February 2027.',
    );
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

  it("builds a capstone into the role's own portfolio piece, and sends no role's work to GitHub by default", () => {
    const capstone = credential('cap', { name: 'Capstone Cert', hours: hours(40), assessment: ['capstone'] });
    const piece = 'Make two case studies and publish them on a portfolio website of your own.';
    expect(byKey(actionPlan({ credentials: [capstone], hoursPerWeek: 10, today, portfolio: piece })).portfolio?.actions[0]).toBe(`Finish the capstone and build your portfolio piece from it. ${piece}`);
    // Without the role's piece (no role), nothing says where the work goes.
    const plans = [actionPlan({ credentials: [capstone], hoursPerWeek: 10, today }), actionPlan({ credentials: [exam], hoursPerWeek: 10, today }), actionPlan({ credentials: [], hoursPerWeek: 10, today })];
    expect(plans.map((p) => byKey(p).portfolio?.actions[0])).toEqual([
      'Finish the capstone and write up what you did and what came of it.',
      'Build a piece of work on real data from your own field that uses the skills, and write up what you did and what came of it. Your credential has no capstone, so this is your evidence.',
      'Build a piece of work on real data from your own field that uses the skills, and write up what you did and what came of it.',
    ]);
    expect(plans.flatMap((p) => p.steps.flatMap((s) => s.actions)).join(' ')).not.toContain('GitHub');
  });

  it("negotiates from the person's own pay and the postings when the role has no pay figure", () => {
    const interview = (known?: boolean) => byKey(actionPlan({ credentials: [], hoursPerWeek: 10, today, ...(known === undefined ? {} : { entryPayKnown: known }) })).interview?.actions[1];
    expect(interview(false)).toBe('Negotiate from your current pay and the pay ranges in the postings you read, since I have no pay figure for the role.');
    expect(interview(true)).toBe("Negotiate against the role's entry-level pay.");
    expect(interview()).toBe("Negotiate against the role's entry-level pay.");
  });
});
