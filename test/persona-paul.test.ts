import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, newUser as newUserAt } from './support/new-user.js';

/**
 * Paul Jensen, 56, B2B medical device sales rep for 22 years: runs product demos for surgeons and hospital
 * buyers, negotiates contracts, lives in Salesforce for his pipeline, trains hospital staff on the devices and
 * answers the biomed engineers' technical questions; 120% of quota three years running. He wants "sales
 * engineer / solutions engineer at a health tech software company", has $500, 4 hours a week, "no deadline
 * really, whenever", and earns "135k with commission". He types short ("ok", "k", "sure"), asks "am i too old to
 * switch at 56?" instead of naming his skills, pastes a health-tech SaaS Solutions Engineer posting (discovery,
 * demos, REST APIs, HL7/FHIR with Epic and Cerner, SQL basics, Salesforce) and a cloud company's Sales Engineer
 * posting (technical presentations, POCs in AWS, EC2/S3/IAM/VPC, DNS and TCP/IP, "AWS Certified Cloud
 * Practitioner or higher preferred"), both with benefits and EEO text, and asks at the pick "which one would a
 * hiring manager care about" and "how long would the first one take me". In practice he rambles about a
 * hospital deal with "we", then retries with his task, his steps and the contract's size.
 *
 * What a coach signs and this test asserts: "am i too old" answered with respect and his 22 years named as
 * strengths, then the skills question asked again; his demos heard as pre-sales, presenting and healthcare, his
 * Salesforce, sales and training credited; both postings read without their benefits or EEO text, the "3+ years
 * in customer-facing technical roles" kept out of the gaps; REST APIs, HL7/FHIR and SQL as his top gaps (the
 * health-tech ones), then the cloud posting's AWS and networking; entry pay from BLS with its period, and the
 * $44,000 cut from his $135,000 said gently; "no deadline really, whenever" read as no deadline; no badge
 * pushed: a portfolio demo using his gaps, networking and practice first, with AWS Cloud Practitioner ($100,
 * about 18 weeks at his 4 hours, a labelled estimate) offered beside it because the cloud posting prefers it;
 * his two questions answered at the pick (the credential a posting names; 18 weeks at 4 hours a week); "is the
 * aws one worth it for the health tech job" told it covers none of his top gaps; every plan step dated from
 * today, with and without AWS; the retry praised for its place and time, its task and its $1.2 million result.
 *
 * What a coach would not sign today (most serious first; the small, clear ones are `it.fails`):
 * - At the deadline question "which one would a hiring manager care about" (no question mark, as he types) is
 *   taken as a deadline of 1 month ("one"), the pick moves on to his pay, and the plan later says his portfolio
 *   is "21 weeks after your deadline of Thursday 7 January 2027", a deadline he never gave, and tells him to
 *   move it. Cause: src/engine/read/question.ts isQuestion: "which" followed by "one" is not in WH_NEXT, so an
 *   unmarked "which one ..." is read as an answer (readQuestion says "statement"), and src/engine/read/number.ts
 *   readNumber takes the "one" inside the sentence as the number 1.
 * - The pick says "You are nearly ready: you already bring much of what the role's postings ask for" right after
 *   the gap report said he has "only about 27% of everything your postings list", with eight gaps. Cause:
 *   flows/credential-pick-replies.ts nearlyReadyText, worded from the close verdict (core skills), not coverage.
 * - Not kept as a test: asked which credential a hiring manager would care about, the coach answers AWS Cloud
 *   Practitioner ("that is the one to show"), which only the cloud posting names; for his health-tech target a
 *   coach would say the hiring manager cares about a demo calling a FHIR API and pulling data with SQL, and
 *   choosing AWS pushes that portfolio piece back to October 2027.
 * - "answer technical questions from the biomed engineers", the heart of a sales engineer's day, is not heard as
 *   any skill (no alias in data/skills.json).
 * - Practice: the rambling "we did a demo ... we got the deal" is praised for "I" ("i answered those") and its
 *   result is scored 0, though winning the deal is a result; a coach would ask how big the deal was.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const SAAS = `Solutions Engineer - Meridian Health Cloud (Health-Tech SaaS)
Meridian builds care coordination software used by 300 hospitals and health systems.
What you'll do:
- Partner with Account Executives to run discovery calls with clinical, IT and executive stakeholders
- Deliver tailored product demos to hospital buyers and clinical leaders
- Answer technical questions about our REST APIs, security and data flows
- Scope integrations with EHRs (Epic, Cerner) using HL7 v2 and FHIR
- Write basic SQL queries to pull sample data for proofs of value
- Keep opportunity notes and technical requirements current in Salesforce
Requirements:
- 3+ years in customer-facing technical roles (sales engineering, implementation, clinical or medical device sales)
- Working knowledge of REST APIs and JSON
- SQL basics
- Familiarity with HL7 or FHIR strongly preferred
- Up to 30% travel
Benefits: medical, dental, vision, 401(k) match, equity, unlimited PTO.
Meridian Health Cloud is an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment for all employees.`;
const CLOUD = `Sales Engineer, Mid-Market - Stratus Cloud Services
Stratus helps mid-size companies move to the cloud.
Responsibilities:
- Deliver technical presentations and whiteboard sessions to customer IT teams
- Run proofs of concept (POCs) in customer AWS accounts with our platform
- Explain cloud architecture basics: EC2, S3, IAM, VPC
- Answer networking questions (DNS, TCP/IP, VPN, load balancing)
- Work with Account Executives on discovery and technical win strategy
Qualifications:
- 2+ years of pre-sales, solutions or technical customer-facing experience
- AWS Certified Cloud Practitioner or higher preferred
- Networking basics
- Excellent presentation skills
What we offer: competitive base plus variable, health and dental, 401k, remote-first.
Stratus Cloud Services is an Equal Opportunity Employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.`;
const SKILLS =
  'product demos for surgeons and hospital buyers, negotiate contracts, salesforce every day for pipeline, train hospital staff on the devices, answer technical questions from the biomed engineers. hit 120% of quota last 3 yrs';

const RAMBLING =
  'well we had this one hospital, big one, and the buyer was not sure, they had another vendor in, so we did a demo, actually two demos, and the surgeons liked it and then the biomed guys had a bunch of questions about the power and the cleaning, so i answered those, took a while, and eventually we got the deal, it was a good one for the territory, anyway thats the kind of thing i do all the time';
const BETTER =
  'last spring a 400 bed hospital was about to renew with a competitor. my task was to win over the biomed team, who had blocked us twice. i ran a hands-on session for their six engineers, i answered every question on power, cleaning and service in writing within 48 hours, and i set up a 30 day trial on two units. they signed a 3 year contract worth 1.2 million and the biomed lead now calls me first with questions';


async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('paul');
  await p.say('skill gaps');
  await p.say('medical device sales rep');
  await p.say('twenty two years');
  await p.say('sales engineer / solutions engineer at a health tech software company');
  const old = await p.say('am i too old to switch at 56?');
  const heard = await p.say(SKILLS);
  const first = await p.say(SAAS);
  const second = await p.say(CLOUD);
  const report = await p.say('done');
  return { p, old, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('credentials');
  await p.say('sure');
  await p.say('500');
  await p.say('4 hrs a week');
  const deadline = await p.say('no deadline really, whenever');
  await p.say('135k with commission');
  await p.say('no');
  const picks = await p.say('k');
  return { p, offer, deadline, picks };
}

describe('Paul, medical device sales rep to sales engineer at a health-tech company, $500, 4 hours a week, no deadline', () => {
  it('answers "am i too old" with respect, hears his demos and Salesforce, and names REST APIs, HL7/FHIR and SQL as the top gaps', async () => {
    const { p, old, heard, first, second, report } = await throughGaps('paul');
    expect(old).toContain('no, 56 is not too old for this');
    expect(old).toContain('tell your 22 years of work as strengths');
    expect(old).toContain('Name tools or methods you have used');
    expect(heard).toContain('From what you told me, you bring Pre-sales and technical demos; Healthcare and Presenting from "product demos for surgeons and hospital buyers"; Salesforce and Sales; Training and development from "train hospital staff on the devices"; Technical support (basic); Communication from "answer technical questions from the biomed engineers".');
    expect(first).toContain('Posting 1 read: I found Stakeholder management, Pre-sales and technical demos, REST APIs, Health informatics, Healthcare interoperability (HL7, FHIR), SQL, Salesforce and Customer service and 3 more.');
    expect(second).toContain('Posting 2 read: I found Presenting, Pre-sales and technical demos, AWS, Cloud architecture, Identity and access management (IAM) and Computer networking.');
    for (const read of [first, second]) expect(read).not.toMatch(/dental|401|equal opportunity|diversity|veteran/i);
    expect(report).toContain('Here is your gap report for *Sales engineer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('"3+ years in customer-facing technical roles (sales engineering, implementation, clinical or medical device sales)". That comes from doing the job, not from a course, so it is not among your gaps.');
    expect(report).toContain('Skills they ask for that you have=Pre-sales and technical demos and Salesforce');
    expect(report).toContain('1. *REST APIs*: asked for in 50% of the postings, ahead of the next one because it is a core skill for this role');
    expect(report).toContain('2. *Healthcare interoperability (HL7, FHIR)*: asked for in 50% of the postings');
    expect(report).toContain('3. *SQL*: asked for in 50% of the postings');
    expect(gapIds(p.profile())).toEqual(['rest-api', 'healthcare-interoperability', 'sql', 'json', 'aws', 'cloud-architecture', 'identity-access-management', 'networking']);
    expect(report).toContain('An entry-level sales engineer earns about $91,000 a year, and $71,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('hears "answer technical questions from the biomed engineers" as a skill he brings', async () => {
    const { heard } = await throughGaps('paul-biomed');
    expect(heard).toContain('answer technical questions from the biomed engineers');
  });

  it('reads "no deadline really, whenever" as none, says the pay cut gently, and offers AWS Cloud Practitioner beside a portfolio piece', async () => {
    const { offer, deadline, picks } = await throughPick('paul-pick');
    expect(offer).toContain('your top gaps are REST APIs, Healthcare interoperability (HL7, FHIR) and SQL');
    expect(deadline).toContain('what is your current yearly pay');
    expect(picks).toContain('Put your time into a portfolio piece that uses REST APIs, Healthcare interoperability (HL7, FHIR) and SQL, into networking with people who do the job');
    expect(picks).toContain('One of your postings prefers AWS Certified Cloud Practitioner: you can apply without it, and having it puts you ahead. AWS Certified Cloud Practitioner: $100 in all, about 18 weeks at 4 hours a week (a planning estimate).');
    // $91,000 entry pay against his $135,000 with commission.
    expect(picks).toContain('That is about $44,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(picks).toContain('Plan your savings for the gap before you switch.');
  });

  it('answers his questions at the pick and dates every step of the AWS plan', async () => {
    const { p } = await throughPick('paul-aws');
    const manager = await p.say('which one would a hiring manager care about');
    expect(manager).toContain('The one your own postings name is *AWS Certified Cloud Practitioner (CLF-C02)*');
    expect(manager).toContain('Which one would you like?');
    const long = await p.say('how long would the first one take me');
    expect(long).toContain('*AWS Certified Cloud Practitioner (CLF-C02)*: about 18 weeks at your 4 hours a week (60–80 hours, an estimate from a six-week study plan for people new to AWS');
    const worth = await p.say('is the aws one worth it for the health tech job');
    expect(worth).toContain('It covers none of your top gaps, REST APIs, Healthcare interoperability (HL7, FHIR) and SQL, only AWS.');
    expect(worth).toContain('within your $500 budget');

    const plan = await p.say('aws');
    expect(plan).toContain('You chose *AWS Certified Cloud Practitioner (CLF-C02)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 60-80 hours, 70 at 4 a week: 17.5, so 18 weeks from Monday 7 December.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-04-12');
    // 40 hours for the demo and 20 for each of REST APIs, HL7/FHIR and SQL: 100 hours at 4 a week, 25 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-10-04');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-10-04');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-12-27');
    expect(plan).toContain('Use REST APIs, Healthcare interoperability (HL7, FHIR) and SQL in it: your credential does not teach them.');
    expect(plan).toContain('4 hours a week: 2 sessions of about 2 hours');
    expect(plan).not.toMatch(/your deadline/);
    const status = await p.say('status');
    expect(status).toContain('Budget=$500');
    expect(status).toContain('Study time=4 hours a week');
  });

  it('without a credential, dates the portfolio demo, networking and job search from today', async () => {
    const { p } = await throughPick('paul-none');
    const plan = await p.say('finish without a credential');
    expect(plan).toContain('No credential this time: a portfolio project that uses your gap skills is the best evidence.');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    // 100 hours at 4 a week: 25 weeks.
    expect(dueOf(plan, '2. Build the portfolio piece')).toBe('2027-05-31');
    expect(dueOf(plan, '3. Network with intent')).toBe('2027-05-31');
    expect(dueOf(plan, '4. Interview and negotiate')).toBe('2027-08-23');
    expect(plan).toContain('Record a short demo of a technical product you know, built around a customer\'s problem');
    expect(plan).not.toMatch(/your deadline/);
  });

  it('does not take "which one would a hiring manager care about" at the deadline question as a deadline of one month', async () => {
    const { p } = await throughGaps('paul-which-one');
    await p.say('credentials');
    await p.say('sure');
    await p.say('500');
    await p.say('4 hrs a week');
    const asked = await p.say('which one would a hiring manager care about');
    expect(asked).not.toContain('what is your current yearly pay');
  });

  it('does not tell him he already brings much of what the postings ask, after counting 27% of it', async () => {
    const { picks } = await throughPick('paul-nearly');
    expect(picks).not.toContain("you already bring much of what the role's postings ask for");
  });

  it('coaches his rambling deal story, then names what the retry improved', async () => {
    const { p } = await throughGaps('paul-practice');
    await p.say('practice');
    await p.say('two');
    const question = await p.say('customers and users');
    expect(question).toContain('"Describe a time you went out of your way for a customer, a student or someone you served."');
    const weak = await p.say(RAMBLING);
    expect(weak).toContain('*Question 1 of 2: 61/100*');
    expect(weak).toContain('Situation=4, Task=0, Action=5, Result=2');
    expect(weak).toContain('1. You wrote "eventually we got the deal": say how big it was');
    expect(weak).not.toContain('You say what you did yourself, with "I"');
    expect(weak).toContain('At about 33 s spoken, this is short: an interviewer expects 1-2 minutes.');
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 61 → 93 (+32).');
    expect(better).toContain('You say when and where it happened now: "last spring a 400 bed hospital');
    expect(better).toContain('You measured the result now: "they signed a 3 year contract worth 1.2 million');
    expect(better).toContain('You say what you had to achieve now: "my task was to win over the biomed team".');
    const next = await p.say('one more question');
    expect(next).toContain('*Question 2 of 2*');
  });

  it('reads "eventually we got the deal" as a result and asks for its size, not for a result', async () => {
    const { p } = await throughGaps('paul-deal');
    await p.say('practice');
    await p.say('one');
    await p.say('customers and users');
    const weak = await p.say(RAMBLING);
    expect(weak).not.toContain('Result=0');
  });
});
