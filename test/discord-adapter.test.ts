import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import discord from '../adapters/discord/adapter.js';
import { shardCount } from '../adapters/discord/sharding.js';
import { chooseAdapters, discoverAdapters } from '../src/adapter-host.js';
import { ConfigError } from '../src/config/config.js';
import { silentLogger } from '../src/log.js';
import { memoryEngine } from './support/memory-engine.js';
import { FakeDiscordRest } from './support/discord-rest.js';
import { runNode } from './support/run-node.js';

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

const env = { DISCORD_TOKEN: 'MTI5MDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.fake-token-for-tests-only_0123456789', DISCORD_APPLICATION_ID: '1290000000000000001' };
const context = (extra: NodeJS.ProcessEnv) => ({ engine: memoryEngine().engine, env: extra, argv: [], logger: silentLogger });

describe('the Discord adapter module', () => {
  it('is found in adapters/ and chosen by `npm start` when its variables are set, beside the others', async () => {
    const modules = await discoverAdapters();
    expect(modules.map((m) => m.name)).toContain('discord');
    expect(chooseAdapters(modules, env).map((m) => m.name)).toContain('discord');
    expect(chooseAdapters(modules, {}).map((m) => m.name)).toEqual(['terminal']);
  });

  it('stops the start with a message naming the variable, before touching the network', async () => {
    await expect(discord.start(context({ DISCORD_TOKEN: env.DISCORD_TOKEN }))).rejects.toThrow(ConfigError);
    await expect(discord.start(context({ DISCORD_TOKEN: env.DISCORD_TOKEN }))).rejects.toThrow('DISCORD_APPLICATION_ID is not set');
  });

  it('says plainly when Discord refuses the token', async () => {
    const rest = new FakeDiscordRest();
    rest.queue('GET', /^\/gateway\/bot$/, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    try {
      await expect(discord.start(context(env))).rejects.toThrow('Discord refused DISCORD_TOKEN');
      expect(rest.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
    } finally {
      rest.close();
    }
  });

  it('reads the number of shards for sharding.ts, or lets Discord recommend it', () => {
    expect(shardCount({})).toBe('auto');
    expect(shardCount({ DISCORD_SHARDS: '4' })).toBe(4);
    expect(() => shardCount({ DISCORD_SHARDS: 'many' })).toThrow('DISCORD_SHARDS is set to "many"');
  });

  it('shards only on one shared Redis: without REDIS_URL neither the manager nor a shard starts', async () => {
    const bare = { ...process.env, ...env, REDIS_URL: '' };
    const manager = await runNode(['--import', 'tsx', 'adapters/discord/sharding.ts'], { env: bare });
    expect(manager.code).toBe(2);
    expect(manager.stderr).toContain('Sharding needs REDIS_URL: every shard must use the same Redis');
    const shard = await runNode(['--import', 'tsx', 'adapters/discord/shard.ts'], { env: { ...bare, SHARDS: '0', SHARD_COUNT: '2' } });
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('A Discord shard needs REDIS_URL');
  });
});
