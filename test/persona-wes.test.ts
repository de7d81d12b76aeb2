import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt } from './support/new-user.js';

/**
 * Wes, 58, maintenance supervisor at a food-packaging plant for 24 years (Allen-Bradley PLCs, ladder
 * logic, HMIs, SCADA alarms, the plant network switches, lockout/tagout, 6 technicians, a spare-parts
 * budget), retired early on a pension, wants "cyber security for factories, like OT security": $1000
 * tops, 8 hours a week, "no rush, a year or so". He pastes an OT/ICS security analyst posting (ICS/SCADA,
 * Purdue model, segmentation, IEC 62443, Security+ preferred, GICSP a plus) and a SOC analyst I posting
 * (SIEM, incident response, Security+ required within 6 months), asks what GICSP is, whether Security+
 * is worth it at his age and whether 58 is too old, then practises a plant incident story.
 *
 * What a coach signs and is asserted: his PLCs and switches heard as industrial control systems and
 * networking, both asked by his postings; SIEM and incident response among his gaps; entry pay from
 * BLS percentiles; his pension not counted as pay; Security+ on the path, said to be required within
 * 6 months by one posting; his 24 years with plant control systems counted toward Security+'s
 * recommended experience (OT security's own field, data/roles.json experienceFrom), never "another
 * field"; the year he gave as the deadline; every plan step dated from today; GICSP
 * answered without invented figures; "we" turned to "I" in practice and the retry's gains named.
 *
 * What a coach would not sign today (the small, clearly wrong ones are `it.fails` below):
 * - Worst: with the OT posting alone the report reads only "Industrial control systems=100,
 *   Firewalls=100" and says "Good news first: you already cover most of what this role asks (about 50%
 *   of it, with every core skill), so you are ready to apply ... rather than another credential", then
 *   "With no gap to close" under a listed Firewalls gap. A man with no security training is told he is
 *   ready for a security analyst job; "most" is 50%; "no gap" contradicts the gap above it.
 * - "OT security" is matched to Cybersecurity analyst without a word: no "OT security is a specialty of
 *   cybersecurity analyst; that's the closest role I know", and nothing says his plant years are the
 *   asset OT postings look for (the OT posting asks "3+ years experience with industrial control
 *   systems", which his 24 years meet; the report says nothing about it).
 * - (Fixed) Posting 1 reads "network segmentation between IT and OT" and the Purdue model as network security and
 *   "IEC 62443" as a security framework (data/skills.json). "network switches" (networking) is still lost. "SIEM
 *   (Splunk)" is one demand yet SIEM and Splunk are two of his three top gaps; security fundamentals, which both
 *   postings ask for through Security+, is no gap at all.
 * - (Fixed) "manage 6 techs" is heard as people management (src/skills/person-cues.ts staff words).
 * - "is 58 too old to start in cyber?" gets "That's a good question, and my notes don't cover it" and
 *   a pointer to BLS: a coach says plainly no, no credential has an age limit, and his plant years are
 *   what OT employers ask for.
 * - "whats GICSP" gets no word on what it is (GIAC's industrial control systems security
 *   certification), though his OT posting names it; the catalog has no entry for it.
 * - (Fixed) The path starts on ISC2 CC ($100, 6 weeks) then Security+, the ladder the catalog records and the
 *   credential both postings name, not Google's 25-week beginner certificate: with 24 years of work, the short
 *   fundamentals exam below a named credential starts the path (best-stack.ts longStart). "why not just the
 *   isc2 one, its cheaper" is still answered with CC's facts but not the "why not just" (CC alone is not what
 *   his postings ask for).
 * - Practice: "You wrote "nobody got hurt": add how much" for a safety result; on the retry "Your
 *   set-up ... takes 35% of the answer ... Keep it to one or two sentences" when it is two sentences,
 *   and "say what you learned and what you do differently now" though he said he wrote a rule that
 *   nothing plugs into a control cabinet without his sign-off.
 * - After the report the menu is [Pick | Gaps | Practise] while the welcome's was [Gaps | Pick |
 *   Practise]: "2", which was the pick a minute ago, restarts the gap interview.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const SKILLS =
  'PLCs allen bradley, ladder logic, HMIs, SCADA alarms, i run the plant network switches nobody else touches, lockout/tagout, manage 6 techs, spare parts budget';
const POSTING_OT =
  'OT/ICS Security Analyst - Manufacturing. Monitor and protect our plant control systems. Requirements: 3+ years experience with industrial control systems (ICS/SCADA, PLCs, HMIs). Understanding of the Purdue model and network segmentation between IT and OT. Familiarity with IEC 62443. Experience with firewalls and network switches. Preferred: CompTIA Security+. GICSP a plus. We offer competitive pay, 401k match and a safety-first culture.';
const POSTING_SOC =
  'SOC Analyst I. Join our 24x7 Security Operations Center. Responsibilities: monitor alerts in our SIEM (Splunk), triage and escalate incidents, follow incident response playbooks, document findings in tickets. Requirements: basic networking (TCP/IP, DNS), Windows and Linux fundamentals, CompTIA Security+ required within 6 months of hire. Shift work required.';
const WE_STORY =
  'ok so one night shift the filler line HMI started throwing weird alarms and the PLC was going in and out of run mode. we thought it was a bad card at first, we swapped it, didnt help. turned out somebody had plugged a laptop into the switch in the control cabinet to download music or whatever and it was flooding the network. we unplugged it and locked out the line and everybody was ok, nobody got hurt. after that we put locks on the cabinets. anyway that was a long night';
const I_STORY =
  'Night shift, the filler line PLC kept dropping out of run mode and the HMI was throwing comm alarms. I was the supervisor on call, so it was on me to make the line safe and find the cause. I locked out the line first, then I pulled the switch port stats and found a contractor laptop in the control cabinet flooding the network. I pulled it, put the line back in run, and wrote a rule that nothing plugs into a control cabinet without my sign-off. The line was back up in 90 minutes, nobody hurt, and we had zero unknown devices on that network for the next 3 years.';

async function throughGaps() {
  const p = await newUserAt(data, 'wes', TODAY);
  await p.say('wes');
  await p.say('1');
  await p.say('maintenance supervisor at a food packaging plant');
  await p.say('24 years');
  const role = await p.say('cyber security for factories, like OT security');
  const skills = await p.say(SKILLS);
  const first = await p.say(POSTING_OT);
  const second = await p.say(POSTING_SOC);
  const report = await p.say('done');
  return { p, role, skills, first, second, report };
}

async function throughPick() {
  const { p } = await throughGaps();
  const start = await p.say('the cert stuff');
  await p.say('yeah');
  await p.say('$1000 tops');
  await p.say('8 hours a week');
  await p.say('no rush, a year or so');
  const gicsp = await p.say('whats GICSP');
  const secPlus = await p.say('is security+ worth it at my age');
  const tooOld = await p.say('is 58 too old to start in cyber?');
  await p.say('pension covers the bills');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, start, gicsp, secPlus, tooOld, picks };
}

describe('Wes, plant maintenance supervisor to OT security, $1000, 8 hours a week, a year', () => {
  it('hears his PLCs and switches, reads both postings and names the SOC gaps, with entry pay', async () => {
    const { p, skills, first, second, report } = await throughGaps();
    expect(skills).toContain('Now paste a job posting for *Cybersecurity analyst*');
    expect(skills).toContain('Industrial control systems');
    expect(skills).toContain('Computer networking from "i run the plant network switches nobody else touches"');
    const have = held(p.profile());
    expect(have.has('industrial-control-systems')).toBe(true);
    expect(have.has('networking')).toBe(true);
    expect(first).toContain('Industrial control systems');
    expect(first).toContain('Firewalls');
    expect(first).not.toMatch(/401k|safety-first/i);
    expect(second).toContain('SIEM');
    expect(second).toContain('Incident response');
    expect(report).toContain('Here is your gap report for *Cybersecurity analyst*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Computer networking and Industrial control systems');
    expect(report).toContain('Budget management (you said "spare parts budget")');
    const gaps = gapIds(p.profile());
    expect(gaps).toEqual(expect.arrayContaining(['siem', 'incident-response']));
    expect(gaps).not.toContain('industrial-control-systems');
    expect(gaps).not.toContain('networking');
    expect(report).toContain('An entry-level cybersecurity analyst earns about $92,000 a year, and $70,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('hears "manage 6 techs" as people management', async () => {
    const { p } = await throughGaps();
    expect(held(p.profile()).has('people-management')).toBe(true);
  });

  it('reads "network segmentation between IT and OT" in the OT posting as network security', async () => {
    const { first } = await throughGaps();
    expect(first).toContain('Network security');
  });

  it('with only the OT posting, does not tell a man with no security training that he is ready to apply', async () => {
    const p = await newUserAt(data, 'wes-ot-only', TODAY);
    await p.say('wes');
    await p.say('1');
    await p.say('maintenance supervisor at a food packaging plant');
    await p.say('24 years');
    await p.say('cyber security for factories, like OT security');
    await p.say(SKILLS);
    await p.say(POSTING_OT);
    const report = await p.say('done');
    expect(report).not.toContain('you are ready to apply');
    expect(report).not.toContain('With no gap to close');
    expect((p.profile().gapReport as { verdict: { kind: string } }).verdict.kind).not.toBe('ready');
    expect(gapIds(p.profile()).length).toBeGreaterThan(0);
  });

  it('answers GICSP without figures, Security+ at his age, and keeps his pension out of the pay sum', async () => {
    const { start, gicsp, secPlus, picks } = await throughPick();
    expect(start).toContain('your top gaps are SIEM');
    // GICSP is not in the catalog: said so by name, with how his postings ask for it and no invented price or hours.
    expect(gicsp).toContain("I don't have sourced figures for GIAC's Global Industrial Cyber Security Professional (GICSP)");
    expect(gicsp).not.toMatch(/\$\d|\d+ (hours|weeks)/);
    // SY0-701 teaches incident response (objective 4.8), one of his top gaps: worth it for his skills as well as his applications.
    expect(secPlus).toContain('Yes, *CompTIA Security+ (SY0-701)* looks worth it for you. One of your postings requires CompTIA Security+ within 6 months of hire');
    expect(secPlus).toContain('My notes show no age limit for it');
    expect(secPlus).toContain('within your $1,000 budget');
    expect(secPlus).toContain('about 13 weeks at your 8 hours a week');
    // The pick: Security+ on the path, its price with its source, CC as the cheaper rung shown.
    expect(picks).toContain('*CompTIA Security+ (SY0-701)*: $404 in all, about 13 weeks at 8 hours a week');
    expect(picks).toContain('Covers Incident response and Security operations.');
    expect(picks).toContain('*ISC2 Certified in Cybersecurity (CC)*: $100 in all');
    expect(picks).toContain('Recommended path: Start with ISC2 Certified in Cybersecurity (CC), which CompTIA Security+ (SY0-701) builds on.');
    expect(picks).toContain('What you live on now is a pension, not pay from work, so I don\'t count the difference as a raise');
    expect(picks).not.toMatch(/pays back in/);
  });

  it('does not tell an OT-security candidate that his 24 years of plant control systems do not count', async () => {
    const { secPlus, picks } = await throughPick();
    expect(secPlus).not.toContain('are in another field, so they do not count toward it');
    expect(secPlus).toContain("Your 24 years as a maintenance supervisor at a food packaging plant count toward it where you can point to keeping the plant's control systems and their network safe");
    expect(picks).not.toContain('are in another field');
  });

  it('answers "is 58 too old to start in cyber?" instead of saying its notes do not cover it', async () => {
    const { tooOld } = await throughPick();
    expect(tooOld).not.toContain("my notes don't cover it");
    expect(tooOld).toMatch(/age/i);
  });

  it('dates every step of his plan from today, inside the year he gave for studying', async () => {
    const { p } = await throughPick();
    const plan = await p.say('Take the recommended stack');
    expect(dueOf(plan, 'Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, 'Choose the credentials')).toBe('2026-12-07');
    // 6 weeks for ISC2 CC at 8 hours a week, then 13 for Security+: the ladder, not Google's 25-week beginner certificate.
    expect(plan).toContain('Finish ISC2 Certified in Cybersecurity (CC) by Monday 18 January 2027');
    expect(plan).toContain('Finish CompTIA Security+ (SY0-701) by Monday 19 April 2027');
    expect(dueOf(plan, 'Enroll and study on a weekly schedule')).toBe('2027-04-19');
    // 40 hours of portfolio and 20 for each of SIEM and Splunk, which neither exam teaches, at 8 hours a week: 10 weeks.
    expect(dueOf(plan, 'Build the portfolio piece')).toBe('2027-06-28');
    expect(dueOf(plan, 'Network with intent')).toBe('2027-06-28');
    // Twelve weeks of job search after it, inside "a year or so" (12 months from today).
    expect(dueOf(plan, 'Interview and negotiate')).toBe('2027-09-20');
    expect(plan).toContain('33 weeks inside your deadline of Tuesday 7 December 2027');
    expect(plan).not.toContain('after your deadline');
    expect(plan).toContain('8 hours a week: 4 sessions of about 2 hours');
    expect(plan).not.toContain('date to be set');
  });

  it('practice: his "we" plant story is asked for his own part, and the retry with "I" and a result is praised for it', async () => {
    const { p } = await throughGaps();
    await p.say('practice');
    await p.say('1');
    expect(await p.say('1')).toContain('"Tell me about a time something you were responsible for broke. What did you do in the first hour?"');
    const weak = await p.say(WE_STORY);
    expect(weak).toContain('Task=0');
    expect(weak).toContain('You wrote "we swapped it": say what you did yourself: "I swapped it and I ..."');
    expect(weak).toMatch(/this is short: an interviewer expects 1-2 minutes/);
    expect(weak.split('\n').filter((l) => /^\d\. /.test(l)).length).toBeLessThanOrEqual(3);
    await p.say('1');
    const retry = await p.say(I_STORY);
    const scoreOf = (text: string) => Number(/: (\d+)\/100\*/.exec(text)?.[1]);
    expect(scoreOf(retry)).toBeGreaterThan(scoreOf(weak));
    expect(retry).toContain('You say "I" now where you said "we": "I locked out the line first".');
    expect(retry).toContain('You measured the result now');
    expect(retry).toContain('Task 0 → 5');
  });
});
