import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt } from './support/new-user.js';

/**
 * Fatima Haddad, 49, paralegal at a mid-size law firm for 17 years, aiming at GRC (governance, risk and
 * compliance) analyst in tech. She drafts and reviews contracts, prepares regulatory filings, handles the
 * firm's GDPR subject-access requests, keeps the document-retention policy, runs the conflicts database,
 * trained four junior paralegals and prepares the annual compliance audit checklist with the partners; she
 * uses Excel daily and holds no IT certificate. She types formally, sometimes two questions in one message.
 * Budget "around $400, perhaps a little more if it is worth it", 6 hours a week ("I have two teenagers"),
 * "within nine months", earns $71,000. She pastes a GRC Analyst posting from a SaaS company (SOC 2, ISO
 * 27001, risk assessments, vendor security reviews, policies, Excel, Vanta or OneTrust, "CISA or Security+"
 * nice to have) and a Compliance Analyst posting from a fintech (regulatory change, control testing, audit
 * evidence, "SQL basics" nice to have), both with benefits and EEO boilerplate. She asks "Is CISA realistic
 * for someone like me?", "Would my legal background count for anything?" and "What is the cheapest way to
 * learn ISO 27001?", and answers a priorities question first at length without its outcome, then with it.
 *
 * What a coach signs and this test asserts: her GDPR requests read as regulatory compliance, her retention
 * policy as documentation, her audit checklist as GRC and as auditing at a basic level (still her first gap, to
 * deepen), Excel held; benefits and EEO never read; auditing and
 * control testing, security frameworks and risk management as the top gaps, in that order; her legal career
 * named as a strength; the "2+ years in compliance, audit, risk" line kept out of the gaps; entry pay from
 * BLS (compliance officers, May 2024) with the pay cut from $71,000 said gently; $400 and 6 hours read;
 * Security+ ($404, about 17 weeks) and CISA shown as the SaaS posting's preferred extras; every plan date
 * for Security+ at 6 hours a week inside or past "nine months" (Tuesday 7 September 2027) as counted below;
 * the practice feedback: the missing result first, quoting her closing sentence, then what improved; "Would my
 * legal background count for anything?" answered yes, with Legal from her job and her GDPR requests and retention
 * policy as the work to lead with; "What is the cheapest way to learn ISO 27001?" answered about ISO 27001 (no course
 * on it alone; the courses that teach security frameworks, free routes first), not with an unrelated certificate.
 *
 * What a coach would not sign today (left out, or written as `it.fails` where small and clear):
 * - "Is CISA realistic for someone like me?" gets "I don't have sourced figures for ISACA's CISA ... I can't
 *   give you its price or study time": the question is about the experience ISACA asks (five years of
 *   information-systems audit, control or security work, some of it waivable), which makes CISA a later
 *   step for her, not a first one. The person answers now read it (flows/off-script-person.ts: what a
 *   credential asks first, against her 17 years), but the not-carried answer in flows/off-script-answers.ts
 *   is tried before them, and data/credentials.json holds no sourced experience rule for CISA yet, so the
 *   coach cannot say "five years" until one is added with its source. Asked with the legal question in one
 *   message, the not-carried answer takes the whole message, so the second is still not answered there.
 * - The pick says of auditing, security frameworks and risk management "For tools and ways of working like
 *   these a credential would add little": they are the role's core competencies, not tools; and the catalog
 *   has no sourced ISO 27001 course or free framework route (NIST CSF is free to read).
 * - Security+ is shown as "$404 in all, about 17 weeks" without what CompTIA recommends first (Network+ and
 *   about two years of IT administration with a security focus), and without saying it is $4 over her $400
 *   (inside the "little more" she allowed). "trained four junior paralegals" (training
 *   and mentoring others) is not read either.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const SAAS = `GRC Analyst
Cloudlane (B2B SaaS, hybrid, Austin TX or remote US)

About the role: Cloudlane is looking for a GRC Analyst to join our Security & Trust team. You will help us maintain our SOC 2 Type II report and ISO 27001 certification and support our customers' security questionnaires.

What you will do:
- Coordinate the annual SOC 2 Type II and ISO 27001 surveillance audits, gathering evidence from control owners
- Run risk assessments and maintain the risk register
- Perform vendor security reviews for new and existing suppliers
- Write and update security policies and procedures
- Maintain our GRC tooling (Vanta, OneTrust) and track remediation of findings
- Build reports and trackers in Excel

What we are looking for:
- 2+ years in compliance, audit, risk or a related field
- Working knowledge of SOC 2 and ISO 27001
- Strong written communication and attention to detail
- Proficiency with Excel

Nice to have:
- CISA or Security+
- Experience with GRC tools like Vanta or OneTrust

Benefits: medical, dental and vision, 401(k) match, 20 days PTO, learning stipend.
Cloudlane is an equal opportunity employer and does not discriminate on the basis of race, religion, sex, age or disability.`;
const FINTECH = `Compliance Analyst
Brightpay (fintech, New York NY, hybrid)

Brightpay is hiring a Compliance Analyst to support our growing compliance program.

Responsibilities:
- Monitor regulatory change and assess its impact on our products and policies
- Perform control testing and document the results
- Collect and organize audit evidence for internal and external audits
- Maintain compliance policies and training records
- Work with legal, product and operations on remediation

Requirements:
- Bachelor's degree or equivalent experience
- 3+ years of experience in compliance, legal or audit
- Excellent written communication and organization

Nice to have:
- SQL basics
- Experience in financial services

We offer competitive salary, equity, health insurance and a hybrid schedule. Brightpay is an Equal Opportunity Employer.`;
const SKILLS =
  "I have drafted and reviewed commercial contracts and prepared regulatory filings for seventeen years. I handle the GDPR subject access requests for the firm from start to finish. I maintain the firm's document retention policy and run the conflicts database. I have trained four junior paralegals, and each year I prepare the annual compliance audit checklist with the partners. I use Excel every day for trackers.";
// Her first answer: long and formal, with what she did but never how it ended.
const WITHOUT_RESULT =
  'In my role as a paralegal I am frequently required to balance several matters at once. On one occasion two partners each asked me to prepare urgent documents for the same deadline: one needed a regulatory filing to be submitted to the state agency and the other needed a set of contract amendments for a client closing. I first spoke with both partners to understand the exact deadlines and what each matter truly required. I then prepared a schedule for the day, delegated the proofreading of the amendments to one of the junior paralegals I had trained, and kept both partners informed of my progress throughout the afternoon. I believe that clear communication is essential in such situations.';
const WITH_RESULT =
  "In March 2024 two partners each asked me, on the same morning, for urgent work due by five o'clock: a regulatory filing for the state insurance department and a set of contract amendments for a client closing. I was responsible for both. I spoke with each partner to confirm the real deadlines, learned the closing could move to ten the next morning, and agreed that order with both of them. I prepared the filing myself, delegated the first proofread of the amendments to a junior paralegal I had trained, and sent both partners a short update at two o'clock. As a result the filing was submitted at four fifteen, forty-five minutes early, the amendments were signed at the closing the next morning with no corrections, and the partners adopted my update email as the template for shared deadlines.";

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Fatima Haddad');
  await p.say('Find my skill gaps');
  await p.say('I am a paralegal at a mid-size law firm.');
  await p.say('Seventeen years.');
  await p.say('GRC analyst (governance, risk and compliance) in a technology company');
  const heard = await p.say(SKILLS);
  const first = await p.say(SAAS);
  const second = await p.say(FINTECH);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('Around $400, perhaps a little more if it is worth it.');
  await p.say('6 hours a week, I have two teenagers');
  await p.say('within nine months');
  await p.say('I earn $71,000 a year.');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, picks };
}

describe('Fatima, paralegal of 17 years to GRC analyst, $400, six hours a week, nine months', () => {
  it('reads her compliance work, both postings without their benefits, and ranks auditing, frameworks and risk first', async () => {
    const { p, heard, first, second, report } = await throughGaps('fatima');
    expect(heard).toContain('Regulatory compliance from "I handle the GDPR subject access requests for the firm from start to finish"');
    expect(heard).toContain('Technical documentation from "I maintain the firm\'s document retention policy');
    const skills = held(p.profile());
    for (const s of ['regulatory-compliance', 'documentation', 'excel', 'governance-risk-compliance']) expect(skills.has(s)).toBe(true);
    for (const read of [first, second]) expect(read).not.toMatch(/401\(k\)|PTO|equal opportunity|equity|health insurance/i);
    expect(first).toContain('Security frameworks and controls');
    expect(second).toContain('SQL (a plus)');

    expect(report).toContain('Here is your gap report for *GRC / compliance analyst*. Demand is from the 2 postings you pasted.');
    // Her audit checklist is auditing at a basic level: credited, and still the first gap, to deepen.
    expect(report).toContain('Skills they ask for that you have=Auditing and control testing (basic), Technical documentation, Governance, risk and compliance (GRC) and Excel');
    expect(report).toContain('Strengths you bring from your career=Legal (from your job as *paralegal*)');
    // Years in the work are said plainly and kept out of the gaps.
    expect(report).toContain('"2+ years in compliance, audit, risk or a related field"');
    expect(report).toContain('1. *Auditing and control testing* (you have the basics: deepen it): asked for in 100% of the postings');
    expect(report).toContain('2. *Security frameworks and controls*: asked for in 50% of the postings');
    expect(report).toContain('3. *Risk management*: asked for in 50% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['auditing', 'security-frameworks', 'risk-management']);
    expect(report).toContain(
      'An entry-level GRC / compliance analyst earns about $59,000 a year, and $46,000 at the low end: the 25th and 10th percentiles for compliance officers, the nearest occupation BLS surveys (BLS, May 2024).',
    );
  });

  it('credits "the annual compliance audit checklist" as auditing, not only as GRC', async () => {
    const { p } = await throughGaps('fatima-audit');
    expect(held(p.profile()).has('auditing')).toBe(true);
  });

  it('names each skill of her first posting once', async () => {
    const { first } = await throughGaps('fatima-twice');
    expect(first.match(/Risk management/g)).toHaveLength(1);
  });

  it('reads $400 and six hours, shows Security+ and CISA as the posting asks them, says the pay cut, and dates the Security+ plan', async () => {
    const { p, offer, picks } = await throughPick('fatima-pick');
    expect(offer).toContain('your top gaps are Auditing and control testing, Security frameworks and controls and Risk management');
    expect(p.profile().budgetUsd).toBe(400);
    expect(p.profile().hoursPerWeek).toBe(6);
    expect(picks).toContain('One of your postings prefers CompTIA Security+ or ISACA\'s CISA: you can apply without either, and having one puts you ahead.');
    expect(picks).toContain('CompTIA Security+: $404 in all, about 17 weeks at 6 hours a week (a planning estimate).');
    expect(picks).toContain("I have no sourced price or study time for ISACA's CISA: check ISACA's CISA page.");
    // $71,000 now against about $59,000 to start.
    expect(picks).toContain('That is about $12,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(picks).toContain('(BLS, May 2024)');
    expect(picks).not.toMatch(/\bNaN\b|undefined/);

    const plan = await p.say('Choose CompTIA Security+ (SY0-701)');
    expect(plan).toContain('You chose *CompTIA Security+ (SY0-701)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // About 100 hours of study (80-120) at 6 a week: 17 weeks from 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-04-05');
    // 100 hours for the risk-assessment piece at 6 a week: 17 more weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-08-02');
    expect(plan).toContain('Write a sample risk assessment for a made-up small company against a public framework (NIST CSF or ISO 27001)');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-08-02');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-10-25');
    // Nine months from 7 December 2026 is Tuesday 7 September 2027: 22 weeks after 5 April, and 25 October is 48 days (7 weeks) past it.
    // At 8 hours a week: 13 + 13 + 12 = 38 weeks, to 30 August 2027, inside it; at 7: 15 + 15 + 12 = 42 weeks, past it.
    expect(plan).toContain('Your studying ends on Monday 5 April 2027, 22 weeks inside your deadline of Tuesday 7 September 2027.');
    expect(plan).toContain(
      'Your job search would run to Monday 25 October 2027, 7 weeks after your deadline. To fit it all, study about 8 hours a week instead of 6, or move your deadline to Monday 25 October 2027.',
    );
    expect(plan).toContain('6 hours a week: 3 sessions of about 2 hours');
    expect(plan).not.toContain('date to be set');
  });

  it.fails('answers "Is CISA realistic for someone like me?" with the experience ISACA asks', async () => {
    const { p } = await throughPick('fatima-cisa');
    const cisa = await p.say('Is CISA realistic for someone like me?');
    expect(cisa).toMatch(/five years|5 years/);
  });

  it.fails('answers both questions of "Is CISA realistic for someone like me? Would my legal background count for anything?"', async () => {
    const { p } = await throughPick('fatima-both');
    const both = await p.say('Is CISA realistic for someone like me? Would my legal background count for anything?');
    expect(both).toContain('Yes, it counts');
  });

  it('answers "Would my legal background count for anything?" from what she told it', async () => {
    const { p } = await throughPick('fatima-legal');
    const legal = await p.say('Would my legal background count for anything?');
    expect(legal).not.toContain("my notes don't cover it");
    expect(legal).toContain('Yes, it counts: your 17 years as *paralegal* bring Legal, a strength your gap report names.');
    expect(legal).toContain('Regulatory compliance ("I handle the GDPR subject access requests for the firm from start to finish")');
  });

  it('answers "What is the cheapest way to learn ISO 27001?" about ISO 27001', async () => {
    const { p } = await throughPick('fatima-iso');
    const iso = await p.say('What is the cheapest way to learn ISO 27001?');
    expect(iso).toContain('My catalog has no course on ISO 27001 alone; it files it under Security frameworks and controls.');
    expect(iso).not.toContain('Google Project Management');
  });

  it('asks first for the outcome her long answer leaves out, then says what her retry added', async () => {
    const { p } = await throughGaps('fatima-practice');
    expect(await p.say('practice')).toContain("We'll practise for *GRC / compliance analyst*");
    await p.say('two');
    const asked = await p.say('competing priorities');
    expect(asked).toContain('*Question 1 of 2* (on priorities and deadlines, as you asked)');
    const weak = await p.say(WITHOUT_RESULT);
    const weakScore = Number(/Question 1 of 2: (\d+)\/100/.exec(weak)?.[1]);
    expect(weakScore).toBeLessThan(60);
    expect(weak).toContain('Result=0');
    // The missing outcome first, quoting the sentence she ends on; the long set-up second; at most three.
    expect(weak).toContain('1. You end on "I believe that clear communication is essential in such situations": say what changed because of it');
    expect(weak).toMatch(/2\. Your set-up, from "In my role as a paralegal I am frequently required to balance\.\.\.", takes \d+% of the answer/);
    expect(weak).not.toMatch(/^4\. /m);

    expect(await p.say('retry')).toContain('try 2');
    const better = await p.say(WITH_RESULT);
    const betterScore = Number(/try 2: (\d+)\/100/.exec(better)?.[1]);
    expect(betterScore).toBeGreaterThan(80);
    expect(better).toContain(`Since your last try: ${weakScore} → ${betterScore} (+${betterScore - weakScore}).`);
    expect(better).toContain('You say when and where it happened now: "In March 2024 two partners each asked me');
    expect(better).toContain('Your result is there now, with a number: "forty-five minutes early"');
    expect(better).toContain('A good answer now.');
    expect(better).not.toMatch(/^3\. /m);
  });
});
