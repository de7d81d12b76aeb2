import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { rankCredentials, scoreCredential } from '../src/credentials/score-credential.js';
import { freeRouteNote, freeRoutesTo, freeWayIn, pastStarters, subjectHeld } from '../src/credentials/toward-named.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';

// A ladder made for the role: a free-to-audit course, then an exam the postings name, then an associate exam.
const course = credential('course', { name: 'Course', level: 'entry-certificate', skills: ['sql'], costs: [line('subscription', 49, { per: 'month' })], freeAudit: true, nextSteps: ['exam'] });
const exam = credential('exam', { name: 'Exam', level: 'fundamentals', skills: ['stats'], costs: [line('exam', 300)], nextSteps: ['pro'] });
const pro = credential('pro', { name: 'Pro', level: 'associate', skills: ['viz'], costs: [line('exam', 200)] });
const catalog = [course, exam, pro];
const index = buildCredentialIndex(catalog, skills({ sql: {}, stats: {}, viz: {} }));
const scored = (budgetUsd: number) => scoreCredential(exam, { index, role: role(), gaps: [], situation: { hoursPerWeek: 10, budgetUsd, today: TODAY } });

describe('pastStarters', () => {
  it('finds the beginner\'s rung below a named credential, and no rung at or above its level', () => {
    expect(pastStarters(catalog, ['exam'])).toEqual(['course']);
    // Pro is named, Exam is below it and a starter; Course leads to Exam, which is not named.
    expect(pastStarters(catalog, ['pro'])).toEqual(['exam']);
    expect(pastStarters(catalog, [])).toEqual([]);
  });
});

describe('freeRoutesTo', () => {
  it('makes the free-to-audit rung below a named exam the budget does not reach the way towards it', () => {
    expect([...freeRoutesTo(catalog, [scored(0)], true)]).toEqual([['course', exam]]);
  });

  it('offers none when the budget reaches the exam, when no budget was given, or when the exam itself can be studied free', () => {
    expect(freeRoutesTo(catalog, [scored(500)], true).size).toBe(0);
    expect(freeRoutesTo(catalog, [scored(0)], false).size).toBe(0);
    const auditable = { ...exam, freeAudit: true };
    const ranked = rankCredentials([auditable], { index: buildCredentialIndex([course, auditable, pro], skills({ sql: {}, stats: {}, viz: {} })), role: role(), gaps: [{ skill: 'stats', share: 1 }], situation: { hoursPerWeek: 10, budgetUsd: 0, today: TODAY } });
    expect(freeRoutesTo([course, auditable, pro], ranked, true).size).toBe(0);
  });

  it('needs a free way in: a paid rung below the exam is no free route', () => {
    const paid = { ...course, freeAudit: null, financialAid: null };
    expect(freeWayIn(paid)).toBe(false);
    expect(freeRoutesTo([paid, exam, pro], [scored(0)], true).size).toBe(0);
  });

  it('says where the free route leads and that the exam fees come later', () => {
    expect(freeRouteNote(exam)).toBe('It leads to Exam, which your postings ask for by name: study this now, and pay for Exam when your budget allows; its fees are the cost of certifying later.');
  });
});

describe('subjectHeld', () => {
  const gaps = [{ skill: 'sql', share: 1 }];
  it('keeps a person in a beginner\'s course whose subject they hold none of, however close they are', () => {
    const held = subjectHeld(index, gaps, []);
    expect(held(course)).toBe(false);
    expect(pastStarters(catalog, ['exam'], held)).toEqual([]);
  });

  it('lets them past it when the subject is no gap of theirs, or their work uses it', () => {
    expect(subjectHeld(index, [{ skill: 'viz', share: 1 }], [])(course)).toBe(true);
    expect(subjectHeld(index, gaps, ['sql'])(course)).toBe(true);
    expect(pastStarters(catalog, ['exam'], subjectHeld(index, gaps, ['sql']))).toEqual(['course']);
  });
});
