import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { sessionQueue } from '../src/outbox/entry.js';
import { outboxKeys } from '../src/outbox/keys.js';
import { ROOT, runNode } from './support/run-node.js';
import { RedisScope } from './support/redis-fixtures.js';

/**
 * A coach process killed between a turn's commit and the sending of its replies: the session
 * has moved on, so the replies must not be lost. The commit enqueued them in the same atomic step
 * (src/engine/redis-session-store.ts), and other processes, sweeping, deliver them: each once, in
 * order, after what was sent before. Real processes (test/support/stage-worker.ts), a real Redis.
 */

const scope = new RedisScope();
afterAll(() => scope.close());

const WORKER = 'test/support/stage-worker.ts';

/** Starts a worker that commits turns, and SIGKILLs it the moment it says it has committed them. */
function commitThenKill(user: string, first: number, count: number, sendFirst: number): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, 'turns', scope.url, scope.prefix, user, String(first), String(count), String(sendFirst)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('committed')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

const recover = async () => {
  const done = await runNode(['--import', 'tsx', WORKER, 'recover', scope.url, scope.prefix]);
  expect(done.stderr).toBe('');
  return Number(done.stdout.trim());
};

/** The journal flow's replies per turn, as the worker's sender numbers them: `<event id>#<n>`. */
const platform = () => scope.admin.lrange(`${scope.prefix}:platform`, 0, -1);

describe('a process killed between commit and send', () => {
  it('leaves the committed replies in the session queue, and other processes deliver them once each, in order', async () => {
    const user = `U-crash-${process.pid}`;
    // Turns 0 and 1 are sent; turns 2 and 3 are committed, then the process is killed before sending them.
    const killed = await commitThenKill(user, 0, 4, 2);
    expect(killed.stderr).toBe('');
    expect(killed.signal).toBe('SIGKILL');
    const before = await platform();
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((id) => id.startsWith(`ev-${user}-0#`) || id.startsWith(`ev-${user}-1#`))).toBe(true);

    // The session moved on to turn 3's question: the replies of turns 2 and 3 wait in its queue.
    const queue = outboxKeys(scope.prefix, sessionQueue({ platform: 'test', tenant: 'T1', user }, `D-${user}`)).queue;
    expect(await scope.admin.lrange(queue, 0, -1)).toEqual([`ev-${user}-2#turn`, `ev-${user}-3#turn`]);

    // Two processes sweep at once: one holds the queue's lease and sends, the other finds it busy.
    const sent = await Promise.all([recover(), recover()]);
    const after = await platform();
    expect(sent.reduce((a, b) => a + b, 0)).toBe(after.length - before.length);
    const late = after.slice(before.length);
    expect(late.length).toBeGreaterThan(0);
    // Each reply once, turn 2's before turn 3's, each turn's in its own order.
    expect(new Set(after).size).toBe(after.length);
    const order = late.map((id) => {
      const [turn, n] = id.split('#') as [string, string];
      return [Number(turn.slice(turn.lastIndexOf('-') + 1)), Number(n)] as const;
    });
    expect(order.map(([turn]) => turn)).toEqual([...order.map(([turn]) => turn)].sort());
    expect(new Set(order.map(([turn]) => turn))).toEqual(new Set([2, 3]));
    for (const turn of [2, 3]) {
      const ns = order.filter(([t]) => t === turn).map(([, n]) => n);
      expect(ns).toEqual(ns.map((_, i) => i));
    }
    // Nothing is left waiting, and nothing is sent again by a later sweep.
    expect(await scope.admin.exists(queue)).toBe(0);
    expect(await recover()).toBe(0);
    expect(await platform()).toEqual(after);
  }, 60_000);
});
