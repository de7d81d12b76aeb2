import { ConfigError, loadConfig } from '../../src/config/config.js';
import { loadCoachData } from '../../src/coach-data.js';
import { DataError } from '../../src/data/load-data.js';
import { Engine } from '../../src/engine/engine.js';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { StoreUnavailableError } from '../../src/engine/session-store.js';
import { createLogger } from '../../src/log.js';
import { createFlowRegistry } from '../../flows/index.js';
import discord from './adapter.js';

/**
 * One shard's process, started by sharding.ts (discord.js's ShardingManager sets SHARDS and
 * SHARD_COUNT, which the client reads). It runs the Discord adapter only, with the same engine
 * as `npm start`, on the shared Redis: Slack or the terminal must not start once per shard.
 */
async function runShard(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.redisUrl) throw new ConfigError('A Discord shard needs REDIS_URL: every shard must use the same Redis.');
  const logger = createLogger(config.logLevel);
  const store = await RedisSessionStore.connect(config.redisUrl, config.keyPrefix);
  const engine = new Engine({ store, flows: createFlowRegistry(await loadCoachData()), ttlMs: config.sessionTtlMs, logger });
  const running = await discord.start({ engine, env: process.env, argv: [], logger });
  const stop = async () => {
    await running.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await running.done;
}

runShard().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StoreUnavailableError || error instanceof DataError;
  process.stderr.write(`Pivot Coach Discord shard ${process.env.SHARDS ?? '?'} stopped: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
  process.exit(known ? 2 : 1);
});
