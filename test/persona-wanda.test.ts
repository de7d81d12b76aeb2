import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt } from './support/new-user.js';

/**
 * Wanda, 54, retired Army intelligence analyst (22 years of all-source analysis, threat briefs for commanders,
 * an active TS/SCI clearance, Linux workstations every day, "some python scripts to parse reports", trained
 * junior analysts). She holds CompTIA Security+ ("got it 2021 for 8570, renewed, active") and aims at "soc
 * analyst or cyber threat intel". Budget "three thousand, GI Bill may cover some", 25 hours a week, 4 months,
 * "68k retirement pay, want a salary on top". She pastes a defense contractor's Cyber Threat Intelligence
 * Analyst posting (TS/SCI, threat reporting, MITRE ATT&CK, SIEM, Security+ required for DoD 8140, CySA+
 * preferred; 401(k) and EEO boilerplate) and an MSSP's SOC Analyst II posting (Splunk, incident response, EDR,
 * Linux, Python, 2+ years in a SOC; perks and E-Verify boilerplate). Mid-pick she asks "does the GI Bill pay
 * for any of these?" instead of giving her hours, and "my sec+ counts right? what's next after it"; she says
 * no to free options first. In practice she rambles a team story ending "roger that", then retries with "I".
 *
 * What a coach signs and this test asserts: her clearance, Linux, basic Python, briefs and training heard with
 * her words; Security+ held, credited at the exam's level and never suggested back; both postings read without
 * their boilerplate; Splunk, incident response (to deepen) and SIEM as the gaps; entry pay from BLS with source
 * and period; the GI Bill answered without invented rules, with the VA comparison tool; "my sec+ counts" answered
 * yes with its renewal; no paid badge pushed when none in the catalog closes her tool gaps, CySA+ named as her
 * posting's plus with no invented price; her retirement pay not counted as a salary to beat; every plan date;
 * the retry's "I", its deadline and its measured result named.
 *
 * What a coach would not sign today (most harmful first; the small, clear ones are `it.fails`):
 * - "what's next after it" gets "Not necessarily: none of your postings names another credential", while her
 *   defense posting prefers CySA+, CompTIA's next step after Security+ for analysts. The picks screen names it.
 * - "cyber threat intel", the work her 22 years fit best, is dropped without a word: the target is SOC analyst.
 *   Her "all-source intel analysis" and "threat briefs" are not heard as threat intelligence, and the posting's
 *   "Cyber Threat Intelligence" is read as Vulnerability management (data/skills.json lists "threat
 *   intelligence" as its alias), which she is then said to have "from your CompTIA Security+".
 * - The defense posting's "3+ years of intelligence analysis experience", which she meets four times over, is
 *   never quoted; the MSSP's "2+ years in a SOC" is, with "Your security operations may count for it": a
 *   Security+ exam is not two years in a SOC.
 * - Practice: "we kind of pulled it together ... a team effort really" is never asked for "I", and the sign-off
 *   "roger that" is quoted as the result to measure and to link to the job.
 * - Smaller: Splunk and SIEM are two separate gaps though Splunk is the SIEM; "Reporting" is heard from "some
 *   python scripts to parse reports" rather than her briefs; "wilco" after the plan gets "I'm not sure which of
 *   these you mean".
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const CTI = `Cyber Threat Intelligence Analyst - Halvorsen Defense Systems, Inc. (Chantilly, VA)
Clearance: Active TS/SCI required. US citizenship required.
Responsibilities: produce finished threat reporting and intelligence briefs for government and internal stakeholders; track adversary groups and map their tactics, techniques and procedures to the MITRE ATT&CK framework; hunt across SIEM data for indicators of compromise; work with the SOC and incident response teams to turn intelligence into detections.
Requirements: 3+ years of intelligence analysis experience; Security+ certification required (DoD 8140 / 8570 IAT Level II); strong written and briefing skills.
Preferred: CompTIA CySA+; experience with Splunk; Python scripting.
Halvorsen offers a competitive benefits package including 401(k) match, medical, dental, vision and paid time off. Halvorsen Defense Systems is an Equal Opportunity Employer; all qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or protected veteran status.`;
const SOC = `SOC Analyst II - Blackpine Managed Security (remote, US)
About us: Blackpine is a fast-growing managed security service provider protecting 300+ clients 24/7.
What you'll do: monitor and triage alerts in Splunk for multiple clients; lead incident response on escalated cases; investigate endpoints with EDR tools (CrowdStrike Falcon); analyze Linux and Windows logs; write Python scripts to automate triage; mentor SOC Analyst I staff.
What you bring: 2+ years in a SOC or security operations role; working knowledge of Linux command line; scripting in Python; Security+ or equivalent.
Perks: unlimited PTO, home office stipend, health insurance. Blackpine is an equal opportunity employer and participates in E-Verify.`;
const SKILLS =
  '22 yrs all-source intel analysis, write threat briefs for commanders, ts/sci still active, used linux workstations every day, some python scripts to parse reports, trained junior analysts. also have sec+ (got it 2021 for 8570, renewed, active)';
const WEAK =
  'so we had a situation on deployment where the reporting was all over the place and we kind of pulled it together and the comander was happy with it in the end, it was a team efort really, lots of long nights, roger that';
const BETTER =
  'in 2019 at a brigade in kuwait our threat reporting came from four sources that contradicted each other. i was the senior analyst and i had to give the commander one picture by 0600. i built a python script to pull the reports into one timeline, cross-checked each claim, and briefed three courses of action. the commander used my brief to reroute two convoys and we had zero contact that week. i now build the timeline first on every brief';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('wanda');
  await p.say('skill gaps');
  await p.say('retired army intel analyst');
  await p.say('twenty two years');
  const target = await p.say('soc analyst or cyber threat intel');
  const heard = await p.say(SKILLS);
  const first = await p.say(CTI);
  const second = await p.say(SOC);
  const report = await p.say('done');
  return { p, target, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('three thousand, GI Bill may cover some');
  const gi = await p.say('does the GI Bill pay for any of these?');
  await p.say('25 hrs a week');
  const next = await p.say("my sec+ counts right? what's next after it");
  await p.say('4 months');
  await p.say('68k retirement pay, want a salary on top');
  // She has the GI Bill in mind, so no: she does not want free options put first.
  await p.say('no');
  const picks = await p.say('yes');
  return { p, offer, gi, next, picks };
}

describe('Wanda, Army intelligence analyst to SOC or threat intelligence analyst, $3,000, 25 hours a week, 4 months', () => {
  it('hears her clearance, Linux, Python and briefs, counts her Security+, and names Splunk, incident response and SIEM', async () => {
    const { p, heard, first, second, report } = await throughGaps('wanda');
    expect(heard).toContain('Government security clearance from "ts/sci still active"');
    expect(heard).toContain('Python (basic)');
    expect(heard).toContain('Presenting from "write threat briefs for commanders"');
    expect(heard).toContain('Training and development from "trained junior analysts"');
    expect(heard).toContain('You already hold CompTIA Security+ (SY0-701), so I won\'t suggest it again.');
    expect(held(p.profile()).get('python')).toBe('basic');
    expect((p.profile().credentialsHeld as { id: string }[]).map((c) => c.id)).toEqual(['comptia-security-plus']);
    expect(first).toContain('Government security clearance');
    expect(first).toContain('Security frameworks and controls');
    expect(first).toContain('SIEM');
    expect(first).toContain('Splunk (a plus)');
    expect(first).not.toMatch(/401\(k\)|dental|equal opportunity/i);
    expect(second).toContain('Splunk, Incident response, Endpoint detection and response (EDR), Linux, Microsoft Windows, Python');
    expect(second).not.toMatch(/PTO|stipend|E-Verify/i);
    expect(report).toContain('Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Incident response (basic, from your CompTIA Security+), Python (basic), Linux');
    expect(report).toContain('Government security clearance');
    expect(report).toContain('Military service (from your job as *retired army intel analyst*)');
    expect(report).toContain('1. *Splunk*: asked for in 100% of the postings (only preferred in one of them)');
    expect(report).toContain('2. *Incident response* (you have the basics: deepen it)');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['splunk', 'incident-response', 'siem']);
    expect(report).toContain('An entry-level SOC analyst earns about $92,000 a year, and $70,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('answers the GI Bill honestly, counts her Security+, and offers no badge she does not need', async () => {
    const { p, offer, gi, next, picks } = await throughPick('wanda-pick');
    expect(offer).toContain('your top gaps are Splunk, Incident response and SIEM');
    // No invented GI Bill rules: where to check, and the hours question asked again.
    expect(gi).toContain("I don't know whether the GI Bill covers these credentials");
    expect(gi).toContain('va.gov/education/gi-bill-comparison-tool');
    expect(gi).toContain('How many hours a week can you study?');
    expect(next).toContain('Yes, it counts: you hold *CompTIA Security+ (SY0-701)*');
    expect(next).toContain('Keep it current: renew it every 3 years with 50 continuing-education units');
    expect(picks).toContain('No credential in my catalog closes your top gaps, Splunk, Incident response and SIEM');
    expect(picks).toContain('CompTIA Security+ (SY0-701): you already hold it.');
    expect(picks).toContain('Google Cybersecurity Professional Certificate: you hold CompTIA Security+ (SY0-701), which builds on it');
    // CySA+ has no sourced price in data/credentials.json (notCarried): named, with no invented figure.
    expect(picks).toContain('One of your postings prefers CompTIA CySA+');
    expect(picks).toContain("I have no sourced price or study time for CompTIA CySA+: check CompTIA's CySA+ page.");
    expect(picks).not.toMatch(/CySA\+[^\n]*\$\d/);
    const status = await p.say('status');
    expect(status).toContain('Budget=$3,000');
    expect(status).toContain('Study time=25 hours a week');
  });

  it('plans the portfolio piece, networking and interviews by date, and does not count her retirement pay as a salary', async () => {
    const { p } = await throughPick('wanda-plan');
    const plan = await p.say('finish without a credential');
    expect(plan).toContain('What you live on now is a pension, not pay from work, so I don\'t count the difference as a raise');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    // 100 hours at 25 a week: 4 weeks from Monday 7 December.
    expect(dueOf(plan, '2. Build the portfolio piece')).toBe('2027-01-04');
    expect(dueOf(plan, '3. Network with intent')).toBe('2027-01-04');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '4. Interview and negotiate')).toBe('2027-03-29');
    expect(plan).toContain('Your portfolio piece is done on Monday 4 January 2027, 13 weeks inside your deadline of Wednesday 7 April 2027.');
    expect(plan).toContain('25 hours a week: 5 sessions of about 5 hours');
    expect(plan).toContain('Use Splunk, Incident response and SIEM in it');
    const wilco = await p.say('wilco');
    // "wilco" is not read as an acknowledgement, but the menu comes back and nothing is lost.
    expect(wilco).toContain('What would you like to work on?');
  });

  it('answers "what\'s next after it" with the CySA+ her defense posting prefers', async () => {
    // flows/held-answers.ts postingsNext looks for the asked credential in world.credentials only; CySA+ is in
    // credentials.json's notCarried list, so anotherWords says "none of your postings names another credential".
    const { next } = await throughPick('wanda-next');
    expect(next).not.toContain('none of your postings names another credential');
    expect(next).toContain('CySA+');
  });

  it.fails('says which of her two targets it is working on: threat intelligence is not dropped without a word', async () => {
    // "soc analyst or cyber threat intel" becomes SOC analyst with no confirmation; the report, the picks and
    // practice never mention threat intelligence, the job her 22 years of all-source analysis fit best.
    const { target, report } = await throughGaps('wanda-target');
    expect(`${target}\n${report}`).toMatch(/threat intel/i);
  });

  it.fails('quotes the defense posting\'s "3+ years of intelligence analysis experience", which her 22 years meet', async () => {
    // No background for intelligence analysis exists in data/skills.json or roles.json experienceFrom, so
    // src/gaps/gap-report.ts records no experience ask for it; only the MSSP's "2+ years in a SOC" is quoted.
    const { report } = await throughGaps('wanda-intel-years');
    expect(report).toContain('3+ years of intelligence analysis experience');
  });

  it('does not take a Security+ exam for the two years in a SOC the MSSP posting asks for', async () => {
    // The report says "Your security operations may count for it": the only security operations she holds is
    // "basic, from your CompTIA Security+". flows/gap-report-replies.ts experienceLine names ExperienceAsk.metBy,
    // and src/gaps/gap-report.ts lets a skill credited by a held credential meet a years-in-the-work ask.
    const { report } = await throughGaps('wanda-years');
    expect(report).not.toContain('Your security operations may count for it.');
  });

  it('coaches her rambling team story, then names what the retry improved', async () => {
    const { p } = await throughGaps('wanda-practice');
    await p.say('practice');
    await p.say('one');
    const question = await p.say('let the coach choose');
    expect(question).toContain('"Describe a time you had to follow a procedure under pressure, or noticed that a procedure was wrong."');
    const weak = await p.say(WEAK);
    expect(weak).toContain('*Question 1 of 1: 40/100*');
    expect(weak).toContain('Situation=4, Task=0, Action=2, Result=2');
    expect(weak).toContain('takes about 18 s to say, and a story an interviewer can follow takes 1-2 minutes');
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 40 → 93 (+53).');
    expect(better).toContain('You say "I" now where you said "we": "i built a python script to pull the reports into one timeline".');
    expect(better).toContain('You measured the result now: "we had zero contact that week".');
    expect(better).toContain('You say what you had to achieve now: "i had to give the commander one picture by 0600".');
    expect(better).toContain('At about 33 s spoken, this is short');
  });

  it.fails('asks for "I" in the first feedback on "we kind of pulled it together ... a team effort really"', async () => {
    // src/star/suggestions.ts: 'i-not-we' is added only when weDominates(f) or onlyWe; neither holds for "we kind of
    // pulled it together" beside "it was a team effort really", so the first feedback never asks for "I"
    // (the retry then praises "I" where she said "we").
    const { p } = await throughGaps('wanda-we');
    await p.say('practice');
    await p.say('one');
    await p.say('let the coach choose');
    const weak = await p.say(WEAK);
    expect(weak).toContain('say what you did yourself');
  });

  it.fails('does not take her sign-off "roger that" as the result to measure', async () => {
    // src/star/suggestions.ts: 'measure' quotes the last clause labelled a result, here the sign-off "roger that";
    // the 'link' suggestion quotes it too. The outcome to measure is "the comander was happy with it in the end".
    const { p } = await throughGaps('wanda-roger');
    await p.say('practice');
    await p.say('one');
    await p.say('let the coach choose');
    const weak = await p.say(WEAK);
    expect(weak).not.toContain('You wrote "roger that"');
  });
});
