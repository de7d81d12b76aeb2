import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { RedisOptions } from 'ioredis';
import { z } from 'zod';
import { createRedisClient, redactUrl } from '../../src/engine/redis-client.js';
import type { RedisClient } from '../../src/engine/redis-client.js';
import { StoreUnavailableError } from '../../src/engine/session-store.js';

/**
 * Each workspace's installation (its bot token and ids), one Redis string per install:
 * `pivot:slack-install:{T123}`, or `{E123}` for an org-wide Enterprise Grid install. Bolt
 * calls fetchInstallation before acknowledging every request, so a fetch is one GET, with
 * the same fail-fast client settings as a chat turn: a slow Redis fails the request rather
 * than holding it past Slack's three seconds.
 */

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
    private readonly prefix = 'pivot',
  ) {}

  /** Connects and waits until Redis answers, so a wrong REDIS_URL stops the start instead of every install. */
  static async connect(url: string, prefix: string): Promise<RedisInstallationStore> {
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
    return new RedisInstallationStore(redis, prefix);
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
    await this.redis.set(this.key(id), JSON.stringify(parsed.data));
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const key = this.keyFor(query);
    const raw = await this.redis.get(key);
    if (raw === null) throw new InstallationStoreError(`No installation of this app for ${query.isEnterpriseInstall ? 'org' : 'workspace'} ${this.idOf(query)}.`);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new InstallationStoreError(`The stored installation at ${key} is not valid JSON.`);
    }
    const parsed = stored.safeParse(json);
    if (!parsed.success) throw new InstallationStoreError(`The stored installation at ${key} does not match the schema (${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}).`);
    return parsed.data as unknown as Installation<'v1' | 'v2', boolean>;
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
