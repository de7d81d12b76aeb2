import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../flows/index.js';
import { CheckinStore } from '../src/checkins/checkin-store.js';
import { runDueCheckins } from '../src/checkins/run-checkins.js';
import { syncCheckins } from '../src/checkins/sync-checkins.js';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import type { RedisClient } from '../src/engine/redis-client.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import type { UserRef } from '../src/engine/session-store.js';
import { chatWith } from './support/chat.js';
import { RedisScope } from './support/redis-fixtures.js';

/**
 * Keeping the check-in schedule in step with the profile costs no Redis call on a turn that
 * leaves the check-in settings as they were: counted on the real Redis through a client that
 * records every command the check-in store sends.
 */

let data: CoachData;
let scope: RedisScope;
let now = new Date('2027-03-15T08:00:00Z');
const clock = () => now;

/** The client with every command sent through it counted, by name. */
function counted(redis: RedisClient): { redis: RedisClient; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(redis, {
    get(target, name) {
      const value = Reflect.get(target, name, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(name));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { redis: proxy, calls };
}

/** A coach process whose check-in store talks through a counting client; `hooks` counts profile changes passed on. */
async function coachProcess() {
  const store = await scope.openStore();
  const { redis, calls } = counted(store.redis);
  const checkins = new CheckinStore(redis, scope.prefix);
  const seen = { hooks: 0 };
  const engine = new Engine({
    store,
    flows: createFlowRegistry(data),
    ttlMs: 86_400_000,
    now: clock,
    onProfileChange: async (user, profile) => {
      seen.hooks++;
      await syncCheckins(checkins, user, profile, clock());
    },
  });
  return { engine, checkins, calls, seen };
}

/** Someone with a plan to check in on (check-ins follow a plan: without one they are not set up). */
async function personWithPlan(user: UserRef): Promise<void> {
  const session = newSession(now);
  session.profile = { name: 'Ana', plan: { steps: [{ step: 1, title: 'Study', due: '2027-05-01' }], names: ['Google Data Analytics Professional Certificate'] } };
  const store = await scope.openStore();
  await store.commit(user, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: 86_400_000 });
}

beforeAll(async () => {
  data = await loadCoachData();
  scope = new RedisScope();
});
afterAll(async () => {
  await scope.close();
});

const drain = (calls: string[]) => calls.splice(0).length;
/** The schedule as Redis has it, read without going through a counted client. */
const scheduled = (user: UserRef) => new CheckinStore(scope.admin, scope.prefix).get(user);

describe('keeping the schedule in step with the profile', () => {
  it('a turn that leaves the check-in settings alone costs no Redis call; a change, or its due time passing, costs one look', async () => {
    const a = await coachProcess();
    const b = await coachProcess();
    const user = { platform: 'slack', tenant: 'T1', user: 'U-sync' };
    await personWithPlan(user);
    const chat = chatWith(a.engine, { ...user, conversation: 'D1' });
    for (const said of ['checkins', 'yes', 'Friday', '6pm']) await chat.say(said);
    expect(drain(a.calls)).toBe(0);
    expect(await chat.say('Berlin')).toContain("Done: I'll check in every Friday at 18:00 (Europe/Berlin)");
    // First sight of the settings: one look (HGET and ZSCORE together), then the new schedule.
    expect(a.calls.splice(0)).toEqual(['hget', 'zscore', 'eval']);

    const hooksBefore = a.seen.hooks;
    for (let week = 0; week < 3; week++) {
      expect(await chat.say('checkins')).toContain('You have a weekly check-in every Friday at 18:00 (Europe/Berlin)');
      expect(await chat.click('manage', 'keep')).toContain('Your check-ins stay as they are.');
    }
    // Six turns changed the session and were passed on; none of them reached Redis.
    expect(a.seen.hooks - hooksBefore).toBe(6);
    expect(drain(a.calls)).toBe(0);

    // The check-in comes due and is sent: the scheduler may have changed the schedule, so the next turn looks once.
    now = new Date('2027-03-19T17:00:30Z');
    expect((await runDueCheckins({ store: b.checkins, engine: b.engine, sessionTtlMs: 86_400_000, now, senders: { slack: async () => {} } })).map((r) => r.outcome)).toEqual(['sent']);
    b.calls.length = 0;
    await chat.click('outcome', 'skip');
    expect(a.calls.splice(0)).toEqual(['hget', 'zscore']);
    await chat.say('checkins');
    await chat.click('manage', 'keep');
    expect(drain(a.calls)).toBe(0);

    // A new time is a change: looked up and scheduled again, then quiet.
    for (const said of ['checkins', '2', 'Monday', '07:30']) await chat.say(said);
    expect(drain(a.calls)).toBe(0);
    await chat.say('yes');
    expect(a.calls.splice(0)).toEqual(['hget', 'zscore', 'eval']);
    expect((await scheduled(user))?.dueAt?.toISOString()).toBe('2027-03-22T06:30:00.000Z');

    // Stopping removes the schedule once; later turns cost nothing.
    await chat.say('checkins');
    await chat.click('manage', 'stop');
    expect(a.calls.splice(0)).toEqual(['eval']);
    expect(await scheduled(user)).toBeNull();
    await chat.say('checkins');
    await chat.say('no');
    expect(drain(a.calls)).toBe(0);

    // Switched on again through another process, then off through this one: this one sees both changes.
    const other = chatWith(b.engine, { ...user, conversation: 'D1' });
    for (const said of ['checkins', 'yes', 'Wednesday', '9am', 'UTC']) await other.say(said);
    expect(await scheduled(user)).not.toBeNull();
    await chat.say('checkins');
    expect(drain(a.calls)).toBe(2);
    await chat.click('manage', 'stop');
    expect(a.calls.splice(0)).toEqual(['eval']);
    expect(await scheduled(user)).toBeNull();
  });

  it('a schedule the scheduler ended is put back by the first turn after its due time, not before', async () => {
    const store = await scope.openStore();
    const { redis, calls } = counted(store.redis);
    const checkins = new CheckinStore(redis, scope.prefix);
    const user: UserRef = { platform: 'discord', tenant: 'G1', user: '42' };
    const setAt = '2027-04-01T10:00:00.000Z';
    const profile = (plan: string) => ({ name: 'Ana', plan: { steps: [{ step: 1, title: 'Study', due: plan }] }, checkins: { enabled: true, when: { weekday: 3, time: '09:00', timeZone: 'UTC' }, setAt, log: [] } });
    expect(await syncCheckins(checkins, user, profile('2027-05-01'), new Date('2027-04-01T10:00:00Z'))).toBe('scheduled');
    // Plan dates moved (a week behind): the schedule does not depend on them.
    expect(await syncCheckins(checkins, user, profile('2027-05-08'), new Date('2027-04-02T10:00:00Z'))).toBe('unchanged');
    calls.length = 0;
    // Dropped by the scheduler at its due time (a workspace that uninstalled), behind the sync's back.
    await new CheckinStore(store.redis, scope.prefix).remove(user);
    expect(await syncCheckins(checkins, user, profile('2027-05-08'), new Date('2027-04-07T08:59:00Z'))).toBe('unchanged');
    expect(calls).toEqual([]);
    expect(await syncCheckins(checkins, user, profile('2027-05-08'), new Date('2027-04-07T09:00:01Z'))).toBe('scheduled');
    expect(calls).toEqual(['hget', 'zscore', 'eval']);
    expect((await checkins.get(user))?.dueAt?.toISOString()).toBe('2027-04-14T09:00:00.000Z');
    // Forgetting always removes, whatever was remembered.
    calls.length = 0;
    expect(await syncCheckins(checkins, user, null, new Date('2027-04-07T09:01:00Z'))).toBe('removed');
    expect(calls).toEqual(['eval']);
  });
});
