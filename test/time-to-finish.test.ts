import { describe, expect, it } from 'vitest';
import { studyHours, timeForHours, timeToFinish } from '../src/credentials/time-to-finish.js';
import { credential } from './support/credential-fixtures.js';

const hours = (min: number, max: number | null) => ({ min, max, stated: 'x', source: 'test', confidence: 'S' as const });
const provider = (min: number, max: number | null) => ({ ...hours(min, max), kind: 'provider' as const, basis: 'the provider says so', asOf: '2026' });
const estimate = (min: number, max: number | null) => ({ ...hours(min, max), kind: 'estimate' as const, basis: 'typical for a fundamentals exam', asOf: '2026' });

describe('time to finish', () => {
  it('uses the midpoint of min and max, or min when there is no max', () => {
    expect(studyHours(credential('a', { hours: hours(180, 240) }))).toEqual({ hours: 210, basis: 'planning estimate: 180–240 h', source: 'estimate' });
    expect(studyHours(credential('b', { hours: hours(100, null) }))?.hours).toBe(100);
    expect(studyHours(credential('c', { hours: hours(16, 16) }))?.basis).toBe('planning estimate: 16 h');
  });

  it("says the provider's figure as it is and labels an estimate as one, with its basis", () => {
    expect(studyHours(credential('p', { hours: provider(180, 260) }))).toEqual({ hours: 220, basis: '180–260 h, the provider says so', source: 'provider' });
    expect(studyHours(credential('e', { hours: estimate(60, 80) }))).toEqual({ hours: 70, basis: 'planning estimate: 60–80 h, typical for a fundamentals exam', source: 'estimate' });
    expect(studyHours(credential('f', { hours: estimate(80, null) }))?.basis).toBe('planning estimate: 80+ h, typical for a fundamentals exam');
    expect(timeToFinish(credential('p', { hours: provider(180, 260) }), 10)).toMatchObject({ known: true, weeks: 22, source: 'provider' });
    expect(studyHours(credential('d', { hours: null }))).toBeNull();
  });

  it('rounds weeks up at the learner pace and gives months as weeks × 12 / 52', () => {
    const time = timeToFinish(credential('a', { hours: hours(180, 240) }), 10);
    expect(time).toMatchObject({ known: true, weeks: 21, billedMonths: 5 });
    expect(timeToFinish(credential('b', { hours: hours(41, 41) }), 10)).toMatchObject({ weeks: 5 });
    expect(timeForHours(130, 10, 'x')).toMatchObject({ weeks: 13, months: 3, billedMonths: 3 });
  });

  it('is unknown without hours, never zero', () => {
    expect(timeToFinish(credential('d', { hours: null }), 10)).toMatchObject({ known: false });
  });
});
