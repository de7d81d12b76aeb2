import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { RedisOptions } from 'ioredis';
import { z } from 'zod';
import type { InstallationKey } from '../../src/config/config.js';
import { createRedisClient, redactUrl } from '../../src/engine/redis-client.js';
import type { RedisClient } from '../../src/engine/redis-client.js';
import { StoreUnavailableError } from '../../src/engine/session-store.js';
import { InstallationCryptoError, isSealed, keyIdOf, open, seal } from './installation-crypto.js';

/**
 * Each workspace's installation (its bot token and ids), one Redis string per install:
 * `pivot:slack-install:{T123}`, or `{E123}` for an org-wide Enterprise Grid install. Bolt
 * calls fetchInstallation before acknowledging every request, so a fetch is one GET, with
 * the same fail-fast client settings as a chat turn: a slow Redis fails the request rather
 * than holding it past Slack's three seconds.
 *
 * Each record is sealed with AES-256-GCM (installation-crypto.ts) under the first key of
 * PIVOT_INSTALLATION_KEYS. A record found in plaintext (written before encryption) or sealed
 * with an older key is read, then rewritten sealed with the current key, only if nobody
 * changed it meanwhile; so a rotation completes as workspaces are used.
 */

/** Sets KEYS[1] to ARGV[2] only while it still holds ARGV[1]: a rewrite never undoes a newer install. */
const REWRITE_IF_UNCHANGED = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('SET', KEYS[1], ARGV[2]) end return 0";

const REDIS_OPTIONS: RedisOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 2_000,
  // One command per Slack request: a per-command timer costs nothing next to the request itself.
  commandTimeout: 1_500,
  retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
};

const stored = z
  .object({
    team: z.object({ id: z.string().min(1), name: z.string().optional() }).loose().optional(),
    enterprise: z.object({ id: z.string().min(1), name: z.string().optional() }).loose().optional(),
    bot: z
      .object({
        token: z.string().startsWith('xoxb-'),
        userId: z.string().min(1),
        id: z.string().optional(),
        scopes: z.array(z.string()),
        refreshToken: z.string().optional(),
        expiresAt: z.number().optional(),
      })
      .loose(),
    user: z.object({ id: z.string().min(1), token: z.string().optional(), scopes: z.array(z.string()).optional() }).loose(),
    isEnterpriseInstall: z.boolean().optional(),
    authVersion: z.enum(['v1', 'v2']).optional(),
    appId: z.string().optional(),
    tokenType: z.literal('bot').optional(),
  })
  .loose()
  .refine((i) => (i.isEnterpriseInstall ? i.enterprise?.id : i.team?.id), 'an installation names its workspace (team.id), or its org (enterprise.id) when org-wide');

export class InstallationStoreError extends Error {
  override readonly name = 'InstallationStoreError';
}

export class RedisInstallationStore implements InstallationStore {
  constructor(
    readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly keys: readonly InstallationKey[],
  ) {
    if (keys.length === 0) throw new InstallationStoreError('PIVOT_INSTALLATION_KEYS is missing: Slack installations hold bot tokens and are kept encrypted.');
  }

  /** Connects and waits until Redis answers, so a wrong REDIS_URL stops the start instead of every install. */
  static async connect(url: string, prefix: string, keys: readonly InstallationKey[]): Promise<RedisInstallationStore> {
    // A single server or a cluster (redis+cluster://): one key per call, so either serves.
    const redis = createRedisClient(url, REDIS_OPTIONS);
    redis.on('error', () => {
      // Reported by the calls that fail; ioredis keeps reconnecting meanwhile.
    });
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      redis.disconnect();
      throw new StoreUnavailableError(`Pivot Coach cannot reach Redis at ${redactUrl(url)} for Slack installations: ${(error as Error).message}`);
    }
    const store = new RedisInstallationStore(redis, prefix, keys);
    try {
      await store.checkKeys();
    } catch (error) {
      redis.disconnect();
      throw error;
    }
    return store;
  }

  /**
   * Opens a few stored records at start, so a wrong PIVOT_INSTALLATION_KEYS stops the start
   * with one clear message instead of failing every workspace's requests afterwards.
   */
  async checkKeys(sample = 20): Promise<void> {
    const nodes = 'nodes' in this.redis && typeof this.redis.nodes === 'function' ? this.redis.nodes('master') : [this.redis];
    for (const node of nodes) {
      const [, found] = await node.scan('0', 'MATCH', `${this.prefix}:slack-install:*`, 'COUNT', 200);
      for (const key of found.slice(0, sample)) {
        const raw = await this.redis.get(key);
        if (raw === null || !isSealed(raw)) continue;
        try {
          open(this.keys, raw, key);
        } catch (error) {
          throw new InstallationStoreError(
            `Pivot Coach cannot start the Slack app: the installation at ${key} does not open with PIVOT_INSTALLATION_KEYS (${(error as Error).message}). Set PIVOT_INSTALLATION_KEYS to the keys the installations were sealed with, the newest first, and start again.`,
          );
        }
      }
    }
  }

  key(id: string): string {
    return `${this.prefix}:slack-install:{${id}}`;
  }

  private keyFor(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string {
    const id = query.isEnterpriseInstall ? query.enterpriseId : (query.teamId ?? query.enterpriseId);
    if (!id) throw new InstallationStoreError('The installation names neither a workspace nor an org.');
    return this.key(id);
  }

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(installation: Installation<AuthVersion, boolean>): Promise<void> {
    const parsed = stored.safeParse(installation);
    // The message lists fields only, never values: they hold tokens.
    if (!parsed.success) throw new InstallationStoreError(`Slack sent an installation this app cannot keep: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    // The refine above guarantees the id is there.
    const id = (parsed.data.isEnterpriseInstall ? parsed.data.enterprise?.id : parsed.data.team?.id) as string;
    const key = this.key(id);
    await this.redis.set(key, seal(this.keys, JSON.stringify(parsed.data), key));
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const key = this.keyFor(query);
    const raw = await this.redis.get(key);
    if (raw === null) throw new InstallationStoreError(`No installation of this app for ${query.isEnterpriseInstall ? 'org' : 'workspace'} ${this.idOf(query)}.`);
    let text: string;
    try {
      text = isSealed(raw) ? open(this.keys, raw, key) : raw;
    } catch (error) {
      if (error instanceof InstallationCryptoError) throw new InstallationStoreError(`The stored installation at ${key} is refused: ${error.message}`);
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new InstallationStoreError(`The stored installation at ${key} is neither sealed nor valid JSON.`);
    }
    const parsed = stored.safeParse(json);
    if (!parsed.success) throw new InstallationStoreError(`The stored installation at ${key} does not match the schema (${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}).`);
    // Plaintext from before encryption, or sealed with a key that is no longer the first: seal it anew.
    if (keyIdOf(raw) !== this.keys[0]?.id) await this.rewrite(key, raw, seal(this.keys, text, key));
    return parsed.data as unknown as Installation<'v1' | 'v2', boolean>;
  }

  private async rewrite(key: string, was: string, sealed: string): Promise<void> {
    try {
      await this.redis.eval(REWRITE_IF_UNCHANGED, 1, key, was, sealed);
    } catch {
      // The record was read and is good; the rewrite is tried again at the next read.
    }
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.redis.del(this.keyFor(query));
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private idOf(query: InstallationQuery<boolean>): string {
    return (query.isEnterpriseInstall ? query.enterpriseId : query.teamId) ?? 'unknown';
  }
}
