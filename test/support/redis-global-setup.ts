import { inject } from 'vitest';
import { createRedisClient } from '../../src/engine/redis-client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the `cluster` project's setup: the address of the Redis Cluster it started. */
    testRedisUrl?: string;
  }
}

/** An empty variable is unset, as everywhere else (src/config/config.ts). */
const set = (value: string | undefined) => (value ? value : undefined);

function provided(): string | undefined {
  try {
    return inject('testRedisUrl');
  } catch {
    // Outside a test worker (this module is also the global setup): nothing is provided there.
    return undefined;
  }
}

/**
 * The Redis the tests talk to: the cluster the `cluster` project started, else TEST_REDIS_URL,
 * else REDIS_URL, else the local server. A single server's URL or a cluster's redis+cluster://.
 */
export const TEST_REDIS_URL = provided() ?? set(process.env.TEST_REDIS_URL) ?? set(process.env.REDIS_URL) ?? 'redis://127.0.0.1:6379';

/**
 * Tests that need Redis talk to a real one. When it is not there the run fails here,
 * once, with what to do: a skipped Redis test would look like a passing one.
 */
export default async function setup(): Promise<void> {
  const redis = createRedisClient(TEST_REDIS_URL, { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, connectTimeout: 2_000 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `The tests need a Redis server at ${TEST_REDIS_URL} and could not reach it (${(error as Error).message}). ` +
        'Start one (for example: redis-server --daemonize yes --port 6379 --save "" --appendonly no) or point TEST_REDIS_URL at one, then run npm test again.',
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}
