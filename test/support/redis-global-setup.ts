import { Redis } from 'ioredis';

/**
 * Tests that need Redis talk to a real one. When it is not there the run fails here,
 * once, with what to do: a skipped Redis test would look like a passing one.
 */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export default async function setup(): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, connectTimeout: 2_000 });
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
