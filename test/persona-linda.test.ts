import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Linda, 56, payroll manager for 25 years aiming at data analyst, with no postings ("just use typical"),
 * $250 at most, 4 hours a week, no deadline and about $64k now. What a coach signs here: her Excel kept at
 * "advanced" and her team named as a strength; the typical demand of the role read when she skips postings,
 * with SQL, data visualization and statistics as the gaps; the analyst ladder (Google's certificate, then
 * Tableau) with Google's certificate studied free and certified later, said against her $250; at 4 hours a
 * week the whole ladder would take about 95 weeks, so the plan is Google's certificate and Tableau's exams
 * are said to come later (right after it in the picks, free options first or not, and in her plan), not a two-year plan; every step of the plan dated from today at her 4 hours a week; "just use typical" read as no postings, and "is 56 too
 * old" answered honestly (age bias exists at some employers; recent learning, a portfolio and her 25 years
 * told as strengths), no figure invented, then the question asked again; "google cert vs tableau" compares
 * Google's certificate with Tableau's first exam; "can I take it from home?" answered from the catalog; the
 * low end of entry pay, her pay now, said as no raise beside the payback.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

describe('Linda, payroll manager of 25 years, $250, 4 hours a week, no postings', () => {
  it('gets the typical demand, the analyst ladder studied free first, and a dated plan', async () => {
    const p = await newUserAt(data, 'linda', TODAY);
    await p.say('Linda');
    await p.say('1');
    await p.say('payroll manager');
    await p.say('twenty five');
    await p.say('data analyst');
    const heard = await p.say('advanced excel, vlookups, pivot tables, ADP payroll reports, managing a team of 3, month end close');
    expect(heard).toContain('Excel (advanced)');
    expect(heard).toContain('People management from "managing a team of 3"');
    expect(held(p.profile()).get('excel')).toBe('advanced');

    // Her sentence is no posting: the typical demand, said plainly, and no empty posting counted.
    const report = await p.say('i dont have any job ads, just use typical');
    expect(report).toContain("No postings, then: I'll use the typical demand for *Data analyst* instead.");
    expect(report).not.toContain('Posting 1 read');
    expect(report).toContain('Demand is the typical demand for this role');
    expect(report).toContain('1. *SQL*: a core skill for this role');
    expect(report).toContain('2. *Data visualization*: a core skill for this role');
    expect(report).toContain('3. *Statistics*: a core skill for this role');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['sql', 'data-visualization', 'statistics']);
    // Excel she has at "advanced" is never a gap.
    expect(gapIds(p.profile())).not.toContain('excel');

    expect(await p.say('yes')).toContain('your top gaps are SQL, Data visualization and Statistics.');
    // A question mid-flow is acknowledged and the question asked again, never "That isn't one of the options".
    const age = await p.say('is 56 too old for this?');
    expect(age).not.toContain("isn't one of the options");
    // Answered as a coach would: honest about age bias, what helps, her own 25 years; no statistic invented.
    expect(age).toContain('no, 56 is not too old for this');
    expect(age).toContain('Age bias does exist at some employers');
    expect(age).toContain('show recent learning');
    expect(age).toContain('your 25 years of work as strengths');
    expect(age).not.toMatch(/\d+ ?%|\bpercent\b/);
    expect(age).not.toContain("my notes don't cover it");
    expect(age).toContain('Shall I pick credentials for these?');
    await p.say('yes');
    await p.say('$250 max');
    await p.say('4 hours a week');
    await p.say('no deadline');
    await p.say('about 64k');
    await p.say('yes');
    const picks = await p.say('yes');
    const numbered = picks.split('\n').filter((l) => /^\d\. \*/.test(l)).map((l) => /^\d\. \*([^*]+)\*/.exec(l)?.[1]);
    // Free options first keeps the path's story: Google's certificate (studied free), then the Tableau exams the path
    // sentence names as coming later, before any other free course.
    expect(numbered).toEqual(['Google Data Analytics Professional Certificate', 'Tableau Desktop Specialist', 'Tableau Certified Data Analyst']);
    // 13 months of $49 at 4 hours a week: over her $250 by $387, said as a caution, with the free way in as good news.
    const google = pickBlock(picks, 'Google Data Analytics Professional Certificate');
    expect(google).toContain('$637 in all, about 55 weeks at 4 hours a week.');
    // The total is months of subscription while she studies, not three years of payments.
    expect(google).toContain('You pay $49 a month while you study: 13 months, $637.');
    expect(google).toContain('Watch out: $387 over your $250 budget.');
    expect(google).toContain('Good to know: You can study it free (audit) or apply for financial aid.');
    // The whole ladder at 4 hours a week is about 95 weeks: Google's certificate is the plan, Tableau's exams come later.
    expect(picks).toContain('Recommended path: Start with Google Data Analytics Professional Certificate. Tableau Desktop Specialist, then Tableau Certified Data Analyst, can come later: the whole path would take about 95 weeks at your 4 hours a week, more than a year.');
    expect(picks).toContain('Nothing to pay now; study Google Data Analytics Professional Certificate free (audit or financial aid).');
    // Each fee said once, with the cost of certifying later, the later rung's beside the certificate's.
    expect(picks).toContain('Certifying later is not within your budget today: Google Data Analytics Professional Certificate, $637 in all; Tableau Certified Data Analyst, $250 in all.');
    expect(picks).toContain('About 55 weeks of study.');
    expect(picks).toContain('Still uncovered: Statistics');
    expect(picks).not.toContain('pair it with a broader program');
    expect(picks).toContain('That is about $19,000 a year more than you earn now');
    // The low end, $64,000, is her pay now: a first offer there is no raise, said plainly beside the payback.
    expect(picks).toContain('A first offer at the low end, though, would be about what you earn now, with no raise to pay anything back');

    const why = await p.say('why? 1');
    expect(why).toContain('it covers SQL and Data visualization');
    expect(why).toContain('about 55 weeks at your 4 hours a week');

    // Google's certificate against Tableau's first exam, never Tableau's two exams against each other.
    const versus = await p.say('what about google cert vs tableau');
    expect(versus).toContain('- *Google Data Analytics Professional Certificate*:');
    expect(versus).toContain('- *Tableau Desktop Specialist*:');
    expect(versus).not.toContain('- *Tableau Certified Data Analyst*:');
    // How it is taken, from the catalog: Google's certificate is a course with no exam to book.
    expect(await p.say('can I take it from home?')).toContain('*Google Data Analytics Professional Certificate* has no exam to book: you earn it by finishing its course on Coursera');
    expect(await p.say('is the tableau desktop specialist exam online?')).toContain('online from home, watched by a proctor over webcam, or at a test centre');
    const plan = await p.say('Choose Google Data Analytics Professional Certificate');
    expect(dueOf(plan, 'Choose the credential')).toBe('2026-12-07');
    expect(dueOf(plan, 'Research market demand')).toBe('2026-12-21');
    // Studying ends in January 2028 and the job search in spring 2028, not October 2028 and February 2029.
    expect(dueOf(plan, 'Enroll and study on a weekly schedule')).toBe('2028-01-10');
    // The capstone piece, 20 hours, and 20 more for Statistics, which it must teach (a planning estimate).
    expect(dueOf(plan, 'Build the portfolio piece')).toBe('2028-03-20');
    expect(dueOf(plan, 'Interview and negotiate')).toBe('2028-06-12');
    expect(plan).toContain('Use Statistics in it: your credential does not teach it.');
    // The Tableau exams her path leaves for later are named in her plan, undated.
    expect(plan).toContain('Tableau Desktop Specialist, then Tableau Certified Data Analyst can come after this plan, once you have finished; I have not dated them here.');
    expect(plan).not.toContain('date to be set');

    await p.say('practice');
    await p.say('1');
    await p.say('Failures and mistakes');
    await p.say('we had a payroll error before month end and i fixed it, we reran everything');
    const fb = await p.say('done');
    // The missing result first, quoting her words; "I" asked for in her "we" step, not in the scene; at most
    // three suggestions; length in spoken time. "i fixed it" tells no how, so it is not praised as a step.
    expect(fb).toContain('You wrote "we reran everything": say what you did yourself: "I reran everything and I ..."');
    expect(fb).not.toContain('You wrote "we had a payroll error before month end": say what you did yourself');
    expect(fb).toMatch(/What to work on first:\n1\. You end on "we reran everything": say what changed because of it/);
    expect(fb).toContain('a story an interviewer can follow takes 1-2 minutes');
    expect(fb).not.toMatch(/^4\. /m);
  });
});
