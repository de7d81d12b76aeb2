import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Brian O'Neill, 51, owns a small insurance agency (22 years in insurance sales, the last 8 running the agency
 * with 4 staff) and runs its Salesforce himself: custom fields, reports and dashboards, page layouts, 6,000
 * contacts imported from spreadsheets, a couple of simple flows. He wants a Salesforce administrator job, has
 * "around 300 bucks", "maybe 5 hrs a week, 6 on a good week", "within a year", earns "70 to 90k" and holds no
 * certification (his state insurance licence is not a tech skill). He types "sf" for Salesforce. He pastes two
 * admin postings (the Administrator certification required in one, preferred in the other; users, profiles and
 * permission sets, flows, Data Loader, reports and dashboards, Sales/Service Cloud, Platform App Builder a plus).
 *
 * What a coach signs, asserted below: his reports and dashboards credited in his words, his licence left out,
 * the postings' benefits never counted, no invented pay figure, "around 300 bucks" read as $300, one path
 * (the Salesforce Administrator certification, $200 exam, free yearly maintenance, said to be required by one
 * posting), every plan date inside his year, and the practice feedback (a number asked for first, then praised).
 *
 * Since fixed: "sf admin" read as Salesforce administrator in the gap interview and in practice (role short forms);
 * "do i need the cert if i already do this at work?" answered from his postings (one requires it, one prefers it) and
 * his work (mostly exam preparation), at the hours question and beside the pick; "how long will it take me?" beside
 * the pick is the pick's own 16 weeks at 5 hours a week, and "is it worth it for me?" one verdict on it.
 *
 * What a coach would not sign today (the small, clearly wrong ones are `it.fails` below):
 * - (Fixed) "i run our sf myself ... built a couple simple flows" is Salesforce and Salesforce Flow, and "imported
 *   about 6000 contacts from spreadsheets" a data import, not Spreadsheets (src/skills/person-cues.ts, data/skills.json
 *   data-migration): he is "close", with IAM and requirements as his gaps.
 * - (Fixed) "is it worth it for me?" said "Probably not for you" two sentences before "One of your postings requires
 *   Salesforce Certified Administrator": it now says yes for the jobs that require it, mostly exam preparation for
 *   him. (Fixed) The pick no longer says it "covers 0% of what your gaps ask for: pair it with a broader
 *   program" (recommend.ts): it covers none of his gaps and says it is there because his postings name it.
 * - The postings' "build and maintain flows", "record-triggered and screen flows", "Data Loader" and "Platform
 *   App Builder a plus" are not read at all ("user management, profiles and permission sets" is read as
 *   Identity and access management). (posting reading, data/skills.json.)
 * - (Fixed) "reports and dashboards for sales leadership" no longer yields Leadership: leadership named as the people
 *   a report is for is an audience, not a skill asked (data/skills.json leadership avoid).
 * - His current job is now said back as *insurance agency owner* (it was echoed raw: "Your 22 years as an i own an
 *   insurance agency"), but the pick says "Your 22 years as an insurance agency owner are in another field, so they
 *   do not count toward it" next to "About 6 months of hands-on Salesforce administration is recommended": he has
 *   years of hands-on Salesforce; a coach would say that covers the recommendation and the exam is mostly
 *   filling the parts his small org never needed (users, profiles and permission sets, Service Cloud).
 *   (credential warnings in src/credentials.)
 * - With the permission-sets line read as Identity and access management, the pick says the Administrator
 *   certification "is built around one tool, CRM software, and covers 40% of what your gaps ask for: pair it
 *   with a broader program for a full switch" and leaves IAM "still uncovered": the exam covers user setup,
 *   profiles, permission sets and sharing (data/credentials.json lists no access skill for it), it is the
 *   role's own credential, and "pair it with a broader program" is for newcomers, not a man who runs an org.
 * - The study estimate (59-100 h, 16 weeks) assumes the hands-on practice he already has; the reference's
 *   planning default is 20-59 h of Trailhead content. The portfolio step asks for a new Developer Edition app
 *   rather than writing up the org he already built (with no client data). Left as they are: a judgement.
 * - Practice: "Decisions with data" gave "Tell me about a time you cut a cost or saved people time by changing
 *   how something was set up", a process question more than a data one.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING_1 = `Salesforce Administrator - Regional Insurance Brokerage
We are looking for a Salesforce Administrator to own our Sales Cloud org (150 users).
Responsibilities: user management, profiles, roles and permission sets; build and maintain flows; create reports and dashboards for sales leadership; data imports and cleanup with Data Loader; gather requirements from the business and translate them into configuration.
Requirements: Salesforce Administrator certification required. 2+ years administering Salesforce. Experience with Sales Cloud.
Nice to have: Platform App Builder certification a plus. Service Cloud experience.
Benefits: medical, dental, 401k match, hybrid schedule.`;

const POSTING_2 = `Junior Salesforce Admin (Service Cloud)
Help our support operations team get the most from Salesforce.
What you'll do: manage users, profiles and permission sets; build record-triggered and screen flows; maintain page layouts, custom fields and validation rules; build reports and dashboards; use Data Loader for imports and mass updates.
What we need: 1-3 years of hands-on Salesforce admin experience. Salesforce Certified Administrator preferred. Excellent communication skills.
Bonus: Platform App Builder a plus, experience with Service Cloud or Sales Cloud.
Perks: PTO, remote-friendly, health insurance.`;

const HIS_SKILLS =
  'i run our sf myself. custom fields, reports and dashboards, page layouts, imported about 6000 contacts from spreadsheets, built a couple simple flows. also have my state insurance license';

async function throughGaps() {
  const p = await newUserAt(data, 'brian', TODAY);
  await p.say('brian');
  await p.say('1');
  await p.say('i own an insurance agency, been in insurance sales 22 yrs');
  await p.say('22');
  const role = await p.say('sf admin');
  const skills = await p.say(HIS_SKILLS);
  const first = await p.say(POSTING_1);
  const second = await p.say(POSTING_2);
  const report = await p.say('done');
  return { p, role, skills, first, second, report };
}

async function throughPick() {
  const { p } = await throughGaps();
  await p.say('yes');
  await p.say('yes');
  await p.say('around 300 bucks');
  const needCertAtHours = await p.say('do i need the cert if i already do this at work?');
  await p.say('maybe 5 hrs a week, 6 on a good week');
  await p.say('whenever im ready, within a year');
  const income = await p.say('it varies 70 to 90k');
  const eighty = await p.say('call it 80k');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, needCertAtHours, income, eighty, picks };
}

describe("Brian, insurance agency owner to Salesforce administrator, $300, 5 hours a week, within a year", () => {
  it('reads his postings and his words into a report with his reports and dashboards credited, his licence and the benefits left out, and no pay invented', async () => {
    const { p, skills, first, second, report } = await throughGaps();
    expect(skills).toContain('Reporting from "reports and dashboards"');
    expect(first).toMatch(/Posting 1 read: I found Salesforce, .*Reporting/);
    expect(first).toContain('Requirements analysis');
    expect(second).toMatch(/Posting 2 read: I found Salesforce, .*Reporting/);
    expect(second).toContain('Communication');
    for (const said of [first, second, report]) expect(said).not.toMatch(/401k|dental|PTO|medical/i);
    expect(report).toContain('Here is your gap report for *Salesforce administrator*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Reporting, Salesforce, Salesforce Flow, Dashboard design and Data migration and import');
    // His job said back as a title, his words kept as what it was read from.
    expect(report).toContain('(from your job as *insurance agency owner*)');
    expect(p.profile()).toMatchObject({ currentRole: 'insurance agency owner', currentRoleSaid: 'i own an insurance agency, been in insurance sales 22 yrs' });
    // His state insurance licence is not a tech skill: never a strength, never a gap.
    expect(report.split('\n').filter((l) => !l.startsWith('_')).join('\n')).not.toMatch(/licen[cs]e/i);
    expect(JSON.stringify(p.profile().skills)).not.toMatch(/licen[cs]e/i);
    // No government figure exists for the title: said so, with no number invented.
    expect(report).toContain('The government publishes no pay figures for Salesforce administrators');
    expect(report).not.toMatch(/\$\d/);
    // Nothing from the postings is taken as a credential he holds.
    expect(p.profile().credentialsHeld ?? []).toEqual([]);
    expect(gapIds(p.profile())).toContain('requirements-gathering');
  });

  it('reads "sf admin" as Salesforce administrator, as it reads "SFDC admin"', async () => {
    const { role } = await throughGaps();
    expect(role).not.toContain("I don't know *sf admin* as a role of its own yet");
    // Read for certain: straight on to his skills, with the role's own list.
    expect(role).toContain('Which skills do you already have?');
    expect(role).toContain('Salesforce Flow');
  });

  it('credits "i run our sf myself" as Salesforce', async () => {
    const { p, skills } = await throughGaps();
    expect(held(p.profile()).has('salesforce')).toBe(true);
    expect(skills).toContain('Salesforce from "i run our sf myself"');
  });

  it('credits "built a couple simple flows" as Salesforce Flow, and his import as a data import, not Spreadsheets', async () => {
    const { p } = await throughGaps();
    const have = held(p.profile());
    expect(have.has('salesforce-flow')).toBe(true);
    expect(have.has('data-migration')).toBe(true);
    expect(have.has('spreadsheets')).toBe(false);
  });

  it('never makes Salesforce the top gap of a man who runs his agency\'s Salesforce', async () => {
    const { p, report } = await throughGaps();
    expect(gapIds(p.profile())).not.toContain('salesforce');
    // What he lacks is what his small org never needed: Salesforce users, profiles and permission sets, and requirements work.
    expect(report).toContain('You are close: you already cover about 75% of the technical skills this role asks for.');
    expect(gapIds(p.profile()).slice(0, 2)).toEqual(['user-administration', 'requirements-gathering']);
  });

  it('reads "reports and dashboards for sales leadership" as reporting, not as Leadership asked of him', async () => {
    const { first } = await throughGaps();
    expect(first).not.toContain('Leadership');
  });

  it('picks one path, the Salesforce Administrator certification, within "around 300 bucks", and dates every step inside his year', async () => {
    const { p, income, eighty, picks } = await throughPick();
    // "70 to 90k" is two numbers: asked which, saying both.
    expect(income).toContain('I read two numbers, 70,000 and 90,000: which one should I plan with?');
    // "call it 80k" settles it and the pick moves on.
    expect(eighty).toContain('Would you like free, audit or financial-aid options first');
    const admin = pickBlock(picks, 'Salesforce Certified Administrator');
    expect(admin).toContain('*Salesforce Certified Administrator*: $200 in all, about 16 weeks at 5 hours a week (a planning estimate).');
    expect(admin).toContain('One of your postings requires Salesforce Certified Administrator');
    expect(admin).toContain('One of your postings prefers Salesforce Certified Administrator');
    expect(admin).toContain('Keep it by finishing the free Trailhead maintenance modules before each deadline, about once a year.');
    // His years said as his work, never his sentence: his title matches no role of the catalog, so it is not read back.
    expect(admin).not.toContain('as an i own');
    expect(admin).toContain('Your 22 years of work');
    // Asked for by name, it covers none of his gaps and says so, never "covers 0%: pair it with a broader program".
    expect(admin).toContain('Covers none of your gaps: it is here because your postings ask for it by name.');
    expect(admin).not.toMatch(/covers 0%|broader program/);
    expect(picks).toContain('Recommended path: Start with Salesforce Certified Administrator. $200 in all, within your $300 budget.');
    expect(picks).toContain('check each one there before you pay');
    // One path: no second credential, none for another role.
    expect(picks).not.toMatch(/^2\. /m);
    expect(picks).not.toMatch(/AWS|CompTIA|Google/);

    const plan = await p.say('1');
    expect(dueOf(plan, 'Read job postings')).toBe('2026-12-07');
    expect(plan).toContain('Read job postings=done on');
    expect(dueOf(plan, 'Choose the credential')).toBe('2026-12-07');
    // 59-100 hours (about 80) at 5 hours a week: 16 weeks from 7 December.
    expect(dueOf(plan, 'Enroll and study on a weekly schedule')).toBe('2027-03-29');
    // 40 hours of portfolio and 20 more for each of the two top gaps it must teach (IAM, requirements): 80 hours at
    // 5 hours a week, 16 more weeks.
    expect(dueOf(plan, 'Build the portfolio piece')).toBe('2027-07-19');
    expect(dueOf(plan, 'Network with intent')).toBe('2027-07-19');
    // Twelve weeks of job search after the portfolio piece.
    expect(dueOf(plan, 'Interview and negotiate')).toBe('2027-10-11');
    expect(plan).toContain('inside your deadline of Tuesday 7 December 2027');
    expect(plan).toContain('5 hours a week: 3 sessions of about 1.5 hours');
    expect(plan).not.toContain('date to be set');
    expect(p.profile()).toMatchObject({ budgetUsd: 300, hoursPerWeek: 5 });
  });

  it('answers "do i need the cert if i already do this at work?" rather than pointing him to the BLS', async () => {
    const { p, needCertAtHours } = await throughPick();
    expect(needCertAtHours).not.toContain("my notes don't cover it");
    // From his own postings: one requires it, one prefers it; his work makes it mostly exam preparation.
    expect(needCertAtHours).toContain('For some of the jobs you want, yes. One of your postings requires Salesforce Certified Administrator');
    expect(needCertAtHours).toContain('One of your postings prefers Salesforce Certified Administrator');
    expect(needCertAtHours).toContain('Because you already do this work, most of the study is exam preparation');
    expect(needCertAtHours).toContain('It costs $200 in all');
    expect(needCertAtHours).toContain('How many hours a week can you study?');
    // Beside the pick, the same answer at his own 5 hours a week.
    const beside = await p.say('do i need the cert if i already do this at work?');
    expect(beside).toContain('Time: about 16 weeks at your 5 hours a week');
    expect(beside).not.toContain("my notes don't cover it");
  });

  it('answers "how long will it take me?" beside the pick with the pick\'s own weeks', async () => {
    const { p } = await throughPick();
    const long = await p.say('how long will it take me?');
    expect(long).toContain('*Salesforce Certified Administrator*: about 16 weeks at your 5 hours a week (59–100 hours');
    expect(long).not.toContain('last question of this part');
  });

  it('answers "is it worth it for me?" about the one pick, never as a range from $200 to $200', async () => {
    const { p } = await throughPick();
    const worth = await p.say('is it worth it for me?');
    expect(worth).not.toContain('to $200 (*Salesforce Certified Administrator*)');
    // One verdict, on the one pick, with his postings' terms and his budget.
    expect(worth).toMatch(/^[^.]*Salesforce Certified Administrator/);
    expect(worth.match(/worth it/gi)).toHaveLength(1);
    expect(worth).toContain('One of your postings requires Salesforce Certified Administrator');
    expect(worth).toContain('within your $300 budget');
  });

  it('practice: his data clean-up story is asked for a number first, and the retry with one is praised for it', async () => {
    const p = await newUserAt(data, 'brian-practice', TODAY);
    await p.say('brian');
    await p.say('3');
    await p.say('salesforce admin');
    await p.say('1');
    const question = await p.say('decisions with data');
    expect(question).toContain('(on decisions with data, as you asked)');
    const feedback = await p.say(
      'we had about 6000 contacts in spreadsheets from 3 carriers and our old agency system, tons of dupes. i matched them on email and phone in excel, cleaned them up and imported everything into sf, then i built a renewals report and dashboard so my staff could see whos coming up for renewal',
    );
    expect(feedback).toContain('You say what you did yourself, with "I"');
    // The missing piece first: what changed, in a number, quoting his words.
    expect(feedback).toContain('1. You wrote "so my staff could see whos coming up for renewal": add how much');
    expect(feedback).toMatch(/At about \d+ s spoken, this is short: an interviewer expects 1-2 minutes/);
    expect(feedback.split('\n').filter((l) => /^\d\. /.test(l)).length).toBeLessThanOrEqual(3);
    await p.say('retry');
    const retry = await p.say(
      'we had about 6000 contacts in spreadsheets from 3 carriers and our old agency system, tons of dupes, and we were missing renewals because nobody could see them. i matched them on email and phone in excel, merged about 1100 duplicates and imported everything into sf myself, then i built a renewals report and dashboard showing every policy due in the next 60 days. the next year our retention went from about 82% to 89%',
    );
    expect(retry).toContain('You measured the result now: "the next year our retention went from about 82% to 89%"');
    expect(retry).toMatch(/Since your last try: (\d+) → (\d+) \(\+\d+\)/);
    expect(retry).toContain('Result 2 → 4');
    expect(retry).not.toContain('add how much');
  });

  it('practice knows "sf admin" as Salesforce administrator', async () => {
    const p = await newUserAt(data, 'brian-sf', TODAY);
    await p.say('brian');
    await p.say('3');
    expect(await p.say('sf admin')).toContain('Salesforce administrator');
  });
});
