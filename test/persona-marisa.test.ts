import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Marisa Delgado, 46, dental office manager for 14 years: runs scheduling and billing in Dentrix, built the
 * office's patient-reminder workflow (texts and emails before appointments), trains the front desk, pulls the
 * monthly production reports, handles insurance claims and vendor contracts; no certificates. She wants to be a
 * Salesforce administrator ("my friend does salesforce admin and loves it"), has "$300 tops" (then "ok my husband
 * says 400 is fine"), 6 hours a week, "by next fall", earns $58,000. She pastes a nonprofit's Salesforce
 * Administrator posting (users, profiles and permission sets, flows, reports and dashboards, data imports,
 * "Salesforce Administrator certification required") and a healthcare company's Junior CRM Administrator posting
 * (Salesforce or HubSpot, workflow automation, data quality, "Trailhead badges a plus"), both with benefits and
 * EEO text. Mid-pick she asks "is trailhead free?" and "can i skip the cert and just do trailhead".
 *
 * What a coach signs and this test asserts: her production reports credited as Reporting, her training of the
 * front desk and her healthcare years shown as worth telling; both postings read without benefits or EEO text,
 * "Salesforce or HubSpot" one demand; CRM software and Process automation her top gaps; no invented pay figure
 * (there is no BLS figure for Salesforce administrators, and the report says so); "by next fall" taken as
 * Wednesday 1 September 2027; Salesforce Certified Administrator at $200, within $300 and then $400, with the
 * warning that her first posting requires it and that it expires unless the free maintenance modules are done;
 * "change my budget to 400" taken; every plan date (14 study weeks, 60 portfolio hours at 6 a week, 12 weeks of
 * job search); in practice her rambling no-show story asked for her task and a measured result, and the retry
 * praised for both.
 *
 * What a coach would not sign today (`it.fails` where small and clear):
 * - "is trailhead free?" gets "I don't know of a free way in for salesforce administrator roles in my notes",
 *   though the same coach plans her study on "Salesforce's own Trailhead lessons" and calls the maintenance
 *   modules free: Trailhead is Salesforce's free learning site.
 * - "can i skip the cert and just do trailhead" gets the generic "my notes don't cover it", when her first
 *   posting requires the certification and the second only counts Trailhead badges a plus.
 * - "ok my husband says 400 is fine" is not heard as a budget change ("That isn't one of the options."); only
 *   "change my budget to 400" is. Said at the deadline question it is read as 400 months.
 * - "Manage users, profiles, permission sets and roles" is read as Identity and access management (IAM), her
 *   third gap, and the plan adds 20 hours because "your credential does not teach it": Salesforce user management
 *   is in the Administrator exam.
 * - "i built our patient reminder workflow (texts and emails before appointments)" is credited as Healthcare,
 *   not as Process automation, which her second posting asks for in those words (appointment reminders).
 * - "Still uncovered: ... Dashboard design, Data migration and import ... and Data cleaning" after the
 *   Administrator pick, whose exam covers reports and dashboards, data imports and data quality.
 * - Practice scores her better answer Situation=0 though it opens "our no-show rate was about 12% and the
 *   dentists asked me to fix it", and quotes that sentence as her task instead of "my task was to cut no-shows".
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const NONPROFIT = `Salesforce Administrator - Harbor Light Community Services
Harbor Light is a nonprofit serving 12,000 families a year across three counties. We run our programs, donors and volunteers on Salesforce Nonprofit Cloud.
What you will do:
- Manage users, profiles, permission sets and roles for 85 staff
- Build and maintain flows to automate intake, donor acknowledgements and volunteer scheduling
- Create reports and dashboards for program managers and the board
- Run data imports and cleanups with Data Import Wizard and Data Loader
- Train staff and write simple how-to guides
Requirements:
- Salesforce Administrator certification required
- 1+ years administering Salesforce or a similar CRM
- Strong communication and a patient, helpful attitude
Benefits: health and dental insurance, 403(b), 20 days PTO, hybrid schedule.
Harbor Light Community Services is an equal opportunity employer. We encourage people of all backgrounds to apply.`;
const HEALTHCARE = `Junior CRM Administrator - BrightPath Health Partners
BrightPath runs 30 outpatient clinics. Our patient outreach team needs a CRM admin to keep our systems running smoothly.
Responsibilities:
- Administer our CRM (Salesforce or HubSpot) day to day: users, fields, page layouts
- Build workflow automation for appointment reminders and referral follow-ups
- Own data quality: deduplication, validation rules, regular audits
- Pull reports for clinic managers and support front-desk users
Qualifications:
- Experience with Salesforce or HubSpot
- Healthcare or medical office experience preferred
- Trailhead badges a plus
Benefits: medical, dental, vision, 401(k) match, tuition assistance.
BrightPath Health Partners is an Equal Opportunity Employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.`;
const SKILLS =
  'ok so i run all the scheduling and billing in dentrix lol, i built our patient reminder workflow (texts and emails before appointments), i train all the new front desk girls, i pull the monthly production reports for the dentists, i handle the insurance claims and i negotiate our vendor contracts!';
const RAMBLING =
  'omg ok so a couple years ago we had soooo many no shows like it was crazy and the dentists were not happy lol, so i kind of looked into dentrix and found out it could send texts and emails and nobody had ever set it up, so i spent like a few weekends figuring it out and i set up reminders two days before and the morning of and also a thing where patients could confirm by texting back, and then i showed the girls at the front desk how to see who confirmed and call the ones who didnt, and it worked really well and everybody was happy!';
const BETTER =
  'our no-show rate was about 12% and the dentists asked me to fix it. my task was to cut no-shows without hiring anyone. i set up dentrix to text and email every patient two days before and the morning of the appointment, added text-back confirmation, and trained the three front desk staff to call anyone who had not confirmed by noon. within three months no-shows fell from 12% to 5%, which filled about 40 more appointments a month';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('hi im marisa!');
  await p.say('find my skill gaps');
  await p.say('dental office manager');
  await p.say('fourteen years');
  const target = await p.say('salesforce admin!! my friend does salesforce admin and loves it');
  const heard = await p.say(SKILLS);
  const first = await p.say(NONPROFIT);
  const second = await p.say(HEALTHCARE);
  const report = await p.say('done');
  return { p, target, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('credentials');
  await p.say('yes');
  await p.say('$300 tops lol');
  const trailhead = await p.say('is trailhead free?');
  await p.say('six hours a week');
  const skip = await p.say('can i skip the cert and just do trailhead');
  const fall = await p.say('by next fall');
  await p.say('58000');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, trailhead, skip, fall, picks };
}

describe('Marisa, dental office manager to Salesforce administrator, $300 then $400, 6 hours a week, by next fall', () => {
  it('credits her reports, training and healthcare years, reads both postings without benefits, and names CRM software and User administration as her top gaps', async () => {
    const { p, target, heard, first, second, report } = await throughGaps('marisa');
    expect(target).toContain('1) Salesforce');
    expect(heard).toContain('Reporting from "i pull the monthly production reports for the dentists"');
    expect(heard).toContain('Training and development from "i train all the new front desk girls"');
    expect(held(p.profile()).has('reporting')).toBe(true);
    expect(first).toContain('Salesforce Flow, Reporting, Dashboard design, Data migration and import, Training and development');
    expect(second).toContain('Posting 2 read: I found CRM software, Process automation, Data cleaning, Reporting, Salesforce or HubSpot and Healthcare (a plus).');
    for (const read of [first, second]) expect(read).not.toMatch(/40[13]|vision|equal opportunity|tuition/i);
    expect(report).toContain('Here is your gap report for *Salesforce administrator*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Reporting and Process automation');
    expect(report).toContain('Worth showing in your stories=Training and development (you said "i train all the new front desk girls") and Healthcare');
    expect(report).toContain('1. *CRM software (Salesforce Flow or Salesforce or HubSpot)*: asked for in 100% of the postings');
    expect(report).toContain('2. *User administration*: asked for in 50% of the postings');
    expect(report).toContain('The government publishes no pay figures for Salesforce administrators, so I cannot estimate what the move would pay');
    expect(report).not.toMatch(/\$\d{2},\d{3}/);
  });

  it('reads "Manage users, profiles, permission sets and roles" as Salesforce user management, not Identity and access management', async () => {
    // data/skills.json: the IAM skill lists "permission sets" and "logins, roles and permissions" among its aliases.
    const { p, first } = await throughGaps('marisa-users');
    expect(first).not.toContain('Identity and access management');
    expect(gapIds(p.profile())).not.toContain('identity-access-management');
  });

  it('credits the patient reminder workflow she built as Process automation', async () => {
    const { p, report } = await throughGaps('marisa-workflow');
    expect(report).not.toContain('2. *Process automation*');
    expect(held(p.profile()).has('process-automation')).toBe(true);
  });

  it('takes "by next fall" as 1 September 2027, picks the Administrator certification within $300, then $400, and dates every plan step', async () => {
    const { p, offer, fall, picks } = await throughPick('marisa-pick');
    expect(offer).toContain('your top gaps are CRM software (Salesforce Flow or Salesforce or HubSpot), User administration');
    expect(p.profile().budgetUsd).toBe(300);
    expect(fall).toContain("By fall, then: I'll plan for you to be ready by Wednesday 1 September 2027, about 9 months from now.");
    const admin = pickBlock(picks, 'Salesforce Certified Administrator');
    expect(admin).toMatch(/^1\. /);
    expect(admin).toContain('$200 in all, about 14 weeks at 6 hours a week (a planning estimate).');
    expect(admin).toContain('One of your postings requires Salesforce Certified Administrator: without it, an application there can be screened out.');
    // A title is said back only where it matched a known role, so a typo is never read back to anyone.
    expect(admin).toContain('Your 14 years of work are in another field, so they do not count toward it.');
    expect(admin).toContain('Keep it by finishing the free Trailhead maintenance modules before each deadline, about once a year.');
    expect(picks).toContain('$200 in all, within your $300 budget.');
    expect(picks).toContain('The government publishes no pay figures for Salesforce administrators');

    const raised = await p.say('change my budget to 400');
    expect(raised).toContain('Budget changed to $400.');
    expect(raised).toContain('$200 in all, within your $400 budget.');
    expect(p.profile().budgetUsd).toBe(400);

    const plan = await p.say('1');
    expect(plan).toContain('You chose *Salesforce Certified Administrator*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 59 to 100 hours at 6 a week: 14 weeks from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-03-15');
    // 60 hours at 6 a week, 10 weeks from 15 March: 40 for the piece and 20 for IAM, which the it.fails below disputes.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-05-24');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-05-24');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-08-16');
    // 15 March to 1 September 2027 is 170 days: 24 whole weeks.
    expect(plan).toContain('Your studying ends on Monday 15 March 2027, 24 weeks inside your deadline of Wednesday 1 September 2027.');
    expect(plan).toContain('Build a working app in a free Salesforce Developer Edition org');
    expect(plan).toContain('6 hours a week: 3 sessions of about 2 hours');
    expect(plan).toContain('since I have no pay figure for the role');
  });

  it('hears "ok my husband says 400 is fine" as a budget change', async () => {
    // flows/pick-questions.ts: a changed budget is heard only with a word like budget, spend, afford, total or cap.
    const { p } = await throughPick('marisa-husband');
    const raised = await p.say('ok my husband says 400 is fine');
    expect(raised).toContain('Budget changed to $400.');
  });

  it('answers "is trailhead free?" with yes: Trailhead is the free study route for the Administrator exam', async () => {
    // src/credentials/cheaper-answers.ts: the answer looks only for a free audit or financial aid; the credential's
    // record in data/credentials.json names Trailhead but no free study route.
    const { trailhead } = await throughPick('marisa-trailhead');
    expect(trailhead).not.toContain("I don't know of a free way in");
    expect(trailhead).toContain('Trailhead');
  });

  it('answers "can i skip the cert and just do trailhead" from her postings: one requires the certification', async () => {
    // flows/off-script-answers.ts: the question falls through to the generic "my notes don't cover it".
    const { skip } = await throughPick('marisa-skip');
    expect(skip).not.toContain("my notes don't cover it");
    expect(skip).toMatch(/requires? (?:the )?Salesforce/);
  });

  it('does not leave reports and dashboards, data imports and data quality uncovered by the Administrator certification', async () => {
    const { picks } = await throughPick('marisa-covers');
    expect(picks).not.toMatch(/Still uncovered: [^\n]*(?:Dashboard design|Data migration and import|Data cleaning)/);
  });

  it('practice: her rambling no-show story is asked for her task and a measured result; the retry is praised for both', async () => {
    const p = await newUserAt(data, 'marisa-practice', TODAY);
    await p.say('marisa');
    await p.say('practice');
    await p.say('salesforce admin');
    await p.say('just 1');
    const question = await p.say('improving a process');
    expect(question).toContain('"Tell me about a process you mapped and improved. How did you know it was better?"');
    const feedback = await p.say(RAMBLING);
    expect(feedback).toContain('Task=0');
    expect(feedback).toContain('You end on "and everybody was happy", which does not say what changed.');
    expect(feedback).toContain('After "we had soooo many no shows like it was crazy", say what you had to achieve');
    await p.say('retry');
    const retry = await p.say(BETTER);
    expect(retry).toContain('Since your last try: 61 → 90 (+29).');
    expect(retry).toContain('You say what changed now, with a number: "within three months no-shows fell from 12% to 5%".');
    expect(retry).toContain('Task 0 → 5');
    expect(retry).toContain('End by linking "which filled about 40 more appointments a month" to the job you want');
  });

  it('practice: the answer that opens with the no-show rate keeps its Situation, and reads "my task was" as the task', async () => {
    // src/star/classify.ts labels each clause; "the dentists asked me to fix it" pulls the opening clause to the task.
    const p = await newUserAt(data, 'marisa-situation', TODAY);
    await p.say('marisa');
    await p.say('practice');
    await p.say('salesforce admin');
    await p.say('just 1');
    await p.say('improving a process');
    const scored = await p.say(BETTER);
    expect(scored).toContain('Situation=4, Task=5');
  });
});
