import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { newEntry } from '../src/outbox/entry.js';
import type { Where } from '../src/outbox/entry.js';
import { RedisOutboxStore as CurrentStore } from '../src/outbox/redis-outbox-store.js';

/**
 * The outbox sweep (RedisOutboxStore.pending, what every process runs every 15 s to pick up
 * replies another process left): `--people N` session queues, a share of them with a reply
 * waiting and the rest emptied, spread over the slots their ids fall in, on the Redis at
 * REDIS_URL (default 127.0.0.1:6379), under a random prefix removed afterwards. Prints the
 * median and spread of `--runs` sweeps and the Redis round trips one sweep makes.
 *
 *   npx tsx bench/outbox-sweep-bench.ts --people 2000 --runs 15 [--store path/to/another-store.ts]
 *
 * `--store` sweeps with another RedisOutboxStore (an older version saved aside), for a comparison.
 */

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const PEOPLE = arg('people', 2000);
const RUNS = arg('runs', 15);
const WAITING_SHARE = 0.25;

async function main(): Promise<void> {
  const prefix = `pivot-bench-${randomBytes(5).toString('hex')}`;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const at = process.argv.indexOf('--store');
  const Store = at > 0 ? ((await import(process.argv[at + 1] as string)) as { RedisOutboxStore: typeof CurrentStore }).RedisOutboxStore : CurrentStore;
  const store = new Store(redis, prefix);
  try {
    const queues: Where[] = Array.from({ length: PEOPLE }, (_, i) => ({ platform: 'slack', tenant: 'T1', conversation: `D${i}`, owner: `U${i}` }));
    for (const [i, where] of queues.entries()) await store.append(where, [newEntry({ id: `ev${i}#0`, message: { text: 'hi' } }, Date.now())], 3_600_000);
    const waiting = Math.round(PEOPLE * WAITING_SHARE);
    // Emptied queues stay listed until a sweep finds them empty: refill what each sweep unlists.
    const empties = queues.slice(waiting);
    const emptyThem = async () => {
      const pipe = redis.pipeline();
      for (const where of empties) pipe.del(store.keys(where).queue, store.keys(where).items);
      await pipe.exec();
    };
    const relist = async () => {
      const pipe = redis.pipeline();
      for (const where of empties) pipe.sadd(store.keys(where).slotIndex as string, JSON.stringify([where.platform, where.tenant, where.owner, 0]));
      await pipe.exec();
    };
    await emptyThem();
    let calls = 0;
    const original = redis.sendCommand.bind(redis);
    redis.sendCommand = ((...args: Parameters<typeof original>) => {
      calls++;
      return original(...args);
    }) as typeof redis.sendCommand;
    const times: number[] = [];
    let perSweep = 0;
    let found = 0;
    for (let run = 0; run < RUNS; run++) {
      await relist();
      calls = 0;
      const started = performance.now();
      found = (await store.pending()).length;
      times.push(performance.now() - started);
      perSweep = calls;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] as number;
    console.log(`outbox sweep: ${PEOPLE} session queues (${waiting} with a reply waiting, ${PEOPLE - waiting} emptied), ${RUNS} sweeps`);
    console.log(`  found ${found} waiting; median ${median.toFixed(1)} ms (min ${times[0]?.toFixed(1)}, max ${times.at(-1)?.toFixed(1)}); ${perSweep} Redis calls a sweep`);
  } finally {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}

await main();
