import type { TestProject } from 'vitest/node';
import { RedisClusterProcess } from './redis-cluster.js';
import './redis-global-setup.js';

/**
 * The `cluster` project's setup: a fresh 3-primary Redis Cluster for this run, on ports of
 * its own in a temp dir, whose address the project's tests read as TEST_REDIS_URL; torn down
 * after the run. (vitest.config.ts leaves the project out, saying why, when redis-server is absent.)
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await RedisClusterProcess.start({ primaries: 3 });
  project.provide('testRedisUrl', cluster.url);
  return () => cluster.stop();
}
