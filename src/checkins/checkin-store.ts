import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../engine/redis-client.js';
import { userKeyBase } from '../engine/session-store.js';
import type { UserRef } from '../engine/session-store.js';
import { checkinScheduleSchema, type CheckinSchedule, type CheckinScheduleInput } from './checkin-schedule.js';

/**
 * Weekly check-ins in Redis, shared by every coach process:
 *
 *   {prefix}:{checkins}:due    sorted set, member → when it is next due (ms since the epoch)
 *   {prefix}:{checkins}:lease  sorted set, member → when the claim on it runs out
 *   {prefix}:{checkins}:held   hash, member → the claim's token and the due time it was claimed at
 *   {prefix}:{checkins}:sched  hash, member → the schedule (JSON, checkin-schedule.ts)
 *
 * The `{checkins}` hash tag puts all four in one Redis Cluster slot, so each script below is one
 * atomic step on one node. A process claims what is due with a lease (CLAIM): the member moves
 * from `due` to `lease` under a fresh token, so no other process can claim it. It then completes
 * (COMPLETE: next week's time goes back in `due`) or releases (RELEASE: retry soon); a process
 * that dies holding a lease loses it when the lease runs out, and the next CLAIM by anyone puts
 * the check-in back at its own due time. Only the token's holder can complete or release. Nothing
 * lives in a process, so a restart loses nothing. REMOVE (opting out, `forget`) deletes all of a
 * person's entries at once, including a claim in flight: its holder's COMPLETE then says "gone".
 */

const CLAIM = `
local now = tonumber(ARGV[1])
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)
for _, m in ipairs(expired) do
  local held = redis.call('HGET', KEYS[4], m)
  redis.call('ZREM', KEYS[2], m)
  redis.call('HDEL', KEYS[4], m)
  if redis.call('HEXISTS', KEYS[3], m) == 1 then
    local at = held and tonumber(string.match(held, '|(%d+)$')) or now
    redis.call('ZADD', KEYS[1], at, m)
  end
end
local out = {}
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[3]))
for i = 1, #due, 2 do
  local m = due[i]
  local at = string.format('%d', tonumber(due[i + 1]))
  redis.call('ZREM', KEYS[1], m)
  local doc = redis.call('HGET', KEYS[3], m)
  if doc then
    local token = ARGV[4] .. ':' .. i .. '|' .. at
    redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), m)
    redis.call('HSET', KEYS[4], m, token)
    table.insert(out, m)
    table.insert(out, doc)
    table.insert(out, token)
  end
end
return out
`;

/**
 * ARGV: member, token, next due ms ('' stops the check-ins), new schedule JSON ('' keeps it).
 * 'gone' first: a person removed meanwhile (REMOVE also took the claim) is not scheduled again.
 */
const COMPLETE = `
if redis.call('HEXISTS', KEYS[3], ARGV[1]) == 0 then return 'gone' end
if redis.call('HGET', KEYS[4], ARGV[1]) ~= ARGV[2] then return 'lost' end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
if ARGV[3] == '' then
  redis.call('HDEL', KEYS[3], ARGV[1])
  return 'stopped'
end
if ARGV[4] ~= '' then redis.call('HSET', KEYS[3], ARGV[1], ARGV[4]) end
redis.call('ZADD', KEYS[1], tonumber(ARGV[3]), ARGV[1])
return 'ok'
`;

/** ARGV: member, token, retry at ms. */
const RELEASE = `
if redis.call('HEXISTS', KEYS[3], ARGV[1]) == 0 then return 'gone' end
if redis.call('HGET', KEYS[4], ARGV[1]) ~= ARGV[2] then return 'lost' end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
redis.call('ZADD', KEYS[1], tonumber(ARGV[3]), ARGV[1])
return 'ok'
`;

/** ARGV: member, schedule JSON, due ms. A new schedule also cancels a claim in flight. */
const PUT = `
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
redis.call('ZADD', KEYS[1], tonumber(ARGV[3]), ARGV[1])
return 'ok'
`;

/** ARGV: member. */
const REMOVE = `
local n = redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
return n
`;

export interface Claimed {
  readonly member: string;
  readonly token: string;
  /** When it was due (not when it was claimed): what "this week" means for the message. */
  readonly dueAt: Date;
  readonly schedule: CheckinSchedule;
}

export type Settled = 'ok' | 'stopped' | 'gone' | 'lost';

/** The member name of a person's check-in: their session key's readable, escaped identity. */
export const memberOf = (user: UserRef): string => userKeyBase('', { platform: user.platform, tenant: user.tenant, user: user.user }).slice(2, -1);

export class CheckinStore {
  private readonly keys: [string, string, string, string];

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    const base = `${prefix}:{checkins}`;
    this.keys = [`${base}:due`, `${base}:lease`, `${base}:sched`, `${base}:held`];
  }

  private run(script: string, ...args: (string | number)[]): Promise<unknown> {
    // EVAL keeps the store free of per-client setup (a Cluster client routes it by the keys' slot); Redis caches the script.
    return this.redis.eval(script, 4, ...this.keys, ...args.map(String));
  }

  /** Starts or changes a person's weekly check-in; the first is due at `dueAt`. */
  async put(input: CheckinScheduleInput, dueAt: Date): Promise<CheckinSchedule> {
    const schedule = checkinScheduleSchema.parse(input);
    await this.run(PUT, memberOf(schedule.user), JSON.stringify(schedule), dueAt.getTime());
    return schedule;
  }

  /** Stops a person's check-ins at once (opting out, `forget`); true when there were any. */
  async remove(user: UserRef): Promise<boolean> {
    return Number(await this.run(REMOVE, memberOf(user))) > 0;
  }

  /** Claims up to `limit` check-ins due at `now` for `leaseMs`: none of them can be claimed by anyone else meanwhile. */
  async claim(now: Date, { leaseMs, limit = 100 }: { leaseMs: number; limit?: number }): Promise<Claimed[]> {
    const flat = (await this.run(CLAIM, now.getTime(), leaseMs, limit, randomUUID())) as string[];
    const claimed: Claimed[] = [];
    for (let i = 0; i < flat.length; i += 3) {
      const [member, doc, token] = [flat[i] as string, flat[i + 1] as string, flat[i + 2] as string];
      const parsed = checkinScheduleSchema.safeParse(JSON.parse(doc));
      const dueAt = new Date(Number(token.slice(token.lastIndexOf('|') + 1)));
      // A record no version can read is dropped rather than claimed forever.
      if (!parsed.success) await this.complete({ member, token }, null);
      else claimed.push({ member, token, dueAt, schedule: parsed.data });
    }
    return claimed;
  }

  /** Done with a claim: due again at `next` (with the schedule as updated), or stopped when `next` is null. */
  async complete(claim: Pick<Claimed, 'member' | 'token'>, next: Date | null, schedule?: CheckinSchedule): Promise<Settled> {
    return (await this.run(COMPLETE, claim.member, claim.token, next === null ? '' : next.getTime(), schedule ? JSON.stringify(checkinScheduleSchema.parse(schedule)) : '')) as Settled;
  }

  /** Gives a claim back (sending failed), due again at `retryAt`. */
  async release(claim: Pick<Claimed, 'member' | 'token'>, retryAt: Date): Promise<Settled> {
    return (await this.run(RELEASE, claim.member, claim.token, retryAt.getTime())) as Settled;
  }

  /** Whether the person still has check-ins: read right before sending, so an opt-out a moment ago is honoured. */
  async has(user: UserRef): Promise<boolean> {
    return (await this.redis.hexists(this.keys[2], memberOf(user))) === 1;
  }

  /** One person's schedule and when it is next due (null while a process holds it). */
  async get(user: UserRef): Promise<{ schedule: CheckinSchedule; dueAt: Date | null } | null> {
    const member = memberOf(user);
    const [doc, score] = await Promise.all([this.redis.hget(this.keys[2], member), this.redis.zscore(this.keys[0], member)]);
    if (doc === null) return null;
    const parsed = checkinScheduleSchema.safeParse(JSON.parse(doc));
    if (!parsed.success) return null;
    return { schedule: parsed.data, dueAt: score === null ? null : new Date(Number(score)) };
  }

  /** What is due at `now`, without claiming it: for a dry run. */
  async due(now: Date, limit = 100): Promise<{ dueAt: Date; schedule: CheckinSchedule }[]> {
    const flat = await this.redis.zrangebyscore(this.keys[0], '-inf', now.getTime(), 'WITHSCORES', 'LIMIT', 0, limit);
    const out: { dueAt: Date; schedule: CheckinSchedule }[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      const doc = await this.redis.hget(this.keys[2], flat[i] as string);
      const parsed = doc === null ? undefined : checkinScheduleSchema.safeParse(JSON.parse(doc));
      if (parsed?.success) out.push({ dueAt: new Date(Number(flat[i + 1])), schedule: parsed.data });
    }
    return out;
  }
}
