import { Events, Routes } from 'discord.js';
import type { Client } from 'discord.js';
import type { Engine, TurnOutcome } from '../../src/engine/engine.js';
import type { InboundInput } from '../../src/engine/inbound.js';
import { chartImages } from '../../src/charts/chart-images.js';
import type { ChartRenderer } from '../../src/charts/chart-images.js';
import type { Reply } from '../../src/engine/reply.js';
import { inTurn } from '../../src/log.js';
import type { Logger } from '../../src/log.js';
import type { MessageCreateOptions } from 'discord.js';
import { MemoryOutboxStore } from '../../src/outbox/memory-outbox-store.js';
import type { OutboxStore } from '../../src/outbox/outbox-store.js';
import type { RetryPolicy } from '../../src/outbox/retry-policy.js';
import { sessionQueue } from '../../src/outbox/entry.js';
import type { Where } from '../../src/outbox/entry.js';
import { DirectReplies, UNSEEN_NOTICE, answerQueue, directReply, landedIn } from '../../src/outbox/turn-guard.js';
import type { DiscordConfig } from './discord-config.js';
import { DiscordOutbox, restBody } from './outbox.js';
import type { DiscordRoute } from './outbox.js';
import { DM_TENANT, PLATFORM } from './to-inbound.js';
import { FormMemory } from './forms.js';
import { onInteraction } from './interactions.js';
import { onMessage } from './messages.js';
import type { Party } from './party.js';
import { renderReplies } from './render-message.js';
import type { DiscordPayload } from './render-message.js';
import { ThreadDirectory } from './threads.js';

const SORRY: Reply = { kind: 'text', text: 'Something went wrong on my side. Please try that again in a moment.' };

/** The ids of recent events, so that a redelivery in this process is dropped before it is acknowledged twice. */
class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly max: number) {}

  /** True the first time an id is seen. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
}

/** A turn as Discord messages. */
export interface Turned {
  payloads: DiscordPayload[];
  /**
   * Whether the turn changed the session. In a peer thread, a click that changed nothing was
   * refused (the step is another member's, or the answer did not fit) or could not run: the
   * clicked question stays open, and only the clicker is told.
   */
  changed: boolean;
}

export interface CoachOptions {
  client: Client;
  engine: Pick<Engine, 'respond'>;
  logger: Logger;
  config: Pick<DiscordConfig, 'threads'>;
  /** Where channel messages wait until Discord has them: Redis when the sessions are there, else this process's memory. */
  outboxStore?: OutboxStore;
  outboxPolicy?: RetryPolicy;
  /** Draws chart replies as images (src/charts), attached with their figures as description; text bars without it. */
  charts?: ChartRenderer;
  /**
   * The engine enqueues a channel turn's replies with its commit, in the session queue that any
   * process sends from (src/engine/redis-session-store.ts): `outboxStore` must then be the
   * engine's store's own (SessionStore.outbox).
   */
  stageReplies?: boolean;
}

/** What an interaction does around its turn (see DiscordCoach.answerTo). */
export interface AnswerHooks {
  /** Once the engine has answered, before anything is sent: a click marks the message it was on. */
  taken?: (changed: boolean) => Promise<void>;
  /** The replies of a turn that changed nothing, on an ephemeral route: said to the member alone. */
  ephemeral?: (payloads: DiscordPayload[]) => Promise<void>;
}

/** What a turn answered through the outbox said, and whether its replies went to the channel (else: ephemerally, or none). */
export interface Answered {
  replies: Reply[];
  changed: boolean;
  inChannel: boolean;
}

/** A channel the coach writes to: a DM, a coaching or peer thread. */
type Channel = { id: string; send(options: MessageCreateOptions): Promise<unknown> };

/**
 * The coach on one discord.js client: gateway events in, engine turns, messages out. Every
 * handler runs to completion on its own; `idle` waits for those under way (tests, shutdown).
 */
export class DiscordCoach {
  readonly forms = new FormMemory();
  readonly threads: ThreadDirectory;
  private readonly recent = new RecentIds(10_000);
  private readonly running = new Set<Promise<void>>();
  private readonly chains = new Map<string, Promise<void>>();
  /** Direct replies while the outbox's store cannot be reached: once per channel a minute. */
  private readonly direct = new DirectReplies();

  readonly outbox: DiscordOutbox;

  constructor(readonly options: CoachOptions) {
    const store = (options.engine as Partial<Pick<Engine, 'store'>>).store;
    this.threads = new ThreadDirectory(options.config.threads, options.logger);
    this.outbox = new DiscordOutbox({
      store: options.outboxStore ?? new MemoryOutboxStore(),
      rest: options.client.rest,
      logger: options.logger,
      ...(options.outboxPolicy ? { policy: options.outboxPolicy } : {}),
      ...(options.charts ? { charts: options.charts } : {}),
      ...(store ? { landed: landedIn(store) } : {}),
    });
  }

  /**
   * A typed message's turn answered in `channel`. With stageReplies, the engine enqueues the
   * replies with its commit and they are sent from there (a process killed in between leaves
   * them to another); otherwise as `turn` then `send`.
   */
  async answer(channel: Channel, inbound: () => InboundInput, party: Party, turn: { eventId: string; guildId: string | null }): Promise<void> {
    if (!this.options.stageReplies) {
      const { payloads } = await this.turn(inbound, party);
      await this.send(channel, payloads, turn);
      return;
    }
    await this.answerTo({ channelId: channel.id, owner: party.owner }, inbound, party, turn);
  }

  /**
   * One turn whose replies go to `route.channelId` through the party's session queue, where the
   * replies to their typed messages, clicks, forms and commands all wait in the order they were
   * taken. With stageReplies the engine enqueues them with its commit, so a process killed right
   * after it leaves them to another; otherwise they are enqueued here after it. On an ephemeral
   * route, a turn that changed nothing is said only through `hooks.ephemeral` (not kept: it can be
   * asked again), and its staged entry makes no channel message.
   */
  async answerTo(route: DiscordRoute, inbound: () => InboundInput, party: Party, turn: { eventId: string; guildId: string | null }, hooks: AnswerHooks = {}): Promise<Answered> {
    const staging = this.options.stageReplies === true;
    let kind = 'unread';
    let outcome: TurnOutcome;
    try {
      const event = inbound();
      kind = event.kind;
      // A typed answer while the reply before it never reached the person (its retries spent)
      // would answer a question they have not seen: the reply goes again, the answer is not applied.
      const held = staging ? answerQueue(event) : undefined;
      if (held && (await this.outbox.outbox.unseen(held))) {
        await this.outbox.holdForUnseen(held, turn.eventId, route);
        return { replies: [UNSEEN_NOTICE], changed: false, inChannel: true };
      }
      outcome = await this.options.engine.respond(event, staging ? { stage: { route } } : {});
    } catch (error) {
      this.logger.error('discord turn failed', { kind, error });
      outcome = { replies: [SORRY], changed: false };
    }
    const { replies, changed } = outcome;
    this.forms.remember(party.key, replies);
    if (replies.length === 0) return { replies, changed, inChannel: false };
    await hooks.taken?.(changed);
    const inChannel = !(route.ephemeral && !changed);
    if (!inChannel) await hooks.ephemeral?.(await this.render(replies, party));
    const message = { kind: 'turn' as const, route, replies, changed };
    try {
      // Staged: sent from the queue (an unchanged ephemeral turn's entry there makes no message).
      if (outcome.queue && outcome.staged) await this.outbox.deliver(outcome.queue, { eventId: turn.eventId, staged: true, message });
      else if (outcome.queue && inChannel) await this.outbox.deliver(outcome.queue, { eventId: turn.eventId, message });
      else if (inChannel) await this.outbox.post(this.queueOf(route, party, turn.guildId), route.channelId, `${turn.eventId}@0`, await this.render(replies, party));
    } catch (error) {
      // The outbox lives in the store. Staged replies wait there for a sweep; a turn that could not
      // be staged (the store is down) is answered directly, or the person would hear nothing.
      this.logger.error('discord outbox unreachable', { staged: outcome.staged === true, error });
      if (!outcome.staged && inChannel && this.direct.take(route.channelId)) await this.postDirect(route.channelId, renderReplies([directReply(replies)], party.owner));
    }
    return { replies, changed, inChannel };
  }

  /** The party's session queue, for replies going to `route.channelId`: a peer thread's own, or the member's. */
  private queueOf(route: DiscordRoute, party: Party, guildId: string | null): Where {
    const tenant = guildId ?? DM_TENANT;
    return party.shared ? sessionQueue({ platform: PLATFORM, tenant, user: route.channelId, shared: true }, route.channelId) : sessionQueue({ platform: PLATFORM, tenant, user: party.owner }, route.channelId);
  }

  /** Messages sent straight to a channel, queued nowhere: what is said when the outbox cannot be reached. */
  private async postDirect(channelId: string, payloads: readonly DiscordPayload[]): Promise<void> {
    for (const payload of payloads) {
      try {
        await this.client.rest.post(Routes.channelMessages(channelId), { body: restBody(payload) });
      } catch (error) {
        this.logger.warn('discord direct reply not sent', { error });
        return;
      }
    }
  }

  /** Replies as Discord messages, charts drawn as images when the coach draws them. */
  private async render(replies: Reply[], party: Party): Promise<DiscordPayload[]> {
    const { charts } = this.options;
    const images = charts ? await chartImages(replies, charts, (error) => this.logger.warn('discord chart not drawn, sent as text', { error })) : undefined;
    return renderReplies(replies, party.owner, images);
  }

  /**
   * A turn's messages to a channel, through its outbox (in order, retried, never created twice),
   * files and charts included. Only the channel's id is used: the outbox posts through REST.
   */
  async send(channel: Pick<Channel, 'id'>, payloads: readonly DiscordPayload[], turn: { eventId: string; guildId: string | null }): Promise<void> {
    if (payloads.length === 0) return;
    await this.outbox.post({ platform: PLATFORM, tenant: turn.guildId ?? DM_TENANT, conversation: channel.id }, channel.id, `${turn.eventId}@0`, payloads);
  }

  get client(): Client {
    return this.options.client;
  }

  get logger(): Logger {
    return this.options.logger;
  }

  /** The bot's own user id; events only arrive after READY, which sets it. */
  get botId(): string {
    return this.client.user?.id ?? '';
  }

  attach(): void {
    this.client.on(Events.InteractionCreate, (interaction) => this.track('interaction', interaction.id, () => onInteraction(this, interaction)));
    this.client.on(Events.MessageCreate, (message) => this.track('message', message.id, () => onMessage(this, message)));
  }

  private track(kind: string, id: string, run: () => Promise<void>): void {
    if (!this.recent.add(id)) {
      this.logger.debug('discord event delivered again, ignored', { kind, id });
      return;
    }
    // One turn per Discord event: every line it logs, here or in the engine, carries its id.
    const task: Promise<void> = inTurn(() => run().catch((error: unknown) => this.logger.error('discord event failed', { kind, id, error })))
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /**
   * Runs `work` once the previous work for the same party (a member, or a peer thread) has
   * finished, sends included, so that the replies to two quick messages arrive in the order they
   * were sent. Acknowledgements stay outside: they must not wait behind a slow turn.
   */
  inOrder(party: Party, work: () => Promise<void>): Promise<void> {
    const { key } = party;
    const run = (this.chains.get(key) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => {});
    this.chains.set(key, settled);
    void settled.then(() => {
      if (this.chains.get(key) === settled) this.chains.delete(key);
    });
    return run;
  }

  /** Resolves once every event handler under way has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /**
   * One engine turn rendered for Discord, its components the party's. A redelivered event id gives
   * no replies, so nothing is sent. An event that cannot be read, or a turn that fails, gets an
   * apology. Forms offered are remembered so that their modal can open at once when clicked.
   */
  async turn(inbound: () => InboundInput, party: Party): Promise<Turned> {
    let kind = 'unread';
    try {
      // Built in here so that an event that does not read as expected still gets an answer.
      const event = inbound();
      kind = event.kind;
      const { replies, changed } = await this.options.engine.respond(event);
      this.forms.remember(party.key, replies);
      return { payloads: await this.render(replies, party), changed };
    } catch (error) {
      this.logger.error('discord turn failed', { kind, error });
      return { payloads: renderReplies([SORRY], party.owner), changed: false };
    }
  }
}
