import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Tanya Brooks, 43, retail store manager for 15 years at a national chain: runs a $6M store with 40 staff,
 * reads the weekly sales dashboards, ran the pilot of the chain's self-checkout app in her store and sent the
 * app team feedback every week, handles complaints, scheduling and vendor negotiations; no certificates. She
 * wants product manager ("maybe product owner? honestly not sure which!!"), has "a few hundred" (then 300),
 * 6 hours a week, "6 months" then "actually maybe 12 months not 6", earns $78,000. She pastes an Associate
 * Product Manager posting from a retail-tech startup (user research, PRDs and user stories, roadmap, Scrum, SQL
 * or analytics a plus, "retail experience a big plus") and a grocery chain's Product Owner posting (Jira
 * backlog, acceptance criteria, stakeholder demos, "CSPO or PSPO preferred"), both with benefits and EEO text.
 *
 * What a coach signs and this test asserts: her staff, customer, vendor and stakeholder work credited, and her
 * retail years named as worth showing; "i read our weekly sales dashboards and act on them" read as deciding
 * from data (basic data analysis and reporting), not as Dashboard design or Sales; the postings read without their
 * benefits, "Prioritize the roadmap" and "Own and prioritize the product backlog" read as Product management, the
 * years of experience they ask for kept out of the gaps; Requirements analysis, Product management and Scrum as
 * her top gaps; no invented pay figure (there is no BLS occupation for product managers, and "will I take a pay
 * cut??" is told so);
 * "a few hundred" asked back as a number; the changed deadline taken as Tuesday 7 December 2027; PSM I at $200,
 * within her $300, with the warning that it is made for another role; every plan date (5 study weeks, 80
 * portfolio hours at 6 a week, 12 weeks of job search); in practice her rambling pilot story asked for her task
 * first, and the shorter retry praised for it and for its measured result; "product manager vs product owner whats
 * the difference honestly" answered from roles.json (a product manager's core work, and a product owner runs the
 * backlog, most of a product manager's work) before the menu again; "is CSPO worth it" answered about CSPO: one
 * of her postings prefers it, and with no sourced price or study time, where to check.
 *
 * What a coach would not sign today (`it.fails` where small and clear):
 * - The picks are two Scrum Master certificates (PSM I, CSM) for a product manager; the catalog has no product
 *   owner credential (Scrum.org PSPO I, Scrum Alliance CSPO), though her posting names both.
 * - Practice praises "You measured the result: "it out to like 60 stores using what we learned"", a cut-off
 *   quote of the rollout's size, and never asks how much "usage went up a lot", the real result left unmeasured.
 * - Not kept as a test: Communication (asked in one posting) is not credited to a manager of 40 people who wrote
 *   weekly feedback to an app team, so the report says "Skills they ask for that you have=none yet"; the weekly
 *   pilot feedback is not credited as user research or product testing either.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const APM = `Associate Product Manager - ShelfSmart (Retail Tech, Series B)
About the role: We build in-store software for mid-size grocery and specialty retailers. As an Associate Product Manager you will own features on our store associate app.
What you will do:
- Run user research with store managers and associates, in stores and over video
- Write clear PRDs and user stories with acceptance criteria
- Prioritize the roadmap for your area with the Group PM using data and customer feedback
- Work daily with engineers and designers in Scrum: sprint planning, backlog refinement, reviews
- Track feature adoption and define success metrics
Requirements:
- 1-3 years of product, business analysis or relevant operations experience
- Strong written and verbal communication
- Comfortable with data; SQL or analytics tools (Amplitude, Looker) a plus
Nice to have: retail experience a big plus, especially store operations.
Benefits: medical, dental, vision, 401(k) with match, equity, flexible PTO.
ShelfSmart is an equal opportunity employer and welcomes applicants of all backgrounds.`;
const PO = `Product Owner, Digital Shopping - FreshWay Markets
FreshWay Markets (180 stores) is growing its digital team for online ordering and curbside pickup.
Responsibilities:
- Own and prioritize the product backlog in Jira for the pickup app scrum team
- Write user stories with clear acceptance criteria and refine them with the team
- Run sprint reviews and stakeholder demos for store operations and marketing
- Work with store operations to gather feedback and measure results
Qualifications:
- 2+ years in product ownership, business analysis or retail operations leadership
- Experience with Agile/Scrum and Jira
- CSPO or PSPO preferred
Benefits: health, dental, 401k, associate discount.
FreshWay Markets is an Equal Opportunity Employer.`;
const SKILLS =
  'honestly i run a 6 million dollar store with 40 staff, i read our weekly sales dashboards and act on them, i ran the pilot of our chains new self checkout app in my store and sent the app team feedback every single week!! i handle customer complaints, do all the scheduling and negotiate with vendors';
const RAMBLING =
  'ok honestly so last year our chain picked my store to pilot the new self checkout app and i was kind of nervous about it!! so every week i looked at the dashboard for how many customers used it vs the regular lanes and also the complaints we got at the service desk, and i noticed that like saturday mornings usage dropped way down and complaints went up and honestly it turned out the older customers were getting stuck on the produce weigh screen, so i put an associate by the kiosks on saturday mornings and i wrote it up for the app team in my weekly feedback and they changed the produce screen and after that usage went up a lot and complaints basically stopped, and the chain rolled it out to like 60 stores using what we learned, it was honestly one of the best things i did';
const SHORTER =
  'during our self-checkout pilot i owned the weekly feedback to the app team. the dashboard showed saturday morning usage falling from about 40% to 25% of transactions while complaints doubled. i watched the kiosks myself, found older customers stuck on the produce weighing screen, put an associate there on saturdays and sent the app team the data and screenshots. they simplified the screen, usage climbed to 45% and produce complaints dropped by 80% in six weeks, and the chain used my notes for the rollout to 60 stores';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Tanya');
  await p.say('find my skill gaps');
  await p.say('retail store manager');
  await p.say('fifteen years');
  const target = await p.say('product manager... maybe product owner? honestly not sure which!!');
  await p.say('yes');
  const heard = await p.say(SKILLS);
  const first = await p.say(APM);
  const second = await p.say(PO);
  const report = await p.say('done');
  return { p, target, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  const fewHundred = await p.say('a few hundred');
  await p.say('300');
  await p.say('6 hours a week');
  await p.say('6 months');
  const changed = await p.say('actually maybe 12 months not 6');
  await p.say('78000');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, fewHundred, changed, picks };
}

describe('Tanya, retail store manager to product manager, $300, 6 hours a week, 12 months', () => {
  it('credits her store work, reads both postings without benefits, and names Requirements analysis, Product management and Scrum as her top gaps', async () => {
    const { p, target, heard, first, second, report } = await throughGaps('tanya');
    expect(target).toContain('Did you mean *Product manager*?');
    expect(heard).toContain('People management from "honestly i run a 6 million dollar store with 40 staff"');
    const skills = held(p.profile());
    for (const s of ['people-management', 'customer-service', 'vendor-management', 'stakeholder-management']) expect(skills.has(s)).toBe(true);
    expect(first).toContain('Posting 1 read: I found User research, Requirements analysis, Product management, Scrum');
    expect(second).toContain('Posting 2 read: I found Product management, Jira, Scrum, Requirements analysis');
    for (const read of [first, second]) expect(read).not.toMatch(/401|dental|equal opportunity/i);
    expect(report).toContain('Here is your gap report for *Product manager*. Demand is from the 2 postings you pasted.');
    // Years asked for are experience, not a course: kept out of the gaps and said as such.
    expect(report).toContain('"2+ years in product ownership, business analysis or retail operations leadership"');
    expect(report).toContain('Worth showing in your stories=Retail (from your job as *retail store manager*)');
    expect(report).toContain('1. *Requirements analysis*: asked for in 100% of the postings');
    expect(report).toContain('2. *Product management*: asked for in 100% of the postings');
    expect(report).toContain('3. *Scrum*: asked for in 100% of the postings');
    expect(gapIds(p.profile()).slice(0, 4)).toEqual(['requirements-gathering', 'product-management', 'scrum', 'ux-research']);
    // No BLS occupation exists for product managers: the coach says so rather than invent a figure.
    expect(report).toContain("There is no government pay figure for product managers, so I can't give you a reliable entry-level number.");
    expect(report).not.toMatch(/\$\d{2},\d{3} a year/);
  });

  it('reads "i read our weekly sales dashboards and act on them" as using data, not as designing dashboards', async () => {
    const { p } = await throughGaps('tanya-dashboards');
    expect(held(p.profile()).has('dashboards')).toBe(false);
    expect(held(p.profile()).has('data-analysis')).toBe(true);
  });

  it('reads "Prioritize the roadmap" and "Own and prioritize the product backlog" as Product management', async () => {
    const { first, second } = await throughGaps('tanya-roadmap');
    expect(first).toContain('Product management');
    expect(second).toContain('Product management');
  });

  it('answers "product manager vs product owner whats the difference honestly" instead of showing the menu', async () => {
    const { p } = await throughGaps('tanya-difference');
    const difference = await p.say('product manager vs product owner whats the difference honestly');
    expect(difference).not.toContain("I'm not sure which of these you mean");
    expect(difference).toContain("A product owner runs the backlog for a product team, which is most of a product manager's work.");
    expect(difference).toContain("*Product manager*: the core of the job is Product management");
  });

  it('asks "a few hundred" back as a number, takes the changed deadline, picks PSM I within $300 and dates every plan step', async () => {
    const { p, offer, fewHundred, changed, picks } = await throughPick('tanya-pick');
    expect(offer).toContain('your top gaps are Requirements analysis, Product management and Scrum');
    expect(fewHundred).toContain("I couldn't read a number in that.");
    expect(p.profile().budgetUsd).toBe(300);
    expect(changed).toContain('Deadline changed to Tuesday 7 December 2027, about 12 months from now.');
    const psm = pickBlock(picks, 'Professional Scrum Master I (PSM I)');
    expect(psm).toMatch(/^1\. /);
    expect(psm).toContain('$200 in all, about 5 weeks at 6 hours a week (a planning estimate)');
    expect(psm).toContain('It is made for another role (project manager / Scrum master): my catalog has no credential made for product manager jobs');
    expect(picks).toContain('$200 in all, within your $300 budget.');
    expect(picks).toContain('Still uncovered: Requirements analysis, Product management, User research, Jira and SQL.');

    const payCut = await p.say('will I take a pay cut??');
    expect(payCut).toContain('There is no government pay figure for product managers');

    const plan = await p.say('1');
    expect(plan).toContain('You chose *Professional Scrum Master I (PSM I)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // About 30 hours at 6 a week: 5 weeks from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-01-11');
    // 80 hours for the piece at 6 a week: 13.3, so 14 weeks from 11 January.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-04-19');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-04-19');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-07-12');
    // 11 January to 7 December 2027 is 330 days: 47 whole weeks.
    expect(plan).toContain('Your studying ends on Monday 11 January 2027, 47 weeks inside your deadline of Tuesday 7 December 2027.');
    expect(plan).toContain('Use Requirements analysis and Product management in it: your credential does not teach them.');
    expect(plan).toContain('6 hours a week: 3 sessions of about 2 hours');
    expect(plan).toContain('since I have no pay figure for the role');
  });

  it('answers "is CSPO worth it" about the CSPO her posting prefers, not about PSM I', async () => {
    const { p } = await throughPick('tanya-cspo');
    const worth = await p.say('is CSPO worth it');
    expect(worth).toContain("One of your 2 postings prefers it. I don't have sourced figures for Scrum Alliance's Certified Scrum Product Owner (CSPO)");
    expect(worth).toContain("Check Scrum Alliance's CSPO page");
    expect(worth.split('\n')[0]).not.toMatch(/PSM I|\$\d/);
  });

  it.fails('offers a product owner credential (PSPO I or CSPO), which her Product Owner posting names', async () => {
    const { picks } = await throughPick('tanya-po-pick');
    expect(picks).toMatch(/^\d\. \*[^*\n]*Product Owner/m);
  });

  it('practice: her rambling pilot story is asked for her task first; the shorter retry is praised for it and for its measured result', async () => {
    const p = await newUserAt(data, 'tanya-practice', TODAY);
    await p.say('Tanya');
    await p.say('practise interview answers');
    await p.say('product manager');
    await p.say('just 1');
    const question = await p.say('decisions with data');
    expect(question).toContain('(on decisions with data, as you asked)');
    const feedback = await p.say(RAMBLING);
    expect(feedback).toContain('Task=0');
    expect(feedback).toContain('1. After "ok honestly so last year", say what you had to achieve');
    await p.say('retry');
    const retry = await p.say(SHORTER);
    expect(retry).toMatch(/Since your last try: (\d+) → (\d+) \(\+\d+\)/);
    expect(retry).toContain('Task 0 → 5');
    expect(retry).toContain('You say what you had to achieve now: "during our self-checkout pilot i owned the weekly feedback');
    expect(retry).toContain('You measured the result: "produce complaints dropped by 80%"');
  });

  it('practice asks how much "usage went up a lot" instead of praising the rollout count as a measured result', async () => {
    const p = await newUserAt(data, 'tanya-measure', TODAY);
    await p.say('Tanya');
    await p.say('practise interview answers');
    await p.say('product manager');
    await p.say('just 1');
    await p.say('decisions with data');
    const feedback = await p.say(RAMBLING);
    expect(feedback).toContain('usage went up a lot');
  });
});
