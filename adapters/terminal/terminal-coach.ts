import { randomUUID } from 'node:crypto';
import { GLOBAL_COMMANDS, commandWord } from '../../src/engine/commands.js';
import { matchChoice } from '../../src/engine/flow.js';
import type { InboundInput } from '../../src/engine/inbound.js';
import type { Choice, Reply } from '../../src/engine/reply.js';
import { wrapText } from '../../src/cli/wrap-text.js';
import { renderPlain, terminalMarkdown } from '../../src/render-plain.js';
import { FORM_WORD, answerHint } from './answer-hint.js';
import { FormWalk } from './form-walk.js';
import { saveFile } from './save-file.js';

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
  /** Bold, italic and code as ANSI styles (a colour terminal); otherwise the markers are dropped. */
  ansi?: boolean;
  /** Columns to wrap at, asked at each write; undefined leaves lines whole. */
  width?: () => number | undefined;
  /** Where a file reply (the plan to take away) is saved; the current folder by default. */
  saveDir?: string;
  /** The terminal's IANA zone, sent with each event of one person's session (not a group's). */
  timeZone?: string;
  /**
   * Where this process's weekly check-ins for the person arrive (src/checkins/local-checkins.ts):
   * shown as they come, so the next line answers them. Not in group mode: check-ins are one person's.
   */
  checkins?: { listen(user: string, show: (replies: readonly Reply[]) => void): () => void };
}

/** What the last question expects, so that "2" can be sent as the second button. */
type Expecting = { kind: 'choice'; stepId: string; choices: Choice[] } | Extract<Reply, { kind: 'long-text' }> | { kind: 'text' };

const END_OF_LONG_TEXT = '.';

function expectationOf(replies: Reply[]): Expecting {
  const last = replies.findLast((reply) => reply.kind === 'question' || reply.kind === 'long-text');
  if (last?.kind === 'question') return { kind: 'choice', stepId: last.stepId, choices: last.choices };
  if (last?.kind === 'long-text') return last;
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
const GROUP_HINT = 'In group mode, start each line with who is speaking, like "ana: I\'ll answer".';
const CHECKIN_INTERRUPTS = '(Your weekly check-in came in, so the text you started was not sent: answer the check-in, then send your text again.)';
const FORM_START = 'One part at a time: end each part with a line with just a "." (a "." alone leaves that part empty).';

/**
 * The coach in a terminal: one message per line, choices as a numbered list answered by
 * number or label, long text as several lines ended by a single ".", a form with several fields
 * one field at a time after `form`. Returns when input ends.
 */
export async function runTerminalCoach(options: TerminalCoachOptions): Promise<void> {
  const { handle, lines, write, prompt = '', group = false, ansi = false, width = () => undefined } = options;
  const conversation = group ? 'terminal:group' : `terminal:${options.user}`;
  let speaker = { user: options.user, ...(group ? { userName: options.user, scope: 'conversation' } : options.timeZone ? { timeZone: options.timeZone } : {}) };
  let expecting = { kind: 'text' } as Expecting;
  let buffer: string[] = [];
  let walk: FormWalk | undefined;

  const show = (texts: string[]) => write(`${wrapText(texts.join('\n'), width())}\n`);
  const rendered = (reply: Reply) => {
    if (reply.kind === 'file') return [terminalMarkdown(`${reply.text} Saved as ${saveFile(reply, options.saveDir ?? process.cwd())}`, ansi)];
    const hint = answerHint(reply);
    return [...renderPlain(reply, { ansi }), ...(hint ? [terminalMarkdown(hint, ansi)] : [])];
  };
  const send = async (event: Record<string, unknown>) => {
    const origin = { platform: 'terminal', tenant: 'local', conversation, ...speaker };
    const replies = await handle({ ...origin, eventId: randomUUID(), ...event } as InboundInput);
    for (const reply of replies) show(rendered(reply));
    if (replies.length > 0) expecting = expectationOf(replies);
    if (prompt) write(prompt);
  };
  const collected = () => {
    const text = buffer.join('\n');
    buffer = [];
    return text;
  };

  // Take the iterator before the first await: readline drops lines that arrive before anyone iterates.
  const input = lines[Symbol.asyncIterator]();
  await send({ kind: 'command', name: 'start' });
  // A check-in came due: the session now waits for its answer, so it is shown before the next line is read.
  const stopListening = group
    ? undefined
    : options.checkins?.listen(options.user, (replies) => {
        if (walk || buffer.length > 0) show([CHECKIN_INTERRUPTS]);
        walk = undefined;
        buffer = [];
        for (const reply of replies) show(rendered(reply));
        if (replies.length > 0) expecting = expectationOf([...replies]);
        if (prompt) write(prompt);
      });
  try {
    for (let next = await input.next(); !next.done; next = await input.next()) {
      let line = next.value;
      // A long text or a form goes on over several lines from whoever started it.
      const starting = buffer.length === 0 && !walk;
      const said = group && starting ? SPEAKER.exec(line) : null;
      if (group && starting && !said) {
        show([GROUP_HINT]);
        continue;
      }
      if (said) {
        const name = (said[1] as string).trim();
        speaker = { user: name.toLowerCase(), userName: name, scope: 'conversation' };
        line = said[2] as string;
      }
      // A command word leaves a form half filled: the engine's answer asks something else.
      if (buffer.length === 0 && isCommand(line)) {
        walk = undefined;
        await send({ kind: 'text', text: line });
        continue;
      }
      if (walk) {
        if (line.trim() !== END_OF_LONG_TEXT) {
          buffer.push(line);
          continue;
        }
        const fields = walk.fill(collected());
        if (fields) {
          const { stepId } = walk;
          walk = undefined;
          await send({ kind: 'form', stepId, fields });
        } else {
          show([walk.prompt]);
          if (prompt) write(prompt);
        }
        continue;
      }
      if (expecting.kind === 'long-text' && buffer.length === 0) {
        // With one field, "form" is a one-word reply like any other.
        if (expecting.fields.length > 1 && line.trim().toLowerCase() === FORM_WORD) {
          walk = new FormWalk(expecting.stepId, expecting.fields);
          show([FORM_START, walk.prompt]);
          if (prompt) write(prompt);
          continue;
        }
        if (isOneWord(line)) {
          await send({ kind: 'text', text: line });
          continue;
        }
      }
      if (expecting.kind === 'long-text') {
        if (line.trim() !== END_OF_LONG_TEXT) {
          buffer.push(line);
          continue;
        }
        // The lines as one text: the engine takes a form without the step's own field ids as plain text.
        await send({ kind: 'form', stepId: expecting.stepId, fields: { text: collected() } });
        continue;
      }
      const picked = expecting.kind === 'choice' ? matchChoice(expecting.choices, line) : undefined;
      if (picked && expecting.kind === 'choice') await send({ kind: 'choice', stepId: expecting.stepId, choiceId: picked.id });
      else await send({ kind: 'text', text: line });
    }
    if (walk) show(['(The form you started was not sent: input ended before its last part.)']);
    else if (buffer.length > 0) show(['(The text you started was not sent: input ended before the closing ".")']);
  } finally {
    stopListening?.();
  }
}
