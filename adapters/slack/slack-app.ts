import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger as BoltLogger, CustomRoute, LogLevel, Receiver } from '@slack/bolt';
import { z } from 'zod';
import { ConfigError } from '../../src/config/config.js';
import { loadCatalog } from '../../src/data/load-data.js';
import type { ChartRenderer } from '../../src/charts/chart-images.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Logger } from '../../src/log.js';
import { boltLevel, boltLogger } from './bolt-logger.js';
import { Tracker, slackError } from './deliver.js';
import type { Names } from './home-tab.js';
import { guardClock, healthRoutes } from './http-layer.js';
import { RedisInstallationStore } from './installation-store.js';
import { registerListeners } from './listeners.js';
import { SlackOutbox } from './outbox.js';
import { installedBotToken } from './installed-token.js';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { MemoryOutboxStore } from '../../src/outbox/memory-outbox-store.js';
import { RedisOutboxStore } from '../../src/outbox/redis-outbox-store.js';
import type { SlackConfig } from './slack-config.js';
import { landedIn } from '../../src/outbox/turn-guard.js';

/** Events, commands and interactions all arrive here (Bolt's default path, and the manifest's). */
export const EVENTS_PATH = '/slack/events';

/**
 * Web API calls: a 429 is waited out (the client sleeps for Retry-After, then retries) instead
 * of failing the reply; other failures are retried a few times with backoff. Ten seconds per
 * attempt, so a hung connection does not hold a reply forever.
 */
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 4, factor: 2, minTimeout: 500, maxTimeout: 10_000, randomize: true };
const CALL_TIMEOUT_MS = 10_000;

const manifestSchema = z.object({
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()).min(1) }) }),
  settings: z.object({ event_subscriptions: z.object({ bot_events: z.array(z.string()) }) }),
});

/** The manifest is the one list of scopes: the install flow asks for exactly what it declares. */
export async function readManifest(): Promise<z.infer<typeof manifestSchema>> {
  const text = await readFile(new URL('./manifest.json', import.meta.url), 'utf8');
  return manifestSchema.parse(JSON.parse(text));
}

/** Skill and role names for the Home tab, from the same data files the flows use. */
export async function catalogNames(): Promise<Names> {
  const catalog = await loadCatalog();
  return { skill: (id) => catalog.skills.byId.get(id)?.name ?? id, role: (id) => catalog.roles.byId.get(id)?.name ?? id };
}

/** How often each process looks for replies another one left in the outbox (it stopped, or died mid-send). */
const OUTBOX_SWEEP_MS = 15_000;

/**
 * The outbox in the session store's Redis when there is one (any process can pick up a reply),
 * in memory otherwise. The Web API's retry settings become the outbox's: the sending client
 * itself never retries, so a timeout is never silently posted twice.
 */
function slackOutbox(engine: Engine, config: SlackConfig, logger: Logger, clientOptions: webApi.WebClientOptions, retry: webApi.RetryOptions, installations?: RedisInstallationStore, charts?: ChartRenderer): SlackOutbox {
  const store = engine.store;
  // The session store's own outbox: the engine enqueues a turn's replies there with its commit.
  const outboxStore = store.outbox ?? (store instanceof RedisSessionStore ? new RedisOutboxStore(store.redis, config.keyPrefix) : new MemoryOutboxStore());
  const policy = { maxAttempts: (retry.retries ?? 4) + 1, baseMs: retry.minTimeout ?? 500, maxMs: retry.maxTimeout ?? 10_000 };
  // The same lookup as a check-in's (installed-token.ts): the workspace's installation, or its org's.
  const tokenFor = async (tenant: string) => (config.mode !== 'oauth' ? config.botToken : installations && installedBotToken(installations, tenant));
  return new SlackOutbox({ store: outboxStore, logger, clientOptions, policy, timeoutMs: clientOptions.timeout ?? CALL_TIMEOUT_MS, tokenFor, landed: landedIn(store), ...(charts ? { charts } : {}) });
}

export interface SlackAppOptions {
  engine: Engine;
  config: SlackConfig;
  logger: Logger;
  /** Tests keep retries short; production uses DEFAULT_RETRY. */
  retryConfig?: webApi.RetryOptions;
  names?: Names;
  /** The interface to listen on; all of them by default. */
  host?: string;
  /** Charts as PNG images drawn on this server (src/charts), with their figures as alt text; text bars without it. */
  charts?: ChartRenderer;
}

export interface RunningSlackApp {
  app: App;
  /** The HTTP port actually bound (PORT=0 picks a free one); in Socket Mode, the health checks' port. */
  port: number;
  /** Resolves when every event already received has been fully handled (replies posted). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

/** The bot's ids from one auth.test at start, so that no request waits for one. */
async function botIdentity(config: Extract<SlackConfig, { mode: 'http' | 'socket' }>, clientOptions: webApi.WebClientOptions) {
  if (config.botUserId && config.botId) return { botUserId: config.botUserId, botId: config.botId };
  try {
    const result = await new webApi.WebClient(config.botToken, clientOptions).auth.test();
    if (!result.user_id || !result.bot_id) throw new Error('auth.test named no bot: is SLACK_BOT_TOKEN a bot token?');
    return { botUserId: result.user_id, botId: result.bot_id };
  } catch (error) {
    const reason = String(slackError(error).slack ?? (error as Error).message);
    throw new ConfigError(`Pivot Coach cannot start the Slack app: Slack refused SLACK_BOT_TOKEN in auth.test (${reason}). Check the token, or set SLACK_BOT_USER_ID and SLACK_BOT_ID to skip the check.`);
  }
}

/** The HTTP receiver for events, commands and interactions, with the install flow when configured. */
function httpReceiver(config: Exclude<SlackConfig, { mode: 'socket' }>, routes: CustomRoute[], extra: { log: BoltLogger; level: LogLevel; logger: Logger; clientOptions: webApi.WebClientOptions; installations?: RedisInstallationStore; scopes?: string[] }): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret as string,
    endpoints: EVENTS_PATH,
    port: config.port,
    customRoutes: routes,
    logger: extra.log,
    logLevel: extra.level,
    ...(config.mode === 'oauth'
      ? {
          clientId: config.clientId,
          clientSecret: config.clientSecret,
          stateSecret: config.stateSecret,
          installationStore: extra.installations,
          scopes: extra.scopes,
          installerOptions: { clientOptions: extra.clientOptions, directInstall: false },
        }
      : {}),
  });
  receiver.requestListener = guardClock(receiver.requestListener, { paths: [EVENTS_PATH], logger: extra.logger });
  return receiver;
}

/** Socket Mode has no HTTP receiver: the health checks get a small server of their own on PORT. */
function healthServer(routes: CustomRoute[]): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path && (r.method as string[]).includes(req.method ?? ''));
    if (route) route.handler(Object.assign(req, { params: {} }), res);
    else res.writeHead(404).end();
  });
}

const listen = (server: Server, port: number, host: string | undefined) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, ...(host ? { host } : {}) }, () => resolve((server.address() as AddressInfo).port));
  });

export async function startSlackApp(options: SlackAppOptions): Promise<RunningSlackApp> {
  const { engine, config, logger } = options;
  const level = boltLevel(config.logLevel);
  const log = boltLogger(logger, level);
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    rejectRateLimitedCalls: false,
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
    timeout: CALL_TIMEOUT_MS,
    logger: log,
  };
  const names = options.names ?? (await catalogNames());
  const installations = config.mode === 'oauth' ? await RedisInstallationStore.connect(config.redisUrl, config.keyPrefix, config.installationKeys) : undefined;
  const tracker = new Tracker();
  const outbox = slackOutbox(engine, config, logger, clientOptions, options.retryConfig ?? DEFAULT_RETRY, installations, options.charts);
  const routes = healthRoutes(async () => {
    const state = engine.store.state ? await engine.store.state() : await engine.store.ping();
    await installations?.ping();
    return state;
  }, logger);
  let app: App | undefined;
  let health: Server | undefined;
  try {
    const scopes = config.mode === 'oauth' ? (await readManifest()).oauth_config.scopes.bot : undefined;
    const receiver: Receiver =
      config.mode === 'socket'
        ? new SocketModeReceiver({ appToken: config.appToken as string, logger: log, logLevel: level, installerOptions: { clientOptions } })
        : httpReceiver(config, routes, { log, level, logger, clientOptions, ...(installations ? { installations } : {}), ...(scopes ? { scopes } : {}) });
    const single = config.mode === 'oauth' ? undefined : { token: config.botToken, ...(await botIdentity(config, clientOptions)) };
    app = new App({
      receiver,
      ...(single ?? {}),
      // With the ids given, Bolt never calls auth.test; with the installation store, authorize is one Redis GET.
      tokenVerificationEnabled: false,
      logger: log,
      logLevel: level,
      clientOptions,
      // Bolt's conversation store keeps state in this process: the engine already keeps it in Redis.
      convoStore: false,
    });
    registerListeners(app, { engine, logger, names, tracker, outbox, ...(installations ? { installations } : {}), ...(options.charts ? { charts: options.charts } : {}) });

    let port: number;
    if (receiver instanceof HTTPReceiver) {
      const server = await receiver.start({ port: config.port, ...(options.host ? { host: options.host } : {}) });
      port = (server.address() as AddressInfo).port;
    } else {
      health = healthServer(routes);
      port = await listen(health, config.port, options.host);
      await app.start();
    }
    logger.info('slack app started', { mode: config.mode, port });
    // What a stopped process left in the outbox goes out now, then at every sweep.
    const sweep = () => tracker.track(outbox.recover().catch((error: unknown) => logger.warn('slack outbox sweep failed', slackError(error))));
    sweep();
    const sweeper = setInterval(sweep, OUTBOX_SWEEP_MS);
    sweeper.unref();
    const running = app;
    return {
      app: running,
      port,
      settled: () => tracker.settled(),
      stop: async () => {
        clearInterval(sweeper);
        await running.stop();
        health?.close();
        await tracker.settled();
        await installations?.close();
      },
    };
  } catch (error) {
    // A start that fails half-way (Slack refused the app token) leaves nothing listening.
    await app?.stop().catch(() => undefined);
    health?.close();
    await installations?.close();
    throw error;
  }
}
