import { pathToFileURL } from 'node:url';
import { DiscordAPIError, OAuth2Scopes, PermissionFlagsBits, REST, Routes } from 'discord.js';
import { ConfigError } from '../../src/config/config.js';
import { COMMAND_NAME, SUBCOMMAND_NAMES, pivotCommand } from './commands.js';
import { restOptions } from './discord-client.js';
import { loadDiscordConfig } from './discord-config.js';
import type { DiscordConfig } from './discord-config.js';

/**
 * Registers /pivot with Discord, run by hand after a change to commands.ts, never at start:
 * Discord caps command creations per day (200 per scope). One bulk overwrite (PUT) replaces the
 * app's commands in that scope, so running it again with nothing changed creates nothing.
 *
 *   npx tsx adapters/discord/register-commands.ts --guild 123456789012345678   # one server, at once (for testing)
 *   npx tsx adapters/discord/register-commands.ts                               # every server and DMs
 */

export const USAGE = 'Usage: npm run discord:register -- [--guild SERVER_ID]\n  --guild SERVER_ID  register in one server only (shows up at once; for testing)\n  without it         register globally (every server the bot is in, and DMs)';

/** What the bot needs in a channel: read and answer, open private threads and talk in them, show cards. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePrivateThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks;

export function inviteUrl(applicationId: string): string {
  const scopes = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join('+');
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=${scopes}&permissions=${BOT_PERMISSIONS}`;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseRegisterArgs(argv: readonly string[]): { guildId?: string } {
  if (argv.length === 0) return {};
  const [flag, id, ...rest] = argv;
  if (flag !== '--guild' || !id || rest.length > 0) throw new UsageError(`Unexpected arguments: ${argv.join(' ')}`);
  if (!/^\d{17,20}$/.test(id)) throw new UsageError(`--guild takes a server id of 17 to 20 digits (Developer Mode on, right-click the server, Copy Server ID); got "${id}".`);
  return { guildId: id };
}

export async function registerCommands(options: { config: Pick<DiscordConfig, 'token' | 'applicationId' | 'apiUrl'>; guildId?: string; rest?: REST }): Promise<string> {
  const { config, guildId } = options;
  const rest = options.rest ?? new REST(restOptions(config)).setToken(config.token);
  const route = guildId ? Routes.applicationGuildCommands(config.applicationId, guildId) : Routes.applicationCommands(config.applicationId);
  await rest.put(route, { body: [pivotCommand()] });
  const where = guildId ? `in server ${guildId} (available now)` : 'globally (every server the bot is in, and DMs; allow a few minutes)';
  return `Registered /${COMMAND_NAME} with ${SUBCOMMAND_NAMES.length} subcommands ${where}.\nInvite the bot with: ${inviteUrl(config.applicationId)}`;
}

async function main(): Promise<number> {
  try {
    const { guildId } = parseRegisterArgs(process.argv.slice(2));
    const config = loadDiscordConfig(process.env);
    process.stdout.write(`${await registerCommands({ config, ...(guildId ? { guildId } : {}) })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof DiscordAPIError) {
      process.stderr.write(`Discord refused the registration (${error.status}, code ${error.code}): ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => process.exit(code));
}
