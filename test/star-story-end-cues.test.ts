import { describe, expect, it } from 'vitest';
import { REFUSAL, UNKNOWN_OUTCOME, VAGUE_STEP } from '../src/star/story-end-cues.js';

describe('story-end cues', () => {
  it('reads a step that says only that it was handled, not how', () => {
    for (const text of ['I handled it.', 'We sorted it out and dealt with the complaint.', 'I took care of the problem myself.', 'So I got everything sorted in the end.', 'I sorted it out with them.', 'I dealt with it with the supplier.', 'We resolved it with the customer.']) {
      expect(VAGUE_STEP.test(text), text).toBe(true);
    }
    for (const text of ['I handled the refund by phone and sent a voucher.', 'I fixed the hinge with a new screw.', 'We sorted the returns by date.', 'I fixed it with a new screw.', 'I sorted it out with a spreadsheet of every order.']) {
      expect(VAGUE_STEP.test(text), text).toBe(false);
    }
  });

  it('reads an outcome said not to be known yet', () => {
    for (const text of ["so we don't know yet whether it worked", "I haven't heard back from the panel", "we're still waiting for the audit", "it's too early to tell"]) {
      expect(UNKNOWN_OUTCOME.test(text), text).toBe(true);
    }
    expect(UNKNOWN_OUTCOME.test('I found out that the scanner was broken')).toBe(false);
  });

  it('reads the candidate refusing what someone wanted', () => {
    for (const text of ["and I told her I wouldn't approve the order", 'but I refused', 'I pushed back on the date', "I said I wouldn't cut the safety briefing"]) {
      expect(REFUSAL.test(text), text).toBe(true);
    }
    expect(REFUSAL.test('I told her I would sort it')).toBe(false);
  });
});
