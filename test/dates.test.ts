import { describe, expect, it } from 'vitest';
import { addWeeks, endOfStatedPeriod, isoDay, monthsSince } from '../src/credentials/dates.js';

describe('dates', () => {
  it('adds weeks to the UTC calendar day, whatever the time of day', () => {
    expect(isoDay(addWeeks(new Date('2026-09-01T23:59:00Z'), 3))).toBe('2026-09-22');
    expect(isoDay(addWeeks(new Date('2026-12-29T00:00:00Z'), 1))).toBe('2027-01-05');
  });

  it('reads a stated date as the last day of its period', () => {
    expect(isoDay(endOfStatedPeriod('2024'))).toBe('2024-12-31');
    expect(isoDay(endOfStatedPeriod('2024-02'))).toBe('2024-02-29');
    expect(isoDay(endOfStatedPeriod('2023-11-07'))).toBe('2023-11-07');
  });

  it('counts whole months since a stated date, never below zero', () => {
    const today = new Date('2026-09-01T00:00:00Z');
    expect(monthsSince('2025-12-15', today)).toBe(8);
    expect(monthsSince('2024-06-20', today)).toBe(26);
    expect(monthsSince('2025', today)).toBe(8);
    expect(monthsSince('2027-01', today)).toBe(0);
  });
});
