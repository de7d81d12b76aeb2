import { describe, expect, it } from 'vitest';
import { welcomeFlow } from '../flows/welcome.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { chatWith } from './support/chat.js';
import { memoryEngine } from './support/memory-engine.js';

describe('the welcome', () => {
  it.each(['@everyone', '<!channel>', 'hi <@U123>', '$2,000', '-5', '🙂 ✨'])('asks again for a name instead of greeting %j', async (typed) => {
    const chat = chatWith(memoryEngine({ flows: new FlowRegistry([welcomeFlow], 'welcome') }).engine);
    await chat.say('hello');
    expect(await chat.say(typed)).toMatch(/^\(Welcome 1\/1\)\n(That doesn't look like a name I can greet you by|I couldn't find any words in that)\. What should I call you\?/);
  });

  it('greets a name as typed, spaces tidied', async () => {
    const chat = chatWith(memoryEngine({ flows: new FlowRegistry([welcomeFlow], 'welcome') }).engine);
    await chat.say('hello');
    expect(await chat.say('  Ann   Marie ')).toMatch(/Say `help` at any time/);
    expect(await chat.say('status')).toContain("What you've told me: Name=Ann Marie");
  });
});
