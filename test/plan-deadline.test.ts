import { describe, expect, it } from 'vitest';
import { paceCap } from '../src/credentials/plan-deadline.js';

describe('the most hours a week a plan suggests', () => {
  it('is about double what they said, never past a full-time 40, and never less than their own', () => {
    expect([paceCap(4), paceCap(15), paceCap(20), paceCap(30), paceCap(45)]).toEqual([8, 30, 40, 40, 45]);
  });
});
