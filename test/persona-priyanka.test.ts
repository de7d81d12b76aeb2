import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Priyanka Shah, 41, retail pharmacist for 16 years with a PharmD: manages a pharmacy team of 7, runs the
 * inventory and the monthly controlled-substance audits, pulls dispensing and inventory reports from the
 * pharmacy system, did Python for Everybody on Coursera last year (no certificate). She wants "healthcare data
 * analyst", has $800 ("eight hundred dollars"), 10 hours a week, "6 months" then "actually make it 9 months not
 * 6", earns $128,000 ("i know i'll take a cut"). She pastes a PBM's Healthcare Data Analyst posting (SQL, Excel,
 * claims data, Tableau, "PharmD, CPhT or pharmacy background a plus") and a hospital's Pharmacy Informatics
 * Analyst posting (Epic Willow, reports, SQL against Clarity, data validation, pharmacist licence), both with
 * benefits and EEO text. Mid-pick she asks "is SQL hard to learn at my age" and "do i need Tableau AND Power BI?".
 *
 * What a coach signs and this test asserts: her pharmacy-system reports credited as Reporting with her words, her
 * Python kept as basic, her team as People management and her audits and inventory as supply-chain work; both
 * postings read without benefits or EEO text, the years they ask for kept out of the gaps; SQL, Data cleaning and
 * Tableau as her top gaps; entry-level pay ($83,000, BLS May 2024) with the $45,000 cut said gently and with savings
 * advice; "eight hundred dollars" read as $800; the changed deadline taken as Tuesday 7 September 2027; "do i need
 * Tableau AND Power BI?" answered "probably not" because Power BI is not among her gaps; the Google Data Analytics
 * certificate first ($49 a month x 6), then Tableau Desktop Specialist and Tableau Certified Data Analyst, $644 within
 * $800; every plan date, and the plain word that the portfolio piece and job search run past her deadline with
 * what would fit; in practice her rambling audit story asked for "I" and a measured result, and the retry
 * praised for both and for saying her task.
 *
 * What a coach would not sign today (`it.fails` where small and clear):
 * - "is SQL hard to learn at my age" gets only the age answer ("you're not too old for this"), never a word on
 *   SQL, the thing she asked whether she can learn; and it says "your plan dates the learning" before she has a
 *   plan. Cause: flows/off-script-answers.ts age() answers any age worry with off-script-asides.ts ageAnswer(),
 *   which ignores the skill named beside it.
 * - Her PharmD and pharmacist licence, which the PBM posting calls "a plus" and the hospital posting asks for,
 *   are never named as met: the report's only pharmacy credit is "Healthcare (you said "i manage a pharmacy team
 *   of 7 people")", a weak quote for her strongest card.
 * - Not kept as a test: the hospital posting's "Epic Willow" and "Epic Willow certification preferred" are not
 *   read (Posting 2 read: Health informatics, Reporting, SQL and Data cleaning), so nothing tells her Epic
 *   certification comes through an employer; and the stack holds two Tableau credentials (38 weeks) where one
 *   posting only prefers Tableau, pushing her portfolio piece past her deadline.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const PBM = `Healthcare Data Analyst - ClearPath Pharmacy Benefits (PBM)
About us: ClearPath manages pharmacy benefits for 12 million members across employer and health plan clients.
What you will do:
- Write SQL queries against pharmacy claims data to answer client and clinical questions
- Build and maintain Tableau dashboards on drug spend, utilization and adherence
- Reconcile claims extracts in Excel and flag data quality issues
- Present findings to account teams and clinical pharmacists
Requirements:
- 2+ years of experience in data analysis or a related field
- Strong SQL and advanced Excel (pivot tables, VLOOKUP)
- Experience with healthcare or pharmacy claims data
Preferred: PharmD, CPhT or pharmacy background a plus; Tableau experience.
Benefits: medical, dental, vision, 401(k) with match, tuition reimbursement, hybrid work.
ClearPath is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, or national origin.`;
const HOSPITAL = `Pharmacy Informatics Analyst - Riverside Health System
Riverside Health is a 600-bed academic medical center.
Responsibilities:
- Build and maintain medication records and order sets in Epic Willow
- Write and run reports on dispensing, inventory and controlled substances
- Use SQL to pull data from Clarity and validate report results
- Perform data validation after system upgrades and testing of new builds
- Train pharmacy staff on workflow changes
Qualifications:
- Pharmacist license or pharmacy technician certification
- Epic Willow certification preferred (obtained within 6 months of hire)
- Experience with SQL and reporting tools
We offer competitive pay, a pension plan, paid time off and free parking.
Riverside Health System is an Equal Opportunity/Affirmative Action Employer.`;
const SKILLS =
  'ok so ive been a pharmacist for sixteen years, PharmD, i manage a pharmacy team of 7 people, i do our inventory and the controlled substance audits every month, i pull reports from our pharmacy system all the time (dispensing, inventory), excel obviously, and i did the python for everybody course on coursera last year but no certificate so python is pretty basic';

const RAMBLING =
  'so um one time our controlled substance counts were off, like the oxycodone count didnt match the system for a few weeks and everyone was stressed and the district was asking questions, and we looked at everything, the invoices and the dispensing logs and the returns, and it turned out it was mostly a receiving problem where deliveries got entered wrong, so we fixed how we check in orders and it got better and the audit went fine in the end';
const BETTER =
  'last spring our oxycodone count was off by 340 tablets over six weeks and i was responsible for finding out why before the state audit. i exported the dispensing, receiving and return logs from our pharmacy system into excel and matched them line by line, and i found that 90% of the gap came from deliveries entered under the wrong package size. i rewrote our check-in steps with a second-person verification and trained my team of 7 on it. the next three monthly counts matched to the tablet and we passed the state audit with no findings';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Priyanka');
  await p.say('find my skill gaps');
  await p.say('retail pharmacist');
  await p.say('sixteen years');
  await p.say('healthcare data analyst');
  const heard = await p.say(SKILLS);
  const first = await p.say(PBM);
  const second = await p.say(HOSPITAL);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

describe('Priyanka, retail pharmacist to healthcare data analyst, $800, 10 hours a week, 9 months', () => {
  it('credits her pharmacy reports, audits and team, reads both postings without boilerplate, and names SQL, Data cleaning and Tableau as her top gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('priyanka');
    expect(heard).toContain('you bring Reporting from "i pull reports from our pharmacy system all the time (dispensing, inventory)", Python (basic), Excel, People management');
    const skills = held(p.profile());
    expect(skills.get('python')).toBe('basic');
    for (const s of ['reporting', 'excel', 'people-management']) expect(skills.has(s)).toBe(true);
    expect(first).toContain('Posting 1 read: I found SQL, Tableau, Dashboard design, Excel, Data cleaning, Presenting, Data analysis and Healthcare.');
    expect(second).toContain('Posting 2 read: I found Health informatics, Reporting, SQL and Data cleaning.');
    for (const read of [first, second]) expect(read).not.toMatch(/401|pension|parking|dental|equal opportunity/i);
    expect(report).toContain('Here is your gap report for *Data analyst*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('"2+ years of experience in data analysis or a related field". That comes from doing the job, not from a course');
    expect(report).toContain('Skills they ask for that you have=Excel and Reporting');
    expect(report).toContain('Logistics and supply chain (you said "i do our inventory and the controlled substance audits every month")');
    expect(report).toContain('1. *SQL*: asked for in 100% of the postings, ahead of the next one because it is a core skill for this role');
    expect(report).toContain('2. *Data cleaning*: asked for in 100% of the postings');
    expect(report).toContain('3. *Tableau*: asked for in 50% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['sql', 'data-cleaning', 'tableau']);
    expect(report).toContain('An entry-level data analyst earns about $83,000 a year, and $64,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it.fails('names her PharmD and pharmacist licence as meeting what both postings ask for', async () => {
    const { report } = await throughGaps('priyanka-pharmd');
    expect(report).toMatch(/PharmD|pharmacist licen[cs]e/i);
  });

  it('reads her money and changed deadline, answers Tableau vs Power BI, picks Google then Tableau within $800, and dates every plan step', async () => {
    const { p } = await throughGaps('priyanka-pick');
    const offer = await p.say('pick credentials');
    expect(offer).toContain('your top gaps are SQL, Data cleaning and Tableau');
    await p.say('yes');
    await p.say('eight hundred dollars');
    expect(p.profile().budgetUsd).toBe(800);
    const age = await p.say('is SQL hard to learn at my age');
    expect(age).toContain("It's a fair worry, and no, you're not too old for this.");
    expect(age).toContain('tell your 16 years of work as strengths');
    expect(age).toContain('How many hours a week can you study?');
    await p.say('10 hours a week');
    await p.say('6 months');
    const changed = await p.say('actually make it 9 months not 6, i work full time');
    expect(changed).toContain('Deadline changed to Tuesday 7 September 2027, about 9 months from now.');
    await p.say("i make 128k, i know i'll take a cut");
    const both = await p.say('do i need Tableau AND Power BI?');
    expect(both).toContain('Probably not for you: *Microsoft Certified: Power BI Data Analyst Associate (PL-300)* teaches Power BI');
    expect(both).toContain('none of that is among the gaps I know of for data analyst roles');
    await p.say('yes');
    const picks = await p.say('yes');
    const google = pickBlock(picks, 'Google Data Analytics Professional Certificate');
    expect(google).toMatch(/^1\. /);
    expect(google).toContain('$294 in all, about 22 weeks at 10 hours a week.');
    expect(google).toContain('You pay $49 a month while you study: 6 months, $294.');
    expect(google).toContain('Covers SQL, Data cleaning and Tableau.');
    expect(pickBlock(picks, 'Tableau Desktop Specialist')).toContain('$100 in all, about 6 weeks at 10 hours a week (a planning estimate)');
    expect(picks).toContain('Recommended path: Start with Google Data Analytics Professional Certificate, which Tableau Desktop Specialist builds on, then Tableau Certified Data Analyst. $644 in all, within your $800 budget.');
    expect(picks).toContain('That is about $45,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(picks).toContain('Plan your savings for the gap before you switch.');

    const plan = await p.say('take the recommended stack');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credentials')).toBe('2026-12-07');
    // 22 weeks, then 6, then 10 from Monday 7 December 2026.
    expect(plan).toContain('Finish Google Data Analytics Professional Certificate by Monday 10 May 2027.');
    expect(plan).toContain('Finish Tableau Desktop Specialist by Monday 21 June 2027.');
    expect(plan).toContain('Finish Tableau Certified Data Analyst by Monday 30 August 2027.');
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-08-30');
    // 20 portfolio hours at 10 a week: 2 weeks; then 12 weeks of job search.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-09-13');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-09-13');
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-12-06');
    expect(plan).toContain('You can study Google Data Analytics Professional Certificate free: audit it, or apply for financial aid.');
    expect(plan).toContain('Your studying ends on Monday 30 August 2027, 1 week inside your deadline of Tuesday 7 September 2027.');
    expect(plan).toContain('Your portfolio piece would be done on Monday 13 September 2027, 1 week after your deadline');
    expect(plan).toContain('Analyse a public data set from your own field');
    expect(plan).toContain('10 hours a week: 5 sessions of about 2 hours');
  });

  it('answers "is SQL hard to learn at my age" about SQL, not only about age', async () => {
    const { p } = await throughGaps('priyanka-sql-age');
    await p.say('pick credentials');
    await p.say('yes');
    await p.say('eight hundred dollars');
    const age = await p.say('is SQL hard to learn at my age');
    // The reply should speak to SQL itself, and not point to a plan she does not have yet.
    expect(age.split('(Credential pick')[0]).toContain('SQL');
    expect(age).not.toContain('your plan dates the learning');
  });

  it('practice: her rambling audit story is asked for "I" and a number; the retry is praised for both and for her task', async () => {
    const p = await newUserAt(data, 'priyanka-practice', TODAY);
    await p.say('Priyanka');
    await p.say('practise interview answers');
    const role = await p.say('healthcare data analyst');
    expect(role).toContain("We'll practise for *Data analyst*");
    await p.say('just one');
    const question = await p.say('decisions with data');
    expect(question).toContain('(on decisions with data, as you asked)');
    const feedback = await p.say(RAMBLING);
    expect(feedback).toContain('Task=0');
    expect(feedback).toContain('1. You wrote "and we looked at everything": say what you did yourself');
    expect(feedback).toContain('2. You wrote "and the audit went fine in the end": add how much');
    await p.say('retry');
    const retry = await p.say(BETTER);
    expect(retry).toContain('Since your last try: 33 → 93 (+60).');
    expect(retry).toContain('You say "I" now where you said "we"');
    expect(retry).toContain('You say what you had to achieve now: "i was responsible for finding out why before the state audit"');
    expect(retry).toContain('Part scores: Task 0 → 5, Action 2 → 5, Result 2 → 4.');
  });
});
