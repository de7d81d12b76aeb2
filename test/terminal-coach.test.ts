import { describe, expect, it } from 'vitest';
import { runTerminalCoach } from '../adapters/terminal/terminal-coach.js';
import type { InboundInput } from '../src/engine/inbound.js';
import { memoryEngine } from './support/memory-engine.js';

async function* linesOf(lines: string[]) {
  yield* lines;
}

async function run(lines: string[], group = false) {
  const { engine, store } = memoryEngine();
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
});
