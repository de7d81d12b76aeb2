/**
 * One coach process for the crash test (test/outbox-crash.test.ts), on a real Redis.
 *
 *   turns <redis url> <prefix> <user> <first> <count> <sendFirst>
 *     runs `count` journal turns for `user` with their replies staged in its session queue; the
 *     first `sendFirst` are also sent (to the "platform", a Redis list), the rest only committed.
 *     After the last commit it prints `committed` and waits, sending nothing, to be killed.
 *   recover <redis url> <prefix>
 *     sends what waits in every session queue, as a process picking up after another would,
 *     then prints how many it sent and exits.
 *
 * The platform is the list `<prefix>:platform`: a send appends the reply's id there; whether a
 * reply was delivered is read from it, as Slack's sender reads the channel's history.
 */
import { Engine } from '../../src/engine/engine.js';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { Outbox } from '../../src/outbox/outbox.js';
import type { Sender } from '../../src/outbox/outbox.js';
import { journalRegistry } from './redis-fixtures.js';

const [mode, url, prefix, ...rest] = process.argv.slice(2) as [string, string, string, ...string[]];
const store = await RedisSessionStore.connect(url, prefix);
const platform = `${prefix}:platform`;

const sender: Sender = {
  expand: (turn) => turn.replies.map((_, n) => ({ n })),
  async send(entry) {
    await store.redis.rpush(platform, entry.id);
    return { kind: 'sent' };
  },
  async delivered(entry) {
    return (await store.redis.lrange(platform, 0, -1)).includes(entry.id);
  },
};
// Short leases: a killed process's lease must not hold the others up for long.
const outbox = new Outbox({ store: store.outbox, leaseMs: 1_000 });

if (mode === 'turns') {
  const [user, first, count, sendFirst] = rest as [string, string, string, string];
  const engine = new Engine({ store, flows: journalRegistry(), ttlMs: 3_600_000 });
  for (let i = 0; i < Number(count); i++) {
    const n = Number(first) + i;
    const outcome = await engine.respond(
      { kind: 'text', platform: 'test', tenant: 'T1', user, conversation: `D-${user}`, eventId: `ev-${user}-${n}`, text: n === 0 ? 'hi' : n === 1 ? '10' : `note ${n}` },
      { stage: { route: { to: `D-${user}` } } },
    );
    if (!outcome.staged || !outcome.queue) throw new Error(`turn ${n} was not staged`);
    if (i < Number(sendFirst)) await outbox.drain(outcome.queue, sender);
  }
  process.stdout.write('committed\n');
  // Killed here: between the commit and the send.
  setInterval(() => {}, 60_000);
} else {
  const sent = await outbox.recover(() => sender);
  process.stdout.write(`${sent}\n`);
  await store.close();
}
