import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';


/**
 * Doug Brennan, 59, high-school shop and tech-ed teacher for 28 years, aiming at IT support or network technician.
 * He runs the school's computer lab of 30 PCs and reimages them every summer, fixes the projectors and the lab
 * network switch, teaches CAD and coaches the robotics club. He asks "I got my A+ back in 2003, does that still
 * count?" (it lapsed). Budget $400, 6 hours a week, "by june when school lets out", earns $71,000, has a pension.
 * He types double spaces and ALL CAPS. He pastes a county IT Support Specialist II posting (imaging, Active
 * Directory, networking basics, "CompTIA A+ or Network+ required, or obtained within 1 year of hire") and a
 * hospital Desktop Support Technician posting (SCCM/Intune, ServiceNow tickets, Windows 11, A+ preferred), each
 * with benefits and EEO boilerplate.
 *
 * What a coach signs and this test asserts: his lab, projector and switch work heard as hardware, support,
 * troubleshooting and networking; both postings read without their benefits; Active Directory and documentation
 * among the gaps, and his years of experience matter said as experience, not a gap; BLS entry pay with source and
 * period, and the $23,000 cut from his $71,000 said plainly with advice to plan savings; Network+ first at $369,
 * inside his $400, with A+ over budget said and the Google certificate offered as the cheaper route to it; June
 * read as 1 June 2027 and every plan date given (study to 19 April 2027, 6 weeks inside it; portfolio piece and
 * job search past it, with the way to close that gap said); practice feedback on his rambling "we" answer asks
 * for a result and "I", and the retry is scored higher with its result named.
 *
 * What a coach would not sign today (most harmful first; the small, clear ones are `it.fails`):
 * - "reimage them every summer" is not heard, and Microsoft Windows is named "The core skill still missing" for a
 *   man who has reimaged 30 Windows PCs every summer; the gap report and the pick steer him to study what he does.
 * - The county posting's "CompTIA A+ or Network+ required, or obtained within 1 year of hire" is read as BOTH
 *   required and with no grace: "One of your postings requires CompTIA Network+: without it, an application there
 *   can be screened out." Either one satisfies it, and he can be hired first. Cause: WITHIN in
 *   src/credentials/posting-credentials.ts (withinOf) knows days, weeks and months but not years.
 * - "does my old A+ from 2003 still count" is never answered: he gets A+'s budget paragraph instead, and his
 *   "I got my A+ back in 2003" in the gap interview is neither held nor read as lapsed.
 * - "run the school computer lab" is heard as "Research (academic or scientific)". Cause: the \blab\b cue for
 *   research in src/skills/person-cues.ts.
 * - "Your 28 years as a high school shop count toward it": the role is cut to "high school shop". Cause:
 *   src/credentials/person-fit.ts (experienceMet) splits the current role on " and ".
 * - Practice: the retry's "i was the only one who could fix it" is not read as the task ("Task 5 → 0").
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const COUNTY = `IT Support Specialist II - Harlan County Information Services
Salary: $52,416 - $66,560 annually, plus county benefits.
Duties: image, deploy and maintain Windows desktops and laptops for county departments; create and manage user accounts, groups and password resets in Active Directory; troubleshoot hardware, printers and peripherals; support basic networking (patch cables, switch ports, IP addressing, DHCP and DNS issues); respond to tickets and walk-in requests; document fixes in the knowledge base.
Requirements: 2 years of IT support experience or equivalent. CompTIA A+ or Network+ required, or obtained within 1 year of hire. Valid driver's license.
Benefits: PERS pension, medical, dental, vision, 11 paid holidays, deferred compensation plan.
Harlan County is an Equal Opportunity Employer and participates in E-Verify.`;
const HOSPITAL = `Desktop Support Technician - St. Brendan Regional Medical Center
Full time, day shift, on-site.
Responsibilities: deploy and manage Windows 11 workstations using SCCM (MECM) and Microsoft Intune; resolve incidents and service requests in ServiceNow within SLA; install and troubleshoot clinical workstations, label printers and badge readers; support Microsoft 365 and Outlook; escalate network issues to the infrastructure team; maintain asset inventory.
Qualifications: associate degree or equivalent experience; 1-2 years desktop support; CompTIA A+ preferred; excellent customer service.
We offer: competitive pay, 403(b) with match, tuition assistance, free parking, employee wellness program.
St. Brendan is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.`;
const SKILLS =
  'run the school computer lab, 30 pcs  reimage them every summer, fix the projectors, fix the lab network switch when it goes down, teach cad (autocad and inventor), coach the robotics club.  I got my A+ back in 2003, does that still count?';

const WEAK =
  'well we had the lab switch die the week before state testing and  honestly it was a MESS, kids everywhere, the principal was on me, we got it going again eventually, i think it was a bad port or maybe the power supply, anyway we got thru testing';
const BETTER =
  'last april, two days before state testing, the lab switch died and all 30 pcs lost the network. i was the only one who could fix it. i traced it to a failed power supply, moved the lab onto a spare switch i had configured that night, and relabeled every patch cable. all 30 pcs were back by 7am and 112 kids tested on time. now i keep a configured spare on the shelf';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('doug');
  await p.say('skill gaps');
  await p.say('high school shop and tech ed teacher');
  await p.say('twenty eight years');
  await p.say('it support or network technician');
  const heard = await p.say(SKILLS);
  const first = await p.say(COUNTY);
  const second = await p.say(HOSPITAL);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('four hundred  dollars max');
  await p.say('six hrs a week');
  await p.say('by june when school lets out');
  const oldAPlus = await p.say('does my old A+ from 2003 still count or do i need to take it AGAIN');
  await p.say('71k, plus i have a pension');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, oldAPlus, picks };
}

describe('Doug, shop and tech-ed teacher to IT support, $400, 6 hours a week, by June', () => {
  it('hears his lab and switch work, reads both postings without their boilerplate, and names the gaps and the pay', async () => {
    const { p, heard, first, second, report } = await throughGaps('doug');
    expect(heard).toContain('Computer hardware and Troubleshooting from "fix the projectors"');
    expect(heard).toContain('Computer networking from "fix the lab network switch when it goes down"');
    expect(heard).toContain('Now paste a job posting for *IT support specialist*');
    expect(first).toContain('Posting 1 read: I found Technical support, Microsoft Windows, Computer hardware, Active Directory, Troubleshooting, Computer networking and Technical documentation.');
    expect(second).toContain('Posting 2 read: I found Technical support, Microsoft Windows, ServiceNow');
    for (const read of [first, second]) expect(read).not.toMatch(/pension|dental|403\(b\)|parking|equal opportunity|E-Verify/i);
    expect(report).toContain('Here is your gap report for *IT support specialist*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Your postings also ask for time in the work: "2 years of IT support experience or equivalent."');
    expect(report).toContain('2. *Active Directory*: asked for in 50% of the postings');
    expect(report).toContain('3. *Technical documentation*: asked for in 50% of the postings');
    expect(gapIds(p.profile())).toContain('active-directory');
    expect(held(p.profile()).has('networking')).toBe(true);
    expect(report).toContain('An entry-level IT support specialist earns about $48,000 a year, and $39,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('hears "reimage them every summer" as Windows work and does not call Windows the core skill he is missing', async () => {
    const { report } = await throughGaps('doug-windows');
    expect(report).not.toContain('The core skill still missing: Microsoft Windows.');
  });

  it('does not hear "run the school computer lab" as academic research', async () => {
    const { heard } = await throughGaps('doug-research');
    expect(heard).not.toContain('Research (academic or scientific)');
  });

  it('picks Network+ inside his $400, says the pay cut, and dates every plan step against June', async () => {
    const { p, offer, picks } = await throughPick('doug-pick');
    expect(offer).toContain('your top gaps are Microsoft Windows, Active Directory and Technical documentation');
    const netPlus = pickBlock(picks, 'CompTIA Network+ (N10-009)');
    expect(netPlus).toMatch(/^1\. /);
    expect(netPlus).toContain('$369 in all, about 19 weeks at 6 hours a week (a planning estimate)');
    expect(pickBlock(picks, 'Google IT Support Professional Certificate')).toContain('It leads to CompTIA A+, which your postings ask for by name');
    expect(pickBlock(picks, 'CompTIA A+')).toContain('$106 over your $400 budget');
    expect(picks).toContain('Recommended path: Start with CompTIA Network+ (N10-009).');
    expect(picks).toContain('$369 in all, within your $400 budget.');
    // $48,000 entry pay against his $71,000.
    expect(picks).toContain('That is about $23,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(picks).toContain('Plan your savings for the gap before you switch.');

    const worth = await p.say('is network+ worth it over a+ for me');
    // The county asks for it within 1 year of hire, so it is no screen: it helps his applications, and he can pass it after.
    expect(worth).toContain('For your applications more than your skills: *CompTIA Network+ (N10-009)* helps where a posting names it.');
    expect(worth).toContain('you can be hired without it, but must pass it soon after');
    expect(worth).toContain('within your $400 budget');

    const plan = await p.say('1');
    expect(plan).toContain('You chose *CompTIA Network+ (N10-009)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 19 weeks of study from Monday 7 December.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-04-19');
    // 100 hours for the portfolio piece at 6 a week: 16.7, so 17 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-08-16');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-08-16');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-11-08');
    expect(plan).toContain('Your studying ends on Monday 19 April 2027, 6 weeks inside your deadline of Tuesday 1 June 2027.');
    // The county lets him be hired before Network+ and pass it within a year, so he can apply while he studies.
    expect(plan).toContain('Your posting lets you be hired before CompTIA Network+ (N10-009) and pass it after, so start applying while you study');
    expect(plan).toContain('6 hours a week: 3 sessions of about 2 hours');
    const status = await p.say('status');
    expect(status).toContain('Budget=$400');
    expect(status).toContain('Study time=6 hours a week');
  });

  it.fails('answers "does my old A+ from 2003 still count" about his 2003 A+', async () => {
    const { oldAPlus } = await throughPick('doug-old-aplus');
    expect(oldAPlus).toMatch(/2003|your A\+/);
  });

  it('reads "A+ or Network+ required, or obtained within 1 year of hire" as a grace, not a bar', async () => {
    // Cause: WITHIN in src/credentials/posting-credentials.ts (withinOf) has no "years" unit.
    const { picks } = await throughPick('doug-grace');
    expect(pickBlock(picks, 'CompTIA Network+ (N10-009)')).toContain('you can be hired without it');
  });

  it('says his 28 years as a shop and tech-ed teacher, not "as a high school shop"', async () => {
    const { picks } = await throughPick('doug-role');
    expect(picks).not.toContain('as a high school shop count');
  });

  it('coaches his rambling "we" answer toward a result and "I", then names what the retry improved', async () => {
    const { p } = await throughGaps('doug-practice');
    await p.say('practice');
    await p.say('one');
    const question = await p.say('let the coach choose');
    expect(question).toContain('"Tell me about a time something you were responsible for broke. What did you do in the first hour?"');
    const weak = await p.say(WEAK);
    expect(weak).toContain('*Question 1 of 1: 29/100*');
    expect(weak).toContain('Result=0');
    expect(weak).toContain('1. You end on "anyway we got thru testing": say what changed because of it');
    expect(weak).toContain('say what you did yourself, with "I"');
    expect(weak).toContain('At about 20 s spoken, this is short');
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 29 → 93 (+64).');
    expect(better).toContain('Your result is there now, with a number: "all 30 pcs were back by 7am and 112 kids tested on');
    expect(better).toContain('You say "I" now where you said "we": "i traced it to a failed power supply".');
    expect(better).toContain('You now end with what is done differently since: "now i keep a configured spare on the shelf".');
  });

  it('reads "i was the only one who could fix it" in the retry as his task', async () => {
    const { p } = await throughGaps('doug-task');
    await p.say('practice');
    await p.say('one');
    await p.say('let the coach choose');
    await p.say(WEAK);
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).not.toContain('Task 5 → 0');
  });
});
