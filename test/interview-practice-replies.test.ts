import { describe, expect, it } from 'vitest';
import { addToHistory, progressReplies, readHistory } from '../flows/interview-practice-replies.js';
import type { PracticeSession } from '../flows/interview-practice-replies.js';
import { transcript } from './support/chat.js';

const parts = (n: number) => ({ situation: n, task: n, action: n, result: n });
/** An entry as solo practice has always stored it. */
const solo = (day: number, average: number): PracticeSession => ({
  at: `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  role: 'data-analyst',
  questions: [{ id: 'messy-data', score: average, parts: parts(3) }, { id: 'why-tech-now', score: average, parts: parts(3) }],
  average,
});
const peer = (day: number, average: number, scoredBy: 'coach' | 'peer', id = `peer-practice:${day}:x`): PracticeSession => ({
  id,
  at: `2026-03-${String(day).padStart(2, '0')}T18:00:00.000Z`,
  role: null,
  questions: [{ id: 'why-tech-now', score: average, parts: parts(4) }],
  average,
  scoredBy,
  peer: { by: 'Ben', score: 70, parts: parts(4), missed: ['About 2 minutes, without rambling'] },
});

describe('practice history', () => {
  it('reads solo entries as before, keeps the peer part, and leaves out an entry whose peer part is broken', () => {
    const stored = [solo(1, 50), peer(2, 65, 'peer'), { ...peer(3, 60, 'coach'), peer: { by: 'Ben' } }, { at: 'broken' }];
    expect(readHistory(stored)).toEqual([solo(1, 50), peer(2, 65, 'peer')]);
    expect(readHistory('not a list')).toEqual([]);
  });

  it('adds an entry once by its id, and keeps the last 20', () => {
    const once = addToHistory([solo(1, 50)], peer(2, 65, 'peer'));
    expect(addToHistory(once, peer(2, 99, 'peer'))).toEqual(once);
    // Solo entries have no id: each is a new session.
    expect(addToHistory(once, solo(1, 50))).toHaveLength(3);
    const full = Array.from({ length: 20 }, (_, i) => solo(i + 1, 40 + i));
    const added = addToHistory(full, peer(28, 90, 'peer'));
    expect(added).toHaveLength(20);
    expect(added[0]?.at).toBe(solo(2, 41).at);
    expect(added.at(-1)?.id).toBe('peer-practice:28:x');
  });
});

describe('progress', () => {
  it('shows solo sessions as before', () => {
    const shown = transcript(progressReplies([solo(1, 50), solo(8, 62)]));
    expect(shown).toBe(
      [
        'Your average score per practice session (0-100): 1. 2026-03-01 (2 q)=50, 2. 2026-03-08 (2 q)=62',
        'Over 2 sessions your average went from 50 to 62 (+12).',
        'By STAR part, first session → latest (0-5): Situation=3 → 3; Task=3 → 3; Action=3 → 3; Result=3 → 3',
      ].join('\n'),
    );
  });

  it('marks peer sessions by whose score they show, and says how they count', () => {
    const shown = transcript(progressReplies([solo(1, 50), peer(2, 65, 'peer'), peer(3, 72, 'coach')]));
    expect(shown).toContain('1. 2026-03-01 (2 q)=50, 2. 2026-03-02 (1 q, scored by Ben)=65, 3. 2026-03-03 (1 q, with Ben)=72');
    expect(shown).toContain("With a peer, a typed answer counts my score and one said out loud counts the peer's checklist score.");
    expect(shown).toContain('Over 3 sessions your average went from 50 to 72 (+22).');
  });
});
