import { describe, expect, it } from 'vitest';
import { ask, defineFlow } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { givesNothing } from '../src/engine/read/nothing-to-give.js';
import { chatWith } from './support/chat.js';
import { memoryEngine } from './support/memory-engine.js';

describe('an answer that gives nothing', () => {
  it.each(['none', 'No.', 'nope', 'no deadline', "there's no deadline really", 'No particular deadline', 'no rush', 'whenever', 'no limit', 'skip please', 'whenever really', 'Whenever I am ready, no hurry.', "no deadline - whenever i'm ready", 'at my own pace', 'no rush and no fixed date'])(
    '"%s" gives nothing',
    (text) => expect(givesNothing(text)).toBe(true),
  );

  it.each(['6', 'six months', 'by June', 'no more than 6 months', 'within a year', 'as soon as possible', 'I have a deadline of March', 'no later than 2027', 'not sure', "don't know", 'no later than june', 'no rush, but by june', 'whenever the course ends'])(
    '"%s" is an answer',
    (text) => expect(givesNothing(text)).toBe(false),
  );
});

describe('an optional step that nothing skips', () => {
  const plan = defineFlow({
    id: 'plan',
    title: 'Plan',
    steps: [
      ask.number('deadline', { label: 'Deadline', prompt: 'In how many months?', reask: 'A number of months, or say skip.', min: 1, max: 60, unit: 'months', optional: true, nothingSkips: true }),
      ask.number('pay', { label: 'Pay', prompt: 'Your pay?', reask: 'An amount.', min: 0, max: 1_000_000, unit: 'dollars', optional: true }),
      ask.text('end', { label: 'End', prompt: 'Anything else?', reask: 'Anything.' }),
    ],
    finish: () => ({}),
  });
  const chat = () => chatWith(memoryEngine({ flows: new FlowRegistry([plan], 'plan') }).engine);

  it('"no deadline" moves on with no deadline stored', async () => {
    const c = chat();
    await c.say('hi');
    expect(await c.say('no deadline')).toContain('Your pay?');
    expect(await c.say("status")).not.toContain("Deadline=");
  });

  it('a number is still the answer, and a step without the option reads "none" as its own answer (no pay is $0)', async () => {
    const c = chat();
    await c.say('hi');
    expect(await c.say('9')).toContain('Your pay?');
    expect(await c.say('none')).toContain('Anything else?');
    const status = await c.say('status');
    expect(status).toMatch(/Deadline=9/);
    expect(status).toMatch(/Pay=0/);
  });
});
