import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Priscilla Okafor, 45, high-school maths teacher for 19 years (statistics and calculus; BSc in mathematics, MEd),
 * runs her school's grade data in Google Sheets, taught herself Python from a Coursera course two years ago, made a
 * few Jupyter notebooks analysing student results with pandas and "a bit of scikit-learn from a tutorial". She wants
 * to become a machine learning engineer with "maybe 100 dollars", 6 hours a week (weekends, school year), "a year,
 * maybe a bit more", earns $71,000 and holds no tech certification. She pastes two ML engineer postings (Python,
 * PyTorch or TensorFlow, ML fundamentals and statistics, SQL, Docker, AWS or GCP, MLOps, a BS/MS in a quantitative
 * field, benefits and EEO text).
 *
 * What a coach signs, asserted below: her Python, pandas, Jupyter and basic scikit-learn credited in her words (the
 * basics kept as "deepen"), "PyTorch or TensorFlow" read as one demand, the benefits and EEO text never counted,
 * entry pay from BLS percentiles with its source, "is there anything free?" answered, $100 read and an unknown price
 * never called "within budget", one pick (IBM AI Engineering, free to audit) with her return said truthfully,
 * every plan date inside her year, and the practice feedback (a rambling set-up cut first, the tighter retry praised
 * for its task and its measured result).
 *
 * What a coach would not sign today (the small, clearly wrong ones are `it.fails` below):
 * - (Fixed) "ive taught stats and calculus for 19 years" is Statistics and Teaching, quoted from that sentence (a
 *   tutorial is no tutoring); "no sql really" is no SQL, so SQL is a gap (src/skills/person-cues.ts).
 * - (Fixed) "Is 45 too late to get into ML?" gets the coach's age answer ("no, 45 is not too old for this ...")
 *   (flows/off-script-asides.ts AGE_WORRY).
 * - (Fixed) "which one do employers actually care about?" is answered beside the pick: none of her postings names
 *   a credential, so the work she can show counts more, then how the IBM certificate is seen, without asking her to
 *   paste postings she already pasted (flows/pick-asides.ts). A coach would go on from her postings: they
 *   ask for Python, PyTorch or TensorFlow, SQL, Docker and a cloud, so the portfolio project is what they will look
 *   at, and the IBM certificate is the structured way to learn it. After the plan, the same question is answered
 *   about the pick she chose (flows/off-script-answers.ts mostRecognised).
 * - "do i need a masters?" gets a note to the team: "BLS lists a master's degree as the typical entry-level
 *   education for Computer and Information Research Scientists (15-1221). Flag this for career changers; ...". A
 *   coach answers her: your maths BSc meets both postings ("BS or MS", "Bachelor's ... a master's is a plus but not
 *   required"); some employers filter on a master's, and a portfolio is what gets you past the rest. Her BSc and MEd
 *   are never read at all. (degree answer in flows/off-script-answers.ts, data/roles.json note text.)
 * - The pick's warning says "I do not know how it is assessed" twice in one line, and "Many ml / ai engineer jobs
 *   ask for a master's degree" lowercases the role's name. (src/credentials warnings and the degree bullet.)
 * - (Fixed) "Nice to have: ... experience with A/B testing" is no longer read as Conversion rate optimization: A/B
 *   tests are conversion work only where a page, an email or an ad is tested (src/skills/posting-work.ts).
 * - "how long will that take me?" after the plan gets "This is the last question of this part, a few minutes in
 *   all" (the same fault as Brian's, flows/off-script-answers.ts duration()). Left out of the asserts: known.
 * - Posting 2 says "GCP preferred, AWS ok", one demand for a cloud, yet AWS counts as asked by 100% of the postings;
 *   Docker, AWS and Git stay "Still uncovered" with no free route named for them on a $100 budget. A judgement,
 *   left out of the asserts.
 * - Practice: her first, rambling answer ends "i think that helped quite a lot, parents seemed happier ... i
 *   think": no number and hedged, yet Result scores 4 of 5 and no suggestion asks how much changed. The retry's
 *   praise quotes a clipped fragment ("about score reports dropped from 38 to 5").
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING_1 = `Machine Learning Engineer - Learning Analytics Team
We are an education technology company building tools that help schools spot students who need support early. You will take models from notebook to production.
Responsibilities: design, train and evaluate machine learning models for classification and forecasting; build data pipelines and feature stores with SQL and Python; deploy models as services with Docker on AWS (SageMaker, Lambda) and monitor them in production; work with data scientists and product managers to explain model results to non-technical stakeholders.
Requirements:
- BS or MS in Computer Science, Statistics, Mathematics or a related quantitative field
- 2+ years of experience writing production Python
- Experience with PyTorch or TensorFlow
- Strong grasp of ML fundamentals and statistics (regression, classification, model evaluation, bias and variance)
- Solid SQL
Preferred: experience with MLOps tools (MLflow, Airflow), CI/CD, Git, Kubernetes.
We offer: competitive salary, medical, dental and vision, 401(k) match, 20 days PTO. We are an equal opportunity employer and value diversity.`;

const POSTING_2 = `ML Engineer I (Entry level)
Join our applied ML group to build and ship recommendation and forecasting models on Google Cloud.
What you'll do: prototype models in Python with scikit-learn, pandas and TensorFlow; write clean, tested code and use Git; containerize training and serving jobs with Docker; deploy on GCP (Vertex AI, BigQuery); write SQL to pull and validate training data; communicate findings clearly to partners across the business.
What we're looking for: Bachelor's degree in a quantitative field (Math, Statistics, CS, Physics) or equivalent experience; a master's is a plus but not required. Solid foundations in probability, statistics and linear algebra. Proficiency in Python and SQL. Familiarity with deep learning (TensorFlow or PyTorch). Exposure to cloud platforms (GCP preferred, AWS ok).
Nice to have: Kubernetes, Airflow, experience with A/B testing.
Benefits: health insurance, hybrid work, learning budget. Equal Opportunity Employer: all qualified applicants will receive consideration without regard to race, color, religion, sex, age or disability.`;

const HER_SKILLS = `well i have a BSc in maths and an MEd, ive taught stats and calculus for 19 years. i run all our grade data in google sheets (formulas, pivot tables, vlookups, charts for the dept). i taught myself python from a coursera course about two years ago and made a few jupyter notebooks analysing student results with pandas, and a bit of scikit-learn from a tutorial (linear regression, a decision tree i think). no sql really, never used git`;

const RAMBLE = `so this is kind of a long story but every year we have parents evening and parents get really anxious about the standardised test scores, and a lot of them dont understand percentiles at all, they think 60th percentile means their kid got 60 percent, which is a very common misconception actually even among some teachers, and there was one year where our department had changed how we reported the predicted grades and that confused everyone even more, so i sort of tried to explain it using height charts like at the doctors, because most parents have seen those for their babies, and i think that helped quite a lot, parents seemed happier, and then the other teachers started using it too i think, it was a good experience overall`;

const TIGHT = `At parents evening last year about 40 families were upset because they read the 60th percentile on the new state test report as 60 percent, a fail. I was the maths lead, so it was my job to fix how we explained the scores. I rewrote the one-page score guide myself using the baby height chart from the doctor's office as the picture, a kid on the 60th line is taller than 60 out of 100 kids, and I ran a ten minute session for the other 12 teachers so we all said it the same way. The next term complaints to the office about score reports dropped from 38 to 5, and the district now sends my guide to all six high schools.`;


async function throughGaps() {
  const p = await newUserAt(data, 'priscilla', TODAY);
  await p.say('Priscilla');
  await p.say('1');
  await p.say('im a high school maths teacher, 19 years now');
  await p.say('nineteen');
  await p.say('machine learning engineer');
  const tooLate = await p.say('Is 45 too late to get into ML?');
  const skills = await p.say(HER_SKILLS);
  const first = await p.say(POSTING_1);
  const second = await p.say(POSTING_2);
  const report = await p.say('done');
  return { p, tooLate, skills, first, second, report };
}

async function throughPick() {
  const { p } = await throughGaps();
  await p.say('yes');
  await p.say('yes');
  await p.say('honestly not much, maybe 100 dollars');
  await p.say('about 6 hours a week, weekends only during the school year');
  await p.say('a year, maybe a bit more');
  await p.say('71,000');
  const free = await p.say('is there anything free?');
  await p.say('yes');
  const picks = await p.say('yes');
  const employers = await p.say('which one do employers actually care about?');
  const masters = await p.say('do i need a masters?');
  const knowIt = await p.say('do employers know it?');
  const plan = await p.say('1');
  return { p, free, picks, employers, masters, knowIt, plan };
}

const notes = (text: string) => text.split('\n').filter((l) => !l.startsWith('_')).join('\n');

describe('Priscilla, maths teacher to ML engineer, $100, 6 hours a week, a year', () => {
  it('credits her Python, pandas, Jupyter and basic scikit-learn in her words, reads "PyTorch or TensorFlow" as one demand, counts no benefits and gives entry pay with its source', async () => {
    const { p, skills, first, second, report } = await throughGaps();
    expect(skills).toContain('Python, Jupyter, Data analysis from "made a few jupyter notebooks analysing student results with pandas", pandas and scikit-learn (basic)');
    expect(skills).toContain('Spreadsheets from "i run all our grade data in google sheets (formulas"');
    const has = held(p.profile());
    expect(has.get('scikit-learn')).toBe('basic');
    expect(has.get('machine-learning')).toBe('basic');
    for (const skill of ['python', 'pandas', 'jupyter']) expect(has.has(skill)).toBe(true);
    expect(first).toMatch(/Posting 1 read: I found Machine learning, .*SQL, Python, Docker, AWS/);
    expect(second).toMatch(/Posting 2 read: I found Machine learning, .*Google Cloud, .*TensorFlow/);
    // Benefits, PTO and the equal-opportunity text are the employer's, never a demand.
    for (const said of [first, second, report]) expect(notes(said)).not.toMatch(/401|dental|vision|PTO|equal opportunity|disabilit|divers/i);
    expect(report).toContain('Here is your gap report for *ML / AI engineer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('PyTorch or TensorFlow=100');
    expect(gapIds(p.profile())).toContain('pytorch');
    expect(gapIds(p.profile())).not.toContain('tensorflow');
    // Her basics kept as basics: a core skill to deepen, not one she lacks.
    expect(report).toContain('Also deepen Machine learning and scikit-learn: you have the basics, and they are core skills for this role.');
    // BLS May 2024, 15-1221 as the proxy: p25 $102,710 and p10 $80,670, said as a proxy.
    expect(report).toContain(
      'An entry-level ML / AI engineer earns about $103,000 a year, and $81,000 at the low end: the 25th and 10th percentiles for computer and information research scientists, since BLS has no machine learning engineer group (BLS, May 2024).',
    );
    expect(p.profile().credentialsHeld ?? []).toEqual([]);
  });

  it('answers "Is 45 too late to get into ML?" as the age worry it is', async () => {
    const { tooLate } = await throughGaps();
    expect(tooLate).toContain('45 is not too old for this');
  });

  it('credits a statistics teacher of 19 years with Statistics', async () => {
    const { p, report } = await throughGaps();
    expect(held(p.profile()).has('statistics')).toBe(true);
    expect(report).toMatch(/Skills they ask for that you have=[^;]*Statistics/);
  });

  it('never makes Statistics a gap of a woman who teaches it', async () => {
    const { p } = await throughGaps();
    expect(gapIds(p.profile())).not.toContain('statistics');
  });

  it('reads "no sql really" as no SQL, so SQL is a gap', async () => {
    const { p, report } = await throughGaps();
    expect(held(p.profile()).has('sql')).toBe(false);
    expect(gapIds(p.profile())).toContain('sql');
    expect(report).not.toMatch(/Skills they ask for that you have=[^;]*SQL/);
  });

  it('credits Teaching with her teaching words, not her scikit-learn sentence', async () => {
    const { report } = await throughGaps();
    expect(report).toContain('Teaching (education) (you said "ive taught stats and calculus for 19 years")');
    expect(report).not.toContain('Teaching (education) (you said "a bit of scikit-learn');
  });

  it('does not read "experience with A/B testing" as Conversion rate optimization', async () => {
    const { p } = await throughGaps();
    expect(gapIds(p.profile())).not.toContain('conversion-rate-optimization');
  });

  it('answers "is there anything free?", picks one free-to-audit path within $100, says her return truthfully and dates every step inside her year', async () => {
    const { p, free, picks, plan } = await throughPick();
    expect(p.profile()).toMatchObject({ budgetUsd: 100, hoursPerWeek: 6 });
    expect(free).toContain('Ways in that cost nothing up front for *ML / AI engineer*: *IBM AI Engineering Professional Certificate* (free to audit, financial aid).');
    const ibm = pickBlock(picks, 'IBM AI Engineering Professional Certificate');
    expect(ibm).toContain('*IBM AI Engineering Professional Certificate*: price unknown (check the provider), about 33 weeks at 6 hours a week (a planning estimate).');
    expect(ibm).toContain('Covers PyTorch or TensorFlow, Machine learning and Deep learning.');
    expect(ibm).toContain('You can study it free (audit) or apply for financial aid.');
    expect(picks).toContain('Recommended path: Start with IBM AI Engineering Professional Certificate. Nothing to pay now;');
    // An unknown price is never also "within budget", and never counted as $0.
    expect(picks).not.toMatch(/within your \$100 budget/);
    expect(picks).not.toContain('$0');
    // $103,000 - $71,000, with no payback invented for an unknown price.
    expect(picks).toContain('That is about $32,000 a year more than you earn now; its price is unknown, so I cannot say how soon it pays back.');
    // One path.
    expect(picks).not.toMatch(/^2\. /m);

    expect(dueOf(plan, 'Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, 'Choose the credential')).toBe('2026-12-07');
    // 130-260 hours (about 195) at 6 hours a week: 33 weeks from 7 December.
    expect(dueOf(plan, 'Enroll and study on a weekly schedule')).toBe('2027-07-26');
    // 40 hours of portfolio and 20 more for each of the 2 top gaps it must teach: 80 hours at 6 hours a week, 14 more weeks.
    expect(dueOf(plan, 'Build the portfolio piece')).toBe('2027-11-01');
    expect(dueOf(plan, 'Network with intent')).toBe('2027-11-01');
    // Twelve weeks of job search: past "a year, maybe a bit more", and said so.
    expect(dueOf(plan, 'Interview and negotiate')).toBe('2028-01-24');
    expect(plan).toContain('Your job search would run to Monday 24 January 2028, 7 weeks after your deadline');
    expect(plan).toContain('Your studying ends on Monday 26 July 2027, 19 weeks inside your deadline of Tuesday 7 December 2027.');
    expect(plan).toContain('6 hours a week: 3 sessions of about 2 hours');
    expect(plan).not.toContain('date to be set');
  });

  it('answers "which one do employers actually care about?" beside the pick', async () => {
    const { employers } = await throughPick();
    expect(employers).not.toContain("my notes don't cover it");
    expect(employers).toContain('None of your postings names a credential, so the employers behind them will judge you more on the work you can show');
    expect(employers).not.toContain('paste a few postings');
  });

  it('answers its own suggested "do employers know it?" about the pick on screen', async () => {
    const { knowIt } = await throughPick();
    expect(knowIt).not.toContain("my notes don't cover it");
    // "it" is the one pick on screen.
    expect(knowIt).toContain("*IBM AI Engineering Professional Certificate* carries IBM's name, which is what hiring managers recognise");
  });

  it('answers "do i need a masters?" with what BLS says, as practice and not a rule', async () => {
    const { masters } = await throughPick();
    expect(masters).toContain("a master's degree is the typical entry-level education");
    expect(masters).toContain('not a legal rule');
  });

  it('answers "do i need a masters?" without a note to the team in it', async () => {
    const { masters } = await throughPick();
    expect(masters).not.toMatch(/flag this|15-1221/i);
  });

  it('says "I do not know how it is assessed" once', async () => {
    const { picks } = await throughPick();
    expect(picks.split('I do not know how it is assessed').length - 1).toBe(1);
  });

  it("writes the role's name in its own case in the master's note", async () => {
    const { picks } = await throughPick();
    expect(picks).not.toContain('Many ml / ai engineer jobs');
    expect(picks).toContain('Many ML / AI engineer jobs');
  });

  async function firstTry() {
    const p = await newUserAt(data, 'priscilla-practice', TODAY);
    await p.say('Priscilla');
    await p.say('3');
    await p.say('ml engineer');
    await p.say('1');
    const question = await p.say('explaining to non-technical people');
    const feedback = await p.say(RAMBLE);
    return { p, question, feedback };
  }

  it('practice: her rambling parents-evening answer is told to cut the set-up and say the task, and the tighter retry is praised for both and its number', async () => {
    const { p, question, feedback } = await firstTry();
    expect(question).toContain('(on explaining to non-experts, as you asked)');
    expect(question).toContain('Tell me about a time you explained something technical to someone without that background.');
    const first = Number(/\*Question 1 of 1: (\d+)\/100\*/.exec(feedback)?.[1]);
    // The missing measure comes first (her result has no number), then the rambling set-up, quoted, and the missing task.
    expect(feedback).toMatch(/\d\. Your set-up, from "so this is kind of a long story but every year we\.\.\.", takes \d+% of the answer before you say what you did\./);
    expect(feedback).toContain('say what you had to achieve');
    expect(feedback).toContain('Task=0');
    expect(feedback.split('\n').filter((l) => /^\d\. /.test(l)).length).toBeLessThanOrEqual(3);

    await p.say('retry');
    const retry = await p.say(TIGHT);
    const second = Number(/\*Question 1 of 1, try 2: (\d+)\/100\*/.exec(retry)?.[1]);
    expect(second).toBeGreaterThan(first);
    expect(retry).toContain(`Since your last try: ${first} → ${second} (+${second - first}).`);
    expect(retry).toContain('You measured the result now:');
    expect(retry).toContain('dropped from 38 to 5');
    expect(retry).toContain('You say what you had to achieve now: "it was my job to fix how we explained the scores".');
    expect(retry).toContain('Task 0 → 5');
    expect(retry).not.toContain('say what you had to achieve:');
  });

  it('practice: asks how much "parents seemed happier" changed, since her first result has no number', async () => {
    const { feedback } = await firstTry();
    expect(feedback).toContain('add how much');
    expect(feedback).not.toContain('You measured the result');
  });
});
