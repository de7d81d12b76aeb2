import { randomBytes } from 'node:crypto';
import { Cluster } from 'ioredis';
import { createRedisClient } from '../../src/engine/redis-client.js';
import type { RedisClient } from '../../src/engine/redis-client.js';
import { ask, defineFlow } from '../../src/engine/flow.js';
import { FlowRegistry } from '../../src/engine/flow-registry.js';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import type { UserRef } from '../../src/engine/session-store.js';
import { TEST_REDIS_URL } from './redis-global-setup.js';

/**
 * Everything a Redis test touches lives under one random prefix, and only keys under that
 * prefix are ever listed or deleted: the server is shared, so no FLUSHDB and no CONFIG SET.
 */

export function uniquePrefix(): string {
  return `pivot-test-${randomBytes(6).toString('hex')}`;
}

/** Escapes Redis glob characters so that a literal string can be used in SCAN MATCH. */
export function globEscape(literal: string): string {
  return literal.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

/** Keys matching `pattern`; on a cluster, from every primary (SCAN lists one node's keys). */
export async function scanKeys(redis: RedisClient, pattern: string): Promise<string[]> {
  // A lazy cluster client knows its nodes once connected.
  if (redis instanceof Cluster && redis.status !== 'ready') await redis.ping();
  const nodes = redis instanceof Cluster ? redis.nodes('master') : [redis];
  const keys: string[] = [];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, batch] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
  }
  return [...new Set(keys)].sort();
}

export async function keysUnder(redis: RedisClient, prefix: string): Promise<string[]> {
  return scanKeys(redis, `${globEscape(prefix)}:*`);
}

/** Deletes exactly the keys under `prefix`; returns how many there were. */
export async function cleanKeys(redis: RedisClient, prefix: string): Promise<number> {
  const keys = await keysUnder(redis, prefix);
  // One key a command: on a cluster, keys of different users live in different slots.
  await Promise.all(keys.map((key) => redis.unlink(key)));
  return keys.length;
}

/** A plain client for looking at what the store wrote (HGET, PTTL, EXISTS, SCAN). */
export function adminClient(url = TEST_REDIS_URL): RedisClient {
  // Connects on its first command (a single server's or a cluster's client alike).
  const redis = createRedisClient(url, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  return redis;
}

/**
 * One test file's share of a Redis server: a unique prefix, a raw client to inspect it,
 * and every store opened through it, all closed (and their keys removed) by `close`.
 */
export class RedisScope {
  readonly prefix = uniquePrefix();
  readonly admin: RedisClient;
  private readonly stores: RedisSessionStore[] = [];

  constructor(readonly url = TEST_REDIS_URL) {
    this.admin = adminClient(url);
  }

  /** A store with its own connection, as a separate process would have. */
  async openStore(): Promise<RedisSessionStore> {
    const store = await RedisSessionStore.connect(this.url, this.prefix);
    this.stores.push(store);
    return store;
  }

  keys(): Promise<string[]> {
    return keysUnder(this.admin, this.prefix);
  }

  /** The raw `v` and `doc` fields of a session hash, byte for byte. */
  async raw(key: string): Promise<{ v: string | null; doc: string | null }> {
    const [v, doc] = await this.admin.hmget(key, 'v', 'doc');
    return { v: v ?? null, doc: doc ?? null };
  }

  async close(): Promise<void> {
    await Promise.all(this.stores.map((store) => store.close()));
    await cleanKeys(this.admin, this.prefix);
    this.admin.disconnect();
  }
}

let users = 0;

/** A user nobody else in this run talks as. */
export function testUser(overrides: Partial<UserRef> = {}): UserRef {
  return { platform: 'slack', tenant: 'T-test', user: `U-${process.pid}-${++users}`, ...overrides };
}

/** Number of free-text steps after the first question: enough for every test's turns. */
export const NOTE_STEPS = 200;

/**
 * A tiny conversation for store tests: how many hours a week (a number, so an answer can
 * fail validation), then numbered notes, each a step of its own so that every accepted
 * answer lands in its own slot and the order of turns can be read back from the document.
 */
export const journalFlow = defineFlow({
  id: 'journal',
  title: 'Journal',
  menuLabel: 'Keep a journal',
  steps: [
    ask.number('hours', {
      label: 'Hours a week',
      prompt: 'How many hours a week can you give this?',
      reask: 'A number of hours, for example: 10.',
      min: 1,
      max: 80,
      integer: true,
      saveAs: 'hours',
    }),
    ...Array.from({ length: NOTE_STEPS }, (_, i) =>
      ask.text(noteStep(i + 1), { label: `Note ${i + 1}`, prompt: `Note ${i + 1}?`, reask: 'A few words, for example: read a chapter.' }),
    ),
  ],
  finish: () => ({ replies: [{ kind: 'text', text: 'Journal full.' }] }),
});

export function noteStep(n: number): string {
  return `n${n}`;
}

export function journalRegistry(): FlowRegistry {
  return new FlowRegistry([journalFlow], journalFlow.id);
}
