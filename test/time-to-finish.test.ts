import { describe, expect, it } from 'vitest';
import { estimateDateSentence, studyHours, timeForHours, timeToFinish } from '../src/credentials/time-to-finish.js';
import { credential } from './support/credential-fixtures.js';

const hours = (min: number, max: number | null) => ({ min, max, stated: 'x', source: 'test', confidence: 'S' as const });
// basis is the research note (never said); says is what the person reads.
const provider = (min: number, max: number | null) => ({ ...hours(min, max), kind: 'provider' as const, basis: 'study-hours-and-paths.md row 1 (S-copy)', says: "the provider's own figure", asOf: '2026' });
const estimate = (min: number, max: number | null) => ({
  ...hours(min, max),
  kind: 'estimate' as const,
  basis: 'from prep guides that give 2 to 4 weeks (courseiva.com)',
  says: 'an estimate from study guides; I found no figure from the provider',
  asOf: '2026',
});

describe('time to finish', () => {
  it('uses the midpoint of min and max, or min when there is no max', () => {
    expect(studyHours(credential('a', { hours: hours(180, 240) }))).toEqual({ hours: 210, basis: '180–240 hours, a planning estimate', source: 'estimate' });
    expect(studyHours(credential('b', { hours: hours(100, null) }))?.hours).toBe(100);
    expect(studyHours(credential('c', { hours: hours(16, 16) }))?.basis).toBe('16 hours, a planning estimate');
  });

  it("says the provider's figure or the estimate in the catalog's words for the person, never its research basis", () => {
    expect(studyHours(credential('p', { hours: provider(180, 260) }))).toEqual({ hours: 220, basis: "180–260 hours, the provider's own figure", source: 'provider' });
    expect(studyHours(credential('e', { hours: estimate(60, 80) }))).toEqual({ hours: 70, basis: '60–80 hours, an estimate from study guides; I found no figure from the provider', source: 'estimate' });
    expect(studyHours(credential('f', { hours: estimate(80, null) }))?.basis).toBe('80 or more hours, an estimate from study guides; I found no figure from the provider');
    expect(studyHours(credential('g', { hours: { ...provider(1, 1), says: undefined } }))?.basis).toBe("1 hour, the provider's own figure");
    const paced = { ...provider(100, 260), pace: { minPerWeek: 5, maxPerWeek: 10, weeks: 26 } };
    const slow = timeToFinish(credential('s', { hours: paced }), 3);
    expect(slow.known && slow.basis).toBe("the provider's own figure; that assumes at least 5 hours a week, so at fewer it takes longer");
    for (const said of [studyHours(credential('e', { hours: estimate(60, 80) }))?.basis, slow.known ? slow.basis : '']) expect(said).not.toMatch(/prep guides|courseiva|row \d|S-copy/);
    expect(timeToFinish(credential('p', { hours: provider(180, 260) }), 10)).toMatchObject({ known: true, weeks: 22, source: 'provider' });
    expect(studyHours(credential('d', { hours: null }))).toBeNull();
  });

  it('rounds weeks up at the learner pace and gives months as weeks × 12 / 52', () => {
    const time = timeToFinish(credential('a', { hours: hours(180, 240) }), 10);
    expect(time).toMatchObject({ known: true, weeks: 21, billedMonths: 5 });
    expect(timeToFinish(credential('b', { hours: hours(41, 41) }), 10)).toMatchObject({ weeks: 5 });
    expect(timeForHours(130, 10, 'x')).toMatchObject({ weeks: 13, months: 3, billedMonths: 3 });
  });

  it('says once that a study date rests on an estimate, and nothing for the provider\'s own figure', () => {
    const guessed = timeToFinish(credential('e', { hours: estimate(90, 130) }), 12);
    const said = estimateDateSentence('CompTIA Network+', guessed);
    expect(said).toBe('The date for CompTIA Network+ rests on 90–130 hours, an estimate from study guides; I found no figure from the provider.');
    expect(said?.match(/estimate/g)).toHaveLength(1);
    expect(estimateDateSentence('X', timeToFinish(credential('a', { hours: hours(40, 80) }), 4))).toBe('The date for X rests on 40–80 hours, a planning estimate.');
    expect(estimateDateSentence('P', timeToFinish(credential('p', { hours: provider(180, 260) }), 10))).toBeUndefined();
    expect(estimateDateSentence('D', timeToFinish(credential('d', { hours: null }), 10))).toBeUndefined();
  });

  it('is unknown without hours, never zero', () => {
    expect(timeToFinish(credential('d', { hours: null }), 10)).toMatchObject({ known: false });
  });
});
