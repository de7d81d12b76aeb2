import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Sven Lindqvist, 58, industrial electrician for 30 years at a water utility: troubleshoots Allen-Bradley PLCs,
 * answers SCADA alarms, wires and configures the network switches in the control panels, does lockout/tagout and
 * writes incident reports. He holds OSHA 30 and a state journeyman licence, and passed ISC2 CC in 2025. He wants
 * cybersecurity analyst, "OT/ICS security at a utility IDEALLY": $800, "seven hrs a week", "no rush. well, before
 * im 60" then "2 years then", earns $88,000. He pastes a water authority's OT Security Analyst posting (ICS/SCADA,
 * segmentation, firewalls, log monitoring, Security+ required within 6 months of hire, GICSP preferred; pension,
 * EEO and background-check boilerplate) and a managed-security SOC Analyst I posting (Splunk SIEM, alert triage,
 * incident tickets, Security+ preferred; perks and EEO boilerplate). Mid-pick he asks "does my CC count" and
 * "security+ or something ICS specific first?", then practises a pump-station outage story.
 *
 * What a coach signs and this test asserts: his PLCs, switches and incident reports heard in his words; his CC
 * acknowledged, its ground counted at a basic level and never recommended back; OSHA 30 left out; both postings
 * read without their boilerplate; SIEM and log analysis among his top gaps, industrial control systems and
 * networking not; entry pay from BLS with source and period; "does my CC count" answered yes, with Security+ as
 * the one his postings name; "before im 60" asked back as months, and "2 years then" read as Thursday 7 December
 * 2028; Security+ ($404, 15 weeks at 7 hours) said to be required within 6 months of hire by one posting, his 30
 * years counted toward its experience; GICSP said to be outside the coach's notes, with no invented figures;
 * every plan date for Security+; the rambling "we" story asked for "I" and the task, the retry's gains named.
 *
 * What a coach would not sign today (most harmful first; the small, clear ones are `it.fails`):
 * - The recommended path starts on Google's Cybersecurity certificate (28 weeks, a beginner programme that
 *   covers CC's ground) before Security+, 43 weeks of study in all, though the report told him "no long
 *   programme needed" and he already holds CC, which leads to Security+. A coach: go straight to Security+.
 * - "is GICSP worth it" is answered about the Google certificate ("It could be: *Google Cybersecurity
 *   Professional Certificate* fits your gaps").
 * - "security+ or something ICS specific first?" gets "I couldn't read a number in that." at the deadline and
 *   "That isn't one of the options." at the picks; with "should i do" in front it is answered about Security+
 *   alone, never about the ICS-specific half (GICSP, which his OT posting prefers).
 * - The BLS low end ($70,000) is $18,000 under his $88,000, but with the typical start "about what you earn
 *   now" the low end is never said; the OT posting's own $78,000-$96,000 is not used either.
 * - "SIEM (Splunk)" is one demand, yet SIEM and Splunk are two of his three top gaps.
 * - "Keep it current: keep it with 45 continuing-education credits": a doubled phrase.
 * - Practice: the retry, which ends on the rule he proposed (nothing plugs into a control panel without a work
 *   order) and zero unknown devices since, is still told "say what you learned and what you do differently now".
 * - Not kept as tests: his 30 years meet the OT posting's "3 years of experience with industrial control
 *   systems, SCADA, or IT networking", which the report never says (it quotes only the SOC posting's "1+ year in
 *   IT, networking or security"); "Many cybersecurity analyst jobs ask for a degree" though neither posting does;
 *   the first feedback never says to cut the contractor-and-meetings tangent.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING_OT = `OT Security Analyst - Tri-County Water Authority
Tri-County Water Authority provides clean drinking water and wastewater treatment to 400,000 residents across three counties.
Position summary: The OT Security Analyst protects the Authority's operational technology, including SCADA systems, PLCs and HMIs at treatment plants and pump stations.
Essential duties:
- Monitor and analyze logs and alerts from ICS/SCADA networks and respond to security events
- Design and maintain network segmentation between the business network and the control system network
- Configure and review firewall rules and access control lists at plant and remote sites
- Maintain an inventory of OT assets and support vulnerability assessments
- Work with operations and maintenance staff on secure remote access and change control
Minimum qualifications:
- 3 years of experience with industrial control systems, SCADA, or IT networking
- CompTIA Security+ required within 6 months of hire
- Valid state driver's license
Preferred: GIAC Global Industrial Cyber Security Professional (GICSP), familiarity with ISA/IEC 62443.
Salary: $78,000 - $96,000. Benefits include a defined-benefit pension, medical, dental, vision and paid holidays.
Tri-County Water Authority is an Equal Opportunity Employer. Candidates must pass a background check.`;
const POSTING_SOC = `SOC Analyst I - Meridian Managed Security Services
About us: Meridian is a fast-growing managed security provider protecting 200+ mid-size businesses. We are proud to be a Great Place to Work certified company.
What you'll do:
- Monitor and triage security alerts in our SIEM (Splunk)
- Investigate suspicious activity and escalate confirmed incidents to Tier 2
- Document every investigation in incident tickets (ServiceNow)
- Follow incident response playbooks and shift handoff procedures
What you bring:
- 1+ year in IT, networking or security
- Understanding of TCP/IP, common ports and protocols
- CompTIA Security+ preferred
- Willingness to work rotating shifts including nights and weekends
Perks: remote-friendly, 401(k) match, unlimited PTO, free snacks.
Meridian is an equal opportunity employer and does not discriminate on the basis of race, religion, sex, age, disability or veteran status.`;
const SKILLS =
  'troubleshoot PLCs, allen bradley mostly. SCADA alarms, i answer them. wire and configure the network switches in the control panels, LOCKOUT/TAGOUT, write incident reports when something trips. have osha 30 and state journeyman licence. passed the isc2 CC in 2025';
const RAMBLING =
  'ok so. couple years back, maybe three, we had a pump station drop off SCADA in the middle of the night, and the operators were calling me because the screens went grey for that whole station. so we drove out there, me and the other guy on call, it was raining like crazy. first we thought it was the radio link because that happens with those old radios, we checked the antenna and the radio was fine. then we looked at the PLC, it was in run, no faults. turned out it was the switch in the panel, somebody from a contractor had plugged a laptop in for a firmware thing and left it and it was looping the network or something, broadcast storm i think, lights going nuts. we pulled it and power cycled the switch and things came back. took a while honestly. then there was the whole thing with the contractor after, my boss was NOT happy and there were a lot of meetings about it and emails. anyway we got it back and the station was fine, no spill or anything, water kept flowing mostly';
const BETTER =
  'Two years ago our main pump station dropped off SCADA at 2 am and the operators had no eyes on the wet well. I was the on-call electrician, so I had to get the station back on SCADA before the well overflowed. I drove out, traced the fault to the panel switch, found a contractor laptop left plugged in that was flooding the network, pulled it, and brought the PLC back on SCADA. The station was back online in 40 minutes with no overflow. I wrote the incident report and proposed a rule that nothing plugs into a control panel without a work order; we have had zero unknown devices on that network since.';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('sven');
  await p.say('skill gaps');
  await p.say('industrial electrician, water utility');
  await p.say('thirty years');
  await p.say('cybersecurity analyst. OT/ICS security at a utility IDEALLY');
  const heard = await p.say(SKILLS);
  const ot = await p.say(POSTING_OT);
  const soc = await p.say(POSTING_SOC);
  const report = await p.say('done');
  return { p, heard, ot, soc, report };
}

/** Up to the deadline question, with "does my CC count" asked at the hours. */
async function toDeadline(user: string) {
  const { p } = await throughGaps(user);
  await p.say('credentials');
  await p.say('yes');
  await p.say('800 bucks');
  const cc = await p.say('does my CC count');
  await p.say('seven hrs a week');
  return { p, cc };
}

async function throughPick(user: string) {
  const { p, cc } = await toDeadline(user);
  const sixty = await p.say('no rush. well, before im 60');
  await p.say('2 years then');
  await p.say('88k');
  await p.say('NO. i can pay');
  const picks = await p.say('yes thats fine');
  return { p, cc, sixty, picks };
}

describe('Sven, water-utility electrician with ISC2 CC to OT security analyst, $800, 7 hours a week, 2 years', () => {
  it('hears his PLC and switch work, keeps his CC, reads both postings without boilerplate, and names SIEM and log analysis as gaps', async () => {
    const { p, heard, ot, soc, report } = await throughGaps('sven');
    expect(heard).toContain('Troubleshooting and Industrial control systems from "troubleshoot PLCs"');
    expect(heard).toContain('Reporting from "write incident reports when something trips"');
    expect(heard).toContain('Computer networking from "wire and configure the network switches in the control panels"');
    expect(heard).toContain("You already hold ISC2 Certified in Cybersecurity (CC), so I won't suggest it again.");
    expect(heard).toContain('Network security (basic)');
    expect(heard).toContain('I left out osha 30: worth having, but not tech skills.');
    expect(p.profile().credentialsHeld).toEqual([{ id: 'isc2-cc', evidence: 'passed the isc2 CC in 2025' }]);
    expect(held(p.profile()).get('network-security')).toBe('basic');

    expect(ot).toContain('Posting 1 read: I found Industrial control systems, Log analysis, Network security, Firewalls');
    expect(ot).not.toMatch(/pension|dental|equal opportunity|background check|driver/i);
    expect(soc).toContain('Posting 2 read: I found Security operations, SIEM, Technical documentation, ServiceNow, Incident response and Computer networking.');
    expect(soc).not.toMatch(/401|snacks|great place|discriminate/i);

    expect(report).toContain('Here is your gap report for *Cybersecurity analyst*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Computer networking, Incident response (basic, from your ISC2 Certified in Cybersecurity), Industrial control systems');
    expect(report).toContain('1. *SIEM*: asked for in 50% of the postings');
    const gaps = gapIds(p.profile());
    expect(gaps.slice(0, 3)).toEqual(expect.arrayContaining(['siem', 'log-analysis']));
    expect(gaps).not.toContain('industrial-control-systems');
    expect(gaps).not.toContain('networking');
    expect(report).toContain('An entry-level cybersecurity analyst earns about $92,000 a year, and $70,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('answers "does my CC count", reads "before im 60" back, and puts Security+ on the list with its terms, cost and his experience', async () => {
    const { p, cc, sixty, picks } = await throughPick('sven-pick');
    expect(cc).toContain('Yes, it counts: you hold *ISC2 Certified in Cybersecurity (CC)*, it is on your profile, and I never suggest it to you again.');
    expect(cc).toContain('The one your postings name is *CompTIA Security+ (SY0-701)*');
    expect(cc).toContain('How many hours a week can you study?');
    // He never said his age or birthday: the coach says what it read and asks for months.
    expect(sixty).toContain('I read 60 as your age, but this question asks for a number of months.');

    const secPlus = pickBlock(picks, 'CompTIA Security+ (SY0-701)');
    expect(secPlus).toContain('$404 in all, about 15 weeks at 7 hours a week (a planning estimate)');
    expect(secPlus).toContain('One of your postings requires CompTIA Security+ within 6 months of hire: you can be hired without it, but must pass it soon after');
    expect(secPlus).toContain('One of your postings prefers CompTIA Security+');
    expect(secPlus).toContain('You hold ISC2 Certified in Cybersecurity (CC), which leads to it; your 30 years as an industrial electrician count toward it');
    expect(picks).toContain('- ISC2 Certified in Cybersecurity (CC): you already hold it.');
    expect(picks).toContain('within your $800 budget');
    expect(picks).toContain('That is about what you earn now, so the switch is about the same pay at entry');

    const first = await p.say('should i do security+ or something ICS specific first?');
    expect(first).toContain('one of your postings requires CompTIA Security+ within 6 months of hire');
    expect(first).toContain('within your $800 budget');
    expect(first).toContain('about 15 weeks at your 7 hours a week');
    const gicsp = await p.say('whats GICSP');
    expect(gicsp).toContain("I don't have sourced figures for GIAC's Global Industrial Cyber Security Professional (GICSP)");
    expect(gicsp).toContain('One of your 2 postings prefers it.');
    expect(gicsp).not.toMatch(/\$\d|\d+ (?:hours|weeks)/);

    const status = await p.say('status');
    expect(status).toContain('Budget=$800');
    expect(status).toContain('Hours a week=7');
    expect(status).toContain('Current pay=$88,000 a year');
    expect(status).toContain('Credentials you hold=ISC2 Certified in Cybersecurity (CC)');
  });

  it('dates every step of his Security+ plan from today, well inside the two years he gave', async () => {
    const { p } = await throughPick('sven-plan');
    const plan = await p.say('Security+');
    expect(plan).toContain('You chose *CompTIA Security+ (SY0-701)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 100 hours (the middle of 80-120) at 7 a week: 15 weeks from Monday 7 December.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-03-22');
    // 40 hours for the piece and 20 for each of SIEM, log analysis and firewalls: 100 hours, 15 more weeks.
    expect(plan).toContain('Use SIEM, Log analysis and Firewalls in it: your credential does not teach them.');
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-07-05');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-07-05');
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-09-27');
    // "2 years then": 24 months from Monday 7 December 2026.
    expect(plan).toContain('Your studying ends on Monday 22 March 2027, 89 weeks inside your deadline of Thursday 7 December 2028.');
    expect(plan).toContain('7 hours a week: 4 sessions of about 2 hours');
    expect(plan).not.toContain('after your deadline');
  });

  it('practice: the rambling "we" outage story is asked for "I" and the task, and the retry is praised for both and its result', async () => {
    const { p } = await throughGaps('sven-practice');
    await p.say('practice');
    await p.say('one');
    const question = await p.say('let the coach choose');
    expect(question).toContain('"Tell me about a time something you were responsible for broke. What did you do in the first hour?"');
    const weak = await p.say(RAMBLING);
    expect(weak).toContain('*Question 1 of 1: 61/100*');
    expect(weak).toContain('Situation=5, Task=0');
    expect(weak).toContain('1. You wrote "so we drove out there": say what you did yourself: "I drove out there and I ..."');
    expect(weak).toContain('say what you had to achieve: "My goal was to ..." or "I was responsible for ..."');
    expect(weak.split('\n').filter((l) => /^\d\. /.test(l)).length).toBeLessThanOrEqual(3);

    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 61 → 93 (+32).');
    expect(better).toContain('You say "I" now where you said "we": "I drove out".');
    expect(better).toContain('You measured the result now: "The station was back online in 40 minutes with no overflow".');
    expect(better).toContain('Part scores: Task 0 → 5');
    expect(better).toContain('A good answer now.');
  });

  // Cause: src/credentials/best-stack.ts bestStack: longStart only counts a beginner's certificate as a long
  // start when a fundamentals exam among the candidates leads to the named rung (shortWays); his held CC,
  // whose next step is Security+, is no candidate, so the 28-week Google certificate leads the path.
  it('starts a CC holder on Security+, which his CC leads to and his postings name, not a beginner certificate', async () => {
    const { picks } = await throughPick('sven-path');
    expect(picks).toContain('Recommended path: Start with CompTIA Security+ (SY0-701)');
  });

  // The answer is about GICSP (data/credentials.json notCarried, with how his postings ask for it).
  it('answers "is GICSP worth it" about GICSP, not the Google certificate', async () => {
    const { p } = await throughPick('sven-gicsp');
    // The answer, before the picks menu is shown again (the menu names every pick).
    const [answer] = (await p.say('is GICSP worth it')).split('(Credential pick');
    expect(answer).toContain('One of your 2 postings prefers it');
    expect(answer).toMatch(/can't give you its price or study time/);
    expect(answer).not.toContain('Google Cybersecurity Professional Certificate');
  });

  // Cause: src/engine/read/question.ts isQuestion: "X or Y first?" starts with neither a wh-word nor an
  // auxiliary, so it is read as a tentative answer, and no credential question is found in it.
  it('answers "security+ or something ICS specific first?" typed at the deadline question', async () => {
    const { p } = await toDeadline('sven-bare');
    const asked = await p.say('security+ or something ICS specific first?');
    expect(asked).not.toContain("I couldn't read a number in that.");
  });

  // Cause: flows/named-credentials.ts readCredentialAsk finds only Security+ in the message, so the answer is
  // Security+'s worth; "something ICS specific" (GICSP, which his OT posting prefers) is never weighed.
  it('answers the ICS-specific half of "should i do security+ or something ICS specific first?"', async () => {
    const { p } = await throughPick('sven-ics');
    const first = await p.say('should i do security+ or something ICS specific first?');
    expect(first).toMatch(/GICSP|ICS/);
  });

  it('says a first offer at the BLS low end would be about $18,000 less than he earns now', async () => {
    const { picks } = await throughPick('sven-low-end');
    expect(picks).toContain('A first offer at the low end, though, would be about $18,000 less than you earn now');
  });

  // Cause not traced: src/skills/posting-alternatives.ts groups "a SIEM (Splunk or Sentinel)" as one demand, yet
  // "our SIEM (Splunk)" reaches the report as two rows at 50% each.
  it('counts "SIEM (Splunk)" as one demand, not two of his top gaps', async () => {
    const { p } = await throughGaps('sven-siem');
    const top = gapIds(p.profile()).slice(0, 3);
    expect(top.includes('siem') && top.includes('splunk')).toBe(false);
  });

  // Cause: flows/held-answers.ts puts "Keep it current: " before the catalog's renew text, which itself opens
  // "Keep it with".
  it('says how to keep his CC current without a doubled "keep it"', async () => {
    const { cc } = await toDeadline('sven-keep');
    expect(cc).not.toContain('Keep it current: keep it with');
  });

  // Cause: src/star/feedback.ts changedPractice reads only "now / since then, I ..." in the last two clauses, not
  // "proposed a rule that nothing plugs into a control panel without a work order; ... since".
  it('does not ask for what he does differently now when the retry ends on the rule he brought in', async () => {
    const { p } = await throughGaps('sven-lesson');
    await p.say('practice');
    await p.say('one');
    await p.say('let the coach choose');
    await p.say(RAMBLING);
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).not.toContain('say what you learned and what you do differently now');
  });
});
