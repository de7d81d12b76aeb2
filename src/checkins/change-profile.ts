import { SessionDocumentError, parseSession, serializeSession } from '../engine/session.js';
import type { SessionStore, UserRef } from '../engine/session-store.js';

/**
 * Changes one person's stored profile from outside a turn (the check-in scheduler), through the
 * session store's own API, and leaves where they are in the conversation as it is: their next
 * message still answers the question they were last asked. Safe beside their turns in any
 * process: the write is a compare-and-set on the version read, so a turn that commits first makes
 * this read again and decide again on what that turn wrote (`change` sees the profile as it is
 * then, and may find nothing left to do); `eventId` is applied once, so a retry after a crash
 * changes nothing twice. Nothing is written for someone with no session (forgotten) or one no
 * version can read. Store outages are thrown as the store throws them (StoreUnavailableError, or
 * CommitUncertainError when the write may have landed): the caller reads back to know.
 */

export interface ProfileChange {
  /** The same on every retry of the same change. */
  eventId: string;
  /** The fields to set, from the profile as stored now; undefined when there is nothing to change. */
  change: (profile: Readonly<Record<string, unknown>>) => Record<string, unknown> | undefined;
  /** The session's idle expiry, as the engine's: a write pushes it out again, as every turn's does. */
  ttlMs: number;
  now: Date;
  /** How often to read again after a turn committed first. */
  maxAttempts?: number;
}

export type ProfileChanged = 'changed' | 'unchanged' | 'duplicate' | 'none' | 'unreadable' | 'busy';

export async function changeProfile(store: SessionStore, user: UserRef, { eventId, change, ttlMs, now, maxAttempts = 8 }: ProfileChange): Promise<ProfileChanged> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const loaded = await store.load(user, eventId);
    if (loaded.duplicate) return 'duplicate';
    if (loaded.doc === null) return 'none';
    let session;
    try {
      session = parseSession(loaded.doc);
    } catch (error) {
      if (error instanceof SessionDocumentError) return 'unreadable';
      throw error;
    }
    const fields = change(session.profile);
    if (fields === undefined) return 'unchanged';
    Object.assign(session.profile, fields);
    session.updatedAt = now.toISOString();
    const result = await store.commit(user, { expectedVersion: loaded.version, eventId, write: { kind: 'put', doc: serializeSession(session) }, ttlMs });
    if (result === 'ok') return 'changed';
    if (result === 'duplicate') return 'duplicate';
  }
  return 'busy';
}
