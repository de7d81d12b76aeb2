import { asCommandName } from '../engine/decide.js';
import { inboundSchema } from '../engine/inbound.js';
import type { InboundInput } from '../engine/inbound.js';
import { UNCERTAIN_REPLY } from '../engine/replies.js';
import type { Reply } from '../engine/reply.js';
import { sessionOwner } from '../engine/session-store.js';
import type { SessionStore } from '../engine/session-store.js';
import { sessionQueue } from './entry.js';
import type { TurnMessage, Where } from './entry.js';

/**
 * What an adapter checks around a turn so that the person is never answered out of turn: the
 * engine stays platform-free (it knows nothing of delivery), and both chat adapters ask the
 * same questions of the outbox before and after it runs.
 */

/**
 * Said after the kept reply goes out again, in place of applying the message that arrived while
 * that reply had not reached the person. "May not": an attempt that timed out may have landed.
 */
export const UNSEEN_NOTICE: Reply = {
  kind: 'text',
  text: "My last message may not have reached you, so it is just above. I haven't taken what you just sent as its answer: please answer it there.",
};

/** Sent directly, queued nowhere, when the store that holds the outbox cannot be reached. */
export const UNREACHABLE_REPLY: Reply = {
  kind: 'text',
  text: "I can't reach my memory right now, so nothing you send is saved; please try again in a minute.",
};

/**
 * The session queue a typed answer would go to, or undefined when the message is not one: a
 * command (status, menu, repeat, forget…) runs whatever waits, and a click or a form carries the
 * step it was drawn for, which the engine checks itself.
 */
export function answerQueue(raw: InboundInput): Where | undefined {
  const parsed = inboundSchema.safeParse(raw);
  if (!parsed.success || parsed.data.kind !== 'text' || asCommandName(parsed.data) !== undefined) return undefined;
  return sessionQueue(sessionOwner(parsed.data), parsed.data.conversation);
}

/**
 * A turn's replies, enqueued by the adapter because the engine did not stage them: a "may have
 * been saved" notice is marked so that it is dropped if the turn's write landed after all (its
 * own replies, staged by that write, then went first).
 */
export function unstagedTurn(eventId: string, message: TurnMessage): TurnMessage {
  return message.replies.includes(UNCERTAIN_REPLY) ? { ...message, unlessLanded: eventId } : message;
}

/** The reply said directly when the outbox cannot take a turn's replies: the turn's own when it was uncertain. */
export const directReply = (replies: readonly Reply[]): Reply => (replies.includes(UNCERTAIN_REPLY) ? UNCERTAIN_REPLY : UNREACHABLE_REPLY);

/** Whether a session queue's turn committed, from the session store (Outbox's `landed`). */
export function landedIn(store: Pick<SessionStore, 'handled'>): (where: Where, eventId: string) => Promise<boolean> {
  return async (where, eventId) => {
    if (!store.handled || where.owner === undefined) return false;
    return store.handled({ platform: where.platform, tenant: where.tenant, user: where.owner, ...(where.shared ? { shared: true } : {}) }, eventId);
  };
}

/** At most one direct reply per conversation a minute (in this process): an outage is said once, not to every message. */
export class DirectReplies {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly everyMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when `conversation` may be told now (and records it). */
  take(conversation: string): boolean {
    const now = this.now();
    const at = this.last.get(conversation);
    if (at !== undefined && now - at < this.everyMs) return false;
    // Old entries go, so the map stays as small as the conversations of the last minute.
    for (const [key, when] of this.last) if (now - when >= this.everyMs) this.last.delete(key);
    this.last.set(conversation, now);
    return true;
  }
}
