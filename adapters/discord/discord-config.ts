import { z } from 'zod';
import { ConfigError } from '../../src/config/config.js';
import { redactUrl } from '../../src/engine/redis-session-store.js';

/** Discord's own REST base; discord.js appends the API version (/v10). */
export const DISCORD_API_DEFAULT = 'https://discord.com/api';

const snowflake = /^\d{17,20}$/;
const onOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'], { error: 'on or off' })
  .transform((value) => ['on', 'true', '1', 'yes'].includes(value));

/**
 * The Discord settings, checked once at start like src/config/config.ts does for the core ones.
 * They live with the adapter: the core knows nothing about Discord.
 */
const discordEnvSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'the bot token from the Developer Portal (Bot, Reset Token)' })
    // Three dot-separated base64url parts; checked loosely so that a pasted "Bot " prefix or a client secret is caught.
    .regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'a bot token (three parts separated by dots, without "Bot " in front)'),
  DISCORD_APPLICATION_ID: z
    .string({ error: 'the application id from the Developer Portal (General Information), for example 1234567890123456789' })
    .regex(snowflake, 'a Discord id of 17 to 20 digits, for example 1234567890123456789'),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'an http:// or https:// URL such as https://discord.com/api (or your REST proxy\'s)' })
    .transform((url) => url.replace(/\/+$/, ''))
    .default(DISCORD_API_DEFAULT),
  DISCORD_MESSAGE_CONTENT: onOff.default(true),
  DISCORD_THREADS: z.enum(['private', 'public'], { error: 'private or public' }).default('private'),
});

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** REST base URL: Discord's own, or a shared REST proxy when shards must share rate limits. */
  apiUrl: string;
  /** The privileged Message Content intent: needed to read typed answers in server threads without a mention. */
  messageContent: boolean;
  /** Coaching threads are private by default: answers include pay and career plans. */
  threads: 'private' | 'public';
}

/** Variables whose values must never appear in a message (the token is a password). */
const SECRET = new Set(['DISCORD_TOKEN']);

export function isDiscordConfigured(env: NodeJS.ProcessEnv): boolean {
  // Either one set means the operator meant to run Discord: a missing partner is reported, not silently ignored.
  return Boolean(env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID);
}

export function loadDiscordConfig(env: NodeJS.ProcessEnv): DiscordConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = discordEnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = present[name];
      if (value === undefined) return `- ${name} is not set, but it should be ${issue.message}.`;
      const shown = SECRET.has(name) ? '(hidden)' : `"${redactUrl(value)}"`;
      return `- ${name} is set to ${shown}, but it should be ${issue.message}.`;
    });
    throw new ConfigError(`Pivot Coach cannot start Discord: the configuration is not valid.\n${lines.join('\n')}\nFix the environment variable and start again.`);
  }
  const e = parsed.data;
  return { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, apiUrl: e.DISCORD_API_URL, messageContent: e.DISCORD_MESSAGE_CONTENT, threads: e.DISCORD_THREADS };
}
