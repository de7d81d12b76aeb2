import type { ChartRenderer } from '../../src/charts/chart-images.js';
import nock from 'nock';
import type { OutboxStore } from '../../src/outbox/outbox-store.js';
import type { RetryPolicy } from '../../src/outbox/retry-policy.js';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ChannelType, ComponentType, InteractionType, Status } from 'discord.js';
import type { Client } from 'discord.js';
import { createDiscordClient } from '../../adapters/discord/discord-client.js';
import type { DiscordConfig } from '../../adapters/discord/discord-config.js';
import { DiscordCoach } from '../../adapters/discord/discord-coach.js';
import { loadCoachData } from '../../src/coach-data.js';
import type { CoachData } from '../../src/coach-data.js';
import { Engine } from '../../src/engine/engine.js';
import type { FlowRegistry } from '../../src/engine/flow-registry.js';
import { MemorySessionStore } from '../../src/engine/memory-session-store.js';
import type { SessionStore } from '../../src/engine/session-store.js';
import { silentLogger } from '../../src/log.js';
import type { Logger } from '../../src/log.js';
import { createFlowRegistry } from '../../flows/index.js';
import { API_ORIGIN, BOT, FakeDiscordRest, GUILD_OF, interactionToken, snowflake } from './discord-rest.js';

/**
 * The coach on a real discord.js client that never logs in: gateway dispatch packets (READY,
 * GUILD_CREATE, MESSAGE_CREATE, INTERACTION_CREATE) go through the client's own packet handlers,
 * exactly as they would after the socket decoded them, and every REST call reaches the fake
 * Discord API behind nock.
 */

export const APP_ID = '1290000000000000001';
export const TOKEN = 'MTI5MDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.fake-token-for-tests-only_0123456789';

export interface Member {
  id: string;
  username: string;
  /** The display name set for the whole of Discord. */
  globalName?: string;
  /** The nickname in the test's server. */
  nick?: string;
}

export const member = (username: string, names: Pick<Member, 'globalName' | 'nick'> = {}): Member => ({ id: snowflake(), username, ...names });

/** Where an event happens: a DM, a server channel, or a thread in one. */
export interface Where {
  channelId: string;
  guildId: string | null;
  type: ChannelType;
  parentId?: string;
}

let data: Promise<CoachData> | undefined;
const coachData = () => (data ??= loadCoachData());

const userObject = (user: Member) => ({ id: user.id, username: user.username, discriminator: '0', global_name: user.globalName ?? null, avatar: null });
const guildMember = (user: Member) => ({ user: userObject(user), roles: [], joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false, nick: user.nick ?? null, avatar: null, premium_since: null, communication_disabled_until: null, permissions: '2248473465835073' });

export interface HarnessOptions {
  /** Share one with another harness to play a second process on the same Redis. */
  store?: MemorySessionStore;
  /** The engine's store when it is not `store` (a Redis one, for the fault suite). */
  sessionStore?: SessionStore;
  config?: Partial<DiscordConfig>;
  logger?: Logger;
  rest?: FakeDiscordRest;
  /** The coach's flows; the real ones unless given. */
  flows?: (data: CoachData) => FlowRegistry;
  /** The same server and channel as another harness, for a second process. */
  guildId?: string;
  channelId?: string;
  /** The coach's outbox: its store (another harness's, for a second process) and retry policy. */
  outboxStore?: OutboxStore;
  outboxPolicy?: RetryPolicy;
  /** Charts as images (src/charts); text bars unless given. */
  charts?: ChartRenderer;
  /** As start-discord: the engine enqueues a channel turn's replies with its commit, in its store's own outbox. */
  stageReplies?: boolean;
}

export class DiscordHarness {
  readonly guildId: string;
  /** The study group's text channel. */
  readonly channelId: string;
  private readonly dms = new Map<string, string>();
  private seq = 0;

  private constructor(
    readonly client: Client,
    readonly coach: DiscordCoach,
    readonly rest: FakeDiscordRest,
    readonly store: MemorySessionStore,
    options: HarnessOptions,
  ) {
    this.guildId = options.guildId ?? snowflake();
    this.channelId = options.channelId ?? snowflake();
  }

  static async start(options: HarnessOptions = {}): Promise<DiscordHarness> {
    const config: DiscordConfig = { token: TOKEN, applicationId: APP_ID, apiUrl: `${API_ORIGIN}/api`, messageContent: true, threads: 'private', ...options.config };
    const store = options.store ?? new MemorySessionStore();
    const engine = new Engine({ store: options.sessionStore ?? store, flows: (options.flows ?? createFlowRegistry)(await coachData()), ttlMs: 90 * 86_400_000 });
    const client = createDiscordClient(config, options.logger ?? silentLogger);
    // What login() would do before connecting, without connecting.
    client.token = config.token;
    client.rest.setToken(config.token);
    const staged = options.stageReplies ? (options.sessionStore ?? store).outbox : undefined;
    const outboxStore = options.outboxStore ?? staged;
    const outbox = { ...(outboxStore ? { outboxStore } : {}), ...(options.outboxPolicy ? { outboxPolicy: options.outboxPolicy } : {}), ...(staged ? { stageReplies: true } : {}) };
    const coach = new DiscordCoach({ client, engine, logger: options.logger ?? silentLogger, config, ...outbox, ...(options.charts ? { charts: options.charts } : {}) });
    coach.attach();
    const rest = options.rest ?? new FakeDiscordRest(new URL(config.apiUrl).origin, `${new URL(config.apiUrl).pathname}/v10`);
    const harness = new DiscordHarness(client, coach, rest, store, options);
    harness.connect();
    return harness;
  }

  /** A dispatch packet, through the client's packet handlers (client/websocket/handlers). */
  dispatch(t: string, d: unknown): void {
    const ws = this.client.ws as unknown as { status: Status; handlePacket(packet: unknown, shard: unknown): boolean };
    ws.handlePacket({ op: 0, t, d, s: ++this.seq }, { id: 0, checkReady: () => {} });
  }

  private connect(): void {
    (this.client.ws as unknown as { status: Status }).status = Status.Ready;
    GUILD_OF.set(this.channelId, this.guildId);
    this.dispatch('READY', { v: 10, user: BOT, guilds: [{ id: this.guildId, unavailable: true }], session_id: 'session', resume_gateway_url: 'wss://gateway.discord.gg', shard: [0, 1], application: { id: APP_ID, flags: 0 } });
    this.dispatch('GUILD_CREATE', {
      id: this.guildId,
      name: 'Career Changers',
      owner_id: snowflake(),
      unavailable: false,
      member_count: 40,
      large: false,
      joined_at: '2025-01-01T00:00:00.000Z',
      features: [],
      roles: [{ id: this.guildId, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      members: [guildMember({ id: BOT.id, username: BOT.username })],
      channels: [{ id: this.channelId, type: ChannelType.GuildText, name: 'study-group', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, rate_limit_per_user: 0 }],
      threads: [],
      emojis: [],
      stickers: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
    });
  }

  /** Waits until every event handler of the coach has finished. */
  settle(): Promise<void> {
    return this.coach.idle();
  }

  dm(user: Member): Where {
    let id = this.dms.get(user.id);
    if (!id) this.dms.set(user.id, (id = snowflake()));
    return { channelId: id, guildId: null, type: ChannelType.DM };
  }

  channel(): Where {
    return { channelId: this.channelId, guildId: this.guildId, type: ChannelType.GuildText };
  }

  /** The member's coaching thread, once the coach opened it. */
  threadOf(user: Member): Where {
    return this.threadNamed(`Pivot Coach · ${user.username}`, ChannelType.PrivateThread);
  }

  /** The peer practice thread the member opened with /pivot peer. */
  peerThreadOf(user: Member): Where {
    return this.threadNamed(`Peer practice · ${user.username}`, ChannelType.PublicThread);
  }

  private threadNamed(name: string, type: ChannelType): Where {
    const thread = this.client.channels.cache.find((c) => c.isThread() && c.name === name);
    if (!thread) throw new Error(`No thread "${name}"`);
    return { channelId: thread.id, guildId: this.guildId, type, parentId: this.channelId };
  }

  /** A member types a message. */
  async say(user: Member, where: Where, content: string, options: { mentionBot?: boolean; id?: string; settle?: boolean } = {}): Promise<string> {
    const id = options.id ?? snowflake();
    const mentions = options.mentionBot ? [BOT] : [];
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: where.channelId,
      ...(where.guildId ? { guild_id: where.guildId, member: guildMember(user) } : {}),
      channel_type: where.type,
      author: userObject(user),
      content: options.mentionBot ? `<@${BOT.id}> ${content}` : content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    if (options.settle !== false) await this.settle();
    return id;
  }

  private interactionBase(user: Member, where: Where, id: string) {
    const token = interactionToken(where.channelId);
    const channel = where.guildId
      ? { id: where.channelId, type: where.type, guild_id: where.guildId, name: this.nameOf(where), parent_id: where.parentId ?? null, permissions: '2248473465835073' }
      : { id: where.channelId, type: ChannelType.DM, recipients: [userObject(user)] };
    return {
      id,
      application_id: APP_ID,
      token,
      version: 1,
      channel_id: where.channelId,
      channel,
      locale: 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      ...(where.guildId
        ? { guild_id: where.guildId, guild: { id: where.guildId, locale: 'en-US', features: [] }, guild_locale: 'en-US', member: guildMember(user), context: 0, authorizing_integration_owners: { 0: where.guildId } }
        : { user: userObject(user), context: 1, authorizing_integration_owners: { 0: APP_ID } }),
    };
  }

  /** A partial channel in an interaction carries the channel's real name, as Discord sends it. */
  private nameOf(where: Where): string {
    const channel = this.client.channels.cache.get(where.channelId);
    return channel && 'name' in channel && channel.name ? channel.name : 'study-group';
  }

  /** `/pivot <sub>`; returns the raw payload, to deliver it again. */
  async slash(user: Member, where: Where, sub: string, options: { topic?: string; settle?: boolean } = {}): Promise<Record<string, unknown>> {
    const payload = {
      ...this.interactionBase(user, where, snowflake()),
      type: InteractionType.ApplicationCommand,
      data: { id: snowflake(), name: 'pivot', type: 1, options: [{ type: 1, name: sub, ...(options.topic ? { options: [{ type: 3, name: 'topic', value: options.topic }] } : {}) }] },
    };
    this.rest.linkOriginal(payload.token, snowflake());
    await this.deliver(payload, options.settle);
    return payload;
  }

  /** An INTERACTION_CREATE; unless told otherwise, waits until the coach is done with it. */
  async deliver(payload: Record<string, unknown>, settle = true): Promise<void> {
    this.dispatch('INTERACTION_CREATE', payload);
    if (settle) await this.settle();
  }

  /** The stored message with a component whose label (or option label) is `label`. */
  private find(messageId: string, label: string) {
    const message = this.rest.messages.get(messageId);
    if (!message) throw new Error(`No message ${messageId}`);
    for (const row of message.components as { components: Record<string, unknown>[] }[]) {
      for (const component of row.components) {
        if (component.label === label) return { message, component, value: undefined };
        const option = (component.options as { label: string; value: string }[] | undefined)?.find((o) => o.label === label);
        if (option) return { message, component, value: option.value };
      }
    }
    throw new Error(`No component "${label}" on message ${messageId}: ${JSON.stringify(message.components)}`);
  }

  /** A click on a button, or a pick in a select, of a message the bot sent. */
  async click(user: Member, where: Where, messageId: string, label: string, id = snowflake()): Promise<Record<string, unknown>> {
    const { message, component, value } = this.find(messageId, label);
    const data = value === undefined ? { custom_id: component.custom_id, component_type: ComponentType.Button } : { custom_id: component.custom_id, component_type: ComponentType.StringSelect, values: [value] };
    return this.interact(user, where, message, data, id);
  }

  /** Values picked in the (first) select of a message the bot sent: several at once, none, or any string. */
  async tick(user: Member, where: Where, messageId: string, values: string[]): Promise<Record<string, unknown>> {
    const message = this.rest.messages.get(messageId);
    const select = (message?.components as { components: Record<string, unknown>[] }[] | undefined)?.flatMap((row) => row.components).find((c) => c.type === ComponentType.StringSelect);
    if (!message || !select) throw new Error(`No select on message ${messageId}`);
    return this.interact(user, where, message, { custom_id: select.custom_id, component_type: ComponentType.StringSelect, values });
  }

  private async interact(user: Member, where: Where, message: object & { id: string }, data: Record<string, unknown>, id = snowflake()): Promise<Record<string, unknown>> {
    const payload = { ...this.interactionBase(user, where, id), type: InteractionType.MessageComponent, message, data };
    this.rest.linkOriginal(payload.token, message.id);
    await this.deliver(payload);
    return payload;
  }

  /** Submits the modal that the bot showed, with a value per input custom_id, as Label components. */
  async submit(user: Member, where: Where, messageId: string, modal: { custom_id: string }, values: Record<string, string>): Promise<Record<string, unknown>> {
    const message = this.rest.messages.get(messageId);
    const payload = {
      ...this.interactionBase(user, where, snowflake()),
      type: InteractionType.ModalSubmit,
      message,
      data: {
        custom_id: modal.custom_id,
        components: Object.entries(values).map(([customId, value], i) => ({ type: ComponentType.Label, id: i * 2 + 1, component: { type: ComponentType.TextInput, id: i * 2 + 2, custom_id: customId, value } })),
      },
    };
    this.rest.linkOriginal(payload.token, messageId);
    await this.deliver(payload);
    return payload;
  }

  /** What reached the screen since the last `rest.clear()`: message text and card fields, in order. */
  shown(): string {
    return this.rest.requests
      .flatMap((r) => {
        const body = r.body as { content?: string; embeds?: { title?: string; fields?: { name: string; value: string }[] }[]; type?: number; data?: { content?: string } } | undefined;
        if (!body) return [];
        if (r.path.endsWith('/callback')) return body.type === 4 ? [body.data?.content ?? ''] : [];
        return [body.content ?? '', ...(body.embeds ?? []).flatMap((e) => [e.title ?? '', ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`)])];
      })
      .filter(Boolean)
      .join('\n');
  }

  /** Messages the bot put in a channel, in order (created, followed up, or edited in place). */
  messagesIn(where: Where) {
    return [...this.rest.messages.values()].filter((m) => m.channel_id === where.channelId);
  }

  /** The last message in the channel with something to click (answered ones only keep a disabled marker). */
  lastWithComponents(where: Where) {
    const live = (components: unknown) => (components as { components: { disabled?: boolean }[] }[]).some((row) => row.components.some((c) => !c.disabled));
    const found = this.messagesIn(where)
      .filter((m) => live(m.components))
      .at(-1);
    if (!found) throw new Error('No message with components');
    return found;
  }

  async close(): Promise<void> {
    await this.settle();
    await this.client.destroy();
    this.rest.close();
  }
}

/**
 * For a test file: no real network while it runs, and a harness that `start` opens and that is
 * closed after each test.
 */
export function useDiscordHarness(): (...args: Parameters<typeof DiscordHarness.start>) => Promise<DiscordHarness> {
  let harness: DiscordHarness | undefined;
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });
  return async (...args) => {
    harness = await DiscordHarness.start(...args);
    return harness;
  };
}
