import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Dmitri Volkov, 55, high-school physics teacher for 28 years, aiming at QA / software testing. He designs
 * lab experiments and checks every step before students run them, writes detailed lab procedures, grades
 * with rubrics, runs the robotics club (Arduino, a bit of Python), keeps the department's equipment
 * inventory in Google Sheets and has reported bugs in the school's gradebook software "many times, with
 * screenshots". No certificates. English is his second language ("i am working as teacher 28 years").
 * Budget "maybe 250 dollars", "8 hours a week", "by september, when school year starts i want to be gone",
 * earns $64,000. He pastes one QA Analyst posting (manual and some automated testing of a web app, test
 * cases and bug reports in Jira, regression testing, SQL to check data, Selenium or Cypress a plus, Agile
 * team, ISTQB Foundation preferred; benefits and EEO boilerplate) and asks "ISTQB is needed or not?",
 * "i am 55. they will hire old teacher?" and "how much i will earn first year?".
 *
 * What a coach signs and this test asserts: his lab procedures credited as technical documentation, his
 * robotics Python as basic, his gradebook bug reports as basic software testing to deepen; SQL, Jira and
 * Scrum (the posting's Agile team) as the top gaps, SQL first as the core one; benefits and EEO never read;
 * entry pay from BLS with source and period, $16,000 more than his $64,000 and the low end $3,000 less;
 * "maybe 250 dollars" as $250 and "by september" as Wednesday 1 September 2027; every plan date (4 study
 * weeks, 80 portfolio hours at 8 a week, 12 weeks of job search) and a portfolio piece that is a tester's
 * (test plan, bug reports, a few automated checks); practice feedback that asks first for the result and
 * for "I" instead of "we", and a retry that names both as improved; "i am 55. they will hire old teacher?"
 * answered as an age worry, not refused as "not one of the options"; "ISTQB is needed or not?" answered from
 * his posting (preferred: he can apply without it) though the catalog has no figures for it; "customer-facing
 * web application" not read as a demand for customer service; and no retry suggestion to name Python in the
 * step where he used Google Sheets.
 *
 * What a coach would not sign today (left out, or written as `it.fails` where small and clear):
 * - The picks for a QA analyst are two Scrum Master certificates (PSM I, then CSM "price unknown"), because
 *   the catalog has no testing credential: the ISTQB Certified Tester Foundation Level his posting prefers
 *   is named only as "no sourced price or study time". A coach starts him on ISTQB Foundation (the exam fits
 *   his $250), with a free SQL course beside it; a Scrum Master badge is not a tester's first step.
 * - "equipment inventory in google sheets" is read as Logistics and supply chain, and "found and reported
 *   bugs in school gradebook software" is credited as Software testing with no quote of his words as evidence.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING =
  'QA Analyst. About the role: join our Agile product team testing a customer-facing web application. Responsibilities: perform manual and some automated testing of new features, write and maintain test cases, log clear bug reports in Jira and verify fixes, run regression testing before each release, use SQL to check data in the database, take part in sprint planning and daily stand-ups. Requirements: 1+ year testing experience or equivalent, attention to detail, good written communication. Nice to have: exposure to Selenium or Cypress a plus. ISTQB Foundation preferred. Benefits: medical, dental, vision, 401(k) match, 15 days PTO, hybrid work. We are an Equal Opportunity Employer; all qualified applicants will receive consideration without regard to age, race, sex or disability.';
const SKILLS =
  'i am working as teacher 28 years. i design lab experiments and check every step before students run them, i write detailed lab procedures, i grade with rubrics. i run school robotics club with arduino and bit of python. i keep department equipment inventory in google sheets. i found and reported bugs in school gradebook software many times, with screenshots';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Dmitri');
  await p.say('find my skill gaps');
  await p.say('high school physics teacher');
  await p.say('28 years');
  await p.say('qa engineer / software tester');
  const heard = await p.say(SKILLS);
  const first = await p.say(POSTING);
  const report = await p.say('done');
  return { p, heard, first, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('maybe 250 dollars');
  await p.say('8 hours a week');
  await p.say('by september, when school year starts i want to be gone');
  await p.say('64000');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, picks };
}

/** The numbered suggestions under a practice feedback heading. */
const suggestions = (feedback: string) => feedback.split('\n').filter((l) => /^\d\. /.test(l));

describe('Dmitri, physics teacher of 28 years to QA analyst, $250, eight hours a week, by September', () => {
  it('credits his procedures, Python and bug reports, leaves SQL, Jira and Scrum as the top gaps, and says entry pay with its source', async () => {
    const { p, heard, first, report } = await throughGaps('dmitri');
    expect(heard).toContain('Technical documentation from "i write detailed lab procedures"');
    const skills = held(p.profile());
    expect(skills.get('python')).toBe('basic');
    expect(skills.get('software-testing')).toBe('basic');
    expect(first).toContain('Jira');
    expect(first).toContain('SQL');
    expect(first).toContain('Selenium (a plus)');
    expect(first).not.toMatch(/401\(k\)|PTO|equal opportunity|hybrid/i);
    expect(report).toContain('Here is your gap report for *QA / test engineer*. Demand is from the 1 posting you pasted.');
    expect(report).toContain('1. *SQL*: asked for in 100% of the postings, ahead of the next one because it is a core skill for this role');
    expect(report).toContain('2. *Jira*: asked for in 100% of the postings');
    expect(report).toContain('3. *Scrum*: asked for in 100% of the postings');
    expect(report).toContain('Also deepen Software testing: you have the basics, and it is a core skill for this role.');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['sql', 'jira', 'scrum']);
    expect(report).toContain('An entry-level QA / test engineer earns about $80,000 a year, and $61,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('does not count "customer-facing web application" as a demand for customer service', async () => {
    const { report } = await throughGaps('dmitri-customer');
    expect(report).not.toContain('Customer service=100');
  });

  it.fails('quotes "found and reported bugs in school gradebook software" as his evidence of software testing', async () => {
    const { heard } = await throughGaps('dmitri-bugs');
    expect(heard).toMatch(/Software testing[^;]* from "i found and reported bugs in school gradebook software/);
  });

  it('reads his budget, hours and "by september", says the pay against his $64,000, and dates every plan step', async () => {
    const { p, offer, picks } = await throughPick('dmitri-pick');
    expect(offer).toContain('your top gaps are SQL, Jira and Scrum');
    expect(p.profile().budgetUsd).toBe(250);
    expect(picks).toContain('Your posting prefers the ISTQB Certified Tester Foundation Level: you can apply without it');
    expect(picks).toContain('That is about $16,000 a year more than you earn now');
    expect(picks).toContain('A first offer at the low end, though, would be about $3,000 less than you earn now');
    expect(picks).not.toContain('over your budget');

    const pay = await p.say('how much i will earn first year?');
    expect(pay).toContain('An entry-level QA / test engineer earns about $80,000 a year, and $61,000 at the low end');
    expect(pay).toContain('(BLS, May 2024)');

    const plan = await p.say('Choose Professional Scrum Master I (PSM I)');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // PSM I, about 4 weeks at 8 hours a week: 7 Dec 2026 + 28 days.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-01-04');
    // 80 portfolio hours at 8 a week: 10 weeks after 4 Jan 2027.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-03-15');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-03-15');
    // Twelve weeks of job search after the portfolio piece: 15 Mar + 84 days, inside his September deadline.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-06-07');
    // 4 Jan to 1 Sep 2027 is 240 days: 34 whole weeks.
    expect(plan).toContain('Your studying ends on Monday 4 January 2027, 34 weeks inside your deadline of Wednesday 1 September 2027.');
    expect(plan).toContain('write a test plan, file clear bug reports for what you find, and automate a handful of checks');
    expect(plan).toContain('8 hours a week: 4 sessions of about 2 hours');
    const status = await p.say('status');
    expect(status).toContain('Budget=$250');
    expect(status).toContain('Study time=8 hours a week');
  });

  it.fails('starts a QA analyst on the ISTQB Foundation his posting prefers, not a Scrum Master certificate', async () => {
    const { picks } = await throughPick('dmitri-istqb');
    expect(pickBlock(picks, 'ISTQB Certified Tester Foundation Level')).toMatch(/^1\. /);
  });

  it('answers "ISTQB is needed or not?" with what his posting says: preferred, not required', async () => {
    const { p } = await throughPick('dmitri-needed');
    expect(await p.say('ISTQB is needed or not?')).toContain('you can apply without it');
  });

  it('answers "i am 55. they will hire old teacher?" instead of calling it not an option', async () => {
    const { p } = await throughPick('dmitri-age');
    expect(await p.say('i am 55. they will hire old teacher?')).not.toContain("That isn't one of the options");
  });

  it('coaches his gradebook story: the result and "I" first, then names both as improved on the retry', async () => {
    const { p } = await throughGaps('dmitri-practice');
    expect(await p.say('practice')).toContain("We'll practise for *QA / test engineer*");
    expect(await p.say('1')).toContain('(Interview practice 2/3)');
    expect(await p.say('Let the coach choose')).toContain('"Describe a time you found an error in a report or spreadsheet that people were already using."');
    await p.say('in our school we have gradebook software. i see one time the average of student is wrong, we check and the program count empty homework like zero. we write to support with screenshots and they fix it');
    const weak = await p.say('done');
    expect(suggestions(weak)[0]).toContain('1. You end on "and they fix it": say what changed because of it, with a number if you can');
    expect(suggestions(weak)[1]).toContain('2. You wrote "in our school we have gradebook software": say what you did yourself, with "I"');
    expect(suggestions(weak).length).toBeLessThanOrEqual(3);

    expect(await p.say('Retry this question')).toContain('try 2');
    const better = await p.say(
      'our school gradebook program, i notice that average grade of one student is wrong. other teachers not see it. i make table in google sheets with same grades and compare, i find program count empty homework as zero. i write bug report with steps and screenshots to vendor. they fix in next update, 140 students grades was corrected, in my classes 9 students go up one letter grade.',
    );
    const [, before, after] = /Since your last try: (\d+) → (\d+)/.exec(better) ?? [];
    expect(Number(after)).toBeGreaterThan(Number(before));
    expect(better).toContain('Your result is there now, with a number: "in my classes 9 students go up one letter grade".');
    expect(better).toContain('You say "I" now where you said "we": "i make table in google sheets with same grades and compare".');
    expect(better).toMatch(/At about \d+ s spoken, this is short: an interviewer expects 1-2 minutes\./);
    expect(suggestions(better).length).toBeLessThanOrEqual(3);
  });

  it('does not suggest he name Python in a story where he used Google Sheets', async () => {
    const { p } = await throughGaps('dmitri-python');
    await p.say('practice');
    await p.say('1');
    await p.say('Let the coach choose');
    await p.say('in our school we have gradebook software. i see one time the average of student is wrong, we check and the program count empty homework like zero. we write to support with screenshots and they fix it');
    await p.say('done');
    await p.say('Retry this question');
    const better = await p.say(
      'our school gradebook program, i notice that average grade of one student is wrong. other teachers not see it. i make table in google sheets with same grades and compare, i find program count empty homework as zero. i write bug report with steps and screenshots to vendor. they fix in next update, 140 students grades was corrected, in my classes 9 students go up one letter grade.',
    );
    expect(better).not.toContain('You know Python');
  });
});
