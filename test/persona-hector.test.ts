import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Hector Ruiz, 52, warehouse shift supervisor for 18 years, aiming at IT support / help desk. He runs a night
 * crew of 25, keeps the handheld scanners and label printers working, resets the warehouse WiFi access points
 * when they drop, trains new people on the WMS software and does the shift reports in Excel; no certificates.
 * He types lowercase with no punctuation and some Spanish-influenced phrasing. Budget "zero, i cant spend
 * nothing right now" (later "ok maybe fifty bucks"), "like two nights a week" then "ten hours", "asap, by
 * summer" then "six months", earns "like 54 thousand a year", and says "no" to proctored exams. He pastes a
 * school district Help Desk Technician I posting (Incident IQ tickets, Active Directory password resets,
 * Windows 10/11, printers, "CompTIA A+ preferred", bilingual desirable, driver's licence, CalPERS and EEO
 * boilerplate) and an MSP Service Desk Analyst posting (phone support, Office 365, DNS/DHCP/WiFi/VPN,
 * ConnectWise, "A+ or Network+ a plus, not required", 401(k) and EEO boilerplate). Mid-pick he asks "is google
 * it support free or not" and "do i need a+ to get hired".
 *
 * What a coach signs and this test asserts: "i keep the handheld scanners and the label printers working"
 * heard as mobile device support, hardware, technical support and troubleshooting, the Excel shift reports as
 * reporting, the training as training; both postings read without benefits, EEO text, the driver's licence or
 * the pension; Microsoft Windows, Computer networking and Active Directory as his top gaps; entry pay from BLS
 * with source and period and the $6,000 pay cut from his $54,000 said gently; "two nights a week" asked back
 * as hours; "is google it support free or not" answered (free to audit or with financial aid, certifying paid
 * later); "do i need a+ to get hired" answered (both postings prefer it, he can apply without it); with
 * proctored exams refused, Google IT Support first, said free to study at $0 with certifying as a later cost,
 * and A+ and Network+ shown beside it because his postings name them; every plan date (26 study weeks to the
 * day of his six-month deadline, 60 portfolio hours, 12 weeks of job search, 18 weeks past it) and the 13 hours
 * a week that would fit the portfolio piece; in practice his rambling "we" story asked for "I", its length and
 * what he learned, and the better retry's "I", its task and its measured result named (47 to 93).
 *
 * What a coach would not sign today (most harmful first; the small, clear ones are `it.fails`):
 * - "asap, by summer" drops "by summer" and asks for months again: flows/deadline-said-as-date.ts
 *   (withDeadlineDate) tests AS_SOON_AS_POSSIBLE before seasonSaid, so a date said beside "asap" is lost.
 * - "ok maybe fifty bucks" at the picks gets "That isn't one of the options.": the budget's change words
 *   (flows/pick-questions.ts, Budget `words`) do not include dollars or bucks, and readChangeAt
 *   (flows/changed-answers.ts) takes an unmarked change only when it names an answer. With "actually" in front
 *   it asks whether $50 is "a change to your budget or current pay".
 * - "i reset the wifi access points in the warehouse when they drop" is not heard as networking (it is quoted
 *   as evidence of Logistics instead), so Computer networking is a core gap with no credit for what he does:
 *   data/skills.json has "Wi-Fi" but not "wifi" or "access points" among networking's aliases, and the extractor
 *   (src/skills/extract-skills.ts) needs a space or hyphen where the alias has one.
 * - The district posting's "Under general supervision" is read as People management (the `supervision` alias
 *   in data/skills.json), a demand the posting never makes.
 * - At $0 the plan's study step says "Enroll ... Check every price and fee on the provider's page before
 *   paying." and never how to study it free (audit, financial aid): src/credentials/action-plan.ts, the
 *   `enroll` step's actions do not read the budget.
 * - Practice praises "You measured the result: "access point in aisle 12 that was frozen"": the aisle number
 *   is read as a measured result (src/star/praise.ts, from measuredOutcome in src/star/feedback.ts: the clause
 *   holding "aisle 12" is taken as the Result); the real result ("the trucks go out more or less on time") is
 *   unmeasured and never asked about.
 * - Not kept as a test: the price behind "Certifying still costs $294" is said to be "seen on a 2018 news copy
 *   on steemit and on gocertify, as of 2018", an eight-year-old second-hand price told to a man with $0; with
 *   proctored exams refused, the path still says "CompTIA A+ builds on it when you are ready" without saying
 *   A+ is a proctored exam (a test centre is an option); and the retry, which ends "i wrote a one page reset
 *   guide so my leads fix it in 5 minutes now", is still told to "say what you learned and what you do
 *   differently now".
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const DISTRICT = `Help Desk Technician I - Riverbend Unified School District, Technology Services
Location: District Office and school sites. 12-month classified position. Salary: Range 22 on the classified schedule.
Job summary: Under general supervision, provide first-level technical support to teachers, staff and students at 19 school sites.
Essential duties:
- Answer, log and track support tickets in the district ticketing system (Incident IQ) and close them with clear notes
- Reset passwords and unlock accounts in Active Directory; create and disable student and staff accounts
- Install, configure and troubleshoot Windows 10/11 desktops, laptops and Chromebooks
- Set up and troubleshoot printers, projectors and classroom devices
- Image and deploy devices at the start of each school year
Minimum qualifications: high school diploma or equivalent; one year of experience providing technical or computer support; valid driver's license and use of a personal vehicle.
Preferred: CompTIA A+ certification. Bilingual English/Spanish is desirable.
Benefits: CalPERS retirement, medical, dental and vision for employee and dependents, 12 paid holidays, sick leave.
Riverbend Unified School District is an equal opportunity employer and does not discriminate on the basis of race, color, national origin, sex, disability or age in its programs and activities.`;
const MSP = `Service Desk Analyst (Tier 1) - Northgate Managed IT Services
Northgate is a managed service provider supporting 60 small and mid-size business clients across the region.
What you will do:
- Answer inbound calls and emails from client users and resolve issues by phone and remote session
- Support Office 365 / Microsoft 365: Outlook, Teams, OneDrive, license assignment and MFA resets
- Troubleshoot basic networking: DNS, DHCP, IP addressing, WiFi and VPN connectivity
- Document every ticket in ConnectWise Manage and escalate to Tier 2 within SLA
- Walk users through fixes with patience and a friendly voice
What you bring:
- 1+ year in a help desk, service desk or customer-facing technical role
- Working knowledge of Windows 10/11 and Microsoft 365
- Understanding of TCP/IP, DNS and DHCP
- CompTIA A+ or Network+ a plus, not required
Perks: health, dental and vision insurance, 401(k) with 4% match, paid certifications, 15 days PTO, hybrid after 90 days.
Northgate Managed IT Services is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.`;
const SKILLS =
  'i run the night crew 25 people, i keep the handheld scanners and the label printers working when they go down, i reset the wifi access points in the warehouse when they drop, i train the new people on the WMS software, i do the shift reports in excel every night';
const RAMBLING =
  'ok so one time in the night shift like 2 in the morning all the handheld scanners stop connecting and we had the trucks to load before 6 and nobody from IT answer the phone so me and the guys we start restarting everything, the scanners, the printers, everything, and finally it was the access point in aisle 12 that was frozen so we unplug it and plug it back and everything work again and the trucks go out more or less on time, that kind of thing happen a lot in the warehouse honestly';
const BETTER =
  'last march at 2 am all 30 handheld scanners on my night shift lost the wifi with 40 trucks to load by 6. IT was not on call so it was my job to get the crew working again. i checked which aisles were dropping, found the access point in aisle 12 frozen, power cycled it and reconnected each scanner, and i put the crew on paper pick lists for the 20 minutes it took. we loaded 38 of the 40 trucks on time, and i wrote a one page reset guide so my leads fix it in 5 minutes now';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('hector');
  await p.say('skill gaps');
  await p.say('warehouse shift supervisor');
  await p.say('eighteen years');
  await p.say('it support help desk');
  const heard = await p.say(SKILLS);
  const first = await p.say(DISTRICT);
  const second = await p.say(MSP);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('zero, i cant spend nothing right now');
  const nights = await p.say('like two nights a week');
  await p.say('ten hours');
  const free = await p.say('is google it support free or not');
  const summer = await p.say('asap, by summer');
  const aPlus = await p.say('do i need a+ to get hired');
  await p.say('six months');
  await p.say('like 54 thousand a year');
  await p.say('yes');
  const picks = await p.say('no');
  return { p, offer, nights, free, summer, aPlus, picks };
}

describe('Hector, warehouse shift supervisor to IT support, $0, ten hours a week, six months', () => {
  it('hears his scanner and printer work, reads both postings without their boilerplate, and names Windows, Active Directory and Outlook as the gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('hector');
    expect(heard).toContain('Mobile device support, Computer hardware, Technical support and Troubleshooting from "i keep the handheld scanners and the label printers working when they go down"');
    expect(heard).toContain('Reporting from "i do the shift reports in excel every night"');
    const skills = held(p.profile());
    for (const s of ['mobile-devices', 'computer-hardware', 'technical-support', 'troubleshooting', 'reporting', 'excel', 'people-management', 'training-and-development']) expect(skills.has(s), s).toBe(true);
    expect(first).toContain('Posting 1 read: I found Technical support');
    expect(first).toContain('Active Directory');
    expect(first).toContain('Microsoft Windows');
    expect(second).toContain('Posting 2 read: I found Technical support, Microsoft Outlook, Troubleshooting, Computer networking, Technical documentation, Microsoft Windows and Microsoft Office.');
    for (const read of [first, second]) expect(read).not.toMatch(/dental|401|pension|calpers|equal opportunity|driv/i);
    expect(report).toContain('Here is your gap report for *IT support specialist*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('The core skill still missing: Microsoft Windows.');
    expect(report).toContain('Training and development (you said "i train the new people on the WMS software")');
    expect(report).toContain('1. *Microsoft Windows*: asked for in 100% of the postings');
    expect(report).toContain('2. *Active Directory*: asked for in 50% of the postings');
    expect(report).toContain('3. *Microsoft Outlook*: asked for in 50% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['windows', 'active-directory', 'outlook']);
    expect(report).toContain('An entry-level IT support specialist earns about $48,000 a year, and $39,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('hears "i reset the wifi access points in the warehouse when they drop" as networking', async () => {
    const { p } = await throughGaps('hector-wifi');
    expect(held(p.profile()).has('networking')).toBe(true);
  });

  it('does not read the district posting\'s "Under general supervision" as a demand for people management', async () => {
    const { first } = await throughGaps('hector-supervision');
    expect(first).not.toContain('People management');
  });

  it('asks two nights back as hours, answers his two questions, and with proctored exams refused picks Google IT Support, free to study', async () => {
    const { p, offer, nights, free, summer, aPlus, picks } = await throughPick('hector-pick');
    expect(offer).toContain('your top gaps are Microsoft Windows, Active Directory and Microsoft Outlook');
    expect(nights).toContain('I read 2, but this question asks for hours.');
    expect(free).toContain('*Google IT Support Professional Certificate* (free to audit, financial aid): auditing means studying it free, without the certificate');
    expect(free).toContain('Certifying still costs $294');
    expect(summer).toContain("By summer, then: I'll plan for you to be ready by Tuesday 1 June 2027");
    expect(aPlus).toContain('Both of your postings prefer CompTIA A+: you can apply without it, and having it puts you ahead.');

    expect(picks).toContain('Here is my pick for *IT support specialist*:');
    const google = pickBlock(picks, 'Google IT Support Professional Certificate');
    expect(google).toMatch(/^1\. /);
    expect(google).toContain('$294 in all, about 26 weeks at 10 hours a week.');
    expect(google).toContain('You pay $49 a month while you study: 6 months, $294.');
    expect(google).toContain('Covers Microsoft Windows.');
    expect(google).toContain('You can study it free (audit) or apply for financial aid.');
    expect(picks).toContain('Recommended path: Start with Google IT Support Professional Certificate; CompTIA A+ builds on it when you are ready. Nothing to pay now; study Google IT Support Professional Certificate free (audit or financial aid).');
    expect(picks).toContain('Still uncovered: Active Directory, Microsoft Outlook and Technical documentation.');
    // The postings' named credentials are shown beside the pick, with their costs as certifying later.
    expect(picks).toContain('CompTIA A+: $506 in all, about 13 weeks at 10 hours a week (a planning estimate).');
    expect(picks).toContain('One of your postings prefers CompTIA Network+');
    // $48,000 entry pay against his $54,000: a pay cut, said gently.
    expect(picks).toContain('That is about $6,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(picks).toContain('Plan your savings for the gap before you switch.');

    const status = await p.say('status');
    expect(status).toContain('Budget=$0');
    expect(status).toContain('Hours a week=10');
    expect(status).toContain('Current pay=$54,000 a year');
    expect(status).toContain('Proctored exams are fine=no');

    const plan = await p.say('1');
    expect(plan).toContain('You chose *Google IT Support Professional Certificate*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // Google's own pace: 26 weeks from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-06-07');
    // 40 hours for the piece and 20 each to learn Active Directory and Outlook from scratch: 80 at 10 a week, 8 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-08-02');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-08-02');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-10-25');
    expect(plan).toContain('Use Active Directory and Microsoft Outlook in it: your credential does not teach them.');
    expect(plan).toContain('Your studying ends on Monday 7 June 2027, right on your deadline of Monday 7 June 2027.');
    expect(plan).toContain('your job search would run to Monday 25 October 2027, 20 weeks after it.');
    // 80 portfolio hours more inside the same 26 weeks: 340 hours in 26 weeks is about 13.1, so 14.
    expect(plan).toContain('To have your portfolio piece done by then, study about 14 hours a week instead of 10.');
    expect(plan).toContain('10 hours a week: 5 sessions of about 2 hours');
  });

  it('reads "asap, by summer" as ready by June 2027, not as a wish to be asked about again', async () => {
    const { summer } = await throughPick('hector-summer');
    expect(summer).toContain('By summer, then');
  });

  it('reads "ok maybe fifty bucks" at the picks as a new $50 budget', async () => {
    const { p } = await throughPick('hector-fifty');
    const fifty = await p.say('ok maybe fifty bucks');
    expect(fifty).not.toContain("That isn't one of the options");
    expect(fifty).toContain('Budget changed to $50.');
  });

  it('takes "ok maybe my budget is fifty bucks" as the new budget and picks again', async () => {
    const { p } = await throughPick('hector-budget');
    const fifty = await p.say('ok maybe my budget is fifty bucks');
    expect(fifty).toContain('Budget changed to $50.');
    expect(fifty).toContain('Nothing to pay now; study Google IT Support Professional Certificate free (audit or financial aid).');
  });

  it('at a $0 budget, the plan says how to study Google IT Support free', async () => {
    const { p } = await throughPick('hector-free-plan');
    const plan = await p.say('1');
    const step3 = /3\. Enroll and study on a weekly schedule=[^;]*/.exec(plan)?.[0] ?? '';
    expect(step3).toMatch(/audit|financial aid/);
  });

  it('coaches his rambling "we" story, then names what the retry improved', async () => {
    const { p } = await throughGaps('hector-practice');
    await p.say('practice');
    await p.say('two');
    const question = await p.say('let the coach choose');
    expect(question).toContain('"Tell me about a time something you were responsible for broke. What did you do in the first hour?"');
    const weak = await p.say(RAMBLING);
    expect(weak).toContain('*Question 1 of 2: 33/100*');
    expect(weak).toContain('Situation=5, Task=0, Action=2, Result=2');
    expect(weak).toContain('1. You wrote "we start restarting everything": say what you did yourself');
    expect(weak).toContain('At about 39 s spoken, this is short: an interviewer expects 1-2 minutes.');
    expect(weak).toContain('2. You wrote "so we unplug it and plug it back and everything work again...": add how much');

    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 33 → 93 (+60).');
    expect(better).toContain('You say "I" now where you said "we": "i checked which aisles were dropping".');
    expect(better).toContain('You say what you had to achieve now: "it was my job to get the crew working again".');
    expect(better).toContain('Task 0 → 5, Action 2 → 5');
    expect(better).toContain('You measured the result now: "my leads fix it in 5 minutes now".');
    expect(better).toContain('At about 42 s spoken, this is short');
    const next = await p.say('next question');
    expect(next).toContain('"Walk me through why you are moving into tech now, and what you have done about it so far."');
  });

  it('does not praise "access point in aisle 12 that was frozen" as a measured result', async () => {
    const { p } = await throughGaps('hector-aisle');
    await p.say('practice');
    await p.say('two');
    await p.say('let the coach choose');
    const weak = await p.say(RAMBLING);
    expect(weak).not.toContain('You measured the result: "access point in aisle 12');
  });
});
