import { describe, expect, it } from 'vitest';
import { describeFactor, formulaOf, weightedSum, type Factor } from '../src/credentials/factor.js';

const f = (key: string, value: number, weight: number, known = true): Factor => ({ key, label: key[0]?.toUpperCase() + key.slice(1), value, weight, known, reason: `${key} reason` });

describe('factor', () => {
  it('sums weight × value over the total weight', () => {
    expect(weightedSum([f('a', 1, 0.5), f('b', 0, 0.5)])).toBe(0.5);
    expect(weightedSum([f('a', 0.8, 1), f('b', 0.2, 3)])).toBeCloseTo(0.35);
    expect(weightedSum([])).toBe(0);
  });

  it('prints a factor with its value, weight and reason, and the whole sum with its numbers', () => {
    expect(describeFactor(f('coverage', 0.62, 0.45))).toBe('Coverage 0.62 × 0.45: coverage reason');
    expect(describeFactor(f('time', 0.5, 0.15, false))).toBe('Time 0.50 × 0.15 (unknown): time reason');
    expect(formulaOf([f('coverage', 0.6, 0.5), f('cost', 1, 0.5)])).toBe('0.50 × coverage 0.60 + 0.50 × cost 1.00 = 0.80');
  });
});
