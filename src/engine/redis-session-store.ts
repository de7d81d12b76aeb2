import { createHash, randomBytes } from 'node:crypto';
import { Cluster } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { clusterState, connectRedisClient, isClusterLocator, redactUrl } from './redis-client.js';
import type { RedisClient } from './redis-client.js';
import { DIGEST_WIDTH, eventDigest, hasDigest } from './event-digest.js';
import { keySlot, slotTag } from './key-slot.js';
import { CommitUncertainError, EVENTS_ONLY_TTL_MS, RECENT_EVENTS, StoreUnavailableError, userKeyBase } from './session-store.js';
import type { Commit, CommitResult, Loaded, SessionStore, UserRef } from './session-store.js';
import { parseUncertain } from './uncertain-turns.js';
import type { UncertainRecord } from './uncertain-turns.js';
import { indexMember } from '../outbox/keys.js';
import { RedisOutboxStore } from '../outbox/redis-outbox-store.js';

/**
 * One hash per user at `{prefix}:{platform:tenant:user}:session` with fields
 *   v   version counter, bumped by every state change
 *   doc the session document (JSON)
 *   ev  digests of the last RECENT_EVENTS handled event ids (see event-digest.ts)
 *   ln  the nonce of the commit call that wrote last (see below)
 * A turn costs one HMGET (v and doc) and one EVALSHA: the script checks the event id and the
 * version and writes, all in one atomic step, so neither a redelivery nor a concurrent turn
 * slips through. The event ids are checked there only: `load` does not read them.
 *
 * The session key exists only while there is a session. When there is none (after `forget`, or
 * a turn by someone without one), what must outlive it to stop a redelivered event is kept in
 * the slot's "gone" hash, `{prefix}:{sNNN}:gone` (see key-slot.ts): its tag is picked for its
 * cluster slot only, so it names no one, and the script touches both keys on one primary. Each
 * field is an opaque digest, sha1(session key | event digest), holding `expiry ms:nonce`;
 * `forget` moves all the recent event digests there for EVENTS_ONLY_TTL_MS.
 *
 * KEYS: the session, the slot's gone hash, the owner's uncertain-turn record, and the owner's
 * session queue (ids, entries) with its slot's index (see src/outbox/keys.ts): all of one slot.
 * ARGV: expected version, event digest, write kind (put, keep or delete), document (put only), TTL in ms,
 * and a nonce of this commit call. A call whose answer was lost (a dropped connection, a failover) is
 * sent again with the same nonce; finding its own event id and nonce, the script answers `ok`, not
 * `duplicate`: the first send did the write, and the turn must say its replies rather than nothing.
 * Then, to stage the turn's replies with the write (empty id: none): the entry id, the entry, the
 * queue's TTL in ms and the queue's member in its slot's index. They are enqueued only by a commit
 * that applies, so a redelivered event, or a commit that lost its race, enqueues nothing.
 * Any commit that applies ends the owner's uncertain-turn record (field `uf` flags that there is one).
 * The digest width, how many digests are kept and the events-only TTL are constants of the script.
 */
const KEPT_CHARS = RECENT_EVENTS * DIGEST_WIDTH;
/** Hex characters of a gone field: 80 bits, out of reach of a collision among a slot's recent forgets. */
const GONE_FIELD_CHARS = 20;
/** Past this many fields, a write to a gone hash also drops its expired fields. */
const GONE_PRUNE_AT = 256;
export const COMMIT_SCRIPT = `
local cur = redis.call('HMGET', KEYS[1], 'v', 'ev', 'ln', 'uf')
local events = cur[2] or ''
local digest = ARGV[2]
local at = string.find(events, digest, 1, true)
while at do
  if at % ${DIGEST_WIDTH} == 1 then
    if cur[3] == ARGV[6] then return 'ok' end
    return 'duplicate'
  end
  at = string.find(events, digest, at + 1, true)
end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local function field(d) return string.sub(redis.sha1hex(KEYS[1] .. '|' .. d), 1, ${GONE_FIELD_CHARS}) end
local gone = redis.call('HGET', KEYS[2], field(digest))
if gone then
  local sep = string.find(gone, ':', 1, true)
  if tonumber(string.sub(gone, 1, sep - 1)) > now then
    if string.sub(gone, sep + 1) == ARGV[6] then return 'ok' end
    return 'duplicate'
  end
end
local version = tonumber(cur[1]) or 0
if version ~= tonumber(ARGV[1]) then return 'conflict' end
if cur[4] and KEYS[3] then
  redis.call('HDEL', KEYS[1], 'uf')
  redis.call('DEL', KEYS[3])
end
-- the turn's replies wait in the owner's queue, listed in the slot's index
local function stage()
  if not ARGV[7] or ARGV[7] == '' then return end
  if redis.call('HSETNX', KEYS[5], ARGV[7], ARGV[8]) == 1 then redis.call('RPUSH', KEYS[4], ARGV[7]) end
  redis.call('PEXPIRE', KEYS[4], ARGV[9])
  redis.call('PEXPIRE', KEYS[5], ARGV[9])
  redis.call('SADD', KEYS[6], ARGV[10])
  redis.call('PEXPIRE', KEYS[6], ARGV[9])
end
-- remembers event digests in the gone hash, this call's own with its nonce
local function bury(digests)
  local until_ = now + ${EVENTS_ONLY_TTL_MS}
  for i = 1, #digests, ${DIGEST_WIDTH} do
    local d = string.sub(digests, i, i + ${DIGEST_WIDTH - 1})
    redis.call('HSET', KEYS[2], field(d), until_ .. ':' .. (d == digest and ARGV[6] or '-'))
  end
  if redis.call('HLEN', KEYS[2]) > ${GONE_PRUNE_AT} then
    local all = redis.call('HGETALL', KEYS[2])
    for i = 1, #all, 2 do
      local value = all[i + 1]
      if tonumber(string.sub(value, 1, string.find(value, ':', 1, true) - 1)) <= now then redis.call('HDEL', KEYS[2], all[i]) end
    end
  end
  redis.call('PEXPIRE', KEYS[2], ${EVENTS_ONLY_TTL_MS})
end
if ARGV[3] == 'delete' then
  redis.call('DEL', KEYS[1])
  bury(events .. digest)
  stage()
  return 'ok'
end
if ARGV[3] == 'keep' and not cur[1] then
  bury(digest)
  stage()
  return 'ok'
end
-- keep the newest RECENT_EVENTS - 1 digests, then add this one
if #events >= ${KEPT_CHARS} then events = string.sub(events, #events - ${KEPT_CHARS - DIGEST_WIDTH - 1}) end
events = events .. digest
if ARGV[3] == 'put' then
  redis.call('HSET', KEYS[1], 'v', version + 1, 'doc', ARGV[4], 'ev', events, 'ln', ARGV[6])
else
  redis.call('HSET', KEYS[1], 'ev', events, 'ln', ARGV[6])
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
stage()
return 'ok'
`;
const COMMIT_SHA = createHash('sha1').update(COMMIT_SCRIPT).digest('hex');

/** KEYS: the session, the uncertain-turn record. ARGV: the record, its TTL in ms. */
const REMEMBER_SCRIPT = `
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
redis.call('HSET', KEYS[1], 'uf', '1')
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

/** How long a store call may wait for Redis before the turn answers STORE_DOWN_REPLY instead. */
export const STORE_CALL_TIMEOUT_MS = 1_500;
/** How often the store looks for calls past their deadline: a late call fails within the timeout plus this. */
const WATCHDOG_INTERVAL_MS = 100;

/**
 * Client settings for a chat turn: fail fast instead of queueing for a minute (ioredis'
 * defaults), and keep reconnecting in the background. The time limit of each call is the
 * store's own (STORE_CALL_TIMEOUT_MS), not ioredis' commandTimeout: that arms and clears a
 * timer for every command, which measurably slowed a one-user turn.
 */
export const CHAT_TURN_REDIS_OPTIONS: RedisOptions = {
  // Auto-pipelining was measured (npm run bench, A/B): no clear gain in turns/s at 100 users on this
  // 2-core machine, and a slower p50 at one user (2.4x the raw-client floor instead of 1.9x).
  enableAutoPipelining: false,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 2_000,
  retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
};

/** A store call waiting for Redis: failed by the watchdog once past its deadline. */
interface Waiting<T, R> {
  deadline: number;
  read: (answer: T) => R;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
  noScript: (() => Promise<T>) | undefined;
  again: (() => Promise<T>) | undefined;
  /** Set once a send may have reached Redis: its answer was lost or late, not refused before sending. */
  landed: { mayHaveLanded: boolean };
  /** A send is waiting for its answer (not between a failure and the next send). */
  inFlight: boolean;
}

/** How long to wait before sending a call again after a dropped connection or a cluster in the middle of a failover. */
const RESEND_AFTER_MS = 100;

/**
 * Worth sending again: the connection dropped or the cluster is between primaries. Not an
 * error of the command itself (a ReplyError such as a script error), which would fail again.
 */
function transient(error: Error): boolean {
  if (error.name !== 'ReplyError') return true;
  return /^(CLUSTERDOWN|TRYAGAIN|LOADING|READONLY|MASTERDOWN)/.test(error.message);
}

/**
 * Refused by the client before it was sent (no connection and no offline queue), or by Redis
 * without running (a script not in its cache): such a call wrote nothing.
 */
function notSent(error: Error): boolean {
  return /enableOfflineQueue|Stream isn't writeable|^NOSCRIPT/.test(error.message);
}

/** After a commit's answer was late, how long its outcome is looked for, and how often. */
const READ_BACK_MS = 1_000;
const READ_BACK_EVERY_MS = 100;

export { redactUrl };

export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis';
  private readonly waiting = new Set<Waiting<unknown, unknown>>();
  private readonly watchdog: NodeJS.Timeout;
  /** The session queues the commit script stages replies into, and every other outbox in this Redis. */
  readonly outbox: RedisOutboxStore;

  constructor(
    readonly redis: RedisClient,
    private readonly prefix = 'pivot',
    private readonly timeoutMs = STORE_CALL_TIMEOUT_MS,
  ) {
    this.outbox = new RedisOutboxStore(redis, prefix);
    this.watchdog = setInterval(() => this.failLate(), Math.min(WATCHDOG_INTERVAL_MS, timeoutMs));
    this.watchdog.unref();
  }

  /**
   * Connects with chat-turn settings and waits until Redis answers. `url` is a single server's
   * (redis://, rediss://) or a cluster's (redis+cluster://host:port,host:port): the store's
   * commands are the same on both, each touching one key.
   */
  static async connect(url: string, prefix: string, options: RedisOptions = {}): Promise<RedisSessionStore> {
    try {
      return new RedisSessionStore(await connectRedisClient(url, { ...CHAT_TURN_REDIS_OPTIONS, ...options }), prefix);
    } catch (error) {
      const what = isClusterLocator(url) ? 'the Redis Cluster' : 'Redis';
      throw new StoreUnavailableError(`Could not connect to ${what} at ${redactUrl(url)}: ${(error as Error).message}`);
    }
  }

  get cluster(): boolean {
    return this.redis instanceof Cluster;
  }

  sessionKey(user: UserRef): string {
    return `${userKeyBase(this.prefix, user)}:session`;
  }

  /**
   * Does not read the event ids: `duplicate` is always false here, and the commit script checks them.
   * Nor the uncertain-turn record: only whether there is one (rare: after a slow store), for readUncertain.
   * (Not an async function: a turn's read is kept to the fewest ticks.)
   */
  load(user: UserRef, _eventId?: string): Promise<Loaded> {
    const key = this.sessionKey(user);
    return this.call(this.redis.hmget(key, 'v', 'doc', 'uf'), loaded, undefined, () => this.redis.hmget(key, 'v', 'doc', 'uf'));
  }

  async readUncertain(user: UserRef): Promise<UncertainRecord | undefined> {
    const key = this.uncertainKey(user);
    return parseUncertain(await this.call(this.redis.get(key), (a) => a, undefined, () => this.redis.get(key)));
  }

  /** The owner's uncertain-turn record: beside the session, in its slot, with a TTL of its own. */
  uncertainKey(user: UserRef): string {
    return `${userKeyBase(this.prefix, user)}:uncertain`;
  }

  /**
   * Records an uncertain turn for `ttlMs`, and flags it in the session so that `load` reads it
   * (creating a hash with only the flag, expiring with the record, when there is no session yet).
   */
  async rememberUncertain(user: UserRef, record: UncertainRecord, ttlMs: number): Promise<void> {
    const args = [this.sessionKey(user), this.uncertainKey(user), JSON.stringify(record), Math.max(1, Math.round(ttlMs))] as const;
    await this.call(this.redis.eval(REMEMBER_SCRIPT, 2, ...args), () => undefined);
  }


  /** Where the event ids of a user without a session are kept: a key of the session key's slot that names no one. */
  goneKey(user: UserRef): string {
    return `${this.prefix}:{${slotTag(keySlot(this.sessionKey(user)))}}:gone`;
  }

  /**
   * Commits, or says for sure it did not. When Redis' answer does not come in time (writes
   * paused, a failover, a frozen primary), the write may still land: the outcome is then read
   * back, for up to READ_BACK_MS, by looking for this call's event id and nonce. Found: `ok`
   * (or `duplicate` when another call handled the event). Not found in that time and the
   * command may have reached Redis: CommitUncertainError, never a false "nothing changed".
   */
  async commit(user: UserRef, commit: Commit): Promise<CommitResult> {
    const { write } = commit;
    const digest = eventDigest(commit.eventId);
    const nonce = randomBytes(8).toString('base64url');
    const { stage } = commit;
    // The owner's queue, or any of its slot's keys when nothing is staged: a script names the same keys either way.
    // All of the owner's slot: its session, the slot's gone hash, its uncertain turn, its queue and the slot's index of queues.
    const base = userKeyBase(this.prefix, user);
    const tag = slotTag(keySlot(base));
    const keys = [`${base}:session`, `${this.prefix}:{${tag}}:gone`, `${base}:uncertain`, `${base}:outbox:q`, `${base}:outbox:items`, `${this.prefix}:{${tag}}:outbox`] as const;
    const staged = stage ? [stage.entry.id, JSON.stringify(stage.entry), Math.max(1, Math.round(stage.ttlMs)), indexMember(stage.where)] : ['', '', 0, ''];
    const args = [...keys, commit.expectedVersion, digest, write.kind, write.kind === 'put' ? write.doc : '', Math.max(1, Math.round(commit.ttlMs)), nonce, ...staged] as const;
    const waiting = { mayHaveLanded: false };
    // The slot is listed before the commit is sent (on one connection, it runs first; not awaited, so a
    // slow store delays nothing): a process that dies right after the commit leaves its replies findable.
    if (stage) this.outbox.mark(stage.where).catch(() => undefined);
    try {
      // Not in the server's script cache (a restart, SCRIPT FLUSH), the script did not run: then it is sent whole.
      // Sent again, with the same nonce, when the answer was lost on the way (see COMMIT_SCRIPT).
      return await this.call(
        this.redis.evalsha(COMMIT_SHA, keys.length, ...args),
        commitResult,
        () => this.redis.eval(COMMIT_SCRIPT, keys.length, ...args),
        () => this.redis.evalsha(COMMIT_SHA, keys.length, ...args),
        waiting,
      );
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || !waiting.mayHaveLanded) throw error;
      const found = await this.readBack(keys[0], keys[1], digest, nonce);
      if (found) return found;
      throw new CommitUncertainError(`The commit's outcome is unknown: ${error.message}`);
    }
  }

  /**
   * Whether an event id was handled for this user (in the session's recent ids, or in the gone
   * hash): after an uncertain commit, tells whether its write landed since.
   */
  async handled(user: UserRef, eventId: string): Promise<boolean> {
    return (await this.lookUp(this.sessionKey(user), this.goneKey(user), eventDigest(eventId), '', this.timeoutMs)) !== null;
  }

  /** Looks for this call's commit until READ_BACK_MS have passed; null when not found, or Redis does not answer. */
  private async readBack(sessionKey: string, goneKey: string, digest: string, nonce: string): Promise<CommitResult | null> {
    const deadline = Date.now() + READ_BACK_MS;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) return null;
      try {
        const found = await this.lookUp(sessionKey, goneKey, digest, nonce, left);
        if (found) return found;
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
      }
      if (deadline - Date.now() <= READ_BACK_EVERY_MS) return null;
      await new Promise((resolve) => setTimeout(resolve, READ_BACK_EVERY_MS));
    }
  }

  /** `ok`: committed by the call with this nonce; `duplicate`: by another; null: not (yet) committed. Reads only. */
  private async lookUp(sessionKey: string, goneKey: string, digest: string, nonce: string, timeoutMs: number): Promise<CommitResult | null> {
    const field = createHash('sha1').update(`${sessionKey}|${digest}`).digest('hex').slice(0, GONE_FIELD_CHARS);
    const [[events, last], gone] = await Promise.all([
      this.call(this.redis.hmget(sessionKey, 'ev', 'ln'), (a) => a, undefined, undefined, undefined, timeoutMs),
      this.call(this.redis.hget(goneKey, field), (a) => a, undefined, undefined, undefined, timeoutMs),
    ]);
    if (events && hasDigest(events, digest)) return last === nonce ? 'ok' : 'duplicate';
    if (gone) {
      const [until, by] = gone.split(':');
      if (Number(until) > Date.now()) return by === nonce ? 'ok' : 'duplicate';
    }
    return null;
  }

  async ping(): Promise<void> {
    await this.state();
  }

  /**
   * For /readyz: a single server answers PING; a cluster is ready when its client has a slot map
   * and the cluster says every slot is served (`cluster_state:ok`). Throws StoreUnavailableError otherwise.
   */
  async state(): Promise<string> {
    const redis = this.redis;
    if (!(redis instanceof Cluster)) {
      await this.call(redis.ping(), () => undefined);
      return 'Redis answers';
    }
    if (redis.status !== 'ready') throw new StoreUnavailableError(`The Redis Cluster client is ${redis.status}, not ready.`);
    const state = await this.call(clusterState(redis), (s) => s);
    const line = `Redis Cluster ${state.state}: ${state.primaries} primaries, ${state.slotsOk} of 16384 slots served, ${state.knownNodes} nodes known`;
    if (!state.ok) throw new StoreUnavailableError(line);
    return line;
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    this.redis.disconnect();
  }

  /**
   * Redis' answer, read by `read`; a failed or late answer is StoreUnavailableError. On a
   * NOSCRIPT error `noScript` sends the command again, once, with the script itself; on a
   * transient error `again` sends it again, until the deadline.
   * (No named closures here: tsx, which runs the bot, gives each one its name at run time.)
   */
  private call<T, R>(
    sent: Promise<T>,
    read: (answer: T) => R,
    noScript?: () => Promise<T>,
    again?: () => Promise<T>,
    landed: { mayHaveLanded: boolean } = { mayHaveLanded: false },
    timeoutMs = this.timeoutMs,
  ): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiting: Waiting<T, R> = { deadline: Date.now() + timeoutMs, read, resolve, reject, noScript, again, landed, inFlight: true };
      this.waiting.add(waiting as Waiting<unknown, unknown>);
      this.settle(sent, waiting);
    });
  }

  private settle<T, R>(sent: Promise<T>, waiting: Waiting<T, R>): void {
    waiting.inFlight = true;
    sent.then(
      (answer) => {
        this.waiting.delete(waiting as Waiting<unknown, unknown>);
        try {
          waiting.resolve(waiting.read(answer));
        } catch (error) {
          waiting.reject(error as Error);
        }
      },
      (error: Error) => {
        waiting.inFlight = false;
        if (!notSent(error)) waiting.landed.mayHaveLanded = true;
        const { noScript } = waiting;
        // Not after the watchdog has failed the call: the turn has answered, it must not write now.
        if (noScript && error.message.startsWith('NOSCRIPT') && this.waiting.has(waiting as Waiting<unknown, unknown>)) {
          waiting.noScript = undefined;
          this.settle(noScript(), waiting);
          return;
        }
        // A lost answer or a cluster between primaries: sent again while the deadline allows (a read, or a commit with its nonce).
        const { again } = waiting;
        if (again && transient(error) && waiting.deadline - Date.now() > RESEND_AFTER_MS && this.waiting.has(waiting as Waiting<unknown, unknown>)) {
          setTimeout(() => {
            if (this.waiting.has(waiting as Waiting<unknown, unknown>)) this.settle(again(), waiting);
          }, RESEND_AFTER_MS).unref();
          return;
        }
        this.waiting.delete(waiting as Waiting<unknown, unknown>);
        waiting.reject(new StoreUnavailableError(`Redis did not answer: ${error.message}`));
      },
    );
  }

  private failLate(): void {
    const now = Date.now();
    for (const waiting of this.waiting) {
      if (waiting.deadline > now) continue;
      this.waiting.delete(waiting);
      if (waiting.inFlight) waiting.landed.mayHaveLanded = true;
      waiting.reject(new StoreUnavailableError(`Redis did not answer within ${this.timeoutMs} ms.`));
    }
  }
}


function loaded([version, doc, flagged]: (string | null)[]): Loaded {
  const found: Loaded = { version: version ? Number(version) : 0, doc: doc ?? null, duplicate: false };
  if (flagged) found.uncertainUnread = true;
  return found;
}

function commitResult(answer: unknown): CommitResult {
  if (answer === 'ok' || answer === 'duplicate' || answer === 'conflict') return answer;
  throw new StoreUnavailableError(`Unexpected answer from the commit script: ${String(answer)}`);
}

