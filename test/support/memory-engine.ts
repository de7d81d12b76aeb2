import { Engine } from '../../src/engine/engine.js';
import type { EngineOptions } from '../../src/engine/engine.js';
import { MemorySessionStore } from '../../src/engine/memory-session-store.js';
import { sampleRegistry } from './sample-flows.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** An engine on the memory store with a clock the test moves. */
export function memoryEngine(options: Partial<EngineOptions> = {}) {
  let now = Date.parse('2026-11-23T09:00:00Z');
  const store = new MemorySessionStore('pivot', () => now);
  const engine = new Engine({ store, flows: sampleRegistry(), ttlMs: 90 * DAY_MS, now: () => new Date(now), ...options });
  return {
    engine,
    store,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
