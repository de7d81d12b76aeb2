/**
 * Loaded before a coach process (`node --import tsx --import ./test/faults/support/hold-after-commit.ts
 * src/main.ts`): after its FAULT_HOLD_AFTER_COMMIT-th commit that Redis accepted, the process
 * prints "fault: committed <event id>" and never goes on, so that the test can kill it at exactly
 * that point: the turn is saved, and nothing after the commit has run (no reply enqueued or sent).
 * Every method of the store whose name starts with "commit" counts, so the hook stays where the
 * commit is if the engine commits through another method.
 */
import { RedisSessionStore } from '../../../src/engine/redis-session-store.js';

const holdAt = Number(process.env.FAULT_HOLD_AFTER_COMMIT ?? '0');
let commits = 0;
const proto = RedisSessionStore.prototype as unknown as Record<string, unknown>;

for (const name of Object.getOwnPropertyNames(RedisSessionStore.prototype)) {
  const original = proto[name];
  if (!name.startsWith('commit') || typeof original !== 'function') continue;
  proto[name] = async function (this: unknown, ...args: unknown[]) {
    const result: unknown = await (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    if (result === 'ok' && ++commits === holdAt) {
      const eventId = (args[1] as { eventId?: string } | undefined)?.eventId ?? '?';
      process.stdout.write(`fault: committed ${eventId}\n`);
      await new Promise(() => {});
    }
    return result;
  };
}
