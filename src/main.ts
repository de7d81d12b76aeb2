import { chooseAdapters, discoverAdapters } from './adapter-host.js';
import { helpText, readOptions } from './cli/command-spec.js';
import { START } from './cli/start-options.js';
import { UsageError } from './cli/usage-error.js';
import { packageVersion } from './cli/version.js';
import { ConfigError, loadConfig } from './config/config.js';
import { Engine } from './engine/engine.js';
import { MemorySessionStore } from './engine/memory-session-store.js';
import { RedisSessionStore, redactUrl } from './engine/redis-session-store.js';
import { StoreUnavailableError } from './engine/session-store.js';
import type { SessionStore, UserRef } from './engine/session-store.js';
import type { CheckinQueue } from './checkins/checkin-queue.js';
import { CheckinStore } from './checkins/checkin-store.js';
import { MemoryCheckinStore } from './checkins/memory-checkin-store.js';
import { startCheckinPoller } from './checkins/poller.js';
import { syncCheckins } from './checkins/sync-checkins.js';
import { checkinSenders } from './cli/checkin-senders.js';
import { createLogger } from './log.js';
import { loadCoachData } from './coach-data.js';
import { DataError } from './data/load-data.js';
import { createFlowRegistry } from '../flows/index.js';

async function openStore(redisUrl: string | undefined, prefix: string): Promise<{ store: SessionStore; line: string }> {
  if (!redisUrl) {
    return { store: new MemorySessionStore(prefix), line: 'in-memory store (nothing is kept after you quit; set REDIS_URL to keep sessions)' };
  }
  const store = await RedisSessionStore.connect(redisUrl, prefix);
  return { store, line: `${store.cluster ? 'Redis Cluster store via' : 'Redis store at'} ${redactUrl(redisUrl)}` };
}

async function main(): Promise<number> {
  // Options are checked before anything starts, so a typo is reported rather than ignored.
  const { help, values } = readOptions(START, process.argv.slice(2));
  if (help || values.version) {
    process.stdout.write(`${help ? helpText(START) : await packageVersion()}\n`);
    return 0;
  }
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const data = await loadCoachData();
  const { store, line } = await openStore(config.redisUrl, config.keyPrefix);
  // Weekly check-ins live beside the sessions: in Redis, shared and polled by every process; without
  // it, in this process as the sessions are (a check-in due while the terminal is open shows there).
  const checkins: CheckinQueue = store instanceof RedisSessionStore ? new CheckinStore(store.redis, config.keyPrefix) : new MemoryCheckinStore();
  const onProfileChange = (user: UserRef, profile: Readonly<Record<string, unknown>> | null) => syncCheckins(checkins, user, profile, new Date()).then(() => undefined);
  const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: config.sessionTtlMs, logger, onProfileChange });
  // The session store's Redis also keeps the Slack installations: check-ins of many workspaces read their tokens there.
  const senders = checkinSenders(process.env, store instanceof RedisSessionStore ? { redis: store.redis } : {});
  const poller = startCheckinPoller({ store: checkins, engine, sessionTtlMs: config.sessionTtlMs, senders: () => senders, logger });
  const adapters = chooseAdapters(await discoverAdapters(), process.env);
  process.stderr.write(`Pivot Coach: ${adapters.map((a) => a.name).join(' + ')}, ${line}.\n`);
  const running = await Promise.all(adapters.map((adapter) => adapter.start({ engine, env: process.env, argv: process.argv.slice(2), logger })));
  const stop = async () => {
    await poller.stop();
    await Promise.all(running.map((r) => r.stop()));
    await store.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
  await Promise.all(running.map((r) => r.done));
  await poller.stop();
  await store.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof StoreUnavailableError || error instanceof DataError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`Pivot Coach stopped on an unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
