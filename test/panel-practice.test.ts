import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewPracticeFlow, practiceProgressFlow } from '../flows/interview-practice.js';
import { welcomeFlow } from '../flows/welcome.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { chatWith } from './support/chat.js';
import { pivotStar as runPivotStar } from './support/pivot-star.js';

/**
 * The coach panel's people whose expectations are about interview practice (P9, P10 of
 * shared/coach-panel/panel-1.md) and others like them, as transcripts: what the coach says, and
 * that the chat gives the same verdict as `pivot star` for the same answer to the same question.
 */

let data: CoachData;
let dir: string;
beforeAll(async () => {
  data = await loadCoachData();
  dir = await mkdtemp(path.join(tmpdir(), 'pivot-panel-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function personWith(profile: Record<string, unknown>) {
  const store = new MemorySessionStore();
  const now = new Date('2026-12-07T10:00:00Z');
  const flows = new FlowRegistry([welcomeFlow, createInterviewPracticeFlow(data), practiceProgressFlow], welcomeFlow.id);
  const chat = chatWith(new Engine({ store, flows, ttlMs: 86_400_000, now: () => now }));
  const doc = serializeSession({ ...newSession(now), profile });
  await store.commit(chat.origin, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc }, ttlMs: 86_400_000 });
  return chat;
}

/** `pivot star --json` on the same text, question and role, as a coach would run it by hand. */
const pivotStar = (question: string, answer: string, role: string) => runPivotStar(dir, question, answer, role);

const score = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? Number.NaN);
const partsOf = (text: string) => {
  const match = /Your STAR parts \(0-5\): Situation=(\d), Task=(\d), Action=(\d), Result=(\d)/.exec(text);
  return match ? { situation: Number(match[1]), task: Number(match[2]), action: Number(match[3]), result: Number(match[4]) } : undefined;
};
const questionId = (text: string) => data.questions.questions.find((q) => text.includes(q.text))?.id;

// P9: an operations manager moving into data analysis tells a strong, measured story in "I".
const STRONG =
  'In spring 2024 I was operations manager at a regional logistics firm, and our weekly delivery report disagreed with the warehouse figures by about 8 percent. ' +
  'My manager asked me to find out why before the quarterly review, six weeks away. ' +
  'I pulled three months of delivery records into a spreadsheet, I matched them line by line against the warehouse scans, and I found that returns were being counted twice. ' +
  'I disagreed with the finance lead, who wanted to adjust the totals by hand, so I showed her twenty examples and proposed a fix to the import instead. ' +
  'I rewrote the import rules with our IT contractor and tested them on the old data first. ' +
  'As a result the gap fell from 8 percent to under 1 percent, the review went ahead on time, and the finance lead now uses my check every month.';

// P10: a 40-word answer full of "we", with no result.
const WEAK_WE =
  'At my last job we had a disagreement about the rota. We talked about it a lot in our team meetings and we tried a few different things, ' +
  'and we kept going back and forth about it for a while with everyone.';
const WEAK_WE_BETTER =
  'Last March, at the care home where I was deputy manager, two senior carers disagreed about the weekend rota. It was my job to settle it before the new month. ' +
  'I met each of them separately, I listed the shifts both could live with, and I proposed a four-week rotation that I trialled for one month. ' +
  'As a result, weekend sick days fell from six to two, and both carers asked me to keep the rotation.';

describe('P9: a strong answer', () => {
  it('finds all four parts, praises the measured result, suggests at most something minor, and scores as pivot star does', async () => {
    const chat = await personWith({ name: 'Dele', targetRole: 'data-analyst' });
    await chat.say('practice');
    await chat.say('1');
    const asked = await chat.click('focus', 'conflict');
    expect(asked).toMatch(/\*Question 1 of 1\* \(on disagreements and conflict, as you asked\)/);
    const id = questionId(asked) as string;
    expect(data.questions.byId.get(id)?.competencies).toContain('conflict');

    const feedback = await chat.say(STRONG);
    const chatScore = score(feedback, /Question 1 of 1: (\d+)\/100/);
    expect(chatScore).toBeGreaterThanOrEqual(80);
    const parts = partsOf(feedback);
    expect(Object.values(parts ?? {}).every((p) => p >= 3)).toBe(true);
    expect(feedback).toMatch(/This is a strong answer. What makes it strong:\n- You measured the result: "[^"]*8 percent to under 1 percent/);
    expect(feedback).not.toContain('What to work on first:');
    expect((feedback.match(/^\d\. /gm) ?? []).length).toBeLessThanOrEqual(2);

    const star = await pivotStar(id, STRONG, 'data analyst');
    expect(star.score).toBe(chatScore);
    expect(star.parts).toEqual(parts);
  });
});

describe('P10: a short "we" answer with no result', () => {
  it('names the missing result, quotes the "we", says it is too short, and a better retry says what improved', async () => {
    const chat = await personWith({ name: 'Rosa', targetRole: 'project-manager' });
    await chat.say('practice');
    await chat.say('one');
    const asked = await chat.click('focus', 'conflict');
    const id = questionId(asked) as string;

    const weak = await chat.say(WEAK_WE);
    const weakScore = score(weak, /Question 1 of 1: (\d+)\/100/);
    expect(weakScore).toBeLessThan(50);
    expect(partsOf(weak)?.result).toBe(0);
    const advice = weak.slice(weak.indexOf('What to work on first:'));
    // The missing result first, then whose steps they were, then the length in spoken time.
    expect(advice).toMatch(/1\. [^\n]*(what changed|result)/i);
    expect(advice).toMatch(/"[^"]*\bwe\b[^"]*"/i);
    expect(advice).toMatch(/takes about \d+ s to say/);
    expect((advice.match(/^\d\. /gm) ?? []).length).toBeLessThanOrEqual(3);

    const star = await pivotStar(id, WEAK_WE, 'project manager');
    expect(star.score).toBe(weakScore);

    expect(await chat.say('retry')).toContain('try 2:*');
    const better = await chat.say(WEAK_WE_BETTER);
    const betterScore = score(better, /try 2: (\d+)\/100/);
    expect(betterScore).toBeGreaterThan(weakScore + 30);
    expect(better).toContain(`Since your last try: ${weakScore} → ${betterScore} (+${betterScore - weakScore}).`);
    expect(better).toMatch(/What improved:\n(- .*\n)*- You say "I" now where you said "we"/);
    expect(better).toMatch(/Result 0 → [3-5]/);
  });

  it('takes a retry told over several messages and `done` as one answer', async () => {
    const chat = await personWith({ name: 'Rosa', targetRole: 'project-manager' });
    await chat.say('practice');
    await chat.say('1');
    await chat.click('focus', 'conflict');
    await chat.say(WEAK_WE);
    await chat.say('retry');
    const sentences = WEAK_WE_BETTER.split(/(?<=\.) /);
    for (const sentence of sentences.slice(0, -1)) expect(await chat.say(sentence)).toContain('words so far for question 1 of 1');
    await chat.say(sentences.at(-1) as string);
    const whole = await chat.say('Done.');
    expect(whole).toMatch(/try 2: \d+\/100/);
    expect(partsOf(whole)?.result).toBeGreaterThanOrEqual(3);
    expect(whole).toContain('Since your last try:');
  });
});
