import { createHash, randomBytes } from 'node:crypto';
import { Cluster } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { clusterState, connectRedisClient, isClusterLocator, redactUrl } from './redis-client.js';
import type { RedisClient } from './redis-client.js';
import { DIGEST_WIDTH, eventDigest } from './event-digest.js';
import { EVENTS_ONLY_TTL_MS, RECENT_EVENTS, StoreUnavailableError, userKeyBase } from './session-store.js';
import type { Commit, CommitResult, Loaded, SessionStore, UserRef } from './session-store.js';

/**
 * One hash per user at `{prefix}:{platform:tenant:user}:session` with fields
 *   v   version counter, bumped by every state change
 *   doc the session document (JSON)
 *   ev  digests of the last RECENT_EVENTS handled event ids (see event-digest.ts)
 * A turn costs one HMGET (v and doc) and one EVALSHA: the script checks the event id and the
 * version and writes, all in one atomic step, so neither a redelivery nor a concurrent turn
 * slips through. The event ids are checked there only: `load` does not read them.
 * `delete` removes v and doc at once and keeps only ev, for EVENTS_ONLY_TTL_MS.
 *
 *   ln  the nonce of the commit call that wrote last (see below)
 * ARGV: expected version, event digest, write kind (put, keep or delete), document (put only), TTL in ms,
 * and a nonce of this commit call. A call whose answer was lost (a dropped connection, a failover) is
 * sent again with the same nonce; finding its own event id and nonce, the script answers `ok`, not
 * `duplicate`: the first send did the write, and the turn must say its replies rather than nothing.
 * The digest width, how many digests are kept and the events-only TTL are constants of the script.
 */
const KEPT_CHARS = RECENT_EVENTS * DIGEST_WIDTH;
export const COMMIT_SCRIPT = `
local cur = redis.call('HMGET', KEYS[1], 'v', 'ev', 'ln')
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
local version = tonumber(cur[1]) or 0
if version ~= tonumber(ARGV[1]) then return 'conflict' end
-- keep the newest RECENT_EVENTS - 1 digests, then add this one
if #events >= ${KEPT_CHARS} then events = string.sub(events, #events - ${KEPT_CHARS - DIGEST_WIDTH - 1}) end
events = events .. digest
local ttl = ARGV[5]
if ARGV[3] == 'put' then
  redis.call('HSET', KEYS[1], 'v', version + 1, 'doc', ARGV[4], 'ev', events, 'ln', ARGV[6])
elseif ARGV[3] == 'delete' then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'ev', events, 'ln', ARGV[6])
  ttl = ${EVENTS_ONLY_TTL_MS}
else
  redis.call('HSET', KEYS[1], 'ev', events, 'ln', ARGV[6])
  if not cur[1] then ttl = ${EVENTS_ONLY_TTL_MS} end
end
redis.call('PEXPIRE', KEYS[1], ttl)
return 'ok'
`;
const COMMIT_SHA = createHash('sha1').update(COMMIT_SCRIPT).digest('hex');

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

export { redactUrl };

export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis';
  private readonly waiting = new Set<Waiting<unknown, unknown>>();
  private readonly watchdog: NodeJS.Timeout;

  constructor(
    readonly redis: RedisClient,
    private readonly prefix = 'pivot',
    private readonly timeoutMs = STORE_CALL_TIMEOUT_MS,
  ) {
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

  /** Does not read the event ids: `duplicate` is always false here, and the commit script checks them. */
  load(user: UserRef, _eventId?: string): Promise<Loaded> {
    const key = this.sessionKey(user);
    return this.call(this.redis.hmget(key, 'v', 'doc'), loaded, undefined, () => this.redis.hmget(key, 'v', 'doc'));
  }

  commit(user: UserRef, commit: Commit): Promise<CommitResult> {
    const { write } = commit;
    const args = [
      this.sessionKey(user),
      commit.expectedVersion,
      eventDigest(commit.eventId),
      write.kind,
      write.kind === 'put' ? write.doc : '',
      Math.max(1, Math.round(commit.ttlMs)),
      randomBytes(8).toString('base64url'),
    ] as const;
    // Not in the server's script cache (a restart, SCRIPT FLUSH), the script did not run: then it is sent whole.
    // Sent again, with the same nonce, when the answer was lost on the way (see COMMIT_SCRIPT).
    return this.call(this.redis.evalsha(COMMIT_SHA, 1, ...args), commitResult, () => this.redis.eval(COMMIT_SCRIPT, 1, ...args), () =>
      this.redis.evalsha(COMMIT_SHA, 1, ...args),
    );
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
  private call<T, R>(sent: Promise<T>, read: (answer: T) => R, noScript?: () => Promise<T>, again?: () => Promise<T>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiting: Waiting<T, R> = { deadline: Date.now() + this.timeoutMs, read, resolve, reject, noScript, again };
      this.waiting.add(waiting as Waiting<unknown, unknown>);
      this.settle(sent, waiting);
    });
  }

  private settle<T, R>(sent: Promise<T>, waiting: Waiting<T, R>): void {
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
      waiting.reject(new StoreUnavailableError(`Redis did not answer within ${this.timeoutMs} ms.`));
    }
  }
}

function loaded([version, doc]: (string | null)[]): Loaded {
  return { version: version ? Number(version) : 0, doc: doc ?? null, duplicate: false };
}

function commitResult(answer: unknown): CommitResult {
  if (answer === 'ok' || answer === 'duplicate' || answer === 'conflict') return answer;
  throw new StoreUnavailableError(`Unexpected answer from the commit script: ${String(answer)}`);
}

