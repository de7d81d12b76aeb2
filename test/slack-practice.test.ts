import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newSession, serializeSession } from '../src/engine/session.js';
import type { CoachData } from '../src/coach-data.js';
import { NURSE, RETRY, WE_SHORT } from './support/practice-answers.js';
import { RedisScope } from './support/redis-fixtures.js';
import { pivotStar as runPivotStar } from './support/pivot-star.js';
import { coachData, startSlack, textOf } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';

/**
 * Interview practice in a Slack DM, end to end (issue #14): Dele, whose profile (in a real Redis)
 * says he is moving into data analysis, gives a strong answer, a short "we" answer with no result
 * and a better retry of it; and the strong answer again through the STAR form. What Slack shows
 * is the verdict `pivot star --json` gives for the same text.
 */

const DELE = { platform: 'slack', tenant: 'T1', user: 'U1' };
let data: CoachData;
let dir: string;
let h: SlackHarness | undefined;
let redis: RedisScope | undefined;
beforeAll(async () => {
  data = await coachData();
  dir = await mkdtemp(path.join(tmpdir(), 'pivot-slack-practice-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await h?.close();
  await redis?.close();
  h = undefined;
  redis = undefined;
});

/** The app on a Redis store where Dele's profile is already kept. */
async function start(): Promise<SlackHarness> {
  redis = new RedisScope();
  const store = await redis.openStore();
  const doc = serializeSession({ ...newSession(new Date()), profile: { name: 'Dele', targetRole: 'data-analyst' } });
  expect(await store.commit(DELE, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc }, ttlMs: 86_400_000 })).toBe('ok');
  h = await startSlack({ store });
  return h;
}

/** What the app posted to Dele while `act` ran, all messages' text in order. */
async function said(act: () => Promise<unknown>): Promise<string> {
  const before = h?.api.posts().length ?? 0;
  await act();
  return (h?.api.posts().slice(before) ?? []).map(textOf).join('\n');
}

/** `pivot star --json` on the same text, question and role. */
const pivotStar = (question: string, answer: string, role: string) => runPivotStar(dir, question, answer, role);

/** The strong answer as the form takes it: its sentences in the four STAR boxes. */
const sentences = NURSE.split(/(?<=\.) (?=[A-Z])/);
const NURSE_FORM = { situation: sentences.slice(0, 1).join(' '), task: sentences.slice(1, 2).join(' '), action: sentences.slice(2, 5).join(' '), result: sentences.slice(5).join(' ') };

/** The score in a feedback title and the chart's bars, as Slack shows them. */
const scoreIn = (text: string, title: RegExp) => Number(title.exec(text)?.[1] ?? Number.NaN);
const partsIn = (text: string) => Object.fromEntries([...text.matchAll(/^(Situation|Task|Action|Result) +[█░]+ (\d)$/gm)].map((m) => [(m[1] as string).toLowerCase(), Number(m[2])]));
const questionIn = (text: string) => data.questions.questions.find((q) => text.includes(`"${q.text}"`))?.id as string;

describe('interview practice in a Slack DM', () => {
  it('scores a strong answer, a short "we" answer and its retry as pivot star does, and says what improved', async () => {
    const h = await start();
    expect(await said(() => h.dm('U1', 'practice'))).toContain("We'll practise for *Data analyst*");
    expect(await said(() => h.dm('U1', '2'))).toContain('What should the questions be about?');
    const asked = await said(() => h.click('U1', 'Disagreements and conflict'));
    expect(asked).toContain('*Question 1 of 2* (on disagreements and conflict, as you asked):');
    const q1 = questionIn(asked);
    expect(data.questions.byId.get(q1)?.competencies).toContain('conflict');
    // pivot star runs alongside, on the same text, as soon as the question is known.
    const starStrong = pivotStar(q1, NURSE, 'data analyst');

    // (a) A strong answer in one message: praise, no list of fixes, and pivot star's score and parts.
    const strong = await said(() => h.dm('U1', NURSE));
    const strongScore = scoreIn(strong, /^\*Question 1 of 2: (\d+)\/100\*$/m);
    expect(strongScore).toBeGreaterThanOrEqual(80);
    expect(strong).toContain('This is a strong answer. What makes it strong:');
    expect(strong).toMatch(/• You measured the result: "[^"]*40 a month to 6/);
    expect(strong).not.toContain('What to work on first:');
    expect(strong).toMatch(/What next\?\nRetry this question\nNext question\nStop here and see my summary$/);
    expect(await starStrong).toEqual({ score: strongScore, parts: partsIn(strong) });

    // (b) A short "we" answer with no result: the missing result first, the "we" quoted, pivot star's verdict.
    const q2 = questionIn(await said(() => h.click('U1', 'Next question')));
    expect(q2).not.toBe(q1);
    const [starWeak, starBetter] = [pivotStar(q2, WE_SHORT, 'data analyst'), pivotStar(q2, RETRY, 'data analyst')];
    const weak = await said(() => h.dm('U1', WE_SHORT));
    const weakScore = scoreIn(weak, /^\*Question 2 of 2: (\d+)\/100\*$/m);
    expect(weakScore).toBeLessThan(50);
    expect(partsIn(weak).result).toBe(0);
    const advice = weak.slice(weak.indexOf('What to work on first:'));
    expect(advice).toMatch(/^1\. [^\n]*say what changed because of it/m);
    expect(advice).toMatch(/"[^"\n]*\b[Ww]e\b[^"\n]*"[^\n]*say what you did yourself/);
    expect(await starWeak).toEqual({ score: weakScore, parts: partsIn(weak) });

    // (c) A better retry of it: the same question, the new score, and what improved, in words.
    expect(await said(() => h.click('U1', 'Retry this question'))).toContain('*Question 2 of 2, try 2:*');
    const better = await said(() => h.dm('U1', RETRY));
    const betterScore = scoreIn(better, /^\*Question 2 of 2, try 2: (\d+)\/100\*$/m);
    expect(betterScore).toBeGreaterThan(weakScore + 30);
    expect(better).toContain(`Since your last try: ${weakScore} → ${betterScore} (+${betterScore - weakScore}).`);
    expect(better).toMatch(/What improved:\n(• .*\n)*• You say "I" now where you said "we"/);
    expect(better).toMatch(/Result 0 → [3-5]/);
    expect(await starBetter).toEqual({ score: betterScore, parts: partsIn(better) });

    // The summary keeps the latest try at each question, and Redis keeps the scores, not the answers.
    const summary = await said(() => h.click('U1', 'Finish and see my summary'));
    expect(summary).toContain(`*Practice summary* for Data analyst: 2 questions, average *${Math.round((strongScore + betterScore) / 2)}/100*.`);
    const stored = (await h.peek(DELE)) ?? '';
    expect(JSON.parse(stored).profile.practiceHistory.at(-1).questions.map((q: { id: string; score: number }) => [q.id, q.score])).toEqual([
      [q1, strongScore],
      [q2, betterScore],
    ]);
    expect(stored).not.toContain('surgical ward');
  }, 60_000);

  it('takes the strong answer through the STAR form, its four fields each a part that is there', async () => {
    const h = await start();
    await h.dm('U1', 'practice');
    await h.dm('U1', '1');
    await h.click('U1', 'Let the coach choose');
    await h.click('U1', 'Open the form');
    const view = h.api.to('views.open').at(-1)?.params.view as { blocks: { type: string; block_id?: string; label?: { text: string } }[] };
    const fields = view.blocks.filter((b) => b.type === 'input');
    expect(fields.map((b) => [b.block_id, b.label?.text])).toEqual([
      ['field:situation', 'Situation'],
      ['field:task', 'Task'],
      ['field:action', 'Action'],
      ['field:result', 'Result'],
    ]);
    const feedback = await said(() => h.submit('U1', NURSE_FORM));
    expect(feedback).toMatch(/^\*Question 1 of 1: \d+\/100\*$/m);
    const parts = partsIn(feedback);
    expect(Object.keys(parts)).toEqual(['situation', 'task', 'action', 'result']);
    for (const score of Object.values(parts)) expect(score).toBeGreaterThanOrEqual(3);
    expect(feedback).toContain('This is a strong answer.');
  }, 60_000);
});
