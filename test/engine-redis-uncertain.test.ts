import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALREADY_SAVED_REPLY, Engine, STORE_DOWN_REPLY, UNCERTAIN_REPLY } from '../src/engine/engine.js';
import type { InboundInput } from '../src/engine/inbound.js';
import { RedisSessionStore } from '../src/engine/redis-session-store.js';
import type { Reply } from '../src/engine/reply.js';
import { parseSession } from '../src/engine/session.js';
import { REPEAT_WINDOW_MS } from '../src/engine/uncertain-turns.js';
import type { UserRef } from '../src/engine/session-store.js';
import { journalFlow, journalRegistry, noteStep, testUser } from './support/redis-fixtures.js';
import { RedisServerProcess } from './support/redis-server.js';

/**
 * A write that is slow to land (CLIENT PAUSE WRITE, as in a failover or a frozen primary), on a
 * redis-server this file starts: the turn must never say "nothing changed" for a write that
 * may still land, and the same answer sent again right after must count once.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: RedisServerProcess;
let store: RedisSessionStore;
let admin: Redis;
let engine: Engine;

let events = 0;
const say = (user: UserRef, text: string): InboundInput => ({ kind: 'text', ...user, conversation: 'C1', eventId: `unc-${++events}`, text });

function askedStep(replies: Reply[]): string {
  const progress = replies.find((reply) => reply.kind === 'progress');
  if (progress?.kind !== 'progress') throw new Error(`No progress reply in ${JSON.stringify(replies)}`);
  return journalFlow.steps[progress.step - 1]?.id ?? 'past the end';
}

async function answers(user: UserRef): Promise<unknown> {
  const { doc } = await store.load(user, 'probe');
  return parseSession(doc ?? 'null').flow?.answers;
}

async function timed(event: InboundInput): Promise<{ replies: Reply[]; ms: number }> {
  const started = Date.now();
  const replies = await engine.handle(event);
  return { replies, ms: Date.now() - started };
}

/** Pauses every client's writes on this file's server; reads go on being answered. */
async function pauseWrites(ms: number): Promise<void> {
  expect(await admin.call('CLIENT', 'PAUSE', String(ms), 'WRITE')).toBe('OK');
}

describe.skipIf(Boolean(inject('testRedisUrl')))('Engine on Redis: a write that lands late', () => {
  beforeAll(async () => {
    server = await RedisServerProcess.start();
    store = await RedisSessionStore.connect(server.url, 'unc');
    admin = new Redis(server.url);
    engine = new Engine({ store, flows: journalRegistry(), ttlMs: 86_400_000 });
  });

  afterAll(async () => {
    admin?.disconnect();
    await store?.close();
    await server?.dispose();
  });

  it('reads the outcome back when writes are paused for 2 s: the write landed, so the user gets the reply for the new state', async () => {
    const user = testUser();
    expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
    await pauseWrites(2_000);
    const { replies, ms } = await timed(say(user, '10'));
    // Past the 1.5 s call deadline, found on reading back once the pause ended.
    expect(ms).toBeGreaterThan(1_500);
    expect(ms).toBeLessThan(3_000);
    expect(replies).not.toContainEqual(STORE_DOWN_REPLY);
    expect(askedStep(replies)).toBe(noteStep(1));
    expect(await answers(user)).toEqual({ hours: 10 });
  });

  it('says plainly that an answer may have been saved when the write is still paused, and counts the same answer sent again once', async () => {
    const user = testUser();
    expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
    await pauseWrites(4_000);
    const { replies, ms } = await timed(say(user, '12'));
    expect(replies).toEqual([UNCERTAIN_REPLY]);
    expect(ms).toBeLessThan(3_000);
    // The write lands when the pause ends: the user's "12" was saved after all.
    await sleep(4_000 - ms + 300);
    expect(await answers(user)).toEqual({ hours: 12 });

    // Repeating the answer, as a user would: it is not taken as the answer to the next question.
    const again = await engine.handle(say(user, ' 12 '));
    expect(again[0]).toEqual(ALREADY_SAVED_REPLY);
    expect(askedStep(again)).toBe(noteStep(1));
    expect(await answers(user)).toEqual({ hours: 12 });
    // The next answer goes where it belongs.
    expect(askedStep(await engine.handle(say(user, '12')))).toBe(noteStep(2));
    expect(await answers(user)).toEqual({ hours: 12, n1: '12' });
  });

  it('applies the same answer sent again once when the uncertain write never landed (Redis stopped while writes were paused)', async () => {
    const user = testUser();
    expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
    await pauseWrites(4_000);
    expect(await engine.handle(say(user, '7'))).toEqual([UNCERTAIN_REPLY]);
    // Redis stops before the paused command runs, and comes back without it (and without the script
    // in its cache: the client's own re-send after reconnecting is refused, NOSCRIPT, and not retried).
    await server.stop();
    await server.restart();
    await waitUntilReachable();
    await sleep(300);
    expect(await answers(user)).toEqual({});

    const again = await engine.handle(say(user, '7'));
    expect(again).not.toContainEqual(ALREADY_SAVED_REPLY);
    expect(askedStep(again)).toBe(noteStep(1));
    expect(await answers(user)).toEqual({ hours: 7 });
  });

  it('counts the same answer once when it is sent again while the first write is still paused (that write lands first)', async () => {
    const user = testUser();
    expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
    await pauseWrites(3_500);
    expect(await engine.handle(say(user, '15'))).toEqual([UNCERTAIN_REPLY]);
    // Sent at once: it reads "not landed" and decides "15" for the hours question, but the paused first
    // write lands before its commit, which then loses the compare-and-set and finds the first one saved.
    const again = await engine.handle(say(user, '15'));
    expect(again[0]).toEqual(ALREADY_SAVED_REPLY);
    expect(askedStep(again)).toBe(noteStep(1));
    expect(await answers(user)).toEqual({ hours: 15 });
  });

  it('treats a different message after an uncertain turn as a new answer, checked by the compare-and-set', async () => {
    const user = testUser();
    expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
    await pauseWrites(3_000);
    expect(await engine.handle(say(user, '9'))).toEqual([UNCERTAIN_REPLY]);
    await sleep(1_800);
    // The late "9" has landed; "a note" answers the next question, once.
    expect(askedStep(await engine.handle(say(user, 'a note')))).toBe(noteStep(2));
    expect(await answers(user)).toEqual({ hours: 9, n1: 'a note' });
  });

  describe('the uncertain turn, kept in Redis for any process', () => {
    let other: RedisSessionStore;
    let second: Engine;

    beforeAll(async () => {
      other = await RedisSessionStore.connect(server.url, 'unc');
      // Another coach process: its own connection, its own engine, nothing in memory from the first.
      second = new Engine({ store: other, flows: journalRegistry(), ttlMs: 86_400_000 });
    });

    afterAll(async () => {
      await other?.close();
    });

    it('matches the same answer sent again to another process, from a record beside the session with a short TTL, ended by the next commit', async () => {
      const user = testUser();
      expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
      await pauseWrites(3_000);
      expect(await engine.handle(say(user, '14'))).toEqual([UNCERTAIN_REPLY]);
      await sleep(2_000);
      expect(await answers(user)).toEqual({ hours: 14 });
      const record = store.uncertainKey(user);
      const ttl = await admin.pttl(record);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(REPEAT_WINDOW_MS);
      expect(await admin.hget(store.sessionKey(user), 'uf')).toBe('1');

      const again = await second.handle(say(user, '14'));
      expect(again[0]).toEqual(ALREADY_SAVED_REPLY);
      expect(askedStep(again)).toBe(noteStep(1));
      expect(await answers(user)).toEqual({ hours: 14 });
      // That commit ended the record: the next "14" is an answer to the next question.
      expect(await admin.exists(record)).toBe(0);
      expect(await admin.hget(store.sessionKey(user), 'uf')).toBeNull();
      expect(askedStep(await second.handle(say(user, '14')))).toBe(noteStep(2));
      expect(await answers(user)).toEqual({ hours: 14, n1: '14' });
    });

    it('is removed by forget with the session: no key naming the person is left', async () => {
      const user = testUser();
      await engine.handle(say(user, 'hi'));
      await engine.handle(say(user, 'forget'));
      await store.rememberUncertain(user, { text: 'something', eventIds: ['unc-x'], at: Date.now() }, REPEAT_WINDOW_MS);
      expect(await admin.exists(store.uncertainKey(user))).toBe(1);
      await second.handle(say(user, 'yes'));
      expect((await admin.keys(`unc:*`)).filter((key) => key.includes(user.user))).toEqual([]);
    });
  });
});

async function waitUntilReachable(): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await store.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
}
