import { z } from 'zod';
import { asCommandName, decide } from './decide.js';
import type { FlowRegistry } from './flow-registry.js';
import { inboundSchema } from './inbound.js';
import type { Inbound, InboundInput } from './inbound.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Reply } from './reply.js';
import { BROKEN_SESSION_REPLY, BUSY_REPLY, FORGOTTEN_REPLY, STORE_DOWN_REPLY, TOO_LONG_REPLY } from './replies.js';
import { SessionDocumentError, parseSession, serializeSession } from './session.js';
import type { Session } from './session.js';
import { StoreUnavailableError, userKeyBase } from './session-store.js';
import type { SessionStore, Write } from './session-store.js';
import { silentLogger } from '../log.js';
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
}

/** An over-long text or form field is the user's doing and gets an answer; anything else malformed is an adapter bug. */
const onlyTooLong = (error: z.ZodError) =>
  error.issues.every((issue) => issue.code === 'too_big' && (issue.path[0] === 'text' || issue.path[0] === 'fields'));

export { BROKEN_SESSION_REPLY, BUSY_REPLY, FORGOTTEN_REPLY, STORE_DOWN_REPLY, TOO_LONG_REPLY };

export class InvalidInboundError extends Error {
  override readonly name = 'InvalidInboundError';
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
    let inbound: Inbound;
    try {
      const parsed = inboundSchema.safeParse(raw);
      if (!parsed.success && onlyTooLong(parsed.error)) return Promise.resolve([TOO_LONG_REPLY]);
      if (!parsed.success) throw new InvalidInboundError(`Inbound event rejected: ${z.prettifyError(parsed.error)}`);
      inbound = parsed.data;
    } catch (error) {
      return Promise.reject(error);
    }
    return this.queue.run(userKeyBase('', inbound), () => this.turn(inbound));
  }

  private async turn(inbound: Inbound): Promise<Reply[]> {
    const { store, ttlMs } = this.options;
    try {
      for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
        const loaded = await store.load(inbound, inbound.eventId);
        if (loaded.duplicate) return this.duplicate(inbound);
        const now = this.now();
        const { write, replies } = this.decideWrite(loaded.doc, inbound, now);
        const result = await store.commit(inbound, { expectedVersion: loaded.version, eventId: inbound.eventId, write, ttlMs });
        if (result === 'ok') return replies;
        if (result === 'duplicate') return this.duplicate(inbound);
        this.logger.debug('turn conflict, deciding again', { platform: inbound.platform, attempt });
      }
      this.logger.warn('turn gave up after repeated conflicts', { platform: inbound.platform, attempts: this.maxAttempts });
      return [BUSY_REPLY];
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        this.logger.warn('session store unavailable', { platform: inbound.platform, error: error.message });
        return [STORE_DOWN_REPLY];
      }
      throw error;
    }
  }

  private decideWrite(doc: string | null, inbound: Inbound, now: Date): { write: Write; replies: Reply[] } {
    let session: Session | null = null;
    try {
      if (doc !== null) session = parseSession(doc);
    } catch (error) {
      if (!(error instanceof SessionDocumentError)) throw error;
      this.logger.error('stored session unreadable', { platform: inbound.platform, tenant: inbound.tenant, error: error.message });
      // A document no version of the code can read must not lock its owner out: `forget` still clears it.
      if (asCommandName(inbound) === 'forget') return { write: { kind: 'delete' }, replies: [FORGOTTEN_REPLY] };
      return { write: { kind: 'keep' }, replies: [BROKEN_SESSION_REPLY] };
    }
    const turn = decide(session, inbound, this.options.flows, now);
    if (turn.deleted) return { write: { kind: 'delete' }, replies: turn.replies };
    if (!turn.changed) return { write: { kind: 'keep' }, replies: turn.replies };
    turn.session.updatedAt = now.toISOString();
    return { write: { kind: 'put', doc: serializeSession(turn.session) }, replies: turn.replies };
  }

  private duplicate(inbound: Inbound): Reply[] {
    this.logger.debug('duplicate event ignored', { platform: inbound.platform, eventId: inbound.eventId });
    return [];
  }
}
