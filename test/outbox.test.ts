import { webApi } from '@slack/bolt';
import { afterAll, describe, expect, it } from 'vitest';
import { slackSender } from '../adapters/slack/outbox.js';
import { Engine } from '../src/engine/engine.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import type { Reply } from '../src/engine/reply.js';
import { StoreUnavailableError } from '../src/engine/session-store.js';
import type { SessionStore } from '../src/engine/session-store.js';
import { createLogger } from '../src/log.js';
import { sessionQueue } from '../src/outbox/entry.js';
import type { OutboxEntry, TurnMessage, Where } from '../src/outbox/entry.js';
import { MemoryOutboxStore } from '../src/outbox/memory-outbox-store.js';
import { Outbox } from '../src/outbox/outbox.js';
import type { SendResult, Sender } from '../src/outbox/outbox.js';
import type { OutboxStore } from '../src/outbox/outbox-store.js';
import { RedisOutboxStore } from '../src/outbox/redis-outbox-store.js';
import { retryDelayMs } from '../src/outbox/retry-policy.js';
import { outboxKeys } from '../src/outbox/keys.js';
import { RedisScope, journalRegistry } from './support/redis-fixtures.js';

/**
 * The outbox on its own, with a scripted platform: what the person receives, in what order, how
 * often, and what stays waiting. Run on the memory store and on a real Redis.
 */

const FAST = { maxAttempts: 4, baseMs: 1, maxMs: 5 };
let conversations = 0;
const newWhere = (): Where => ({ platform: 'test', tenant: 'T1', conversation: `C${++conversations}` });

/** A platform that delivers what it is sent, unless told otherwise for the next attempts. */
class FakePlatform implements Sender {
  readonly delivered_: string[] = [];
  readonly attempts: string[] = [];
  script: ((entry: OutboxEntry) => SendResult | 'deliver-then-timeout' | undefined)[] = [];

  async send(entry: OutboxEntry): Promise<SendResult> {
    this.attempts.push(entry.id);
    const scripted = this.script.shift()?.(entry);
    if (scripted === 'deliver-then-timeout') {
      this.delivered_.push(entry.id);
      return { kind: 'uncertain', reason: 'client timeout' };
    }
    if (scripted) return scripted;
    this.delivered_.push(entry.id);
    return { kind: 'sent' };
  }

  async delivered(entry: OutboxEntry): Promise<boolean> {
    return this.delivered_.includes(entry.id);
  }
}

const replies = (...ids: string[]) => ids.map((id) => ({ id, message: { text: id } }));

const scope = new RedisScope();
afterAll(() => scope.close());

const stores: [string, () => OutboxStore][] = [
  ['memory', () => new MemoryOutboxStore()],
  ['redis', () => new RedisOutboxStore(scope.admin, scope.prefix)],
];

describe.each(stores)('the outbox (%s store)', (_name, makeStore) => {
  it('sends a turn’s replies in order, once each', async () => {
    const store = makeStore();
    const outbox = new Outbox({ store, policy: FAST });
    const platform = new FakePlatform();
    const where = newWhere();
    expect(await outbox.post(where, replies('ev1#0', 'ev1#1'), platform)).toEqual({ sent: 2, waiting: 0, busy: false });
    await outbox.post(where, replies('ev2#0'), platform);
    expect(platform.delivered_).toEqual(['ev1#0', 'ev1#1', 'ev2#0']);
  });

  it('adds nothing for a turn enqueued again while its replies wait, and leaves the sending to the lease holder', async () => {
    const store = makeStore();
    const where = newWhere();
    expect(await store.lease(where, 'another process', 60_000)).toBe(true);
    const outbox = new Outbox({ store, policy: FAST });
    const platform = new FakePlatform();
    expect(await outbox.post(where, replies('ev1#0', 'ev1#1'), platform)).toEqual({ sent: 0, waiting: 2, busy: true });
    expect(await outbox.post(where, replies('ev1#0', 'ev1#1'), platform)).toEqual({ sent: 0, waiting: 2, busy: true });
    expect(platform.attempts).toEqual([]);
    await store.release(where, 'another process');
    await outbox.drain(where, platform);
    expect(platform.delivered_).toEqual(['ev1#0', 'ev1#1']);
  });

  it('leaves no key behind once everything is delivered', async () => {
    const store = makeStore();
    const where = newWhere();
    await new Outbox({ store, policy: FAST }).post(where, replies('a'), new FakePlatform());
    expect(await store.pending()).not.toContainEqual(where);
    if (store instanceof RedisOutboxStore) expect((await scope.keys()).filter((key) => key.includes(`:${where.conversation}}`))).toEqual([]);
  });

  it('waits out a 429 for its Retry-After and lets nothing overtake the reply held up', async () => {
    const store = makeStore();
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
      await new Promise((r) => setTimeout(r, 1));
    };
    const outbox = new Outbox({ store, policy: FAST, sleep });
    const platform = new FakePlatform();
    platform.script = [() => ({ kind: 'retry', reason: '429', retryAfterMs: 40 })];
    const where = newWhere();
    await outbox.post(where, replies('a', 'b', 'c'), platform);
    expect(platform.attempts).toEqual(['a', 'a', 'b', 'c']);
    expect(platform.delivered_).toEqual(['a', 'b', 'c']);
    expect(slept.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(30);
  });

  it('after a timeout, looks for the reply before sending it again, and sends it once', async () => {
    const outbox = new Outbox({ store: makeStore(), policy: FAST, uncertainWaitMs: 1 });
    const platform = new FakePlatform();
    platform.script = [() => 'deliver-then-timeout'];
    const where = newWhere();
    await outbox.post(where, replies('a', 'b'), platform);
    expect(platform.attempts).toEqual(['a', 'b']);
    expect(platform.delivered_).toEqual(['a', 'b']);
  });

  it('keeps a reply whose retries are spent, and sends it first when the person writes again', async () => {
    const store = makeStore();
    const outbox = new Outbox({ store, policy: FAST });
    const platform = new FakePlatform();
    platform.script = Array.from({ length: FAST.maxAttempts }, () => () => ({ kind: 'retry' as const, reason: '500' }));
    const where = newWhere();
    expect(await outbox.post(where, replies('question'), platform)).toEqual({ sent: 0, waiting: 1, busy: false });
    expect(platform.delivered_).toEqual([]);
    expect((await store.head(where))?.attempts).toBe(FAST.maxAttempts);
    // Another process's sweep does not spend a budget the person has not renewed.
    await outbox.recover(() => platform);
    expect(platform.attempts).toHaveLength(FAST.maxAttempts);
    await outbox.post(where, replies('next answer'), platform);
    expect(platform.delivered_).toEqual(['question', 'next answer']);
  });

  it('gives a kept reply a new budget when the person writes again, but never sends it before the platform’s Retry-After', async () => {
    const store = makeStore();
    const outbox = new Outbox({ store, policy: FAST });
    const platform = new FakePlatform();
    const sentAt = new Map<string, number>();
    const send = platform.send.bind(platform);
    platform.send = async (entry) => {
      const result = await send(entry);
      if (result.kind === 'sent') sentAt.set(entry.id, Date.now());
      return result;
    };
    // Refused until its budget is spent, the last time with "retry after 300 ms".
    platform.script = Array.from({ length: FAST.maxAttempts }, (_, i) => () => ({ kind: 'retry' as const, reason: '429', retryAfterMs: i === FAST.maxAttempts - 1 ? 300 : 1 }));
    const where = newWhere();
    await outbox.post(where, replies('question'), platform);
    const refusedAt = Date.now();
    await outbox.post(where, replies('next answer'), platform);
    expect(platform.delivered_).toEqual(['question', 'next answer']);
    expect((sentAt.get('question') ?? 0) - refusedAt).toBeGreaterThanOrEqual(250);
  });

  it('is picked up by another process when the one that enqueued stopped before sending', async () => {
    const store = makeStore();
    const where = newWhere();
    // The lease is long enough that a busy machine cannot let it lapse before the first check.
    const LEASE_MS = 600;
    const first = new Outbox({ store, policy: FAST, leaseMs: LEASE_MS, owner: 'first' });
    // The first process enqueues, takes the lease, and dies before the send.
    await store.append(where, replies('a', 'b').map((r) => ({ ...r, attempts: 0, budgetFrom: 0, notBefore: 0, createdAt: 0 })), 60_000);
    expect(await store.lease(where, first.owner, LEASE_MS)).toBe(true);
    const platform = new FakePlatform();
    const second = new Outbox({ store, policy: FAST, owner: 'second' });
    expect(await second.recover(() => platform)).toBe(0);
    await new Promise((r) => setTimeout(r, LEASE_MS + 50));
    expect(await second.recover(() => platform)).toBe(2);
    expect(platform.delivered_).toEqual(['a', 'b']);
  });

  it('keeps what a sender noted mid-send (an upload’s file id) and what the attempt came to, so a later attempt looks for it and shares nothing twice', async () => {
    const store = makeStore();
    const where = newWhere();
    // Slack's channel, as an upload sees it: a file is made first (its id noted), then shared; the share times out but lands.
    const shared: string[] = [];
    const seen: OutboxEntry[] = [];
    let files = 0;
    const uploads: Sender = {
      async send(entry, note) {
        seen.push(entry);
        const fileId = `F${++files}`;
        await note({ fileId });
        shared.push(fileId);
        return files === 1 ? { kind: 'uncertain', reason: 'client timeout' } : { kind: 'sent' };
      },
      async delivered(entry) {
        seen.push(entry);
        return entry.memo?.fileId !== undefined && shared.includes(entry.memo.fileId);
      },
    };
    const first = new Outbox({ store, policy: FAST, uncertainWaitMs: 1 });
    expect(await first.post(where, replies('ev1#0'), uploads)).toEqual({ sent: 1, waiting: 0, busy: false });
    expect(shared).toEqual(['F1']);
    // The attempt was under way, then uncertain; the look-up read the file id the attempt noted.
    expect(seen.map((e) => [e.tried, e.memo?.fileId])).toEqual([
      ['unknown', undefined],
      ['uncertain', 'F1'],
    ]);

    // A process that dies mid-share leaves the attempt "unknown" with its file id: the next one finds the file and shares nothing.
    const dying: Sender = { send: async (_entry, note) => (await note({ fileId: 'F9' }), new Promise<SendResult>(() => {})) };
    const other = newWhere();
    const crashed = new Outbox({ store, policy: FAST, leaseMs: 50 });
    void crashed.post(other, replies('ev2#0'), dying);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await store.head(other))?.memo).toEqual({ fileId: 'F9' });
    expect((await store.head(other))?.tried).toBe('unknown');
    shared.push('F9');
    const before = shared.length;
    expect((await new Outbox({ store, policy: FAST }).drain(other, uploads)).sent).toBe(1);
    expect(shared.length).toBe(before);
    expect(await store.size(other)).toBe(0);
  });

  it('drops a reply the platform refuses for good, says so, and sends the rest', async () => {
    const outbox = new Outbox({ store: makeStore(), policy: FAST });
    const platform = new FakePlatform();
    platform.script = [() => ({ kind: 'refused', reason: 'channel_not_found' })];
    const where = newWhere();
    await outbox.post(where, replies('a', 'b'), platform);
    expect(platform.delivered_).toEqual(['b']);
  });
});

/** A platform that expands a turn into one message per reply, named after its kind. */
class ExpandingPlatform extends FakePlatform {
  readonly shown: string[] = [];
  expand(turn: TurnMessage): unknown[] {
    return (turn.replies as Reply[]).map((reply) => ({ kind: reply.kind }));
  }
  override async send(entry: OutboxEntry): Promise<SendResult> {
    const result = await super.send(entry);
    if (result.kind === 'sent') this.shown.push(`${entry.id}:${(entry.message as { kind: string }).kind}`);
    return result;
  }
}

const sessionStores: [string, () => Promise<SessionStore & { outbox: OutboxStore }>][] = [
  ['memory', async () => new MemorySessionStore(scope.prefix)],
  ['redis', () => scope.openStore()],
];

describe.each(sessionStores)('replies staged with the commit (%s session store)', (_name, makeStore) => {
  const person = (user: string) => ({ platform: 'test', tenant: 'T1', user, conversation: `D-${user}` });

  it('enqueues a turn’s replies with its commit, once per event, and sends them in order as the platform draws them', async () => {
    const store = await makeStore();
    const engine = new Engine({ store, flows: journalRegistry(), ttlMs: 60_000 });
    const who = person(`U-staged-${++conversations}`);
    const stage = { stage: { route: { to: who.conversation } } };
    const first = await engine.respond({ kind: 'text', ...who, eventId: 's1', text: 'hi' }, stage);
    expect(first.staged).toBe(true);
    if (!first.queue) throw new Error('no queue');
    // A redelivery commits nothing, so it stages nothing.
    const again = await engine.respond({ kind: 'text', ...who, eventId: 's1', text: 'hi' }, stage);
    expect(again.replies).toEqual([]);
    expect(again.staged).toBeUndefined();
    await engine.respond({ kind: 'text', ...who, eventId: 's2', text: '10' }, stage);
    expect(await store.outbox.size(first.queue)).toBe(2);
    const platform = new ExpandingPlatform();
    await new Outbox({ store: store.outbox, policy: FAST }).drain(first.queue, platform);
    const kinds = first.replies.map((reply, n) => `s1#${n}:${reply.kind}`);
    expect(platform.shown.slice(0, kinds.length)).toEqual(kinds);
    expect(platform.shown.slice(kinds.length).every((s) => s.startsWith('s2#'))).toBe(true);
    expect(await store.outbox.size(first.queue)).toBe(0);
  });

  it('after forget, once its answer is delivered, leaves no key naming the person and no index entry for them', async () => {
    const store = await makeStore();
    const engine = new Engine({ store, flows: journalRegistry(), ttlMs: 60_000 });
    const who = person(`U-forget-${++conversations}`);
    const stage = { stage: { route: { to: who.conversation } } };
    const platform = new ExpandingPlatform();
    const outbox = new Outbox({ store: store.outbox, policy: FAST });
    for (const [eventId, text] of [['f1', 'hi'], ['f2', 'forget'], ['f3', 'yes']] as const) {
      const outcome = await engine.respond({ kind: 'text', ...who, eventId, text }, stage);
      if (outcome.queue) await outbox.drain(outcome.queue, platform);
    }
    expect(platform.shown.some((s) => s.startsWith('f3#'))).toBe(true);
    expect(await store.outbox.pending()).toEqual([]);
    if (store.kind === 'redis') {
      const keys = await scope.keys();
      expect(keys.filter((key) => key.includes(who.user))).toEqual([]);
      for (const index of keys.filter((key) => /:\{s[0-9a-z]+\}:outbox$/.test(key))) expect((await scope.admin.smembers(index)).join()).not.toContain(who.user);
    }
  });

  it('stages nothing without a route, or for a turn that did not commit', async () => {
    const store = await makeStore();
    const engine = new Engine({ store, flows: journalRegistry(), ttlMs: 60_000 });
    const who = person(`U-plain-${++conversations}`);
    const plain = await engine.respond({ kind: 'text', ...who, eventId: 'p1', text: 'hi' });
    expect(plain.queue).toBeUndefined();
    const queue = sessionQueue({ platform: who.platform, tenant: who.tenant, user: who.user }, who.conversation);
    expect(await store.outbox.size(queue)).toBe(0);
  });
});

describe('Slack ephemeral messages through the outbox (Slack keeps no copy to look for)', () => {
  const where: Where = { platform: 'slack', tenant: 'T1', conversation: 'C1' };
  const step = { kind: 'ephemeral', channel: 'C1', threadTs: '1.2', user: 'U2', text: 'That step is for Ana.', blocks: [] };
  const run = async (failures: unknown[]) => {
    const calls: unknown[] = [];
    const client = {
      chat: {
        postEphemeral: async (args: unknown) => {
          calls.push(args);
          const failure = failures.shift();
          if (failure) throw failure;
          return { ok: true };
        },
      },
    } as unknown as webApi.WebClient;
    const store = new MemoryOutboxStore();
    await new Outbox({ store, policy: FAST, uncertainWaitMs: 1 }).post(where, [{ id: 'ev1#0', message: step }], slackSender(client));
    return { calls: calls.length, waiting: await store.size(where) };
  };

  it('is sent at most once: after a timeout (it may have arrived) it is not sent again', async () => {
    expect(await run([new Error('socket hang up')])).toEqual({ calls: 1, waiting: 0 });
  });

  it('is tried again when Slack said it did not take it (a 500)', async () => {
    expect(await run([Object.assign(new Error('HTTP 500'), { code: webApi.ErrorCode.HTTPError, statusCode: 500 })])).toEqual({ calls: 2, waiting: 0 });
  });
});

describe('errors in the log carry their stack', () => {
  const capture = () => {
    const lines: Record<string, unknown>[] = [];
    return { lines, logger: createLogger('debug', (line) => lines.push(JSON.parse(line) as Record<string, unknown>)) };
  };

  it('a send that throws is logged with the error under err, its stack included', async () => {
    const { lines, logger } = capture();
    const outbox = new Outbox({ store: new MemoryOutboxStore(), policy: { ...FAST, maxAttempts: 1 }, logger, uncertainWaitMs: 1 });
    await outbox.post(newWhere(), replies('a'), { send: async () => Promise.reject(new Error('socket hang up')) });
    const line = lines.find((l) => String(l.msg).startsWith('outbox: reply not delivered'));
    expect(line?.err).toMatchObject({ message: 'socket hang up' });
    expect((line?.err as { stack?: string }).stack).toContain('outbox.test.ts');
  });

  it('a store outage in a turn is logged with the error under err, its stack included', async () => {
    const { lines, logger } = capture();
    const store = new MemorySessionStore(scope.prefix);
    store.load = () => Promise.reject(new StoreUnavailableError('Redis did not answer'));
    const engine = new Engine({ store, flows: journalRegistry(), ttlMs: 60_000, logger });
    await engine.handle({ kind: 'text', platform: 'test', tenant: 'T1', user: 'U-down', conversation: 'D1', eventId: 'd1', text: 'hi' });
    const line = lines.find((l) => l.msg === 'session store unavailable');
    expect(line?.err).toMatchObject({ type: 'StoreUnavailableError', message: 'Redis did not answer' });
    expect((line?.err as { stack?: string }).stack).toContain('outbox.test.ts');
  });
});

describe('the outbox keys', () => {
  it('share one hash tag per conversation, and two conversations never share keys', () => {
    const keys = outboxKeys('pivot', { platform: 'slack', tenant: 'E1:T1', conversation: 'C1:1700.1' });
    const tags = Object.values(keys).map((key) => /\{[^}]+\}/.exec(key)?.[0]);
    expect(new Set(tags).size).toBe(1);
    expect(outboxKeys('pivot', { platform: 'slack', tenant: 'a:b', conversation: 'c' }).queue).not.toBe(outboxKeys('pivot', { platform: 'slack', tenant: 'a', conversation: 'b:c' }).queue);
    expect(keys.queue).not.toMatch(/\{[^}]*[{][^}]*\}/);
  });
});

describe('retryDelayMs', () => {
  it("waits the platform's Retry-After, never less, else a doubling backoff with jitter under the cap", () => {
    const policy = { maxAttempts: 5, baseMs: 500, maxMs: 30_000 };
    expect(retryDelayMs(policy, 1, 3_000)).toBe(3_000);
    expect(retryDelayMs(policy, 1, undefined, () => 1)).toBe(500);
    expect(retryDelayMs(policy, 3, undefined, () => 1)).toBe(2_000);
    expect(retryDelayMs(policy, 3, undefined, () => 0)).toBe(1_000);
    expect(retryDelayMs(policy, 20, undefined, () => 1)).toBe(30_000);
  });
});
