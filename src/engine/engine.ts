import { z } from 'zod';
import { decide } from './decide.js';
import type { FlowRegistry } from './flow-registry.js';
import { inboundSchema } from './inbound.js';
import type { Inbound, InboundInput } from './inbound.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Reply } from './reply.js';
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

export const STORE_DOWN_REPLY: Reply = {
  kind: 'text',
  text: "I couldn't save that, so nothing has changed. Please try again in a minute.",
};
export const BUSY_REPLY: Reply = {
  kind: 'text',
  text: "You're sending messages faster than I can save them. Please send that again.",
};
export const BROKEN_SESSION_REPLY: Reply = {
  kind: 'text',
  text: "Something is wrong with what I stored for you, so I've left it untouched. Say `forget` to start fresh, or try again later.",
};

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

  /** Adapters call this for every event; it never throws for a store outage, it answers. */
  async handle(raw: InboundInput): Promise<Reply[]> {
    const parsed = inboundSchema.safeParse(raw);
    if (!parsed.success) throw new InvalidInboundError(`Inbound event rejected: ${z.prettifyError(parsed.error)}`);
    const inbound = parsed.data;
    return this.queue.run(userKeyBase('', inbound), () => this.turn(inbound));
  }

  private async turn(inbound: Inbound): Promise<Reply[]> {
    const { store, flows, ttlMs } = this.options;
    try {
      for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
        const loaded = await store.load(inbound, inbound.eventId);
        if (loaded.duplicate) return this.duplicate(inbound);
        const now = this.now();
        let session: Session | null = null;
        if (loaded.doc !== null) session = parseSession(loaded.doc);
        const turn = decide(session, inbound, flows, now);
        let write: Write = { kind: 'keep' };
        if (turn.deleted) write = { kind: 'delete' };
        else if (turn.changed) {
          turn.session.updatedAt = now.toISOString();
          write = { kind: 'put', doc: serializeSession(turn.session) };
        }
        const result = await store.commit(inbound, { expectedVersion: loaded.version, eventId: inbound.eventId, write, ttlMs });
        if (result === 'ok') return turn.replies;
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
      if (error instanceof SessionDocumentError) {
        this.logger.error('stored session unreadable', { platform: inbound.platform, tenant: inbound.tenant, error: error.message });
        return [BROKEN_SESSION_REPLY];
      }
      throw error;
    }
  }

  private duplicate(inbound: Inbound): Reply[] {
    this.logger.debug('duplicate event ignored', { platform: inbound.platform, eventId: inbound.eventId });
    return [];
  }
}
