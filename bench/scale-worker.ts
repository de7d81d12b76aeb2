import type { Command } from 'ioredis';
import { loadCoachData } from '../src/coach-data.js';
import { BUSY_REPLY, Engine, STORE_DOWN_REPLY } from '../src/engine/engine.js';
import type { InboundInput } from '../src/engine/inbound.js';
import { RedisSessionStore } from '../src/engine/redis-session-store.js';
import { createFlowRegistry } from '../flows/index.js';
import { signature } from './scale-script.js';

/**
 * One coach process of the scale benchmark (a child process, forked by scale-bench.ts): its
 * own engine, flows and Redis connection, as `npm start` would have. It handles whatever
 * turn the driver routes to it, from any person, and counts the Redis commands it sends.
 */

export type ToWorker = { type: 'turn'; id: number; event: InboundInput } | { type: 'counts' } | { type: 'stats' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; sig: string; replied: boolean; storeDown: boolean; busy: boolean; us: number }
  | { type: 'counts'; handled: number; commands: number }
  | { type: 'stats'; handled: number; commands: number; rssBytes: number };

const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  const [url, prefix] = process.argv.slice(2);
  if (!url || !prefix) throw new Error('scale-worker needs a Redis address and a key prefix.');
  const store = await RedisSessionStore.connect(url, prefix);
  const engine = new Engine({ store, flows: createFlowRegistry(await loadCoachData()), ttlMs: DAY_MS });
  let commands = 0;
  let handled = 0;
  const client = store.redis as unknown as { sendCommand: (command: Command, ...rest: unknown[]) => unknown };
  const send = client.sendCommand.bind(client);
  client.sendCommand = (command: Command, ...rest: unknown[]) => {
    commands++;
    return send(command, ...rest);
  };
  const reply = (message: FromWorker) => process.send?.(message);

  process.on('message', (message: ToWorker) => {
    if (message.type === 'counts') {
      reply({ type: 'counts', handled, commands });
      return;
    }
    if (message.type === 'stats') {
      reply({ type: 'stats', handled, commands, rssBytes: process.memoryUsage().rss });
      void store.close().then(() => process.exit(0));
      return;
    }
    const started = performance.now();
    void engine.handle(message.event).then((replies) => {
      const us = (performance.now() - started) * 1_000;
      handled++;
      reply({
        type: 'done',
        id: message.id,
        sig: signature(replies),
        replied: replies.length > 0,
        storeDown: replies.includes(STORE_DOWN_REPLY),
        busy: replies.includes(BUSY_REPLY),
        us,
      });
    });
  });
  reply({ type: 'ready' });
}

main().catch((error: unknown) => {
  process.stderr.write(`scale-worker: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
