import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Olu Adebayo, 47, ICU nurse for twenty years and now charge nurse on a 24-bed ICU: trains the new grads and
 * orients new nurses, charts and enters orders in Epic every shift, sat on the unit's Epic go-live super-user team
 * (tested the flowsheets, helped at the elbow), tracks the unit's quality metrics (CLABSI, falls) in Excel every
 * month and presents them at staff meetings; holds BLS, ACLS and CCRN ("clinical not tech lol"). Target: "health
 * informatics i think? something like clinical analyst, epic analyst, not sure the title". Budget "fifteen
 * hundred", "maybe eight, ten on a good week" (then "eight, to be safe"), "about a year", earns $92,000 and worries
 * about a pay cut. He pastes a hospital Clinical Informatics Analyst posting (Epic ClinDoc build and test, test
 * scripts, go-live support, tip sheets, compliance dashboards; BSN required, RN preferred, "Epic certification ...
 * required within 6 months of hire; the hospital sponsors training", SQL or Clarity a plus) and a health-tech
 * Clinical Data Analyst posting (SQL, Tableau, HL7/FHIR mapping, quality metrics, HIPAA, clinical background
 * strongly preferred), both with benefits and EEO text. Mid-pick he asks "do i need epic certification before
 * applying?" and "will i have to take a pay cut". He says no to free options first. In practice he rambles through
 * a falls story with "we", then retells it with "i", the numbers and the outcome.
 *
 * What a coach signs and this test asserts: "clinical analyst, epic analyst" matched to Health informatics
 * specialist and confirmed; his Epic charting heard as health informatics, his super-user go-live work as technical
 * support and troubleshooting, his training of new nurses and his Excel credited and never gaps, BLS and ACLS set
 * aside as not tech; both postings read without their benefits and EEO text, their years of clinical experience
 * kept out of the gaps; Dashboard design, Data analysis and SQL as his top gaps ("Analyze … clinical workflows"
 * is workflow analysis, so only the data posting asks for data analysis); "fifteen hundred" as $1,500; the two hours
 * figures asked back; the pay-cut question answered with the entry figure, its BLS source and the nearest
 * occupation, and a request for his pay; the closest path starting on IBM Data Analyst (the data-analyst
 * certificate that teaches dashboards, his top gap; price unknown, free to audit), Google Data Analytics second at
 * $49 a month for 7 months ($343), each said to be made for another role; every plan date inside "about a year"
 * (Tuesday 7 December 2027); a portfolio piece on public health data, never patient records; "no, id rather pay for
 * the right one" keeps his pay; the Epic question answered from his posting (within 6 months of hire); Healthcare
 * credited from his ICU work; "hmm what are the choices" shows the topics; in practice his "we talked about it a lot
 * at huddles" asked for "I" and his task read from "my manager asked me as charge nurse to find out why", a time of
 * night never praised as a result, and the retry praised for "I" and for "falls dropped to 2".
 *
 * What a coach would not sign today (`it.fails`):
 * - The pay comparison uses health information technologists and medical registrars (nearest occupation) and
 *   tells a $92,000 charge nurse whose postings prefer RNs the move costs "about $44,000 a year".
 * - Tracking the unit's quality metrics in Excel every month and presenting them is read as Reporting (basic) and
 *   Excel, not as data analysis.
 * - Not kept as a test: the report never says that his RN is what both postings prefer, nor mentions the BSN the
 *   hospital requires.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const HOSPITAL = `Clinical Informatics Analyst - Nursing (Epic) | St. Catherine Regional Medical Center
Department: Information Services / Clinical Applications. Full time, Monday-Friday, hybrid after orientation.
Summary: The Clinical Informatics Analyst partners with nursing and interdisciplinary teams to design, build, test and support Epic clinical documentation (ClinDoc) workflows across inpatient units.
Essential functions:
- Analyze current and future-state clinical workflows with nurses, managers and physicians and translate them into system requirements
- Build, configure and test flowsheets, order sets and documentation templates in Epic
- Write and run test scripts for upgrades and new builds; track defects to resolution
- Provide go-live and at-the-elbow support; troubleshoot end-user issues escalated by the service desk
- Develop training materials and tip sheets and educate end users
- Build and maintain reports and dashboards on documentation compliance and quality measures
Qualifications:
- Bachelor's degree in nursing, health informatics or a related field required
- Current RN license preferred; 3+ years of clinical experience required
- Epic certification (ClinDoc Inpatient or Stork) required within 6 months of hire; the hospital sponsors training
- SQL or Epic Clarity/Reporting Workbench experience a plus
- Strong communication and project management skills
We offer: medical, dental and vision coverage, 403(b) with employer match, tuition reimbursement, paid time off and an employee assistance program.
St. Catherine Regional Medical Center is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.`;

const HEALTHTECH = `Clinical Data Analyst - Brightline Health (Remote, US)
Brightline Health builds remote patient monitoring software used by 120 hospitals. Our Clinical Analytics team turns EHR and device data into insight for care teams.
What you'll do:
- Write SQL queries to pull, clean and validate clinical data from our data warehouse
- Build dashboards in Tableau for customer hospitals and internal clinical leaders
- Map EHR data (HL7 and FHIR feeds) to our data model and work with engineering on data quality issues
- Analyze outcomes and quality metrics (readmissions, alert response times) and present findings
- Partner with product managers to define clinical requirements for new features
What we're looking for:
- 2+ years of experience in clinical practice, healthcare analytics or a related field
- Proficiency in SQL; Python or R a plus
- Experience with Tableau or Power BI
- Working knowledge of HIPAA and healthcare data privacy
- Clinical background (RN, RT, PharmD) strongly preferred
Perks: competitive salary and equity, medical/dental/vision, 401(k) match, home office stipend, unlimited PTO.
Brightline Health is proud to be an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment for all employees.`;

const SKILLS =
  'ok so im charge nurse on a 24 bed icu, ive been an icu nurse twenty years. i train all the new grads and orient new nurses, i use epic every single shift for charting and orders, i was on the super user team when our unit went live on epic (tested the flowsheets, helped people at the elbow). i track our units quality metrics in excel every month like CLABSI and falls and present them at staff meetings. certs are BLS, ACLS and CCRN but those are clinical not tech lol';

const RAMBLING =
  'ok so this is a long one sorry. so a couple years ago our falls numbers were bad, like really bad, and our manager was stressed about it because the quality people kept emailing her, and we all kind of knew it was nights mostly, and i had been doing the excel sheet for the metrics anyway so i started looking at it more, and it was mostly between like 2 and 5 in the morning and mostly patients coming off sedation, so we talked about it a lot at huddles and we tried a bunch of stuff, bed alarms, hourly rounding, and the falls went down a lot and everyone was happy and the manager was happy and the quality people stopped emailing lol';
const SHORTER =
  'in 2023 our icu had 9 patient falls in six months, the worst on our floor, and my manager asked me as charge nurse to find out why. i pulled eighteen months of incident reports into my excel tracker and broke them down by hour and sedation status, and i found 7 of the 9 falls happened between 2 and 5 am in patients weaning off sedation. i presented that at our staff meeting, set up a bed alarm and hourly rounding protocol for those patients with the night shift, and built a monthly chart to follow it. falls dropped to 2 in the next six months and the hospital adopted our protocol on two other units';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('olu');
  await p.say('find my skill gaps');
  await p.say('icu nurse, charge nurse');
  await p.say('twenty years');
  const target = await p.say('health informatics i think? something like clinical analyst, epic analyst, not sure the title');
  await p.say('yes');
  const heard = await p.say(SKILLS);
  const first = await p.say(HOSPITAL);
  const second = await p.say(HEALTHTECH);
  const report = await p.say('done');
  return { p, target, heard, first, second, report };
}

async function toFreeFirst(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  const budget = await p.say('fifteen hundred');
  const epic = await p.say('do i need epic certification before applying?');
  const twoNumbers = await p.say('maybe eight, ten on a good week');
  await p.say('eight, to be safe');
  await p.say('about a year');
  const payCut = await p.say('will i have to take a pay cut');
  await p.say('92000');
  return { p, offer, budget, epic, twoNumbers, payCut };
}

async function throughPick(user: string) {
  const before = await toFreeFirst(user);
  await before.p.say('no thanks, paid is fine');
  const picks = await before.p.say('yes');
  return { ...before, picks };
}

async function practice(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('olu');
  await p.say('practise interview answers');
  const role = await p.say('clinical informatics analyst');
  await p.say('two please');
  const choices = await p.say('hmm what are the choices');
  const question = await p.say('working with data');
  const feedback = await p.say(RAMBLING);
  await p.say('retry');
  const retry = await p.say(SHORTER);
  return { p, role, choices, question, feedback, retry };
}

describe('Olu, ICU charge nurse to clinical informatics, $1,500, 8 hours a week, about a year', () => {
  it('hears his Epic, super-user, training and Excel work, reads both postings without benefits, and names Dashboard design, Data analysis and SQL as his top gaps', async () => {
    const { p, target, heard, first, second, report } = await throughGaps('olu');
    expect(target).toContain('Did you mean *Health informatics specialist*?');
    expect(heard).toContain('Health informatics from "i use epic every single shift for charting and orders"');
    expect(heard).toContain('Technical support from "i was on the super user team when our unit went live on epic');
    expect(heard).toContain('Troubleshooting from "helped people at the elbow"');
    expect(heard).toContain('I left out BLS and ACLS: worth having, but not tech skills.');
    const skills = held(p.profile());
    for (const s of ['healthcare', 'health-informatics', 'excel', 'training-and-development', 'technical-support']) expect(skills.has(s)).toBe(true);
    expect(first).toContain('Posting 1 read: I found Health informatics');
    expect(first).toContain('Software testing');
    expect(second).toContain('SQL');
    expect(second).toContain('Healthcare interoperability (HL7, FHIR)');
    for (const read of [first, second]) expect(read).not.toMatch(/403|401|dental|stipend|PTO|equal opportunity/i);
    expect(report).toContain('Here is your gap report for *Health informatics specialist*. Demand is from the 2 postings you pasted.');
    // Years asked for are experience, not a course.
    expect(report).toContain('"3+ years of clinical experience required" and "2+ years of experience in clinical practice, healthcare analytics or a related field"');
    expect(report).toContain('Training and development (you said "i train all the new grads and orient new nurses")');
    // "Analyze current and future-state clinical workflows" is workflow analysis, not data analysis: one posting asks for it.
    expect(report).toContain('1. *Dashboard design*: asked for in 100% of the postings');
    expect(report).toContain('2. *Data analysis*: asked for in 50% of the postings');
    expect(report).toContain('3. *SQL*: asked for in 50% of the postings');
    const gaps = gapIds(p.profile());
    expect(gaps.slice(0, 3)).toEqual(['dashboards', 'data-analysis', 'sql']);
    for (const s of ['healthcare', 'health-informatics', 'excel', 'training-and-development']) expect(gaps).not.toContain(s);
    expect(report).toContain('the nearest occupation BLS surveys (BLS, May 2024)');
  });

  it('reads "fifteen hundred", asks which of "eight, ten" he means, answers the pay-cut question before asking his pay, and starts the closest path on IBM Data Analyst, the one that teaches dashboards, his top gap', async () => {
    const { p, offer, budget, twoNumbers, payCut, picks } = await throughPick('olu-pick');
    expect(offer).toContain('your top gaps are Dashboard design, Data analysis and SQL');
    expect(budget).toContain('How many hours a week can you study?');
    expect(twoNumbers).toContain("I read two numbers, 8 and 10, and I'm not sure which one answers this");
    expect(payCut).toContain('An entry-level health informatics specialist earns about $48,000 a year');
    expect(payCut).toContain('the nearest occupation BLS surveys (BLS, May 2024)');
    expect(payCut).toContain('Tell me what you earn now and I can say whether the move would mean a pay cut.');
    expect(p.profile().budgetUsd).toBe(1500);
    const google = pickBlock(picks, 'Google Data Analytics Professional Certificate');
    // Dashboard design is his top gap; of the data-analyst certificates only IBM's lists dashboards (credentials.json).
    expect(google).toMatch(/^2\. /);
    expect(pickBlock(picks, 'IBM Data Analyst Professional Certificate')).toMatch(/^1\. /);
    expect(google).toContain('$343 in all, about 28 weeks at 8 hours a week.');
    expect(google).toContain('You pay $49 a month while you study: 7 months, $343.');
    expect(google).toContain('It is made for another role (data analyst): my catalog has no credential made for health informatics specialist jobs');
    expect(picks).toContain('Closest path: Start with IBM Data Analyst Professional Certificate');
    expect(picks).toContain('The price of IBM Data Analyst Professional Certificate is unknown: check the provider before you count on it.');
    expect(picks).toContain('It covers Dashboard design, Data analysis, SQL');
    expect(picks).toContain('so the move would likely mean a pay cut at first');
    expect(picks).toContain('Plan your savings for the gap before you switch.');
  });

  it('dates every plan step from 28 study weeks at 8 hours a week, inside his deadline of Tuesday 7 December 2027', async () => {
    const { p } = await throughPick('olu-plan');
    const plan = await p.say('choose google data analytics');
    expect(plan).toContain('You chose *Google Data Analytics Professional Certificate*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 28 weeks from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-06-21');
    // 40 hours for the piece at 8 a week: 5 weeks after 21 June.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-07-26');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-07-26');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-10-18');
    expect(plan).toContain('Your studying ends on Monday 21 June 2027, 24 weeks inside your deadline of Tuesday 7 December 2027.');
    expect(plan).toContain('Analyse a public health data set');
    expect(plan).toContain('Never use real patient records from work, even with names removed.');
    expect(plan).toContain('8 hours a week: 4 sessions of about 2 hours');
    const status = await p.say('status');
    expect(status).toContain('Budget=$1,500');
    expect(status).toContain('Study time=8 hours a week');
  });

  it('keeps his $92,000 when he says "no, id rather pay for the right one" to free options first', async () => {
    // flows/pick-questions.ts: the pay answer is named by the bare word "pay" (paying for a course too), and the pay
    // step reads "one" in "the right one" as 1; flows/changed-answers.ts:readChangeAt takes it as a change because
    // "id" is said of himself, so his pay becomes $1 and the picks promise a $48,000 raise.
    const { p } = await toFreeFirst('olu-right-one');
    const no = await p.say('no, id rather pay for the right one');
    expect(no).not.toContain('Current pay changed');
  });

  it('answers "do i need epic certification before applying?" from his posting: it is obtained within 6 months of hire', async () => {
    // No Epic entry in data/credentials.json notCarried, and flows/off-script-answers.ts:unknownCredential needs a
    // capitalised name beside the word for a credential; lowercase "epic certification" falls through to WHERE_TO_LOOK.
    const { epic } = await toFreeFirst('olu-epic');
    expect(epic).not.toContain("my notes don't cover it");
    expect(epic).toContain('6 months of hire');
  });

  it.fails('does not tell a $92,000 charge nurse the move costs $44,000 a year from a medical registrars figure', async () => {
    // data/roles.json health-informatics entryPay: the nearest occupation is health information technologists and
    // medical registrars, not the RN informatics roles both his postings prefer nurses for.
    const { picks } = await throughPick('olu-cut');
    expect(picks).not.toContain('about $44,000 a year less than you earn now');
  });

  it('credits Healthcare from his twenty ICU years, not from "those are clinical not tech lol"', async () => {
    // src/skills/read-person.ts: the catalog alias "clinical" (data/skills.json healthcare) is read before the
    // "icu"/"nurse" cue of person-cues.ts, and the first clause naming a skill is kept as its evidence.
    const { heard } = await throughGaps('olu-clinical');
    expect(heard).not.toContain('Healthcare from "those are clinical not tech lol"');
  });

  it.fails('reads tracking and presenting the unit\'s quality metrics every month as data analysis, not Excel alone', async () => {
    // src/skills/person-cues.ts has no cue for tracking metrics or presenting them; only "excel" is read.
    const { p } = await throughGaps('olu-metrics');
    expect(held(p.profile()).has('data-analysis')).toBe(true);
  });

  it('practice: his rambling falls story is asked for "I" and his task; the retry is praised for "I" and for its measured result', async () => {
    const { role, question, feedback, retry } = await practice('olu-practice');
    expect(role).toContain("We'll practise for *Health informatics specialist*");
    expect(question).toContain('(on decisions with data, as you asked)');
    expect(feedback).toContain('Task=0');
    expect(feedback).toContain('You wrote "so we talked about it a lot at huddles": say what you did yourself');
    expect(feedback).toContain('say what you had to achieve');
    const [, before, after] = /Since your last try: (\d+) → (\d+)/.exec(retry) ?? [];
    expect(Number(after)).toBeGreaterThan(Number(before));
    expect(retry).toContain('You say "I" now where you said "we": "i pulled eighteen months of incident reports');
    expect(retry).toContain('You say when and where it happened now: "in 2023 our icu had 9 patient falls');
    expect(retry).toContain('You measured the result now: "falls dropped to 2"');
  });

  it('practice does not praise "between like 2 and 5 in the morning" as a measured result', async () => {
    // The hours of the night are read as the result's measure (src/star/analyze-answer.ts: metrics of any clause in
    // the tail); the outcome, "the falls went down a lot", is left unmeasured and never asked about.
    const { feedback } = await practice('olu-measure');
    expect(feedback).not.toContain('You measured the result: "was mostly between like 2 and 5');
  });

  it('practice reads "my manager asked me as charge nurse to find out why" as his task', async () => {
    // src/star/segment.ts splits "and my manager asked me as charge nurse | to find out why" (no commas round the
    // aside), so TASK_OWNED's "asked me, as ..., to" never sees it whole; with the aside gone it is read as Task.
    const { retry } = await practice('olu-task');
    expect(retry).not.toContain('Task=0');
  });

  it('answers "hmm what are the choices" at the topics menu with the choices, not "my notes don\'t cover it"', async () => {
    // flows/off-script-answers.ts: no topic reads a question about the menu itself; it falls through to WHERE_TO_LOOK.
    const { choices } = await practice('olu-choices');
    expect(choices).not.toContain("my notes don't cover it");
  });
});
