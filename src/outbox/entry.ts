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
  createdAt: z.number().min(0),
});

export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** A conversation: every reply to it goes through one queue, in order. */
export const whereSchema = z.object({
  platform: z.string().min(1).max(32),
  tenant: z.string().min(1).max(128),
  conversation: z.string().min(1).max(256),
});

export type Where = z.infer<typeof whereSchema>;

/** A reply to enqueue: its id and the platform's message. */
export interface Outgoing {
  id: string;
  message: unknown;
}

export function newEntry(outgoing: Outgoing, now: number): OutboxEntry {
  return { id: outgoing.id, message: outgoing.message, attempts: 0, budgetFrom: 0, notBefore: now, createdAt: now };
}
