import type { OutboxEntry, Where } from '../outbox/entry.js';
import type { OutboxStore } from '../outbox/outbox-store.js';
import type { UncertainRecord } from './uncertain-turns.js';

/**
 * The port between the engine and where sessions live. Documents travel as strings:
 * the engine owns their schema, a store only keeps bytes, a version and recent event ids.
 */

export interface UserRef {
  platform: string;
  tenant: string;
  user: string;
  /** `user` names a conversation whose session its members share (peer practice), not a person. */
  shared?: boolean;
}

/** The shared session of a conversation (a peer-practice thread). */
export function conversationRef(where: { platform: string; tenant: string; conversation: string }): UserRef {
  return { platform: where.platform, tenant: where.tenant, user: where.conversation, shared: true };
}

/** Whose session an event reads and writes: the sender's own, or its conversation's when the adapter says it is shared. */
export function sessionOwner(event: { platform: string; tenant: string; user: string; conversation: string; scope: 'user' | 'conversation' }): UserRef {
  return event.scope === 'conversation' ? conversationRef(event) : { platform: event.platform, tenant: event.tenant, user: event.user };
}

export interface Loaded {
  /** 0 when nothing is stored. */
  version: number;
  doc: string | null;
  /**
   * The event id was already handled: the turn must change nothing and say nothing. Only an
   * early exit: false means "not known here" (the Redis store does not read event ids on load,
   * to keep the read small), and the commit, which always checks, answers 'duplicate' then.
   */
  duplicate: boolean;
  /**
   * The owner's last turn whose commit had an unknown outcome, if one was recorded and no commit
   * came since (rememberUncertain): its next message may be a repeat of it.
   */
  uncertain?: UncertainRecord;
  /** There is such a record, not read with the session: readUncertain reads it. */
  uncertainUnread?: true;
}

export type Write = { kind: 'keep' } | { kind: 'put'; doc: string } | { kind: 'delete' };

export interface Commit {
  expectedVersion: number;
  eventId: string;
  write: Write;
  ttlMs: number;
  /**
   * The turn's replies, enqueued in the owner's session queue in the same atomic step as the
   * write, and only if it is applied: a turn that committed has its replies waiting, whatever
   * happens to the process next.
   */
  stage?: Stage;
}

/** A turn entry for the session queue `where` (see sessionQueue), kept `ttlMs` at most. */
export interface Stage {
  where: Where;
  entry: OutboxEntry;
  ttlMs: number;
}

/** ok: applied; duplicate: the event id was handled meanwhile; conflict: another turn committed first. */
export type CommitResult = 'ok' | 'duplicate' | 'conflict';

export interface SessionStore {
  readonly kind: 'memory' | 'redis';
  load(user: UserRef, eventId: string): Promise<Loaded>;
  /** Atomic: the event-id check, the version check and the write happen as one step. Throws StoreUnavailableError when it surely did not write, CommitUncertainError when it may have. */
  commit(user: UserRef, commit: Commit): Promise<CommitResult>;
  /**
   * Whether this event id was handled for this user: after an uncertain commit, whether it landed since.
   * Absent on a store whose commits are never uncertain (memory).
   */
  handled?(user: UserRef, eventId: string): Promise<boolean>;
  /**
   * Where staged replies wait (Commit.stage): the outbox store that shares the commit's
   * atomicity. Adapters send from it. Absent: the store cannot stage, and adapters enqueue.
   */
  readonly outbox?: OutboxStore;
  /**
   * Records a turn with an unknown outcome for the owner, for `ttlMs` at most; the owner's next
   * commit ends it, and `forget` removes it with the session. Read back by `load`.
   */
  rememberUncertain?(user: UserRef, record: UncertainRecord, ttlMs: number): Promise<void>;
  /** The record `load` found but did not read (Loaded.uncertainUnread). */
  readUncertain?(user: UserRef): Promise<UncertainRecord | undefined>;
  /** Throws StoreUnavailableError when the store cannot be reached. */
  ping(): Promise<void>;
  /** For readiness checks: like ping, and says what answered (a cluster's state); absent on the memory store. */
  state?(): Promise<string>;
  close(): Promise<void>;
}

/** How many recent event ids each user keeps for de-duplication; redeliveries come within minutes. */
export const RECENT_EVENTS = 32;

export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/**
 * A commit was sent but its answer never came, and reading back did not find it: it may still
 * land. The turn must not say "nothing changed".
 */
export class CommitUncertainError extends Error {
  override readonly name = 'CommitUncertainError';
}

/**
 * After `forget`, or a turn by someone with no session, only the recent event ids are kept, and
 * only this long: enough for a platform's redelivery not to bring a deleted session back.
 */
export const EVENTS_ONLY_TTL_MS = 15 * 60 * 1000;

const utf8 = new TextEncoder();

/**
 * Percent-encodes the UTF-8 bytes of anything that could break the key's shape (":" separators,
 * "{}" hash tag), always as %XX, so two different ids can never encode to the same key.
 */
const SAFE_PART = /^[A-Za-z0-9_.@-]*$/;

function keyPart(part: string): string {
  if (SAFE_PART.test(part)) return part;
  return part.replace(/[^A-Za-z0-9_.@-]/gu, (c) =>
    Array.from(utf8.encode(c), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/**
 * `pivot:{slack:T123:U456}` : readable for an operator, and the braces make every key of
 * one user hash to the same Redis Cluster slot. A shared conversation's is `pivot:{slack:T123:#C789}`:
 * keyPart always encodes "#", so no user id can name a conversation's key.
 */
export function userKeyBase(prefix: string, user: UserRef): string {
  return `${prefix}:{${keyPart(user.platform)}:${keyPart(user.tenant)}:${user.shared ? '#' : ''}${keyPart(user.user)}}`;
}
