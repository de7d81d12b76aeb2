import { z } from 'zod';

/**
 * One reply waiting to be delivered to a conversation. `message` is what the platform's sender
 * needs (channel, thread, text, blocks): the outbox never looks inside it, and it never holds a
 * token. The id is derived from the turn (its event id and the reply's place in it), so the same
 * turn enqueued twice adds nothing.
 */
export const outboxEntrySchema = z.object({
  id: z.string().min(1).max(400),
  message: z.unknown(),
  /** Attempts made so far; each is recorded before it is made, so a crash mid-send is known. */
  attempts: z.number().int().min(0),
  /** Attempts at which the current budget started: a later contact gives a spent reply a new budget. */
  budgetFrom: z.number().int().min(0).default(0),
  /** The newest reply behind this one when its budget was last renewed: each new contact renews it once. */
  renewedFor: z.string().optional(),
  /** Not sent before this time (epoch ms): the platform's Retry-After, or the backoff. */
  notBefore: z.number().min(0),
  /** Until when the platform said not to send (its Retry-After): a renewed budget never cuts that short, only the backoff. */
  heldUntil: z.number().min(0).optional(),
  createdAt: z.number().min(0),
  /**
   * What the last attempt came to: `unknown` while it is under way (recorded with it, so a process
   * that died mid-send leaves it), `uncertain` after a client timeout, `retry` when the platform
   * said it did not take it. A sender that cannot look a message up (an ephemeral one) reads it.
   */
  tried: z.enum(['unknown', 'uncertain', 'retry']).optional(),
  /**
   * What the sender noted while sending, before the step that shows it (Slack: the id of the file
   * an upload made): an attempt after it looks for that in the conversation first.
   */
  memo: z.record(z.string(), z.string()).optional(),
});

export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/**
 * A queue of replies: a conversation's (every reply to it goes through one queue, in order), or,
 * with `owner`, a session's: the replies of one person's (or one shared conversation's) turns,
 * wherever they go, enqueued by the engine in the same atomic step as the turn's commit, so its
 * keys live in the session's cluster slot (see sessionQueueKeys). `owner` is the session owner's
 * id: the user's, or the conversation's when `shared`.
 */
export const whereSchema = z.object({
  platform: z.string().min(1).max(32),
  tenant: z.string().min(1).max(128),
  conversation: z.string().min(1).max(256),
  owner: z.string().min(1).max(256).optional(),
  shared: z.boolean().optional(),
});

export type Where = z.infer<typeof whereSchema>;

/**
 * What the engine enqueues for a turn, platform-neutral: the replies as the engine said them, and
 * the adapter's `route` (where they go: a channel, a thread, whose controls), which only the
 * adapter reads. The adapter's sender turns it into platform messages when it sends (Sender.expand).
 */
export const turnMessageSchema = z.object({
  kind: z.literal('turn'),
  route: z.unknown(),
  replies: z.array(z.unknown()),
  /** Whether the turn changed the session (a refused click did not): some platforms then answer only the clicker. */
  changed: z.boolean(),
  /**
   * Sent only if the turn of this event id has not committed: a "may have been saved" notice. When
   * that turn's write landed after all, the commit enqueued its own replies ahead of the notice, and
   * they already said where the person is; a notice after them would read as if they had not counted.
   */
  unlessLanded: z.string().min(1).max(256).optional(),
});
export type TurnMessage = z.infer<typeof turnMessageSchema>;

/**
 * The outbox id of the notice said to a message that was not applied because the reply before it
 * never reached the person (see Outbox.holdForUnseen): `<event id>@0#turn`, so its messages come
 * in that message's place in the person's order.
 */
export const unseenNoticeId = (eventId: string) => turnEntryId(`${eventId}@0`);
const UNSEEN_NOTICE = /@0#(turn|\d+)$/;
export const isUnseenNotice = (id: string) => UNSEEN_NOTICE.test(id);

/** A turn's entry, before its sender has turned it into platform messages. */
export function isTurnEntry(entry: OutboxEntry): entry is OutboxEntry & { message: TurnMessage } {
  return turnMessageSchema.safeParse(entry.message).success;
}

/**
 * The outbox id of a turn's replies: one per event, so a turn committed once is enqueued once.
 * Its platform messages are `<event id>#0`, `#1`… (see Outbox: a turn entry is expanded in place).
 */
export const turnEntryId = (eventId: string) => `${eventId}#turn`;

/** The session queue of `owner` (sessionOwner of a turn), for replies going to `conversation`. */
export function sessionQueue(owner: { platform: string; tenant: string; user: string; shared?: boolean }, conversation: string): Where {
  return { platform: owner.platform, tenant: owner.tenant, conversation, owner: owner.user, ...(owner.shared ? { shared: true } : {}) };
}

/** A reply to enqueue: its id and the platform's message. */
export interface Outgoing {
  id: string;
  message: unknown;
}

export function newEntry(outgoing: Outgoing, now: number): OutboxEntry {
  return { id: outgoing.id, message: outgoing.message, attempts: 0, budgetFrom: 0, notBefore: now, createdAt: now };
}
