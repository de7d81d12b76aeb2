import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Engine } from '../src/engine/engine.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { RedisSessionStore, redactUrl } from '../src/engine/redis-session-store.js';
import type { Reply } from '../src/engine/reply.js';
import type { SessionStore } from '../src/engine/session-store.js';
import { measureDomain, renderDomain } from './domain-bench.js';
import { latency, missingNodeFlags, median, medianOfRounds } from './measure.js';
import { optionsOrUsage } from './options.js';
import type { BenchOptions } from './options.js';
import { RedisTally, bytesPerKey, cleaningUp, connectRedis, floorLatencies, sampleKeys } from './redis-probe.js';
import { referenceFlow } from './reference-flow.js';
import { fmt, progress, table } from './report.js';
import type { Bot } from './simulated-users.js';
import { simulate, userOf } from './simulated-users.js';
import { ONE_USER_TURNS, measureEntry } from './suite.js';
import type { Entry, Target } from './suite.js';

/**
 * `npm run bench`: the engine in this process, driven by simulated users, on the memory
 * store and on a real Redis. See bench/options.ts for the command line.
 */

/** Long enough to outlive the run; short enough that keys left by a killed run go by themselves. */
const SESSION_TTL_MS = 10 * 60_000;
const FLOOR_ITERATIONS = 1_000;
const REDIS_KEYS_SAMPLED = 200;
const PLATFORM = 'bench';
const TENANT = 'T-bench';

export interface RedisEntry extends Entry {
  redisBytesPerSession: number;
  /** The stored session document alone, to set against the floor's 2 KB. */
  sessionDocBytes: number;
  floor: { p50Us: number; p99Us: number };
  oneUserP50OverFloor: number;
}

function engineBot(engine: Engine): Bot<Reply[]> {
  return {
    send: (who, said, eventId) => {
      const origin = { platform: PLATFORM, tenant: TENANT, conversation: who.conversation, user: who.user, eventId };
      return engine.handle(said.click ? { kind: 'choice', ...origin, ...said.click } : { kind: 'text', ...origin, text: said.text });
    },
    texts: (replies) => replies.flatMap((reply) => ('text' in reply ? [reply.text] : [])),
  };
}

/** Each turn of the script changes the session, so each one must have written a new version. */
function engineTarget(store: SessionStore, tally?: RedisTally): Target<Reply[]> {
  const engine = new Engine({ store, flows: new FlowRegistry([referenceFlow], referenceFlow.id), ttlMs: SESSION_TTL_MS });
  return {
    bot: engineBot(engine),
    tally,
    verify: async (cohort, users, turns) => {
      for (let index = 0; index < users; index++) {
        const user = { platform: PLATFORM, tenant: TENANT, user: userOf(cohort, index) };
        const { version } = await store.load(user, 'bench-verify');
        if (version !== turns) throw new Error(`${user.user} took ${turns} turns but the store holds version ${version}: some turn wrote nothing.`);
      }
    },
  };
}

async function benchMemory(options: BenchOptions, prefix: string): Promise<Entry> {
  const store = new MemorySessionStore(prefix);
  const entry = await measureEntry(engineTarget(store), options, 'memory');
  await store.close();
  return entry;
}

class RedisUnreachable extends Error {}

async function benchRedis(options: BenchOptions, prefix: string): Promise<RedisEntry> {
  const url = options.redisUrl;
  let admin: Redis | undefined;
  let store: RedisSessionStore;
  try {
    admin = await connectRedis(url);
    store = await RedisSessionStore.connect(url, prefix);
  } catch (error) {
    admin?.disconnect();
    throw new RedisUnreachable(`Redis at ${redactUrl(url)} did not answer (${(error as Error).message}).`);
  }
  try {
    return await cleaningUp(admin, prefix, async () => {
      const target = engineTarget(store, new RedisTally(store.redis as Redis, admin));
      const entry = await measureEntry(target, options, 'redis');
      const keys = await sampleKeys(admin, prefix, REDIS_KEYS_SAMPLED);
      const docBytes = await Promise.all(keys.map((key) => admin.hstrlen(key, 'doc')));
      return {
        ...entry,
        redisBytesPerSession: await bytesPerKey(admin, keys),
        sessionDocBytes: median(docBytes),
        ...(await againstFloor(target, url, `${prefix}:floor`, options.rounds)),
      };
    });
  } finally {
    await store.close();
    admin.disconnect();
  }
}

/**
 * The raw-client floor, and our one-user p50 over it, measured in pairs: a round of each,
 * back to back, the ratio taken per pair. On a shared, noisy machine the two rounds of a
 * pair see the same load, which separately measured medians do not.
 */
async function againstFloor(target: Target<Reply[]>, url: string, key: string, rounds: number) {
  progress(`redis: raw ioredis floor (HMGET + EVALSHA of 2 KB), paired with 1-user rounds, median of ${rounds}`);
  await floorLatencies(url, key, FLOOR_ITERATIONS / 10, SESSION_TTL_MS);
  const pairs = [];
  for (let round = 0; round < rounds; round++) {
    const ours = latency((await simulate(target.bot, 1, ONE_USER_TURNS, `redis-floor-r${round}`)).latenciesUs);
    const floor = latency(await floorLatencies(url, key, FLOOR_ITERATIONS, SESSION_TTL_MS));
    pairs.push({ ...floor, ratio: ours.p50Us / floor.p50Us });
  }
  const { p50Us, p99Us, ratio } = medianOfRounds(pairs);
  return { floor: { p50Us, p99Us }, oneUserP50OverFloor: ratio };
}

function render(options: BenchOptions, memory: Entry, redis: RedisEntry | undefined): string {
  const both = (pick: (entry: Entry) => number | undefined, digits = 0) => [fmt(pick(memory), digits), fmt(redis && pick(redis), digits)];
  const onlyRedis = (value: number | undefined, digits = 0, note = '') => ['-', value === undefined ? '-' : `${fmt(value, digits)}${note}`];
  const byName = Object.entries(redis?.redisCommandsByName ?? {})
    .map(([name, count]) => `${name} ${fmt(count, 2)}`)
    .join(', ');
  const users = `${options.users} users`;
  return [
    `Pivot Coach engine, reference flow of 6 questions: ${options.users} users x ${options.turns} turns, median of ${options.rounds} rounds`,
    table([
      ['', 'memory', 'redis'],
      [`turns/s, ${users}`, ...both((e) => e.turnsPerSecond)],
      [`p50 per turn (us), ${users}`, ...both((e) => e.p50Us)],
      [`p99 per turn (us), ${users}`, ...both((e) => e.p99Us)],
      ['turns/s, 1 user', ...both((e) => e.oneUser.turnsPerSecond)],
      ['p50 per turn (us), 1 user', ...both((e) => e.oneUser.p50Us)],
      ['p99 per turn (us), 1 user', ...both((e) => e.oneUser.p99Us)],
      ['heap bytes per stored session', ...both((e) => e.heapBytesPerSession)],
      ['Redis bytes per session (MEMORY USAGE)', ...onlyRedis(redis?.redisBytesPerSession)],
      ['session document bytes', ...onlyRedis(redis?.sessionDocBytes)],
      ['Redis commands per turn (counted)', ...onlyRedis(redis?.redisCommandsPerTurn, 2, byName ? ` (${byName})` : '')],
      ['Redis round trips per turn (counted)', ...onlyRedis(redis?.redisRoundTripsPerTurn, 2)],
      ['Redis server calls per turn, Lua included', ...onlyRedis(redis?.redisServerCallsPerTurn, 2)],
      ['floor p50 (us): raw HMGET + EVALSHA, 2 KB', ...onlyRedis(redis?.floor.p50Us)],
      ['1-user p50 / floor p50, paired rounds', ...onlyRedis(redis?.oneUserP50OverFloor, 2, 'x')],
    ]),
  ].join('\n');
}

async function main(): Promise<number> {
  const options = optionsOrUsage();
  if (!options) return 2;
  const flags = missingNodeFlags();
  if (flags) {
    process.stderr.write(`${flags}\n`);
    return 2;
  }
  // One random prefix per run: the clean-up deletes exactly these keys, and no one else's.
  const prefix = `pivot-bench-${randomBytes(6).toString('hex')}`;
  const memory = await benchMemory(options, prefix);
  let redis: RedisEntry | undefined;
  let redisError: string | undefined;
  try {
    redis = await benchRedis(options, prefix);
  } catch (error) {
    if (!(error instanceof RedisUnreachable)) throw error;
    redisError = error.message;
  }
  const domain = await measureDomain();
  if (options.json) process.stdout.write(`${JSON.stringify({ memory, redis: redis ?? { error: redisError }, domain })}\n`);
  else process.stdout.write(`${render(options, memory, redis)}\n\n${renderDomain(domain)}\n`);
  if (redisError) process.stderr.write(`${redisError} Start Redis, or point --redis-url or REDIS_URL at one; the memory figures stand.\n`);
  return redisError ? 1 : 0;
}

process.exitCode = await main();
