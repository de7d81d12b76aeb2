import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { MAY_HAVE_SAVED, NONE, NOTHING_CHANGED, failures, uncertainAfterReply, verdict } from '../support/fault-ledger.js';
import { UNREACHABLE_REPLY } from '../../src/outbox/turn-guard.js';
import { sessionQueue } from '../../src/outbox/entry.js';
import type { OutboxEntry } from '../../src/outbox/entry.js';
import { indexMember, outboxKeys } from '../../src/outbox/keys.js';
import { Outbox } from '../../src/outbox/outbox.js';
import { RedisOutboxStore } from '../../src/outbox/redis-outbox-store.js';
import { RedisServerProcess } from '../support/redis-server.js';
import { startSlack } from '../support/slack-harness.js';
import type { SlackHarness } from '../support/slack-harness.js';
import { SlackPerson, harnessSide } from './support/slack-person.js';

/**
 * Redis misbehaving under a turn, on a redis-server this file starts (append-only file, fsync on
 * every write), with the Slack app in front (Bolt's receiver, the engine on that Redis, the
 * outbox in it) and Slack's Web API faked. Each person answers the name question while Redis
 * is paused for writes, frozen, or killed, then does what the coach told them. Whatever the
 * fault, they must never read "nothing has changed" for an answer that was saved, never read a
 * reply twice or out of order, and end exactly where one clean run of the same answers ends.
 */

const PREFIX = 'faults';
/** The first words of the direct reply while the store is down. */
const UNREACHABLE = UNREACHABLE_REPLY.kind === 'text' ? (UNREACHABLE_REPLY.text.split(',')[0] ?? '') : '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: RedisServerProcess;
let store: RedisSessionStore;
let admin: Redis;
let h: SlackHarness;
/** Where a person is after "hi" and "Maria" with nothing going wrong. */
let cleanEnd: string;

beforeAll(async () => {
  server = await RedisServerProcess.start();
  store = await RedisSessionStore.connect(server.url, PREFIX);
  admin = new Redis(server.url, { maxRetriesPerRequest: 1 });
  admin.on('error', () => {});
  h = await startSlack({ store, env: { PIVOT_KEY_PREFIX: PREFIX } });
  const control = person();
  await control.say('hi');
  await control.say('Maria');
  cleanEnd = await control.where();
});

afterAll(async () => {
  await h?.close();
  admin?.disconnect();
  await store?.close();
  await server?.dispose();
});

const person = () => new SlackPerson(harnessSide(h), store, admin, PREFIX);

/** Until the store answers again (after a restart the client reconnects on its own). */
async function reachable(): Promise<void> {
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

/**
 * What a person does after their answer, as the coach told them: "may have been saved" or
 * "nothing has changed", or no answer at all, and they send the same answer again.
 */
async function followAdvice(p: SlackPerson, from: number, answer: string): Promise<void> {
  const after = p.texts(from);
  const told = after.some((t) => t.includes(MAY_HAVE_SAVED) || t.includes(NOTHING_CHANGED) || t.includes(UNREACHABLE)) || after.length === 0;
  if (told) await p.say(answer);
}

describe('Redis faults under a Slack conversation', () => {
  it('Redis paused for writes for 2 s (CLIENT PAUSE WRITE, past the 1.5 s commit deadline): the write is read back, the person gets the next question', async ({ task }) => {
    const p = person();
    await p.say('hi');
    const before = await p.where();
    const from = p.shown().length;
    expect(await admin.call('CLIENT', 'PAUSE', '2000', 'WRITE')).toBe('OK');
    await p.say('Maria');
    await followAdvice(p, from, 'Maria');
    const row = verdict('redis paused for writes 2 s', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(await p.where()).toBe(cleanEnd);
    expect((await p.profile()).name).toBe('Maria');
  });

  it('Redis paused for writes: the check before a typed turn (is the reply before it unseen?) reads the queue at once, not after the pause', async () => {
    const outbox = new Outbox({ store: new RedisOutboxStore(admin, PREFIX), policy: { maxAttempts: 2, baseMs: 1, maxMs: 5 } });
    const where = sessionQueue({ platform: 'slack', tenant: 'T1', user: 'UPAUSE' }, 'DUPAUSE');
    const spent: OutboxEntry = { id: 'ev:pause#0', message: { channel: 'DUPAUSE', text: 'The question' }, attempts: 2, budgetFrom: 0, notBefore: 0, createdAt: Date.now() };
    await new RedisOutboxStore(admin, PREFIX).append(where, [spent], 60_000);
    expect(await admin.call('CLIENT', 'PAUSE', '3000', 'WRITE')).toBe('OK');
    try {
      const started = Date.now();
      expect(await outbox.unseen(where)).toBe(true);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await admin.call('CLIENT', 'UNPAUSE');
      const k = outboxKeys(PREFIX, where);
      await admin.del(k.queue, k.items, k.lease);
      if (k.slotIndex) await admin.srem(k.slotIndex, indexMember(where));
    }
  });

  it('Redis paused for writes for 4 s: the late write lands and its reply goes out; "may have been saved" never follows it; the same answer sent again counts once', async ({ task }) => {
    const p = person();
    await p.say('hi');
    const before = await p.where();
    const from = p.shown().length;
    expect(await admin.call('CLIENT', 'PAUSE', '4000', 'WRITE')).toBe('OK');
    await p.say('Maria');
    const told = p.texts(from);
    await followAdvice(p, from, 'Maria');
    const row = verdict('redis paused for writes 4 s', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    // The write landed after the deadline: its reply, staged by it, went out, and the notice queued
    // behind it was dropped. Told first and then the reply would be truthful too; never the reverse.
    expect(told.join('\n')).toContain('Good to meet you, Maria');
    expect(uncertainAfterReply(p.shown())).toBe(0);
    expect(await p.where()).toBe(cleanEnd);
    expect((await p.profile()).name).toBe('Maria');
  });

  it('Redis frozen (SIGSTOP, then SIGCONT 3 s later) with the answer’s write on its way: never "nothing has changed", counted once', async ({ task }) => {
    const p = person();
    await p.say('hi');
    const before = await p.where();
    const from = p.shown().length;
    // The write is held in the server (writes paused), then the whole server stops answering, reads included.
    expect(await admin.call('CLIENT', 'PAUSE', '1000', 'WRITE')).toBe('OK');
    const answered = p.say('Maria');
    await sleep(300);
    server.signal('SIGSTOP');
    await sleep(3_000);
    server.signal('SIGCONT');
    await answered;
    await followAdvice(p, from, 'Maria');
    const row = verdict('redis frozen (SIGSTOP 3 s)', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(uncertainAfterReply(p.shown())).toBe(0);
    expect(await p.where()).toBe(cleanEnd);
    expect((await p.profile()).name).toBe('Maria');
  });

  it('Redis killed (SIGKILL) with the answer’s write on its way and restarted from its append-only file: what was saved is there, the answer counts once', async ({ task }) => {
    const p = person();
    await p.say('hi');
    const before = await p.where();
    const from = p.shown().length;
    expect(await admin.call('CLIENT', 'PAUSE', '5000', 'WRITE')).toBe('OK');
    const answered = p.say('Maria');
    await sleep(300);
    await server.kill();
    await answered;
    await server.restart();
    await reachable();
    // The turn before the crash was fsynced: the person is still at the question they saw.
    expect(await p.where()).toBe(before);
    await followAdvice(p, from, 'Maria');
    const row = verdict('redis killed and restarted (AOF)', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(await p.where()).toBe(cleanEnd);
    expect((await p.profile()).name).toBe('Maria');
  });

  it('Redis down (killed) when a message arrives: the person is told at once, directly, that nothing is saved, and only once that minute', async ({ task }) => {
    const p = person();
    await p.say('hi');
    const before = await p.where();
    const from = p.shown().length;
    await server.kill();
    try {
      await p.say('Maria');
      await p.say('Maria?');
    } finally {
      await server.restart();
      await reachable();
    }
    const told = p.texts(from);
    const row = verdict('redis down (killed), message sent', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(told).toEqual([expect.stringContaining(UNREACHABLE)]);
    expect(await p.where()).toBe(before);
  });
});
