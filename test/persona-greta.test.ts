import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser, pickBlock } from './support/new-user.js';

/**
 * Greta Olsen, 62, public librarian for 30 years with an MLIS: cataloguing and metadata, runs the monthly
 * circulation reports from the library system with some SQL a colleague taught her, teaches computer-basics
 * classes to seniors, and ran the branch's patron survey and wrote up the results for the board. She wants
 * "something with data, a data analyst I suppose. part time is fine", has truly nothing to spend (fixed income),
 * three hours a week, "no deadline, maybe two years", earns $52,000 but is retiring, and studies on a Chromebook.
 * She pastes a county government's Data Analyst I posting (Excel, SQL, Tableau or Power BI, department reports,
 * part-time option) and a university library's Assessment & Data Librarian/Analyst posting (survey design, data
 * visualization, Excel, R or Python a plus, MLIS preferred), both with benefits and EEO text.
 *
 * What a coach signs and this test asserts: her circulation reports credited as Reporting with her own words and
 * her SQL kept at "basic" and named as a core skill to deepen; both postings read without benefits, pension or
 * EEO text, "Tableau or Power BI" and "R or Python" each one demand; Excel, Dashboard design and Tableau or Power
 * BI as her top gaps with Excel first as the core skill; the entry-level pay from BLS with its source and the
 * experienced median said as such; "nothing at all. I'm on a fixed income, truly nothing" asked back and 0 taken;
 * "are there free ones that still count?" answered with the free-to-audit routes and what auditing means; her
 * "no" to webcam exams and then "actually the webcam is fine" answered by her first pick having no exam; "no
 * deadline, maybe two years" taken as Thursday 7 December 2028; the IBM Data Analyst certificate first, free to
 * audit, its unknown price said as unknown and never as within budget, Google's $49 a month for 18 months ($882)
 * flagged as over her budget; every plan date (46 study weeks, 7 weeks for a 20-hour piece at 3 a week, 12 weeks
 * of job search) and 3 hours a week as 2 sessions; in practice her rambling survey story asked for "I" and a
 * measured result, and the retry praised for both.
 *
 * What a coach would not sign today (`it.fails` where small and clear):
 * - "Is it silly to start this at 62?" gets "my notes don't cover it" and a pointer to BLS pay figures: the
 *   age-worry reading (flows/off-script-asides.ts, the age-worry pattern) knows "too old" and "too late to
 *   start" but not "silly to start ... at 62".
 * - "can I do this on a Chromebook?" gets the same fallback pointing to BLS pay and outlook figures; every pick is
 *   browser-based, which is the answer she needs.
 * - Her patron survey ("designed the questions, and wrote up the results for the library board") is not
 *   credited, so User research stays a gap although her university posting asks for survey design: the User
 *   research aliases in data/skills.json have "user surveys" but nothing for designing a survey.
 * - Teaching is credited from "a colleague taught me some SQL for that" (someone teaching her), not from her own
 *   computer-basics classes for seniors.
 * - "nothing at all. I'm on a fixed income, truly nothing" is "I couldn't read a number in that": the nothing
 *   reading in src/engine/read/number.ts takes only a whole short answer, not a second sentence.
 * - "write reports for library leadership" is read as the posting asking for Leadership: the Leadership "avoid"
 *   list in data/skills.json has "for store leadership" and others but not "for library leadership".
 * - Not kept as a test: her MLIS (which the university posting prefers) is never acknowledged; the return compares
 *   full-time entry pay ($83,000) with her $52,000 though she is retiring and wants part-time work; the first
 *   practice question is about messy data and her survey story is not told that it answers another question.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const COUNTY = `Data Analyst I (Part-Time Option Available) - Marlow County Office of Budget and Performance
Salary: Grade 14. Marlow County offers a 20-30 hour per week part-time schedule for this position.
About Marlow County: We serve 310,000 residents across 14 departments and are proud to be a Great Place to Work.
Duties:
- Build and maintain recurring reports for county departments (Parks, Libraries, Public Works) in Excel
- Write SQL queries against the county's finance and service-request databases
- Create dashboards in Tableau or Power BI for department heads and the County Board
- Clean and validate data and document data sources
- Present findings to non-technical audiences in plain language
Minimum qualifications:
- Bachelor's degree or equivalent experience
- Working knowledge of Excel (pivot tables, lookups) and SQL
Benefits: pension through the state retirement system, health and dental for employees working 20+ hours, paid holidays.
Marlow County is an Equal Opportunity Employer. Reasonable accommodations are available on request.`;
const UNIVERSITY = `Assessment & Data Librarian/Analyst - Hollis State University Libraries
Hollis State University Libraries seek a collaborative colleague to lead assessment of library services.
Responsibilities:
- Design and run user surveys and focus groups; analyze results and write reports for library leadership
- Build data visualizations and dashboards of circulation, gate counts and e-resource usage
- Maintain assessment data in Excel and the library's reporting tools
- Support the annual ACRL and IPEDS statistics submissions
Qualifications:
- MLIS from an ALA-accredited program preferred
- Experience with survey design and analysis
- Strong Excel skills
- R or Python a plus
We offer a generous benefits package including tuition remission, retirement plans and 24 days of vacation.
Hollis State University is an AA/EEO employer and values diversity in its workforce.`;
const SKILLS =
  "well, I have been a public librarian for thirty years. I have my MLIS and I do cataloguing and metadata, mostly MARC records. I run the monthly circulation reports from our library system, and a colleague taught me some SQL for that, just simple select queries really. I teach computer basics classes to seniors twice a month. Last year I ran the branch's patron survey, designed the questions, and wrote up the results for the library board.";
const RAMBLING =
  "oh well, let me think. so last spring the board wanted to know why fewer people were coming in on weekday evenings, and we had talked about it for ages, and i said we should just ask people, so we did a survey, paper and online, and lots of people filled it out, more than we expected honestly, and it turned out people wanted the hours changed, and we changed them eventually and i think it went well, everyone was pleased";
const BETTER =
  "Last spring our board asked me to find out why weekday evening visits had fallen. I was responsible for the patron survey. I wrote twelve questions, ran it on paper and online for four weeks, and got 640 responses. I analysed them in Excel and found that 58 percent of evening users wanted us open until 8 on Thursdays instead of Mondays. I presented that to the board, they moved the hours, and Thursday evening visits rose by 30 percent in the next quarter.";

async function throughGaps(user: string) {
  const p = await newUser(data, user, TODAY);
  const name = await p.say('Hello. My name is Greta.');
  const menu = await p.say('I would like to find my skill gaps, please');
  const role = await p.say('public librarian');
  const years = await p.say('thirty years');
  const target = await p.say('something with data, a data analyst I suppose. part time is fine');
  const heard = await p.say(SKILLS);
  const first = await p.say(COUNTY);
  const second = await p.say(UNIVERSITY);
  const report = await p.say('done');
  return { p, name, menu, role, years, target, heard, first, second, report };
}

async function throughPick(user: string) {
  const g = await throughGaps(user);
  const p = g.p;
  const offer = await p.say('credentials');
  const yes = await p.say('yes');
  const nothing = await p.say("nothing at all. I'm on a fixed income, truly nothing");
  // "nothing at all" is a budget of $0, so nothing is asked back.
  const budget = nothing;
  const chromebook = await p.say('can I do this on a Chromebook?');
  const hours = await p.say('three hours a week');
  const free = await p.say('are there free ones that still count?');
  const deadline = await p.say('no deadline, maybe two years');
  const salary = await p.say('fifty two thousand, but I am retiring');
  const s1 = await p.say('yes');
  const picks = await p.say("no, I would rather not be watched on a webcam, I'm sorry.");
  return { ...g, offer, yes, nothing, budget, chromebook, hours, free, deadline, salary, s1, picks };
}

describe('Greta, public librarian to data analyst, $0, 3 hours a week, about two years', () => {
  it('credits her reports and basic SQL, reads both postings without boilerplate, and names Excel, Dashboard design and Tableau or Power BI as her top gaps', async () => {
    const { p, target, heard, first, second, report } = await throughGaps('greta');
    expect(target).toContain('Which skills do you already have?');
    expect(heard).toContain('Reporting from "I run the monthly circulation reports from our library system"');
    expect(held(p.profile()).get('sql')).toBe('basic');
    expect(first).toContain('Posting 1 read: I found Reporting, Excel, SQL, Dashboard design, Tableau or Power BI, Data cleaning');
    expect(second).toContain('User research');
    for (const read of [first, second]) expect(read).not.toMatch(/pension|dental|tuition|vacation|equal opportunity|EEO/i);
    expect(report).toContain('Here is your gap report for *Data analyst*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Reporting, SQL (basic) and User research');
    expect(report).toContain('1. *Excel*: asked for in 100% of the postings, ahead of the next one because it is a core skill for this role');
    expect(report).toContain('2. *Dashboard design*: asked for in 100% of the postings');
    expect(report).toContain('3. *Tableau or Power BI*: asked for in 50% of the postings');
    expect(report).toContain('Also deepen SQL: you have the basics, and it is a core skill for this role.');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['excel', 'dashboards', 'tableau']);
    expect(gapIds(p.profile())).toContain('r');
    expect(report).toContain('An entry-level data analyst earns about $83,000 a year, and $64,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
    expect(report).toContain('Half of everyone in the field, experienced staff included, earns more than $113,000.');
  });

  it('credits her patron survey as survey design (User research), which her library posting asks for', async () => {
    const { p } = await throughGaps('greta-survey');
    expect(held(p.profile()).has('ux-research')).toBe(true);
  });

  it('credits Teaching from her own computer-basics classes, not from the colleague who taught her SQL', async () => {
    const { heard } = await throughGaps('greta-teaching');
    expect(heard).toContain('Teaching (education) from "I teach computer basics classes to seniors');
  });

  it('does not read "write reports for library leadership" as the posting asking for Leadership', async () => {
    const { second } = await throughGaps('greta-leadership');
    expect(second).not.toContain('Leadership');
  });

  it('asks her budget back, answers "free ones that still count", and picks the IBM Data Analyst certificate free to audit with every plan date', async () => {
    const { p, offer, nothing, budget, free, deadline, picks } = await throughPick('greta-pick');
    expect(offer).toContain('your top gaps are Excel, Dashboard design and Tableau or Power BI');
    expect(nothing).toContain('How many hours a week can you study?');
    expect(budget).toContain('How many hours a week can you study?');
    expect(p.profile().budgetUsd).toBe(0);
    expect(free).toContain('Yes. Ways in that cost nothing up front for *Data analyst*: *Google Data Analytics Professional Certificate* (free to audit, financial aid)');
    expect(free).toContain('Auditing means learning free without the certificate');
    expect(deadline).toContain('To estimate the return, what is your current yearly pay');

    const ibm = pickBlock(picks, 'IBM Data Analyst Professional Certificate');
    expect(ibm).toMatch(/^1\. /);
    expect(ibm).toContain('price unknown (check the provider), about 46 weeks at 3 hours a week.');
    expect(ibm).toContain('Covers Excel, Dashboard design, Data analysis, SQL and R or Python, and in part Tableau or Power BI.');
    expect(ibm).toContain('You can study it free (audit) or apply for financial aid.');
    expect(ibm).not.toContain('within');
    const google = pickBlock(picks, 'Google Data Analytics Professional Certificate');
    expect(google).toContain('You pay $49 a month while you study: 18 months, $882.');
    expect(google).toContain('Over your budget.');
    expect(picks).toContain('Nothing to pay now; study IBM Data Analyst Professional Certificate free (audit or financial aid).');
    expect(picks).toContain('The price of IBM Data Analyst Professional Certificate is unknown: check the provider before you count on it.');
    expect(picks).toContain("its price is unknown, so I cannot say how soon it pays back.");

    // She said no to webcam exams, then changes her mind: told her first pick has no exam to book at all.
    const webcam = await p.say('actually the webcam is fine, my grandson can help me set it up');
    expect(webcam).toContain('*IBM Data Analyst Professional Certificate* has no exam to book');
    const status = await p.say('status');
    expect(status).toContain('Budget=$0; Hours a week=3; Deadline (months)=24; Current pay=$52,000 a year');

    const plan = await p.say('1');
    expect(plan).toContain('You chose *IBM Data Analyst Professional Certificate*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 46 weeks at 3 hours a week from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-10-25');
    // 20 hours for the piece at 3 a week: 6.7, so 7 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-12-13');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-12-13');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2028-03-06');
    expect(plan).toContain('Your studying ends on Monday 25 October 2027, 58 weeks inside your deadline of Thursday 7 December 2028.');
    expect(plan).toContain('3 hours a week: 2 sessions of about 1.5 hours');
    expect(plan).toContain('You can study it free: audit it, or apply for financial aid.');
  });

  it('reads "nothing at all. I\'m on a fixed income, truly nothing" as a budget of $0', async () => {
    const { nothing } = await throughPick('greta-nothing');
    expect(nothing).toContain('How many hours a week can you study?');
  });

  it('answers "Is it silly to start this at 62?" with respect instead of "my notes don\'t cover it"', async () => {
    const { p } = await throughPick('greta-age');
    const age = await p.say('Is it silly to start this at 62?');
    expect(age).toContain('62 is not too old for this');
  });

  it('answers "can I do this on a Chromebook?" about studying in a browser, not with BLS pay figures', async () => {
    const { chromebook } = await throughPick('greta-chromebook');
    expect(chromebook).not.toContain('bls.gov');
    expect(chromebook).toMatch(/browser/i);
  });

  it('practice: her rambling survey story is asked for "I" and a measured result; the retry is praised for both', async () => {
    const p = await newUser(data, 'greta-practice', TODAY);
    await p.say('Greta');
    await p.say('practise interview answers');
    await p.say('data analyst');
    await p.say('two please');
    const question = await p.say('let the coach choose');
    expect(question).toContain('*Question 1 of 2*');
    const feedback = await p.say(RAMBLING);
    expect(feedback).toContain('1. You wrote "and we changed them eventually": say what you did yourself');
    expect(feedback).toContain('2. You end on "everyone was pleased", which does not say what changed.');
    expect(feedback).toMatch(/At about \d+ s spoken, this is short/);
    await p.say('retry this question');
    const retry = await p.say(BETTER);
    expect(retry).toMatch(/Since your last try: (\d+) → (\d+) \(\+\d+\)/);
    expect(retry).toContain('You say "I" now where you said "we": "I wrote twelve questions".');
    expect(retry).toContain('You measured the result now: "Thursday evening visits rose by 30 percent".');
  });
});
