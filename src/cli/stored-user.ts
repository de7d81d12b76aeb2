import { ConfigError, loadConfig } from '../config/config.js';
import { RedisSessionStore } from '../engine/redis-session-store.js';
import { SessionDocumentError, parseSession } from '../engine/session.js';
import type { UserRef } from '../engine/session-store.js';
import { UsageError } from './usage-error.js';

/**
 * For `pivot` commands that read what a person did in the chat (their plan, their check-ins):
 * which person `--user` names, and the session store the coach keeps them in (REDIS_URL).
 */

/**
 * `slack:T123:U456`, `discord:G1:U9` (platform, tenant, user; an Enterprise Grid tenant keeps
 * its own colon, `slack:E1:T2:U3`), or a bare name for a terminal session (`npm start -- --user ana`).
 */
export function userRefFrom(id: string): UserRef {
  const parts = id.trim().split(':');
  if (parts.some((p) => p === '')) throw new UsageError(`--user "${id}" should be a terminal name like ana, or platform:tenant:user like slack:T123:U456.`);
  if (parts.length === 1) return { platform: 'terminal', tenant: 'local', user: parts[0] as string };
  if (parts.length === 2) throw new UsageError(`--user "${id}" needs the tenant too: platform:tenant:user, like slack:T123:U456 or discord:GUILD:USER.`);
  return { platform: parts[0] as string, tenant: parts.slice(1, -1).join(':'), user: parts.at(-1) as string };
}

export const userIdOf = (user: UserRef): string => (user.platform === 'terminal' && user.tenant === 'local' ? user.user : `${user.platform}:${user.tenant}:${user.user}`);

/** The coach's Redis, as the chat uses it (REDIS_URL, PIVOT_KEY_PREFIX); closed when `use` is done. */
export async function withSessionStore<T>(env: NodeJS.ProcessEnv, use: (store: RedisSessionStore, prefix: string) => Promise<T>): Promise<T> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  if (!config.redisUrl) throw new UsageError('This command reads what people did in the chat, which is kept in Redis: set REDIS_URL to the coach\'s Redis, for example REDIS_URL=redis://127.0.0.1:6379.');
  const store = await RedisSessionStore.connect(config.redisUrl, config.keyPrefix);
  try {
    return await use(store, config.keyPrefix);
  } finally {
    await store.close();
  }
}

/** A person's stored profile; null when nothing is stored. An unreadable session is said as such. */
export async function loadProfile(store: RedisSessionStore, user: UserRef): Promise<Readonly<Record<string, unknown>> | null> {
  const loaded = await store.load(user, '');
  if (loaded.doc === null) return null;
  try {
    return parseSession(loaded.doc).profile;
  } catch (error) {
    if (error instanceof SessionDocumentError) throw new Error(`The stored session of ${userIdOf(user)} cannot be read: ${error.message}`, { cause: error });
    throw error;
  }
}
