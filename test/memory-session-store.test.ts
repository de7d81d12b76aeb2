import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { EVENTS_ONLY_TTL_MS, RECENT_EVENTS } from '../src/engine/session-store.js';

const DAY_MS = 86_400_000;

const ann = { platform: 'test', tenant: 'T1', user: 'U1' };
const put = (doc: string, expectedVersion: number, eventId: string, ttlMs = 1000) => ({ expectedVersion, eventId, write: { kind: 'put' as const, doc }, ttlMs });

describe('MemorySessionStore', () => {
  it('versions documents and refuses a stale version', async () => {
    const store = new MemorySessionStore();
    expect(await store.load(ann, 'e1')).toEqual({ version: 0, doc: null, duplicate: false });
    expect(await store.commit(ann, put('a', 0, 'e1'))).toBe('ok');
    expect(await store.commit(ann, put('b', 0, 'e2'))).toBe('conflict');
    expect(await store.load(ann, 'e3')).toEqual({ version: 1, doc: 'a', duplicate: false });
  });

  it('remembers handled event ids, also for turns that changed nothing', async () => {
    const store = new MemorySessionStore();
    await store.commit(ann, put('a', 0, 'e1'));
    expect(await store.commit(ann, { expectedVersion: 1, eventId: 'e2', write: { kind: 'keep' }, ttlMs: 1000 })).toBe('ok');
    expect(await store.load(ann, 'e2')).toEqual({ version: 1, doc: 'a', duplicate: true });
    expect(await store.commit(ann, put('b', 1, 'e1'))).toBe('duplicate');
  });

  it(`keeps only the last ${RECENT_EVENTS} event ids`, async () => {
    const store = new MemorySessionStore();
    for (let i = 0; i <= RECENT_EVENTS; i++) await store.commit(ann, put(`d${i}`, i, `e${i}`));
    expect((await store.load(ann, 'e0')).duplicate).toBe(false);
    expect((await store.load(ann, 'e1')).duplicate).toBe(true);
  });

  it('expires idle sessions and deletes on request', async () => {
    let now = 0;
    const store = new MemorySessionStore('pivot', () => now);
    await store.commit(ann, put('a', 0, 'e1', 100));
    now = 99;
    expect(store.peek(ann)).toBe('a');
    now = 100;
    expect(store.peek(ann)).toBeNull();
    await store.commit(ann, put('b', 0, 'e2', 100));
    expect(await store.commit(ann, { expectedVersion: 1, eventId: 'e3', write: { kind: 'delete' }, ttlMs: 100 })).toBe('ok');
    expect(await store.load(ann, 'e4')).toEqual({ version: 0, doc: null, duplicate: false });
  });

  it('after a delete remembers only the event ids, for a short while, so a redelivery cannot bring the session back', async () => {
    let now = 0;
    const store = new MemorySessionStore('pivot', () => now);
    await store.commit(ann, put('a', 0, 'e1', DAY_MS));
    await store.commit(ann, { expectedVersion: 1, eventId: 'forget-yes', write: { kind: 'delete' }, ttlMs: DAY_MS });
    expect(await store.load(ann, 'forget-yes')).toEqual({ version: 0, doc: null, duplicate: true });
    now = EVENTS_ONLY_TTL_MS;
    expect((await store.load(ann, 'forget-yes')).duplicate).toBe(false);
  });
});
