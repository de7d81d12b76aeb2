import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Bob Kowalski, 63, mainframe COBOL programmer for 35 years at an insurer: JCL, DB2 SQL, nightly batch scheduling
 * in Control-M, some shell scripting on the Unix side, led a team of six, two years of migration planning meetings.
 * He earned AWS Solutions Architect Associate in 2019 and let it expire in 2022. His company is moving off the
 * mainframe and he wants "cloud, AWS probably" before he retires: $2,000, 15 hours a week, "say 3 years, but
 * sooner is better" then eighteen months, earns $118,000. He writes in full, formal sentences. He pastes an
 * insurer's Cloud Engineer posting (AWS, Terraform, Linux, Python, GitLab CI, SAA or SysOps preferred) and a
 * bank's Mainframe Modernization Cloud Engineer posting (COBOL, JCL and DB2 for 5+ years, AWS, Terraform, CI/CD,
 * "AWS Certified Solutions Architect - Associate a strong plus"), both with benefits and EEO text.
 *
 * What a coach signs and this test asserts: his SQL, basic Bash and leadership heard with his words; his lapsed
 * certificate said to have lapsed, not held, with what it taught (AWS) still counted; both postings read without
 * their benefits; Terraform, Linux and Python as his top gaps, Bash to deepen; the pay figure with its source;
 * "two thousand dollars" read; the changed deadline taken as Wednesday 7 June 2028; "am I too old for this at 63?"
 * answered with respect and his 35 years as strengths; SAA-C03, which both postings name, first at $150 and about
 * 5 weeks, with its 3-year expiry; a $42,000 pay cut said gently with the field's middle beside it; every plan
 * date (5 study weeks, 100 portfolio hours at 15 a week, 12 weeks of job search, 73 weeks inside his deadline);
 * in practice his long billing-abend story asked for "I", a number and a shorter set-up, and the retry praised for
 * each.
 *
 * What a coach would not sign today (most harmful first; the small, clear ones are `it.fails`):
 * - The bank posting's main requirement, 5+ years of COBOL, JCL and DB2, is his whole career, and the coach never
 *   says so: the report says he covers "about 21%" and names only "Finance" from his job. Around it the coach
 *   treats a 35-year programmer as new to tech: practice asks "why you are moving into tech now", the pick says
 *   "Your 35 years as a mainframe cobol programmer are in another field", the pay is entry-level only (a $42,000
 *   cut, "Many people accept that for a few years" to a man retiring in about three), and nothing says his own
 *   employer's migration could be the way in.
 * - "does my old solutions architect cert count for anything?" gets a catalog description of SAA-C03 that never
 *   says his lapsed, what it still counts for, or that renewing is a refresher for him; the pick, too, says "AWS
 *   recommends at least a year of hands-on AWS before it" to a man who passed it.
 * - Pick 2 is Google Cloud Associate Cloud Engineer though both postings name only AWS, and "Why Google Cloud?
 *   Both of the postings I gave you are AWS." is answered without a word about AWS. With free options first,
 *   picks 2 and 3 are Google Advanced Data Analytics and IBM Data Science, 15-18 weeks each, to teach Python.
 * - "Analyze COBOL programs" read as Data analysis; "a strong plus" not read as a preference, so the pick says
 *   "One of your postings prefers" the certificate both name; the greeting "Good to meet you, Good morning. My name
 *   is Bob Kowalski.."; "I would like to try that one again, please." answered "That isn't one of the options."
 * - Not kept as a test: the retry (about 52 s) is told under "What slipped" that the first try fit 1-2 minutes,
 *   though half of that try was preamble; after the plan, `status` no longer shows his deadline.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const INSURER = `Cloud Engineer - Keystone Mutual Insurance, Enterprise Platforms
Keystone Mutual is moving its core policy and claims systems to AWS, and our Cloud Platform team is growing.
What you will do:
- Build and operate AWS infrastructure (EC2, S3, VPC, IAM, RDS, Lambda) for migrated policy and claims applications
- Write and maintain infrastructure as code in Terraform, reviewed through pull requests
- Administer Linux servers: patching, shell scripting, troubleshooting
- Automate operational tasks in Python
- Build and maintain CI/CD pipelines in GitLab CI for application and infrastructure releases
- Monitor workloads with CloudWatch and take part in an on-call rotation
Requirements:
- 3+ years in infrastructure, systems or application support
- Hands-on AWS experience
- Experience with Terraform or CloudFormation
- Linux administration and scripting (Bash or Python)
Preferred: AWS Certified Solutions Architect - Associate or AWS Certified SysOps Administrator; insurance industry experience.
Benefits: medical, dental, vision, 401(k) with 6% match, pension, tuition assistance, hybrid work.
Keystone Mutual is an Equal Opportunity Employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.`;
const BANK = `Mainframe Modernization Cloud Engineer - Harbor National Bank, Technology
Harbor National is modernizing its core banking batch and DB2 workloads onto AWS. You will bridge our mainframe and cloud teams.
Responsibilities:
- Analyze COBOL programs, JCL job streams and DB2 schemas to plan their migration to AWS
- Migrate DB2 data to Amazon RDS and Aurora PostgreSQL, and validate the results with SQL
- Re-platform batch workloads onto AWS (AWS Mainframe Modernization, Step Functions, AWS Batch)
- Build the target infrastructure with Terraform and deploy it through CI/CD pipelines
- Write Python and shell scripts for data conversion and job automation
- Work with business stakeholders and application owners on cutover planning
Qualifications:
- 5+ years of mainframe experience with COBOL, JCL and DB2
- Working knowledge of AWS; AWS Certified Solutions Architect - Associate a strong plus
- Experience with Linux and scripting
We offer: competitive salary, annual bonus, medical, dental, 401(k) match, paid parental leave.
Harbor National Bank is an equal opportunity employer, including disability and veterans.`;
const SKILLS =
  'I have written COBOL for thirty-five years, along with JCL for our batch jobs and a great deal of DB2 SQL. I ran the nightly batch scheduling in Control-M, and I do some shell scripting on the Unix side. I led a team of six programmers and have sat in the migration planning meetings for the past two years. I should also mention that I earned the AWS Solutions Architect Associate in 2019, although I let it expire in 2022.';

const RAMBLING =
  'Well, I should say first that in thirty-five years a great many things have broken, as you might imagine, and mainframe batch is not forgiving. One night in, I believe, 2017 the nightly premium billing cycle abended partway through because a DB2 table had run out of space, and of course the whole downstream schedule was held behind it, which meant the print vendor and the general ledger feed were both waiting. We got the call, we looked at the job log and the SQL codes, and we worked out what had happened, and then there was the question of whether to restart from the checkpoint or rerun the whole thing, which we discussed at some length with operations. In the end it was sorted out and the bills went out, more or less as usual, and we put in some monitoring afterwards so that it would not happen again, which I think was the right lesson.';
const BETTER =
  'In March 2017 our nightly premium billing batch abended at 1 a.m. when a DB2 tablespace filled up, and 40 downstream jobs, including the general ledger feed, were held behind it. I was the on-call lead, so the decision was mine. I read the job log and the SQL codes within fifteen minutes, had the DBA extend the tablespace, and chose to restart from the last checkpoint rather than rerun the whole cycle, which would have cost four hours. I restarted the job at 2:10, and the schedule finished by 6 a.m., so 310,000 bills went out on time and the ledger closed as usual. Afterwards I wrote a space check that runs before the cycle, and we have not had that abend since.';


async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  const named = await p.say('Good morning. My name is Bob Kowalski.');
  await p.say('I would like to find my skill gaps, please.');
  await p.say('I am a mainframe COBOL programmer at an insurance company.');
  await p.say('thirty-five years, as of this spring');
  await p.say('Cloud, AWS probably. The company is moving everything off the mainframe, and I would like to go with it.');
  const heard = await p.say(SKILLS);
  const first = await p.say(INSURER);
  const second = await p.say(BANK);
  const report = await p.say('done');
  return { p, named, heard, first, second, report };
}

async function throughPick(user: string, freeFirst = 'No, thank you. The money is not my main concern; I would rather have the right credential.') {
  const { p } = await throughGaps(user);
  const offer = await p.say('credentials');
  await p.say('yes');
  await p.say('I can spend about two thousand dollars on this.');
  await p.say('fifteen hours a week, give or take');
  await p.say('I want to be working in cloud before I retire, say 3 years, but sooner is better');
  const changed = await p.say('On reflection, I would rather say eighteen months.');
  const oldCert = await p.say('does my old solutions architect cert count for anything?');
  await p.say('118,000');
  const old = await p.say('am I too old for this at 63?');
  await p.say(freeFirst);
  const picks = await p.say('yes');
  return { p, offer, changed, oldCert, old, picks };
}

async function throughFirstTry(user: string) {
  const { p } = await throughGaps(user);
  await p.say('practice');
  await p.say('two, please');
  const question = await p.say('let the coach choose');
  const first = await p.say(RAMBLING);
  return { p, question, first };
}

describe('Bob, mainframe COBOL programmer to cloud engineer, $2,000, 15 hours a week, 18 months', () => {
  it('hears his SQL, shell scripting and team, says his lapsed AWS certificate still taught him AWS, and names Terraform, Linux and Python as the gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('bob');
    expect(heard).toContain('Bash (basic) from "I do some shell scripting on the Unix side"');
    expect(heard).toContain('Leadership from "I led a team of six programmers"');
    expect(heard).toContain("Your AWS Certified Solutions Architect – Associate has lapsed: I count what it taught you, but not as a current credential");
    expect(heard).toContain('AWS (intermediate), Cloud computing (intermediate)');
    expect(p.profile().credentialsHeld).toEqual([]);
    expect(held(p.profile()).get('bash')).toBe('basic');
    expect(held(p.profile()).has('sql')).toBe(true);
    expect(first).toContain('Posting 1 read: I found AWS, Identity and access management (IAM), Infrastructure as code, Terraform, Linux, Bash, Troubleshooting and Python and 2 more.');
    expect(second).toContain('Posting 2 read: I found');
    for (const read of [first, second]) expect(read).not.toMatch(/401|dental|pension|parental|equal opportunity/i);
    expect(report).toContain('Here is your gap report for *Cloud engineer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Skills they ask for that you have=Bash (basic), AWS (intermediate, from your AWS Certified Solutions Architect – Associate), COBOL, JCL, IBM Db2 and SQL');
    expect(report).toContain('Leadership (you said "I led a team of six programmers")');
    expect(report).toContain('1. *Terraform*: asked for in 100% of the postings');
    expect(report).toContain('2. *Linux*: asked for in 100% of the postings, ahead of the next one because it is a core skill for this role');
    expect(report).toContain('3. *Python*: asked for in 100% of the postings');
    expect(report).toContain('Also deepen Bash: you have the basics, and it is a core skill for this role.');
    expect(gapIds(p.profile()).slice(0, 4)).toEqual(['terraform', 'linux', 'python', 'ci-cd']);
    expect(gapIds(p.profile())).not.toContain('aws');
    expect(report).toContain('An entry-level cloud engineer earns about $76,000 a year, and $60,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('greets him as Bob, not as "Good morning. My name is Bob Kowalski."', async () => {
    // flows/welcome.ts, the name step: interpret keeps the whole sentence as the name.
    const { named } = await throughGaps('bob-name');
    expect(named).toContain('Good to meet you, Bob');
    expect(named).not.toContain('Good morning. My name is');
  });

  it('says the bank posting asks for his COBOL, JCL and DB2, the 5+ years it requires', async () => {
    // data/skills.json has no COBOL, JCL, DB2 or mainframe skill, so the posting's main requirement, which is
    // his whole career, is read as nothing and the report says he covers about 21%.
    const { report } = await throughGaps('bob-cobol');
    expect(report).toMatch(/Skills they ask for that you have=[^;\n]*COBOL/);
  });

  it('does not read "Analyze COBOL programs, JCL job streams and DB2 schemas" as Data analysis', async () => {
    // data/skills.json: Data analysis has the bare alias "analyze".
    const { p, second } = await throughGaps('bob-analyze');
    expect(second).not.toContain('Data analysis');
    expect(gapIds(p.profile())).not.toContain('data-analysis');
  });

  it('takes the changed deadline, answers his two questions, puts the AWS Solutions Architect both postings name first, says the pay cut, and dates every plan step', async () => {
    const { p, offer, changed, oldCert, old, picks } = await throughPick('bob-pick');
    expect(offer).toContain('your top gaps are Terraform, Linux and Python');
    expect(p.profile().budgetUsd).toBe(2000);
    expect(changed).toContain('Deadline changed to Wednesday 7 June 2028, about 18 months from now.');
    expect(oldCert).toContain('*AWS Certified Solutions Architect – Associate (SAA-C03)*, from AWS, is an associate-level certification');
    expect(oldCert).toContain('within your $2,000 budget');
    expect(oldCert).toContain('about 5 weeks at your 15 hours a week');
    expect(old).toContain("no, 63 is not too old for this");
    expect(old).toContain('tell your 35 years of work as strengths');
    expect(old).toContain('No credential in my notes has an age limit');

    const saa = pickBlock(picks, 'AWS Certified Solutions Architect – Associate (SAA-C03)');
    expect(saa).toMatch(/^1\. /);
    expect(saa).toContain('$150 in all, about 5 weeks at 15 hours a week (a planning estimate)');
    expect(saa).toContain('It expires after 3 years.');
    expect(picks).toContain('Recommended path: Start with AWS Certified Solutions Architect – Associate (SAA-C03). $150 in all, within your $2,000 budget.');
    expect(picks).toContain('Still uncovered: Terraform, Linux, Python, CI/CD and Bash.');
    expect(picks).not.toMatch(/Data Science|Data Analytics/);
    // $76,000 entry pay against his $118,000: said as a cut, gently, with the field's middle beside it.
    expect(picks).toContain('That is about $42,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
    expect(picks).toContain('the middle of the whole field, experienced staff included, earns about $97,000');

    const plan = await p.say('Choose AWS Certified Solutions Architect');
    expect(plan).toContain('You chose *AWS Certified Solutions Architect – Associate (SAA-C03)*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // About 5 weeks of study at 15 hours a week from Monday 7 December.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-01-11');
    // 100 hours for the piece at 15 a week: 6.7, so 7 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-03-01');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-03-01');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-05-24');
    // 11 January 2027 to 7 June 2028 is 513 days: 73 whole weeks.
    expect(plan).toContain('Your studying ends on Monday 11 January 2027, 73 weeks inside your deadline of Wednesday 7 June 2028.');
    expect(plan).toContain('Use Terraform, Linux and Python in it: your credential does not teach them.');
    expect(plan).toContain('15 hours a week: 5 sessions of about 3 hours');
    const status = await p.say('status');
    expect(status).toContain('Budget=$2,000');
    expect(status).toContain('Study time=15 hours a week');
    expect(status).toContain('Plan=6 steps, the last by Monday 24 May 2027');
  });

  it.fails('answers "does my old solutions architect cert count for anything?" by saying it lapsed and what it still counts for', async () => {
    // profile.credentialsLapsed is written by flows/gap-interview.ts (withHeld) but read nowhere in the credential
    // pick: the answer describes SAA-C03 as if he had never heard of it.
    const { oldCert } = await throughPick('bob-old-cert');
    expect(oldCert).toMatch(/lapsed|expired/);
  });

  it('keeps to AWS, which both his postings name: no Google Cloud pick', async () => {
    // src/credentials/platform-fit.ts onUnnamedPlatform: "cloud in general names every cloud vendor's platform",
    // so Google Cloud stays a candidate for a man whose postings name only AWS.
    const { picks } = await throughPick('bob-gcp');
    expect(picks).not.toContain('Google Cloud Associate Cloud Engineer');
  });

  it('writes his job title as he did: "mainframe COBOL programmer", not "mainframe cobol programmer"', async () => {
    // src/credentials/person-fit.ts experienceMet lowercases the whole title.
    const { picks } = await throughPick('bob-title');
    expect(picks).not.toContain('mainframe cobol programmer');
  });

  it('says both postings ask for the Solutions Architect: "a strong plus" is a preference too', async () => {
    const { picks } = await throughPick('bob-strong-plus');
    expect(pickBlock(picks, 'AWS Certified Solutions Architect – Associate (SAA-C03)')).toContain('Both of your postings prefer');
  });

  it('with free options first, still offers no data-science certificate to teach a cloud engineer Python', async () => {
    const { picks } = await throughPick('bob-free-first', 'yes');
    expect(picks).not.toMatch(/Data Science|Data Analytics/);
  });

  it('practice: his long billing-abend story is asked for "I", a number and a shorter set-up; the retry is praised for each', async () => {
    const { p, question, first } = await throughFirstTry('bob-practice');
    expect(question).toContain('"Tell me about a time something you were responsible for broke. What did you do in the first hour?"');
    expect(first).toContain('*Question 1 of 2: 30/100*');
    expect(first).toContain('Your STAR parts (0-5): Situation=4, Task=0, Action=2, Result=2');
    expect(first).toContain('1. You wrote "we looked at the job log and the SQL codes": say what you did yourself');
    expect(first).toContain('2. You wrote "more or less as usual": add how much');
    expect(first).toContain('takes 48% of the answer before you say what you did. Keep it to one or two sentences.');

    await p.say('retry');
    const better = await p.say(BETTER);
    expect(better).toContain('Since your last try: 30 → 93 (+63).');
    expect(better).toContain('You say "I" now where you said "we": "I read the job log and the SQL codes within fifteen minutes".');
    expect(better).toContain('You measured the result now: "310,000 bills went out on time and the ledger closed as usual".');
    expect(better).toContain('You say what you had to achieve now: "the decision was mine".');
    expect(better).toContain('Your STAR parts (0-5): Situation=5, Task=5, Action=5, Result=4');
  });

  it('reads "I would like to try that one again, please." as a retry', async () => {
    // flows/interview-practice.ts afterStep: its words (AFTER_WORDS.retry) must be said alone; a sentence is not
    // read loosely as the welcome menu's is.
    const { p } = await throughFirstTry('bob-retry-words');
    const again = await p.say('I would like to try that one again, please.');
    expect(again).not.toContain("That isn't one of the options.");
  });

  it.fails('does not ask a programmer of 35 years why he is "moving into tech"', async () => {
    // data/questions.json why-tech-now is put to everyone as "every career changer gets asked this".
    const { p } = await throughFirstTry('bob-into-tech');
    const second = await p.say('next');
    expect(second).not.toContain('moving into tech');
  });
});
