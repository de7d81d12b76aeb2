import type { UserRef } from '../engine/session-store.js';
import { setBounded } from '../engine/bounded-map.js';
import { checkinsOf } from './checkin-profile.js';
import type { CheckinQueue } from './checkin-queue.js';
import { memberOf } from './checkin-store.js';
import { nextWeekly } from './weekly-time.js';

/**
 * Keeps the Redis schedule in step with a person's profile after each change the engine commits:
 * check-ins switched on (or moved) are scheduled for their next time, switched off or forgotten
 * are removed at once. A profile that never had check-ins costs nothing here.
 *
 * Most turns change a profile without touching its check-in settings (an answer, a plan step),
 * so each process remembers what it last found or made the schedule say for a person: the
 * settings it came from (on or off, `setAt`, the weekly time) and until when that holds. While
 * the profile's settings are the same, a turn costs no Redis call. Off holds until the settings
 * change (only a sync, here or in another process, schedules anyone, and it does so only for a
 * profile whose settings changed, which this process then sees as a change too). On holds until
 * the check-in next comes due: from then on the scheduler may have dropped it (an uninstalled
 * workspace), so the next turn after that looks once more, and schedules again what is no longer
 * there, as it always did. (Stopping after two missed is not such a case: the scheduler writes
 * "off" into the profile first, and this sync sees the change.) So a person costs at most one check
 * a week per process, besides the changes they make. The schedule depends on nothing else in the
 * profile (plan dates are read from the profile when the check-in is sent), so they do not count.
 */

interface Known {
  /** The check-in settings the schedule was last found or made from. */
  settings: string;
  /** Until when (ms) nothing but a sync can have changed the schedule: Infinity for off. */
  until: number;
}

/** People remembered per process: past this, the longest unseen is looked up again when they return. */
export const SYNC_MEMORY_MAX = 10_000;

/** One memory per store, so that each coach process (its own store and connection) keeps its own. */
const memories = new WeakMap<CheckinQueue, Map<string, Known>>();

function memoryOf(store: CheckinQueue): Map<string, Known> {
  let memory = memories.get(store);
  if (!memory) memories.set(store, (memory = new Map()));
  return memory;
}

function remember(memory: Map<string, Known>, member: string, known: Known): void {
  setBounded(memory, member, known, SYNC_MEMORY_MAX);
}

export async function syncCheckins(store: CheckinQueue, user: UserRef, profile: Readonly<Record<string, unknown>> | null, now: Date): Promise<'scheduled' | 'removed' | 'unchanged'> {
  const memory = memoryOf(store);
  const member = memberOf(user);
  if (profile === null) {
    memory.delete(member);
    return (await store.remove(user)) ? 'removed' : 'unchanged';
  }
  if (profile.checkins === undefined) return 'unchanged';
  const wanted = checkinsOf(profile);
  const on = wanted?.enabled === true && wanted.when !== undefined;
  // Unreadable settings are never remembered: they are removed each time, as before.
  const settings = wanted ? JSON.stringify([on, wanted.setAt, on ? wanted.when : null]) : undefined;
  const known = memory.get(member);
  if (settings !== undefined && known?.settings === settings && now.getTime() < known.until) return 'unchanged';
  if (!on || !wanted?.when) {
    const removed = await store.remove(user);
    if (settings !== undefined) remember(memory, member, { settings, until: Infinity });
    return removed ? 'removed' : 'unchanged';
  }
  const current = await store.get(user);
  if (current && current.schedule.setAt === wanted.setAt) {
    // Held by a process right now (no due time): not remembered, looked at again next turn.
    if (current.dueAt) remember(memory, member, { settings: settings as string, until: current.dueAt.getTime() });
    return 'unchanged';
  }
  const dueAt = nextWeekly(wanted.when, now);
  await store.put({ user: { platform: user.platform, tenant: user.tenant, user: user.user }, when: wanted.when, setAt: wanted.setAt }, dueAt);
  remember(memory, member, { settings: settings as string, until: dueAt.getTime() });
  return 'scheduled';
}
