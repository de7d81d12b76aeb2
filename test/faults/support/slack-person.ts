import type { Redis } from 'ioredis';
import type { RedisSessionStore } from '../../../src/engine/redis-session-store.js';
import type { UserRef } from '../../../src/engine/session-store.js';
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

export class SlackPerson {
  readonly user = `U${Date.now().toString(36).toUpperCase()}${++people}`;
  readonly sent: Sent[] = [];
  private n = 0;

  constructor(
    private readonly h: SlackHarness,
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
    if (options.settle === false) await this.h.send(body, JSON_TYPE);
    else await this.h.deliver(body, JSON_TYPE);
  }

  /** What reached the person, in order. */
  shown(): Shown[] {
    return this.h.api
      .to('chat.postMessage')
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

  async waiting(): Promise<string[]> {
    return this.admin.lrange(outboxKeys(this.prefix, { platform: 'slack', tenant: 'T1', conversation: this.channel }).queue, 0, -1);
  }

  /** Everything the verdict needs, read once the fault has healed. */
  async observe(before: string): Promise<Observed> {
    const landed = new Set<string>();
    for (const s of this.sent) if (await this.store.handled(this.ref, s.eventId)) landed.add(s.eventId);
    return { sent: [...this.sent], shown: this.shown(), waiting: await this.waiting(), landed, before, after: await this.where() };
  }
}
