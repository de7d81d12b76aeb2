import type { Logger } from '../log.js';
import type { CheckinQueue } from './checkin-queue.js';
import { runDueCheckins, type CheckinEngine, type SendCheckin } from './run-checkins.js';

/**
 * Each coach process looks for due check-ins every `intervalMs` (30 s by default: a check-in
 * arrives within half a minute of its time). Any number of processes may poll the same Redis:
 * each check-in is claimed by one of them. A pass never overlaps the one before it.
 */
export function startCheckinPoller(options: { store: CheckinQueue; engine: CheckinEngine; sessionTtlMs: number; senders: () => Promise<Record<string, SendCheckin>>; logger: Logger; intervalMs?: number; now?: () => Date }): { stop(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const pass = async () => {
    const results = await runDueCheckins({ store: options.store, engine: options.engine, sessionTtlMs: options.sessionTtlMs, now: now(), senders: await options.senders() });
    for (const r of results) {
      // A dropped check-in is said once, with why: its schedule is gone, so it never comes back to be said again.
      if (r.outcome === 'dropped') options.logger.warn(`check-in dropped: ${r.reason ?? 'it can never be delivered'}`, { platform: r.user.platform, tenant: r.user.tenant, outcome: r.outcome });
      else options.logger[r.outcome === 'failed' ? 'warn' : 'debug']('check-in', { platform: r.user.platform, outcome: r.outcome });
    }
  };
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = pass()
      .catch((error: unknown) => options.logger.warn('check-in pass failed', { error }))
      .finally(() => {
        busy = false;
      });
  }, options.intervalMs ?? 30_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
