import { beforeAll, describe, expect, it } from 'vitest';
import { runTerminalCoach } from '../adapters/terminal/terminal-coach.js';
import { createFlowRegistry } from '../flows/index.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import type { InboundInput } from '../src/engine/inbound.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { withoutStyles } from '../src/cli/wrap-text.js';
import { memoryEngine } from './support/memory-engine.js';

async function* linesOf(lines: string[]) {
  yield* lines;
}

type Look = { ansi?: boolean; width?: () => number | undefined };

async function run(lines: string[], group = false, look: Look = {}, { engine, store }: { engine: Engine; store: MemorySessionStore } = memoryEngine()) {
  const sent: InboundInput[] = [];
  let output = '';
  await runTerminalCoach({
    handle: (inbound) => {
      sent.push(inbound);
      return engine.handle(inbound);
    },
    user: 'ann',
    group,
    lines: linesOf(lines),
    write: (text) => {
      output += text;
    },
    ...look,
  });
  return { output, sent, store };
}

describe('the terminal coach', () => {
  it('opens with the start command, so a new user is greeted before typing', async () => {
    const { output, sent } = await run([]);
    expect(sent[0]).toMatchObject({ kind: 'command', name: 'start', platform: 'terminal', user: 'ann' });
    expect(output).toBe('[Welcome · step 1 of 1]\nHi! What should I call you?\n');
  });

  it('sends a numbered answer as the matching button, and a label too', async () => {
    const { sent } = await run(['Ann', 'Accountant', '12', '1', 'menu', 'Practise interviews']);
    expect(sent[4]).toMatchObject({ kind: 'choice', stepId: 'target', choiceId: 'data' });
    expect(sent[6]).toMatchObject({ kind: 'choice', stepId: '$menu', choiceId: 'practice' });
  });

  it('collects long text until a line with a single dot', async () => {
    const { sent, output } = await run(['Ann', 'Accountant', '12', '1', 'Data Analyst, Acme', '', '- SQL', '- Excel', '.']);
    expect(sent[5]).toMatchObject({ kind: 'form', stepId: 'posting', fields: { text: 'Data Analyst, Acme\n\n- SQL\n- Excel' } });
    expect(output).toContain('What can you spend, in US dollars?');
  });

  it('lets a command word through while long text is expected', async () => {
    const { sent } = await run(['Ann', 'Accountant', '12', '1', 'skip']);
    expect(sent[5]).toMatchObject({ kind: 'text', text: 'skip' });
  });

  it('says when input ends in the middle of a long text', async () => {
    const { output } = await run(['Ann', 'Accountant', '12', '1', 'half a posting']);
    expect(output).toContain('input ended before the closing "."');
  });

  it('gives every line its own event id', async () => {
    const { sent } = await run(['Ann', 'Accountant', '12']);
    expect(new Set(sent.map((e) => e.eventId)).size).toBe(sent.length);
  });

  it('in group mode, sends each line as its speaker in the shared conversation and asks for a name when there is none', async () => {
    const { sent, output, store } = await run(['Ana: me', 'good luck!', 'Ana: I moved from teaching to data at 47.', 'ben: me', 'Ben: 1, 3'], true);
    expect(sent[0]).toMatchObject({ kind: 'command', name: 'start', user: 'ann', scope: 'conversation', conversation: 'terminal:group' });
    expect(sent[1]).toMatchObject({ kind: 'text', text: 'me', user: 'ana', userName: 'Ana', scope: 'conversation' });
    expect(sent.map((e) => e.user)).toEqual(['ann', 'ana', 'ana', 'ben', 'ben']);
    expect(output).toContain('In group mode, start each line with who is speaking, like "ana: I\'ll answer".');
    expect(output).toContain('Round 1: Ana got 2 of 3.');
    expect(JSON.parse(store.peek({ platform: 'terminal', tenant: 'local', user: 'ana' }) ?? '{}').profile).toEqual({ duets: [{ round: 1, marks: ['clear', 'true'] }] });
  });

  it('says how to end long text under the question', async () => {
    const { output } = await run(['Ann', 'Accountant', '12', '1']);
    expect(output).toContain('  (Type or paste as many lines as you like, then a line with just a "." to send.)');
  });

  it('prints clean text when piped: no styles, no markers, lines left whole', async () => {
    const { output } = await run(['Ann', 'help']);
    expect(withoutStyles(output)).toBe(output);
    expect(output).not.toContain('`');
    expect(output).toContain('- status: where we are and what you have told me');
  });

  it('on a colour terminal, styles the markdown and wraps to the width, list items hanging under their text', async () => {
    const { output } = await run(['Ann', 'help'], false, { ansi: true, width: () => 40 });
    expect(output).toContain('\x1b[36mstatus\x1b[39m');
    const lines = withoutStyles(output).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines).toContain('- status: where we are and what you have');
    expect(lines).toContain('  told me');
  });
});

describe('the STAR form in the terminal', () => {
  let data: CoachData;
  beforeAll(async () => {
    data = await loadCoachData();
  });
  const coach = () => {
    const store = new MemorySessionStore();
    return { engine: new Engine({ store, flows: createFlowRegistry(data), ttlMs: 86_400_000 }), store };
  };
  /** To the first practice question: for a data analyst, one question, the coach's choice. */
  const TO_QUESTION = ['Ann', 'practice', 'data analyst', '1', '1'];
  const STORY = {
    situation: ['In March 2023 I was the office manager at a dental clinic,', 'and our patient export had duplicates.'],
    task: ['My goal was a clean list before the board meeting.'],
    action: ['I sorted the export in Excel, I removed 400 duplicates with a formula,', 'and I checked fifty records by hand.'],
    result: ['As a result, the list went from 2,300 rows to 1,900 correct ones.'],
  };
  const parts = (output: string) =>
    Object.fromEntries([...output.matchAll(/^ {2}(Situation|Task|Action|Result) +[█·]+ (\d)$/gm)].map((m) => [(m[1] as string).toLowerCase(), Number(m[2])]));

  it('mentions `form` under a question with several fields', async () => {
    const { output } = await run(TO_QUESTION, false, {}, coach());
    expect(output).toContain('or type form to give Situation, Task, Action and Result one at a time.)');
  });

  it('walks through the fields one by one and sends them as one form with the step\'s field ids', async () => {
    const { output, sent } = await run([...TO_QUESTION, 'form', ...STORY.situation, '.', ...STORY.task, '.', ...STORY.action, '.', ...STORY.result, '.'], false, {}, coach());
    expect(output).toContain('Situation (when and where it happened):\n');
    expect(output).toContain('Task (what you had to achieve):\n');
    expect(output).toContain('Action (what you did yourself, step by step):\n');
    expect(output).toContain('Result (what changed, with a number if you can):\n');
    expect(sent.at(-1)).toMatchObject({
      kind: 'form',
      stepId: 'answer',
      fields: { situation: STORY.situation.join('\n'), task: STORY.task.join('\n'), action: STORY.action.join('\n'), result: STORY.result.join('\n') },
    });
    expect(sent.filter((e) => e.kind !== 'command')).toHaveLength(TO_QUESTION.length + 1);
    // Every part was given, so every part is there in the feedback.
    const scores = parts(output);
    expect(Object.keys(scores)).toEqual(['situation', 'task', 'action', 'result']);
    for (const score of Object.values(scores)) expect(score).toBeGreaterThan(0);
  });

  it('scores the parts as labelled: a part left empty is missing, whatever the other parts say', async () => {
    const { output } = await run([...TO_QUESTION, 'form', ...STORY.situation, ...STORY.task, '.', '.', ...STORY.action, '.', ...STORY.result, '.'], false, {}, coach());
    expect(parts(output)).toMatchObject({ task: 0 });
    expect(parts(output).situation).toBeGreaterThan(0);
  });

  it('lets a command word leave the form half filled', async () => {
    const { sent, output } = await run([...TO_QUESTION, 'form', ...STORY.situation, '.', 'repeat', 'done'], false, {}, coach());
    expect(sent.at(-2)).toMatchObject({ kind: 'text', text: 'repeat' });
    expect(sent.at(-1)).toMatchObject({ kind: 'text', text: 'done' });
    expect(output).not.toContain('The form you started was not sent');
  });

  it('says when input ends before the last part', async () => {
    const { output, sent } = await run([...TO_QUESTION, 'form', ...STORY.situation, '.'], false, {}, coach());
    expect(sent.at(-1)).toMatchObject({ kind: 'choice', stepId: 'focus' });
    expect(output).toContain('(The form you started was not sent: input ended before its last part.)');
  });

  it('sends lines typed without `form` as one text, as before', async () => {
    const { sent } = await run([...TO_QUESTION, ...STORY.situation, ...STORY.result, '.'], false, {}, coach());
    expect(sent.at(-1)).toMatchObject({ kind: 'form', stepId: 'answer', fields: { text: [...STORY.situation, ...STORY.result].join('\n') } });
  });

  it('does not treat `form` as special where long text has one field (a job posting)', async () => {
    const { sent, output } = await run(['Ann', 'Accountant', '12', '1', 'form']);
    expect(output).not.toContain('or type form');
    expect(sent.at(-1)).toMatchObject({ kind: 'text', text: 'form' });
  });
});
