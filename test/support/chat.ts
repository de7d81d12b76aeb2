import { marksAsWords } from '../../src/dates/date-marks.js';
import type { Engine } from '../../src/engine/engine.js';
import type { InboundInput } from '../../src/engine/inbound.js';
import type { Reply } from '../../src/engine/reply.js';

/** What the user saw, one line per reply, so that tests read like transcripts; dates in words, as a terminal says them. */
export function transcript(replies: Reply[]): string {
  return marksAsWords(replies
    .map((reply) => {
      switch (reply.kind) {
        case 'text':
          return reply.text;
        case 'question':
          return `${reply.text} [${reply.choices.map((c) => c.label).join(' | ')}]`;
        case 'long-text':
          return `${reply.text} [form: ${reply.fields.map((f) => f.label).join(', ')}]`;
        case 'checklist':
          return `${reply.text} [tick: ${reply.items.map((i) => i.label).join(' | ')}]`;
        case 'progress':
          return `(${reply.label} ${reply.step}/${reply.of})`;
        case 'chart':
          return `${reply.title}: ${reply.rows.map((r) => `${r.label}=${r.value}`).join(', ')}`;
        case 'card':
          return `${reply.title}: ${reply.fields.map((f) => `${f.label}=${f.value}`).join('; ')}`;
        case 'file':
          return `${reply.text} [file: ${reply.filename}]`;
      }
    })
    .join('\n'));
}

export interface Who {
  platform?: string;
  tenant?: string;
  user?: string;
  /** Shown to the other members of a shared conversation. */
  name?: string;
  /** Talk in the conversation's shared session (peer practice) rather than the user's own. */
  shared?: boolean;
  conversation?: string;
}

let sequence = 0;

/** A user talking to the engine; each call is a new platform event with a fresh id unless one is given. */
export function chatWith(engine: Engine, who: Who = {}) {
  const origin = {
    platform: who.platform ?? 'test',
    tenant: who.tenant ?? 'T1',
    user: who.user ?? 'U1',
    conversation: who.conversation ?? 'C1',
    ...(who.shared ? { scope: 'conversation' as const } : {}),
    ...(who.name ? { userName: who.name } : {}),
  };
  const send = (event: Record<string, unknown>, eventId = `ev-${++sequence}`) =>
    engine.handle({ ...origin, eventId, ...event } as InboundInput);
  return {
    origin,
    send,
    say: async (text: string, eventId?: string) => transcript(await send({ kind: 'text', text }, eventId)),
    click: async (stepId: string, choiceId: string) => transcript(await send({ kind: 'choice', stepId, choiceId })),
    submit: async (stepId: string, fields: Record<string, string>) => transcript(await send({ kind: 'form', stepId, fields })),
    tick: async (stepId: string, choiceIds: string[]) => transcript(await send({ kind: 'choices', stepId, choiceIds })),
    command: async (name: string, args = '') => transcript(await send({ kind: 'command', name, args })),
  };
}
