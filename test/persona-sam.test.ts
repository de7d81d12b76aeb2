import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { gapIds, newUser as newUserAt } from './support/new-user.js';

/**
 * Sam, a bank teller of 11 years aiming at data analyst with $300 and 8 hours a week, who asks for
 * free options first. What a coach signs: "Tableau or Power BI" is one gap, named so everywhere;
 * the picks open with the recommended path, so the list and the path tell one story, and the
 * money and the return are said in words.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

describe('Sam, bank teller, $300, free options first', () => {
  it('gets one "Tableau or Power BI" gap and picks that open with the path they recommend', async () => {
    const p = await newUserAt(data, 'sam', TODAY);
    await p.say('Sam');
    await p.say('1');
    await p.say('bank teller');
    await p.say('11');
    await p.say('data analyst');
    await p.say('excel pivot tables, some sql, cash reconciliation');
    await p.say('Data Analyst. Requirements: SQL, Tableau or Power BI, statistics. Nice to have: Python.');
    await p.say('Junior analyst: must know SQL and Power BI, Excel.');
    const report = await p.say('done');
    expect(report).toContain('1. *Tableau or Power BI*: asked for in 100% of the postings');
    expect(report).toContain('2. *SQL* (you have the basics: deepen it)');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['tableau', 'sql', 'statistics']);

    expect(await p.say('1')).toContain('your top gaps are Tableau or Power BI, SQL and Statistics.');
    await p.say('yes');
    await p.say('300');
    await p.say('8');
    await p.say('no deadline');
    await p.say('45k');
    await p.say('yes');
    const picks = await p.say('yes');
    const numbered = picks.split('\n').filter((l) => /^\d\. \*/.test(l)).map((l) => /^\d\. \*([^*]+)\*/.exec(l)?.[1]);
    expect(numbered.slice(0, 2)).toEqual(['Microsoft Certified: Azure Data Fundamentals (DP-900)', 'Microsoft Certified: Power BI Data Analyst Associate (PL-300)']);
    expect(picks).toContain('Recommended path: Start with Microsoft Certified: Azure Data Fundamentals (DP-900), which Microsoft Certified: Power BI Data Analyst Associate (PL-300) builds on. $264 in all, within your $300 budget.');
    expect(picks).toContain('It covers Tableau or Power BI and SQL. Still uncovered: Statistics and Python.');
    expect(picks).toContain('That is about $38,000 a year more than you earn now; it costs $264, so it pays back within your first month in the new job.');
  });
});
