import { keySlot, slotTag } from '../engine/key-slot.js';
import { userKeyBase } from '../engine/session-store.js';
import type { Where } from './entry.js';

/**
 * Percent-encodes whatever could change a key's shape (":" separators, the "{}" hash tag, "%"
 * itself), so two different conversations never share a key.
 */
const part = (id: string) => id.replace(/[^A-Za-z0-9_.@#-]/gu, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));

export interface OutboxKeys {
  queue: string;
  items: string;
  lease: string;
  /** A session queue's entry in its slot's index (see sessionQueueKeys); absent for a conversation's queue. */
  slotIndex?: string;
}

/**
 * One conversation's keys share a Redis Cluster hash tag (the braces), as a session's do, so the
 * scripts that touch several of them run on one slot: `pivot:outbox:{slack:T1:D42}:q` (the ids in
 * order), `:items` (id -> entry) and `:lease` (which process is sending). A session's queue
 * (`where.owner`) lives beside the session itself: see sessionQueueKeys.
 */
export function outboxKeys(prefix: string, where: Where): OutboxKeys {
  if (where.owner !== undefined) return sessionQueueKeys(prefix, where);
  const base = `${prefix}:outbox:{${part(where.platform)}:${part(where.tenant)}:${part(where.conversation)}}`;
  return { queue: `${base}:q`, items: `${base}:items`, lease: `${base}:lease` };
}

/**
 * A session's queue: `pivot:{slack:T1:U1}:outbox:q`, `:items`, `:lease`, with the session key's
 * own hash tag, so the commit script appends a turn's replies in the same atomic step as it
 * writes the session. Its slot's index, `pivot:{sNNN}:outbox` (a tag picked for the slot only,
 * as the gone hash's: the key names no one), lists the session queues of that slot with replies
 * waiting; the scripts that fill and empty a queue keep it, in the same step.
 */
export function sessionQueueKeys(prefix: string, where: Where): Required<OutboxKeys> {
  const base = userKeyBase(prefix, { platform: where.platform, tenant: where.tenant, user: where.owner ?? where.conversation, ...(where.shared ? { shared: true } : {}) });
  return { queue: `${base}:outbox:q`, items: `${base}:outbox:items`, lease: `${base}:outbox:lease`, slotIndex: slotIndexKey(prefix, keySlot(base)) };
}

export const slotIndexKey = (prefix: string, slot: number) => `${prefix}:{${slotTag(slot)}}:outbox`;

/** The conversations with replies waiting, for a process that picks up after another stopped. */
export const pendingKey = (prefix: string) => `${prefix}:outbox-pending`;

/**
 * The slots whose index may list session queues with replies waiting (sorted by when one was last
 * marked): names no one, only slot tags. A turn marks its slot before its commit, so a process
 * killed right after the commit still leaves its replies findable.
 */
export const slotsKey = (prefix: string) => `${prefix}:outbox-slots`;

/** The member a session queue is listed as in its slot's index: its owner (the conversation is the entries' business). */
export const indexMember = (where: Where) => JSON.stringify([where.platform, where.tenant, where.owner ?? where.conversation, where.shared ? 1 : 0]);

/** The queue an index member names, or undefined for one this code cannot read. */
export function fromIndexMember(member: string): Where | undefined {
  try {
    const [platform, tenant, owner, shared] = JSON.parse(member) as unknown[];
    if (typeof platform !== 'string' || typeof tenant !== 'string' || typeof owner !== 'string' || !platform || !tenant || !owner) return undefined;
    return { platform, tenant, conversation: owner, owner, ...(shared === 1 ? { shared: true } : {}) };
  } catch {
    return undefined;
  }
}
