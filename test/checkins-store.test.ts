import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckinStore, memberOf } from '../src/checkins/checkin-store.js';
import { RedisScope, adminClient } from './support/redis-fixtures.js';
import { runNode } from './support/run-node.js';

let scope: RedisScope;
const clients: { disconnect(): void }[] = [];
/** A store on its own connection, as another coach process would have. */
const process_ = (prefix = scope.prefix) => {
  const redis = adminClient(scope.url);
  clients.push(redis);
  return new CheckinStore(redis, prefix);
};
beforeAll(() => {
  scope = new RedisScope();
});
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await scope.close();
});

const T0 = new Date('2027-03-05T17:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const person = (n: number) => ({ platform: 'slack', tenant: 'T1', user: `U${n}` });
const schedule = (n: number) => ({ user: person(n), when: { weekday: 5, time: '18:00', timeZone: 'Europe/Berlin' }, setAt: T0.toISOString() });

describe('the check-in queue in Redis', () => {
  it('keeps every key under one hash tag, so each script runs on one Redis Cluster slot', async () => {
    const store = process_();
    await store.put(schedule(1), T0);
    await store.claim(T0, { leaseMs: 1000 });
    const keys = await scope.keys();
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const key of keys) expect(key).toMatch(new RegExp(`^${scope.prefix}:\\{checkins\\}:`));
    await store.remove(person(1));
  });

  it('gives each due check-in to exactly one of two processes claiming at the same time', async () => {
    const prefix = `${scope.prefix}-race`;
    const a = process_(prefix);
    const b = process_(prefix);
    for (let n = 0; n < 60; n++) await a.put(schedule(n), at(-n));
    await a.put(schedule(999), at(30)); // not due yet
    const claimedBy = async (store: CheckinStore) => {
      const got: string[] = [];
      for (;;) {
        const batch = await store.claim(T0, { leaseMs: 60_000, limit: 3 });
        if (batch.length === 0) return got;
        got.push(...batch.map((c) => c.member));
        for (const c of batch) await store.complete(c, at(7 * 24 * 60));
      }
    };
    const [fromA, fromB] = await Promise.all([claimedBy(a), claimedBy(b)]);
    const all = [...fromA, ...fromB];
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromB.length).toBeGreaterThan(0);
    expect(all).toHaveLength(60);
    expect(new Set(all).size).toBe(60);
    expect(all).not.toContain(memberOf(person(999)));
    const admin = adminClient(scope.url);
    for (const key of await admin.keys(`${prefix}:*`)) await admin.del(key);
    admin.disconnect();
  });

  it('gives each due check-in to exactly one of two separate Node processes', async () => {
    const prefix = `${scope.prefix}-procs`;
    const store = process_(prefix);
    for (let n = 0; n < 40; n++) await store.put(schedule(n), at(-1));
    const worker = () => runNode(['--import', 'tsx', 'test/support/claim-worker.ts', scope.url, prefix, String(T0.getTime()), '2']);
    const [one, two] = await Promise.all([worker(), worker()]);
    expect(one.stderr + two.stderr).toBe('');
    const a = JSON.parse(one.stdout) as string[];
    const b = JSON.parse(two.stdout) as string[];
    expect([...a, ...b].sort()).toEqual(Array.from({ length: 40 }, (_, n) => memberOf(person(n))).sort());
    expect(a.filter((m) => b.includes(m))).toEqual([]);
    const admin = adminClient(scope.url);
    for (const key of await admin.keys(`${prefix}:*`)) await admin.del(key);
    admin.disconnect();
  });

  it('puts a check-in back at its own due time when the process holding it dies, and only then', async () => {
    const a = process_();
    const b = process_();
    await a.put(schedule(2), at(0));
    const [claim] = await a.claim(at(1), { leaseMs: 5 * 60_000 });
    expect(claim?.dueAt).toEqual(at(0));
    // A dies here. While its lease runs, nobody else gets it.
    expect(await b.claim(at(3), { leaseMs: 60_000 })).toEqual([]);
    const [again] = await b.claim(at(7), { leaseMs: 60_000 });
    expect(again?.member).toBe(memberOf(person(2)));
    expect(again?.dueAt).toEqual(at(0));
    // A comes back too late: its claim is no longer its own.
    expect(await a.complete(claim!, at(100))).toBe('lost');
    expect(await b.complete(again!, at(7 * 24 * 60))).toBe('ok');
    expect((await b.get(person(2)))?.dueAt).toEqual(at(7 * 24 * 60));
    await a.remove(person(2));
  });

  it('survives a restart: a new process with a new connection finds the schedule and claims it', async () => {
    const first = process_();
    await first.put(schedule(3), at(10));
    const restarted = process_();
    expect((await restarted.get(person(3)))?.schedule.when.time).toBe('18:00');
    expect(await restarted.claim(at(9), { leaseMs: 1000 })).toEqual([]);
    expect((await restarted.claim(at(10), { leaseMs: 1000 })).map((c) => c.member)).toEqual([memberOf(person(3))]);
    await restarted.remove(person(3));
  });

  it('removes a person at once, even while a process holds their check-in; the holder is told it is gone', async () => {
    const store = process_();
    await store.put(schedule(4), at(0));
    const [claim] = await store.claim(at(0), { leaseMs: 60_000 });
    expect(await store.has(person(4))).toBe(true);
    expect(await store.remove(person(4))).toBe(true);
    expect(await store.has(person(4))).toBe(false);
    expect(await store.complete(claim!, at(100))).toBe('gone');
    expect(await store.get(person(4))).toBeNull();
    expect(await store.claim(at(10_000), { leaseMs: 1000 })).toEqual([]);
    expect(await store.remove(person(4))).toBe(false);
  });

  it('lists what is due without claiming it (a dry run), and a released claim comes back at its retry time', async () => {
    const store = process_();
    await store.put(schedule(5), at(0));
    expect((await store.due(at(0))).map((d) => d.schedule.user.user)).toEqual(['U5']);
    expect((await store.due(at(0))).length).toBe(1);
    const [claim] = await store.claim(at(0), { leaseMs: 60_000 });
    expect(await store.release(claim!, at(5))).toBe('ok');
    expect(await store.claim(at(4), { leaseMs: 1000 })).toEqual([]);
    expect((await store.claim(at(5), { leaseMs: 1000 })).length).toBe(1);
    await store.remove(person(5));
  });
});
