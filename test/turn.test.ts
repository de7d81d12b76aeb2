import { describe, expect, it } from 'vitest';
import { again, ask, defineFlow, finish, goTo, nextRound, repeat } from '../src/engine/flow.js';
import type { FlowContext } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { chatWith } from './support/chat.js';
import { memoryEngine } from './support/memory-engine.js';

/**
 * A quiz that reads like interview practice: how many items, then one round per item (an answer
 * collected over several messages, then retry / next / stop), and a summary of the rounds.
 */
const quiz = defineFlow({
  id: 'quiz',
  title: 'Quiz',
  commands: ['quiz'],
  steps: [
    ask.number('count', { label: 'Count', prompt: 'How many?', reask: 'A number from 0 to 3.', min: 0, max: 3, integer: true }),
    ...repeat('item', {
      items: (ctx) => ['red', 'green', 'blue'].slice(0, ctx.answers.count as number),
      steps: [
        ask.longText('say', {
          label: 'Said',
          prompt: (ctx) => `Say ${ctx.round?.item} (${(ctx.round?.index ?? 0) + 1} of ${ctx.round?.of}, try ${ctx.round?.attempt}).`,
          reask: 'Say something.',
          collect: {
            done: /^done[.!]*$/i,
            alone: /^pass$/i,
            whole: (text) => text.split(' ').length >= 5,
            progress: (draft) => `So far: "${draft.replace(/\n/g, ' / ')}". Say done.`,
            empty: 'Nothing yet.',
          },
          next: (text) => (text === 'pass' ? nextRound : undefined),
        }),
        ask.choice('then', {
          label: 'Then',
          prompt: (ctx: FlowContext) => `You said "${String(ctx.answers.say)}"${ctx.round?.previous ? ` (before: "${String(ctx.round.previous.say)}")` : ''}. Now?`,
          reask: 'Pick one.',
          choices: [
            { id: 'retry', label: 'Retry' },
            { id: 'next', label: 'Next' },
            { id: 'stop', label: 'Stop' },
          ],
          next: (choice) => (choice === 'retry' ? again : choice === 'next' ? nextRound : finish),
        }),
      ],
    }),
    ask.yesNo('happy', { label: 'Happy', prompt: 'Happy?', reask: 'Yes or no.', detour: true }),
  ],
  finish: (ctx) => ({
    replies: [{ kind: 'text', text: `Rounds: ${(ctx.rounds ?? []).map((r) => `${r.item}#${r.attempt}=${String(r.answers.say ?? '-')}`).join(', ') || 'none'}.` }],
  }),
});

function quizChat() {
  const flows = new FlowRegistry([defineFlow({ id: 'hello', title: 'Hello', steps: [], finish: () => ({ handover: 'quiz' }) }), quiz], 'hello');
  const chat = chatWith(memoryEngine({ flows }).engine);
  return chat;
}

describe('a repeated group of steps', () => {
  it('asks the group once per item, collects several messages until done, retries the same item and goes on to the next', async () => {
    const chat = quizChat();
    expect(await chat.say('quiz')).toBe('(Quiz 1/2)\nHow many?');
    expect(await chat.say('2')).toBe('(Quiz 2/2)\nSay red (1 of 2, try 1). [form: Said]');
    expect(await chat.say('roses are')).toBe('(Quiz 2/2)\nSo far: "roses are". Say done. [form: Said]');
    expect(await chat.say('red')).toBe('(Quiz 2/2)\nSo far: "roses are / red". Say done. [form: Said]');
    expect(await chat.say('Done.')).toBe('(Quiz 2/2)\nYou said "roses are\nred". Now? [Retry | Next | Stop]');
    expect(await chat.say('retry')).toBe('(Quiz 2/2)\nSay red (1 of 2, try 2). [form: Said]');
    expect(await chat.say('deep red like a ruby')).toBe('(Quiz 2/2)\nYou said "deep red like a ruby" (before: "roses are\nred"). Now? [Retry | Next | Stop]');
    expect(await chat.say('next')).toBe('(Quiz 2/2)\nSay green (2 of 2, try 1). [form: Said]');
    expect(await chat.say('grass')).toBe('(Quiz 2/2)\nSo far: "grass". Say done. [form: Said]');
    expect(await chat.say('done')).toBe('(Quiz 2/2)\nYou said "grass". Now? [Retry | Next | Stop]');
    expect(await chat.say('stop')).toMatch(/^Rounds: red#1=roses are\nred, red#2=deep red like a ruby\.\n/);
  });

  it('a pass word stands alone and drops what was collected; the last round leads past the group', async () => {
    const chat = quizChat();
    await chat.say('quiz');
    await chat.say('1');
    await chat.say('half an');
    expect(await chat.say('pass')).toBe('(Quiz 3/3)\nHappy? [Yes | No]');
    expect(await chat.say('yes')).toMatch(/^Rounds: red#1=pass\./);
  });

  it('`done` with nothing collected is refused, and a group with no items is passed over', async () => {
    const chat = quizChat();
    await chat.say('quiz');
    await chat.say('1');
    expect(await chat.say('done')).toBe('(Quiz 2/2)\nNothing yet. Say something. [form: Said]');
    const empty = quizChat();
    await empty.say('quiz');
    expect(await empty.say('0')).toBe('(Quiz 2/2)\nHappy? [Yes | No]');
  });

  it('`back` across the end of a round reopens it as it was, and the same answer leads to the same place', async () => {
    const chat = quizChat();
    await chat.say('quiz');
    await chat.say('2');
    await chat.say('a whole answer in five words');
    const next = await chat.say('next');
    expect(next).toBe('(Quiz 2/2)\nSay green (2 of 2, try 1). [form: Said]');
    expect(await chat.say('back')).toBe('Your earlier answer was: Next\n(Quiz 2/2)\nYou said "a whole answer in five words". Now? [Retry | Next | Stop]');
    expect(await chat.say('next')).toBe(next);
    await chat.say('green as grass in spring');
    expect(await chat.say('stop')).toMatch(/^Rounds: red#1=a whole answer in five words\./);
  });

  it('drops a half-collected draft on `back` and on `restart`', async () => {
    const chat = quizChat();
    await chat.say('quiz');
    await chat.say('1');
    await chat.say('some words');
    await chat.say('back');
    await chat.say('1');
    expect(await chat.say('done')).toBe('(Quiz 2/2)\nNothing yet. Say something. [form: Said]');
  });
});

describe('the step counter', () => {
  const branchy = defineFlow({
    id: 'b',
    title: 'B',
    steps: [
      ask.text('name', { label: 'Name', prompt: 'Name?', reask: 'A name.' }),
      ask.yesNo('sure', { label: 'Sure', prompt: 'Sure?', reask: 'Yes or no.', next: (yes) => (yes ? goTo('city') : goTo('check')) }),
      ask.text('check', { label: 'Check', prompt: 'Why not?', reask: 'Say why.', detour: true }),
      ask.text('city', { label: 'City', prompt: 'City?', reask: 'A city.', when: (ctx) => ctx.answers.name !== 'skipcity' }),
      ask.text('end', { label: 'End', prompt: 'Last?', reask: 'Anything.' }),
    ],
    finish: () => ({}),
  });
  const chat = () => chatWith(memoryEngine({ flows: new FlowRegistry([branchy], 'b') }).engine);

  it('counts the questions this person is asked: a detour once taken, never a step whose condition fails', async () => {
    const straight = chat();
    expect(await straight.say('hi')).toBe('(B 1/4)\nName?');
    expect(await straight.say('Ann')).toBe('(B 2/4)\nSure? [Yes | No]');
    expect(await straight.say('yes')).toBe('(B 3/4)\nCity?');
    expect(await straight.say('Oslo')).toBe('(B 4/4)\nLast?');

    const detour = chat();
    await detour.say('hi');
    await detour.say('skipcity');
    expect(await detour.say('no')).toBe('(B 3/4)\nWhy not?');
    expect(await detour.say('busy')).toBe('(B 4/4)\nLast?');
    expect(await detour.say('status')).toMatch(/Current question=4 of 4: End/);
  });
});

describe('resuming a parked flow', () => {
  // "role" is asked only while the profile has no role; another flow may learn it meanwhile.
  const plan = defineFlow({
    id: 'plan',
    title: 'Plan',
    commands: ['plan'],
    steps: [
      ask.text('name', { label: 'Name', prompt: 'Name?', reask: 'A name.' }),
      ask.text('role', { label: 'Role', prompt: 'Role?', reask: 'A role.', saveAs: 'role', when: (ctx) => ctx.profile.role === undefined }),
      ask.text('budget', { label: 'Budget', prompt: 'Budget?', reask: 'A budget.' }),
    ],
    finish: () => ({}),
  });
  const roles = defineFlow({
    id: 'roles',
    title: 'Roles',
    commands: ['roles'],
    steps: [ask.text('pick', { label: 'Pick', prompt: 'Which role?', reask: 'A role.', saveAs: 'role' })],
    finish: () => ({}),
  });
  const planChat = () => chatWith(memoryEngine({ flows: new FlowRegistry([plan, roles], 'plan') }).engine);

  it('passes over the step it was parked at when that step no longer applies', async () => {
    const chat = planChat();
    await chat.say('hi');
    await chat.say('Ann');
    expect(await chat.say('roles')).toContain('Which role?');
    await chat.say('Data analyst');
    expect(await chat.say('plan')).toContain('Picking up *Plan* where you left it.\n(Plan 2/2)\nBudget?');
  });

  it('asks the parked step again when it still applies', async () => {
    const chat = planChat();
    await chat.say('hi');
    await chat.say('Ann');
    await chat.say('roles');
    expect(await chat.say('plan')).toContain('Picking up *Plan* where you left it.');
    expect(await chat.say('repeat')).toContain('Role?');
  });
});
