import { z } from 'zod';
import { asCommandName, decide } from './decide.js';
import type { FlowRegistry } from './flow-registry.js';
import { inboundSchema } from './inbound.js';
import type { Inbound, InboundInput } from './inbound.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Reply } from './reply.js';
import { ALREADY_SAVED_REPLY, BROKEN_SESSION_REPLY, BUSY_REPLY, FORGOTTEN_REPLY, NO_SHARED_FLOWS_REPLY, STORE_DOWN_REPLY, TOO_LONG_REPLY, UNCERTAIN_REPLY } from './replies.js';
import { SessionDocumentError, newSession, parseSession, serializeSession } from './session.js';
import type { Session } from './session.js';
import { CommitUncertainError, StoreUnavailableError, conversationRef, sessionOwner, userKeyBase } from './session-store.js';
import { REPEAT_WINDOW_MS, UncertainTurns, repeatOf as repeatOfRecord, uncertainRecord } from './uncertain-turns.js';
import { newEntry, sessionQueue, turnEntryId } from '../outbox/entry.js';
import type { TurnMessage, Where } from '../outbox/entry.js';
import type { SessionStore, UserRef, Write } from './session-store.js';
import type { Delivery } from './flow.js';
import { inTurn, silentLogger } from '../log.js';
import type { Logger } from '../log.js';

export interface EngineOptions {
  store: SessionStore;
  flows: FlowRegistry;
  /** Idle expiry of a session: every write pushes it out again. */
  ttlMs: number;
  logger?: Logger;
  now?: () => Date;
  /** How often a turn is decided again after another turn for the same user committed first. */
  maxAttempts?: number;
  /**
   * Told after a turn changed a person's own session, before its replies are returned: the profile
   * as it now is, or null once deleted (`forget`). For what is kept beside sessions, such as the
   * weekly check-in schedule; its failure is logged and never fails the turn.
   */
  onProfileChange?: (user: UserRef, profile: Readonly<Record<string, unknown>> | null) => Promise<void>;
}

/** An over-long text or form field is the user's doing and gets an answer; anything else malformed is an adapter bug. */
const onlyTooLong = (error: z.ZodError) =>
  error.issues.every((issue) => issue.code === 'too_big' && (issue.path[0] === 'text' || issue.path[0] === 'fields'));

export { ALREADY_SAVED_REPLY, BROKEN_SESSION_REPLY, BUSY_REPLY, FORGOTTEN_REPLY, NO_SHARED_FLOWS_REPLY, STORE_DOWN_REPLY, TOO_LONG_REPLY, UNCERTAIN_REPLY };

/** What a turn said, and whether it changed the stored session (false for a redelivery, a refusal, an outage). */
/** A person's stored profile: none yet, unreadable (a broken document), or its fields as stored. */
export type StoredProfile = { kind: 'none' } | { kind: 'unreadable' } | { kind: 'profile'; profile: Readonly<Record<string, unknown>> };

export interface TurnOutcome {
  replies: Reply[];
  changed: boolean;
  /**
   * With RespondOptions.stage, on a store that can stage: the turn owner's session queue, where
   * this turn's replies belong, behind the replies of the owner's earlier turns.
   */
  queue?: Where;
  /**
   * The replies were enqueued in `queue` with the commit: the adapter sends them from there.
   * Otherwise (a redelivery, a refusal, an outage) nothing was enqueued, and the adapter enqueues
   * `replies` itself, under an id of its own (see turnEntryId).
   */
  staged?: true;
}

export interface RespondOptions {
  /**
   * Enqueue the turn's replies in its owner's session queue in the same atomic step as the
   * commit, with `route` (the adapter's: where they go), so that a process that dies after the
   * commit cannot lose them: any process sends them. The engine stores them as it said them;
   * the adapter's sender renders them.
   */
  stage?: { route: unknown };
}

/** How long replies staged with a commit wait at most. */
export const STAGED_TTL_MS = 7 * 86_400_000;
const unchanged = (said: Reply[]): TurnOutcome => ({ replies: said, changed: false });
const replies = (outcome: TurnOutcome): Reply[] => outcome.replies;

/** The same event as the `repeat` command: what a person whose answer had landed is shown. */
function asRepeat({ platform, tenant, conversation, user, eventId, scope, userName }: Inbound): Inbound {
  return { kind: 'command', name: 'repeat', args: '', platform, tenant, conversation, user, eventId, scope, ...(userName === undefined ? {} : { userName }) };
}

export class InvalidInboundError extends Error {
  override readonly name = 'InvalidInboundError';
}

/** Another member's session kept changing under a delivery: the turn is answered as busy and can be sent again. */
class DeliveryConflictError extends Error {
  override readonly name = 'DeliveryConflictError';
}

/**
 * Runs turns: load the user's session, decide, commit with compare-and-set, and only
 * then return the replies. A duplicate event id returns no replies and changes nothing.
 */
export class Engine {
  private readonly queue = new KeyedQueue();
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly maxAttempts: number;
  private readonly uncertain = new UncertainTurns();

  constructor(private readonly options: EngineOptions) {
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? (() => new Date());
    this.maxAttempts = options.maxAttempts ?? 8;
  }

  get store(): SessionStore {
    return this.options.store;
  }

  /**
   * Adapters call this for every event; it never throws for a store outage, it answers.
   * Not an async function: one that returns the queue's promise would add a few ticks to every turn.
   */
  handle(raw: InboundInput): Promise<Reply[]> {
    return this.respond(raw).then(replies);
  }

  /**
   * `handle`, and whether the event changed the session: a click that was refused (another
   * member's button, an old question) changed nothing, so an adapter can leave its button as it was.
   */
  respond(raw: InboundInput, options: RespondOptions = {}): Promise<TurnOutcome> {
    let inbound: Inbound;
    try {
      const parsed = inboundSchema.safeParse(raw);
      if (!parsed.success && onlyTooLong(parsed.error)) return Promise.resolve(unchanged([TOO_LONG_REPLY]));
      if (!parsed.success) throw new InvalidInboundError(`Inbound event rejected: ${z.prettifyError(parsed.error)}`);
      inbound = parsed.data;
    } catch (error) {
      return Promise.reject(error);
    }
    const owner = sessionOwner(inbound);
    const where = options.stage && this.options.store.outbox ? sessionQueue(owner, inbound.conversation) : undefined;
    // A turn id on its log lines; an adapter that started the turn already keeps its own.
    const outcome = inTurn(() => this.queue.run(userKeyBase('', owner), () => this.turn(inbound, owner, options, where)));
    return where ? outcome.then((o) => ({ ...o, queue: where })) : outcome;
  }

  /** Whether a conversation has a shared session (a peer-practice thread), for adapters whose platform cannot tell them. */
  async hasSharedSession(where: { platform: string; tenant: string; conversation: string }): Promise<boolean> {
    const loaded = await this.options.store.load(conversationRef(where), '');
    return loaded.doc !== null;
  }

  /**
   * What the coach knows about one person, read without a turn (no event recorded, nothing
   * written): for views such as Slack's Home tab. Flows give the fields their meaning.
   */
  async storedProfile(user: UserRef): Promise<StoredProfile> {
    const loaded = await this.options.store.load(user, '');
    if (loaded.doc === null) return { kind: 'none' };
    try {
      return { kind: 'profile', profile: parseSession(loaded.doc).profile };
    } catch (error) {
      if (error instanceof SessionDocumentError) return { kind: 'unreadable' };
      throw error;
    }
  }

  private async turn(inbound: Inbound, owner: UserRef, options: RespondOptions, where: Where | undefined): Promise<TurnOutcome> {
    const { store, ttlMs } = this.options;
    const ownerKey = userKeyBase('', owner);
    // The same text right after an uncertain turn: checked against what landed on every attempt,
    // since the earlier write may land while this turn runs (it then loses the compare-and-set).
    // Recorded in this process and by the store (for a repeat that reaches another process).
    let repeatOf = this.uncertain.take(ownerKey, inbound, this.now().getTime());
    try {
      for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
        const loaded = await store.load(owner, inbound.eventId);
        if (loaded.duplicate) return this.duplicate(inbound);
        if (attempt === 1 && !repeatOf) repeatOf = repeatOfRecord(loaded.uncertain ?? (loaded.uncertainUnread ? await store.readUncertain?.(owner) : undefined), inbound, this.now().getTime());
        const saved = repeatOf && (await this.anyHandled(owner, repeatOf));
        const now = this.now();
        const asked: Inbound = saved ? asRepeat(inbound) : inbound;
        const decided = this.decideWrite(loaded.doc, asked, now);
        const { write, deliveries, profile } = decided;
        const replies = saved ? [ALREADY_SAVED_REPLY, ...decided.replies] : decided.replies;
        // Delivered first and once per id: if this commit then loses a race, the turn decided
        // again delivers the same ids, which change nothing the second time.
        for (const delivery of deliveries) await this.deliver(owner, delivery, now);
        const changed = write.kind !== 'keep';
        const stage = where && options.stage ? { where, entry: newEntry({ id: turnEntryId(inbound.eventId), message: { kind: 'turn', route: options.stage.route, replies, changed } satisfies TurnMessage }, now.getTime()), ttlMs: STAGED_TTL_MS } : undefined;
        const result = await store.commit(owner, { expectedVersion: loaded.version, eventId: inbound.eventId, write, ttlMs, ...(stage ? { stage } : {}) });
        if (result === 'ok') {
          if (changed && !owner.shared) await this.profileChanged(owner, profile ?? null);
          return { replies, changed, ...(stage ? { staged: true as const } : {}) };
        }
        if (result === 'duplicate') return this.duplicate(inbound);
        this.logger.debug('turn conflict, deciding again', { platform: inbound.platform, attempt });
      }
      this.logger.warn('turn gave up after repeated conflicts', { platform: inbound.platform, attempts: this.maxAttempts });
      return unchanged([BUSY_REPLY]);
    } catch (error) {
      if (error instanceof DeliveryConflictError) return unchanged([BUSY_REPLY]);
      if (error instanceof CommitUncertainError) {
        this.logger.warn('turn outcome unknown: the write may still land; user told it may have been saved', { platform: inbound.platform, error });
        const eventIds = [...(repeatOf ?? []), inbound.eventId];
        this.uncertain.remember(ownerKey, inbound, eventIds, this.now().getTime());
        this.rememberInStore(owner, inbound, eventIds);
        return unchanged([UNCERTAIN_REPLY]);
      }
      if (error instanceof StoreUnavailableError) {
        // This turn wrote nothing; an earlier uncertain one may still land, so its repeat stays a repeat.
        if (repeatOf) this.uncertain.remember(ownerKey, inbound, repeatOf, this.now().getTime());
        this.logger.warn('session store unavailable', { platform: inbound.platform, error });
        return unchanged([STORE_DOWN_REPLY]);
      }
      throw error;
    }
  }

  /**
   * The uncertain turn, recorded by the store too, so that a repeat reaching another process is
   * matched. Not awaited: the store is slow right now, and the user must hear back; sent after
   * the commit on the same connection, it runs after it (the commit would otherwise end it).
   */
  private rememberInStore(owner: UserRef, inbound: Inbound, eventIds: readonly string[]): void {
    const record = uncertainRecord(inbound, eventIds, this.now().getTime());
    const { store } = this.options;
    if (!record || !store.rememberUncertain) return;
    store.rememberUncertain(owner, record, REPEAT_WINDOW_MS).catch((error: unknown) => {
      this.logger.warn('uncertain turn not recorded in the store: only this process will match its repeat', { platform: inbound.platform, error });
    });
  }

  /** Whether any of these event ids was handled for the user (a store without `handled` never has uncertain turns). */
  private async anyHandled(owner: UserRef, eventIds: readonly string[]): Promise<boolean> {
    const { store } = this.options;
    if (!store.handled) return false;
    for (const eventId of eventIds) if (await store.handled(owner, eventId)) return true;
    return false;
  }

  /** Applies a change to a member's own session, from the conversation `from`, with the same compare-and-set as a turn. */
  private async deliver(from: UserRef, delivery: Delivery, now: Date): Promise<void> {
    const { store, ttlMs } = this.options;
    const member: UserRef = { platform: from.platform, tenant: from.tenant, user: delivery.to };
    // Namespaced by the conversation: two study groups may both be at their "round 1".
    const eventId = `deliver:${userKeyBase('', from)}:${delivery.id}`;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const loaded = await store.load(member, eventId);
      if (loaded.duplicate) return;
      let session;
      try {
        session = loaded.doc === null ? { ...newSession(now), greeted: false as const } : parseSession(loaded.doc);
      } catch (error) {
        if (!(error instanceof SessionDocumentError)) throw error;
        // Their own next turn tells them their session is unreadable; this result is lost, and said so in the log.
        this.logger.error('delivery skipped: member session unreadable', { platform: member.platform, tenant: member.tenant, error });
        return;
      }
      Object.assign(session.profile, delivery.profile(session.profile));
      session.updatedAt = now.toISOString();
      const result = await store.commit(member, { expectedVersion: loaded.version, eventId, write: { kind: 'put', doc: serializeSession(session) }, ttlMs });
      if (result !== 'conflict') return;
    }
    throw new DeliveryConflictError();
  }

  private async profileChanged(user: UserRef, profile: Readonly<Record<string, unknown>> | null): Promise<void> {
    try {
      await this.options.onProfileChange?.(user, profile);
    } catch (error) {
      this.logger.warn('profile change not passed on', { platform: user.platform, error });
    }
  }

  private decideWrite(doc: string | null, inbound: Inbound, now: Date): { write: Write; replies: Reply[]; deliveries: readonly Delivery[]; profile?: Readonly<Record<string, unknown>> | null } {
    let session: Session | null = null;
    try {
      if (doc !== null) session = parseSession(doc);
    } catch (error) {
      if (!(error instanceof SessionDocumentError)) throw error;
      this.logger.error('stored session unreadable', { platform: inbound.platform, tenant: inbound.tenant, error });
      // A document no version of the code can read must not lock its owner out: `forget` still clears it.
      if (asCommandName(inbound) === 'forget') return { write: { kind: 'delete' }, replies: [FORGOTTEN_REPLY], deliveries: [], profile: null };
      return { write: { kind: 'keep' }, replies: [BROKEN_SESSION_REPLY], deliveries: [] };
    }
    const registry = inbound.scope === 'conversation' ? this.options.flows.shared : this.options.flows;
    if (!registry) return { write: { kind: 'keep' }, replies: [NO_SHARED_FLOWS_REPLY], deliveries: [] };
    const turn = decide(session, inbound, registry, now);
    const { replies, deliveries } = turn;
    if (turn.deleted) return { write: { kind: 'delete' }, replies, deliveries, profile: null };
    if (!turn.changed) return { write: { kind: 'keep' }, replies, deliveries };
    turn.session.updatedAt = now.toISOString();
    return { write: { kind: 'put', doc: serializeSession(turn.session) }, replies, deliveries, profile: turn.session.profile };
  }

  private duplicate(inbound: Inbound): TurnOutcome {
    this.logger.debug('duplicate event ignored', { platform: inbound.platform, eventId: inbound.eventId });
    return unchanged([]);
  }
}
