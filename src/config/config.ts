import { z } from 'zod';
import { LOG_LEVELS } from '../log.js';
import { clusterLocatorOf, isClusterLocator, parseClusterLocator, parseNodeList, redactUrl } from '../engine/redis-client.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const KEYS_HINT = 'a comma-separated list of id:key, each key 32 random bytes in base64 (openssl rand -base64 32), for example k2026:<base64>; the first key seals new records';

/**
 * PIVOT_INSTALLATION_KEYS: the keys that seal Slack installations at rest. The first seals
 * new records; the others only open records sealed before a rotation.
 */
const installationKeysSchema = z
  .string()
  .transform((list, ctx) => {
    const keys: { id: string; key: Buffer }[] = [];
    for (const entry of list.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
      const at = entry.indexOf(':');
      const id = entry.slice(0, at);
      const encoded = entry.slice(at + 1);
      const key = Buffer.from(encoded, 'base64');
      if (at < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded) || key.length !== 32) {
        ctx.addIssue({ code: 'custom', message: KEYS_HINT });
        return z.NEVER;
      }
      if (keys.some((k) => k.id === id)) {
        ctx.addIssue({ code: 'custom', message: `${KEYS_HINT} (key id "${id}" appears twice)` });
        return z.NEVER;
      }
      keys.push({ id, key });
    }
    if (keys.length === 0) {
      ctx.addIssue({ code: 'custom', message: KEYS_HINT });
      return z.NEVER;
    }
    return keys;
  });

export type InstallationKey = z.output<typeof installationKeysSchema>[number];

/**
 * Every setting comes from the environment and is checked here, once, at start.
 * Empty strings count as unset, as they do in most .env files and CI settings.
 */
const envSchema = z.object({
  REDIS_URL: z
    .union([
      z.url({ protocol: /^rediss?$/ }),
      // A cluster's several nodes do not make a WHATWG URL: its own reader checks them.
      z.string().refine((url) => isClusterLocator(url) && parseClusterLocator(url) !== null),
    ], {
      error: 'a redis:// or rediss:// URL, for example redis://127.0.0.1:6379, or a cluster\'s redis+cluster://host:port,host:port',
    })
    .optional(),
  REDIS_CLUSTER_NODES: z
    .string()
    .refine((list) => parseNodeList(list) !== null, 'a comma-separated list of host:port, for example 10.0.0.1:7000,10.0.0.2:7000,10.0.0.3:7000')
    .optional(),
  PIVOT_KEY_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'lowercase letters, digits, "-" or "_", up to 32 characters, for example pivot')
    .default('pivot'),
  SESSION_TTL_DAYS: z.coerce
    .number({ error: 'a whole number of days, for example 90' })
    .int('a whole number of days, for example 90')
    .min(1, 'at least 1 day')
    .max(3650, 'at most 3650 days')
    .default(90),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  PIVOT_INSTALLATION_KEYS: installationKeysSchema.optional(),
});

export type Config = {
  /** A single server's URL, or a cluster's `redis+cluster://host:port,…` (REDIS_CLUSTER_NODES becomes one). */
  redisUrl: string | undefined;
  keyPrefix: string;
  sessionTtlMs: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Set only when PIVOT_INSTALLATION_KEYS is; the Slack install flow requires it. */
  installationKeys?: InstallationKey[];
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema
    .refine((e) => !(e.REDIS_URL && e.REDIS_CLUSTER_NODES), {
      path: ['REDIS_CLUSTER_NODES'],
      message: 'unset while REDIS_URL is set: give one store, either REDIS_URL or REDIS_CLUSTER_NODES',
    })
    .safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // Keys are secrets: never repeated back, like a Redis password.
      const shown = name === 'PIVOT_INSTALLATION_KEYS' ? 'is set' : `is set to "${redactUrl(present[name] ?? '')}"`;
      return `- ${name} ${shown}, but it should be ${issue.message}.`;
    });
    throw new ConfigError(`Pivot Coach cannot start: the configuration is not valid.\n${lines.join('\n')}\nFix the environment variable and start again.`);
  }
  const e = parsed.data;
  const redisUrl = e.REDIS_CLUSTER_NODES ? clusterLocatorOf(e.REDIS_CLUSTER_NODES) : e.REDIS_URL;
  return {
    redisUrl,
    keyPrefix: e.PIVOT_KEY_PREFIX,
    sessionTtlMs: e.SESSION_TTL_DAYS * DAY_MS,
    logLevel: e.LOG_LEVEL,
    ...(e.PIVOT_INSTALLATION_KEYS ? { installationKeys: e.PIVOT_INSTALLATION_KEYS } : {}),
  };
}
