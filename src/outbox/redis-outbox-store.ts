import type { RedisClient } from '../engine/redis-client.js';
import { keySlot, slotTag } from '../engine/key-slot.js';
import { outboxEntrySchema, whereSchema } from './entry.js';
import type { OutboxEntry, Where } from './entry.js';
import { fromIndexMember, indexMember, outboxKeys, pendingKey, slotIndexKey, slotsKey } from './keys.js';
import type { OutboxKeys } from './keys.js';
import type { OutboxStore } from './outbox-store.js';

/**
 * The outbox in Redis, so that a reply survives the process that made it: any process that
 * takes the conversation's lease sends what is waiting. Each change is one Lua script over
 * one queue's keys (one hash tag, or for a session queue, keys of one slot), so one cluster
 * slot. A session queue's entry in its slot's index is kept by the same scripts that fill and
 * empty the queue; the lists of conversations and of slots with replies waiting are keys of
 * their own, kept with single-key commands.
 */

/** Appends under KEYS[1] (ids) and KEYS[2] (entries); with KEYS[3], lists the queue in its slot's index (ARGV[2]). */
export const APPEND_SCRIPT = `
local added = 0
for i = 3, #ARGV, 2 do
  local id = ARGV[i]
  if redis.call('HSETNX', KEYS[2], id, ARGV[i + 1]) == 1 then
    redis.call('RPUSH', KEYS[1], id)
    added = added + 1
  end
end
if added > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  redis.call('PEXPIRE', KEYS[2], ARGV[1])
  if KEYS[3] then
    redis.call('SADD', KEYS[3], ARGV[2])
    redis.call('PEXPIRE', KEYS[3], ARGV[1])
  end
end
return added`;

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

/** Removes the head; a session queue left empty leaves its slot's index (KEYS[4], member ARGV[3]) in the same step. */
const REMOVE = `
if redis.call('GET', KEYS[3]) ~= ARGV[1] or redis.call('LINDEX', KEYS[1], 0) ~= ARGV[2] then return 0 end
redis.call('LPOP', KEYS[1])
redis.call('HDEL', KEYS[2], ARGV[2])
if KEYS[4] and redis.call('LLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[4], ARGV[3]) end
return 1`;

/**
 * Replaces the head (a turn's platform-neutral entry) with the platform messages it became, under
 * the lease: ARGV[1] holder, ARGV[2] the head's id, ARGV[3] TTL, ARGV[4] index member, then id, entry pairs.
 */
const REPLACE_HEAD = `
if redis.call('GET', KEYS[3]) ~= ARGV[1] or redis.call('LINDEX', KEYS[1], 0) ~= ARGV[2] then return 0 end
redis.call('LPOP', KEYS[1])
redis.call('HDEL', KEYS[2], ARGV[2])
for i = #ARGV - 1, 5, -2 do
  if redis.call('HSETNX', KEYS[2], ARGV[i], ARGV[i + 1]) == 1 then redis.call('LPUSH', KEYS[1], ARGV[i]) end
end
if redis.call('LLEN', KEYS[1]) == 0 then
  if KEYS[4] then redis.call('SREM', KEYS[4], ARGV[4]) end
else
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
end
return 1`;

/**
 * A batch of one slot's index (KEYS[1]) read in one step: for each member ARGV[i], whose queue is
 * KEYS[i + 1] (all in that slot), whether replies wait there; one found empty leaves the index
 * (a commit that fills it later puts it back in the same step). Returns the members left in the
 * index, then the places (1-based) of the members with replies waiting.
 */
export const SWEEP_SLOT_SCRIPT = `
local waiting = {}
for i = 1, #ARGV do
  if redis.call('LLEN', KEYS[i + 1]) > 0 then waiting[#waiting + 1] = i
  else redis.call('SREM', KEYS[1], ARGV[i]) end
end
table.insert(waiting, 1, redis.call('SCARD', KEYS[1]))
return waiting`;

/** Members read in one sweep script: a slot with more is read in several batches. */
const SWEEP_BATCH = 256;
/** Slots read at once in a sweep (their scripts are in flight together, one round trip for many). */
const SWEEP_SLOTS_AT_ONCE = 16;

/** Takes a slot off the list only if no turn marked it since ARGV[2] (ms). */
const UNMARK_IF_OLD = `
local at = redis.call('ZSCORE', KEYS[1], ARGV[1])
if at and tonumber(at) < tonumber(ARGV[2]) then redis.call('ZREM', KEYS[1], ARGV[1]) return 1 end
return 0`;

/**
 * How long a slot stays on the list after a turn marked it, whether or not its index has anything:
 * longer than any turn takes from its mark to its commit (reading back included).
 */
export const SLOT_MARK_GRACE_MS = 10 * 60_000;

/** How long a waiting reply is kept by default (an Outbox passes its own). */
const DEFAULT_TTL_MS = 7 * 86_400_000;

export class RedisOutboxStore implements OutboxStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix = 'pivot',
  ) {}

  keys(where: Where): OutboxKeys {
    return outboxKeys(this.prefix, where);
  }

  private static keyList(k: OutboxKeys, ...names: ('queue' | 'items' | 'lease')[]): string[] {
    return [...names.map((name) => k[name]), ...(k.slotIndex ? [k.slotIndex] : [])];
  }

  async append(where: Where, entries: readonly OutboxEntry[], ttlMs: number): Promise<number> {
    if (entries.length === 0) return 0;
    const k = this.keys(where);
    const args = entries.flatMap((entry) => [entry.id, JSON.stringify(entry)]);
    if (k.slotIndex) await this.mark(where);
    const keys = RedisOutboxStore.keyList(k, 'queue', 'items');
    const added = Number(await this.redis.eval(APPEND_SCRIPT, keys.length, ...keys, Math.max(1, Math.round(ttlMs)), indexMember(where), ...args));
    if (!k.slotIndex) await this.redis.sadd(pendingKey(this.prefix), JSON.stringify(where));
    return added;
  }

  /**
   * Puts a session queue's slot on the list of slots to look at: before a commit that may fill
   * the queue, so that a process dying right after it leaves the replies findable.
   */
  async mark(where: Where): Promise<void> {
    const k = this.keys(where);
    if (!k.slotIndex) return;
    await this.redis.zadd(slotsKey(this.prefix), Date.now(), slotTag(keySlot(k.queue)));
  }

  /**
   * Plain reads, not a script: while writes are paused (CLIENT PAUSE WRITE) Redis holds every
   * EVAL, and the check before each typed turn (Outbox.unseen) reads the head; it must not wait
   * out the pause. Both keys are in one slot. A drain may take the head between the two reads:
   * then the queue is read again.
   */
  async head(where: Where): Promise<OutboxEntry | undefined> {
    const k = this.keys(where);
    let seen: string | undefined;
    for (;;) {
      const id = await this.redis.lindex(k.queue, 0);
      if (id === null) return undefined;
      const raw = await this.redis.hget(k.items, id);
      if (raw !== null) return outboxEntrySchema.parse(JSON.parse(raw));
      // The same head twice without its entry is no race: nothing to send, as the script it replaces answered.
      if (id === seen) return undefined;
      seen = id;
    }
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
    const keys = RedisOutboxStore.keyList(this.keys(where), 'queue', 'items', 'lease');
    return Number(await this.redis.eval(REMOVE, keys.length, ...keys, owner, id, indexMember(where))) === 1;
  }

  async replaceHead(where: Where, id: string, entries: readonly OutboxEntry[], owner: string, ttlMs = DEFAULT_TTL_MS): Promise<boolean> {
    const keys = RedisOutboxStore.keyList(this.keys(where), 'queue', 'items', 'lease');
    const args = entries.flatMap((entry) => [entry.id, JSON.stringify(entry)]);
    return Number(await this.redis.eval(REPLACE_HEAD, keys.length, ...keys, owner, id, Math.max(1, Math.round(ttlMs)), indexMember(where), ...args)) === 1;
  }

  /**
   * Takes an emptied conversation out of the index, so no key naming it is left behind. Two
   * commands, not one script (the index is in another slot): an append in between puts it back
   * itself, and the process that appended sends what it appended. A session queue leaves its
   * slot's index in the script that empties it.
   */
  async settled(where: Where): Promise<void> {
    if (this.keys(where).slotIndex) return;
    if ((await this.size(where)) === 0) await this.redis.srem(pendingKey(this.prefix), JSON.stringify(where));
  }

  /** Conversations and session queues with replies waiting; ones found empty leave their index (a later append puts them back). */
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
    return [...found, ...(await this.pendingSessions())];
  }

  /**
   * Session queues with replies waiting, slot by slot, several slots at once: per slot one read of
   * its index, then one script per batch of its members (SWEEP_SLOT_SCRIPT) that sees which queues
   * hold replies and unlists the empty ones; a slot no turn marked lately, with nothing listed,
   * leaves the list.
   */
  private async pendingSessions(): Promise<Where[]> {
    const slots = slotsKey(this.prefix);
    const markedBefore = Date.now() - SLOT_MARK_GRACE_MS;
    const tags = await this.redis.zrange(slots, '0', '-1');
    const found: Where[] = [];
    for (let from = 0; from < tags.length; from += SWEEP_SLOTS_AT_ONCE) {
      const batch = await Promise.all(tags.slice(from, from + SWEEP_SLOTS_AT_ONCE).map((tag) => this.sweepSlot(slots, tag, markedBefore)));
      for (const waiting of batch) found.push(...waiting);
    }
    return found;
  }

  /** One slot of the sweep: its session queues with replies waiting. */
  private async sweepSlot(slots: string, tag: string, markedBefore: number): Promise<Where[]> {
    const slot = keySlot(tag);
    if (slotTag(slot) !== tag) {
      await this.redis.zrem(slots, tag);
      return [];
    }
    const index = slotIndexKey(this.prefix, slot);
    const members: { member: string; where: Where }[] = [];
    for (const member of await this.redis.smembers(index)) {
      const where = fromIndexMember(member);
      if (where) members.push({ member, where });
      else await this.redis.srem(index, member);
    }
    const found: Where[] = [];
    let left = members.length;
    for (let from = 0; from < members.length; from += SWEEP_BATCH) {
      const batch = members.slice(from, from + SWEEP_BATCH);
      const keys = [index, ...batch.map(({ where }) => this.keys(where).queue)];
      const [count, ...waiting] = (await this.redis.eval(SWEEP_SLOT_SCRIPT, keys.length, ...keys, ...batch.map(({ member }) => member))) as number[];
      left = Number(count);
      for (const place of waiting) found.push((batch[Number(place) - 1] as (typeof batch)[number]).where);
    }
    if (left === 0) await this.redis.eval(UNMARK_IF_OLD, 1, slots, tag, String(markedBefore));
    return found;
  }
}
