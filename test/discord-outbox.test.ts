import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { ANSWERED_BELOW, threadPointer } from '../adapters/discord/interactions.js';
import { nonceOf } from '../adapters/discord/outbox.js';
import type { Commit, CommitResult, UserRef } from '../src/engine/session-store.js';
import { FORGOTTEN_REPLY } from '../src/engine/replies.js';
import { sessionQueue } from '../src/outbox/entry.js';
import type { OutboxEntry, Where } from '../src/outbox/entry.js';
import { outboxKeys } from '../src/outbox/keys.js';
import { RedisOutboxStore } from '../src/outbox/redis-outbox-store.js';
import { UNSEEN_NOTICE } from '../src/outbox/turn-guard.js';
import { DiscordHarness as Harness, member, useDiscordHarness } from './support/discord-gateway.js';
import type { DiscordHarness } from './support/discord-gateway.js';
import { RedisScope } from './support/redis-fixtures.js';

/**
 * Channel messages through the outbox, with discord.js's real gateway handlers and REST client
 * (its 429 queue and 5xx retries), Discord's REST faked with nock: what the member sees, in
 * what order, and how many times.
 */
const start = useDiscordHarness();
const MESSAGES = /^\/channels\/\d+\/messages$/;
/** The notice said after a kept reply goes again, first line. */
const UNSEEN = UNSEEN_NOTICE.kind === 'text' ? UNSEEN_NOTICE.text.split('\n')[0] : '';

type Body = { content?: string; nonce?: string; enforce_nonce?: boolean };
const bodies = (h: DiscordHarness) => h.rest.requests.map((r) => r.body as Body | undefined);
/** The first line of each message Discord created, in order (the grey step line left out). */
const firstLines = (h: DiscordHarness) => [...h.rest.messages.values()].map((m) => String(m.content ?? '').split('\n').find((line) => line && !line.startsWith('-#')));

describe('replies through the outbox on Discord', () => {
  it('carry a nonce Discord enforces, the same on every attempt, so a resend never makes a second message', async () => {
    const h = await start();
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello', { id: '1300000000000000001' });
    const body = h.rest.requests.find((r) => MESSAGES.test(r.path))?.body as Body;
    expect(body.enforce_nonce).toBe(true);
    expect(body.nonce).toBe(nonceOf('1300000000000000001@0#0'));
    expect(body.nonce?.length).toBeLessThanOrEqual(25);
  });

  it('a 429 with Retry-After on one reply holds the next turn’s reply behind it', async () => {
    const h = await start();
    const ann = member('ann.lee');
    h.rest.queue('POST', MESSAGES, { status: 429, body: { message: 'You are being rate limited.', retry_after: 1, global: false }, headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' } });
    await h.say(ann, h.dm(ann), 'hello', { settle: false });
    await h.say(ann, h.dm(ann), 'Ann', { settle: false });
    await h.settle();
    expect(firstLines(h)).toEqual([expect.stringContaining('What should I call you?'), expect.stringContaining('Good to meet you, Ann')]);
    const posts = h.rest.requests.filter((r) => MESSAGES.test(r.path));
    expect(posts).toHaveLength(3);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('a reply refused with 500 on every try stays in the outbox and goes first with the next message', async () => {
    const h = await start({ outboxPolicy: { maxAttempts: 2, baseMs: 1, maxMs: 5 } });
    const ann = member('ann.lee');
    // discord.js tries each request four times (three retries on 5xx); the outbox twice.
    for (let i = 0; i < 8; i++) h.rest.queue('POST', MESSAGES, { status: 500, body: { message: 'Internal Server Error', code: 0 } });
    await h.say(ann, h.dm(ann), 'hello');
    expect(h.rest.messages.size).toBe(0);
    expect(h.rest.requests.filter((r) => MESSAGES.test(r.path))).toHaveLength(8);
    expect(JSON.parse(h.store.peek({ platform: 'discord', tenant: 'dm', user: ann.id }) ?? '{}').flow?.step).toBe('name');
    await h.say(ann, h.dm(ann), 'Ann');
    expect(firstLines(h)).toEqual([expect.stringContaining('What should I call you?'), expect.stringContaining('Good to meet you, Ann')]);
    expect(h.rest.messages.size).toBe(2);
  }, 30_000);
});

describe('replies staged with the commit on Discord (as start-discord runs)', () => {
  it('sends a typed turn’s replies from the session queue, in order, with nonces from the turn’s ids, and leaves nothing waiting', async () => {
    const h = await start({ stageReplies: true });
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello', { id: '1300000000000000011' });
    await h.say(ann, h.dm(ann), 'Ann', { id: '1300000000000000012' });
    expect(firstLines(h)).toEqual([expect.stringContaining('What should I call you?'), expect.stringContaining('Good to meet you, Ann')]);
    const nonces = h.rest.requests.filter((r) => MESSAGES.test(r.path)).map((r) => (r.body as Body).nonce);
    expect(nonces[0]).toBe(nonceOf('1300000000000000011#0'));
    expect(nonces).toContain(nonceOf('1300000000000000012#0'));
    expect(await h.store.outbox.pending()).toEqual([]);
  });

  it('keeps a turn’s replies in the session queue when every send fails; a typed message before they arrive is not applied: they go again, then one notice; a command still runs', async () => {
    const h = await start({ stageReplies: true, outboxPolicy: { maxAttempts: 2, baseMs: 1, maxMs: 5 } });
    const ann = member('ann.lee');
    const user = { platform: 'discord', tenant: 'dm', user: ann.id };
    for (let i = 0; i < 8; i++) h.rest.queue('POST', MESSAGES, { status: 500, body: { message: 'Internal Server Error', code: 0 } });
    await h.say(ann, h.dm(ann), 'hello');
    expect(h.rest.messages.size).toBe(0);
    const [waiting] = await h.store.outbox.pending();
    expect(waiting).toMatchObject({ platform: 'discord', owner: ann.id });
    // "Ann" answers a question Ann never saw: the question goes again, then the notice; nothing is applied.
    await h.say(ann, h.dm(ann), 'Ann');
    expect(firstLines(h)).toEqual([expect.stringContaining('What should I call you?'), UNSEEN]);
    const session = JSON.parse(h.store.peek(user) ?? '{}');
    expect(session.flow?.step).toBe('name');
    expect(session.profile?.name).toBeUndefined();
    expect(await h.store.outbox.pending()).toEqual([]);
    // Seen now: the same answer counts.
    await h.say(ann, h.dm(ann), 'Ann');
    expect(firstLines(h).at(-1)).toContain('Good to meet you, Ann');
    expect(firstLines(h).filter((line) => line === UNSEEN)).toHaveLength(1);
  }, 30_000);

  it('a command while a reply has spent its retries still runs: the kept reply goes first, then the command’s, and no notice', async () => {
    const h = await start({ stageReplies: true, outboxPolicy: { maxAttempts: 2, baseMs: 1, maxMs: 5 } });
    const ann = member('ann.lee');
    for (let i = 0; i < 8; i++) h.rest.queue('POST', MESSAGES, { status: 500, body: { message: 'Internal Server Error', code: 0 } });
    await h.say(ann, h.dm(ann), 'hello');
    expect(h.rest.messages.size).toBe(0);
    await h.say(ann, h.dm(ann), 'help');
    const lines = firstLines(h);
    expect(lines[0]).toContain('What should I call you?');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines).not.toContain(UNSEEN);
    expect(JSON.parse(h.store.peek({ platform: 'discord', tenant: 'dm', user: ann.id }) ?? '{}').flow?.step).toBe('name');
  }, 30_000);
});

describe('the Discord outbox in Redis', () => {
  const scope = new RedisScope();
  afterAll(() => scope.close());

  it('is shared by processes: a reply one left waiting is sent when another picks it up', async () => {
    const store = new RedisOutboxStore(scope.admin, scope.prefix);
    const h = await start({ outboxStore: store, outboxPolicy: { maxAttempts: 1, baseMs: 1, maxMs: 5 } });
    const ann = member('ann.lee');
    for (let i = 0; i < 4; i++) h.rest.queue('POST', MESSAGES, { status: 502, body: { message: 'Bad Gateway', code: 0 } });
    await h.say(ann, h.dm(ann), 'hello');
    expect(h.rest.messages.size).toBe(0);
    expect(await store.size({ platform: 'discord', tenant: 'dm', conversation: h.dm(ann).channelId })).toBe(1);
    // Another process on the same Redis, with retries left in its budget, sweeps the outbox.
    const other = await start({ outboxStore: new RedisOutboxStore(scope.admin, scope.prefix), store: h.store, rest: h.rest });
    expect(await other.coach.outbox.recover()).toBe(1);
    expect(firstLines(h)).toEqual([expect.stringContaining('What should I call you?')]);
    expect(await store.size({ platform: 'discord', tenant: 'dm', conversation: h.dm(ann).channelId })).toBe(0);
  });
});

/** Message creates whose nonce comes from one of a turn's outbox ids (`<event id>#<n>`). */
const createsOf = (h: DiscordHarness, eventId: string) => {
  const nonces = new Set(Array.from({ length: 20 }, (_, n) => nonceOf(`${eventId}#${n}`)));
  return h.rest.requests.filter((r) => MESSAGES.test(r.path) && nonces.has(String((r.body as Body | undefined)?.nonce)));
};
const contentOf = (h: DiscordHarness, eventId: string) => createsOf(h, eventId).map((r) => String((r.body as Body).content ?? '')).join('\n');

/**
 * A store's commits, seen from right after each one and before anything else of the turn runs:
 * what the person's session queue then holds, and how often anyone else enqueued into it.
 */
function watchCommits(store: { commit(user: UserRef, commit: Commit): Promise<CommitResult>; outbox: { append(where: Where, entries: readonly OutboxEntry[], ttlMs: number): Promise<number>; head(where: Where): Promise<OutboxEntry | undefined> } }) {
  const seen: { eventId: string; owner: string; head: OutboxEntry | undefined }[] = [];
  const appended: string[] = [];
  const commit = store.commit.bind(store);
  store.commit = async (user, c) => {
    const result = await commit(user, c);
    if (result === 'ok') seen.push({ eventId: c.eventId, owner: user.user, head: await store.outbox.head(sessionQueue(user, '')) });
    return result;
  };
  const append = store.outbox.append.bind(store.outbox);
  store.outbox.append = async (where, entries, ttlMs) => {
    appended.push(...entries.map((e) => e.id));
    return append(where, entries, ttlMs);
  };
  return { seen, appended };
}

describe('answers to clicks, forms and commands on Discord, staged with the commit (as start-discord runs)', () => {
  const scope = new RedisScope();
  afterAll(() => scope.close());

  it('a process stopped right after a click’s commit loses nothing: the answer waits in the person’s queue, another process sends it once, and the first one, resuming, sends nothing again', async () => {
    const storeA = await scope.openStore();
    const h = await start({ sessionStore: storeA, stageReplies: true });
    const ann = member('ann.lee');
    const dm = h.dm(ann);
    await h.say(ann, dm, 'hello');
    await h.say(ann, dm, 'Ann');
    const menu = h.lastWithComponents(dm);
    // Process A stops for as long as the test wants right after Redis accepted the click's commit.
    const click = '1300000000000000099';
    let committed: () => void = () => {};
    const atCommit = new Promise<void>((resolve) => (committed = resolve));
    let resume: () => void = () => {};
    const held = new Promise<void>((resolve) => (resume = resolve));
    onTestFinished(() => resume());
    const commit = storeA.commit.bind(storeA);
    storeA.commit = async (user, c) => {
      const result = await commit(user, c);
      if (c.eventId === click) {
        committed();
        await held;
      }
      return result;
    };
    const clicking = h.click(ann, dm, menu.id, 'Find my skill gaps', click);
    await atCommit;
    const queue = outboxKeys(scope.prefix, sessionQueue({ platform: 'discord', tenant: 'dm', user: ann.id }, dm.channelId)).queue;
    expect(await scope.admin.lrange(queue, 0, -1)).toEqual([`${click}#turn`]);
    expect(createsOf(h, click)).toEqual([]);

    // Another process on the same Redis and the same Discord sweeps, as start-discord does every 15 s.
    const other = await Harness.start({ sessionStore: await scope.openStore(), stageReplies: true, rest: h.rest, guildId: h.guildId, channelId: h.channelId });
    try {
      expect(await other.coach.outbox.recover()).toBeGreaterThan(0);
    } finally {
      // Not close(): it would clean the REST fake both processes share.
      await other.settle();
      await other.client.destroy();
    }
    expect(contentOf(h, click)).toContain('What is your current (or most recent) job?');
    const sent = createsOf(h, click).length;
    expect(await scope.admin.exists(queue)).toBe(0);

    resume();
    await clicking;
    expect(createsOf(h, click)).toHaveLength(sent);
    expect(contentOf(h, click).match(/What is your current \(or most recent\) job\?/g)).toHaveLength(1);
  }, 30_000);

  it('a command used in the channel is answered in the member’s new thread from their own queue, enqueued by the commit alone; their typed answer there joins the same queue', async () => {
    const h = await start({ stageReplies: true });
    const watch = watchCommits(h.store);
    const ann = member('ann.lee');
    await h.slash(ann, h.channel(), 'start');
    const thread = h.threadOf(ann);
    const [first] = watch.seen;
    // Right after the commit, before the adapter ran again: the replies wait in Ann's own queue, routed to her thread.
    expect(first?.owner).toBe(ann.id);
    expect(first?.head?.id).toBe(`${first?.eventId}#turn`);
    expect(first?.head?.message).toMatchObject({ kind: 'turn', changed: true, route: { channelId: thread.channelId, owner: ann.id } });
    expect(watch.appended).toEqual([]);
    expect(contentOf(h, first?.eventId ?? '')).toContain('What should I call you?');
    expect(h.shown()).toContain(threadPointer(thread.channelId));
    await h.say(ann, thread, 'Ann');
    expect(watch.seen[1]?.owner).toBe(ann.id);
    expect(watch.seen[1]?.head?.id).toBe(`${watch.seen[1]?.eventId}#turn`);
    expect(watch.appended).toEqual([]);
    expect(await h.store.outbox.pending()).toEqual([]);
  });

  it('in a DM a command’s and a click’s answers are channel messages staged by their commits; the command’s own reply says they are below', async () => {
    const h = await start({ stageReplies: true });
    const watch = watchCommits(h.store);
    const ann = member('ann.lee');
    const dm = h.dm(ann);
    await h.slash(ann, dm, 'start');
    expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback', 'POST /channels/:id/messages', 'PATCH /webhooks/:id/:token/messages/@original']);
    expect(bodies(h).at(-1)?.content).toBe(ANSWERED_BELOW);
    await h.say(ann, dm, 'Ann');
    h.rest.clear();
    await h.click(ann, dm, h.lastWithComponents(dm).id, 'Find my skill gaps');
    const click = watch.seen.at(-1);
    expect(click?.head?.id).toBe(`${click?.eventId}#turn`);
    expect(contentOf(h, click?.eventId ?? '')).toContain('What is your current (or most recent) job?');
    expect(h.rest.requests.filter((r) => r.path.startsWith('/webhooks/') && r.method === 'POST')).toEqual([]);
    expect(watch.appended).toEqual([]);
    const command = watch.seen[0];
    expect(command?.head?.id).toBe(`${command?.eventId}#turn`);
  });
});

describe('ephemeral answers on Discord are for turns that changed nothing', () => {
  it('/pivot status in the channel is said to the member alone and leaves nothing in any queue or thread', async () => {
    const h = await start({ stageReplies: true });
    const ann = member('ann.lee');
    await h.slash(ann, h.channel(), 'start');
    await h.say(ann, h.threadOf(ann), 'Ann');
    const before = h.store.peek({ platform: 'discord', tenant: h.guildId, user: ann.id });
    h.rest.clear();
    await h.slash(ann, h.channel(), 'status');
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: 64 } });
    expect(h.rest.requests.filter((r) => MESSAGES.test(r.path))).toEqual([]);
    expect(h.shown()).toContain('Ann');
    expect(h.store.peek({ platform: 'discord', tenant: h.guildId, user: ann.id })).toBe(before);
    expect(await h.store.outbox.pending()).toEqual([]);
  });

  it('/pivot forget in the channel changes the session (it asks to confirm), so it asks in the member’s thread through the outbox and points there; the confirmation is answered there too', async () => {
    const h = await start({ stageReplies: true });
    const ann = member('ann.lee');
    await h.slash(ann, h.channel(), 'start');
    const thread = h.threadOf(ann);
    await h.say(ann, thread, 'Ann');
    h.rest.clear();
    await h.slash(ann, h.channel(), 'forget');
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: 64 } });
    const asked = h.rest.requests.filter((r) => r.path === `/channels/${thread.channelId}/messages`);
    expect(asked.map((r) => String((r.body as Body).content))).toEqual([expect.stringContaining('This deletes everything I know about you')]);
    expect(bodies(h).at(-1)?.content).toBe(threadPointer(thread.channelId));
    await h.click(ann, thread, h.lastWithComponents(thread).id, 'Yes, delete everything');
    expect(h.store.peek({ platform: 'discord', tenant: h.guildId, user: ann.id })).toBeNull();
    const forgotten = FORGOTTEN_REPLY.kind === 'text' ? FORGOTTEN_REPLY.text.split('.')[0] ?? '' : '';
    expect(h.rest.requests.filter((r) => r.path === `/channels/${thread.channelId}/messages`).map((r) => String((r.body as Body).content)).join('\n')).toContain(forgotten);
  });

  it('a click on an ephemeral answer that changes the session is answered in the member’s thread with a pointer; one that changes nothing stays ephemeral', async () => {
    const h = await start({ stageReplies: true });
    const ann = member('ann.lee');
    await h.slash(ann, h.channel(), 'start');
    const thread = h.threadOf(ann);
    await h.say(ann, thread, 'Ann');
    await h.slash(ann, h.channel(), 'help');
    // Discord marks an ephemeral message so (the fake keeps what the edit said).
    const help = [...h.rest.messages.values()].filter((m) => String(m.content ?? '').includes("I'm Pivot Coach.")).at(-1);
    expect(help?.components).toBeDefined();
    if (!help) return;
    help.flags = 64;
    const before = h.store.peek({ platform: 'discord', tenant: h.guildId, user: ann.id });
    h.rest.clear();
    await h.click(ann, h.channel(), help.id, 'Find my skill gaps');
    expect(h.store.peek({ platform: 'discord', tenant: h.guildId, user: ann.id })).not.toBe(before);
    expect(h.rest.requests.filter((r) => r.path === `/channels/${thread.channelId}/messages`).map((r) => String((r.body as Body).content)).join('\n')).toContain('What is your current (or most recent) job?');
    expect(h.rest.requests.filter((r) => r.path === `/channels/${h.channelId}/messages`)).toEqual([]);
    const pointer = h.rest.requests.find((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))?.body as Body & { flags?: number };
    expect(pointer).toMatchObject({ content: threadPointer(thread.channelId), flags: 64 });
    expect(await h.store.outbox.pending()).toEqual([]);
  });
});
