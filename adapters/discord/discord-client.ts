import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { ClientOptions, RESTOptions } from 'discord.js';
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
 */
export function restOptions(config: Pick<DiscordConfig, 'apiUrl'>): Partial<RESTOptions> {
  return {
    api: config.apiUrl,
    makeRequest: (url, init) => fetch(url, init as RequestInit) as unknown as ReturnType<RESTOptions['makeRequest']>,
  };
}

export function createDiscordClient(config: DiscordConfig, overrides: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: coachIntents(config),
    // DM channels are not in the cache at start: without this partial, discord.js drops DM messages.
    partials: [Partials.Channel],
    // A default for every send; each payload also says it, so no path depends on this alone.
    allowedMentions: NO_MENTIONS,
    rest: restOptions(config),
    ...overrides,
  });
}
