import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';

describe('loadConfig', () => {
  it('defaults to the memory store, the pivot prefix and 90 days', () => {
    expect(loadConfig({})).toEqual({ redisUrl: undefined, keyPrefix: 'pivot', sessionTtlMs: 90 * 86_400_000, logLevel: 'info' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ REDIS_URL: '', SESSION_TTL_DAYS: '' }).redisUrl).toBeUndefined();
  });

  it('reads every variable', () => {
    expect(loadConfig({ REDIS_URL: 'rediss://cache:6380/2', PIVOT_KEY_PREFIX: 'coach-eu', SESSION_TTL_DAYS: '7', LOG_LEVEL: 'debug' })).toEqual({
      redisUrl: 'rediss://cache:6380/2',
      keyPrefix: 'coach-eu',
      sessionTtlMs: 7 * 86_400_000,
      logLevel: 'debug',
    });
  });

  it.each([
    [{ REDIS_URL: 'http://cache' }, 'REDIS_URL is set to "http://cache", but it should be a redis:// or rediss:// URL'],
    [{ SESSION_TTL_DAYS: 'ninety' }, 'SESSION_TTL_DAYS is set to "ninety", but it should be a whole number of days'],
    [{ SESSION_TTL_DAYS: '0' }, 'SESSION_TTL_DAYS is set to "0", but it should be at least 1 day'],
    [{ PIVOT_KEY_PREFIX: 'Pivot:Prod' }, 'PIVOT_KEY_PREFIX is set to "Pivot:Prod", but it should be lowercase letters'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL is set to "loud", but it should be one of debug, info, warn, error, silent'],
  ])('stops with a message naming the variable for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('selects a Redis Cluster with REDIS_CLUSTER_NODES or a redis+cluster:// REDIS_URL', () => {
    expect(loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000, 10.0.0.2:7000,10.0.0.3:7000' }).redisUrl).toBe('redis+cluster://10.0.0.1:7000,10.0.0.2:7000,10.0.0.3:7000');
    expect(loadConfig({ REDIS_URL: '', REDIS_CLUSTER_NODES: 'cache-a:6379' }).redisUrl).toBe('redis+cluster://cache-a:6379');
    expect(loadConfig({ REDIS_URL: 'rediss+cluster://:pw@cfg.example.cache.amazonaws.com:6379' }).redisUrl).toBe('rediss+cluster://:pw@cfg.example.cache.amazonaws.com:6379');
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_CLUSTER_NODES: '' }).redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it.each([
    [{ REDIS_CLUSTER_NODES: '10.0.0.1' }, 'REDIS_CLUSTER_NODES is set to "10.0.0.1", but it should be a comma-separated list of host:port'],
    [{ REDIS_CLUSTER_NODES: 'a:7000,b:99999' }, 'a comma-separated list of host:port'],
    [{ REDIS_URL: 'redis+cluster://a:7000,b' }, "or a cluster's redis+cluster://host:port,host:port"],
    [{ REDIS_URL: 'redis://a:6379', REDIS_CLUSTER_NODES: 'b:7000' }, 'REDIS_CLUSTER_NODES is set to "b:7000", but it should be unset while REDIS_URL is set'],
  ])('refuses a cluster setting that cannot work: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never repeats a password from REDIS_URL', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://user:s3cret@cache' })).toThrow('//***@cache');
    expect(() => loadConfig({ REDIS_URL: 'http://user:s3cret@cache' })).not.toThrow('s3cret');
    expect(() => loadConfig({ REDIS_URL: 'redis+cluster://user:s3cret@cache' })).toThrow('redis+cluster://***@cache');
    expect(() => loadConfig({ REDIS_URL: 'redis+cluster://user:s3cret@cache' })).not.toThrow('s3cret');
  });
});

describe('PIVOT_INSTALLATION_KEYS', () => {
  const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');

  it('reads id:key pairs in order, the first one sealing', () => {
    const keys = loadConfig({ PIVOT_INSTALLATION_KEYS: `k2:${key(2)}, k1:${key(1)}` }).installationKeys;
    expect(keys?.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(keys?.[0]?.key.equals(Buffer.alloc(32, 2))).toBe(true);
    expect(loadConfig({}).installationKeys).toBeUndefined();
  });

  it.each([
    ['no id', key(1)],
    ['a 16-byte key', `k1:${Buffer.alloc(16, 1).toString('base64')}`],
    ['not base64', `k1:${'!'.repeat(44)}`],
    ['an id with a space', `k 1:${key(1)}`],
    ['the same id twice', `k1:${key(1)},k1:${key(2)}`],
  ])('refuses %s, naming the variable and never repeating the key', (_what, value) => {
    expect(() => loadConfig({ PIVOT_INSTALLATION_KEYS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ PIVOT_INSTALLATION_KEYS: value })).toThrow('PIVOT_INSTALLATION_KEYS is set, but it should be a comma-separated list of id:key, each key 32 random bytes in base64 (openssl rand -base64 32)');
    expect(() => loadConfig({ PIVOT_INSTALLATION_KEYS: value })).not.toThrow(value.slice(-20));
  });
});
