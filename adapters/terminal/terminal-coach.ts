import { randomUUID } from 'node:crypto';
import { GLOBAL_COMMANDS, commandWord } from '../../src/engine/commands.js';
import { matchChoice } from '../../src/engine/flow.js';
import type { InboundInput } from '../../src/engine/inbound.js';
import type { Choice, Reply } from '../../src/engine/reply.js';
import { renderPlain } from '../../src/render-plain.js';

export interface TerminalCoachOptions {
  handle: (inbound: InboundInput) => Promise<Reply[]>;
  user: string;
  lines: AsyncIterable<string>;
  write: (text: string) => void;
  /** Shown before each line the user types; empty when input is piped. */
  prompt?: string;
  /**
   * A study group at one keyboard: each line starts with who says it ("ana: I'll answer"), and
   * everyone shares the conversation's session, as in a Discord peer-practice thread.
   */
  group?: boolean;
}

/** What the last question expects, so that "2" can be sent as the second button. */
type Expecting = { kind: 'choice'; stepId: string; choices: Choice[] } | { kind: 'long-text'; stepId: string } | { kind: 'text' };

const END_OF_LONG_TEXT = '.';

function expectationOf(replies: Reply[]): Expecting {
  const last = replies.findLast((reply) => reply.kind === 'question' || reply.kind === 'long-text');
  if (last?.kind === 'question') return { kind: 'choice', stepId: last.stepId, choices: last.choices };
  if (last?.kind === 'long-text') return { kind: 'long-text', stepId: last.stepId };
  return { kind: 'text' };
}

/** Command words go to the engine as typed, even where a label or a long text is expected. */
const isCommand = (line: string) => {
  const word = commandWord(line);
  return word !== undefined && (GLOBAL_COMMANDS as readonly string[]).includes(word);
};

/** A lone word ("done", "skip") where long text is expected is a reply, never the start of a posting. */
const isOneWord = (line: string) => /^\S{1,20}$/.test(line.trim());

const SPEAKER = /^\s*([\p{L}\p{N}_][\p{L}\p{N}_ .'-]{0,30}?)\s*:\s?(.*)$/u;
const GROUP_HINT = 'In group mode, start each line with who is speaking, like "ana: I\'ll answer".\n';

/**
 * The coach in a terminal: one message per line, choices as a numbered list answered by
 * number or label, long text as several lines ended by a single ".". Returns when input ends.
 */
export async function runTerminalCoach(options: TerminalCoachOptions): Promise<void> {
  const { handle, lines, write, prompt = '', group = false } = options;
  const conversation = group ? 'terminal:group' : `terminal:${options.user}`;
  let speaker = { user: options.user, ...(group ? { userName: options.user, scope: 'conversation' } : {}) };
  let expecting = { kind: 'text' } as Expecting;
  let buffer: string[] = [];

  const send = async (event: Record<string, unknown>) => {
    const origin = { platform: 'terminal', tenant: 'local', conversation, ...speaker };
    const replies = await handle({ ...origin, eventId: randomUUID(), ...event } as InboundInput);
    for (const reply of replies) write(`${renderPlain(reply).join('\n')}\n`);
    if (replies.length > 0) expecting = expectationOf(replies);
    if (prompt) write(prompt);
  };

  // Take the iterator before the first await: readline drops lines that arrive before anyone iterates.
  const input = lines[Symbol.asyncIterator]();
  await send({ kind: 'command', name: 'start' });
  for (let next = await input.next(); !next.done; next = await input.next()) {
    let line = next.value;
    // A long text goes on over several lines from whoever started it.
    const said = group && buffer.length === 0 ? SPEAKER.exec(line) : null;
    if (group && buffer.length === 0 && !said) {
      write(GROUP_HINT);
      continue;
    }
    if (said) {
      const name = (said[1] as string).trim();
      speaker = { user: name.toLowerCase(), userName: name, scope: 'conversation' };
      line = said[2] as string;
    }
    if (buffer.length === 0 && (isCommand(line) || (expecting.kind === 'long-text' && isOneWord(line)))) {
      await send({ kind: 'text', text: line });
      continue;
    }
    if (expecting.kind === 'long-text') {
      if (line.trim() !== END_OF_LONG_TEXT) {
        buffer.push(line);
        continue;
      }
      const text = buffer.join('\n');
      buffer = [];
      await send({ kind: 'form', stepId: expecting.stepId, fields: { text } });
      continue;
    }
    const picked = expecting.kind === 'choice' ? matchChoice(expecting.choices, line) : undefined;
    if (picked && expecting.kind === 'choice') await send({ kind: 'choice', stepId: expecting.stepId, choiceId: picked.id });
    else await send({ kind: 'text', text: line });
  }
  if (buffer.length > 0) write('(The text you started was not sent: input ended before the closing ".")\n');
}
