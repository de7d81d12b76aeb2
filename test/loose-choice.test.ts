import { describe, expect, it } from 'vitest';
import { readLoosely } from '../src/engine/read/loose-choice.js';

const MENU = [
  { id: 'gaps', label: 'Find my skill gaps', words: ['gaps', 'skills', 'missing skills'] },
  { id: 'pick', label: 'Pick credentials worth it', words: ['cert', 'certificate', 'courses'] },
  { id: 'practice', label: 'Practise interview answers', words: ['mock interview', 'practice'] },
  { id: 'peer', label: 'Practise with a peer', words: ['partner', 'friend', 'practice'] },
];

describe('readLoosely', () => {
  it("picks the option whose label or sayings the answer says most, in the person's own order and forms", () => {
    expect(readLoosely(MENU, 'gaps first')).toEqual({ kind: 'pick', id: 'gaps' });
    expect(readLoosely(MENU, 'the skills thing')).toEqual({ kind: 'pick', id: 'gaps' });
    expect(readLoosely(MENU, 'which cert should I get')).toEqual({ kind: 'pick', id: 'pick' });
    expect(readLoosely(MENU, 'mock interviews please')).toEqual({ kind: 'pick', id: 'practice' });
    expect(readLoosely(MENU, 'practice with my friend')).toEqual({ kind: 'pick', id: 'peer' });
  });

  it('a word two options share counts for each only its share, so it alone picks neither', () => {
    // "practice" names both practices: practice an interview is the interview one, practice alone is unsure.
    expect(readLoosely(MENU, 'practice interview')).toEqual({ kind: 'pick', id: 'practice' });
    expect(readLoosely(MENU, 'practice')).toEqual({ kind: 'unsure', ids: ['practice', 'peer'] });
  });

  it('is unsure, naming no option, when the answer says none of their words', () => {
    expect(readLoosely(MENU, 'hmm, the blue one')).toEqual({ kind: 'unsure', ids: [] });
  });
});
