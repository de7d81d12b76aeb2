import { DiscordjsErrorCodes, Events, GatewayCloseCodes } from 'discord.js';
import type { AdapterContext, RunningAdapter } from '../../src/adapter-host.js';
import { renderChart } from '../../src/charts/render-png.js';
import { ConfigError } from '../../src/config/config.js';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { RedisOutboxStore } from '../../src/outbox/redis-outbox-store.js';
import { createDiscordClient } from './discord-client.js';
import { loadDiscordConfig } from './discord-config.js';
import { DiscordCoach } from './discord-coach.js';

/** How often the outbox is searched for messages a stopped process left. */
const OUTBOX_SWEEP_MS = 15_000;

/** Close codes after which Discord will not take the bot back until the configuration changes. */
const FATAL: Record<number, string> = {
  [GatewayCloseCodes.AuthenticationFailed]: 'Discord refused DISCORD_TOKEN. Reset the token in the Developer Portal (Bot) and set it again.',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord refused the Message Content intent. Turn on "Message Content Intent" in the Developer Portal (Bot, Privileged Gateway Intents), or set DISCORD_MESSAGE_CONTENT=off (then typed answers in server threads must mention the bot).',
};

/**
 * Logs the client in and runs the coach on it. The slash commands are not registered here:
 * Discord caps command creations per day, so that is `npm run discord:register`, once per change.
 */
export async function startDiscord({ engine, env, logger }: AdapterContext): Promise<RunningAdapter> {
  const config = loadDiscordConfig(env);
  const client = createDiscordClient(config, logger);
  // The outbox lives beside the sessions: in Redis, any process (any shard) can send what another left.
  // The session store's own outbox when it has one: the engine then enqueues a turn's replies there with its commit.
  const staged = engine.store.outbox;
  const outboxStore = staged ?? (engine.store instanceof RedisSessionStore ? new RedisOutboxStore(engine.store.redis, env.PIVOT_KEY_PREFIX || 'pivot') : undefined);
  const coach = new DiscordCoach({ client, engine, logger, config, charts: renderChart, ...(outboxStore ? { outboxStore } : {}), ...(staged ? { stageReplies: true } : {}) });
  coach.attach();
  const sweep = () => void coach.outbox.recover().catch((error: unknown) => logger.warn('discord outbox sweep failed', { error }));
  const sweeper = setInterval(sweep, OUTBOX_SWEEP_MS);
  sweeper.unref();

  let fail: (error: Error) => void = () => {};
  // A chat adapter is never done by itself: `done` only settles when Discord shuts the bot out.
  const done = new Promise<void>((_, reject) => {
    fail = reject;
  });
  done.catch(() => {});

  client.on(Events.ShardDisconnect, (event, shardId) => {
    const reason = FATAL[event.code];
    logger.error('discord shard disconnected for good', { shard: shardId, code: event.code });
    fail(reason ? new ConfigError(reason) : new Error(`Discord closed the connection with code ${event.code}; see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes`));
  });
  client.on(Events.ShardError, (error, shardId) => logger.warn('discord shard error', { shard: shardId, error }));
  client.on(Events.Warn, (message) => logger.warn('discord warning', { message }));
  client.once(Events.ClientReady, (ready) => {
    sweep();
    logger.info('discord ready', { guilds: ready.guilds.cache.size, shards: ready.ws.shards.map((shard) => shard.id) });
    if (ready.application.id !== config.applicationId) {
      logger.warn('DISCORD_APPLICATION_ID is not the application of DISCORD_TOKEN; /pivot may be registered for another app', { tokenApplication: ready.application.id });
    }
  });

  try {
    await Promise.race([client.login(config.token), done]);
  } catch (error) {
    await client.destroy();
    if ((error as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) throw new ConfigError(FATAL[GatewayCloseCodes.AuthenticationFailed] as string);
    if (error instanceof TypeError && error.message === 'fetch failed') {
      const cause = (error.cause as Error | undefined)?.message ?? 'no answer';
      throw new Error(`Pivot Coach could not reach Discord's API at ${config.apiUrl} (${cause}). Check the network, or DISCORD_API_URL.`, { cause: error });
    }
    throw error;
  }

  return {
    done,
    stop: async () => {
      clearInterval(sweeper);
      await coach.idle();
      await client.destroy();
    },
  };
}
