import type { CheckinStore } from './checkin-store.js';

/**
 * What the scheduler needs of a check-in queue: the Redis one shared by every process
 * (checkin-store.ts), or one process's own when the coach runs without Redis
 * (memory-checkin-store.ts, the terminal's in-memory store).
 */
export type CheckinQueue = Pick<CheckinStore, 'put' | 'remove' | 'claim' | 'complete' | 'release' | 'has' | 'get' | 'due'>;
