import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { ClientOptions, RESTOptions } from 'discord.js';
import { silentLogger } from '../../src/log.js';
import type { Logger } from '../../src/log.js';
import type { DiscordConfig } from './discord-config.js';
import { NO_MENTIONS } from './render-message.js';

/**
 * The gateway events the coach needs, and no more: guilds (the channel and thread cache, so that a
 * user's coaching thread is found again), messages in servers and in DMs, and the privileged
 * Message Content intent, without which typed answers in a server thread arrive empty unless they
 * mention the bot. Interactions (slash commands, buttons, selects, modals) need no intent.
 */
export function coachIntents(config: Pick<DiscordConfig, 'messageContent'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/**
 * Requests go through Node's global fetch rather than discord.js's direct undici call. The REST
 * queue (buckets, Retry-After on 429, retries on 5xx) sits above makeRequest and reads only the
 * status and headers of what it returns, so it behaves the same; and the HTTP tests can see the
 * requests. `fetch` is looked up on each call so that an interceptor installed later still applies.
 * A 429 is only logged here: the queue waits it out and retries.
 */
export function restOptions(config: Pick<DiscordConfig, 'apiUrl'>, logger: Logger = silentLogger): Partial<RESTOptions> {
  return {
    api: config.apiUrl,
    makeRequest: async (url, init) => {
      const response = await fetch(url, init as RequestInit);
      if (response.status === 429) {
        const header = (name: string) => response.headers.get(name) ?? undefined;
        logger.info('discord rate limited, discord.js waits and retries', { retryAfter: header('retry-after'), scope: header('x-ratelimit-scope'), global: response.headers.has('x-ratelimit-global') });
      }
      return response as unknown as Awaited<ReturnType<RESTOptions['makeRequest']>>;
    },
  };
}

export function createDiscordClient(config: DiscordConfig, logger: Logger = silentLogger, overrides: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: coachIntents(config),
    // DM channels are not in the cache at start: without this partial, discord.js drops DM messages.
    partials: [Partials.Channel],
    // A default for every send; each payload also says it, so no path depends on this alone.
    allowedMentions: NO_MENTIONS,
    rest: restOptions(config, logger),
    ...overrides,
  });
}
