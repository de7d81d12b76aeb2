import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Amara Okafor, 35, call-centre supervisor at a bank for nine years, aiming at IT project coordinator. She leads
 * fourteen agents, does the schedules and shift coverage, builds weekly KPI reports in Excel, and ran her team's move
 * to a new phone system with IT (the test plan, the training, the go-live checklist). Budget $250, "about eight
 * hours a week, i have two kids lol", six months, earns "52k". She pastes a bank IT PMO's IT Project Coordinator
 * posting (schedules in MS Project or Smartsheet, RAID log, meeting notes, status reports, "CAPM or PMP a plus") and
 * a software company's Project Coordinator posting (Jira, Confluence, Agile ceremonies, status reports), both with
 * benefits and EEO boilerplate. She asks "whats the difference between coordinator and project manager" in the
 * middle of the interview and "CAPM or google project management?" in the middle of the pick, and says "nope" to
 * free options first. In practice she rambles in "we", then retries with "I", numbers and a lesson.
 *
 * What a coach signs and this test asserts: her KPI reporting and Excel heard; both postings read without their
 * benefits; Confluence and Agile named as gaps; entry pay from BLS with its source; the CAPM-or-Google question
 * answered side by side with both prices over her $250 said and Google first as the study CAPM builds on; the pick
 * (Google Project Management first, studied free, then CAPM, which her bank posting prefers; PMP only as an aside);
 * $25,000 over her $52,000; every plan date (25 weeks of study to 31 May 2027, one week inside her 7 June deadline,
 * the portfolio piece a case study of a project she helped run); and practice feedback asking for "I" and her own
 * steps, then naming what the retry improved.
 *
 * What a coach would not sign today (most serious first; the small, clear ones are `it.fails`):
 * - Her phone-system migration (test plan, training, go-live checklist, run with IT) is not heard as project work,
 *   so Project management is her number one gap: the one piece of experience that makes her a coordinator already
 *   is read as nothing. Cause: src/skills/person-cues.ts has project-management cues for "project planning",
 *   "milestones" and "scheduling projects", none for running a migration, a test plan or a go-live checklist.
 * - "i lead fourteen agents" is heard as neither leadership nor people management: the cues in
 *   src/skills/person-cues.ts want digits ("14 agents") or "lead ... teams/people", and the schedules she does
 *   ("do the schedules and shift coverage") match no scheduling cue.
 * - "whats the difference between coordinator and project manager" gets "my notes don't cover it" and a pointer
 *   to the BLS handbook: a coach answers it in two sentences, it is the question behind her whole pivot.
 * - The software posting's "status reports for clients and leadership" is read as asking for Leadership.
 * - Practice: "eventually it went live and it was fine i think" scores Result 4 of 5 and is praised as saying what
 *   changed; a coach calls it an unmeasured, hedged result.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const BANK = `IT Project Coordinator - Technology PMO, Harbor Federal Bank
Location: Charlotte, NC (hybrid, 3 days in office). Full time.
About the role: Support the IT Project Management Office on infrastructure and application projects. Build and maintain project schedules in MS Project or Smartsheet; keep the RAID log (risks, actions, issues, decisions) current; schedule meetings, take meeting notes and track action items; prepare weekly status reports for project managers and stakeholders; coordinate testing and go-live checklists with IT teams; track budget actuals.
Requirements: 2+ years of experience coordinating projects or operations; strong Excel; excellent written communication.
Preferred: CAPM or PMP a plus; banking or financial services experience.
We offer: competitive salary, 401(k) with match, medical, dental and vision, paid time off, tuition assistance.
Harbor Federal Bank is an Equal Opportunity Employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.`;
const SOFTWARE = `Project Coordinator - Brightline Software
Remote (US). Full time.
You will: keep our delivery teams on track by tracking work in Jira and keeping project pages in Confluence up to date; help run Agile ceremonies (sprint planning, daily standups, retrospectives); write weekly status reports for clients and leadership; follow up on blockers and dependencies across teams; onboard new clients with implementation checklists.
You have: 1-3 years coordinating projects, operations or customer teams; clear writing; comfort with Jira or similar tools. Scrum familiarity is a plus.
Perks: unlimited PTO, home office stipend, health insurance, equity.
Brightline is proud to be an equal opportunity workplace. We celebrate diversity and are committed to creating an inclusive environment for all employees.`;
const SKILLS =
  'i lead fourteen agents, do the schedules and shift coverage, weekly kpi reports in excel (pivot tables, vlookups), and i ran the move of my team to a new phone system with IT - wrote the test plan, did the training and the go-live checklist';


async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('amara');
  await p.say('skill gaps');
  await p.say('call center supervisor at a bank');
  await p.say('nine years');
  const aside = await p.say('whats the difference between coordinator and project manager');
  await p.say('it project coordinator');
  const heard = await p.say(SKILLS);
  const first = await p.say(BANK);
  const second = await p.say(SOFTWARE);
  const report = await p.say('done');
  return { p, aside, heard, first, second, report };
}

const WEAK =
  'so basically we had the new phones coming and it was a lot, people were nervous and IT kept changing dates, we did a lot of meetings and eventually it went live and it was fine i think, my agents were ok with it mostly after a while';
const BETTER =
  'last spring our bank moved my 14 agents to a new phone system and i was the business lead working with IT. my job was to make sure nobody dropped calls on go-live. i wrote the test plan with IT, ran twelve test calls per queue, trained every agent in two sessions and built a go-live checklist we walked through hour by hour. we went live on a monday with zero dropped calls and average handle time back to normal in one week. i learned to put every open risk in one list the whole team can see';

describe('Amara, call-centre supervisor to IT project coordinator, $250, 8 hours a week, 6 months', () => {
  it('hears her reporting and Excel, reads both postings without their boilerplate, and names her gaps and the pay', async () => {
    const { p, aside, heard, first, second, report } = await throughGaps('amara');
    expect(aside).toContain('*IT project coordinator*: the core of the job is Project management');
    expect(heard).toContain('Reporting from "weekly kpi reports in excel (pivot tables, vlookups)"; Excel; Leadership and People management from "i lead fourteen agents"');
    expect(held(p.profile()).has('excel')).toBe(true);
    expect(first).toContain('Posting 1 read: I found Project management, Microsoft Project, Risk management, Reporting, Stakeholder management, Budget management, Excel and Communication and 1 more.');
    expect(second).toContain('Posting 2 read: I found Jira, Confluence, Agile, Scrum, Reporting');
    for (const read of [first, second]) expect(read).not.toMatch(/401\(k\)|dental|equal opportunity|PTO|equity/i);
    expect(report).toContain('Here is your gap report for *IT project coordinator*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Project management (basic), Reporting and Excel');
    expect(report).toContain('1. *Project management* (you have the basics: deepen it): asked for in 100% of the postings');
    expect(report).toContain('2. *Confluence*: asked for in 50% of the postings');
    expect(report).toContain('3. *Agile*: asked for in 50% of the postings');
    expect(gapIds(p.profile())).not.toContain('reporting');
    expect(report).toContain('An entry-level IT project coordinator earns about $77,000 a year, and $60,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  // One migration run is the basics of project management, not the whole of it: heard and credited at a basic
  // level, so it stays a gap to deepen (the coordinator postings ask for schedules, RAID logs and MS Project).
  it('hears her phone-system migration (test plan, training, go-live checklist) as project management at a basic level', async () => {
    const { p, heard } = await throughGaps('amara-migration');
    expect(held(p.profile()).get('project-management')).toBe('basic');
    expect(heard).toMatch(/Project management/);
  });

  it('hears "i lead fourteen agents" as leading people', async () => {
    const { heard } = await throughGaps('amara-lead');
    expect(heard).toMatch(/Leadership|People management/);
  });

  it('answers "whats the difference between coordinator and project manager"', async () => {
    const { aside } = await throughGaps('amara-difference');
    expect(aside).not.toContain("my notes don't cover it");
  });

  it.fails('does not read "status reports for clients and leadership" as a Leadership requirement', async () => {
    const { second } = await throughGaps('amara-leadership');
    expect(second).not.toContain('Leadership');
  });

  it('answers CAPM or Google mid-pick, puts Google first then CAPM, says the money, and dates every plan step', async () => {
    const { p } = await throughGaps('amara-pick');
    const offer = await p.say('pick credentials');
    expect(offer).toContain('your top gaps are Project management, Confluence and Agile');
    await p.say('yes');
    await p.say('250');
    await p.say('about eight hours a week, i have two kids lol');
    await p.say('six months');
    await p.say('52k');
    const which = await p.say('CAPM or google project management?');
    expect(which).toContain('*CAPM (Certified Associate in Project Management)*: $300 in all');
    expect(which).toContain('more than your $250 budget; about 7 weeks at your 8 hours a week');
    expect(which).toContain('*Google Project Management Professional Certificate*: $294 in all');
    expect(which).toContain('about 25 weeks at your 8 hours a week');
    expect(which).toContain('My pick for you: *Google Project Management Professional Certificate* first, because it is the foundation *CAPM (Certified Associate in Project Management)* builds on.');
    expect(which).toContain('Would you like free, audit or financial-aid options first');
    await p.say('nope');
    const picks = await p.say('yes');
    const google = pickBlock(picks, 'Google Project Management Professional Certificate');
    expect(google).toMatch(/^1\. /);
    expect(google).toContain('You pay $49 a month while you study: 6 months, $294.');
    expect(google).toContain('$44 over your $250 budget');
    expect(google).toContain('A subscription bills until you cancel it.');
    const capm = pickBlock(picks, 'CAPM (Certified Associate in Project Management)');
    expect(capm).toMatch(/^2\. /);
    expect(capm).toContain('$50 over your $250 budget');
    expect(capm).toContain('One of your postings prefers CAPM: you can apply without it, and having it puts you ahead.');
    expect(picks).toContain('Recommended path: Start with Google Project Management Professional Certificate; then CAPM');
    expect(picks).toContain('Nothing to pay now; study Google Project Management Professional Certificate free (audit or financial aid).');
    expect(picks).toContain('It is an option beside the advice above, not instead of it.');
    expect(picks).toContain('That is about $25,000 a year more than you earn now; it costs $294, so it pays back within your first month in the new job.');
    expect(picks).not.toContain('A first offer at the low end');

    const plan = await p.say('1');
    expect(plan).toContain('You chose *Google Project Management Professional Certificate*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // Six months at under 10 hours a week, as Google says, at her 8 hours: 25 weeks from Monday 7 December.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-05-31');
    // 40 hours for the piece (Confluence from scratch) at 8 a week: 5 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-07-05');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-07-05');
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-09-27');
    expect(plan).toContain('Write a case study of a project you helped run');
    expect(plan).toContain('Use Confluence in it: your credential does not teach it.');
    expect(plan).toContain('Your studying ends on Monday 31 May 2027, 1 week inside your deadline of Monday 7 June 2027.');
    expect(plan).toContain('your job search would run to Monday 27 September 2027, 16 weeks after it');
    expect(plan).toContain('start applying while you build the portfolio piece');
    expect(plan).toContain('8 hours a week: 4 sessions of about 2 hours');
  });

  it('asks the rambling "we" answer for her own steps, then names what the retry improved', async () => {
    const { p } = await throughGaps('amara-practice');
    await p.say('practice');
    await p.say('1');
    const question = await p.say('let the coach choose');
    expect(question).toContain('"Tell me about a project that was going off track. How did you notice, and what did you do?"');
    const weak = await p.say(WEAK);
    expect(weak).toContain('*Question 1 of 1: 24/100*');
    expect(weak).toContain('Task=0, Action=0');
    expect(weak).toContain('never say what you did. Give two or three steps of your own');
    expect(weak).toContain('You wrote "so basically we had the new phones coming": say what you did yourself, with "I"');
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 24 → 93 (+69).');
    expect(better).toContain('You say "I" now where you said "we": "i wrote the test plan with IT".');
    expect(better).toContain('You measured the result now: "we went live on a monday with zero dropped calls".');
    expect(better).toContain('You say what you had to achieve now: "my job was to make sure nobody dropped calls on go-live".');
    expect(better).toContain('At about 41 s spoken, this is short: an interviewer expects 1-2 minutes.');
  });

  it.fails('does not score "eventually it went live and it was fine i think" as a strong result', async () => {
    const { p } = await throughGaps('amara-result');
    await p.say('practice');
    await p.say('1');
    await p.say('let the coach choose');
    const weak = await p.say(WEAK);
    expect(weak).toMatch(/Result=[0-2]\b/);
  });
});
