import { describe, expect, it } from 'vitest';
import { ask, defineFlow } from '../src/engine/flow.js';
import type { FlowContext } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { readChoice } from '../src/engine/read/choice.js';
import { chatWith } from './support/chat.js';
import { memoryEngine } from './support/memory-engine.js';

/** Options with the other ways people say them (data on the option, not a rule in the reader). */
const AFTER = [
  { id: 'retry', label: 'Retry this question', words: ['again', 'try again', 'redo'] },
  { id: 'next', label: 'Next question', words: ['next one', 'move on', 'skip'] },
  { id: 'finish', label: 'Finish and see my summary', words: ['stop', 'enough', "that's it", "i'm done", 'quit'] },
];
const FOCUS = [
  { id: 'conflict', label: 'Disagreements and conflict', words: ['stakeholder', 'stakeholders'] },
  { id: 'failure', label: 'Failures and mistakes', words: ['mistake', 'mistakes'] },
  { id: 'team', label: 'Teamwork', words: ['team'] },
  { id: 'lead', label: 'Leading without authority', words: ['leadership'] },
];

describe('readChoice with sayings', () => {
  it.each([
    ['stop', AFTER, 'finish'],
    ['Enough.', AFTER, 'finish'],
    ["That's it!", AFTER, 'finish'],
    ['I’m done', AFTER, 'finish'],
    ['again please', AFTER, 'retry'],
    ['try again', AFTER, 'retry'],
    ['next one', AFTER, 'next'],
    ["ok let's move on", AFTER, 'next'],
    ['I think I am done, quit', AFTER, 'finish'],
    ['a mistake', FOCUS, 'failure'],
    ['Stakeholders', FOCUS, 'conflict'],
    ['the leadership ones', FOCUS, 'lead'],
    ['questions about stakeholders please', FOCUS, 'conflict'],
  ])('%j picks %s', (typed, choices, id) => {
    const reading = readChoice(choices, typed);
    expect(reading.kind === 'pick' ? reading.choice.id : reading.kind).toBe(id);
  });

  it.each([
    // Two options said at once: neither is guessed.
    ['team leadership', FOCUS],
    // A longer message is the person's own words, where "again" means something else.
    ['I tried again and again to get my manager to look at the numbers', AFTER],
    // A question is not a pick.
    ['what if I stop?', AFTER],
  ])('%j picks nothing', (typed, choices) => {
    expect(readChoice(choices, typed).kind).not.toBe('pick');
  });

  it('a label, a number and a fragment still come before sayings', () => {
    expect(readChoice(AFTER, '3')).toMatchObject({ kind: 'pick', choice: { id: 'finish' } });
    expect(readChoice(AFTER, 'Retry this question')).toMatchObject({ kind: 'pick', choice: { id: 'retry' } });
    expect(readChoice(FOCUS, 'mistakes')).toMatchObject({ kind: 'pick', choice: { id: 'failure' } });
  });
});

const collector = defineFlow({
  id: 'story',
  title: 'Story',
  commands: ['story'],
  steps: [
    ask.longText<string>('story', {
      label: 'Story',
      prompt: 'Tell me a story.',
      reask: 'Tell one story.',
      collect: {
        done: /^done$/i,
        alone: /^(next|skip)$/i,
        whole: (text) => text.split(' ').length >= 8,
        progress: (draft) => `So far: "${draft.replace(/\n/g, ' / ')}".`,
        empty: 'Nothing yet.',
        aside: (text, draft) => (/^\d$/.test(text) ? `A number isn't a story${draft ? ` (kept "${draft}")` : ''}.` : undefined),
      },
      ownWords: /^skip$/i,
      interpret: (text) => ({ ok: true, value: /^(next|skip)$/i.test(text) ? 'passed' : text }),
    }),
    ask.choice('then', {
      label: 'Then',
      prompt: (ctx: FlowContext) => `You said "${String(ctx.answers.story)}". Now?`,
      reask: 'Pick one.',
      choices: AFTER,
    }),
  ],
  finish: (ctx) => ({ replies: [{ kind: 'text', text: `Then: ${String(ctx.answers.then)}.` }] }),
});

function storyChat() {
  const flows = new FlowRegistry([defineFlow({ id: 'hello', title: 'Hello', steps: [], finish: () => ({ handover: 'story' }) }), collector], 'hello');
  return chatWith(memoryEngine({ flows }).engine);
}

describe('a collected answer with asides and a step that owns a command word', () => {
  it('an aside is answered and neither added to the draft nor taken as the answer', async () => {
    const chat = storyChat();
    await chat.say('story');
    expect(await chat.say('once upon')).toContain('So far: "once upon"');
    expect(await chat.say('2')).toContain('A number isn\'t a story (kept "once upon"). Tell one story.');
    expect(await chat.say('a time')).toContain('So far: "once upon / a time"');
    expect(await chat.say('done')).toContain('You said "once upon\na time". Now?');
  });

  it('`skip` owned by the step is its answer, not the engine\'s "can\'t be skipped"', async () => {
    const chat = storyChat();
    await chat.say('story');
    await chat.say('half a');
    const skipped = await chat.say('skip');
    expect(skipped).not.toContain("can't be skipped");
    expect(skipped).toContain('You said "passed". Now?');
  });

  it('the buttons show labels only; typed sayings pick', async () => {
    const chat = storyChat();
    await chat.say('story');
    const asked = await chat.say('a story long enough to count as a whole answer here');
    expect(asked).toContain('[Retry this question | Next question | Finish and see my summary]');
    expect(asked).not.toContain('words');
    expect(await chat.say("that's it")).toContain('Then: finish.');
  });
});
