import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Darnell, 44, long-haul truck driver for 20 years, aiming at IT support / help desk. He fixes the family's
 * PCs and laptops, has reinstalled Windows many times, set up and fixes the home wifi router, built his own
 * gaming PC, and deals with dispatchers and customers all day; no certificates. Budget "zero rn, maybe 200 in
 * a few months" (then "0"), "ten hours a week", "6 months", earns "about 61k". He pastes one Tier 1 help desk
 * posting (Windows 10/11, Active Directory password resets, ServiceNow tickets, Microsoft 365 set-ups,
 * "CompTIA A+ preferred"; benefits and EEO boilerplate) and asks "is A+ worth it or nah".
 *
 * What a coach signs and this test asserts: his home PC and wifi work credited as hardware, Windows,
 * troubleshooting, technical support and networking; Active Directory and ServiceNow as the gaps that are
 * left (small, learnt on the job); benefits never read; entry pay from BLS with source and period and the
 * pay cut from his $61,000 said plainly; his two budget numbers asked back; "ten hours" read; A+ answered as
 * an application booster the posting prefers (not new skills for him), its $506 said as over his $0 budget;
 * "6 months" as Monday 7 June 2027, and every plan date (13 study weeks, 100 portfolio hours at 10 a week,
 * 12 weeks of job search), with the job search's 9 weeks past his deadline and the 17 hours a week that fit it all.
 *
 * What a coach would not sign today (left out, or written as `it.fails` where small and clear):
 * - (Fixed) At a $0 budget the only pick was CompTIA A+ at $506: the free way in below an exam his posting
 *   names was no candidate, since it covers none of his gaps. Now the path starts with Google IT Support,
 *   studied free (audit or financial aid), and the A+ exam comes later, when his $200 and more come in
 *   (toward-named.ts), and the pick says it is free to study and the free way towards the A+. Still, the catalog
 *   has no sourced free route for Active Directory, Microsoft 365 or ServiceNow (Microsoft Learn, a ServiceNow
 *   developer instance).
 * - "anything cheaper?" offers ISC2 Certified in Cybersecurity "more than your $0 budget" while saying
 *   "earning it is free", for a cybersecurity role, covering Active Directory "in part": not a help desk
 *   answer.
 * - Plan step 4 asks for a portfolio piece "that uses Active Directory, ServiceNow and Microsoft Office" with
 *   no pointer to how to get them for free at home (Windows Server evaluation, ServiceNow developer instance).
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING =
  'IT Support Specialist / Help Desk Technician (Tier 1). Responsibilities: provide first-line support to 300 users by phone, email and walk-up, troubleshoot Windows 10/11 desktops and laptops, reset passwords and unlock accounts in Active Directory, log and track every request in ServiceNow, set up new hires with Microsoft 365 and printers, escalate network issues to Tier 2. Requirements: high school diploma, good customer service, able to lift 50 lbs. CompTIA A+ preferred. Benefits: medical, dental, 401k, PTO. Equal opportunity employer.';
const SKILLS =
  'i fix all the familys pcs and laptops, reinstalled windows a bunch of times, set up our home wifi router and fix it when it drops, built my own gaming pc from parts, 20 years driving truck so i deal with dispatchers and customers all day';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Darnell');
  await p.say('1');
  await p.say('long haul truck driver');
  await p.say('twenty years');
  await p.say('it support / help desk');
  const heard = await p.say(SKILLS);
  const first = await p.say(POSTING);
  const report = await p.say('done');
  return { p, heard, first, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('Pick credentials worth it');
  await p.say('yes');
  const budget = await p.say('zero rn, maybe 200 in a few months');
  await p.say('0');
  await p.say('ten hours a week');
  await p.say('6 months');
  await p.say('about 61k');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, budget, picks };
}

describe('Darnell, truck driver to IT support, $0 now, ten hours a week, 6 months', () => {
  it('credits his home PC and wifi work, reads the posting without benefits, and leaves Active Directory and ServiceNow as small gaps', async () => {
    const { p, heard, first, report } = await throughGaps('darnell');
    expect(heard).toContain('Computer networking from "set up our home wifi router and fix it when it drops"');
    const skills = held(p.profile());
    for (const s of ['computer-hardware', 'technical-support', 'troubleshooting', 'networking', 'windows']) expect(skills.has(s)).toBe(true);
    expect(first).toContain('Active Directory');
    expect(first).toContain('ServiceNow');
    expect(first).not.toMatch(/401k|PTO|equal opportunity/i);
    expect(report).toContain('Here is your gap report for *IT support specialist*. Demand is from the 1 posting you pasted.');
    expect(report).toContain('Skills they ask for that you have=Microsoft Windows, Technical support, Troubleshooting, Computer networking and Computer hardware');
    expect(report).toContain('1. *Active Directory*: asked for in 100% of the postings');
    expect(report).toContain('2. *ServiceNow*: asked for in 100% of the postings');
    const gaps = gapIds(p.profile());
    expect(gaps.slice(0, 2)).toEqual(['active-directory', 'servicenow']);
    expect(gaps).not.toContain('troubleshooting');
    expect(gaps).not.toContain('networking');
    expect(report).toContain('An entry-level IT support specialist earns about $48,000 a year, and $39,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('credits "i deal with dispatchers and customers all day" as customer service', async () => {
    const { p } = await throughGaps('darnell-customers');
    expect(held(p.profile()).has('customer-service')).toBe(true);
  });

  it('asks back his two budget numbers, answers "is A+ worth it or nah", says the pay cut, and dates every plan step', async () => {
    const { p, offer, budget, picks } = await throughPick('darnell-pick');
    expect(offer).toContain('your top gaps are Active Directory, ServiceNow and Microsoft Office');
    expect(budget).toContain('I read two numbers, 0 and 200');
    expect(p.profile().budgetUsd).toBe(0);
    const aplus = pickBlock(picks, 'CompTIA A+');
    expect(aplus).toContain('$506 in all, about 13 weeks at 10 hours a week (a planning estimate)');
    expect(aplus).toContain('Over your budget');
    expect(aplus).toContain('Your posting prefers CompTIA A+: you can apply without it');
    expect(picks).toContain('That is about $13,000 a year less than you earn now');
    expect(picks).toContain('Plan your savings for the gap before you switch.');

    const worth = await p.say('is A+ worth it or nah');
    expect(worth).toContain('For your applications more than your skills');
    expect(worth).toContain('so for you most of the study is exam preparation, not new skills');
    expect(worth).toContain('more than your $0 budget');
    expect(worth).toContain('about 13 weeks at your 10 hours a week');
    expect(worth).not.toContain("my notes don't cover it");

    const cheaper = await p.say('anything cheaper?');
    expect(cheaper).toContain('least costly');
    const long = await p.say('how long will that take me');
    expect(long).toContain('*Google IT Support Professional Certificate*: about 26 weeks at your 10 hours a week');
    expect(long).toContain('inside your deadline');

    // He chooses the A+ he asked about, the second pick after the free route to it.
    const plan = await p.say('2');
    expect(plan).toContain('You chose *CompTIA A+*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 13 weeks of study at ten hours a week.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-03-08');
    // 100 hours for the portfolio piece at 10 a week: 10 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-05-17');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-05-17');
    // Twelve weeks of job search after the portfolio piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-08-09');
    expect(plan).toContain('Your studying ends on Monday 8 March 2027, 13 weeks inside your deadline of Monday 7 June 2027.');
    // At 17 hours a week: 8 weeks of study, 6 of the piece and 12 of job search, 26 weeks to 7 June; at 16, 9 + 7 + 12.
    expect(plan).toContain('Your job search would run to Monday 9 August 2027, 9 weeks after your deadline. To fit it all, study about 17 hours a week instead of 10, or move your deadline to Monday 9 August 2027.');
    expect(plan).toContain('10 hours a week: 5 sessions of about 2 hours');
    expect(plan).not.toContain('date to be set');
    const status = await p.say('status');
    expect(status).toContain('Budget=$0');
    expect(status).toContain('Study time=10 hours a week');
  });

  it('at a $0 budget starts him on a free route and puts the $506 A+ exam later', async () => {
    const { picks } = await throughPick('darnell-free');
    const first = pickBlock(picks, 'Google IT Support Professional Certificate');
    expect(first).toMatch(/^1\. /);
    expect(first).toContain('You can study it free (audit) or apply for financial aid.');
    expect(first).toContain('It leads to CompTIA A+, which your postings ask for by name');
    expect(first).toContain('*Google IT Support Professional Certificate*: free to study,');
    expect(first).toContain('Covers none of your gaps: it is here as the free way to study towards CompTIA A+.');
    expect(pickBlock(picks, 'CompTIA A+')).toMatch(/^2\. /);
    expect(picks).toContain('Recommended path: Start with Google IT Support Professional Certificate. CompTIA A+, which your postings ask for by name, can come later');
    expect(picks).toContain('Nothing to pay now; study Google IT Support Professional Certificate free (audit or financial aid).');
    expect(picks).toContain('CompTIA A+, $506 in all');
    expect(picks).not.toMatch(/within your \$0 budget/);
  });
});
