import { Cluster, Redis } from 'ioredis';
import type { ClusterOptions, RedisOptions } from 'ioredis';

/**
 * One place that turns the configured Redis into a client: a single server (`redis://`,
 * `rediss://`) or a Redis Cluster (`redis+cluster://host:port,host:port`, `rediss+cluster://`
 * for TLS). Both clients speak the same commands; a Cluster client routes each one to the
 * primary that holds its key's slot and follows MOVED and ASK redirections by itself, which
 * is why every key the coach writes carries a hash tag (see session-store.ts, userKeyBase).
 */
export type RedisClient = Redis | Cluster;

export interface ClusterTarget {
  nodes: { host: string; port: number }[];
  username?: string;
  password?: string;
  tls: boolean;
}

const CLUSTER_SCHEME = /^(rediss?)\+cluster:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]+)\/?$/;
const NODE = /^\[?([A-Za-z0-9.\-_:]+?)\]?:(\d{1,5})$/;

export function isClusterLocator(locator: string): boolean {
  return /^rediss?\+cluster:\/\//.test(locator);
}

/** The nodes of `host:port,host:port`; null when one of them is not host:port with a port 1 to 65535. */
export function parseNodeList(list: string): ClusterTarget['nodes'] | null {
  const parts = list.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 0) return null;
  const nodes: ClusterTarget['nodes'] = [];
  for (const part of parts) {
    const match = NODE.exec(part);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65_535) return null;
    nodes.push({ host: match[1] as string, port });
  }
  return nodes;
}

/** `redis+cluster://[user[:password]@]host:port,host:port`; null when it is not that shape. */
export function parseClusterLocator(locator: string): ClusterTarget | null {
  const match = CLUSTER_SCHEME.exec(locator);
  if (!match) return null;
  const nodes = parseNodeList(match[4] as string);
  if (!nodes) return null;
  const decode = (part: string | undefined) => (part ? decodeURIComponent(part) : undefined);
  const username = decode(match[2]);
  const password = decode(match[3]);
  return { nodes, tls: match[1] === 'rediss', ...(username ? { username } : {}), ...(password ? { password } : {}) };
}

/** The locator REDIS_CLUSTER_NODES stands for, so the rest of the code carries one string. */
export function clusterLocatorOf(nodeList: string): string {
  return `redis+cluster://${nodeList.split(',').map((part) => part.trim()).filter(Boolean).join(',')}`;
}

/**
 * A client, not yet connected (`connect()` it). `options` are the per-connection settings;
 * for a cluster they apply to the connection to each node, and the cluster itself fails fast
 * like a single client does (no offline queue while its slot map is being rebuilt).
 */
export function createRedisClient(locator: string, options: RedisOptions = {}): RedisClient {
  if (!isClusterLocator(locator)) return new Redis(locator, { ...options, lazyConnect: true });
  const target = parseClusterLocator(locator);
  if (!target) throw new Error(`Not a Redis Cluster address: ${redactUrl(locator)} (expected redis+cluster://host:port,host:port).`);
  // Options a cluster sets for itself, not per node.
  const { retryStrategy, enableOfflineQueue, enableAutoPipelining, ...perNode } = options;
  delete perNode.lazyConnect;
  const clusterOptions: ClusterOptions = {
    lazyConnect: true,
    enableOfflineQueue: enableOfflineQueue ?? true,
    enableAutoPipelining: enableAutoPipelining ?? false,
    // After a failover the new primary is found by asking the cluster again: retry soon, and keep trying.
    clusterRetryStrategy: retryStrategy ? (times) => retryStrategy(times) : undefined,
    retryDelayOnFailover: 100,
    retryDelayOnClusterDown: 100,
    retryDelayOnTryAgain: 50,
    // A slot map older than this is refreshed even without a MOVED (a new primary after failover).
    slotsRefreshInterval: 5_000,
    redisOptions: {
      ...perNode,
      ...(target.username ? { username: target.username } : {}),
      ...(target.password ? { password: target.password } : {}),
      ...(target.tls ? { tls: {} } : {}),
    },
    // Managed clusters over TLS (ElastiCache, Memorystore) must be reached by the name their certificate carries.
    ...(target.tls ? { dnsLookup: (address: string, callback: (error: null, address: string) => void) => callback(null, address) } : {}),
  };
  return new Cluster(target.nodes, clusterOptions);
}

/** Connects and waits until the server (or the cluster's slot map) is ready. */
export async function connectRedisClient(locator: string, options: RedisOptions = {}): Promise<RedisClient> {
  const client = createRedisClient(locator, options);
  // Without a listener ioredis reports every failed reconnect as an unhandled error.
  client.on('error', () => {});
  try {
    await client.connect();
    if (client instanceof Cluster) await client.ping();
  } catch (error) {
    client.disconnect();
    throw error;
  }
  return client;
}

export interface ClusterState {
  ok: boolean;
  state: string;
  slotsOk: number;
  primaries: number;
  knownNodes: number;
}

/** What CLUSTER INFO says, read from any node; a cluster that lost slots says `fail`. */
export async function clusterState(cluster: Cluster): Promise<ClusterState> {
  const info = String(await cluster.cluster('INFO'));
  const field = (name: string) => new RegExp(`^${name}:(\\S+)`, 'm').exec(info)?.[1] ?? '';
  const state = field('cluster_state');
  return { ok: state === 'ok', state, slotsOk: Number(field('cluster_slots_ok')), primaries: Number(field('cluster_size')), knownNodes: Number(field('cluster_known_nodes')) };
}

/** Keeps a password in a Redis address out of logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
