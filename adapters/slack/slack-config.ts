import { z } from 'zod';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import type { InstallationKey } from '../../src/config/config.js';
import type { LogLevel } from '../../src/log.js';

/**
 * The Slack adapter's settings, from the environment, checked once at start like
 * src/config/config.ts does. The mode follows from what is set, with no switch of its own:
 *   SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET                     one workspace, HTTP events on PORT
 *   SLACK_BOT_TOKEN + SLACK_APP_TOKEN                          one workspace, Socket Mode (development)
 *   SLACK_CLIENT_ID + SLACK_CLIENT_SECRET + SLACK_STATE_SECRET
 *     + SLACK_SIGNING_SECRET + REDIS_URL                       any number of workspaces, OAuth install flow
 * Messages name the variable and what it should be; secrets are never repeated back.
 */

const SECRET_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
const TRIGGER_VARIABLES = [...SECRET_VARIABLES, 'SLACK_CLIENT_ID'] as const;

const envSchema = z.object({
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-[A-Za-z0-9-]+$/, 'a bot token that starts with xoxb- (OAuth & Permissions page)').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-[A-Za-z0-9-]+$/, 'an app-level token that starts with xapp- (Basic Information, App-Level Tokens, scope connections:write)').optional(),
  SLACK_SIGNING_SECRET: z.string().regex(/^[A-Za-z0-9]{16,128}$/, 'the Signing Secret from the Basic Information page (letters and digits)').optional(),
  SLACK_CLIENT_ID: z.string().regex(/^\d+\.\d+$/, 'the Client ID from the Basic Information page, for example 1234567890.1234567890').optional(),
  SLACK_CLIENT_SECRET: z.string().regex(/^[A-Za-z0-9]{16,128}$/, 'the Client Secret from the Basic Information page').optional(),
  SLACK_STATE_SECRET: z.string().min(16, 'a random string of at least 16 characters (it signs the OAuth state)').max(256).optional(),
  SLACK_BOT_USER_ID: z.string().regex(/^[UW][A-Z0-9]{2,}$/, "the bot's user id, for example U0123ABCD (auth.test's user_id)").optional(),
  SLACK_BOT_ID: z.string().regex(/^B[A-Z0-9]{2,}$/, "the bot's id, for example B0123ABCD (auth.test's bot_id)").optional(),
  SLACK_API_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL, for example https://slack.com/api/' }).default('https://slack.com/api/'),
  PORT: z.coerce
    .number({ error: 'a port number, for example 3000' })
    .int('a whole port number, for example 3000')
    .min(0, 'a port from 0 to 65535')
    .max(65_535, 'a port from 0 to 65535')
    .default(3000),
});

interface Common {
  apiUrl: string;
  port: number;
  signingSecret?: string;
  keyPrefix: string;
  redisUrl?: string;
  logLevel: LogLevel;
}

/** One workspace: its bot token, and the bot's ids when known (otherwise one auth.test at start finds them). */
export interface SingleWorkspace extends Common {
  mode: 'http' | 'socket';
  botToken: string;
  appToken?: string;
  botUserId?: string;
  botId?: string;
}

export interface MultiWorkspace extends Common {
  mode: 'oauth';
  signingSecret: string;
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  redisUrl: string;
  /** Seal the installations (bot tokens) kept in Redis; the first seals, the rest open older records. */
  installationKeys: InstallationKey[];
}

export type SlackConfig = SingleWorkspace | MultiWorkspace;

const present = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));

/** True as soon as any Slack credential is set: a half-configured Slack then fails loudly instead of the terminal starting. */
export function isSlackConfigured(env: NodeJS.ProcessEnv): boolean {
  return TRIGGER_VARIABLES.some((name) => (env[name] ?? '') !== '');
}

function fail(lines: string[]): never {
  throw new ConfigError(`Pivot Coach cannot start the Slack app: the configuration is not valid.\n${lines.map((l) => `- ${l}`).join('\n')}\nFix the environment and start again (the README's "Slack" section lists the steps).`);
}

export function loadSlackConfig(env: NodeJS.ProcessEnv): SlackConfig {
  const values = present(env);
  const parsed = envSchema.safeParse(values);
  if (!parsed.success) {
    fail(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const shown = (SECRET_VARIABLES as readonly string[]).includes(name) ? 'is set' : `is set to "${values[name] ?? ''}"`;
        return `${name} ${shown}, but it should be ${issue.message}.`;
      }),
    );
  }
  const e = parsed.data;
  // REDIS_URL, PIVOT_KEY_PREFIX and LOG_LEVEL are the coach's own settings, validated where they belong.
  const base = loadConfig(env);
  const common: Common = { apiUrl: e.SLACK_API_URL, port: e.PORT, keyPrefix: base.keyPrefix, logLevel: base.logLevel, ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}), ...(base.redisUrl ? { redisUrl: base.redisUrl } : {}) };
  const oauthNames = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  const oauthSet = oauthNames.filter((name) => e[name] !== undefined);

  if (e.SLACK_BOT_TOKEN && oauthSet.length > 0) {
    fail([`SLACK_BOT_TOKEN and ${oauthSet.join(', ')} are both set. Set SLACK_BOT_TOKEN for one workspace, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for the install flow, not both.`]);
  }
  if ((e.SLACK_BOT_USER_ID === undefined) !== (e.SLACK_BOT_ID === undefined)) {
    fail(['SLACK_BOT_USER_ID and SLACK_BOT_ID go together: set both (from one auth.test call) or neither (the app then calls auth.test once at start).']);
  }

  if (oauthSet.length > 0) {
    const missing = oauthNames.filter((name) => e[name] === undefined).map((name) => `${name} is missing: the install flow needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together.`);
    if (!e.SLACK_SIGNING_SECRET) missing.push('SLACK_SIGNING_SECRET is missing: every request from Slack is checked with it.');
    if (!base.redisUrl) missing.push('REDIS_URL is missing: the install flow keeps each workspace\'s installation in Redis, so that every instance behind the load balancer sees it.');
    if (!base.installationKeys) missing.push('PIVOT_INSTALLATION_KEYS is missing: the install flow keeps each workspace\'s bot token in Redis, encrypted with this key. Set it to an id and 32 random bytes in base64, for example k1:$(openssl rand -base64 32), and keep it: without it the stored installations cannot be read.');
    if (e.SLACK_APP_TOKEN) missing.push('SLACK_APP_TOKEN is set with the install flow: Socket Mode runs one workspace (with SLACK_BOT_TOKEN); the install flow runs over HTTP. Unset one of them.');
    if (missing.length > 0) fail(missing);
    return { ...common, mode: 'oauth', signingSecret: e.SLACK_SIGNING_SECRET as string, clientId: e.SLACK_CLIENT_ID as string, clientSecret: e.SLACK_CLIENT_SECRET as string, stateSecret: e.SLACK_STATE_SECRET as string, redisUrl: base.redisUrl as string, installationKeys: base.installationKeys as InstallationKey[] };
  }

  if (!e.SLACK_BOT_TOKEN) fail(['SLACK_BOT_TOKEN is missing: set it (one workspace), or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (install flow).']);
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) fail(['SLACK_SIGNING_SECRET is missing: HTTP mode checks every request with it. (Or set SLACK_APP_TOKEN to use Socket Mode instead.)']);
  const ids = e.SLACK_BOT_USER_ID && e.SLACK_BOT_ID ? { botUserId: e.SLACK_BOT_USER_ID, botId: e.SLACK_BOT_ID } : {};
  if (e.SLACK_APP_TOKEN) return { ...common, mode: 'socket', botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, ...ids };
  return { ...common, mode: 'http', botToken: e.SLACK_BOT_TOKEN, ...ids };
}
