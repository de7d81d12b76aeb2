import { defineConfig } from 'vitest/config';

/**
 * The fault suite (`npm run test:faults`): Redis paused, frozen and killed, Slack slow,
 * rate-limited and failing, Discord rate-limited and failing, a coach process killed between
 * commit and send. Its own run, not a project of `npm test`: each file starts its own
 * redis-server (and some start coach processes), most of the time is spent waiting out
 * faults, and `npm test` keeps its length. The files run side by side: they share nothing.
 */
export default defineConfig({
  test: {
    name: 'faults',
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // Waiting, not computing: more files at once than there are cores.
    maxWorkers: 4,
    reporters: ['default', './test/faults/summary-reporter.ts'],
  },
});
