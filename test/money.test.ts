import { describe, expect, it } from 'vitest';
import { formatUsd, toCents } from '../src/credentials/money.js';

describe('money', () => {
  it('converts catalog dollars to whole cents exactly', () => {
    expect(toCents(186.15)).toBe(18_615);
    expect(toCents(0.1) + toCents(0.2)).toBe(toCents(0.3));
  });

  it('formats whole dollars without cents, others with two digits, negatives with a sign', () => {
    expect(formatUsd(123_400)).toBe('$1,234');
    expect(formatUsd(18_615)).toBe('$186.15');
    expect(formatUsd(-5000)).toBe('-$50');
    expect(formatUsd(0)).toBe('$0');
  });
});
