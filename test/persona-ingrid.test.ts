import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Ingrid, 48, casino surveillance officer for 20 years (200+ cameras a shift, cheating and fraud patterns,
 * incident reports for the gaming regulator, access-control log reviews, trained new staff, worked with
 * police), aiming at SOC analyst. She passed ISC2 Certified in Cybersecurity (CC) in 2026. Budget "$300 now,
 * employer might reimburse later", "10 hours a week", "8 months", earns "52,000". She pastes an MSSP SOC
 * Analyst Tier 1 posting (Splunk SIEM alerts, phishing triage, tickets, 24/7 shifts, "Security+ required
 * within 90 days of hire") and a hospital Junior Security Analyst posting (log review, playbooks, Nessus,
 * Windows and Linux basics, "CySA+ a plus"), and asks "my CC counts for anything or was it a waste",
 * "security+ or cysa+ first?" and "ok so whats the catch with shift work".
 *
 * What a coach signs and this test asserts: her incident reports credited as reporting and her CC held,
 * never offered again, its skills counted at a basic level; benefits and EEO text never read; "0-2 years in IT or
 * security" read as no minimum, so no experience ask, and networking as a skill both postings ask for; networking,
 * Windows and SIEM as the top gaps; entry pay from BLS with its source and period; Google Cybersecurity studied
 * free first, then Security+ at $404, said as $104 over her $300, and
 * required "within 90 days of hire" (she can be hired without it); CySA+ said as preferred with no price
 * invented; "yes, it counts" for her CC, made for
 * cybersecurity analyst jobs of which SOC analyst is one, and preferred by one posting, never "apply without it"; an honest "my notes don't cover it" on shift work; every plan date
 * (20 + 10 study weeks, 40 portfolio hours at 10 a week, 12 weeks of job search, "8 months" as Saturday 7
 * August 2027) with the misses said and the hours that would fit; practice feedback that asks for "I" over
 * "we" and a longer story, and a retry that says what improved; no certificate she never named (nor her
 * story's cloned door badge) credited as evidence.
 *
 * What a coach would not sign today (the small, clear ones are `it.fails` below):
 * - "security+ or cysa+ first?" gets no answer in words: only that CySA+ has no sourced price and comes
 *   after Security+. A coach says Security+ first, and why (required by one posting, CySA+ only a plus).
 * - "review access control logs for badge anomalies" is credited as identity and access management only,
 *   not as log analysis, which her MSSP posting asks for; spotting fraud patterns on 200+ cameras and
 *   investigations with police are not credited at all (security monitoring, incident investigation).
 * - The weak practice answer has no result, yet the coach praises "kept recording on all cameras" as what
 *   changed and asks her to add "how much" to it, instead of saying what is missing: how it ended.
 * - Not kept as tests: the pay line says "about $40,000 a year more than you earn now" from the information
 *   security analysts' 25th percentile ($92,000), while Tier 1 SOC jobs at an MSSP often start well below
 *   that (no sourced figure in data/ to assert); "employer might reimburse later" is never taken up (ask the
 *   MSSP to pay for the Security+ it requires); the practice bank has no "tell me about a time you noticed something
 *   others missed", a staple of SOC interviews; plan step 4 names Splunk with no pointer to its free edition.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const MSSP =
  'SOC Analyst - Tier 1 (Night/Weekend Rotation). About us: we are a managed security services provider (MSSP) protecting 150+ clients around the clock. Responsibilities: monitor and triage SIEM alerts in Splunk, investigate and triage reported phishing emails, create and update incident tickets and escalate to Tier 2, follow runbooks for common alert types, document findings clearly for client reports. Requirements: 0-2 years in IT or security, basic understanding of networking (TCP/IP, DNS) and Windows event logs, able to work 24/7 shift rotation including nights, weekends and holidays. CompTIA Security+ required within 90 days of hire. Nice to have: ISC2 CC, SQL or Python. Benefits: medical, dental, vision, 401k match, shift differential. We are an equal opportunity employer.';
const HOSPITAL =
  'Junior Security Analyst - Regional Health System. Duties: review security logs and alerts from firewalls, endpoints and servers, take part in incident response following our playbooks, run vulnerability scans with Nessus and track remediation with IT teams, support access reviews for clinical systems, help with HIPAA security awareness. Requirements: working knowledge of Windows and Linux basics, understanding of networking fundamentals, strong written communication. CySA+ a plus. Benefits: PTO, tuition reimbursement, pension. EEO employer.';
const SKILLS =
  'ok so 20 yrs casino surveillance - watch 200+ cameras a shift, spot cheating and fraud patterns (card counting teams, past posting, employee theft), write incident reports for the gaming regulator, review access control logs for badge anomalies, trained new surveillance staff, worked with police on investigations. passed ISC2 CC this year';
const PROCEDURE_WEAK = 'we had a fire alarm once and we followed the evacuation procedure for the surveillance room, kept recording on all cameras.';
const PROCEDURE_BETTER =
  'In 2021 a dealer collapsed at a high limit table at 2am and I was the senior officer on the surveillance desk. My job was to run our medical emergency procedure while keeping the game secure. I called security and EMTs first, then I locked 3 cameras on the table and the chips, and I logged every step with the time as I went, like the checklist says. EMTs were there in 4 minutes, the dealer recovered, the chip count matched to the dollar ($84,500) and the regulator accepted my report with no follow-up questions.';
const NOTICED =
  'ok so in 2019 I was reviewing our access control logs and noticed one cage cashier badge opening the count room door at 3am on nights she was not on the schedule - 4 times in 6 weeks. nobody had flagged it because each entry alone looked normal. I pulled the camera footage for all 4 times, matched it to the badge logs and saw a different person using her badge. I wrote it up for my manager and the gaming regulator, and we worked with police. the badge had been cloned, we recovered $38,000 and the casino changed to badge plus PIN on all 12 restricted doors.';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Ingrid');
  await p.say('skill gaps');
  await p.say('casino surveillance officer');
  await p.say('20 years');
  await p.say('soc analyst');
  const heard = await p.say(SKILLS);
  const first = await p.say(MSSP);
  const second = await p.say(HOSPITAL);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('$300 now, employer might reimburse later');
  await p.say('10 hours a week');
  await p.say('8 months');
  await p.say('52,000');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, picks };
}

async function throughWeakAnswer(user: string) {
  const { p } = await throughPick(user);
  await p.say('1');
  await p.say('practice');
  await p.say('2');
  const question = await p.say('let the coach choose');
  expect(await p.say(PROCEDURE_WEAK)).toContain('Keep going, or say `done` for feedback.');
  const weak = await p.say('done');
  return { p, question, weak };
}

describe('Ingrid, casino surveillance to SOC analyst, CC held, $300, ten hours a week, 8 months', () => {
  it('credits her reports and her CC, reads both postings without benefits, and names networking, Windows and SIEM as the top gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('ingrid');
    expect(heard).toContain('Reporting from "write incident reports for the gaming regulator"');
    expect(heard).toContain('You already hold ISC2 Certified in Cybersecurity (CC), so I won\'t suggest it again.');
    expect(heard).toContain('Cybersecurity (basic), Network security (basic), Security operations (basic), Business continuity and disaster recovery (basic) and Incident response (basic)');
    expect(first).toContain('Posting 1 read: I found SIEM, Splunk, Technical documentation, Reporting, Computer networking, Microsoft Windows, Log analysis and SQL or Python (a plus).');
    expect(second).toContain('Vulnerability management');
    for (const text of [first, second, report]) expect(text).not.toMatch(/401k|dental|pension|tuition|shift differential|equal opportunity|EEO/i);
    expect(held(p.profile()).get('incident-response')).toBe('basic');
    expect(report).toContain('Here is your gap report for *SOC analyst*. Demand is from the 2 postings you pasted.');
    // Both postings ask for networking basics ("basic understanding of networking (TCP/IP, DNS)", "networking fundamentals").
    expect(report).toContain('1. *Computer networking*: asked for in 100% of the postings');
    expect(report).toContain('2. *Microsoft Windows*: asked for in 100% of the postings');
    expect(report).toContain('3. *SIEM*: asked for in 50% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['networking', 'windows', 'siem']);
    expect(report).toContain('Also deepen Incident response: you have the basics, and it is a core skill for this role.');
    expect(report).toContain('An entry-level SOC analyst earns about $92,000 a year, and $70,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('does not read "0-2 years in IT or security" as experience the postings ask for', async () => {
    const { report } = await throughGaps('ingrid-years');
    expect(report).not.toContain('Your postings also ask for time in the work');
  });

  it.fails('credits "review access control logs for badge anomalies" as log analysis', async () => {
    const { p } = await throughGaps('ingrid-logs');
    expect(held(p.profile()).has('log-analysis')).toBe(true);
  });

  it('starts her on Google Cybersecurity free, then Security+ at $404 over her $300, with CySA+ unpriced and the pay from BLS', async () => {
    const { offer, picks } = await throughPick('ingrid-pick');
    expect(offer).toContain('your top gaps are Computer networking, Microsoft Windows and SIEM');
    const google = pickBlock(picks, 'Google Cybersecurity Professional Certificate');
    expect(google).toMatch(/^1\. /);
    expect(google).toContain('free to study');
    expect(google).toContain('about 20 weeks at 10 hours a week (a planning estimate)');
    expect(google).toContain('You can study it free (audit) or apply for financial aid.');
    const secplus = pickBlock(picks, 'CompTIA Security+ (SY0-701)');
    expect(secplus).toMatch(/^2\. /);
    expect(secplus).toContain('$404 in all, about 10 weeks at 10 hours a week (a planning estimate)');
    // $404 - $300 = $104.
    expect(secplus).toContain('$104 over your $300 budget');
    expect(secplus).toContain('renewal $150 when each 3-year cycle ends ($50 a year)');
    // CC is not the Network+ CompTIA recommends: it leads to Security+, nothing more.
    expect(secplus).toContain('You hold ISC2 Certified in Cybersecurity (CC), which leads to it;');
    expect(secplus).not.toContain('you meet that part');
    expect(picks).not.toContain('*ISC2 Certified in Cybersecurity');
    expect(picks).toContain('Recommended path: Start with Google Cybersecurity Professional Certificate, which CompTIA Security+ (SY0-701) builds on.');
    expect(picks).toContain('One of your postings prefers CompTIA CySA+: you can apply without it, and having it puts you ahead. I have no sourced price or study time for CompTIA CySA+');
    // $92,000 - $52,000.
    expect(picks).toContain('That is about $40,000 a year more than you earn now');
    expect(picks).toContain('(BLS, May 2024)');
  });

  it('says Security+ "required within 90 days of hire" is needed after hiring, not to apply', async () => {
    const { p, picks } = await throughPick('ingrid-90-days');
    const secplus = pickBlock(picks, 'CompTIA Security+ (SY0-701)');
    expect(secplus).not.toContain('without it, an application there can be screened out');
    expect(secplus).toContain('One of your postings requires CompTIA Security+ within 90 days of hire: you can be hired without it, but must pass it soon after');
    expect(await p.say('my CC counts for anything or was it a waste')).not.toContain('screened out');
  });

  it('answers whether her CC counts, stays honest about shift work, and dates every plan step', async () => {
    const { p } = await throughPick('ingrid-plan');
    const cc = await p.say('my CC counts for anything or was it a waste');
    expect(cc).toContain('Yes, it counts: you hold *ISC2 Certified in Cybersecurity (CC)*');
    expect(cc).toContain('It is made for cybersecurity analyst jobs, and SOC analyst is one of them, so put it near the top of your resume.');
    expect(cc).toContain('One of your 2 postings prefers it: you have it, so name it where they will see it.');
    expect(cc).not.toContain('you can apply without it');
    expect(cc).toContain('45 continuing-education credits every 3 years');
    const first = await p.say('security+ or cysa+ first?');
    expect(first).toContain('CompTIA puts it after Security+');
    expect(first).not.toContain('$');
    const shifts = await p.say('ok so whats the catch with shift work');
    expect(shifts).toContain("my notes don't cover it");
    expect(shifts).not.toContain("That isn't one of the options");

    const plan = await p.say('1');
    expect(plan).toContain('You chose *Google Cybersecurity Professional Certificate* and *CompTIA Security+ (SY0-701)*.');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credentials')).toBe('2026-12-07');
    // Google: 20 weeks from 7 December 2026 is 26 April 2027; Security+: 10 more weeks, 5 July 2027.
    expect(plan).toContain('Finish Google Cybersecurity Professional Certificate by Monday 26 April 2027.');
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-07-05');
    // 40 portfolio hours (20 + 20 for Windows, the one top gap her credentials do not teach) at 10 a week: 4 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-08-02');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-08-02');
    // Twelve weeks of job search: 84 days after 2 August.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-10-25');
    // "8 months" from 7 December 2026 is Saturday 7 August 2027; 5 July is 33 days (4 whole weeks) before it.
    expect(plan).toContain('Your studying ends on Monday 5 July 2027, 4 weeks inside your deadline of Saturday 7 August 2027.');
    expect(plan).toContain('Your job search would run to Monday 25 October 2027, 12 weeks after your deadline.');
    expect(plan).toContain('study about 17 hours a week instead of 10, or move your deadline to Monday 25 October 2027');
    expect(plan).toContain('Use Microsoft Windows in it: your credentials do not teach it.');
    expect(plan).toContain('10 hours a week: 5 sessions of about 2 hours');
    const status = await p.say('status');
    expect(status).toContain('Budget=$300');
    expect(status).toContain('Credentials you hold=ISC2 Certified in Cybersecurity (CC)');
  });

  it.fails('answers "security+ or cysa+ first?" with Security+ first', async () => {
    const { p } = await throughPick('ingrid-which-first');
    expect(await p.say('security+ or cysa+ first?')).toMatch(/Security\+ first|start with (CompTIA )?Security\+/i);
  });

  it('does not tell a CC holder aiming at SOC analyst that CC is not made for SOC roles', async () => {
    const { p } = await throughPick('ingrid-cc');
    expect(await p.say('my CC counts for anything or was it a waste')).not.toContain('rather than SOC analyst ones');
  });

  it('asks for "I" and a longer story on a weak answer, and says what improved on the retry', async () => {
    const { p, question, weak } = await throughWeakAnswer('ingrid-practice');
    expect(question).toContain('"Describe a time you had to follow a procedure under pressure, or noticed that a procedure was wrong."');
    expect(weak).toContain('*Question 1 of 2: 16/100*');
    expect(weak).toContain('2. You wrote "and we followed the evacuation procedure for the surveillance room": say what you did yourself');
    expect(weak).toContain('takes about 9 s to say, and a story an interviewer can follow takes 1-2 minutes');
    await p.say('retry');
    const better = await p.say(PROCEDURE_BETTER);
    expect(better).toContain('Since your last try: 16 → 93 (+77).');
    expect(better).toContain('You say "I" now where you said "we": "I called security and EMTs first".');
    expect(better).toContain('Your result is there now, with a number: "the chip count matched to the dollar');
    expect(better).toContain('You say what you had to achieve now');
    expect(better).toContain('End by linking');
  });

  it('says the weak answer has no result instead of praising an action as one', async () => {
    const { weak } = await throughWeakAnswer('ingrid-no-result');
    expect(weak).not.toContain('You say what changed because of it: "kept recording on all cameras"');
  });

  it('never credits a certificate she did not name as evidence in her story', async () => {
    const { p } = await throughWeakAnswer('ingrid-evidence');
    await p.say('retry');
    await p.say(PROCEDURE_BETTER);
    const story = await p.say('one more question');
    expect(story).toContain('"Walk me through why you are moving into tech now');
    expect(await p.say(NOTICED)).not.toContain('You use your Google Cybersecurity Professional Certificate as evidence');
  });
});
