import { fileURLToPath, pathToFileURL } from 'node:url';
import { ShardingManager } from 'discord.js';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/log.js';
import { loadDiscordConfig } from './discord-config.js';

/**
 * Discord on more servers than one process should hold (Discord requires sharding from 2,500
 * servers): `npx tsx adapters/discord/sharding.ts` starts discord.js's ShardingManager, which runs
 * shard.ts once per shard, each a process with its own gateway connection and the Discord adapter
 * only. Every shard must use the same Redis (REDIS_URL): a member's DMs arrive on shard 0 and their
 * server events on the server's shard, and both must see one session. Set DISCORD_API_URL to a
 * shared REST proxy so that the shards also share Discord's rate limits.
 *
 *   DISCORD_SHARDS  number of shards, or "auto" (Discord's recommendation; the default)
 */
const shardsSchema = z.union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)], { error: 'a whole number of shards, or auto' }).default('auto');

export const SHARD_FILE = fileURLToPath(new URL('./shard.ts', import.meta.url));

export function shardCount(env: NodeJS.ProcessEnv): number | 'auto' {
  const parsed = shardsSchema.safeParse(env.DISCORD_SHARDS || undefined);
  if (!parsed.success) throw new ConfigError(`DISCORD_SHARDS is set to "${env.DISCORD_SHARDS}", but it should be a whole number of shards, or auto.`);
  return parsed.data;
}

async function main(): Promise<void> {
  const core = loadConfig(process.env);
  if (!core.redisUrl) throw new ConfigError('Sharding needs REDIS_URL: every shard must use the same Redis, or a member would meet a different session on each shard.');
  const discord = loadDiscordConfig(process.env);
  const logger = createLogger(core.logLevel);
  const manager = new ShardingManager(SHARD_FILE, {
    token: discord.token,
    totalShards: shardCount(process.env),
    // Shard processes run TypeScript like `npm start` does; fork would otherwise drop tsx's loader.
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info('discord shard started', { shard: shard.id, of: manager.totalShards }));
  await manager.spawn();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  });
}
