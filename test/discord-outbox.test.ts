import { afterAll, describe, expect, it } from 'vitest';
import { nonceOf } from '../adapters/discord/outbox.js';
import { RedisOutboxStore } from '../src/outbox/redis-outbox-store.js';
import { UNSEEN_NOTICE } from '../src/outbox/turn-guard.js';
import { member, useDiscordHarness } from './support/discord-gateway.js';
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
