import type { OutboxEntry, Where } from './entry.js';
import type { OutboxStore } from './outbox-store.js';

/** A session queue is one per owner, whatever conversation its replies go to (as in Redis). */
const keyOf = (where: Where) => JSON.stringify(where.owner !== undefined ? [where.platform, where.tenant, where.owner, where.shared ? 1 : 0] : [where.platform, where.tenant, where.conversation]);

/** The outbox of one process (the terminal, tests): the same rules as Redis, kept in memory. */
export class MemoryOutboxStore implements OutboxStore {
  private readonly queues = new Map<string, { where: Where; entries: OutboxEntry[]; ids: Set<string> }>();
  private readonly leases = new Map<string, { owner: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  private queue(where: Where) {
    const key = keyOf(where);
    let queue = this.queues.get(key);
    if (!queue) this.queues.set(key, (queue = { where, entries: [], ids: new Set() }));
    return queue;
  }

  private holds(where: Where, owner: string): boolean {
    const lease = this.leases.get(keyOf(where));
    return lease !== undefined && lease.owner === owner && lease.until > this.now();
  }

  /** Synchronous, so that a memory session store can enqueue a turn's replies in the same step as its commit. */
  appendNow(where: Where, entries: readonly OutboxEntry[]): number {
    const queue = this.queue(where);
    let added = 0;
    for (const entry of entries) {
      if (queue.ids.has(entry.id)) continue;
      queue.ids.add(entry.id);
      queue.entries.push(structuredClone(entry));
      added++;
    }
    return added;
  }

  async append(where: Where, entries: readonly OutboxEntry[]): Promise<number> {
    return this.appendNow(where, entries);
  }

  async head(where: Where): Promise<OutboxEntry | undefined> {
    const first = this.queues.get(keyOf(where))?.entries[0];
    return first && structuredClone(first);
  }

  async size(where: Where): Promise<number> {
    return this.queues.get(keyOf(where))?.entries.length ?? 0;
  }

  async last(where: Where): Promise<string | undefined> {
    return this.queues.get(keyOf(where))?.entries.at(-1)?.id;
  }

  async lease(where: Where, owner: string, ms: number): Promise<boolean> {
    const key = keyOf(where);
    const lease = this.leases.get(key);
    if (lease && lease.owner !== owner && lease.until > this.now()) return false;
    this.leases.set(key, { owner, until: this.now() + ms });
    return true;
  }

  async release(where: Where, owner: string): Promise<void> {
    if (this.leases.get(keyOf(where))?.owner === owner) this.leases.delete(keyOf(where));
  }

  async update(where: Where, entry: OutboxEntry, owner: string): Promise<boolean> {
    const queue = this.queues.get(keyOf(where));
    if (!this.holds(where, owner) || queue?.entries[0]?.id !== entry.id) return false;
    queue.entries[0] = structuredClone(entry);
    return true;
  }

  async replaceHead(where: Where, id: string, entries: readonly OutboxEntry[], owner: string): Promise<boolean> {
    const queue = this.queues.get(keyOf(where));
    if (!this.holds(where, owner) || queue?.entries[0]?.id !== id) return false;
    queue.entries.shift();
    queue.ids.delete(id);
    const fresh = entries.filter((entry) => !queue.ids.has(entry.id));
    for (const entry of fresh) queue.ids.add(entry.id);
    queue.entries.unshift(...fresh.map((entry) => structuredClone(entry)));
    return true;
  }

  async remove(where: Where, id: string, owner: string): Promise<boolean> {
    const queue = this.queues.get(keyOf(where));
    if (!this.holds(where, owner) || queue?.entries[0]?.id !== id) return false;
    queue.entries.shift();
    queue.ids.delete(id);
    return true;
  }

  async settled(where: Where): Promise<void> {
    if (this.queues.get(keyOf(where))?.entries.length === 0) this.queues.delete(keyOf(where));
  }

  async pending(): Promise<Where[]> {
    return [...this.queues.values()].filter((q) => q.entries.length > 0).map((q) => q.where);
  }
}
