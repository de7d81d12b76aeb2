import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, newUser } from './support/new-user.js';

/**
 * Bao Nguyen, 45, rideshare driver for 6 years and a line cook for 12 before that, aiming at QA tester. English
 * is his second language ("i am drive uber 6 year"). He finds bugs in the Uber driver app and reports them to
 * driver support with screenshots, beta-tests his kids' school app and did a month of freeCodeCamp JavaScript.
 * Budget $100, 15 hours a week, 6 months, earns $41,000. He pastes a software company's manual QA Tester posting
 * (test cases, Jira bug reports, regression testing, ISTQB a plus) and an e-commerce QA Analyst posting (mobile
 * apps, Postman, some Selenium), both with benefits and EEO boilerplate, and asks "ISTQB is need?" and "manual
 * tester still have job?". In practice he rambles with "we try many thing", then retries with steps and a sum.
 *
 * What a coach signs and this test asserts: "qa tester" matched; "eighteen year. cook 12 year before uber" asked
 * again rather than guessed; both postings read without benefits or EEO text, ISTQB kept as a plus, not a gap;
 * software testing first, then Selenium; entry pay from BLS with source and period and $39,000 over his $41,000;
 * "ISTQB is need?" answered with one posting preferring it and no invented price; no credential forced on a
 * $100 budget, a dated portfolio-network-interview plan inside his 6 months; the retry's gain named (31 to 71).
 *
 * What a coach would not sign today (most serious first; the small, clear ones are `it.fails`):
 * - "i beta test my kids school app" is heard as Teaching (education) and shown as a strength from his career:
 *   beta testing is testing. Cause: src/skills/person-cues.ts, the education cue matches a bare "school".
 * - "i find bug in uber driver app and report to driver support with screenshot" is not heard at all, so the
 *   report says he covers "about 0%" and puts Software testing first as if he had never done any. A coach hears
 *   bug reporting with evidence (basic software testing). Cause: data/skills.json software-testing aliases have
 *   "report bugs" but no "find bug" or "beta test".
 * - "manual tester still have job?" asked at the last pick step gets "That isn't one of the options."
 *   (src/engine/flow.ts choiceProblem). A coach answers: yes, manual testing jobs exist, as his first posting shows.
 * - The e-commerce posting's "test our iOS and Android shopping apps" is read as iOS only; mobile app testing
 *   and Postman are not named as such.
 * - Practice retry: "i got back $64 for 5 trips" is his measured result, yet the coach quotes "now i always
 *   write the steps first" as the result and then asks "How did you measure that?".
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const MANUAL = `QA Tester (Manual) - Brightline Software, Inc.
Brightline builds scheduling software used by over 2,000 clinics nationwide.
Responsibilities: write and execute test cases from user stories; log clear, reproducible bug reports in Jira; perform regression testing before each release; work with developers and product owners in two-week sprints.
Requirements: 1+ year of software testing experience or equivalent; strong attention to detail; good written communication.
Nice to have: ISTQB Foundation certification.
We offer: health, dental and vision insurance, 401(k) with match, paid time off, remote-friendly.
Brightline Software is an equal opportunity employer.`;
const ANALYST = `QA Analyst - ShopNest (e-commerce)
ShopNest is a fast-growing online marketplace for home goods.
What you'll do: test our iOS and Android shopping apps on real devices; test REST APIs with Postman; write and maintain test cases; report defects and verify fixes; help grow our automated suite with some Selenium.
What we look for: experience testing mobile apps; Postman or similar API tool; some Selenium or willingness to learn; SQL is a plus.
Perks: employee discount, flexible hours, medical and dental, 401(k).
ShopNest is proud to be an equal opportunity workplace.`;
const SKILLS =
  'i find bug in uber driver app and report to driver support with screenshot, i beta test my kids school app, freecodecamp javascript one month, line cook 12 year so i follow the recipe step by step';

const WEAK = 'ok so one time the app not show my money for the trip, i think maybe it is bug, we try many thing, i call support, they say wait, i wait, then it is ok after few day, also one time the map is wrong, many problem in the app you know, i am driver long time so i see everything';
const BETTER = 'last year the uber driver app did not pay me for trips with a stop in the middle. i found it happen every time the rider add a stop. i wrote the steps, took 3 screenshots and send to driver support. they fix it in the next update and i got back $64 for 5 trips. now i always write the steps first so support can see the bug fast';

async function throughGaps(user: string) {
  const p = await newUser(data, user, TODAY);
  await p.say('bao');
  await p.say('skill gaps');
  await p.say('i am drive uber 6 year');
  const years = await p.say('eighteen year. cook 12 year before uber');
  await p.say('eighteen');
  await p.say('qa tester');
  const heard = await p.say(SKILLS);
  const first = await p.say(MANUAL);
  const second = await p.say(ANALYST);
  const report = await p.say('done');
  return { p, years, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('100 dollar');
  await p.say('15 hour a week');
  const istqb = await p.say('ISTQB is need?');
  await p.say('6 month');
  await p.say('41000');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, istqb, picks };
}

describe('Bao, rideshare driver to QA tester, $100, 15 hours a week, 6 months', () => {
  it('reads his two postings without their benefits and names software testing, then Selenium, as the gaps', async () => {
    const { p, years, first, second, report } = await throughGaps('bao');
    expect(years).toContain("I read two numbers, 18 and 12, and I'm not sure which one answers this");
    expect(first).toContain('Posting 1 read: I found Software testing, Requirements analysis, Jira, Collaboration, Attention to detail and Communication.');
    expect(second).toContain('Posting 2 read: I found iOS, REST APIs, Software testing, Selenium and SQL (a plus).');
    expect(first + second).not.toMatch(/401|dental|equal opportunity|discount|clinics/i);
    expect(report).toContain('Here is your gap report for *QA / test engineer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('1. *Software testing* (you have the basics: deepen it): asked for in 100% of the postings');
    expect(report).toContain('2. *Selenium*: asked for in 50% of the postings, ahead of the next one because it is a core skill for this role');
    expect(gapIds(p.profile())).not.toContain('istqb-foundation');
    expect(report).toContain('An entry-level QA / test engineer earns about $80,000 a year, and $61,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('hears "i beta test my kids school app" as testing, not as teaching', async () => {
    const { heard } = await throughGaps('bao-beta');
    expect(heard).not.toContain('Teaching (education)');
  });

  it('hears his bug reports to Uber driver support as software testing he has done', async () => {
    const { heard } = await throughGaps('bao-bugs');
    expect(heard).toContain('Software testing');
  });

  it('answers "ISTQB is need?", forces no credential on $100, and dates a plan inside his 6 months', async () => {
    const { p, offer, istqb, picks } = await throughPick('bao-pick');
    expect(offer).toContain('your top gaps are Software testing, Selenium and Requirements analysis');
    expect(istqb).toContain('One of your 2 postings prefers it.');
    expect(istqb).toContain("I don't have sourced figures for the ISTQB Certified Tester Foundation Level (CTFL)");
    expect(istqb).not.toMatch(/\$\d/);
    expect(picks).toContain('No credential in my catalog closes your top gaps');
    expect(picks).toContain('One of your postings prefers the ISTQB Certified Tester Foundation Level: you can apply without it, and having it puts you ahead.');
    const plan = await p.say('finish without a credential');
    expect(plan).toContain('That is about $39,000 a year more than you earn now.');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    // 100 hours for the piece at 15 a week: 6.7, so 7 weeks from Monday 7 December.
    expect(dueOf(plan, '2. Build the portfolio piece')).toBe('2027-01-25');
    expect(dueOf(plan, '3. Network with intent')).toBe('2027-01-25');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '4. Interview and negotiate')).toBe('2027-04-19');
    expect(plan).toContain('Your portfolio piece is done on Monday 25 January 2027, 19 weeks inside your deadline of Monday 7 June 2027.');
    expect(plan).toContain('Test a public open-source app: write a test plan, file clear bug reports');
  });

  it('answers "manual tester still have job?" at the last pick step instead of "not one of the options"', async () => {
    const { p } = await throughPick('bao-manual');
    const manual = await p.say('manual tester still have job?');
    expect(manual).not.toContain("That isn't one of the options.");
  });

  it('coaches his rambling "we try many thing" answer, then names what the retry improved', async () => {
    const { p } = await throughGaps('bao-practice');
    await p.say('practice');
    await p.say('1');
    const question = await p.say('let the coach choose');
    expect(question).toContain('"Describe a time you found an error in a report or spreadsheet that people were already using."');
    const weak = await p.say(WEAK);
    expect(weak).toContain('*Question 1 of 1: 31/100*');
    expect(weak).toContain('1. You end on "so i see everything": say what changed because of it, with a number if you can');
    expect(weak).toContain('At about 25 s spoken, this is short: an interviewer expects 1-2 minutes.');
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 31 → 71 (+40).');
    expect(better).toContain('Part scores: Action 3 → 5, Result 0 → 3.');
  });

  it.fails('quotes "i got back $64 for 5 trips" as the measured result of his retry', async () => {
    const { p } = await throughGaps('bao-result');
    await p.say('practice');
    await p.say('1');
    await p.say('let the coach choose');
    await p.say(WEAK);
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('i got back $64');
  });
});
