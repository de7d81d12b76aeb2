import { loadConfig } from '../../src/config/config.js';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { migrateOrgOnlyTenants } from './tenant.js';

/**
 * One-off, before a release with the escaped Slack tenants takes traffic: moves sessions of an
 * Enterprise Grid org with no workspace in the event from "E1" to "E1:" (see tenant.ts).
 * Uses REDIS_URL, PIVOT_KEY_PREFIX and SESSION_TTL_DAYS as the coach does.
 */
const config = loadConfig(process.env);
if (!config.redisUrl) {
  console.error('REDIS_URL is not set: sessions in memory need no migration.');
  process.exit(2);
}
const store = await RedisSessionStore.connect(config.redisUrl, config.keyPrefix);
try {
  const moved = await migrateOrgOnlyTenants(store.redis, store, config.keyPrefix, config.sessionTtlMs);
  console.log(`Moved ${moved} Slack org session${moved === 1 ? '' : 's'} to the escaped tenant.`);
} finally {
  await store.close();
}
