import type { Where } from './entry.js';

/**
 * Percent-encodes whatever could change a key's shape (":" separators, the "{}" hash tag, "%"
 * itself), so two different conversations never share a key.
 */
const part = (id: string) => id.replace(/[^A-Za-z0-9_.@#-]/gu, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));

/**
 * One conversation's keys share a Redis Cluster hash tag (the braces), as a session's do, so the
 * scripts that touch several of them run on one slot: `pivot:outbox:{slack:T1:D42}:q` (the ids in
 * order), `:items` (id -> entry) and `:lease` (which process is sending).
 */
export function outboxKeys(prefix: string, where: Where) {
  const base = `${prefix}:outbox:{${part(where.platform)}:${part(where.tenant)}:${part(where.conversation)}}`;
  return { queue: `${base}:q`, items: `${base}:items`, lease: `${base}:lease` };
}

/** The conversations with replies waiting, for a process that picks up after another stopped. */
export const pendingKey = (prefix: string) => `${prefix}:outbox-pending`;
