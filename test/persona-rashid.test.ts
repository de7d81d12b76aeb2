import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Rashid Haddad, 44, civil engineer (PE licence) for 19 years at a transportation agency, aiming at data engineer.
 * He works in AutoCAD and Civil 3D, keeps traffic-count data in Excel, wrote Python scripts (pandas, some numpy) to
 * clean sensor data, built an Access database for bridge inspections and manages consultants' contracts; he lists
 * his skills as markdown bullets. Budget "about a thousand dollars", "twelve hours a week, maybe 10 when work is
 * busy", 10 months, earns $112,000. He pastes a state DOT Data Engineer posting (Python, SQL, ETL pipelines, Azure
 * Data Factory, GIS a plus; pension and E-Verify boilerplate) and a logistics company's (AWS Glue, S3, Redshift,
 * Airflow, Spark, dbt; 401(k) and PTO perks), and asks "AWS or Azure for data engineering?" and "is the google
 * advanced data analytics cert relevant for DE?" mid-pick. In practice he rambles with "we" and "the team", then
 * retries with "i", a deadline and a count.
 *
 * What a coach signs and this test asserts: his bullets heard as Excel, Python, pandas, basic NumPy and data
 * cleaning; both postings read without their benefits; ETL, SQL and data warehousing as the top gaps, ahead of
 * the tools; the two readings of his hours asked about, not guessed; "AWS or Azure" answered from his own postings
 * (50% each) with the honest note that only Azure has a data credential in the catalog; the Google question
 * answered with what the certificate is made for and its 260 hours; DP-900 first at $99 inside his $1,000; the
 * $36,000 pay cut from BLS entry pay said plainly and gently; every plan date (28 December, 15 February, 10 May)
 * inside his 7 October deadline; practice feedback asking for "I" and a number, and the retry naming its "I", its
 * setting and its measured result.
 *
 * What a coach would not sign today (most serious first; the small, clear ones are `it.fails`):
 * - "built an access database for bridge inspections, queries and forms" is not heard at all, so SQL is a gap
 *   from scratch for a man who has written queries, and "manage consultants' contracts and their deliverables"
 *   is not heard as vendor management (data/skills.json has no Access or database-design alias; "vendor
 *   contracts" is an alias but "consultants' contracts" is not).
 * - "is the google advanced data analytics cert relevant for DE?" gets a description ("made for data scientist
 *   roles") but never the answer: it does not say whether it helps a data engineer or which of his gaps it leaves.
 * - The first practice feedback rewrites "so the team kind of pulled it together into a database" as "I kinded
 *   of pulled it into a database": the hedge "kind of" is read as a verb and put in the past
 *   (src/star/suggestions.ts:asI through inPast).
 * - The DOT posting's "GIS data ... is a plus" is not read (no GIS skill in data/skills.json), nor "model data for
 *   reporting" as data modeling; his GIS-adjacent Civil 3D years go unmentioned.
 * - The path stops at DP-900, a fundamentals badge, with 40 weeks of his deadline left and ETL, warehousing,
 *   Airflow, data modeling and dbt "still uncovered"; the catalog has no associate data-engineering credential.
 *   The DOT posting's own $78,000 to $98,000 range is not set beside the BLS figure when the cut is $36,000.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const DOT = `Data Engineer - State Department of Transportation, Office of Data and Analytics
Salary: $78,000 - $98,000 annually.
Duties: design, build and maintain ETL pipelines that move traffic count, crash and pavement data into the agency's Azure data platform; develop pipelines in Azure Data Factory; write Python and SQL to clean, validate and transform sensor data; model data for reporting in Power BI; work with GIS staff on spatial datasets.
Requirements: 3+ years of experience with Python and SQL; experience building ETL pipelines; experience with Azure Data Factory or similar cloud data integration tools.
Preferred: experience with GIS data (ArcGIS, spatial SQL) is a plus; knowledge of transportation data.
Benefits: state pension, health, dental and vision insurance, 13 paid holidays, deferred compensation plan.
The Department is an Equal Opportunity Employer and participates in E-Verify.`;
const LOGISTICS = `Data Engineer - Northbound Freight Logistics (hybrid)
About us: Northbound moves 40,000 loads a month across North America and is growing fast.
What you'll do: build and run batch and streaming data pipelines on AWS (Glue, S3, Redshift); orchestrate workflows with Airflow; process large shipment datasets with Spark; build and test data models in dbt; partner with analysts on data quality.
What we look for: 2+ years in data engineering; strong SQL and Python; hands-on AWS experience; experience with Airflow and dbt.
Nice to have: Kafka, Terraform.
Perks: 401(k) match, unlimited PTO, commuter benefits, team offsites.
Northbound is proud to be an equal opportunity employer.`;
const SKILLS = `- civil engineer, PE licence, 19 years at a transportation agency
- autocad and civil 3d daily
- traffic-count data in excel: pivot tables, lookups, some macros
- wrote python scripts to clean sensor data (pandas, some numpy)
- built an access database for bridge inspections, queries and forms
- manage consultants' contracts and their deliverables`;
const WEAK =
  'well so we had this bridge inspection backlog, it was a big mess honestly, lots of paper forms and the consultants were all using different templates and we had to get it into one place and the feds wanted it, and so the team kind of pulled it together into a database and it worked out ok in the end i think, people used it';
const BETTER =
  'in 2019 our bridge inspection records were on paper and in four consultant templates, and the federal inventory submission was due in three months. i was asked to get every record into one place. i built an access database with one inspection form, wrote the import queries for each consultant template, and trained the six inspectors on it. we submitted on time with all 1,240 bridges, and the review found zero missing records, down from 87 the year before.';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('rashid');
  await p.say('skill gaps');
  await p.say('civil engineer, transportation agency');
  await p.say('nineteen years');
  await p.say('data engineer');
  const heard = await p.say(SKILLS);
  const first = await p.say(DOT);
  const second = await p.say(LOGISTICS);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('credentials');
  const steps: string[] = [offer];
  steps.push(await p.say('yes'));
  steps.push(await p.say('about a thousand dollars'));
  steps.push(await p.say('twelve hours a week, maybe 10 when work is busy'));
  steps.push(await p.say('AWS or Azure for data engineering?'));
  steps.push(await p.say('12'));
  steps.push(await p.say('is the google advanced data analytics cert relevant for DE?'));
  steps.push(await p.say('10 months'));
  steps.push(await p.say('112k'));
  steps.push(await p.say('yes'));
  const picks = await p.say('yes');
  return { p, steps, picks };
}

describe('Rashid, civil engineer to data engineer, $1,000, 12 hours a week, 10 months', () => {
  it('hears his bulleted skills, reads both postings without their benefits, and names ETL, SQL and warehousing as the gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('rashid');
    expect(heard).toContain('From what you told me, you bring Excel, Python, pandas, NumPy (basic), Data cleaning, SQL (basic) from "built an access database for bridge inspections" and Vendor management from "manage consultants\' contracts and their deliverables".');
    expect(held(p.profile()).get('numpy')).toBe('basic');
    expect(held(p.profile()).has('python')).toBe(true);
    expect(first).toContain('Posting 1 read: I found ETL and data pipelines, Microsoft Azure, Python, SQL, Reporting and Power BI.');
    expect(first).not.toMatch(/pension|dental|holiday|e-verify|equal opportunity|transportation/i);
    expect(second).toContain('Posting 2 read: I found ETL and data pipelines, AWS, Data warehousing, Apache Airflow, Apache Spark, Data modeling, dbt and Data cleaning and 4 more.');
    expect(second).not.toMatch(/401|PTO|commuter|offsite|logistics/i);
    expect(report).toContain('Here is your gap report for *Data engineer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Strengths you bring from your career=Excel (you said "traffic-count data in excel: pivot tables")');
    expect(report).toContain('1. *ETL and data pipelines*: asked for in 100% of the postings');
    expect(report).toContain('2. *SQL* (you have the basics: deepen it): asked for in 100% of the postings');
    expect(report).toContain('3. *Data warehousing*: asked for in 50% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['etl', 'sql', 'data-warehousing']);
    expect(gapIds(p.profile())).not.toContain('python');
    expect(report).toContain('An entry-level data engineer earns about $76,000 a year, and $57,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('hears the Access database with its queries he built, and his consultants\' contracts', async () => {
    const { heard } = await throughGaps('rashid-access');
    expect(heard).toMatch(/from "built an access database/);
    expect(heard).toMatch(/Vendor management/);
  });

  it.fails('reads "GIS data ... is a plus" in the DOT posting', async () => {
    const { first } = await throughGaps('rashid-gis');
    expect(first).toMatch(/GIS/);
  });

  it('answers AWS or Azure from his postings, puts DP-900 first inside his budget, says the pay cut, and dates every plan step', async () => {
    const { p, steps, picks } = await throughPick('rashid-pick');
    const [, , , hours, vendor, , google] = steps;
    expect(hours).toContain('I read two numbers, 12 and 10: which one should I plan with?');
    expect(vendor).toContain('What your postings ask for: AWS in 50% of your postings, Microsoft Azure in 50% of your postings.');
    expect(vendor).toContain('AWS: my catalog has no credential made for data engineer roles.');
    expect(vendor).toContain('*Microsoft Certified: Azure Data Fundamentals (DP-900)*: $99 in all');
    expect(vendor).toContain('only Microsoft Azure has a credential for your role in my catalog, so it is the one I can plan.');
    expect(vendor).toContain('How many hours a week can you study?');
    expect(google).toContain('is made for data scientist roles rather than data engineer roles');
    expect(google).toContain('Cost: price unknown: check the provider.');
    expect(google).not.toMatch(/price unknown[^.]*within your/);
    expect(google).toContain('about 22 weeks at your 12 hours a week (260 hours');
    expect(google).toContain('In how many months do you want to be done studying?');

    const dp900 = pickBlock(picks, 'Microsoft Certified: Azure Data Fundamentals (DP-900)');
    expect(dp900).toMatch(/^1\. /);
    expect(dp900).toContain('$99 in all, about 3 weeks at 12 hours a week (a planning estimate)');
    expect(picks).toContain('Recommended path: Start with Microsoft Certified: Azure Data Fundamentals (DP-900). $99 in all, within your $1,000 budget.');
    expect(picks).toContain('Still uncovered: ETL and data pipelines, Data warehousing, Apache Airflow, Data modeling and dbt.');
    // $76,000 entry pay (BLS) against his $112,000.
    expect(picks).toContain('That is about $36,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(picks).toContain('Plan your savings for the gap before you switch.');

    const plan = await p.say('choose');
    expect(plan).toContain('You chose *Microsoft Certified: Azure Data Fundamentals (DP-900)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 20-40 hours at 12 a week: 3 weeks from Monday 7 December.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2026-12-28');
    // 80 hours for the portfolio piece at 12 a week: 6.7, so 7 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-02-15');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-02-15');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-05-10');
    expect(plan).toContain('Your studying ends on Monday 28 December 2026, 40 weeks inside your deadline of Thursday 7 October 2027.');
    expect(plan).toContain('Build a small pipeline that loads a public data set on a schedule');
    expect(plan).toContain('12 hours a week: 5 sessions of about 2.5 hours');
    const status = await p.say('status');
    expect(status).toContain('Budget=$1,000');
    expect(status).toContain('Study time=12 hours a week');
  });

  it('says whether the Google Advanced Data Analytics certificate helps a data engineer', async () => {
    const { steps } = await throughPick('rashid-google');
    expect(steps[6]).toMatch(/data engineer/i);
  });

  it('asks for "I" and a number in his rambling answer, then names what the retry improved', async () => {
    const { p } = await throughGaps('rashid-practice');
    await p.say('practice');
    await p.say('one');
    const question = await p.say('let the coach choose');
    expect(question).toContain('"Tell me about a time you worked with messy or incomplete data. What did you do before you trusted the numbers?"');
    const weak = await p.say(WEAK);
    expect(weak).toContain('*Question 1 of 1: 34/100*');
    expect(weak).toContain('1. You wrote "so the team kind of pulled it together into a database": say what you did yourself');
    expect(weak).toContain('2. You wrote "and it worked out ok in the end i think, people used...": add how much');
    expect(weak).toContain('At about 27 s spoken, this is short: an interviewer expects 1-2 minutes.');
    await p.say('retry this question');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 34 → 93 (+59).');
    expect(better).toContain('You say when and where it happened now: "in 2019 our bridge inspection records');
    expect(better).toContain('You say "I" now where you said "we": "i built an access database with one inspection form".');
    expect(better).toContain('You measured the result now: "down from 87 the year before".');
    expect(better).toContain('At about 33 s spoken, this is short');
    const summary = await p.say('finish');
    expect(summary).toContain('*Practice summary* for Data engineer: 1 question, average *93/100*.');
  });

  it('does not put "I kinded of" in his mouth when he said "the team kind of pulled it together"', async () => {
    const { p } = await throughGaps('rashid-kinded');
    await p.say('practice');
    await p.say('one');
    await p.say('let the coach choose');
    const weak = await p.say(WEAK);
    expect(weak).not.toContain('kinded');
  });
});
