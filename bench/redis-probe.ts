import { Redis } from 'ioredis';
import { progress } from './report.js';

/**
 * What a benchmark learns from Redis itself: commands counted as they are sent, the
 * server's own call counts, memory per key, the raw-client floor, and the clean-up of
 * exactly the keys it wrote. Every connection here fails fast instead of queueing.
 */

const FAIL_FAST = { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, retryStrategy: () => null };

export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, FAIL_FAST);
  // The listener also keeps the cause: connect() itself only says "Connection is closed".
  let cause: Error | undefined;
  redis.on('error', (error: Error) => (cause = error));
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw cause ?? error;
  }
  return redis;
}

export interface RedisCounts {
  /** Commands the client sent, by name. */
  byName: Record<string, number>;
  commands: number;
  /** Times the client waited for the server: a command on its own, or a whole pipeline. */
  roundTrips: number;
  /** Calls the server ran, commands inside Lua scripts included, from INFO commandstats. */
  serverCalls: number;
}

/**
 * Counts what one client sends by wrapping its sendCommand: every command goes through
 * it, and the commands of one pipeline or MULTI share the `stream` they are written to,
 * which is how they are told apart from commands that each cost a round trip. (With
 * ioredis auto-pipelining, one flush would carry several users' commands, and round trips
 * per turn would drop below the waits each turn has: read it as the client's waits then.)
 * The wrapper is in place only from `start` to `stop`, so that rounds timed without
 * counting (the one-user rounds paired with the floor) carry none of its cost.
 */
export class RedisTally {
  private byName = new Map<string, number>();
  private roundTrips = 0;
  private pipelines = new WeakSet<object>();
  private serverCallsAtStart = 0;
  /** The client's own sendCommand property, if it had one, to put back on `stop`. */
  private readonly ownSend: PropertyDescriptor | undefined;

  constructor(
    private readonly client: Redis,
    /** Another connection, so that reading the server's figures does not count as the client's. */
    private readonly admin: Redis,
  ) {
    this.ownSend = Object.getOwnPropertyDescriptor(client, 'sendCommand');
  }

  async start(): Promise<void> {
    this.byName = new Map();
    this.roundTrips = 0;
    this.pipelines = new WeakSet();
    this.serverCallsAtStart = await serverCalls(this.admin);
    const send = this.client.sendCommand.bind(this.client);
    this.client.sendCommand = (command, stream) => {
      this.byName.set(command.name, (this.byName.get(command.name) ?? 0) + 1);
      if (!stream) this.roundTrips++;
      else if (!this.pipelines.has(stream)) {
        this.pipelines.add(stream);
        this.roundTrips++;
      }
      return send(command, stream);
    };
  }

  async stop(): Promise<RedisCounts> {
    if (this.ownSend) Object.defineProperty(this.client, 'sendCommand', this.ownSend);
    else delete (this.client as { sendCommand?: unknown }).sendCommand;
    const byName = Object.fromEntries(this.byName);
    return {
      byName,
      commands: Object.values(byName).reduce((sum, count) => sum + count, 0),
      roundTrips: this.roundTrips,
      serverCalls: (await serverCalls(this.admin)) - this.serverCallsAtStart,
    };
  }
}

/**
 * Calls the server has run since its stats were last reset, all clients together: on a
 * shared Redis others' traffic shows up too, which is why it is not the primary count.
 * INFO itself is left out, since reading the figure runs it.
 */
async function serverCalls(admin: Redis): Promise<number> {
  const info = await admin.info('commandstats');
  let total = 0;
  for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    if (match[1] !== 'info') total += Number(match[2]);
  }
  return total;
}

async function* keysUnder(admin: Redis, prefix: string): AsyncGenerator<string[]> {
  let cursor = '0';
  do {
    const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
    cursor = next;
    if (keys.length > 0) yield keys;
  } while (cursor !== '0');
}

export async function sampleKeys(admin: Redis, prefix: string, limit: number): Promise<string[]> {
  const sample: string[] = [];
  for await (const keys of keysUnder(admin, prefix)) {
    sample.push(...keys.slice(0, limit - sample.length));
    if (sample.length >= limit) break;
  }
  return sample;
}

/** Average MEMORY USAGE of the keys, counting every field (SAMPLES 0). */
export async function bytesPerKey(admin: Redis, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return Number.NaN;
  let total = 0;
  for (const key of keys) total += (await admin.memory('USAGE', key, 'SAMPLES', 0)) ?? 0;
  return total / keys.length;
}

/** Deletes exactly the keys under `prefix:` and nothing else; returns how many. */
async function deleteKeysUnder(admin: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  for await (const keys of keysUnder(admin, prefix)) deleted += await admin.unlink(...keys);
  return deleted;
}

/**
 * Runs `work`, then deletes exactly the keys under `prefix:`, also when the run is stopped
 * with Ctrl-C. The keys carry a TTL too, for a run that is killed outright.
 */
export async function cleaningUp<T>(admin: Redis, prefix: string, work: () => Promise<T>): Promise<T> {
  const cleanUp = async () => progress(`deleted the ${await deleteKeysUnder(admin, prefix)} keys under ${prefix}:`);
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  try {
    return await work();
  } finally {
    process.off('SIGINT', interrupted);
    await cleanUp();
  }
}

/** A version check and a write of the document, the least a compare-and-set turn can do. */
const FLOOR_SCRIPT = `
local version = tonumber(redis.call('HGET', KEYS[1], 'v')) or 0
if version ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'v', version + 1, 'doc', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/**
 * The floor for one turn on Redis: a raw ioredis client doing what a turn must do at the
 * least, one HMGET then one EVALSHA writing a 2 KB document, one after the other.
 * Returns the latency of each pair, in microseconds.
 */
export async function floorLatencies(url: string, key: string, iterations: number, ttlMs: number): Promise<Float64Array> {
  const redis = await connectRedis(url);
  try {
    const sha = (await redis.script('LOAD', FLOOR_SCRIPT)) as string;
    const doc = 'x'.repeat(2_048);
    const latenciesUs = new Float64Array(iterations);
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      const [version] = await redis.hmget(key, 'v', 'doc', 'ev');
      const written = await redis.evalsha(sha, 1, key, version ?? 0, doc, ttlMs);
      latenciesUs[i] = (performance.now() - started) * 1_000;
      if (written !== 1) throw new Error(`The floor's compare-and-set failed on ${key}: is another client writing it?`);
    }
    return latenciesUs;
  } finally {
    redis.disconnect();
  }
}
