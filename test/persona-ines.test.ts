/**
 * Inés Morales, 49, school bus dispatcher for 15 years, aiming at data analyst. She runs the routing software,
 * radio dispatch and driver schedules, and builds the weekly Excel route reports (pivot tables, VLOOKUP). She
 * holds no credential. Budget "maybe 200", "5 hrs a week", "a year", earns 46000. She pastes a school district
 * data analyst posting and a logistics junior analyst posting (both with benefits and EEO boilerplate) and asks
 * "is google data analytics enough to get hired?" in the middle of the pick.
 *
 * What a coach signs and this test asserts: Excel and reporting heard from her own words; both postings read
 * without their benefits; SQL, dashboard design and data analysis as the top gaps; entry pay with BLS source
 * and period; "maybe 200" read as $200; the Google certificate shown $339 over her budget with its audit and
 * financial-aid route; a $99 first pick inside the budget; every plan date (study to 18 January 2027, the
 * portfolio piece to 12 April, job search to 5 July), 46 weeks inside her one-year deadline, 3 sessions a week.
 *
 * What a coach would not sign (most serious first):
 * - "is google data analytics enough to get hired?" is answered with what the certificate is, never with the
 *   answer she asked for: on its own, no; with SQL practice and a portfolio piece from her own route data, it
 *   can be. A coach says so plainly.
 * - The return sentence promises "about $37,000 a year more than you earn now" from the data scientist 25th
 *   percentile, and never says the low end ($64,000) for a first offer.
 * - The routing software and driver schedules she has run for 15 years are not heard at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, newUser as newUserAt } from './support/new-user.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING1 = `Data Analyst - Lakeview Unified School District, Transportation and Operations
Duties: build and maintain reports and dashboards in Excel and Tableau; write SQL queries against the student information and routing databases; clean and validate data; present findings to department heads.
Requirements: 2 years of experience with data analysis. Advanced Excel (pivot tables, VLOOKUP). SQL. Experience with Tableau or Power BI.
Benefits: medical, dental, pension. Lakeview USD is an Equal Opportunity Employer.`;
const POSTING2 = `Junior Data Analyst - Metro Logistics Group
We are looking for a detail-oriented analyst to join our operations team. You will use SQL and Python to analyze delivery and routing data, build Power BI dashboards, and communicate insights to stakeholders.
Requirements: bachelor's degree or equivalent experience; SQL; Excel; Power BI; Python a plus.
We offer 401(k), paid time off and a collaborative culture. Equal opportunity employer.`;
const SKILLS =
  'i run the routing software for 60 buses, radio dispatch, build driver schedules, and i make the excel route reports every week, pivot tables and vlookups mostly';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('ines');
  await p.say('skill gaps');
  await p.say('school bus dispatcher');
  await p.say('fifteen years');
  await p.say('data analyst');
  const heard = await p.say(SKILLS);
  const first = await p.say(POSTING1);
  const second = await p.say(POSTING2);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('credentials');
  const a = await p.say('yes');
  const b = await p.say('maybe 200');
  const q = await p.say('is google data analytics enough to get hired?');
  const c = await p.say('5 hrs a week');
  const d = await p.say('a year');
  const e = await p.say('46000');
  const f = await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, a, b, q, c, d, e, f, picks };
}

describe('Inés, school bus dispatcher to data analyst, "maybe 200", 5 hours a week, a year', () => {
  it('hears her Excel reports, reads both postings without benefits, and names SQL, dashboards and analysis as the gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('ines-gaps');
    expect(heard).toContain('Reporting from "i make the excel route reports every week"');
    expect(heard).toContain('Excel');
    expect(first).toContain('Posting 1 read: I found Reporting, Dashboard design, Excel, Tableau, SQL, Data cleaning, Presenting and Data analysis.');
    expect(second).toContain('Posting 2 read:');
    expect(second).toContain('Power BI');
    expect(first + second).not.toMatch(/pension|dental|401\(k\)|equal opportunity/i);
    expect(report).toContain('Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Excel and Reporting');
    expect(report).toContain('1. *SQL*: asked for in 100% of the postings');
    expect(report).toContain('2. *Dashboard design*: asked for in 100% of the postings');
    expect(report).toContain('3. *Data analysis*: asked for in 100% of the postings');
    expect(gapIds(p.profile())[0]).toBe('sql');
    expect(report).toContain('An entry-level data analyst earns about $83,000 a year, and $64,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('keeps to her $200, says what the Google certificate costs, and dates every plan step', async () => {
    const { p, q, picks } = await throughPick('ines-pick');
    expect(q).toContain('*Google Data Analytics Professional Certificate*');
    expect(q).toContain('None of the postings you gave me names it');
    expect(picks).toMatch(/1\. \*Microsoft Certified: Azure Data Fundamentals \(DP-900\)\*: \$99 in all, about 6 weeks at 5 hours a week/);
    expect(picks).toContain('$339 over your $200 budget');
    expect(picks).toContain('You can study it free (audit) or apply for financial aid.');
    expect(picks).toContain('Recommended path: Start with Microsoft Certified: Azure Data Fundamentals (DP-900). $99 in all, within your $200 budget.');
    expect(picks).toContain('That is about $37,000 a year more than you earn now; it costs $99, so it pays back within your first month in the new job.');
    const plan = await p.say('1');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-01-18');
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-04-12');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-04-12');
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-07-05');
    expect(plan).toContain('Your studying ends on Monday 18 January 2027, 46 weeks inside your deadline of Tuesday 7 December 2027.');
    expect(plan).toContain('5 hours a week: 3 sessions of about 1.5 hours');
  });

  // Cause: the question is routed to src/credentials/credential-answers.ts:employers, which says who recognises the
  // certificate and whether her postings name it, but has no sentence for "is it enough to get hired".
  it.fails('answers "is google data analytics enough to get hired?" with a plain answer: not on its own', async () => {
    const { q } = await throughPick('ines-enough');
    expect(q).toMatch(/on its own|alone|not enough|by itself/i);
  });
});
