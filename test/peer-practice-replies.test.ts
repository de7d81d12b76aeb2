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

  it('on a motivation question, sets what the peer heard beside what the coach read, and keeps no parts from either', () => {
    const heard = { whyTech: true, whyNow: false, carriesOver: true, done: true };
    const said = { whyTech: true, whyNow: true, carriesOver: true, done: true };
    const motivationPeer = { score: 65, heard, missed: ['Why now: what changed, or why this is the time'] };
    const typed = transcript(roundReplies({ answerer: 'Ana', scorer: 'Ben', question: 'Why tech, why now?', peer: motivationPeer, coach: { score: 85, parts: parts(0), motivation: true, said } }));
    expect(typed).toContain('What Ben heard and what I read: Why this work=Ben yes, me yes; Why now=Ben no, me yes; What carries over=Ben yes, me yes');
    expect(typed).toContain('We differ on why now: worth talking through');
    expect(typed).not.toMatch(/STAR part|Situation/);
    const spoken = transcript(roundReplies({ answerer: 'Ana', scorer: 'Ben', question: 'Why tech, why now?', peer: motivationPeer }));
    expect(spoken).toContain('What Ben heard: Why this work=yes; Why now=no; What carries over=yes; What they have done=yes');
    expect(spoken).toContain('What to work on (not ticked by Ben):\n- Why now: what changed, or why this is the time');
    expect(peerEntry({ id: 'p:3', at, role: null, question: 'why-tech-now', peer: { by: 'Ben', score: 65, missed: motivationPeer.missed } }).questions).toEqual([{ id: 'why-tech-now', score: 65 }]);
  });
});
