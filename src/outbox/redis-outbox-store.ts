import type { RedisClient } from '../engine/redis-client.js';
import { outboxEntrySchema, whereSchema } from './entry.js';
import type { OutboxEntry, Where } from './entry.js';
import { outboxKeys, pendingKey } from './keys.js';
import type { OutboxStore } from './outbox-store.js';

/**
 * The outbox in Redis, so that a reply survives the process that made it: any process that
 * takes the conversation's lease sends what is waiting. Each operation is one Lua script over
 * one conversation's keys (one hash tag, so one cluster slot); only the index of conversations
 * with replies waiting is a key of its own, kept with single-key commands.
 */

const APPEND = `
local added = 0
for i = 2, #ARGV, 2 do
  local id = ARGV[i]
  if redis.call('HSETNX', KEYS[2], id, ARGV[i + 1]) == 1 then
    redis.call('RPUSH', KEYS[1], id)
    added = added + 1
  end
end
if added > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  redis.call('PEXPIRE', KEYS[2], ARGV[1])
end
return added`;

const HEAD = `
local id = redis.call('LINDEX', KEYS[1], 0)
if not id then return false end
return redis.call('HGET', KEYS[2], id)`;

const LEASE = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`;

const UPDATE = `
if redis.call('GET', KEYS[3]) ~= ARGV[1] or redis.call('LINDEX', KEYS[1], 0) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
return 1`;

const REMOVE = `
if redis.call('GET', KEYS[3]) ~= ARGV[1] or redis.call('LINDEX', KEYS[1], 0) ~= ARGV[2] then return 0 end
redis.call('LPOP', KEYS[1])
redis.call('HDEL', KEYS[2], ARGV[2])
return 1`;

export class RedisOutboxStore implements OutboxStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix = 'pivot',
  ) {}

  private keys(where: Where) {
    return outboxKeys(this.prefix, where);
  }

  async append(where: Where, entries: readonly OutboxEntry[], ttlMs: number): Promise<number> {
    if (entries.length === 0) return 0;
    const k = this.keys(where);
    const args = entries.flatMap((entry) => [entry.id, JSON.stringify(entry)]);
    const added = Number(await this.redis.eval(APPEND, 2, k.queue, k.items, ttlMs, ...args));
    await this.redis.sadd(pendingKey(this.prefix), JSON.stringify(where));
    return added;
  }

  async head(where: Where): Promise<OutboxEntry | undefined> {
    const k = this.keys(where);
    const raw = (await this.redis.eval(HEAD, 2, k.queue, k.items)) as string | null;
    return raw ? outboxEntrySchema.parse(JSON.parse(raw)) : undefined;
  }

  size(where: Where): Promise<number> {
    return this.redis.llen(this.keys(where).queue);
  }

  async last(where: Where): Promise<string | undefined> {
    return (await this.redis.lindex(this.keys(where).queue, -1)) ?? undefined;
  }

  async lease(where: Where, owner: string, ms: number): Promise<boolean> {
    return Number(await this.redis.eval(LEASE, 1, this.keys(where).lease, owner, Math.max(1, Math.round(ms)))) === 1;
  }

  async release(where: Where, owner: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keys(where).lease, owner);
  }

  async update(where: Where, entry: OutboxEntry, owner: string): Promise<boolean> {
    const k = this.keys(where);
    return Number(await this.redis.eval(UPDATE, 3, k.queue, k.items, k.lease, owner, entry.id, JSON.stringify(entry))) === 1;
  }

  async remove(where: Where, id: string, owner: string): Promise<boolean> {
    const k = this.keys(where);
    return Number(await this.redis.eval(REMOVE, 3, k.queue, k.items, k.lease, owner, id)) === 1;
  }

  /**
   * Takes an emptied conversation out of the index, so no key naming it is left behind. Two
   * commands, not one script (the index is in another slot): an append in between puts it back
   * itself, and the process that appended sends what it appended.
   */
  async settled(where: Where): Promise<void> {
    if ((await this.size(where)) === 0) await this.redis.srem(pendingKey(this.prefix), JSON.stringify(where));
  }

  /** Conversations in the index; ones found empty leave it (a later append puts them back). */
  async pending(): Promise<Where[]> {
    const index = pendingKey(this.prefix);
    const found: Where[] = [];
    for (const raw of await this.redis.smembers(index)) {
      const parsed = whereSchema.safeParse(JSON.parse(raw));
      if (!parsed.success) {
        await this.redis.srem(index, raw);
        continue;
      }
      if ((await this.size(parsed.data)) > 0) found.push(parsed.data);
      else await this.redis.srem(index, raw);
    }
    return found;
  }
}
