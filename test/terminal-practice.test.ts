import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTerminalCoach } from '../adapters/terminal/terminal-coach.js';
import { createFlowRegistry } from '../flows/index.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { NURSE, RETRY, WE_SHORT } from './support/practice-answers.js';
import { pivotStar as runPivotStar } from './support/pivot-star.js';

/**
 * Interview practice in a terminal, end to end (issue #14): a newcomer types her role, asks for two
 * questions on disagreements, gives a strong answer, then a short "we" answer with no result and a
 * better retry of it. What the terminal prints is the same verdict `pivot star --json` gives.
 */

let data: CoachData;
let dir: string;
beforeAll(async () => {
  data = await loadCoachData();
  dir = await mkdtemp(path.join(tmpdir(), 'pivot-terminal-practice-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * The coach at a keyboard: `type` sends lines as the user types them (a long text ends with a line
 * with just "."), and returns what the terminal printed since the last call, once it waits for more.
 */
function terminal() {
  const engine = new Engine({ store: new MemorySessionStore(), flows: createFlowRegistry(data), ttlMs: 86_400_000 });
  let printed = '';
  let give: (line: string | undefined) => void = () => {};
  let asked: () => void = () => {};
  let waiting = new Promise<void>((resolve) => (asked = resolve));
  async function* keyboard() {
    for (;;) {
      const line = await new Promise<string | undefined>((resolve) => {
        give = resolve;
        asked();
      });
      if (line === undefined) return;
      yield line;
    }
  }
  const running = runTerminalCoach({ handle: (inbound) => engine.handle(inbound), user: 'rosa', lines: keyboard(), write: (text) => (printed += text) });
  // Waiting for the next line, or failed: a crash in the adapter fails the test instead of hanging it.
  const ready = () => Promise.race([waiting, running]);
  const send = async (line: string | undefined) => {
    await ready();
    waiting = new Promise<void>((resolve) => (asked = resolve));
    give(line);
  };
  return {
    type: async (...lines: string[]) => {
      for (const line of lines) await send(line);
      await ready();
      const shown = printed;
      printed = '';
      return shown;
    },
    end: async () => {
      await send(undefined);
      await running;
    },
  };
}

/** `pivot star --json` on the same text, question and role. */
const pivotStar = (question: string, answer: string, role: string) => runPivotStar(dir, question, answer, role);

/** The score in a feedback title and the chart's bars, as the terminal prints them. */
const scoreIn = (text: string, title: RegExp) => Number(title.exec(text)?.[1] ?? Number.NaN);
const partsIn = (text: string) =>
  Object.fromEntries([...text.matchAll(/^ {2}(Situation|Task|Action|Result) +[█·]+ (\d)$/gm)].map((m) => [(m[1] as string).toLowerCase(), Number(m[2])]));
const questionIn = (text: string) => data.questions.questions.find((q) => text.includes(`"${q.text}"`))?.id as string;

describe('interview practice in the terminal', () => {
  it('scores a strong answer, a short "we" answer and its retry as pivot star does, and says what improved', async () => {
    const t = terminal();
    expect(await t.type()).toContain('What should I call you?');
    await t.type('Rosa');
    expect(await t.type('practice')).toContain('Which tech role are you interviewing for?');
    expect(await t.type('project manager')).toContain("We'll practise for Project manager");
    expect(await t.type('2')).toContain('5) Disagreements and conflict');
    const asked = await t.type('Disagreements and conflict');
    expect(asked).toContain('Question 1 of 2 (on disagreements and conflict, as you asked):');
    const q1 = questionIn(asked);
    expect(data.questions.byId.get(q1)?.competencies).toContain('conflict');
    // pivot star runs alongside, on the same texts, as soon as the question is known.
    const starStrong = pivotStar(q1, NURSE, 'project manager');

    // (a) A strong answer: praise, no list of fixes, and pivot star's score and parts.
    const strong = await t.type(NURSE, '.');
    const strongScore = scoreIn(strong, /^Question 1 of 2: (\d+)\/100$/m);
    expect(strongScore).toBeGreaterThanOrEqual(80);
    expect(strong).toContain('This is a strong answer. What makes it strong:');
    expect(strong).toMatch(/You measured the result: "[^"]*40 a month to 6/);
    expect(strong).not.toContain('What to work on first:');
    expect(strong).toMatch(/What next\?\n {2}1\) Retry this question\n {2}2\) Next question\n {2}3\) Stop here and see my summary\n$/);
    expect(await starStrong).toEqual({ score: strongScore, parts: partsIn(strong) });

    // (b) A short "we" answer with no result: the missing result first, the "we" quoted, pivot star's verdict.
    const q2 = questionIn(await t.type('Next question'));
    expect(q2).not.toBe(q1);
    const [starWeak, starBetter] = [pivotStar(q2, WE_SHORT, 'project manager'), pivotStar(q2, RETRY, 'project manager')];
    const weak = await t.type(WE_SHORT, '.');
    const weakScore = scoreIn(weak, /^Question 2 of 2: (\d+)\/100$/m);
    expect(weakScore).toBeLessThan(50);
    expect(partsIn(weak).result).toBe(0);
    const advice = weak.slice(weak.indexOf('What to work on first:'));
    expect(advice).toMatch(/^1\. [^\n]*say what changed because of it/m);
    expect(advice).toMatch(/"[^"\n]*\b[Ww]e\b[^"\n]*"[^\n]*say what you did yourself/);
    expect(await starWeak).toEqual({ score: weakScore, parts: partsIn(weak) });

    // (c) A better retry of it: the same question, the new score, and what improved, in words.
    expect(await t.type('Retry this question')).toContain('Question 2 of 2, try 2:');
    const better = await t.type(RETRY, '.');
    const betterScore = scoreIn(better, /^Question 2 of 2, try 2: (\d+)\/100$/m);
    expect(betterScore).toBeGreaterThan(weakScore + 30);
    expect(better).toContain(`Since your last try: ${weakScore} → ${betterScore} (+${betterScore - weakScore}).`);
    expect(better).toMatch(/What improved:\n(- .*\n)*- You say "I" now where you said "we"/);
    expect(better).toMatch(/Result 0 → [3-5]/);
    expect(await starBetter).toEqual({ score: betterScore, parts: partsIn(better) });

    // The summary keeps the latest try at each question.
    const summary = await t.type('Finish and see my summary');
    expect(summary).toContain(`Practice summary for Project manager / Scrum master: 2 questions, average ${Math.round((strongScore + betterScore) / 2)}/100.`);
    expect(summary).toMatch(new RegExp(`^ {2}1\\. .+ ${strongScore}\\n {2}2\\. .+ ${betterScore}$`, 'm'));
    expect(summary).toContain("I've saved these scores (not your answers) with your practice history.");
    await t.end();
  }, 60_000);
});
