import { Cluster } from 'ioredis';
import type { RedisClient } from '../../src/engine/redis-client.js';
import type { SessionStore, UserRef } from '../../src/engine/session-store.js';

/**
 * The tenant of a Slack event: its workspace, with its Enterprise Grid org when there is one, so
 * two workspaces never share a session. Each id is escaped ("%" and ":" as %25 and %3A) before
 * they are joined with ":", and an org without a workspace keeps its ":" ("E1:"), so no two
 * different (org, workspace) pairs can give the same tenant: the key can always be read back.
 * Slack's ids are letters and digits, so a workspace's tenant ("T1") and an org's workspace's
 * ("E1:T1") are what they always were; only an org alone changed (it was "E1", the same as a
 * workspace whose id is "E1"), and migrateOrgOnlyTenants moves those sessions.
 */
const escape = (id: string) => id.replace(/[%:]/g, (c) => (c === '%' ? '%25' : '%3A'));

export function tenantOf(teamId: string | undefined, enterpriseId: string | undefined): string | undefined {
  if (teamId && enterpriseId) return `${escape(enterpriseId)}:${escape(teamId)}`;
  if (teamId) return escape(teamId);
  return enterpriseId ? `${escape(enterpriseId)}:` : undefined;
}

/** The (org, workspace) pair a tenant was made from: the inverse of tenantOf. */
export function pairOf(tenant: string): { enterpriseId?: string; teamId?: string } {
  const unescape = (part: string) => part.replace(/%3A/g, ':').replace(/%25/g, '%');
  const colon = tenant.indexOf(':');
  if (colon < 0) return { teamId: unescape(tenant) };
  const enterpriseId = unescape(tenant.slice(0, colon));
  const team = tenant.slice(colon + 1);
  return team ? { enterpriseId, teamId: unescape(team) } : { enterpriseId };
}

/**
 * Moves the sessions stored under an org's old tenant ("E1") to its new one ("E1:"), through the
 * store's own compare-and-set, so a turn running meanwhile is never overwritten: a session the
 * new tenant already has is left alone. An org's id starts with E and a workspace's with T, which
 * is how an old org-only key is told from a workspace's. Keys are found with SCAN (on every
 * primary of a cluster). Run it once, before the new release takes traffic:
 * `npx tsx adapters/slack/migrate-tenants.ts`. Returns how many sessions moved.
 */
export async function migrateOrgOnlyTenants(redis: RedisClient, store: SessionStore, prefix: string, ttlMs: number): Promise<number> {
  if (redis instanceof Cluster && redis.status !== 'ready') await redis.ping();
  let moved = 0;
  for (const node of redis instanceof Cluster ? redis.nodes('master') : [redis]) moved += await migrateNode(node, store, prefix, ttlMs);
  return moved;
}

async function migrateNode(redis: Exclude<RedisClient, Cluster>, store: SessionStore, prefix: string, ttlMs: number): Promise<number> {
  const shape = new RegExp(`^${prefix.replace(/[-]/g, '\\-')}:\\{slack:(E[A-Za-z0-9]+):(#?)([^:}]+)\\}:session$`);
  let moved = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:{slack:E*}:session`, 'COUNT', 200);
    cursor = next;
    for (const key of keys) {
      const match = shape.exec(key);
      if (!match) continue;
      const [, org = '', shared, user = ''] = match;
      const decoded = decodeURIComponent(user);
      const from: UserRef = { platform: 'slack', tenant: org, user: decoded, ...(shared ? { shared: true } : {}) };
      const to: UserRef = { ...from, tenant: tenantOf(undefined, org) as string };
      if (await moveSession(store, from, to, ttlMs)) moved++;
    }
  } while (cursor !== '0');
  return moved;
}

/** The session's idle expiry starts again from the move, as after any turn. */
async function moveSession(store: SessionStore, from: UserRef, to: UserRef, ttlMs: number): Promise<boolean> {
  const old = await store.load(from, '');
  if (old.doc === null) return false;
  const put = await store.commit(to, { expectedVersion: 0, eventId: `migrate:${from.tenant}`, write: { kind: 'put', doc: old.doc }, ttlMs });
  if (put !== 'ok') return false;
  await store.commit(from, { expectedVersion: old.version, eventId: `migrate:${to.tenant}`, write: { kind: 'delete' }, ttlMs });
  return true;
}
