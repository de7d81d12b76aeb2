import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt } from './support/new-user.js';

/**
 * Omar, 50, medical device sales rep for 18 years (demos surgical imaging systems in operating rooms, trains
 * nurses and surgeons, answers hospital IT about the device's network connection and DICOM, writes proposals,
 * a $4M territory, Salesforce daily), aiming at sales engineer at a software company. $2,000, 6 hours a week
 * (he travels), within 9 months, earns $135,000 with commission (base $85,000), no tech certificates. He writes
 * in full business sentences and pastes two sales-engineer postings (demos, discovery, REST APIs, SQL basics,
 * AWS or Azure, networking basics, Salesforce, RFPs, "AWS Cloud Practitioner a plus", benefits and EEO).
 *
 * What a coach signs and this test asserts: the postings read into REST APIs, SQL, cloud and networking in both,
 * benefits and EEO never counted; Salesforce and his training credited; the "5+ years in a customer-facing
 * technical role" line said as experience, not a gap; entry pay from BLS with a pay cut said gently; AWS Cloud
 * Practitioner named as preferred by both postings at $100 and about 12 weeks at his 6 hours; a plan dated from
 * today inside his 9 months; his strong hospital-IT story praised and its retry said to be strong.
 *
 * Where the coach is wrong today (the small, clear ones are `it.fails` below):
 * - "I demo surgical imaging systems in operating rooms" is not read as Pre-sales and technical demos (nor as
 *   Presenting): his 18 years of demos come back as his top gap ("1. *Pre-sales and technical demos*: asked for
 *   in 100% of the postings") and "you cover about 13% of the technical skills". His hospital-IT/DICOM line is
 *   evidence for Healthcare only, where a coach would credit networking at a basic level (to deepen) and
 *   "write proposals" toward RFP responses. (person reading, src/engine/read / extract-skills)
 * - (Fixed) Mid-pick questions: "Will I have to take a pay cut?" is answered from the pick's own entry-pay figures,
 *   "Which cert would impress a software company most?" with the one both postings prefer and how employers see it,
 *   "How long will it take at 6 hours a week?" with AWS Cloud Practitioner's weeks at those hours. "Do I need to
 *   learn to code?" still gets "my notes don't cover it". (src/credentials/roi.ts payCutSentence, flows/pick-asides.ts)
 * - (Fixed) The pick offered AWS Cloud Practitioner "beside the advice above" with only [Finish without a credential]
 *   to choose: it is now a choice of its own, chosen by name too ("AWS Cloud Practitioner"), and dated in the plan.
 * - "Do I need to learn to code?" (left out: not small) deserves: not as a developer does; the postings ask
 *   for reading and calling REST APIs, JSON and basic SQL, which a sales engineer learns in weeks.
 * - (Fixed) Practice, first try: his two-sentence set-up is no longer told to "keep it to one or two sentences",
 *   so the answer is "A good answer" praised for the measured result and his own "I" steps, with polish only
 *   (55 s, "on the short side"); the summary's one thing to work on comes from the same findings, never
 *   "Keep each story under 2 minutes" (src/star/feedback.ts briefSetup, flows/interview-practice-replies.ts).
 *   At 55 s it is still not called strong: the band starts at 60 s.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING_1 =
  'Sales Engineer, Healthcare SaaS. About the role: You will partner with Account Executives to run discovery calls and deliver tailored product demos and technical presentations to clinical and IT buyers. Requirements: 5+ years in a customer-facing technical role (pre-sales, solutions consulting or technical sales). Working knowledge of REST APIs and integrations. SQL basics. Familiarity with cloud platforms (AWS or Azure). Networking basics (DNS, firewalls, VPN). Experience responding to RFPs and security questionnaires. Salesforce CRM. Preferred: AWS Cloud Practitioner a plus. We offer medical, dental, 401(k) match and unlimited PTO. We are an equal opportunity employer and value diversity.';
const POSTING_2 =
  'Solutions Engineer (Pre-Sales). What you will do: lead technical discovery, build and deliver product demos, answer technical questions in RFP responses, and support proof-of-concept projects. What we are looking for: strong presentation skills; understanding of APIs/REST and JSON; basic SQL; experience with a cloud platform such as AWS or Azure; networking fundamentals; comfortable in Salesforce. Nice to have: AWS Certified Cloud Practitioner. Benefits: competitive base plus variable, health insurance, 401k. EEO employer: all qualified applicants will receive consideration without regard to race, color, religion, sex or national origin.';

const FIRST_ANSWER =
  'In 2022 I was selling our imaging system to a 400-bed hospital, and the IT director, Karen, was blocking the purchase because she believed the device would open a hole in her network. My task was to win her over without going around her to the surgeons who wanted it. I asked for an hour with her security team, brought our network diagram and the DICOM conformance statement, and walked them through exactly which ports the system used and how it sat on an isolated VLAN. I also arranged a call between her and the IT lead at another hospital already running it. Karen approved the installation two weeks later, the $1.2M deal closed that quarter, and she later asked me to present the same session to two other hospitals in her network.';
const RETRY =
  'In 2022 a hospital IT director, Karen, was blocking a $1.2M imaging purchase because she believed the device would open a hole in her network, and I had to win her over without going around her. I first sent her our security white paper, which did not move her, so I asked for an hour with her security team instead. I brought our network diagram and the DICOM conformance statement, walked them through exactly which ports the system used and how it sat on an isolated VLAN, and arranged a call with the IT lead at another hospital already running it. Karen approved the installation two weeks later, the deal closed that quarter, and she asked me to run the same session for two other hospitals in her network. Earning the trust of a skeptical technical buyer is exactly what I would bring to a sales engineer role.';

async function throughGaps() {
  const p = await newUserAt(data, 'omar', TODAY);
  await p.say('Omar');
  await p.say('1');
  await p.say('I am a medical device sales representative');
  await p.say('18 years, all of it in surgical imaging.');
  await p.say('I would like to become a sales engineer (pre-sales / solutions engineer) at a software company.');
  await p.say(
    'I demo surgical imaging systems in operating rooms, train nurses and surgeons on the equipment, handle hospital IT questions about the device network connection and DICOM, write proposals, manage a $4M territory, and use Salesforce every day.',
  );
  const first = await p.say(POSTING_1);
  const second = await p.say(POSTING_2);
  const report = await p.say('done');
  return { p, first, second, report };
}

/** Through the gap report and the pick's questions, to the pick itself; the mid-pick question is asked where he asked it. */
async function toPick() {
  const { p } = await throughGaps();
  await p.say('yes');
  await p.say('yes');
  await p.say('My budget is $2,000.');
  await p.say('About 6 hours a week, I travel a lot.');
  await p.say('Within 9 months.');
  await p.say('I earn $135,000 with commission, base is 85.');
  const payCut = await p.say('Will I have to take a pay cut?');
  await p.say('yes');
  const pick = await p.say('yes');
  return { p, payCut, pick };
}

describe('Omar, medical device sales rep to sales engineer, $2,000, 6 hours a week, 9 months', () => {
  it('reads both postings into the technical demand, never benefits or EEO, and credits Salesforce and his training', async () => {
    const { p, first, second, report } = await throughGaps();
    for (const posting of [first, second]) {
      expect(posting).toMatch(/REST APIs/);
      expect(posting).toMatch(/SQL/);
      expect(posting).toMatch(/Cloud computing/);
      expect(posting).toMatch(/Computer networking/);
      expect(posting).not.toMatch(/401|dental|PTO|equal opportunity|EEO|diversity/i);
    }
    expect(report).toContain('Here is your gap report for *Sales engineer*. Demand is from the 2 postings you pasted.');
    for (const demand of ['REST APIs=100', 'SQL=100', 'Cloud computing=100', 'Computer networking=100', 'Salesforce=100']) expect(report).toContain(demand);
    // His demos are pre-sales work; a device's network link is networking at a basic level, to deepen.
    expect(report).toContain('Skills they ask for that you have=Pre-sales and technical demos, Salesforce and Computer networking (basic)');
    expect(report).toContain('Presenting (you said "I demo surgical imaging systems in operating rooms")');
    expect(report).toContain('Healthcare interoperability (HL7, FHIR) (you said "handle hospital IT questions about the device network connection and DICOM")');
    expect(report).toContain('Training and development (you said "train nurses and surgeons on the equipment")');
    // Years in a customer-facing technical role are experience said beside the verdict, never a course to take.
    expect(report).toContain('5+ years in a customer-facing technical role');
    expect(report).toContain('That comes from doing the job, not from a course, so it is not among your gaps.');
    // Entry pay from BLS percentiles with source and period; the median only as context.
    expect(report).toContain('An entry-level sales engineer earns about $91,000 a year, and $71,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
    expect(held(p.profile()).has('salesforce')).toBe(true);
    const gaps = gapIds(p.profile());
    expect(gaps).toEqual(expect.arrayContaining(['rest-api', 'sql']));
    expect(gaps).not.toContain('salesforce');
  });

  it('credits "I demo surgical imaging systems in operating rooms" as pre-sales demos, not his top gap', async () => {
    const { p, report } = await throughGaps();
    expect(held(p.profile()).has('presales')).toBe(true);
    expect(gapIds(p.profile())).not.toContain('presales');
    expect(report).not.toContain('1. *Pre-sales and technical demos*');
  });

  it('names AWS Cloud Practitioner as both postings prefer it, tells the pay cut gently, and dates a plan inside 9 months', async () => {
    const { p, pick } = await toPick();
    expect(JSON.stringify(p.profile())).toContain('2000');
    expect(pick).toContain('Both of your postings prefer AWS Certified Cloud Practitioner');
    // $100 exam (AWS, CLF-C02); 60-80 hours, about 12 weeks at his 6 hours a week, labelled an estimate.
    expect(pick).toContain('AWS Certified Cloud Practitioner: $100 in all, about 12 weeks at 6 hours a week (a planning estimate)');
    // $135,000 with commission against $91,000 entry pay, said as a pay cut, gently, with the field median as context.
    expect(pick).toContain('That is about $44,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(pick).toContain('Plan your savings for the gap before you switch.');
    expect(pick).not.toMatch(/ratio|\d+(\.\d+)?x\b/);
    const plan = await p.say('1');
    expect(dueOf(plan, 'Read job postings')).toBe('2026-12-07');
    // 40 hours for the piece and 20 for each of 3 gaps: 100 hours at 6 a week is 17 weeks from 7 December.
    expect(dueOf(plan, 'Build the portfolio piece')).toBe('2027-04-05');
    expect(dueOf(plan, 'Network with intent')).toBe('2027-04-05');
    // Twelve weeks of job search after the portfolio piece.
    expect(dueOf(plan, 'Interview and negotiate')).toBe('2027-06-28');
    expect(plan).toContain('inside your deadline of Tuesday 7 September 2027');
    expect(plan).toContain('6 hours a week: 3 sessions of about 2 hours');
    expect(plan).not.toContain('date to be set');
  });

  it('answers "Will I have to take a pay cut?" at the pick with the figures it already has', async () => {
    const { payCut } = await toPick();
    expect(payCut).not.toContain("my notes don't cover it");
    expect(payCut).toMatch(/pay cut|less than you earn/);
  });

  it('answers "which cert would impress a software company most?" with the one both postings prefer', async () => {
    const { p } = await toPick();
    const reply = await p.say('Which cert would impress a software company most?');
    expect(reply).not.toContain("my notes don't cover it");
    expect(reply).toContain('AWS Certified Cloud Practitioner');
  });

  it('answers "how long will it take at 6 hours a week?" with weeks, not the length of the questionnaire', async () => {
    const { p } = await toPick();
    const reply = await p.say('How long will it take at 6 hours a week?');
    expect(reply).not.toContain('This is the last question of this part');
    expect(reply).toMatch(/\d+ weeks/);
  });

  it('lets him pick the AWS Cloud Practitioner it offered', async () => {
    const { p } = await toPick();
    const reply = await p.say('AWS Cloud Practitioner');
    expect(reply).not.toContain("That isn't one of the options");
    // Chosen by name, it is planned like any pick: about 12 weeks at his 6 hours a week from 7 December.
    expect(reply).toContain('You chose *AWS Certified Cloud Practitioner');
    expect(dueOf(reply, 'Enroll and study on a weekly schedule')).toBe('2027-03-01');
    expect(reply).not.toContain('date to be set');
  });

  it('practice: his hospital-IT story is scored strong, the retry is praised for what makes it strong', async () => {
    const p = await newUserAt(data, 'omar-practice', TODAY);
    await p.say('Omar');
    await p.say('3');
    await p.say('sales engineer');
    await p.say('1');
    const question = await p.say('Leading without authority');
    expect(question).toContain('Tell me about a time you convinced people who did not report to you to change how they worked.');
    const feedback = await p.say(FIRST_ANSWER);
    const score = Number(/Question 1 of 1: (\d+)\/100/.exec(feedback)?.[1]);
    expect(score).toBeGreaterThanOrEqual(80);
    expect(feedback).toContain('You measured the result: "the $1.2M deal closed that quarter".');
    // His "I" story draws no complaint about "we" or a hypothetical, and at most three suggestions.
    expect(feedback).not.toMatch(/: say what you did yourself|"I would"/);
    expect(feedback.split('\n').filter((l) => /^\d\. /.test(l)).length).toBeLessThanOrEqual(3);
    expect(feedback).toMatch(/At about \d+ s/);
    await p.say('Retry this question');
    const retry = await p.say(RETRY);
    expect(retry).toMatch(/Since your last try: \d+ → \d+ \(\+\d+\)/);
    expect(retry).toContain('What improved:');
    expect(retry).toContain('What makes it strong:');
    expect(retry).toContain('You say what you did yourself, with "I"');
    expect(retry).not.toMatch(/What to work on first/);
  });

  async function firstTry(user: string) {
    const p = await newUserAt(data, user, TODAY);
    await p.say('Omar');
    await p.say('3');
    await p.say('sales engineer');
    await p.say('1');
    await p.say('Leading without authority');
    return { p, feedback: await p.say(FIRST_ANSWER) };
  }

  it('practice: the first strong answer is praised for his own steps, not only its number', async () => {
    const { feedback } = await firstTry('omar-practice-2');
    expect(feedback).toContain('You say what you did yourself, with "I"');
  });

  it('practice: the summary does not tell him to shorten an answer it called short', async () => {
    const { p, feedback } = await firstTry('omar-practice-3');
    expect(feedback).toContain('on the short side');
    const summary = await p.say('Finish and see my summary');
    expect(summary).toContain('Practice summary');
    expect(summary).not.toContain('Keep each story under 2 minutes');
    // The same finding as the feedback's "on the short side": room for his steps.
    expect(summary).toContain('The one thing to work on=Nothing big. To polish: Give your steps more room');
  });
});
