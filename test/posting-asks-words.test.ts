import { describe, expect, it } from 'vitest';
import { askCountWords, askVerb, postingsVerbIt, sharedVerb } from '../src/credentials/posting-asks-words.js';

/** How postings ask for a credential, in a coach's words: never "ask for" what they only prefer. */
describe('how the postings ask, in words', () => {
  const asked = (share: number, postings?: { asks?: 'required' | 'preferred'; withinMonths?: number }[]) => ({ id: 'csm', share, ...(postings ? { postings } : {}) });

  it('says "ask for" only where a posting requires it, "prefer" where they all prefer it, and "name" otherwise', () => {
    expect(askVerb(asked(1 / 3, [{ asks: 'preferred' }]))).toBe('prefer');
    expect(askVerb(asked(2 / 3, [{ asks: 'preferred' }, { asks: 'required' }]))).toBe('ask for');
    expect(askVerb(asked(1 / 3, [{ asks: 'required', withinMonths: 6 }]))).toBe('ask for');
    expect(askVerb(asked(2 / 3, [{ asks: 'preferred' }, {}]))).toBe('name');
    // The share alone (an older session) does not say whether they require it.
    expect(askVerb(asked(1))).toBe('name');
    expect(askVerb(undefined)).toBe('name');
    expect(postingsVerbIt('ask for')).toBe('ask for it by name');
    expect(postingsVerbIt('prefer')).toBe('prefer it');
  });

  it('shares a verb across a path only when every credential on it is asked for the same way', () => {
    expect(sharedVerb([asked(1, [{ asks: 'preferred' }]), asked(0.5, [{ asks: 'preferred' }])])).toBe('prefer');
    expect(sharedVerb([asked(1, [{ asks: 'preferred' }]), asked(0.5, [{ asks: 'required' }])])).toBe('name');
  });

  it('counts how many postings require, prefer or name it', () => {
    expect(askCountWords(asked(1 / 3, [{ asks: 'preferred' }]))).toBe('one of your 3 postings prefers it');
    expect(askCountWords(asked(1, [{ asks: 'preferred' }]))).toBe('your posting prefers it');
    expect(askCountWords(asked(1, [{ asks: 'preferred' }, { asks: 'preferred' }]))).toBe('both of your postings prefer it');
    expect(askCountWords(asked(3 / 4, [{ asks: 'required' }, { asks: 'preferred' }, { asks: 'preferred' }]))).toBe('one of your 4 postings requires it and two prefer it');
    expect(askCountWords(asked(1, [{ asks: 'required', withinMonths: 1 }, { asks: 'required', withinMonths: 6 }, {}]))).toBe('2 of your 3 postings require it within 1 month of hire and one names it');
    expect(askCountWords(asked(0.5))).toBeUndefined();
  });
});
