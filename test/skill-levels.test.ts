import { describe, expect, it } from 'vitest';
import { headerLevel, higherLevel, isListJoin, qualifierAfter, qualifierBefore } from '../src/skills/skill-levels.js';

describe('qualifierBefore', () => {
  it.each([
    ['some ', { level: 'basic' }],
    ['basic ', { level: 'basic' }],
    ['familiarity with ', { level: 'basic' }],
    ['Working knowledge of ', { level: 'intermediate' }],
    ['a solid grasp of ', { level: 'intermediate' }],
    ['Strong ', { level: 'advanced' }],
    ['deep understanding of the ', { level: 'advanced' }],
    ['**Advanced:** ', { level: 'advanced' }],
    ['5+ years of ', { years: 5 }],
    ["five years' experience in ", { years: 5 }],
    ['at least 3 to 5 years of hands-on experience with ', { years: 3 }],
    ['1.5 yrs ', { years: 1.5 }],
    ['five (5) years of professional experience using ', { years: 5 }],
    ['7 years of advanced ', { level: 'advanced', years: 7 }],
    ['advanced degree and ', {}],
    ['100 years of ', {}],
    ['someone with ', {}],
    ['strong communication, ', {}],
  ])('%j', (prefix, expected) => {
    expect(qualifierBefore(prefix)).toEqual({ level: undefined, years: undefined, ...expected });
  });
});

describe('qualifierAfter', () => {
  it.each([
    [' (3+ years)', { years: 3 }],
    [': expert', { level: 'advanced' }],
    [' - intermediate', { level: 'intermediate' }],
    [' for about two years', { years: 2 }],
    [' at an advanced level', { level: 'advanced' }],
    [' for advanced reporting', {}],
    [', 5 years of Python', {}],
    [' (pandas, NumPy)', {}],
  ])('%j', (suffix, expected) => {
    expect(qualifierAfter(suffix)).toEqual({ level: undefined, years: undefined, ...expected });
  });
});

describe('headers and lists', () => {
  it('reads a level from a list header', () => {
    expect(headerLevel('Advanced:')).toBe('advanced');
    expect(headerLevel('• Basic knowledge of:')).toBe('basic');
    expect(headerLevel('Nice to have (intermediate):')).toBe('intermediate');
    expect(headerLevel('Basic qualifications:')).toBeUndefined();
    expect(headerLevel('Good to have:')).toBeUndefined();
  });

  it('joins only commas, slashes and conjunctions', () => {
    for (const gap of [', ', ' and ', '/', ' or ', ', as well as ', ' und ', ' (', ' and/or ']) expect(isListJoin(gap), gap).toBe(true);
    for (const gap of [' skills and ', '; ', ' for reporting, ', `${', '.repeat(30)}`]) expect(isListJoin(gap), gap).toBe(false);
  });

  it('keeps the higher level', () => {
    expect(higherLevel(undefined, 'basic')).toBe('basic');
    expect(higherLevel('advanced', 'basic')).toBe('advanced');
    expect(higherLevel('basic', 'intermediate')).toBe('intermediate');
    expect(higherLevel(undefined, undefined)).toBeUndefined();
  });
});
