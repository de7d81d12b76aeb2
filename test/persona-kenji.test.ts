import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser, pickBlock } from './support/new-user.js';

/**
 * Kenji Watanabe, 50, airline captain for 24 years, grounded by a medical issue: leads crews, flies by checklists
 * and standard procedures, does safety audits, trained as a check airman evaluating other pilots, and led the
 * rollout of electronic flight bags on iPads to the 300 pilots of his base (schedule, training plan, vendor
 * issues, status reports to management). He wants "IT project manager, or PMO", has $2,500, 10 hours a week,
 * 6 months, earns $210,000 and asks "how big of a pay cut are we talking". He pastes an airline IT department's
 * IT Project Manager posting (Agile and waterfall, MS Project, budgets, stakeholder reporting, PMP required or
 * within 1 year) and a SaaS Technical Program Manager posting (cross-team delivery, Jira, risk management, "PMP
 * or CSM a plus"), both with benefits and EEO text. Mid-pick he asks "does the EFB rollout count toward PMP
 * hours?" and "CAPM or PMP?".
 *
 * What a coach signs and this test asserts: his crew leadership and status reports credited with his words;
 * both postings read without flight benefits, perks or EEO text; Risk management, Agile and Project management
 * as the top gaps; the pay said from BLS entry-level figures, and before he gives his pay, "tell me what you earn
 * now"; after he does, the cut said as about $133,000 a year, gently; the PMP rule (36 months of leading
 * projects with a degree, 60 without) and its member route at $569; CAPM and PMP side by side; the "yes" typed
 * at the skills question asked again; every plan date; in practice the rambling rollout story flagged for "we"
 * and an unmeasured result, and the retry praised for "I" and "all 300 pilots were trained in 8 months".
 *
 * What a coach would not sign (`it.fails`, ranked by harm):
 * - PMP is set aside "for later, once you have that experience", and CAPM offered as the way in, to a captain of
 *   24 years who led a 300-pilot rollout, while his airline posting requires PMP within a year. Cause:
 *   src/credentials/person-fit.ts mayHaveLed: LEADING_TITLE has no "captain" (nor pilot-in-command).
 * - The recommended path starts with Certified ScrumMaster, "price unknown", for a $2,500 budget whose postings
 *   name PMP (one requires it); likely the same cause: with PMP set aside, src/credentials/best-stack.ts better
 *   ranks the badge his second posting names ("PMP or CSM a plus") first.
 * - "CAPM or PMP?" is answered "CAPM first, because it is the foundation PMP builds on": an entry-level badge
 *   for a 24-year leader, with no word on whether his project months reach PMP's rule.
 * - The EFB rollout (schedule, training plan, vendor issues, status reports) is not read as Project management
 *   or Vendor management, so the coach says "project management is among your gaps"; it is read as Mobile
 *   device support instead (data/skills.json: "iPad" is an iOS alias, and iOS is broader than mobile devices).
 * - "does the EFB rollout count toward PMP hours?" gets the general PMP card (and "I don't have how the PMP exam
 *   is taken"), never a word on the rollout: src/credentials/credential-answers.ts answerCredentialQuestion has no
 *   kind for "does my work count toward its experience", so the question falls to what the credential is.
 * - Not kept as a test: "safety audits" and checklists are not credited as risk management, so Risk management
 *   leads his gaps; the retry is told to "add more on your steps after 'i built the schedule'" though it names four.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const ITPM = `IT Project Manager - Skyward Airlines, Information Technology
Skyward Airlines is a major US carrier flying to 140 destinations. Our IT department delivers the systems that keep our operation safe and on time.
What you will do:
- Manage IT projects from initiation to close using Agile and waterfall methods
- Build and maintain project schedules in MS Project
- Manage project budgets, forecasts and vendor contracts
- Report status, risks and issues to stakeholders and senior leadership
- Coordinate with flight operations, maintenance and airport teams
Qualifications:
- 5+ years managing IT or operational projects
- PMP certification required, or obtained within 1 year of hire
- Airline or aviation experience strongly preferred
Benefits: medical, dental, 401(k) match, flight benefits for you and your family.
Skyward Airlines is an Equal Opportunity Employer, including veterans and individuals with disabilities.`;
const TPM = `Technical Program Manager - Loopline (B2B SaaS)
About us: Loopline builds workflow software used by 4,000 companies. We are remote-first.
The role:
- Drive cross-team delivery of programs spanning engineering, product and customer success
- Own program plans and dependencies in Jira
- Identify, track and mitigate risks; run risk reviews with engineering leads
- Run release readiness and communicate status to executives
Requirements:
- 3+ years of program or project management in a technical environment
- Strong written communication
- PMP or CSM a plus
Perks: equity, unlimited PTO, home office stipend, annual team retreat.
Loopline is an equal opportunity employer. We celebrate diversity.`;
const SKILLS =
  'lead crews of 2 to 6. checklists and standard operating procedures daily. safety audits. trained as check airman, evaluate other pilots. led rollout of electronic flight bags on ipads for 300 pilots at my base: schedule, training plan, vendor issues, status reports to management.';
const RAMBLING =
  'ok so the efb rollout. we had 300 pilots at the base and paper manuals, company wanted ipads. vendor kept slipping the software, the training dept was short staffed, union had concerns about workload, and management wanted weekly updates. we worked through it, lot of meetings, lot of emails, some late nights. eventually everyone was on ipads and it went fine more or less, the paper is gone now.';
const BETTER =
  'i led the electronic flight bag rollout for 300 pilots at my base. my task was to get every pilot trained and flying paperless in 9 months without a single flight delayed by it. i built the schedule, wrote the training plan with the training department, ran a weekly vendor call to fix the sync defects, and sent a one page status report to management every friday. all 300 pilots were trained in 8 months, one month early, with zero delays caused by the change, and we cut 40 pounds of paper from each flight deck.';

async function throughGaps(user: string) {
  const p = await newUser(data, user, TODAY);
  await p.say('Kenji');
  await p.say('skill gaps');
  await p.say('airline captain');
  await p.say('twenty four years');
  await p.say('IT project manager, or PMO');
  const yes = await p.say('yes');
  const heard = await p.say(SKILLS);
  const first = await p.say(ITPM);
  const second = await p.say(TPM);
  const report = await p.say('done');
  return { p, yes, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('credentials');
  await p.say('yes');
  await p.say('2,500 dollars');
  const efb = await p.say('does the EFB rollout count toward PMP hours?');
  await p.say('ten hours a week');
  const capmOrPmp = await p.say('CAPM or PMP?');
  await p.say('6 months');
  const payCut = await p.say('how big of a pay cut are we talking');
  await p.say('210000');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, efb, capmOrPmp, payCut, picks };
}

describe('Kenji, airline captain to IT project manager, $2,500, 10 hours a week, 6 months', () => {
  it('credits his crew leadership and reports, reads both postings without perks, and names Risk management, Agile and Project management', async () => {
    const { p, yes, heard, first, second, report } = await throughGaps('kenji');
    expect(yes).toContain("I couldn't recognise any skills in that.");
    expect(heard).toContain('Reporting from "status reports to management"');
    expect(heard).toContain('People management and Leadership from "lead crews of 2 to 6"');
    const skills = held(p.profile());
    for (const s of ['reporting', 'leadership', 'people-management']) expect(skills.has(s)).toBe(true);
    expect(first).toContain('Posting 1 read: I found Agile, Waterfall, Microsoft Project, Budget management, Forecasting, Vendor management, Reporting and Risk management and 1 more.');
    expect(second).toContain('Posting 2 read: I found Jira, Risk management, Project management and Communication.');
    for (const read of [first, second]) expect(read).not.toMatch(/401|dental|flight benefits|equity|equal opportunity|retreat/i);
    expect(report).toContain('Here is your gap report for *Project manager / Scrum master*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('1. *Risk management*: asked for in 100% of the postings');
    expect(report).toContain('2. *Agile*: asked for in 50% of the postings');
    expect(report).toContain('3. *Project management*: asked for in 50% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['risk-management', 'agile', 'project-management']);
    expect(report).toContain('An entry-level project manager / Scrum master earns about $77,000 a year, and $60,000 at the low end: the 25th and 10th percentiles for project management specialists (BLS, May 2024).');
  });

  it.fails('reads the EFB rollout (schedule, training plan, vendor issues, status reports) as Project management and Vendor management, not Mobile device support', async () => {
    const { p, heard } = await throughGaps('kenji-efb');
    const skills = held(p.profile());
    expect(skills.has('project-management')).toBe(true);
    expect(skills.has('vendor-management')).toBe(true);
    expect(heard).not.toContain('Mobile device support');
  });

  it('answers PMP and CAPM-or-PMP mid-pick, says the pay cut gently, and dates every plan step', async () => {
    const { p, offer, efb, capmOrPmp, payCut, picks } = await throughPick('kenji-pick');
    expect(offer).toContain('your top gaps are Risk management, Agile and Project management');
    expect(efb).toContain('PMI requires 36 months of leading projects with a four-year degree (60 months with a secondary diploma), plus 35 hours of project management education.');
    expect(efb).toContain('The EFB rollout counts if you led it as a project');
    expect(efb).toContain('How many hours a week can you study?');
    expect(capmOrPmp).toContain('Side by side:');
    expect(capmOrPmp).toContain('*CAPM (Certified Associate in Project Management)*: $300 in all');
    expect(capmOrPmp).toContain('*PMP (Project Management Professional)*: $569 in all over 3 years');
    expect(capmOrPmp).toContain('the non-member route comes to $675');
    expect(payCut).toContain('Tell me what you earn now and I can say whether the move would mean a pay cut.');
    expect(p.profile().budgetUsd).toBe(2500);

    expect(pickBlock(picks, 'Google Project Management Professional Certificate')).toContain('You pay $49 a month while you study: 5 months, $245.');
    // His 24 years leading crews plausibly meet PMP's rule: PMP leads his picks, its rule said beside it, not CAPM as the way in.
    expect(pickBlock(picks, 'PMP (Project Management Professional)')).toMatch(/^1\. /);
    expect(pickBlock(picks, 'PMP (Project Management Professional)')).toContain('$569 in all, about 18 weeks at 10 hours a week (a planning estimate)');
    expect(picks).toContain('Recommended path: Start with PMP (Project Management Professional). $569 in all, within your $2,500 budget.');
    expect(picks).toContain('That is about $133,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(picks).toContain('Plan your savings for the gap before you switch.');

    const plan = await p.say('1');
    expect(plan).toContain('You chose *PMP (Project Management Professional)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // About 18 weeks of study at 10 hours a week from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-04-12');
    // 60 hours for the piece at 10 a week: 6 weeks from 12 April.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-05-24');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-05-24');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-08-16');
    expect(plan).toContain('Your studying ends on Monday 12 April 2027, 8 weeks inside your deadline of Monday 7 June 2027.');
    expect(plan).toContain('Use Risk management in it: your credential does not teach it.');
    expect(plan).toContain('10 hours a week: 5 sessions of about 2 hours');
  });

  it('does not set PMP aside "for later" for a captain of 24 years who led a 300-pilot rollout', async () => {
    // person-fit.ts mayHaveLed: LEADING_TITLE has no "captain", so his years are not taken as leading work.
    const { picks } = await throughPick('kenji-pmp-later');
    expect(picks).not.toContain('It is one for later, once you have that experience.');
  });

  it('does not start a $2,500 path with a price-unknown Scrum badge when his postings name PMP', async () => {
    const { picks } = await throughPick('kenji-path');
    expect(picks).not.toContain('Recommended path: Start with Certified ScrumMaster (CSM). The price of Certified ScrumMaster (CSM) is unknown');
  });

  it('does not answer "CAPM or PMP?" with the entry-level CAPM first for a 24-year leader', async () => {
    const { capmOrPmp } = await throughPick('kenji-capm');
    expect(capmOrPmp).not.toContain('My pick for you: *CAPM (Certified Associate in Project Management)* first');
  });

  it('answers "does the EFB rollout count toward PMP hours?" about the rollout', async () => {
    const { efb } = await throughPick('kenji-efb-hours');
    expect(efb).toMatch(/rollout|flight bag/i);
  });

  it('practice: the rambling rollout story is flagged for "we" and no measure; the retry is praised for "I" and its result', async () => {
    const p = await newUser(data, 'kenji-practice', TODAY);
    await p.say('Kenji');
    await p.say('practice');
    const role = await p.say('project manager');
    expect(role).toContain('How many questions would you like');
    await p.say('just 1');
    const question = await p.say('leadership');
    expect(question).toContain('(on leading without authority, as you asked)');
    const feedback = await p.say(RAMBLING);
    expect(feedback).toContain('*Question 1 of 1: 36/100*');
    expect(feedback).toContain('1. You wrote "we worked through it": say what you did yourself');
    expect(feedback).toContain('2. You wrote "the paper is gone now": add how much');
    await p.say('retry');
    const retry = await p.say(BETTER);
    expect(retry).toContain('Since your last try: 36 → 93 (+57).');
    expect(retry).toContain('You say "I" now where you said "we": "i built the schedule".');
    expect(retry).toContain('You measured the result now: "all 300 pilots were trained in 8 months".');
    // Four steps told are enough of them: the short answer is asked why they were taken.
    expect(retry).not.toContain('add more on your steps');
    expect(retry).toContain('why you took those steps, starting with "i built the schedule"');
  });
});
