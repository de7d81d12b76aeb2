import type { Redis } from 'ioredis';
import type { RedisSessionStore } from '../../../src/engine/redis-session-store.js';
import type { UserRef } from '../../../src/engine/session-store.js';
import { sessionQueue } from '../../../src/outbox/entry.js';
import { outboxKeys } from '../../../src/outbox/keys.js';
import type { Observed, Sent, Shown } from '../../support/fault-ledger.js';
import type { ApiCall } from '../../support/slack-fake-api.js';
import type { SlackHarness } from '../../support/slack-harness.js';
import { JSON_TYPE, dm, eventBody } from '../../support/slack-requests.js';

/**
 * One person in a DM with the Slack app, for a fault scenario: what they send (each event with
 * an id of its own, so replies can be traced to the turn), and what reached their screen, read
 * from the fake Web API's accepted chat.postMessage calls by the outbox id each one carries.
 */

let people = 0;

/** Slack's answer was ok: the message is in the channel (whether or not the coach heard back in time). */
export const accepted = (call: ApiCall) => call.result?.ok === true;

/** The outbox id a message carries in its metadata (see adapters/slack/outbox.ts). */
export function replyIdOf(call: ApiCall): string {
  const raw = call.params.metadata;
  const metadata = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { event_payload?: { reply_id?: unknown } } | undefined;
  return String(metadata?.event_payload?.reply_id ?? `unknown#${call.at}`);
}

/** Where a session is: its flow and step, or the menu; "none" without one. */
export function whereIs(doc: string | null): string {
  if (doc === null) return 'none';
  const flow = (JSON.parse(doc) as { flow?: { id: string; step: string } | null }).flow;
  return flow ? `${flow.id}/${flow.step}` : 'menu';
}

/** The Slack app a person talks to, and Slack's record of what was posted: the in-process harness, or a coach process. */
export interface SlackSide {
  /** Sends an event; with `settle`, returns once the app has handled it and posted what it could. */
  send(body: string, settle: boolean): Promise<void>;
  /** Every chat.postMessage Slack received, in order. */
  posts(): ApiCall[];
}

export function harnessSide(h: SlackHarness): SlackSide {
  return {
    send: async (body, settle) => {
      await (settle ? h.deliver(body, JSON_TYPE) : h.send(body, JSON_TYPE));
    },
    posts: () => h.api.to('chat.postMessage'),
  };
}

/** Outbox ids waiting for one person's conversation: their session's queue first, then the conversation's own. */
export async function waitingFor(admin: Redis, prefix: string, ref: UserRef, conversation: string): Promise<string[]> {
  const session = await admin.lrange(outboxKeys(prefix, sessionQueue(ref, conversation)).queue, 0, -1);
  const own = await admin.lrange(outboxKeys(prefix, { platform: ref.platform, tenant: ref.tenant, conversation }).queue, 0, -1);
  return [...session, ...own];
}

export class SlackPerson {
  readonly user = `U${Date.now().toString(36).toUpperCase()}${++people}`;
  readonly sent: Sent[] = [];
  private n = 0;

  constructor(
    private readonly side: SlackSide,
    private readonly store: RedisSessionStore,
    private readonly admin: Redis,
    private readonly prefix: string,
  ) {}

  get channel(): string {
    return `D${this.user}`;
  }

  get ref(): UserRef {
    return { platform: 'slack', tenant: 'T1', user: this.user };
  }

  /** Sends a DM; with `settle` (the default) waits until the app has handled it and posted what it could. */
  async say(text: string, options: { settle?: boolean } = {}): Promise<void> {
    const id = `Ev${this.user}x${++this.n}`;
    this.sent.push({ eventId: `ev:${id}`, text });
    const body = eventBody(dm(this.user, text), undefined, id);
    await this.side.send(body, options.settle !== false);
  }

  /** What reached the person, in order. */
  shown(): Shown[] {
    return this.side
      .posts()
      .filter((call) => accepted(call) && call.params.channel === this.channel)
      .map((call) => ({ replyId: replyIdOf(call), text: String(call.params.text ?? '') }));
  }

  /** The texts shown since the `from`-th message. */
  texts(from = 0): string[] {
    return this.shown()
      .slice(from)
      .map((s) => s.text);
  }

  async where(): Promise<string> {
    return whereIs((await this.store.load(this.ref, 'fault-probe')).doc);
  }

  async profile(): Promise<Record<string, unknown>> {
    const { doc } = await this.store.load(this.ref, 'fault-probe');
    return (JSON.parse(doc ?? '{}') as { profile?: Record<string, unknown> }).profile ?? {};
  }

  /**
   * Outbox ids waiting for this person: in their session's queue (where the engine enqueues a
   * turn's replies with its commit), then in the conversation's queue.
   */
  async waiting(): Promise<string[]> {
    return waitingFor(this.admin, this.prefix, this.ref, this.channel);
  }

  /** Everything the verdict needs, read once the fault has healed. */
  async observe(before: string): Promise<Observed> {
    const landed = new Set<string>();
    for (const s of this.sent) if (await this.store.handled(this.ref, s.eventId)) landed.add(s.eventId);
    return { sent: [...this.sent], shown: this.shown(), waiting: await this.waiting(), landed, before, after: await this.where() };
  }
}
