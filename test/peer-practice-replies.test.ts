import { describe, expect, it } from 'vitest';
import { peerEntry, roundReplies } from '../flows/peer-practice-replies.js';
import { transcript } from './support/chat.js';

const parts = (n: number) => ({ situation: n, task: n, action: n, result: n });
const peer = { score: 72, parts: parts(4), missed: [] as string[] };
const at = new Date('2026-03-02T18:00:00Z');

describe('a peer round', () => {
  it('compares the coach and the peer part by part on a story, and keeps the coach parts', () => {
    const coach = { score: 60, parts: { situation: 4, task: 0, action: 4, result: 4 } };
    const shown = transcript(roundReplies({ answerer: 'Ana', scorer: 'Ben', question: 'A time you fixed something', peer, coach }));
    expect(shown).toContain('Ben and me, per STAR part (0-5): Situation=Ben 4, me 4; Task=Ben 4, me 0');
    expect(shown).toContain('We differ on Task');
    expect(peerEntry({ id: 'p:1', at, role: null, question: 'story', coach, peer: { by: 'Ben', ...peer } }).questions).toEqual([{ id: 'story', score: 60, parts: coach.parts }]);
  });

  it('on a motivation question, sets no coach parts against the peer, and keeps none', () => {
    const coach = { score: 80, parts: parts(0), motivation: true };
    const shown = transcript(roundReplies({ answerer: 'Ana', scorer: 'Ben', question: 'Why tech, why now?', peer, coach }));
    expect(shown).toContain('My reading of the typed answer: *80/100*.');
    expect(shown).not.toMatch(/me 0|We differ/);
    expect(peerEntry({ id: 'p:2', at, role: null, question: 'why-tech-now', coach, peer: { by: 'Ben', ...peer } }).questions).toEqual([{ id: 'why-tech-now', score: 80 }]);
  });
});
