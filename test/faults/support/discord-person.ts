import type { Redis } from 'ioredis';
import { nonceOf } from '../../../adapters/discord/outbox.js';
import type { RedisSessionStore } from '../../../src/engine/redis-session-store.js';
import type { UserRef } from '../../../src/engine/session-store.js';
import type { Observed, Sent, Shown } from '../../support/fault-ledger.js';
import { member } from '../../support/discord-gateway.js';
import type { DiscordHarness, Member } from '../../support/discord-gateway.js';
import { snowflake } from '../../support/discord-rest.js';
import { waitingFor, whereIs } from './slack-person.js';

/**
 * One person in a DM with the Discord coach, for a fault scenario: what they type (each message
 * id is its turn id), and what Discord created in their DM, traced back to its outbox id by the
 * nonce each message carries (adapters/discord/outbox.ts).
 */

let people = 0;

export class DiscordPerson {
  readonly member: Member = member(`fault.person${++people}`);
  readonly sent: Sent[] = [];

  constructor(
    private readonly h: DiscordHarness,
    private readonly store: RedisSessionStore,
    private readonly admin: Redis,
    private readonly prefix: string,
  ) {}

  get channelId(): string {
    return this.h.dm(this.member).channelId;
  }

  get ref(): UserRef {
    return { platform: 'discord', tenant: 'dm', user: this.member.id };
  }

  async say(text: string, options: { settle?: boolean } = {}): Promise<void> {
    const id = snowflake();
    this.sent.push({ eventId: id, text });
    await this.h.say(this.member, this.h.dm(this.member), text, { id, settle: options.settle ?? true });
  }

  /** The outbox id behind a nonce: replies of a turn are `<message id>#<n>`, or `<message id>@<from>#<n>` when cut at a file. */
  private idOf(nonce: unknown): string {
    for (const s of this.sent) {
      for (let n = 0; n < 20; n++) {
        if (nonceOf(`${s.eventId}#${n}`) === nonce) return `${s.eventId}#${n}`;
        for (let from = 0; from < 4; from++) if (nonceOf(`${s.eventId}@${from}#${n}`) === nonce) return `${s.eventId}@${from}#${n}`;
      }
    }
    return `unknown#${String(nonce)}`;
  }

  shown(): Shown[] {
    return this.h.messagesIn(this.h.dm(this.member)).map((m) => ({ replyId: this.idOf((m as { nonce?: unknown }).nonce), text: String(m.content ?? '') }));
  }

  async where(): Promise<string> {
    return whereIs((await this.store.load(this.ref, 'fault-probe')).doc);
  }

  async profile(): Promise<Record<string, unknown>> {
    const { doc } = await this.store.load(this.ref, 'fault-probe');
    return (JSON.parse(doc ?? '{}') as { profile?: Record<string, unknown> }).profile ?? {};
  }

  async waiting(): Promise<string[]> {
    return waitingFor(this.admin, this.prefix, this.ref, this.channelId);
  }

  async observe(before: string): Promise<Observed> {
    const landed = new Set<string>();
    for (const s of this.sent) if (await this.store.handled(this.ref, s.eventId)) landed.add(s.eventId);
    return { sent: [...this.sent], shown: this.shown(), waiting: await this.waiting(), landed, before, after: await this.where() };
  }
}
