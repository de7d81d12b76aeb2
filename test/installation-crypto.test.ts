import type { Installation } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstallationStoreError, RedisInstallationStore } from '../adapters/slack/installation-store.js';
import { loadSlackConfig } from '../adapters/slack/slack-config.js';
import { loadConfig } from '../src/config/config.js';
import type { InstallationKey } from '../src/config/config.js';
import { RedisScope } from './support/redis-fixtures.js';

/**
 * Slack installations at rest, on the real Redis under this file's own prefix: what Redis
 * holds never shows the token, a key rotation keeps old records readable (and reseals them
 * with the new key), and a record changed or moved in Redis is refused.
 */

const b64 = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const keysFrom = (value: string): InstallationKey[] => loadConfig({ PIVOT_INSTALLATION_KEYS: value }).installationKeys ?? [];
const KID1 = keysFrom(`kid1:${b64(1)}`);
const KID2_FIRST = keysFrom(`kid2:${b64(2)},kid1:${b64(1)}`);

const TOKEN = 'xoxb-1111-2222-secretpart';
const install = (team: string, token = TOKEN) =>
  ({
    team: { id: team, name: `Alumni ${team}` },
    enterprise: undefined,
    bot: { token, userId: 'UBOT', id: 'BBOT', scopes: ['chat:write'] },
    user: { id: 'UADMIN', token: undefined, scopes: undefined },
    isEnterpriseInstall: false,
    authVersion: 'v2',
    appId: 'A1',
    tokenType: 'bot',
  }) as unknown as Installation<'v2', false>;
const query = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });

let scope: RedisScope;
beforeAll(() => {
  scope = new RedisScope();
});
afterAll(async () => {
  await scope?.close();
});

describe('Slack installations encrypted at rest', () => {
  it('keeps no token, name or id in the raw Redis value, and reads it back whole', async () => {
    const store = new RedisInstallationStore(scope.admin, scope.prefix, KID1);
    await store.storeInstallation(install('TRAW'));
    const raw = (await scope.admin.get(store.key('TRAW'))) ?? '';
    expect(raw).toMatch(/^pivot-enc:v1:kid1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    for (const piece of ['xoxb', 'secretpart', '1111-2222', 'Alumni', 'UBOT', 'UADMIN', 'chat:write']) expect(raw).not.toContain(piece);
    expect((await store.fetchInstallation(query('TRAW'))).bot?.token).toBe(TOKEN);
    // A fresh IV each time: the same installation stored twice never gives the same bytes.
    await store.storeInstallation(install('TRAW'));
    expect(await scope.admin.get(store.key('TRAW'))).not.toBe(raw);
  });

  it('reads a record sealed with kid1 after kid2 is put first, then reseals it with kid2', async () => {
    const before = new RedisInstallationStore(scope.admin, scope.prefix, KID1);
    await before.storeInstallation(install('TROT'));
    const after = new RedisInstallationStore(scope.admin, scope.prefix, KID2_FIRST);
    expect((await after.fetchInstallation(query('TROT'))).bot?.token).toBe(TOKEN);
    expect(await scope.admin.get(after.key('TROT'))).toMatch(/^pivot-enc:v1:kid2:/);
    // Once resealed, kid1 alone no longer opens it: the old key can be retired.
    await expect(before.fetchInstallation(query('TROT'))).rejects.toThrow('sealed with key id "kid2", which PIVOT_INSTALLATION_KEYS does not hold');
    // New installs use the first key.
    await after.storeInstallation(install('TNEW'));
    expect(await scope.admin.get(after.key('TNEW'))).toMatch(/^pivot-enc:v1:kid2:/);
  });

  it('refuses a tampered ciphertext, tag or key id, and a record moved under another workspace', async () => {
    const store = new RedisInstallationStore(scope.admin, scope.prefix, KID2_FIRST);
    await store.storeInstallation(install('TTAM'));
    const good = (await scope.admin.get(store.key('TTAM'))) ?? '';
    const parts = good.split(':');
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    const variants = [
      [...parts.slice(0, 5), flip(parts[5] ?? '')].join(':'), // ciphertext
      [...parts.slice(0, 4), flip(parts[4] ?? ''), parts[5]].join(':'), // tag
      [...parts.slice(0, 2), 'kid1', ...parts.slice(3)].join(':'), // claims the other key
    ];
    for (const bad of variants) {
      await scope.admin.set(store.key('TTAM'), bad);
      await expect(store.fetchInstallation(query('TTAM'))).rejects.toThrow(InstallationStoreError);
      await expect(store.fetchInstallation(query('TTAM'))).rejects.toThrow(/is refused: The record does not authenticate/);
      // Refused means left as it is, not "repaired".
      expect(await scope.admin.get(store.key('TTAM'))).toBe(bad);
    }
    // Another workspace's sealed record copied under this key: the Redis key is authenticated too.
    await store.storeInstallation(install('TOTHER', 'xoxb-other-token'));
    await scope.admin.set(store.key('TTAM'), (await scope.admin.get(store.key('TOTHER'))) ?? '');
    await expect(store.fetchInstallation(query('TTAM'))).rejects.toThrow('does not authenticate');
  });

  it('reads a plaintext record from before encryption once, and rewrites it sealed', async () => {
    const store = new RedisInstallationStore(scope.admin, scope.prefix, KID2_FIRST);
    await scope.admin.set(store.key('TOLD'), JSON.stringify(install('TOLD')));
    expect((await store.fetchInstallation(query('TOLD'))).bot?.token).toBe(TOKEN);
    const raw = (await scope.admin.get(store.key('TOLD'))) ?? '';
    expect(raw).toMatch(/^pivot-enc:v1:kid2:/);
    expect(raw).not.toContain('xoxb');
    expect((await store.fetchInstallation(query('TOLD'))).bot?.token).toBe(TOKEN);
  });

  it('stops the start when the stored installations do not open with the configured keys', async () => {
    const own = new RedisScope();
    try {
      await new RedisInstallationStore(own.admin, own.prefix, KID1).storeInstallation(install('TSTART'));
      // Same id, different key: a typo or a key from another environment.
      const wrong = keysFrom(`kid1:${b64(9)}`);
      await expect(RedisInstallationStore.connect(own.url, own.prefix, wrong)).rejects.toThrow(/installation at .*\{TSTART\} does not open with PIVOT_INSTALLATION_KEYS[\s\S]*Set PIVOT_INSTALLATION_KEYS to the keys the installations were sealed with/);
      // The old key dropped too early.
      await expect(RedisInstallationStore.connect(own.url, own.prefix, keysFrom(`kid2:${b64(2)}`))).rejects.toThrow('key id "kid1", which PIVOT_INSTALLATION_KEYS does not hold');
      const right = await RedisInstallationStore.connect(own.url, own.prefix, KID2_FIRST);
      await right.close();
    } finally {
      await own.close();
    }
  });

  it('stops the install flow from starting without PIVOT_INSTALLATION_KEYS, saying what to set', () => {
    const oauth = { SLACK_CLIENT_ID: '1234567890.1234567890', SLACK_CLIENT_SECRET: 'f0e1d2c3b4a5968778695a4b3c2d1e0f', SLACK_STATE_SECRET: 'a-long-random-state-secret', SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef', REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(() => loadSlackConfig(oauth)).toThrow(/PIVOT_INSTALLATION_KEYS is missing: the install flow keeps each workspace's bot token in Redis, encrypted with this key. Set it to an id and 32 random bytes in base64/);
    expect(() => loadSlackConfig({ ...oauth, PIVOT_INSTALLATION_KEYS: 'k1:tooshort' })).toThrow('PIVOT_INSTALLATION_KEYS is set, but it should be');
    expect(loadSlackConfig({ ...oauth, PIVOT_INSTALLATION_KEYS: `k1:${b64(1)}` })).toMatchObject({ mode: 'oauth', installationKeys: [{ id: 'k1' }] });
  });

  it('cannot be built without a key', () => {
    expect(() => new RedisInstallationStore(scope.admin, scope.prefix, [])).toThrow('PIVOT_INSTALLATION_KEYS is missing');
  });
});
