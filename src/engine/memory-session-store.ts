import { appendDigest, eventDigest, hasDigest } from './event-digest.js';
import { EVENTS_ONLY_TTL_MS, RECENT_EVENTS, userKeyBase } from './session-store.js';
import type { Commit, CommitResult, Loaded, SessionStore, UserRef } from './session-store.js';
import type { UncertainRecord } from './uncertain-turns.js';
import { MemoryOutboxStore } from '../outbox/memory-outbox-store.js';

interface Entry {
  version: number;
  doc: string | null;
  /** Digests of recent event ids, as the Redis store keeps them. */
  events: string;
  expiresAt: number;
}

/**
 * The embedded store for the terminal and for tests: same semantics as the Redis store
 * (versions, recent event ids, idle expiry), kept in this process only.
 */
export class MemorySessionStore implements SessionStore {
  readonly kind = 'memory';
  private readonly entries = new Map<string, Entry>();
  private readonly uncertain = new Map<string, { record: UncertainRecord; until: number }>();
  /** Where a turn's replies wait, enqueued in the same step as its commit (as in Redis). */
  readonly outbox: MemoryOutboxStore;

  constructor(
    private readonly prefix = 'pivot',
    private readonly now: () => number = Date.now,
  ) {
    this.outbox = new MemoryOutboxStore(now);
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  async load(user: UserRef, eventId: string): Promise<Loaded> {
    const key = userKeyBase(this.prefix, user);
    const entry = this.live(key);
    const found = this.uncertain.get(key);
    const uncertain = found && found.until > this.now() ? { uncertain: found.record } : {};
    if (!entry) return { version: 0, doc: null, duplicate: false, ...uncertain };
    return { version: entry.version, doc: entry.doc, duplicate: hasDigest(entry.events, eventDigest(eventId)), ...uncertain };
  }

  async rememberUncertain(user: UserRef, record: UncertainRecord, ttlMs: number): Promise<void> {
    this.uncertain.set(userKeyBase(this.prefix, user), { record, until: this.now() + ttlMs });
  }

  async commit(user: UserRef, commit: Commit): Promise<CommitResult> {
    const key = userKeyBase(this.prefix, user);
    const entry = this.live(key);
    const digest = eventDigest(commit.eventId);
    if (entry && hasDigest(entry.events, digest)) return 'duplicate';
    if ((entry?.version ?? 0) !== commit.expectedVersion) return 'conflict';
    const events = appendDigest(entry?.events ?? '', digest, RECENT_EVENTS);
    const { write } = commit;
    const doc = write.kind === 'put' ? write.doc : write.kind === 'delete' ? null : (entry?.doc ?? null);
    this.entries.set(key, {
      version: write.kind === 'put' ? commit.expectedVersion + 1 : doc === null ? 0 : commit.expectedVersion,
      doc,
      events,
      expiresAt: this.now() + (doc === null ? EVENTS_ONLY_TTL_MS : commit.ttlMs),
    });
    this.uncertain.delete(key);
    if (commit.stage) this.outbox.appendNow(commit.stage.where, [commit.stage.entry]);
    return 'ok';
  }

  /** The raw stored document, for tests that check a turn left it byte-identical. */
  peek(user: UserRef): string | null {
    return this.live(userKeyBase(this.prefix, user))?.doc ?? null;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.entries.clear();
    this.uncertain.clear();
  }
}
