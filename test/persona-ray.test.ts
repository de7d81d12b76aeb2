import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Ray, 61, telecom field technician for 30 years, aiming at network administrator ("my knees are done"). He
 * splices fibre, installs and configures customer routers and switches, troubleshoots DSL and fibre circuits,
 * reads network diagrams, uses "some cisco cli show commands mostly" and trains new techs on the truck. He held
 * CompTIA Network+ from 2016 and "let it lapse in 2019". Budget "1000 tops", "15 hrs a week", "4 months, my
 * buyout kicks in april", earns "72k plus overtime". He pastes one county Network Administrator posting (Cisco
 * switches and routers, VLANs, Palo Alto firewall rules, VPN, SolarWinds monitoring, Windows Server and Active
 * Directory, on-call; "CCNA required or obtained within 12 months of hire"; pension and EEO boilerplate) and
 * asks "do i need to redo network+ or go straight ccna", "am i too old for this", "how long would ccna take me".
 * In practice he answers in two lowercase lines with "we", then retries with "i" and a result.
 *
 * What a coach signs and this test asserts: his own words heard as troubleshooting, basic Cisco IOS, structured
 * cabling, networking and training; the posting's firewalls, Windows, SolarWinds monitoring and Active Directory
 * as the top gaps, with Cisco IOS to deepen, and the benefits never read; entry pay from BLS with source and period, $4,000 over his
 * $72,000 and the low-end cut said; "1000 tops", "15 hrs a week" and April read; when he does not mention his
 * lapsed Network+, CCNA first ($300, inside his budget, required by his posting) and its plan dated (8 weeks of
 * study, 6 of the portfolio piece, 12 of job search, past his 1 April deadline by 10 weeks); "am i too old for
 * this" answered with respect; the CCNA study hours said to be a stand-in; no pace past double his 15 hours
 * suggested, and since his posting takes CCNA "within 12 months of hire", applying while he studies; his 30
 * years on routers and switches counted toward Network+'s networking experience; the retry's "we" to "I", its new
 * situation and its measured result named; with "had network+ from 2016, let it lapse in 2019" said, Network+
 * read as lapsed, not held (what it taught still counted), said so, and CCNA, which his posting requires, still
 * first; no Azure Administrator pick for an on-premises county job whose posting never names Azure.
 *
 * What a coach would not sign today (most serious first; the small, clear ones are `it.fails`):
 * - With his lapsed Network+ said, "do i need to redo network+ or go straight ccna" gets a side-by-side of
 *   Network+ and CCNA ending "My pick for you: CCNA first": right, but it never says his Network+ lapsed and need
 *   not be redone. A coach: "Your Network+ lapsed; you don't need to redo it. Go straight to CCNA: your posting
 *   requires it and your years on routers and switches cover the Network+ ground." (The gap interview now says
 *   it lapsed and does not hold it as current, and CCNA stays first.)
 * - The posting's own salary range ($68,000 to $84,000) is not used beside the BLS figure, and "plus overtime"
 *   is not asked about when the raise is only $4,000.
 * - Practice: the first feedback on "we found the fault in the splice case and fixed it" never asks for "I"
 *   (only the retry notices it), and reads "customer was back up same day" as no result at all. On the retry
 *   "i was sent out alone to find it" is not read as the task (Task=0), and "i wrote it up so new techs check
 *   handholes first" still gets "say what you learned and what you do differently now". The question bank has
 *   no "solved a difficult technical problem"; the closest, "something you were responsible for broke", is
 *   what the coach chooses.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING = `Network Administrator - County of Marlow, Department of Information Technology
Salary range $68,000 - $84,000 DOQ. Full time, exempt.
Duties: administer and maintain the county's Cisco switches and routers across 14 sites; configure VLANs, trunking and routing; manage firewall rules and security policies on Palo Alto firewalls; maintain site-to-site and remote access VPN; monitor network health and alerts with SolarWinds; administer Windows Server and Active Directory accounts and group policy; document network diagrams; participate in a rotating on-call schedule for after-hours outages.
Requirements: 3 years of experience supporting enterprise networks. CCNA required or obtained within 12 months of hire. Valid driver's license.
Nice to have: Palo Alto PCNSA, experience in public sector.
Benefits: defined-benefit pension, medical, dental, vision, 12 paid holidays, tuition reimbursement.
The County of Marlow is an Equal Opportunity Employer.`;
const SKILLS =
  'splice fibre 30 yrs, install and config customer routers and switches, troubleshoot dsl and fibre circuits, read network diagrams, some cisco cli show commands mostly, train new techs on the truck';
const LAPSED = ' had network+ from 2016, let it lapse in 2019';
const WEAK = 'we found the fault in the splice case and fixed it\ncustomer was back up same day';
const BETTER =
  'last winter a hospital lost its fibre link and nobody on the desk could find why. i was sent out alone to find it. i tested each span with the otdr, found a crushed splice tray in a handhole two miles out, and i respliced 12 fibres in the cold. i had them back up in 4 hours and the hospital lost no more service. i wrote it up so new techs check handholes first';

async function throughGaps(user: string, skills: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('ray');
  await p.say('skill gaps');
  await p.say('telecom field tech');
  await p.say('30 years');
  await p.say('network admin');
  const heard = await p.say(skills);
  const first = await p.say(POSTING);
  const report = await p.say('done');
  return { p, heard, first, report };
}

async function throughPick(user: string, skills: string) {
  const { p } = await throughGaps(user, skills);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('1000 tops');
  await p.say('15 hrs a week');
  await p.say('4 months, my buyout kicks in april');
  await p.say('72k plus overtime');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, picks };
}

describe('Ray, telecom field tech to network administrator, $1,000, 15 hours a week, 4 months', () => {
  it('hears his field work, reads the county posting without its benefits, and names firewalls, Windows, monitoring and Active Directory as the gaps', async () => {
    const { p, heard, first, report } = await throughGaps('ray', SKILLS);
    expect(heard).toContain('Troubleshooting from "troubleshoot dsl and fibre circuits"');
    expect(heard).toContain('Cisco IOS (basic)');
    expect(heard).toContain('Structured cabling from "splice fibre 30 yrs"');
    expect(heard).toContain('Computer networking from "install and config customer routers and switches"');
    expect(heard).toContain('Training and development from "train new techs on the truck"');
    expect(held(p.profile()).get('cisco-ios')).toBe('basic');
    expect(first).toContain('Posting 1 read: I found Cisco IOS, Firewalls, Computer networking, System monitoring, Microsoft Windows, Active Directory, Technical documentation and Government and public sector (a plus).');
    expect(first).not.toMatch(/pension|dental|equal opportunity/i);
    expect(report).toContain('Here is your gap report for *Network / systems administrator*. Demand is from the 1 posting you pasted.');
    expect(report).toContain('Skills they ask for that you have=Cisco IOS (basic) and Computer networking');
    expect(report).toContain('1. *Firewalls*: asked for in 100% of the postings');
    expect(report).toContain('2. *Microsoft Windows*: asked for in 100% of the postings, ahead of the next one because it is a core skill for this role');
    // Four gaps at 100%: the posting names SolarWinds monitoring before Active Directory.
    expect(report).toContain('3. *System monitoring*: asked for in 100% of the postings');
    expect(report).toContain('Also deepen Cisco IOS: you have the basics, and it is a core skill for this role.');
    expect(gapIds(p.profile()).slice(0, 4)).toEqual(['firewalls', 'windows', 'monitoring', 'active-directory']);
    expect(gapIds(p.profile())).not.toContain('networking');
    expect(report).toContain('An entry-level network / systems administrator earns about $76,000 a year, and $60,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('reads "monitor network health and alerts with SolarWinds" as system monitoring', async () => {
    const { first } = await throughGaps('ray-monitoring', SKILLS);
    expect(first).toContain('System monitoring');
  });

  it('puts CCNA, which his posting requires, first; says the money; answers his questions; and dates every plan step', async () => {
    const { p, offer, picks } = await throughPick('ray-ccna', SKILLS);
    expect(offer).toContain('your top gaps are Firewalls, Microsoft Windows and System monitoring');
    const ccna = pickBlock(picks, 'Cisco CCNA (200-301)');
    expect(ccna).toMatch(/^1\. /);
    expect(ccna).toContain('$300 in all, about 8 weeks at 15 hours a week (a planning estimate)');
    expect(ccna).toContain('Your posting requires Cisco CCNA within 12 months of hire: you can be hired without it, but must pass it soon after');
    expect(picks).toContain('Recommended path: Start with Cisco CCNA (200-301). $300 in all, within your $1,000 budget.');
    // $76,000 entry pay against his $72,000; the BLS low end of $60,000 is $12,000 under it.
    expect(picks).toContain('That is about $4,000 a year more than you earn now; it costs $300, so it pays back within your first month in the new job.');
    expect(picks).toContain('A first offer at the low end, though, would be about $12,000 less than you earn now');

    const redo = await p.say('do i need to redo network+ or go straight ccna');
    expect(redo).toContain('My pick for you: *Cisco CCNA (200-301)* first, because every one of your postings names it');
    const old = await p.say('am i too old for this');
    expect(old).toContain("no, you're not too old for this");
    expect(old).toContain('tell your 30 years of work as strengths');
    const long = await p.say('how long would ccna take me');
    expect(long).toContain('*Cisco CCNA (200-301)*: about 8 weeks at your 15 hours a week');
    expect(long).toContain('a stand-in estimate, not a CCNA figure');
    expect(long).toContain('CCNA may well take longer');

    const plan = await p.say('1');
    expect(plan).toContain('You chose *Cisco CCNA (200-301)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 120 hours of CCNA study at 15 a week: 8 weeks from Monday 7 December.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-02-01');
    // 80 hours for the portfolio piece at 15 a week: 5.3, so 6 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-03-15');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-03-15');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-06-07');
    // "4 months, my buyout kicks in april": the deadline is 1 April; 1 February to 1 April is 8.4 weeks, and
    // 1 April to 7 June is 9.6 weeks.
    expect(plan).toContain('Your studying ends on Monday 1 February 2027, 8 weeks inside your deadline of Thursday 1 April 2027.');
    expect(plan).toContain('Your job search would run to Monday 7 June 2027, 10 weeks after your deadline.');
    expect(plan).toContain('Build a lab network (physical or simulated) with routing, VLANs and a firewall');
    expect(plan).toContain('15 hours a week: 5 sessions of about 3 hours');
    const status = await p.say('status');
    expect(status).toContain('Budget=$1,000');
    expect(status).toContain('Study time=15 hours a week');
  });

  it('does not ask a man who said 15 hours a week to study 55', async () => {
    const { p } = await throughPick('ray-hours', SKILLS);
    const plan = await p.say('1');
    expect(plan).not.toContain('study about 55 hours a week instead of 15');
    expect(plan).toContain('Your posting lets you be hired before Cisco CCNA (200-301) and pass it after, so start applying while you study');
  });

  it('does not pick Azure Administrator for a county posting that never names Azure', async () => {
    const { picks } = await throughPick('ray-azure', SKILLS);
    expect(picks).not.toContain('Azure Administrator');
  });

  it('counts his 30 years on routers and switches toward the networking experience Network+ recommends', async () => {
    const { picks } = await throughPick('ray-experience', SKILLS);
    expect(pickBlock(picks, 'CompTIA Network+ (N10-009)')).not.toContain('are in another field, so they do not count toward it');
  });

  it('does not take the Network+ he let lapse in 2019 as a current N10-009 he holds, and says it lapsed', async () => {
    const { p, heard } = await throughGaps('ray-lapsed', SKILLS + '.' + LAPSED);
    expect(heard).not.toContain('You already hold CompTIA Network+ (N10-009)');
    expect(heard).toContain("Your CompTIA Network+ has lapsed: I count what it taught you, but not as a current credential, so it won't stand in for the next one on your path. You don't need to take it again unless a posting asks for it by name.");
    expect(p.profile().credentialsHeld ?? []).toEqual([]);
  });

  it('with his lapsed Network+ said, still puts CCNA, which his posting requires, first', async () => {
    const { p, picks } = await throughPick('ray-lapsed-ccna', SKILLS + '.' + LAPSED);
    expect(pickBlock(picks, 'Cisco CCNA (200-301)')).toMatch(/^1\. /);
    expect(picks).not.toContain('already proved by your CompTIA Network+');
    const redo = await p.say('do i need to redo network+ or go straight ccna');
    expect(redo).toContain('My pick for you: *Cisco CCNA (200-301)* first, because every one of your postings names it');
    expect(redo).not.toContain('taking it again adds nothing');
  });

  it.fails('answers "do i need to redo network+" by saying his Network+ lapsed and need not be redone', async () => {
    const { p } = await throughPick('ray-lapsed-redo', SKILLS + '.' + LAPSED);
    const redo = await p.say('do i need to redo network+ or go straight ccna');
    expect(redo).toMatch(/lapsed/);
  });

  it('coaches his two-line "we" answer, then names what the retry improved', async () => {
    const { p } = await throughGaps('ray-practice', SKILLS);
    await p.say('practice');
    await p.say('1');
    const question = await p.say('let the coach choose');
    expect(question).toContain('"Tell me about a time something you were responsible for broke. What did you do in the first hour?"');
    await p.say(WEAK);
    const weak = await p.say('done');
    expect(weak).toContain('*Question 1 of 1: 42/100*');
    expect(weak).toContain('1. You wrote "we found the fault in the splice case and fixed it": say what you did yourself');
    expect(weak).toMatch(/2\. "we found the fault in the splice case[^"]*" takes about 7 s to say, and a story an interviewer can follow takes 1-2 minutes/);

    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 42 → 78 (+36).');
    expect(better).toContain('You say when and where it happened now: "last winter a hospital lost its fibre link');
    expect(better).toContain('You measured the result now: "i had them back up in 4 hours"');
    expect(better).toContain('You say "I" now where you said "we": "i tested each span with the otdr".');
    expect(better).toContain('At about 31 s spoken, this is short: an interviewer expects 1-2 minutes.');
  });

  it('asks for "I" in the first feedback on "we found the fault in the splice case"', async () => {
    const { p } = await throughGaps('ray-we', SKILLS);
    await p.say('practice');
    await p.say('1');
    await p.say('let the coach choose');
    await p.say(WEAK);
    const weak = await p.say('done');
    expect(weak).toContain('You wrote "we found the fault in the splice case and fixed it": say what you did yourself');
  });
});
