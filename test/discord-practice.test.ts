import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { member, useDiscordHarness } from './support/discord-gateway.js';
import type { DiscordHarness, Member, Where } from './support/discord-gateway.js';
import { NURSE, RETRY, WE_SHORT } from './support/practice-answers.js';
import { pivotStar as runPivotStar } from './support/pivot-star.js';

/**
 * Interview practice in a Discord DM, end to end (issue #14): Rosa, whose profile says she is moving
 * into project management, gives a strong answer, a short "we" answer with no result and a better
 * retry of it; and the strong answer again in the modal of four STAR paragraphs. What Discord shows
 * is the verdict `pivot star --json` gives for the same text.
 */

const start = useDiscordHarness();

let data: CoachData;
let dir: string;
beforeAll(async () => {
  data = await loadCoachData();
  dir = await mkdtemp(path.join(tmpdir(), 'pivot-discord-practice-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The coach with Rosa's profile already kept: she is moving into project management. */
async function rosaInHerDm(): Promise<{ h: DiscordHarness; rosa: Member; dm: Where }> {
  const store = new MemorySessionStore();
  const rosa = member('rosa.m');
  const doc = serializeSession({ ...newSession(new Date()), profile: { name: 'Rosa', targetRole: 'project-manager' } });
  await store.commit({ platform: 'discord', tenant: 'dm', user: rosa.id }, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc }, ttlMs: 86_400_000 });
  const h = await start({ store });
  return { h, rosa, dm: h.dm(rosa) };
}

/** What reached Rosa's screen while `act` ran. */
async function said(h: DiscordHarness, act: () => Promise<unknown>): Promise<string> {
  h.rest.clear();
  await act();
  return h.shown();
}

/** `pivot star --json` on the same text, question and role. */
const pivotStar = (question: string, answer: string, role: string) => runPivotStar(dir, question, answer, role);

/** The score in a feedback title and the chart's bars, as Discord shows them. */
const scoreIn = (text: string, title: RegExp) => Number(title.exec(text)?.[1] ?? Number.NaN);
const partsIn = (text: string) => Object.fromEntries([...text.matchAll(/^(Situation|Task|Action|Result) +[█░]+ +(\d)$/gm)].map((m) => [(m[1] as string).toLowerCase(), Number(m[2])]));
const questionIn = (text: string) => data.questions.questions.find((q) => text.includes(`"${q.text}"`))?.id as string;
const buttons = (h: DiscordHarness, where: Where) => (h.lastWithComponents(where).components as { components: { label?: string }[] }[]).flatMap((row) => row.components.map((c) => c.label));

/** The strong answer as the modal takes it: its sentences in the four STAR paragraphs. */
const sentences = NURSE.split(/(?<=\.) (?=[A-Z])/);
const NURSE_FORM = { situation: sentences.slice(0, 1).join(' '), task: sentences.slice(1, 2).join(' '), action: sentences.slice(2, 5).join(' '), result: sentences.slice(5).join(' ') };

describe('interview practice in a Discord DM', () => {
  it('scores a strong answer, a short "we" answer and its retry as pivot star does, and says what improved', async () => {
    const { h, rosa, dm } = await rosaInHerDm();
    const click = (label: string) => said(h, () => h.click(rosa, dm, h.lastWithComponents(dm).id, label));
    const say = (text: string) => said(h, () => h.say(rosa, dm, text));
    expect(await say('practice')).toContain("We'll practise for **Project manager / Scrum master**");
    expect(await say('2')).toContain('What should the questions be about?');
    const asked = await click('Disagreements and conflict');
    expect(asked).toContain('**Question 1 of 2** (on disagreements and conflict, as you asked):');
    const q1 = questionIn(asked);
    expect(data.questions.byId.get(q1)?.competencies).toContain('conflict');
    // pivot star runs alongside, on the same text, as soon as the question is known.
    const starStrong = pivotStar(q1, NURSE, 'project manager');

    // (a) A strong answer in one message: praise, no list of fixes, and pivot star's score and parts.
    const strong = await say(NURSE);
    const strongScore = scoreIn(strong, /^\*\*Question 1 of 2: (\d+)\/100\*\*$/m);
    expect(strongScore).toBeGreaterThanOrEqual(80);
    expect(strong).toContain('This is a strong answer. What makes it strong:');
    expect(strong).toMatch(/- You measured the result: "[^"]*40 a month to 6/);
    expect(strong).not.toContain('What to work on first:');
    expect(buttons(h, dm)).toEqual(['Retry this question', 'Next question', 'Stop here and see my summary']);
    expect(await starStrong).toEqual({ score: strongScore, parts: partsIn(strong) });

    // (b) A short "we" answer with no result: the missing result first, the "we" quoted, pivot star's verdict.
    const q2 = questionIn(await click('Next question'));
    expect(q2).not.toBe(q1);
    const [starWeak, starBetter] = [pivotStar(q2, WE_SHORT, 'project manager'), pivotStar(q2, RETRY, 'project manager')];
    const weak = await say(WE_SHORT);
    const weakScore = scoreIn(weak, /^\*\*Question 2 of 2: (\d+)\/100\*\*$/m);
    expect(weakScore).toBeLessThan(50);
    expect(partsIn(weak).result).toBe(0);
    const advice = weak.slice(weak.indexOf('What to work on first:'));
    expect(advice).toMatch(/^1\. [^\n]*say what changed because of it/m);
    expect(advice).toMatch(/"[^"\n]*\b[Ww]e\b[^"\n]*"[^\n]*say what you did yourself/);
    expect(await starWeak).toEqual({ score: weakScore, parts: partsIn(weak) });

    // (c) A better retry of it: the same question, the new score, and what improved, in words.
    expect(await click('Retry this question')).toContain('**Question 2 of 2, try 2:**');
    const better = await say(RETRY);
    const betterScore = scoreIn(better, /^\*\*Question 2 of 2, try 2: (\d+)\/100\*\*$/m);
    expect(betterScore).toBeGreaterThan(weakScore + 30);
    expect(better).toContain(`Since your last try: ${weakScore} → ${betterScore} (+${betterScore - weakScore}).`);
    expect(better).toMatch(/What improved:\n(- .*\n)*- You say "I" now where you said "we"/);
    expect(better).toMatch(/Result 0 → [3-5]/);
    expect(await starBetter).toEqual({ score: betterScore, parts: partsIn(better) });

    // The summary keeps the latest try at each question.
    const summary = await click('Finish and see my summary');
    expect(summary).toContain(`**Practice summary** for Project manager / Scrum master: 2 questions, average **${Math.round((strongScore + betterScore) / 2)}/100**.`);
    const history = JSON.parse(h.store.peek({ platform: 'discord', tenant: 'dm', user: rosa.id }) ?? '{}').profile.practiceHistory;
    expect(history.at(-1).questions.map((q: { id: string; score: number }) => [q.id, q.score])).toEqual([
      [q1, strongScore],
      [q2, betterScore],
    ]);
  }, 60_000);

  it('takes the strong answer through the modal, its four paragraphs each a part that is there', async () => {
    const { h, rosa, dm } = await rosaInHerDm();
    await h.say(rosa, dm, 'practice');
    await h.say(rosa, dm, '1');
    await h.click(rosa, dm, h.lastWithComponents(dm).id, 'Let the coach choose');
    const question = h.lastWithComponents(dm);
    h.rest.clear();
    await h.click(rosa, dm, question.id, 'Open the form');
    const modal = (h.rest.requests[0]?.body as { data: { custom_id: string; components: { label: string; component: { custom_id: string } }[] } }).data;
    expect(modal.components.map((c) => [c.label, c.component.custom_id])).toEqual([
      ['Situation', 'situation'],
      ['Task', 'task'],
      ['Action', 'action'],
      ['Result', 'result'],
    ]);
    const feedback = await said(h, () => h.submit(rosa, dm, question.id, modal, NURSE_FORM));
    expect(feedback).toMatch(/^\*\*Question 1 of 1: \d+\/100\*\*$/m);
    const parts = partsIn(feedback);
    expect(Object.keys(parts)).toEqual(['situation', 'task', 'action', 'result']);
    for (const score of Object.values(parts)) expect(score).toBeGreaterThanOrEqual(3);
    expect(feedback).toContain('This is a strong answer.');
  }, 60_000);
});
