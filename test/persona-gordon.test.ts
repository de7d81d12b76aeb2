import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, newUser as newUserAt } from './support/new-user.js';

/**
 * Gordon Pike, 57, bank branch manager for 25 years (a staff of twelve, compliance audits, loan reviews,
 * Excel), holds no certificate, aiming at GRC / compliance analyst. Budget $1,500, first 8 hours a week then
 * "actually 6 hours, not 8" mid-pick, nine months, earns $95,000. He writes formal full sentences and asks
 * "Is CISA realistic for me?" in the middle of the pick.
 *
 * What a coach signs and this test asserts: his audits, loan reviews, staff of twelve and Excel read; benefits
 * and EEO never read; security frameworks and risk management as his gaps, in that order; Finance named from
 * his job; entry pay from BLS (compliance officers, May 2024) with the $36,000 cut from $95,000 said plainly;
 * $1,500 read and the changed hours read as 6; Security+ ($404, about 17 weeks at 6 hours) as the SaaS
 * posting's preferred extra; every plan date at 6 hours a week (17 + 14 + 12 weeks from 7 December 2026) and
 * the job search four weeks past "nine months" (Tuesday 7 September 2027), with the fix offered.
 *
 * What a coach would not sign (written as `it.fails`):
 * - "Is CISA realistic for me?" gets "I don't have sourced figures for ISACA's CISA ... I can't give you its
 *   price or study time": he asked about fit, and the answer is ISACA's experience requirement (five years of
 *   audit, control or security work), which makes CISA a later step. data/credentials.json holds no sourced
 *   experience rule for CISA; the not-carried answer in flows/off-script-answers.ts answers first.
 * - The bank posting's "Perform compliance testing of ... controls" and "Support internal and external audits"
 *   are not read as Auditing and control testing (posting 1 finds only regulatory compliance, reporting, Excel,
 *   communication and attention to detail), so auditing shows as asked by 50% instead of 100%.
 * - The plan says of Security+ "Use Security frameworks and controls and Risk management in it: your
 *   credential does not teach them" and budgets 20 hours each to learn them from scratch: Security+ SY0-701
 *   covers security controls, governance and risk management (its fifth domain), so the credential's skill
 *   mapping in data/ understates what it teaches.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const BANK = `Compliance Analyst
Riverstone Community Bank (Columbus OH, hybrid)

Riverstone is seeking a Compliance Analyst to support our Compliance Management System.

Responsibilities:
- Perform compliance testing of BSA/AML, fair lending and consumer protection controls
- Monitor regulatory change and update policies and procedures
- Prepare findings and track remediation with branch and operations leaders
- Support internal and external audits and regulatory examinations
- Build reports in Excel

Requirements:
- 3+ years of banking, compliance or audit experience
- Strong written communication and attention to detail

Nice to have:
- CRCM or CAMS

We offer medical, dental and vision insurance, a 401(k) match and paid time off. Riverstone is an Equal Opportunity Employer.`;
const SAAS = `GRC Analyst
Ledgerly (fintech SaaS, remote US)

About the role: Ledgerly's Security & Compliance team is hiring a GRC Analyst.

What you will do:
- Coordinate SOC 2 Type II and ISO 27001 audits and gather evidence from control owners
- Run risk assessments and maintain the risk register
- Perform vendor security reviews
- Write and maintain security policies
- Track findings in Excel and our GRC tool

What we are looking for:
- 2+ years in compliance, audit or risk
- Working knowledge of SOC 2 and ISO 27001

Nice to have:
- CISA or Security+

Benefits: health insurance, 401(k), unlimited PTO. Ledgerly is an equal opportunity employer.`;
const SKILLS =
  'I have managed a branch with a staff of twelve for twenty-five years. I prepare for and lead our branch through the annual compliance audits, and I review loan files for regulatory compliance before they are approved. I use Excel every day for reports and trackers.';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Gordon Pike');
  await p.say('Find my skill gaps');
  await p.say('I am a bank branch manager.');
  await p.say('Twenty-five years.');
  await p.say('GRC analyst or compliance analyst');
  const heard = await p.say(SKILLS);
  const first = await p.say(BANK);
  const second = await p.say(SAAS);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

describe('Gordon, bank branch manager of 25 years to GRC analyst, $1,500, six hours a week, nine months', () => {
  it('reads his audits and Excel, both postings without their benefits, and ranks his gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('gordon');
    expect(heard).toContain('People management from "I have managed a branch with a staff of twelve for twenty-five years"');
    expect(heard).toContain('Auditing and control testing, Regulatory compliance, Excel');
    for (const read of [first, second]) expect(read).not.toMatch(/401\(k\)|PTO|equal opportunity|dental/i);
    expect(report).toContain('Here is your gap report for *GRC / compliance analyst*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('1. *Security frameworks and controls*: asked for in 50% of the postings');
    expect(report).toContain('2. *Risk management*: asked for in 50% of the postings');
    expect(gapIds(p.profile()).slice(0, 2)).toEqual(['security-frameworks', 'risk-management']);
    expect(report).toContain('Finance (from your job as *bank branch manager*)');
    expect(report).toContain('(BLS, May 2024)');
  });

  it.fails('reads the bank posting\'s compliance testing and audits as auditing and control testing', async () => {
    const { first } = await throughGaps('gordon3');
    expect(first).toContain('Auditing and control testing');
  });

  it('reads the changed hours, answers the CISA question, and dates the plan at six hours a week', async () => {
    const { p } = await throughGaps('gordon2');
    await p.say('pick credentials');
    await p.say('yes');
    await p.say('My budget is $1,500.');
    const cisa = await p.say('Is CISA realistic for me?');
    await p.say('8 hours a week.');
    await p.say('Actually 6 hours, not 8.');
    await p.say('within nine months');
    await p.say('I earn $95,000 a year.');
    await p.say('yes');
    const picks = await p.say('yes');
    expect(p.profile().budgetUsd).toBe(1500);
    expect(picks).not.toMatch(/\bNaN\b|undefined/);
    expect(cisa).toContain('One of your 2 postings prefers it.');
    expect(p.profile().hoursPerWeek).toBe(6);
    expect(picks).toContain('CompTIA Security+: $404 in all, about 17 weeks at 6 hours a week (a planning estimate).');
    expect(picks).toContain('That is about $36,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    const plan = await p.say('Choose CompTIA Security+ (SY0-701)');
    expect(plan).toContain('You chose *CompTIA Security+ (SY0-701)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 80-120 hours (about 100) at 6 a week: 17 weeks.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-04-05');
    // 80 hours for the piece at 6 a week: 14 more weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-07-12');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-07-12');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-10-04');
    expect(plan).toContain('Your job search would run to Monday 4 October 2027, 4 weeks after your deadline.');
    expect(plan).toContain('study about 7 hours a week instead of 6, or move your deadline to Monday 4 October 2027');
    expect(plan).not.toMatch(/\bNaN\b|undefined/);
  });

  it.fails('answers "Is CISA realistic for me?" with what ISACA asks first, not only a missing price', async () => {
    const { p } = await throughGaps('gordon4');
    await p.say('pick credentials');
    await p.say('yes');
    await p.say('My budget is $1,500.');
    const cisa = await p.say('Is CISA realistic for me?');
    expect(cisa).toMatch(/experience/i);
  });

  it.fails('does not tell him Security+ leaves out security controls and risk management', async () => {
    const { p } = await throughGaps('gordon5');
    for (const line of ['pick credentials', 'yes', '$1,500', '6 hours a week', 'nine months', '$95,000', 'yes', 'yes']) await p.say(line);
    const plan = await p.say('Choose CompTIA Security+ (SY0-701)');
    expect(plan).toContain('You chose *CompTIA Security+ (SY0-701)*');
    expect(plan).not.toContain('your credential does not teach them');
  });
});
