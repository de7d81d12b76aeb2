import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { coverageOf, coveredText } from '../src/credentials/coverage.js';
import { credential, skills } from './support/credential-fixtures.js';

const index = buildCredentialIndex(
  [credential('a', { skills: ['sql', 'tableau'] }), credential('b', { skills: ['sql', 'python'] }), credential('c', { skills: ['excel'] })],
  skills({ sql: {}, tableau: { broader: ['viz'] }, viz: { category: 'method' }, python: {}, excel: { broader: ['spreadsheets'] }, spreadsheets: {} }),
);
const gaps = [
  { skill: 'sql', share: 0.9 },
  { skill: 'python', share: 0.6 },
  { skill: 'viz', share: 0.3 },
  { skill: 'r', share: 0.2 },
];

describe('coverage', () => {
  it('is the demand share of the gaps covered, through broader too', () => {
    const one = coverageOf(index, ['a'], gaps);
    expect(one.value).toBeCloseTo(1.2 / 2);
    expect(one.covered.map((g) => [g.skill, g.via])).toEqual([['sql', 'sql'], ['viz', 'tableau']]);
    expect(one.uncovered.map((g) => g.skill)).toEqual(['python', 'r']);
  });

  it('counts a demand of alternatives as met by a credential teaching any of them, and names it as the report did', () => {
    const either = [{ skill: 'r', share: 0.5, alternatives: ['r', 'python'], name: 'R or Python' }];
    const byB = coverageOf(index, ['b'], either);
    expect(byB.value).toBe(1);
    expect(byB.covered.map((g) => [g.skill, g.via])).toEqual([['r', 'python']]);
    expect(coveredText(index, byB.covered)).toBe('R or Python');
    expect(coverageOf(index, ['c'], either).value).toBe(0);
  });

  it('counts a gap once however many credentials cover it', () => {
    expect(coverageOf(index, ['a', 'b'], gaps).value).toBeCloseTo(1.8 / 2);
    expect(coverageOf(index, ['a', 'b'], gaps).value).toBe(coverageOf(index, ['b', 'a'], gaps).value);
  });

  it('is 0 with no gaps or no credentials, and refuses unknown ids', () => {
    expect(coverageOf(index, ['a'], []).value).toBe(0);
    expect(coverageOf(index, [], gaps).uncovered).toHaveLength(4);
    expect(() => coverageOf(index, ['zzz'], gaps)).toThrow(/zzz/);
  });

  it('counts a gap whose broader field a credential teaches in general at half its demand, and says it in part', () => {
    const os = buildCredentialIndex(
      [credential('a-plus', { skills: ['operating-systems'] }), credential('win', { skills: ['windows'] })],
      skills({ 'operating-systems': { category: 'method' }, windows: { category: 'platform', broader: ['operating-systems'] } }),
    );
    const gap = [{ skill: 'windows', share: 0.8 }, { skill: 'ad', share: 0.8 }];
    const part = coverageOf(os, ['a-plus'], gap);
    expect(part.value).toBeCloseTo(0.4 / 1.6);
    expect(part.covered.map((g) => [g.skill, g.via, g.partial])).toEqual([['windows', 'operating-systems', true]]);
    expect(part.uncovered.map((g) => g.skill)).toEqual(['ad']);
    expect(coveredText(os, part.covered)).toBe('WINDOWS in part');
    expect(coveredText(os, part.covered, { explain: true })).toBe('WINDOWS in part (it covers OPERATING-SYSTEMS, the broader skill WINDOWS belongs to)');
    // Said in part once, after what it covers in full, whatever the gaps' order.
    const mixed = coverageOf(os, ['a-plus'], [...gap, { skill: 'operating-systems', share: 0.5 }]);
    expect(coveredText(os, mixed.covered)).toBe('OPERATING-SYSTEMS, and in part WINDOWS');
    // A credential teaching it outright covers it in full, whichever comes first.
    expect(coverageOf(os, ['a-plus', 'win'], gap).covered).toEqual([{ skill: 'windows', share: 0.8, by: 'win', via: 'windows' }]);
    expect(coverageOf(os, ['a-plus', 'win'], gap).value).toBeCloseTo(0.5);
  });

  it('lists what is covered in words', () => {
    expect(coveredText(index, coverageOf(index, ['a'], gaps).covered)).toBe('SQL and VIZ (through TABLEAU)');
    expect(coveredText(index, [])).toBe('none of your gaps');
  });
});
