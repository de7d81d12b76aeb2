import { describe, expect, it } from 'vitest';
import { CREDENTIAL_ITEM, MOTIVATION_CHECKLIST, PEER_CHECKLIST, peerChecklist, scorePeerChecklist } from '../src/star/peer-checklist.js';
import { PART_SCORE, SOURCES } from '../src/star/star-rubric.js';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const ALL = ids(PEER_CHECKLIST);

describe('the peer checklist', () => {
  it('has about ten short items, each with a part and a source from the rubric', () => {
    expect(PEER_CHECKLIST.length).toBeGreaterThanOrEqual(9);
    expect(PEER_CHECKLIST.length).toBeLessThanOrEqual(11);
    for (const item of [...PEER_CHECKLIST, CREDENTIAL_ITEM]) {
      expect(item.label.length, item.id).toBeLessThanOrEqual(80);
      expect(Object.keys(SOURCES), item.id).toContain(item.source);
      expect(['situation', 'task', 'action', 'result', 'whole'], item.id).toContain(item.part);
    }
    expect(new Set(ALL).size).toBe(ALL.length);
    // Every STAR part can be heard, and the Action (the bulk of a good answer) has the most to listen for.
    const count = (part: string) => PEER_CHECKLIST.filter((item) => item.part === part).length;
    for (const part of ['situation', 'task', 'action', 'result']) expect(count(part), part).toBeGreaterThan(0);
    expect(count('action')).toBe(Math.max(count('situation'), count('task'), count('action'), count('result')));
  });

  it('adds the credential item only for questions that invite it', () => {
    expect(peerChecklist({ invitesCredential: false })).toBe(PEER_CHECKLIST);
    expect(ids(peerChecklist({ invitesCredential: true }))).toEqual([...ALL, 'credential']);
  });

  it('gives a motivation question the four things said about the move, not the STAR parts', () => {
    for (const invitesCredential of [true, false]) expect(peerChecklist({ invitesCredential, kind: 'motivation' })).toBe(MOTIVATION_CHECKLIST);
    expect(ids(MOTIVATION_CHECKLIST)).toEqual(['why-tech', 'why-now', 'carries-over', 'done-so-far', 'length', 'relevant']);
    for (const item of MOTIVATION_CHECKLIST) {
      expect(item.label.length, item.id).toBeLessThanOrEqual(80);
      expect(Object.keys(SOURCES), item.id).toContain(item.source);
      expect(['motivation', 'whole'], item.id).toContain(item.part);
    }
    expect(MOTIVATION_CHECKLIST.map((item) => item.label).join(' ')).not.toMatch(/situation|result|"I", not "we"/i);
  });
});

describe('scorePeerChecklist on a motivation question', () => {
  const MOTIVATION = ids(MOTIVATION_CHECKLIST);
  it('weighs what was heard as the coach does, with why now coached rather than scored', () => {
    expect(scorePeerChecklist(MOTIVATION, MOTIVATION_CHECKLIST)).toEqual({ score: 100, heard: { whyTech: true, whyNow: true, carriesOver: true, done: true }, missed: [] });
    // The reason (35) and what was done (35), answering the question asked: 70; why now adds nothing to the score.
    const some = scorePeerChecklist(['why-tech', 'done-so-far', 'relevant'], MOTIVATION_CHECKLIST);
    expect(some.score).toBe(70);
    expect(scorePeerChecklist(['why-tech', 'why-now', 'done-so-far', 'relevant'], MOTIVATION_CHECKLIST).score).toBe(70);
    expect(some.heard).toEqual({ whyTech: true, whyNow: false, carriesOver: false, done: true });
    expect(some).not.toHaveProperty('parts');
    expect(some.missed).toEqual(MOTIVATION_CHECKLIST.filter((item) => ['why-now', 'carries-over', 'length'].includes(item.id)).map((item) => item.label));
  });

  it('takes the penalty of an answer off the question, and never goes below 0', () => {
    expect(scorePeerChecklist(['why-tech', 'carries-over', 'done-so-far', 'length'], MOTIVATION_CHECKLIST).score).toBe(90);
    expect(scorePeerChecklist([], MOTIVATION_CHECKLIST)).toMatchObject({ score: 0, heard: { whyTech: false, whyNow: false, carriesOver: false, done: false } });
  });
});

describe('scorePeerChecklist', () => {
  it('scores everything ticked as 100 with full parts, and nothing ticked as 0 with every item missed', () => {
    const full = { situation: PART_SCORE.max, task: PART_SCORE.max, action: PART_SCORE.max, result: PART_SCORE.max };
    expect(scorePeerChecklist(ALL, PEER_CHECKLIST)).toEqual({ score: 100, parts: full, missed: [] });
    const none = scorePeerChecklist([], PEER_CHECKLIST);
    expect(none).toEqual({ score: 0, parts: { situation: 0, task: 0, action: 0, result: 0 }, missed: PEER_CHECKLIST.map((item) => item.label) });
  });

  it('scores each part by the share of its items ticked, on the 0-5 scale, and weighs the parts like the coach', () => {
    const ticked = ['real-event', 'when-where', 'own-task', 'steps', 'result-evidence', 'length', 'relevant'];
    const result = scorePeerChecklist(ticked, PEER_CHECKLIST);
    // Action 1 of 3 is 1.67 -> 2; Result 1 of 2 is 2.5 -> 3; overall 15 + 15 + 35*2/5 + 35*3/5.
    expect(result.parts).toEqual({ situation: 5, task: 5, action: 2, result: 3 });
    expect(result.score).toBe(65);
    expect(result.missed).toEqual(['Said "I", not "we", for the steps they took', 'Most of the answer was about what they did', 'What they learned, or would do differently']);
  });

  it('counts whole-answer items toward the overall score only, as penalties when missed', () => {
    const parts = ALL.filter((id) => id !== 'length' && id !== 'relevant');
    const result = scorePeerChecklist(parts, PEER_CHECKLIST);
    expect(result.parts).toEqual({ situation: 5, task: 5, action: 5, result: 5 });
    expect(result.score).toBe(80);
    expect(result.missed).toEqual(['Between 1 and 2 minutes: more than a line, no rambling', 'Answered the question that was asked']);
    // The credential item costs what the coach charges for a missing credential (5).
    expect(scorePeerChecklist(ALL, peerChecklist({ invitesCredential: true })).score).toBe(95);
    expect(scorePeerChecklist([...ALL, 'credential'], peerChecklist({ invitesCredential: true })).score).toBe(100);
  });

  it('never goes below 0, ignores unknown and repeated ids, and leaves a part with no items out of the weighting', () => {
    expect(scorePeerChecklist(['length', 'length', 'nonsense'], PEER_CHECKLIST).score).toBe(0);
    const actionOnly = PEER_CHECKLIST.filter((item) => item.part === 'action');
    expect(scorePeerChecklist(['steps'], actionOnly)).toEqual({ score: 40, parts: { situation: 0, task: 0, action: 2, result: 0 }, missed: [actionOnly[0]?.label, actionOnly[2]?.label] });
  });
});
