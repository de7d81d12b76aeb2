import { describe, expect, it } from 'vitest';
import { checkSituation, DEFAULT_HORIZON_MONTHS, horizonOf } from '../src/credentials/situation.js';
import { TODAY } from './support/credential-fixtures.js';

describe('situation', () => {
  it('defaults the horizon to three years', () => {
    expect(DEFAULT_HORIZON_MONTHS).toBe(36);
    expect(horizonOf({ hoursPerWeek: 10, today: TODAY })).toBe(36);
    expect(horizonOf({ hoursPerWeek: 10, today: TODAY, horizonMonths: 12 })).toBe(12);
  });

  it('accepts a zero budget and zero pay but not a zero-hour week or a bad date', () => {
    expect(() => checkSituation({ hoursPerWeek: 10, budgetUsd: 0, currentPayUsd: 0, today: TODAY })).not.toThrow();
    expect(() => checkSituation({ hoursPerWeek: 0, today: TODAY })).toThrow(RangeError);
    expect(() => checkSituation({ hoursPerWeek: 10, budgetUsd: -1, today: TODAY })).toThrow(/budgetUsd/);
    expect(() => checkSituation({ hoursPerWeek: 10, deadlineWeeks: Number.NaN, today: TODAY })).toThrow(/deadlineWeeks/);
    expect(() => checkSituation({ hoursPerWeek: 10, today: new Date('nope') })).toThrow(/today/);
  });

  it('refuses a situation without hours a week by name, as a flow that never asked would pass it', () => {
    const unasked = { today: TODAY } as unknown as Parameters<typeof checkSituation>[0];
    expect(() => checkSituation(unasked)).toThrow('hoursPerWeek must be a positive number, got undefined');
  });
});
