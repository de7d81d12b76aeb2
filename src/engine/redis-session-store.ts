import { Redis } from 'ioredis';
import { eventDigest, hasDigest } from './event-digest.js';
import type { RedisOptions } from 'ioredis';
import { EVENTS_ONLY_TTL_MS, RECENT_EVENTS, StoreUnavailableError, userKeyBase } from './session-store.js';
import type { Commit, CommitResult, Loaded, SessionStore, UserRef } from './session-store.js';

/**
 * One hash per user at `{prefix}:{platform:tenant:user}:session` with fields
 *   v   version counter, bumped by every state change
 *   doc the session document (JSON)
 *   ev  digests of the last RECENT_EVENTS handled event ids (see event-digest.ts)
 * A turn costs one HMGET and one EVALSHA: the script checks the event id and the version
 * and writes, all in one atomic step, so neither a redelivery nor a concurrent turn slips through.
 * `delete` removes v and doc at once and keeps only ev, for EVENTS_ONLY_TTL_MS.
 */
const COMMIT_SCRIPT = `
local cur = redis.call('HMGET', KEYS[1], 'v', 'ev')
local version = tonumber(cur[1]) or 0
local events = cur[2] or ''
local digest = ARGV[2]
local width = #digest
local at = string.find(events, digest, 1, true)
while at do
  if (at - 1) % width == 0 then return 'duplicate' end
  at = string.find(events, digest, at + 1, true)
end
if version ~= tonumber(ARGV[1]) then return 'conflict' end
events = events .. digest
local keep = tonumber(ARGV[6]) * width
if #events > keep then events = string.sub(events, #events - keep + 1) end
local ttl = ARGV[5]
if ARGV[3] == 'put' then
  redis.call('HSET', KEYS[1], 'v', version + 1, 'doc', ARGV[4], 'ev', events)
elseif ARGV[3] == 'delete' then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'ev', events)
  ttl = ARGV[7]
else
  redis.call('HSET', KEYS[1], 'ev', events)
  if not cur[1] then ttl = ARGV[7] end
end
redis.call('PEXPIRE', KEYS[1], ttl)
return 'ok'
`;

type CommitFn = (key: string, ...args: (string | number)[]) => Promise<string>;

/**
 * Client settings for a chat turn: fail within about a second and a half instead of
 * queueing for a minute (ioredis' defaults), and keep reconnecting in the background.
 */
export const CHAT_TURN_REDIS_OPTIONS: RedisOptions = {
  // Auto-pipelining was measured (npm run bench, A/B): no clear gain in turns/s at 100 users on this
  // 2-core machine, and a slower p50 at one user (2.4x the raw-client floor instead of 1.9x).
  enableAutoPipelining: false,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  commandTimeout: 1_500,
  connectTimeout: 2_000,
  retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
};

export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis';

  constructor(
    readonly redis: Redis,
    private readonly prefix = 'pivot',
  ) {
    redis.defineCommand('pivotCommit', { numberOfKeys: 1, lua: COMMIT_SCRIPT });
  }

  /** Connects with chat-turn settings and waits until Redis answers. */
  static async connect(url: string, prefix: string, options: RedisOptions = {}): Promise<RedisSessionStore> {
    const redis = new Redis(url, { ...CHAT_TURN_REDIS_OPTIONS, lazyConnect: true, ...options });
    // Without a listener ioredis reports every failed reconnect as an unhandled error.
    redis.on('error', () => {});
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new StoreUnavailableError(`Could not connect to Redis at ${redactUrl(url)}: ${(error as Error).message}`);
    }
    return new RedisSessionStore(redis, prefix);
  }

  sessionKey(user: UserRef): string {
    return `${userKeyBase(this.prefix, user)}:session`;
  }

  async load(user: UserRef, eventId: string): Promise<Loaded> {
    const [version, doc, events] = await this.call(() => this.redis.hmget(this.sessionKey(user), 'v', 'doc', 'ev'));
    return {
      version: version ? Number(version) : 0,
      doc: doc ?? null,
      duplicate: events ? hasDigest(events, eventDigest(eventId)) : false,
    };
  }

  async commit(user: UserRef, commit: Commit): Promise<CommitResult> {
    const run = (this.redis as unknown as { pivotCommit: CommitFn }).pivotCommit;
    const { write } = commit;
    const result = await this.call(() =>
      run.call(
        this.redis,
        this.sessionKey(user),
        commit.expectedVersion,
        eventDigest(commit.eventId),
        write.kind,
        write.kind === 'put' ? write.doc : '',
        Math.max(1, Math.round(commit.ttlMs)),
        RECENT_EVENTS,
        EVENTS_ONLY_TTL_MS,
      ),
    );
    if (result !== 'ok' && result !== 'duplicate' && result !== 'conflict') {
      throw new StoreUnavailableError(`Unexpected answer from the commit script: ${String(result)}`);
    }
    return result;
  }

  async ping(): Promise<void> {
    await this.call(() => this.redis.ping());
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new StoreUnavailableError(`Redis did not answer: ${(error as Error).message}`);
    }
  }
}

/** Keeps a password in REDIS_URL out of logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
