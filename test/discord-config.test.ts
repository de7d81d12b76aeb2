import { describe, expect, it } from 'vitest';
import { isDiscordConfigured, loadDiscordConfig } from '../adapters/discord/discord-config.js';
import { ConfigError } from '../src/config/config.js';

const TOKEN = 'MTI5MDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.fake-token-for-tests-only_0123456789';
const APP = '1290000000000000001';

describe('the Discord configuration', () => {
  it('is wanted as soon as either variable is set, so that a missing partner is reported rather than ignored', () => {
    expect(isDiscordConfigured({})).toBe(false);
    expect(isDiscordConfigured({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' })).toBe(false);
    expect(isDiscordConfigured({ DISCORD_TOKEN: TOKEN })).toBe(true);
    expect(isDiscordConfigured({ DISCORD_APPLICATION_ID: APP })).toBe(true);
  });

  it("defaults to Discord's own API, the Message Content intent and private threads", () => {
    expect(loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: '' })).toEqual({
      token: TOKEN,
      applicationId: APP,
      apiUrl: 'https://discord.com/api',
      messageContent: true,
      threads: 'private',
    });
  });

  it('reads a REST proxy, the intent switch and public threads', () => {
    const config = loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'http://rest-proxy:8080/api/', DISCORD_MESSAGE_CONTENT: 'off', DISCORD_THREADS: 'public' });
    expect(config).toMatchObject({ apiUrl: 'http://rest-proxy:8080/api', messageContent: false, threads: 'public' });
  });

  it.each([
    [{ DISCORD_TOKEN: TOKEN }, 'DISCORD_APPLICATION_ID is not set, but it should be the application id'],
    [{ DISCORD_APPLICATION_ID: APP }, 'DISCORD_TOKEN is not set, but it should be the bot token'],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'pivot-coach' }, 'DISCORD_APPLICATION_ID is set to "pivot-coach", but it should be a Discord id of 17 to 20 digits'],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'discord.com' }, 'DISCORD_API_URL is set to "discord.com", but it should be an http:// or https:// URL'],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_MESSAGE_CONTENT: 'maybe' }, 'DISCORD_MESSAGE_CONTENT is set to "maybe", but it should be on or off'],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_THREADS: 'secret' }, 'DISCORD_THREADS is set to "secret", but it should be private or public'],
  ])('stops with a message naming the variable for %j', (env, message) => {
    expect(() => loadDiscordConfig(env)).toThrow(ConfigError);
    expect(() => loadDiscordConfig(env)).toThrow(message);
  });

  it('never repeats the token, even a malformed one', () => {
    const attempt = () => loadDiscordConfig({ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APPLICATION_ID: APP });
    expect(attempt).toThrow('DISCORD_TOKEN is set to (hidden), but it should be a bot token');
    expect(attempt).not.toThrow(TOKEN.slice(0, 20));
  });
});
