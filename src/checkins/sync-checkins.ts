import type { UserRef } from '../engine/session-store.js';
import { checkinsOf } from './checkin-profile.js';
import type { CheckinStore } from './checkin-store.js';
import { nextWeekly } from './weekly-time.js';

/**
 * Keeps the Redis schedule in step with a person's profile after each change the engine commits:
 * check-ins switched on (or moved) are scheduled for their next time, switched off or forgotten
 * are removed at once. A profile that never had check-ins costs nothing here.
 */
export async function syncCheckins(store: CheckinStore, user: UserRef, profile: Readonly<Record<string, unknown>> | null, now: Date): Promise<'scheduled' | 'removed' | 'unchanged'> {
  if (profile === null) return (await store.remove(user)) ? 'removed' : 'unchanged';
  if (profile.checkins === undefined) return 'unchanged';
  const wanted = checkinsOf(profile);
  if (!wanted?.enabled || !wanted.when) return (await store.remove(user)) ? 'removed' : 'unchanged';
  const current = await store.get(user);
  if (current && current.schedule.setAt === wanted.setAt) return 'unchanged';
  await store.put({ user: { platform: user.platform, tenant: user.tenant, user: user.user }, when: wanted.when, setAt: wanted.setAt }, nextWeekly(wanted.when, now));
  return 'scheduled';
}
