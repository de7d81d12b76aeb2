import type { OutboxEntry, Where } from './entry.js';

/**
 * Where replies wait. Every change that matters to order or to "never twice" is conditional on
 * the lease: only the process holding a conversation's lease sends, records an attempt or
 * removes a delivered reply, so two processes never send the same reply at once.
 */
export interface OutboxStore {
  /** Appends the entries whose ids are new to this conversation, in order; returns how many were added. */
  append(where: Where, entries: readonly OutboxEntry[], ttlMs: number): Promise<number>;
  /** The oldest reply waiting, if any. */
  head(where: Where): Promise<OutboxEntry | undefined>;
  size(where: Where): Promise<number>;
  /** The id of the newest reply waiting, if any. */
  last(where: Where): Promise<string | undefined>;
  /** Takes (or renews) the conversation's lease for `owner`; false when another owner holds it. */
  lease(where: Where, owner: string, ms: number): Promise<boolean>;
  release(where: Where, owner: string): Promise<void>;
  /** Rewrites the head entry (an attempt recorded, a new time), only under `owner`'s lease. */
  update(where: Where, entry: OutboxEntry, owner: string): Promise<boolean>;
  /**
   * Replaces the head entry `id` (a turn's platform-neutral replies) with the platform messages
   * it became, in order, only under `owner`'s lease; none left is the same as `remove`.
   */
  replaceHead(where: Where, id: string, entries: readonly OutboxEntry[], owner: string, ttlMs?: number): Promise<boolean>;
  /** Removes the head entry `id` (delivered, or refused for good), only under `owner`'s lease. */
  remove(where: Where, id: string, owner: string): Promise<boolean>;
  /** The conversation's queue was found empty: nothing that names it needs to stay (its entry in the index). */
  settled?(where: Where): Promise<void>;
  /** Conversations that may have replies waiting. */
  pending(): Promise<Where[]>;
  close?(): Promise<void>;
}
