import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Luis, 39, bank branch manager for 11 years (teller and loan officer before), Spanish first, fluent
 * non-native English ("I am managing 9 persons"), aiming at business analyst with $500, 10 hours a
 * week, "6 months more or less", earning $68,000. He already holds the Google Data Analytics
 * certificate (2025), makes the branch's monthly Excel reports (pivot tables, VLOOKUP), has some SQL
 * and Tableau from the course, handles compliance audits, trains staff and worked with the regional
 * office on a new account-opening process that cut wait times. He pastes two BA postings (banking
 * operations; fintech payments) that ask for requirements gathering, process mapping (BPMN/Visio),
 * user stories, SQL, Excel, Jira/Confluence, Agile, with "CBAP or ECBA a plus".
 *
 * What a coach signs and the coach says today: the Google certificate is credited ("so I won't suggest
 * it again") and never picked back; reporting, Excel, SQL (basic), Tableau and compliance are read
 * with his words; benefits and EEO lines are not counted; "a real gap to close" is honest for the BA
 * toolkit (requirements, process mapping, Jira/Confluence/Agile are in both postings and he names none);
 * ECBA first (both postings prefer it, no experience needed), no CBAP he cannot sit yet; pay from
 * entry figures with the low end said gently; "6 months more or less" read as 7 June 2027; every plan
 * step dated inside it; practice asks for "I" before the number, and the retry praises both.
 *
 * What a coach would not sign (the it.fails below, and the rest here):
 * - (Fixed) "I am managing 9 persons" is read as people management, as "managing 9 people" is, and his
 *   process changes with the regional office ("we cut the wait times") as process improvement, no longer
 *   a gap (src/skills/person-cues.ts).
 * - (Fixed) "Business analysis" was his third top gap, read from "3+ years experience in business analysis,
 *   operations or banking" and "2-4 years as a business analyst or similar role in financial
 *   services": years lines are now experience, said beside the verdict (his banking years may count for
 *   the first), and his top gaps are the concrete methods: requirements, process mapping, Jira
 *   (src/skills/posting-levels, src/gaps/gap-report).
 * - (Fixed) "I have already the google certificate, I need another one?" is answered as a coach would: his
 *   Google certificate counts and what it shows for BA work, and the only one his postings name is the ECBA,
 *   preferred, not a must (flows/held-answers.ts); "do I need another certificate?" gets the same: the ECBA
 *   his postings prefer, and that his Google certificate counts.
 * - (Fixed) "what is ECBA?" says IIBA's entry certificate, no experience needed, and its 60-minute online exam
 *   of 50 questions with where that was seen (src/credentials/credential-answers.ts whatItIs).
 * - The ECBA's "about 3 weeks" is the 21 professional-development hours only ("study for the exam comes
 *   on top"), and the plan ends studying on 28 December as if that were all; nothing in the plan closes
 *   Jira, Confluence, Agile ("Still uncovered"), and the second pick is CAPM, a project-manager exam
 *   flagged as such, where a coach would offer a free Jira/Agile course or nothing.
 * - (Fixed) "Both of your postings prefer" the ECBA is said under "Good to know:", no longer under "Watch out:"
 *   (src/credentials/credential-warnings.ts postingTermsTone).
 * - (Fixed) At practice, "working with a difficult stakeholder" asks the difficult-stakeholder question, for
 *   any role: within the topic, questions sharing a word the person typed come first
 *   (flows/interview-practice.ts sharingWords, data/questions.json difficult-stakeholder).
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const SKILLS =
  'I am managing 9 persons, I make the reports of the branch every month in excel (pivot tables, vlookup), some SQL from the certificate, I did tableau dashboards in the course. I did the Google data analytics certificate last year (finished 2025). I handle the compliance audits at the branch, I train the staff and I work with the regional office on process changes, the new account opening process we cut the wait times';

const POSTING_1 = `Business Analyst - Retail Banking Operations
Summit Federal Bank is looking for a Business Analyst to join our Operations Transformation team.
Responsibilities:
- Lead requirements gathering sessions and stakeholder interviews with branch, compliance and IT teams
- Document current and future state processes using process mapping (BPMN, Visio)
- Write user stories and acceptance criteria and maintain the backlog in Jira; document in Confluence
- Work in an Agile team with product owners and developers
Requirements:
- 3+ years experience in business analysis, operations or banking
- SQL and advanced Excel for data analysis
- Strong communication and facilitation skills
Preferred: CBAP or ECBA a plus. Experience with banking regulations and compliance.
We offer medical, dental, 401(k) match and tuition reimbursement. Summit Federal Bank is an Equal Opportunity Employer.`;

const POSTING_2 = `Business Analyst (Fintech Payments)
About us: PayBridge is a fast growing fintech company serving community banks and credit unions.
What you will do:
- Gather and analyze business requirements from stakeholders, translate them into user stories
- Map processes and identify improvements (BPMN or Visio)
- Write SQL queries to validate data and build reports in Excel or Tableau
- Participate in Agile ceremonies (sprint planning, refinement) using Jira and Confluence
What we are looking for:
- 2-4 years as a business analyst or similar role in financial services
- Experience with SQL, Excel; Tableau or Power BI nice to have
- ECBA or CBAP certification is a plus
Benefits: remote flexible, unlimited PTO, health insurance. We are an equal opportunity employer and value diversity.`;

async function throughGaps() {
  const p = await newUserAt(data, 'luis', TODAY);
  await p.say('Luis');
  await p.say('1');
  await p.say('bank branch manager');
  await p.say('11 years, before that i was teller and loan officer');
  await p.say('business analyst');
  const skills = await p.say(SKILLS);
  const first = await p.say(POSTING_1);
  const second = await p.say(POSTING_2);
  const report = await p.say('done');
  return { p, skills, first, second, report };
}

async function throughPick() {
  const gaps = await throughGaps();
  const { p } = gaps;
  const confirm = await p.say('yes');
  await p.say('yes');
  await p.say('500 dollars');
  await p.say('10 hours');
  await p.say('6 months more or less');
  await p.say('68000');
  await p.say('yes');
  const picks = await p.say('yes');
  return { ...gaps, confirm, picks };
}

describe('Luis, bank branch manager to business analyst, $500, 10 h/week, 6 months', () => {
  it('credits his Google certificate, reports and compliance work, and reads the BA toolkit from both postings as an honest gap', async () => {
    const { p, skills, first, second, report } = await throughGaps();
    expect(skills).toContain('You already hold Google Data Analytics Professional Certificate, so I won\'t suggest it again.');
    expect(skills).toContain('Reporting from "I make the reports of the branch every month in excel (pivot tables, vlookup)"');
    const have = held(p.profile());
    expect(have.has('excel')).toBe(true);
    expect(have.get('sql')).toBe('basic');
    expect(have.has('tableau')).toBe(true);
    expect(have.has('regulatory-compliance')).toBe(true);
    // Benefits and the equal-opportunity line are never demands.
    for (const read of [first, second]) expect(read).not.toMatch(/401|dental|PTO|insurance|equal opportunity|diversity/i);
    expect(report).toContain('Here is your gap report for *Business analyst*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Requirements analysis=100, Process mapping=100');
    expect(report).toContain('Jira=100, Confluence=100, Agile=100, SQL=100, Excel=100');
    // He names no BA method or tool: a real gap, said plainly.
    expect(report).toContain('There is a real gap to close');
    expect(report).toContain('1. *Requirements analysis*: asked for in 100% of the postings');
    expect(report).toContain('2. *Process mapping*: asked for in 100% of the postings');
    expect(report).toContain('Worth showing in your stories=Regulatory compliance (you said "I handle the compliance audits at the branch")');
    expect(report).toContain('Data analysis (basic, from your Google Data Analytics Professional Certificate)');
    expect(report).toContain('An entry-level business analyst earns about $77,000 a year, and $60,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
    const gaps = gapIds(p.profile());
    expect(gaps).toEqual(expect.arrayContaining(['requirements-gathering', 'process-mapping', 'jira', 'confluence', 'agile']));
    expect(gaps).not.toContain('excel');
    expect(gaps).not.toContain('tableau');
  });

  it('reads "I am managing 9 persons" as people management and his account-opening process change as process improvement', async () => {
    const { p, skills } = await throughGaps();
    expect(skills).toContain('People management from "I am managing 9 persons"');
    const have = held(p.profile());
    expect(have.has('people-management')).toBe(true);
    expect(have.has('process-improvement')).toBe(true);
    expect(gapIds(p.profile())).not.toContain('process-improvement');
  });

  it('does not make "Business analysis" a top gap from "3+ years in business analysis, operations or banking", which his banking years meet', async () => {
    const { p, report } = await throughGaps();
    expect(gapIds(p.profile()).slice(0, 3)).not.toContain('business-analysis');
    // Years in the role are experience, said beside the verdict: banking counts for the posting that accepts it.
    expect(report).toContain('Your postings also ask for time in the work: "3+ years experience in business analysis, operations or banking" and "2-4 years as a business analyst or similar role in financial services".');
    expect(report).toContain('so those are not among your gaps');
    expect(report).toMatch(/Your 11 years as \*bank branch manager\* may count for the one that accepts finance\. The other asks for time in the role itself/);
    expect(report).not.toMatch(/What employers ask for[^\n]*Business analysis=/);
  });

  it('picks the ECBA both postings prefer, never his Google certificate back, with money told truthfully', async () => {
    const { p, confirm, picks } = await throughPick();
    expect(confirm).toContain('your top gaps are Requirements analysis, Process mapping');
    expect(JSON.stringify(p.profile())).toContain('500');
    expect(picks).toMatch(/^1\. \*IIBA Entry Certificate in Business Analysis \(ECBA\)\*/m);
    expect(picks).toContain('Recommended path: Start with IIBA Entry Certificate in Business Analysis (ECBA).');
    expect(picks).not.toContain('Google Data Analytics');
    // CBAP needs five years of BA work: never offered to someone entering the field.
    expect(picks).not.toMatch(/CBAP/);
    // The ECBA's fees are not in the sources: unknown, never counted as $0 or "within budget".
    const ecba = pickBlock(picks, 'IIBA Entry Certificate in Business Analysis (ECBA)');
    expect(ecba).toContain('price unknown (check the provider)');
    expect(ecba).not.toMatch(/within (?:your )?budget|\$0/);
    expect(ecba).toContain('about 3 weeks at 10 hours a week');
    // A credential his postings prefer is good news, not a caution.
    expect(ecba).toContain('   Good to know: Both of your postings prefer IIBA Entry Certificate in Business Analysis: you can apply without it, and having it puts you ahead.');
    expect(ecba).not.toMatch(/Watch out:[^\n]*prefer/);
    expect(picks).toContain('Still uncovered: Jira, Confluence, Agile');
    // $77,000 entry against $68,000 now, and the low end said as a pay cut.
    expect(picks).toContain('That is about $9,000 a year more than you earn now');
    expect(picks).toContain('A first offer at the low end, though, would be about $8,000 less than you earn now');
    const worth = await p.say('is the ECBA worth it for me?');
    expect(worth).toContain('Both of your postings prefer IIBA Entry Certificate in Business Analysis: you can apply without it');
    expect(worth).toContain('No work experience is needed: it is for people entering business analysis.');
    expect(worth).toContain('inside your deadline');
  });

  it('answers "I have already the google certificate, I need another one?" instead of "That isn\'t one of the options"', async () => {
    const { p } = await throughPick();
    const answer = await p.say('I have already the google certificate, I need another one?');
    expect(answer).not.toContain("That isn't one of the options");
    expect(answer).toContain('Yes, it counts: you hold *Google Data Analytics Professional Certificate*');
    expect(answer).toContain('The one your postings name is *IIBA Entry Certificate in Business Analysis (ECBA)*: both of your postings prefer');
    const more = await p.say('do I need another certificate?');
    expect(more).toMatch(/^The one your postings name is \*IIBA Entry Certificate in Business Analysis \(ECBA\)\*/);
    expect(more).toContain('What you hold already counts (*Google Data Analytics Professional Certificate*)');
  });

  it('says what the ECBA is when asked "what is ECBA?": IIBA\'s entry certificate, no experience needed, an online exam', async () => {
    const { p } = await throughPick();
    const answer = await p.say('what is ECBA?');
    expect(answer).toContain('No work experience is needed');
    expect(answer).toMatch(/60-minute online exam|online exam/);
  });

  it('dates every plan step from today, inside "6 months more or less" (7 June 2027)', async () => {
    const { p } = await throughPick();
    const plan = await p.say('1');
    expect(plan).toContain('You chose *IIBA Entry Certificate in Business Analysis (ECBA)*.');
    expect(dueOf(plan, 'Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, 'Choose the credential')).toBe('2026-12-07');
    // 21 hours at 10 hours a week: three weeks.
    expect(dueOf(plan, 'Enroll and study on a weekly schedule')).toBe('2026-12-28');
    // 40 hours of portfolio and 20 for Jira, a top gap the ECBA does not teach, at 10 hours a week: six more weeks.
    expect(dueOf(plan, 'Build the portfolio piece')).toBe('2027-02-08');
    expect(dueOf(plan, 'Network with intent')).toBe('2027-02-08');
    // Twelve weeks of job search after the portfolio piece.
    expect(dueOf(plan, 'Interview and negotiate')).toBe('2027-05-03');
    expect(plan).toContain('inside your deadline of Monday 7 June 2027');
    expect(plan).toContain('Write up a process you improved');
    expect(plan).toContain('10 hours a week: 5 sessions of about 2 hours');
    expect(plan).not.toContain('date to be set');
  });

  it('practice: his "we made meetings with her" story is asked for his own part first, and the retry with "I" and 40 to 15 minutes is praised', async () => {
    const { p } = await throughPick();
    await p.say('1');
    await p.say('3');
    await p.say('1');
    const question = await p.say('working with a difficult stakeholder');
    expect(question).toContain('on disagreements and conflict, as you asked');
    const feedback = await p.say(
      'we had a problem with the regional compliance manager, she did not agree with our new account opening process because she thinks it was risky for the KYC. we made meetings with her and we showed her the controls, we explain everything and finally we agreed and the process was approved',
    );
    const suggestions = feedback.split('\n').filter((l) => /^\d\. /.test(l));
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions[0]).toContain('You wrote "we made meetings with her": say what you did yourself');
    expect(suggestions[1]).toContain('You wrote "and the process was approved": add how much');
    expect(feedback).toMatch(/At about \d+ s spoken, this is short: an interviewer expects 1-2 minutes/);
    const before = Number(/Question 1 of 1: (\d+)\/100/.exec(feedback)?.[1]);
    await p.say('retry');
    const retry = await p.say(
      'In 2024 the regional compliance manager blocked our new account opening process because she thought the shorter steps were risky for KYC. My task was to get it approved without losing the controls. I asked her for a meeting, I listened her concerns one by one, I mapped the old and the new process side by side in Visio and I showed her that every KYC check was still there, only in a different order. I also offered a pilot of one month in my branch with a weekly audit that I did myself. As a result she approved the pilot, we had zero audit findings, and the wait time for opening an account went from 40 minutes to 15 minutes. After that the region used the process in 6 more branches.',
    );
    const after = Number(/try 2: (\d+)\/100/.exec(retry)?.[1]);
    expect(after).toBeGreaterThan(before + 40);
    expect(retry).toContain('You say "I" now where you said "we": "I asked her for a meeting"');
    expect(retry).toContain('You measured the result now: "opening an account went from 40 minutes to 15 minutes"');
    expect(retry).not.toContain('say what you did yourself');
  });

  it('practice: "working with a difficult stakeholder" asks a stakeholder question, not "disagreed with your manager"', async () => {
    const p = await newUserAt(data, 'luis-focus', TODAY);
    await p.say('Luis');
    await p.say('3');
    await p.say('business analyst');
    await p.say('1');
    const question = await p.say('working with a difficult stakeholder');
    expect(question).not.toContain('disagreed with your manager');
  });
});
