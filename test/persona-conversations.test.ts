import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Three invented newcomers and the coach panel's P8 (hostile input, shared/coach-panel/panel-1.md),
 * each run through the whole coach as src/main.ts builds it: the gap interview, then the credential
 * pick it offers. The assertions are what a careers coach would sign in what the coach said: the
 * numbers and roles it read from the way people type, answers to questions asked mid-flow with the
 * question asked again, `back` and `status`, the gaps, and the money and dates of the pick. What the
 * coach gets wrong is left out of the assertions (and reported), never asserted as it is.
 */

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

const TODAY = new Date('2026-03-02T09:00:00Z');
const newUser = (user: string) => newUserAt(data, user, TODAY);

/** The title lines of the numbered picks. */
const pickLines = (text: string) => text.split('\n').filter((l) => /^\d\. \*/.test(l));
/** The dollar amount of a pick line ("$490 in all"), or 0 when it is free; undefined when the price is unknown. */
function priceOf(line: string): number | undefined {
  if (/\*: free,/.test(line)) return 0;
  const dollars = /\*: \$([\d,]+) in all/.exec(line)?.[1];
  return dollars === undefined ? undefined : Number(dollars.replace(/,/g, ''));
}
/** A report's section from `label` to the end of its line or clause. */
const section = (text: string, label: string) => new RegExp(`${label}=([^;\\n]*)`).exec(text)?.[1] ?? '';
/** The numbered lines under "Your top gaps" in a gap report. */
function topGapsOf(report: string): string {
  const lines = report.slice(report.indexOf('Your top gaps')).split('\n').slice(1);
  const end = lines.findIndex((l) => !/^\d+\. /.test(l));
  return lines.slice(0, end < 0 ? undefined : end).join('\n');
}

describe('Person 1: Denise, 44, retail store manager aiming at IT support, $0 and about six hours a week', () => {
  it('reads her numbers and role, answers her pay and "free" questions, and never counts a paid or unknown price as fitting $0', async () => {
    const p = await newUser('denise');
    expect(p.greeting).toContain('What should I call you?');
    expect(await p.say('denise')).toContain('Good to meet you, denise.');
    expect(await p.say('1')).toContain('(Skill gaps 1/5)');
    expect(await p.say('store manager, retail')).toContain('(Skill gaps 2/5)');

    // "about 22 yrs" is read as 22 (status below shows it).
    expect(await p.say('about 22 yrs')).toContain('(Skill gaps 3/5)\nWhich tech role are you aiming for?');

    // A pay question in the middle of the target question: answered, and the question asked again.
    const pay = await p.say('what does an IT support tech earn?');
    // Entry-level pay in words, with the median said as no promise.
    expect(pay).toMatch(/^An entry-level IT support specialist earns about \$[\d,]+ a year, and \$[\d,]+ at the low end: [^\n]*\(BLS, May 2024\)/);
    expect(pay).toContain('experienced staff included');
    expect(pay).toContain('(Skill gaps 3/5)\nWhich tech role are you aiming for?');
    expect(pay).not.toContain("isn't one of the options");

    // "it support" is the role, and the skills offered are that role's.
    const skills = await p.say('it support');
    expect(skills).toContain('(Skill gaps 4/5)');
    expect(skills).toMatch(/\d+\) Microsoft Windows/);
    expect(skills).toMatch(/\d+\) Troubleshooting/);
    expect(p.profile().targetRole).toBe('it-support');

    // Her own words: a basic level of Excel is kept; customer service is read.
    expect(await p.say('basic excel, customer service, i fix the tills when they break, i do the staff rota')).toContain('(Skill gaps 5/5)');
    const have = held(p.profile());
    expect(have.get('excel')).toBe('basic');
    expect(have.has('customer-service')).toBe(true);

    // status, mid-interview, lists what she said.
    const status = await p.say('status');
    expect(status).toContain('Current role=store manager, retail');
    expect(status).toContain('Years of experience=22');
    expect(status).toContain('Target role=IT support specialist');
    expect(status).toMatch(/Skills you have=[^;\n]*Excel[^;\n]*Customer service/);
    expect(status).toContain('(Skill gaps 5/5)');

    // No posting: the report says where demand comes from, names the role's core gaps, and counts what she has.
    const report = await p.say('skip');
    expect(report).toContain('Here is your gap report for *IT support specialist*. Demand is the typical demand for this role');
    // Customer service is asked for and she said it: one story to tell, not also listed under what she has or her career's strengths.
    expect(report).toMatch(/Worth showing in your stories=[^;\n]*Customer service/);
    expect(report).not.toMatch(/(Skills they ask for that you have|Strengths you bring from your career)=[^;\n]*Customer service/);
    // Core competencies first: the operating systems the role names are one demand, not Windows, Linux, macOS and iOS apart.
    const gaps = gapIds(p.profile());
    expect(gaps.slice(0, 2)).toEqual(['operating-systems', 'networking']);
    expect(gaps).not.toContain('linux');
    // Her hands-on fixing and customer service are two of the role's core skills: close, with the two it still needs named.
    expect(report).toMatch(/You are close: you already have (?:most|half or more) of the core skills this role is hired on, though only about \d+% of everything the role usually asks for\. The core skills still missing: Operating systems and Computer networking\./);
    expect(report).toContain('Picking credentials that close these gaps is the natural next step. [Find my skill gaps | Pick credentials worth it | Practise interview answers]');

    expect(await p.say('yes')).toContain('From your gap report for *IT support specialist*');
    expect(await p.say('yes')).toContain('(Credential pick 2/8)\nWhat can you spend in total, in US dollars?');

    // "is there a free option?" at the budget: answered with the role's free route, and the budget asked again.
    const free = await p.say('is there a free option?');
    expect(free).toContain('*Google IT Support Professional Certificate* (free to audit, financial aid)');
    expect(free).toContain('Auditing means learning free without the certificate');
    expect(free).toContain('(Credential pick 2/8)\nWhat can you spend in total, in US dollars?');

    expect(await p.say('0')).toContain('(Credential pick 3/8)');
    expect(await p.say('maybe 6 hrs')).toContain('(Credential pick 4/8)');
    expect(await p.say('six months')).toContain('(Credential pick 5/8)');
    expect(await p.say('about 38k')).toContain('(Credential pick 6/8)');
    const numbers = await p.say('status');
    for (const read of ['Budget=$0', 'Hours a week=6', 'Deadline (months)=6', 'Current pay=$38,000 a year']) expect(numbers).toContain(read);

    expect(await p.say('yes')).toContain('(Credential pick 7/8)');
    const picks = await p.say('yes');
    expect(picks).toContain('Here are my top three picks for *IT support specialist*:');
    // The free certificate first, then the paid exams that build on it: A+ with its CE fee counted once per cycle, then Network+.
    expect(pickLines(picks).map((l) => /^\d\. \*([^*]+)\*/.exec(l)?.[1])).toEqual(['Google IT Support Professional Certificate', 'CompTIA A+', 'CompTIA Network+ (N10-009)']);
    expect(pickBlock(picks, 'CompTIA A+')).toMatch(/\*: \$506 in all, about 22 weeks at 6 hours a week \(a planning estimate\)/);
    // Every pick says its study time at her six hours; a paid one is said to be over her $0, the cost of certifying later, never as fitting it.
    expect(pickLines(picks).length).toBeGreaterThan(0);
    for (const line of pickLines(picks)) {
      expect(line).toMatch(/about \d+ weeks at 6 hours a week/);
      const name = /^\d\. \*([^*]+)\*/.exec(line)?.[1] ?? '';
      if ((priceOf(line) ?? 0) > 0) expect(pickBlock(picks, name), line).toMatch(/Watch out: Over your budget(: its fees are the cost of certifying later)?\./);
    }
    // The free route is among the picks, with the gaps it covers; its $49-a-month price (secondary sources) is over $0, never fitting it.
    const google = pickBlock(picks, 'Google IT Support Professional Certificate');
    expect(google).toMatch(/\*: \$[\d,]+ in all, about \d+ weeks at 6 hours a week/);
    expect(google).toMatch(/Covers [^\n]*Operating systems/);
    expect(google).toMatch(/Covers [^\n]*Computer networking/);
    expect(google).toContain('study it free (audit) or apply for financial aid');
    expect(picks).not.toMatch(/(?<![Nn]ot )within your budget/);
    // One path: the free IT support certificate, which covers her top gaps, then A+ when she is ready; nothing to pay now.
    expect(picks).toContain('Recommended path: Start with Google IT Support Professional Certificate; CompTIA A+ builds on it when you are ready. Nothing to pay now; study Google IT Support Professional Certificate free (audit or financial aid). Certifying later is not within your budget today: Google IT Support Professional Certificate, $294 in all. About 26 weeks of study.');
    // A price in the path is only ever the cost of certifying later, never something to pay now on $0.
    expect(picks).not.toMatch(/Recommended path: (?:(?!Certifying later)[^\n])*\$[1-9]/);
    // Her current pay is read and compared with entry-level pay.
    expect(picks).toMatch(/An entry-level IT support specialist earns about \$48,000 a year, and \$39,000 at the low end: [^\n]*\(BLS, May 2024\)\. That is about \$10,000 a year more than you earn now; it costs \$[\d,]+, so it pays back (?:in about \d+ months? of|within your first month in) the new job\./);

    const why = await p.say('Why Google IT Support Professional Certificate?');
    expect(why).toMatch(/Of your top gaps, [^.]*, it covers [^.;]*Operating systems/);
    // Its $49 a month (secondary sources) over her hours, never "no price".
    // The total as the pick list says it, with its months of subscription, never as three years of payments.
    expect(why).toMatch(/It costs \$294 in all \(you pay \$49 a month while you study, for 6 months\)/);
    expect(why).not.toContain('I have no price for it');
    expect(why).toMatch(/about \d+ weeks at your 6 hours a week/);
    expect(why).not.toMatch(/within your budget|fits your budget/i);

    // Her plan: a weekly rhythm that matches her six hours, its first steps dated from today.
    const plan = await p.say('Choose Google IT Support Professional Certificate');
    expect(plan).toContain('You chose *Google IT Support Professional Certificate*.');
    expect(plan).toContain('Weekly schedule: 6 hours a week: 3 sessions of about 2 hours');
    expect(dueOf(plan, '1\\. Research market demand')).toBe('2026-03-09');
    expect(plan).toContain('2. Choose the credential=done on Monday 2 March 2026');
    // Studying runs past her six months: the plan says so and how many hours a week would fit.
    // Six months from 2026-03-02 is the calendar date 2026-09-02; Google's stated pace is 26 weeks, begun after a week of research.
    // Inside Google's stated pace the course takes 26 weeks however many hours: 11 a week (past its 10) is the pace that ends it by then.
    expect(plan).toContain(
      'Your studying ends on Monday 7 September 2026, 1 week after your deadline of Wednesday 2 September 2026. Your portfolio piece would be done on Monday 16 November 2026, 11 weeks after your deadline, and your job search would run to Monday 8 February 2027, 23 weeks after it. To finish studying by then, study about 11 hours a week instead of 6.',
    );
    expect(p.profile().credentialPick).toMatchObject({ ids: [expect.any(String)], names: ['Google IT Support Professional Certificate'] });
    expect(await p.say('plan')).toMatch(/^Your plan: Google IT Support Professional Certificate: 1\. Research market demand=by Monday 9 March 2026/);
  });
});

const DISTRICT_POSTING = [
  'Data Analyst - Riverside School District',
  'We are looking for a data analyst to join our team.',
  'Requirements:',
  '- 2+ years experience with SQL',
  '- Proficiency in Excel and Tableau or Power BI',
  '- Experience with Python or R preferred',
  '- Strong communication skills',
  '- Statistics knowledge',
  'Benefits: health insurance, 401k, generous PTO. Knowledge of K-12 education is a plus. A degree in education is not required.',
].join('\n');

describe('Person 2: Gloria, 51, maths teacher, "not sure, I like explaining things and spreadsheets"', () => {
  it('suggests roles with reasons from what she likes, lets her change her mind with back, reads her posting, and fits the pick to $500 and a year', async () => {
    const p = await newUser('gloria');
    await p.say('Gloria');
    await p.say('find my skill gaps');
    await p.say('high school teacher (math)');
    expect(await p.say('twenty six years')).toContain('(Skill gaps 3/5)');

    // Unsure, with what she likes: roles with a reason each, from her own words.
    const suggested = await p.say('not sure, I like explaining things and spreadsheets');
    expect(suggested).toContain('From what you said, these could suit you:');
    expect(suggested).toMatch(/- \*Data analyst\*: it suits someone who [^\n]*spreadsheets[^\n]*explaining findings[^\n]*you already have Spreadsheets, which it asks for\./);
    expect(suggested).toMatch(/- \*IT support specialist\*: it suits someone who [^\n]*explaining things step by step\./);
    // "Explaining things" also fits a business analyst, who explains what numbers mean for the business.
    expect(suggested).toMatch(/- \*Business analyst\*: it suits someone who [^\n]*explaining/);
    expect(suggested).toContain('Which would you like to explore? [Data analyst | IT support specialist | Business analyst | Another role]');

    // A question instead of a pick: answered, and the same choice offered again.
    const earn = await p.say('what does a data analyst earn?');
    expect(earn).toMatch(/^An entry-level data analyst earns about \$[\d,]+ a year/);
    expect(earn).toContain('experienced staff included');
    expect(earn).toContain('Which would you like to explore? [Data analyst | IT support specialist | Business analyst | Another role]');
    expect(earn).not.toContain("isn't one of the options");

    // She tries IT support, sees its skills, goes back and changes her mind.
    expect(await p.say('2')).toMatch(/1\) Troubleshooting\n2\) Operating systems\n3\) Computer networking/);
    const back = await p.say('back');
    expect(back).toContain('Your earlier answer was: IT support specialist');
    expect(back).toContain('Which would you like to explore? [Data analyst | IT support specialist | Business analyst | Another role]');
    const skills = await p.say('data analyst');
    expect(skills).toMatch(/1\) SQL\n2\) Spreadsheets\n3\) Data visualization\n4\) Statistics/);
    expect(p.profile().targetRole).toBe('data-analyst');

    await p.say('i use excel a lot for grades, pivot tables, vlookup. made a google sheets dashboard for the dept. no coding');
    const have = held(p.profile());
    expect(have.has('excel')).toBe(true);
    expect(have.has('spreadsheets')).toBe(true);
    expect(have.has('python')).toBe(false);
    const status = await p.say('status');
    expect(status).toContain('Current role=high school teacher (math)');
    expect(status).toContain('Years of experience=26');
    expect(status).toContain('Chosen role=Data analyst');
    expect(status).toMatch(/Skills you have=Excel/);

    // Her posting: the skills it asks for are found; what she lacks of them are her gaps, Excel is not.
    // (The posting reader and the gap ranking are still being tuned: skills are checked as found and as among the gaps, not in a set order.)
    const read = await p.say(DISTRICT_POSTING);
    expect(read).toMatch(/^\(Skill gaps 6\/6\)\nPosting 1 read: I found /);
    const found = /Posting 1 read: I found ([^\n]*)/.exec(read)?.[1] ?? '';
    for (const skill of ['SQL', 'Excel', 'Tableau']) expect(found, skill).toContain(skill);
    const report = await p.say('done');
    expect(report).toContain('Here is your gap report for *Data analyst*. Demand is from the 1 posting you pasted.');
    const demand = /What employers ask for[^\n]*/.exec(report)?.[0] ?? '';
    for (const skill of ['SQL', 'Excel', 'Tableau', 'Power BI', 'Statistics']) expect(demand, skill).toContain(skill);
    expect(section(report, 'Skills they ask for that you have')).toContain('Excel');
    expect(topGapsOf(report)).toMatch(/\d\. \*SQL\*/);
    expect(topGapsOf(report)).not.toContain('*Excel*');
    const gaps = gapIds(p.profile());
    expect(gaps).toEqual(expect.arrayContaining(['sql', 'statistics']));
    expect(gaps).not.toContain('excel');

    expect(await p.say('Pick credentials worth it')).toContain('From your gap report for *Data analyst*');
    await p.say('yes');
    const aid = await p.say('is there financial aid?');
    expect(aid).toContain('*Google Data Analytics Professional Certificate* (free to audit, financial aid)');
    expect(aid).toContain('financial aid is applied for on the course platform');
    expect(aid).toContain('(Credential pick 2/8)\nWhat can you spend in total, in US dollars?');

    expect(await p.say('about 500')).toContain('(Credential pick 3/8)');
    expect(await p.say('5 or so')).toContain('(Credential pick 4/8)');
    expect(await p.say('a year')).toContain('(Credential pick 5/8)');
    expect(await p.say('about 62k')).toContain('(Credential pick 6/8)');
    const numbers = await p.say('status');
    for (const value of ['Budget=$500', 'Hours a week=5', 'Deadline (months)=12', 'Current pay=$62,000 a year']) expect(numbers).toContain(value);

    await p.say('no');
    const picks = await p.say('yes');
    expect(picks).toContain('Here are my top three picks for *Data analyst*:');
    // Each pick says its weeks at her five hours; a known price over her $500 is said as the dollars it misses by, never
    // "within" (the Google Data Analytics certificate, $539 over 11 months, with SQL, Tableau and Python). (Azure Data
    // Fundamentals, which covers only SQL, still leads the picks and the path; reported.)
    expect(pickLines(picks).length).toBeGreaterThan(0);
    for (const line of pickLines(picks)) {
      expect(line).toMatch(/about \d+ weeks at 5 hours a week/);
      const price = priceOf(line) ?? 0;
      const block = pickBlock(picks, /^\d\. \*([^*]+)\*/.exec(line)?.[1] ?? '');
      if (price > 500) expect(block, line).toContain(`$${price - 500} over your $500 budget`);
      expect(block, line).not.toMatch(/within your \$500 budget/);
    }
    // One path, its money against her $500 and its weeks inside her year.
    const stack = /Recommended path: Start with [^\n]*/.exec(picks)?.[0] ?? '';
    expect(Number(/\$([\d,]+) (?:in all|now), within your \$500 budget/.exec(stack)?.[1]?.replace(/,/g, ''))).toBeLessThanOrEqual(500);
    expect(Number(/About (\d+) weeks/.exec(stack)?.[1])).toBeLessThanOrEqual(52);
    // The pay line reads her $62k against entry-level pay and says how soon the cost pays back.
    expect(picks).toMatch(/An entry-level data analyst earns about \$[\d,]+ a year[^\n]*a year more than you earn now; (it costs \$[\d,]+, so it pays back|earning it costs nothing)/);

    // The Google certificate closes two of her top gaps: its money said as over her budget, never within it, its months in
    // her words, then her plan against her year.
    const google = pickBlock(picks, 'Google Data Analytics Professional Certificate');
    expect(google).toMatch(/\*: \$539 in all, about 44 weeks at 5 hours a week/);
    expect(google).toContain('Watch out: $39 over your $500 budget.');
    expect(google).toContain('Good to know: You can study it free (audit) or apply for financial aid.');
    const why = await p.say('Why Google Data Analytics Professional Certificate?');
    expect(why).toContain('Of your top gaps, SQL, Tableau or Power BI and Statistics, it covers SQL and Tableau or Power BI');
    expect(why).toContain('It costs $539 in all (you pay $49 a month while you study, for 11 months), more than your budget, and it takes about 44 weeks at your 5 hours a week');
    expect(why).not.toContain('within your budget');

    const plan = await p.say('Choose Google Data Analytics Professional Certificate');
    expect(plan).toContain('You chose *Google Data Analytics Professional Certificate*.');
    expect(plan).toContain('1. Read job postings=done on Monday 2 March 2026');
    expect(plan).toContain('Weekly schedule: 5 hours a week');
    expect(plan).toContain('2. Choose the credential=done on Monday 2 March 2026');
    // 44 weeks from Monday 2 March 2026 ends on Monday 4 January 2027, 57 days before her deadline; 40 hours of portfolio
    // (8 weeks) and 12 weeks of job search run past it to 24 May 2027, so (220 + 40) hours over the 40 weeks before the
    // search is 6.5, about 7 hours a week.
    expect(dueOf(plan, '3\\. Enroll and study on a weekly schedule')).toBeDefined();
    expect(plan).toContain('Your studying ends on Monday 4 January 2027, 8 weeks inside your deadline of Tuesday 2 March 2027.');
    expect(plan).toContain('Your job search would run to Monday 24 May 2027, 12 weeks after your deadline. To fit it all, study about 7 hours a week instead of 5, or move your deadline to Monday 24 May 2027.');
  });
});

const HOSPITAL_POSTING = [
  'Clinical Data Analyst - Mercy Regional Health',
  'Mercy Regional is a 400-bed nonprofit hospital committed to compassionate care.',
  'Responsibilities: build reports and dashboards for nursing leadership; clean and validate EHR data.',
  'Required: 2+ years SQL; Tableau or Power BI; advanced Excel; clinical background (RN preferred).',
  'Preferred: Epic Clarity certification, Python or R.',
  'Nice to have: knowledge of HIPAA.',
  'We offer medical, dental, tuition reimbursement and a 403(b).',
].join('\n');

describe('Person 3: Marcus, 46, ICU nurse aiming at clinical data analysis', () => {
  it('goes back to correct his years, gets answers mid-flow, and gets a pick and plan inside $2,000 and nine months', async () => {
    const p = await newUser('marcus');
    await p.say('marcus');
    await p.say('1');
    await p.say('icu nurse');
    expect(await p.say('fifteen')).toContain('(Skill gaps 3/5)');
    expect(await p.say('data analyst')).toContain('(Skill gaps 4/5)');

    // Back twice, to the years, and a corrected answer replaces the first.
    const toTarget = await p.say('back');
    expect(toTarget).toContain('Your earlier answer was: Data analyst');
    expect(toTarget).toContain('Which tech role are you aiming for?');
    const toYears = await p.say('back');
    expect(toYears).toContain('Your earlier answer was: 15');
    expect(toYears).toContain('And roughly how many years have you been working, in all?');
    expect(await p.say('about 19 years actually')).toContain('Which tech role are you aiming for?');
    expect(p.profile().yearsExperience).toBe(19);
    expect(await p.say('data analyst')).toMatch(/1\) SQL/);

    // His words: "some sql" is SQL at a basic level, charting in the EHR is health informatics.
    expect(await p.say('patient monitoring, epic charting, Excel basics, i trained new grads on the EHR, some sql from a night class')).toContain('Now paste a job posting for *Data analyst*');
    const have = held(p.profile());
    expect(have.get('sql')).toBe('basic');
    expect(have.has('health-informatics')).toBe(true);

    // The required skills are found; Tableau or Power BI, which he lacks, is among his top gaps; his clinical background is a strength.
    const read = await p.say(HOSPITAL_POSTING);
    const found = /Posting 1 read: I found ([^\n]*)/.exec(read)?.[1] ?? '';
    expect(found).toContain('SQL');
    expect(found).toMatch(/Tableau|Power BI/);
    const report = await p.say('done');
    expect(report).toContain('Here is your gap report for *Data analyst*. Demand is from the 1 posting you pasted.');
    const demand = /What employers ask for[^\n]*/.exec(report)?.[0] ?? '';
    for (const skill of ['SQL', 'Tableau', 'Excel']) expect(demand, skill).toContain(skill);
    // His posting asks for health informatics and he said he has it: a story to tell, in his words.
    expect(section(report, 'Worth showing in your stories')).toContain('Health informatics');
    expect(topGapsOf(report)).toMatch(/\d\. \*(Tableau|Power BI)/);
    expect(gapIds(p.profile()).some((id) => id === 'tableau' || id === 'power-bi')).toBe(true);

    await p.say('yes');
    await p.say('yes');
    const free = await p.say('is the google one free?');
    expect(free).toContain('*Google Data Analytics Professional Certificate* (free to audit, financial aid)');
    expect(free).toContain('(Credential pick 2/8)\nWhat can you spend in total, in US dollars?');
    expect(await p.say('about 2 grand')).toContain('(Credential pick 3/8)\nHow many hours a week can you study?');

    // A pay question at the hours: answered, and the hours asked again.
    const earn = await p.say('what does a data analyst earn?');
    expect(earn).toMatch(/^An entry-level data analyst earns about \$[\d,]+ a year/);
    expect(earn).toContain('(Credential pick 3/8)\nHow many hours a week can you study?');

    expect(await p.say('ten hours maybe')).toContain('(Credential pick 4/8)');
    expect(await p.say('9 months')).toContain('(Credential pick 5/8)');
    expect(await p.say('we make about 88k')).toContain('(Credential pick 6/8)');
    await p.say('yes');
    await p.say('yes');
    const status = await p.say('status');
    for (const value of ['Years of experience=19', 'Target role=Data analyst', 'Budget=$2,000', 'Hours a week=10', 'Deadline (months)=9', 'Current pay=$88,000 a year']) {
      expect(status).toContain(value);
    }
    expect(status).toContain('Here are my top three picks for *Data analyst*:');

    // The subscription priced over the months it takes ($49 a month, about six months at ten hours a week), and said to bill until cancelled.
    const google = pickBlock(status, 'Google Data Analytics Professional Certificate');
    expect(google).toMatch(/\*: \$294 in all, about 22 weeks at 10 hours a week/);
    expect(google).toMatch(/Covers [^\n]*Tableau/);
    expect(google).toContain('subscription $49 a month. A subscription bills until you cancel it.');
    // Entry-level pay is below his $88k: said as a pay cut at first, not hidden.
    expect(status).toMatch(/about \$[\d,]+ a year less than you earn now, so the move would likely mean a pay cut at first/);
    // One vendor path from the Google certificate into the Tableau his posting asks for, inside $2,000 and nine months.
    expect(status).toContain('Recommended path: Start with Google Data Analytics Professional Certificate, which Tableau Desktop Specialist builds on, then Tableau Certified Data Analyst. $644 in all, within your $2,000 budget. About 38 weeks of study one after the other. It covers Tableau or Power BI, Dashboard design, Data cleaning, SQL and Python or R. Still uncovered: Reporting and Excel.');
    const why = await p.say('Why Google Data Analytics Professional Certificate?');
    // The why names his real top gaps, and keeps SQL and Data cleaning as extras.
    expect(why).toContain('Of your top gaps, Tableau or Power BI, Reporting and Dashboard design, it covers Tableau or Power BI; it also covers Data cleaning, SQL and Python or R.');
    expect(why).toContain('It costs $294 in all (you pay $49 a month while you study, for 6 months), within your budget, and it takes about 22 weeks at your 10 hours a week');
    expect(why).toContain('Google stands behind it, and it is aimed at data analyst jobs.');

    const plan = await p.say('Choose Google Data Analytics Professional Certificate');
    expect(plan).toContain('Weekly schedule: 10 hours a week: 5 sessions of about 2 hours');
    expect(dueOf(plan, '3\\. Enroll and study on a weekly schedule')).toBe('2026-08-03');
    expect(plan).toContain('Your studying ends on Monday 3 August 2026, 17 weeks inside your deadline of Wednesday 2 December 2026.');
    // He pasted a posting, so reading postings is done; the capstone is his portfolio piece.
    expect(plan).toContain('1. Read job postings=done on Monday 2 March 2026');
    expect(plan).toContain('Finish the capstone');
    // Every step dated, studying and portfolio done inside nine months (2026-12-02).
    const card = await p.say('plan');
    expect(card).not.toContain('date to be set');
    for (const step of ['1\\. Read job postings', '2\\. Choose the credential', '3\\. Enroll and study on a weekly schedule', '4\\. Build the portfolio piece']) {
      const due = dueOf(card, step);
      expect(due, step).toBeDefined();
      expect(new Date(due as string) < new Date('2026-12-02'), step).toBe(true);
    }
  });
});

const BIG = `${'paste '.repeat(9_000)}end`; // about 54 KB in one message
const WEIRD = { big: BIG, emoji: '🙂🚀', channel: '<!channel>', everyone: '@everyone', tenHours: 'ten hours', dollars: '$2,000', minus: '-5', nan: 'NaN', flush: 'FLUSHALL', empty: '', blank: '   ' };
const ALL = Object.values(WEIRD);
const except = (...left: string[]) => ALL.filter((input) => !left.includes(input));

/** One question: the hostile lines that must leave it where it is, what the re-ask must say, and the answer that moves on. */
interface Step {
  at: string;
  hostile: string[];
  because: RegExp;
  answer: string;
  next: string;
}

describe('P8: hostile input at every step', () => {
  it('never crashes, never moves on from what it could not read, asks again with a reason, and reads "$2,000" and "ten hours"', async () => {
    const p = await newUser('p8');
    const REASON = /That's longer than I can keep|I couldn't find any words|That was empty|I couldn't read a number|I read [\d,]+ (hours|dollars), but this question asks for|That's less than|I don't know that role yet|I couldn't recognise any skills|I need a yes or a no|That isn't one of the options/;
    const steps: Step[] = [
      { at: '(Welcome 1/2)', hostile: [WEIRD.big, WEIRD.emoji, WEIRD.empty, WEIRD.blank], because: REASON, answer: 'Pat', next: '(Welcome 2/2)' },
      { at: '(Welcome 2/2)', hostile: ALL, because: /That isn't one of the options/, answer: '1', next: '(Skill gaps 1/5)' },
      { at: '(Skill gaps 1/5)', hostile: [WEIRD.big, WEIRD.emoji, WEIRD.empty, WEIRD.blank], because: REASON, answer: 'warehouse supervisor', next: '(Skill gaps 2/5)' },
      { at: '(Skill gaps 2/5)', hostile: ALL, because: REASON, answer: 'twenty', next: '(Skill gaps 3/5)' },
      { at: '(Skill gaps 3/5)', hostile: except(WEIRD.tenHours), because: REASON, answer: 'data analyst', next: '(Skill gaps 4/5)' },
      { at: '(Skill gaps 4/5)', hostile: ALL, because: REASON, answer: 'Excel, SQL', next: '(Skill gaps 5/5)' },
    ];
    const pick: Step[] = [
      { at: '(Credential pick 1/8)', hostile: ALL, because: /I need a yes or a no/, answer: 'yes', next: '(Credential pick 2/8)' },
      { at: '(Credential pick 2/8)', hostile: except(WEIRD.dollars), because: REASON, answer: '$2,000', next: '(Credential pick 3/8)' },
      { at: '(Credential pick 3/8)', hostile: except(WEIRD.tenHours), because: REASON, answer: 'ten hours', next: '(Credential pick 4/8)' },
      { at: '(Credential pick 4/8)', hostile: ALL, because: REASON, answer: 'ten', next: '(Credential pick 5/8)' },
      { at: '(Credential pick 5/8)', hostile: except(WEIRD.dollars), because: REASON, answer: '45k', next: '(Credential pick 6/8)' },
      { at: '(Credential pick 6/8)', hostile: ALL, because: /I need a yes or a no/, answer: 'no', next: '(Credential pick 7/8)' },
      { at: '(Credential pick 7/8)', hostile: ALL, because: /I need a yes or a no/, answer: 'yes', next: '(Credential pick 8/8)' },
      { at: '(Credential pick 8/8)', hostile: except(WEIRD.minus), because: /That isn't one of the options/, answer: 'Choose Google Data Analytics Professional Certificate', next: 'You chose *Google Data Analytics Professional Certificate*' },
    ];
    const everything: string[] = [];
    const walk = async (list: Step[]) => {
      for (const step of list) {
        for (const input of step.hostile) {
          const reply = await p.say(input);
          everything.push(reply);
          expect(reply, `${step.at} ${JSON.stringify(input.slice(0, 20))}`).toContain(step.at);
          expect(reply, `${step.at} ${JSON.stringify(input.slice(0, 20))}`).toMatch(step.because);
        }
        const moved = await p.say(step.answer);
        everything.push(moved);
        expect(moved, step.answer).toContain(step.next);
      }
    };

    await walk(steps);
    // The posting: nothing to read is asked again; a paste or a word with no skill in it is read, counted as nothing, and the question stays.
    for (const input of [WEIRD.emoji, WEIRD.empty, WEIRD.blank]) {
      const reply = await p.say(input);
      expect(reply).toContain('(Skill gaps 5/5)');
      expect(reply).toMatch(/I couldn't find any words|That was empty/);
    }
    for (const input of [WEIRD.big, WEIRD.flush, WEIRD.channel, WEIRD.dollars, WEIRD.nan]) {
      const reply = await p.say(input);
      expect(reply).toMatch(/I couldn't find any skills[^.]*, so it won't count\./);
      expect(reply).toContain('(Skill gaps 5/5)');
    }
    const report = await p.say('done');
    expect(report).toContain('Here is your gap report for *Data analyst*. Demand is the typical demand for this role');
    expect(p.profile().targetRole).toBe('data-analyst');
    expect(await p.say('Pick credentials worth it')).toContain('(Credential pick 1/8)');
    await walk(pick.slice(0, -1));

    // "$2,000" is 2000 dollars, "ten hours" is 10, "ten" months is 10; FLUSHALL flushed nothing.
    const status = await p.say('status');
    for (const value of ['Name=Pat', 'Current role=warehouse supervisor', 'Years of experience=20', 'Target role=Data analyst', 'Budget=$2,000', 'Hours a week=10', 'Deadline (months)=10', 'Current pay=$45,000 a year']) {
      expect(status).toContain(value);
    }
    expect(status).toContain('(Credential pick 8/8)');
    await walk(pick.slice(-1));
    expect(await p.say('status')).toMatch(/Budget=\$2,000; Study time=10 hours a week; Credentials chosen=Google Data Analytics Professional Certificate/);
    // No mention typed at a step that refused it is ever said back.
    for (const reply of everything) {
      expect(reply).not.toContain('<!channel>');
      expect(reply).not.toContain('@everyone');
    }
  });
});
