import { describe, expect, it } from 'vitest';
import { completionValue, credibility, CREDIBILITY_WEIGHTS } from '../src/credentials/credibility.js';
import { UNKNOWN_VALUE } from '../src/credentials/factor.js';
import { credential, TODAY } from './support/credential-fixtures.js';

const part = (c: Parameters<typeof credibility>[0], key: string) => credibility(c, TODAY).parts.find((p) => p.key === key);
const dated = (date: string) => ({ date, what: 'new objectives', source: 'test', confidence: 'S' as const });
const rate = (percent: number) => ({ percent, source: 'test', asOf: '2026', confidence: 'S' as const });

describe('credibility', () => {
  it('weighs its five parts to 1', () => {
    expect(Object.values(CREDIBILITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('scores rigor by the strongest assessment method, unknown when none is listed', () => {
    expect(part(credential('a', { assessment: ['quizzes', 'capstone'] }), 'rigor')?.value).toBe(0.8);
    expect(part(credential('b', { assessment: ['proctored-exam'] }), 'rigor')?.value).toBe(1);
    expect(part(credential('c', { assessment: [] }), 'rigor')).toMatchObject({ value: UNKNOWN_VALUE, known: false });
  });

  it('rewards a named industry partner over none', () => {
    expect(part(credential('a'), 'partner')?.value).toBe(1);
    expect(part(credential('b', { partner: null }), 'partner')?.value).toBeLessThan(UNKNOWN_VALUE);
  });

  it('marks curricula older than 18 months down and leaves unknown dates neutral', () => {
    expect(part(credential('fresh', { lastCurriculumUpdate: dated('2025-12-15') }), 'freshness')?.value).toBe(1);
    expect(part(credential('mid', { lastCurriculumUpdate: dated('2025-04-01') }), 'freshness')?.value).toBe(0.8);
    expect(part(credential('stale', { lastCurriculumUpdate: dated('2023-11-07') }), 'freshness')?.value).toBe(0.4);
    expect(part(credential('none'), 'freshness')?.known).toBe(false);
  });

  it('reads a low completion rate as a warning sign: 30% scores below unknown', () => {
    expect(completionValue(30)).toBeLessThan(UNKNOWN_VALUE);
    expect(completionValue(40)).toBe(0.5);
    expect(completionValue(75)).toBe(1);
    expect(part(credential('low', { completionRate: rate(30) }), 'completion')?.value).toBe(0.3);
  });

  it('counts a verifiable badge, and is deterministic', () => {
    expect(part(credential('a', { verifiableBadge: true }), 'badge')?.value).toBe(1);
    expect(part(credential('b', { verifiableBadge: false }), 'badge')?.value).toBe(0);
    expect(credibility(credential('a'), TODAY)).toEqual(credibility(credential('a'), TODAY));
  });
});
