import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Sofia, 39, art teacher for 14 years, Spanish her first language, aiming at UX designer. She designs
 * worksheets and posters in Canva, ran surveys of the parents and read the results, and redesigned the
 * parent page of the school website with the IT guy. "like 400 dollars", 7 hours a week, "by next summer",
 * earning 55k. She has no postings ("i dont have any, use typical"). In the pick she asks "is google ux
 * certificate enough to get hired?" and then says "wait actually i can do 10 hours".
 *
 * What a coach signs and this test asserts: Canva and teaching credited, her parent surveys as user research at a
 * basic level, the typical demand for UX designer used when she has no postings, Wireframing, Prototyping and
 * Usability testing as the top gaps with User research to deepen, entry pay from
 * BLS with source and period ($10,000 more typical, $7,000 less at the low end), "like 400 dollars" read as
 * $400, "by next summer" said back as 1 June 2027, the Google UX Design certificate ($49 a month, 7 months,
 * $343) within budget, every plan date at 7 hours a week with the 4-week miss and the 9 hours that fit (20 for
 * the job search too), the portfolio step as UX case studies on a portfolio site, not GitHub;
 * "wait actually i can do 10 hours" at the picks said back as her study time changed, the picks and the plan
 * made again at 10 hours a week, studying done inside her June deadline.
 *
 * What a coach would not sign today (left out, or written as `it.fails` where small and clear):
 * - The website redesign is not read as any UX work (her parent surveys now are user research at a basic level,
 *   and teaching is quoted from "for my classes", not from the school website).
 * - "is google ux certificate enough to get hired?" gets what the certificate is and that postings were not
 *   counted, never the answer a coach gives: on its own rarely; hiring managers hire from a portfolio of
 *   case studies, so the three certificate projects plus the parent-page redesign written up are what count.
 * - "Still uncovered" lists InVision, a tool that closed at the end of 2024.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const SKILLS =
  'i design worksheets and posters in canva for my classes, i made surveys for the parents and read the results, and i redesign the parent page of the school website with the IT guy';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Sofia');
  await p.say('1');
  await p.say('art teacher');
  await p.say('14 years');
  await p.say('ux designer');
  const heard = await p.say(SKILLS);
  const report = await p.say('i dont have any, use typical');
  return { p, heard, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  await p.say('done');
  const offer = await p.say('yes');
  await p.say('yes');
  await p.say('like 400 dollars');
  await p.say('7 hours a week');
  const summer = await p.say('by next summer');
  await p.say('55k');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, summer, picks };
}

describe('Sofia, art teacher to UX designer, $400, 7 then 10 hours a week, by next summer', () => {
  it('credits Canva, teaching and her parent surveys, uses the typical demand without postings, and puts wireframing, prototyping and usability testing first with user research to deepen', async () => {
    const { p, heard, report } = await throughGaps('sofia');
    expect(heard).toContain('you bring Canva, Teaching (education) from "i design worksheets and posters in canva for my classes"');
    const skills = held(p.profile());
    expect(skills.has('canva')).toBe(true);
    expect(report).toContain("No postings, then: I'll use the typical demand for *UX designer* instead.");
    expect(report).toContain('because there were no postings to read');
    expect(report).toContain('Skills they ask for that you have=User research (basic)');
    expect(report).toContain('1. *Wireframing*: a core skill for this role');
    expect(report).toContain('2. *Prototyping*: a core skill for this role');
    expect(report).toContain('3. *Usability testing*: a core skill for this role');
    expect(report).toContain('Also deepen User research: you have the basics');
    const gaps = gapIds(p.profile());
    expect(gaps.slice(0, 3)).toEqual(['wireframing', 'prototyping', 'usability-testing']);
    expect(gaps).not.toContain('canva');
    expect(report).toContain('An entry-level UX designer earns about $65,000 a year, and $48,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
    expect(report).toContain('experienced staff included');
  });

  it('reads her parent surveys as user research at a basic level', async () => {
    const { p } = await throughGaps('sofia-surveys');
    expect(held(p.profile()).has('ux-research')).toBe(true);
  });

  it('quotes her teaching words for teaching, not the website redesign', async () => {
    const { heard } = await throughGaps('sofia-quote');
    expect(heard).not.toContain('Teaching (education) from "i redesign the parent page');
  });

  it('reads "like 400 dollars" and "by next summer", picks the Google UX certificate within budget, says the money both ways, and dates every step at 7 hours a week', async () => {
    const { p, offer, summer, picks } = await throughPick('sofia-pick');
    expect(offer).toContain('your top gaps are Wireframing, Prototyping and Usability testing');
    expect(summer).toContain("I'll plan for you to be ready by Tuesday 1 June 2027, about 6 months from now.");
    expect(p.profile().budgetUsd).toBe(400);
    const ux = pickBlock(picks, 'Google UX Design Professional Certificate');
    expect(ux).toContain('$343 in all, about 28 weeks at 7 hours a week (a planning estimate)');
    expect(ux).toContain('You pay $49 a month while you study: 7 months, $343.');
    expect(ux).toContain('Covers Wireframing, Prototyping, Usability testing, Figma, Adobe XD, User research');
    expect(ux).toContain('A subscription bills until you cancel it.');
    expect(picks).toContain('Recommended path: Start with Google UX Design Professional Certificate. $343 in all, within your $400 budget.');
    expect(picks).toContain('That is about $10,000 a year more than you earn now');
    expect(picks).toContain('about $7,000 less than you earn now');

    const enough = await p.say('is google ux certificate enough to get hired?');
    expect(enough).toContain('*Google UX Design Professional Certificate*');
    expect(enough).toContain('what gets you hired is showing you can do the work. Pair it with a portfolio piece (make two case studies');
    expect(enough).not.toContain("That isn't one of the options");

    const plan = await p.say('1');
    expect(plan).toContain('You chose *Google UX Design Professional Certificate*');
    // 6 hours of reading postings at 7 a week: one week.
    expect(dueOf(plan, '1. Research market demand')).toBe('2026-12-14');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 28 weeks of study after 14 December.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-06-28');
    // 20 hours of portfolio at 7 a week: 3 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-07-19');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-07-19');
    // Twelve weeks of job search after the portfolio piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-10-11');
    expect(plan).toContain('Your studying ends on Monday 28 June 2027, 4 weeks after your deadline of Tuesday 1 June 2027.');
    expect(plan).toContain(
      'Your portfolio piece would be done on Monday 19 July 2027, 7 weeks after your deadline, and your job search would run to Monday 11 October 2027, 19 weeks after it. To finish studying by then, study about 9 hours a week instead of 7. A job search takes about 12 weeks: start applying while you build the portfolio piece, or move your deadline to Monday 11 October 2027.',
    );
    expect(plan).toContain('rests on 130–260 hours, an estimate');
    expect(plan).not.toContain('date to be set');
    const status = await p.say('status');
    expect(status).toContain('Budget=$400');
  });

  it('takes "wait actually i can do 10 hours" and plans at 10 hours a week, inside her June deadline', async () => {
    const { p } = await throughPick('sofia-hours');
    const hours = await p.say('wait actually i can do 10 hours');
    expect(hours).not.toContain("That isn't one of the options");
    expect(hours).toContain('Study time changed to 10 hours a week.');
    expect(hours).toContain('$245 in all, about 20 weeks at 10 hours a week');
    const plan = await p.say('1');
    expect(plan).toContain('10 hours a week');
    expect(plan).toContain('Your studying ends on Monday 3 May 2027, 4 weeks inside your deadline of Tuesday 1 June 2027.');
    const status = await p.say('status');
    expect(status).toContain('Study time=10 hours a week');
  });

  it('shows the portfolio as UX case studies on a portfolio site, not GitHub', async () => {
    const { p } = await throughPick('sofia-portfolio');
    const plan = await p.say('1');
    expect(plan).not.toContain('GitHub');
    expect(plan).toContain('Finish the capstone and build your portfolio piece from it. Make two case studies, each from user research through sketches to a tested prototype');
    expect(plan).toContain('publish them on a portfolio website of your own or on a design showcase such as Behance or Dribbble.');
  });
});
