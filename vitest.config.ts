import { execFileSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Two projects in one run. `single`: every test, the Redis ones against one redis-server
 * (TEST_REDIS_URL, default 127.0.0.1:6379). `cluster`: only the tests of the Redis store and
 * the engine on it, again, against a 3-primary Redis Cluster that its setup starts for the
 * run (test/support/redis-cluster-global-setup.ts), plus the cluster's own resharding and
 * failover tests. Only the Redis tests run twice, so the run is not twice as long.
 */
const REDIS_TESTS = [
  'test/redis-session-store.test.ts',
  'test/engine-redis.test.ts',
  'test/redis-keys.test.ts',
  'test/redis-many-processes.test.ts',
  'test/outbox.test.ts',
  'test/outbox-crash.test.ts',
  'test/checkins-run.test.ts',
  'test/slack-peer-practice.test.ts',
  'test/slack-input-safety.test.ts',
];
const CLUSTER_ONLY = ['test/redis-cluster*.test.ts'];
/** The fault suite runs on its own (vitest.faults.config.ts, `npm run test:faults`), never inside these projects. */
const FAULTS = ['test/faults/**'];

function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    execFileSync('redis-cli', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: { name: 'single', include: ['test/**/*.test.ts'], exclude: [...CLUSTER_ONLY, ...FAULTS], globalSetup: ['test/support/redis-global-setup.ts'] },
  },
];
if (hasRedisServer()) {
  projects.push({
    extends: true,
    test: { name: 'cluster', include: [...REDIS_TESTS, ...CLUSTER_ONLY], globalSetup: ['test/support/redis-cluster-global-setup.ts'] },
  });
} else {
  process.stderr.write('redis-server or redis-cli is not installed: the Redis Cluster tests (project "cluster") are skipped. Install redis-server to run them.\n');
}

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects,
  },
});
