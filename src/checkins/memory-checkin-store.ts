import { randomUUID } from 'node:crypto';
import type { UserRef } from '../engine/session-store.js';
import { checkinScheduleSchema, type CheckinSchedule, type CheckinScheduleInput } from './checkin-schedule.js';
import type { CheckinQueue } from './checkin-queue.js';
import { memberOf, type Claimed, type Settled } from './checkin-store.js';

interface Entry {
  schedule: CheckinSchedule;
  /** When it is next due (ms); while claimed, the due time it was claimed at. */
  dueAt: number;
  /** The claim on it, while a pass holds it. */
  held?: { token: string; until: number };
}

/**
 * The check-in queue of a coach without Redis (the terminal's in-memory store): the same
 * behaviour as the Redis queue (claims with a lease, a lapsed lease puts the check-in back at its
 * own due time, only the claim's holder completes or releases it, removing ends a claim in
 * flight), kept in this process only, so it lasts as long as the sessions it goes with.
 */
export class MemoryCheckinStore implements CheckinQueue {
  private readonly entries = new Map<string, Entry>();

  async put(input: CheckinScheduleInput, dueAt: Date): Promise<CheckinSchedule> {
    const schedule = checkinScheduleSchema.parse(input);
    this.entries.set(memberOf(schedule.user), { schedule, dueAt: dueAt.getTime() });
    return schedule;
  }

  async remove(user: UserRef): Promise<boolean> {
    return this.entries.delete(memberOf(user));
  }

  async claim(now: Date, { leaseMs, limit = 100 }: { leaseMs: number; limit?: number }): Promise<Claimed[]> {
    const at = now.getTime();
    for (const entry of this.entries.values()) if (entry.held && entry.held.until <= at) delete entry.held;
    const due = [...this.entries.entries()].filter(([, e]) => !e.held && e.dueAt <= at).sort(([, x], [, y]) => x.dueAt - y.dueAt);
    const pass = randomUUID();
    return due.slice(0, limit).map(([member, entry], i) => {
      entry.held = { token: `${pass}:${i}`, until: at + leaseMs };
      return { member, token: entry.held.token, dueAt: new Date(entry.dueAt), schedule: entry.schedule };
    });
  }

  /** The entry a claim still holds, or why not: as the Redis scripts answer. */
  private held(claim: Pick<Claimed, 'member' | 'token'>): Entry | 'gone' | 'lost' {
    const entry = this.entries.get(claim.member);
    if (!entry) return 'gone';
    return entry.held?.token === claim.token ? entry : 'lost';
  }

  async complete(claim: Pick<Claimed, 'member' | 'token'>, next: Date | null, schedule?: CheckinSchedule): Promise<Settled> {
    const entry = this.held(claim);
    if (typeof entry === 'string') return entry;
    if (next === null) {
      this.entries.delete(claim.member);
      return 'stopped';
    }
    this.entries.set(claim.member, { schedule: schedule ? checkinScheduleSchema.parse(schedule) : entry.schedule, dueAt: next.getTime() });
    return 'ok';
  }

  async release(claim: Pick<Claimed, 'member' | 'token'>, retryAt: Date): Promise<Settled> {
    const entry = this.held(claim);
    if (typeof entry === 'string') return entry;
    this.entries.set(claim.member, { schedule: entry.schedule, dueAt: retryAt.getTime() });
    return 'ok';
  }

  async has(user: UserRef): Promise<boolean> {
    return this.entries.has(memberOf(user));
  }

  async get(user: UserRef): Promise<{ schedule: CheckinSchedule; dueAt: Date | null } | null> {
    const entry = this.entries.get(memberOf(user));
    if (!entry) return null;
    return { schedule: entry.schedule, dueAt: entry.held ? null : new Date(entry.dueAt) };
  }

  async due(now: Date, limit = 100): Promise<{ dueAt: Date; schedule: CheckinSchedule }[]> {
    return [...this.entries.values()]
      .filter((e) => !e.held && e.dueAt <= now.getTime())
      .sort((x, y) => x.dueAt - y.dueAt)
      .slice(0, limit)
      .map((e) => ({ dueAt: new Date(e.dueAt), schedule: e.schedule }));
  }
}
