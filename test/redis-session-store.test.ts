import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMIT_SCRIPT } from '../src/engine/redis-session-store.js';
import type { RedisSessionStore } from '../src/engine/redis-session-store.js';
import { DIGEST_WIDTH, eventDigest } from '../src/engine/event-digest.js';
import { keySlot } from '../src/engine/key-slot.js';
import { EVENTS_ONLY_TTL_MS, RECENT_EVENTS } from '../src/engine/session-store.js';
import type { CommitResult, UserRef, Write } from '../src/engine/session-store.js';
import { RedisScope, testUser } from './support/redis-fixtures.js';

const TTL_MS = 60_000;

let scope: RedisScope;
let store: RedisSessionStore;

beforeAll(async () => {
  scope = new RedisScope();
  store = await scope.openStore();
});

afterAll(async () => {
  await scope.close();
});

let events = 0;
const nextEvent = () => `ev-${++events}`;

function commit(user: UserRef, expectedVersion: number, write: Write, eventId = nextEvent(), ttlMs = TTL_MS, on = store): Promise<CommitResult> {
  return on.commit(user, { expectedVersion, eventId, write, ttlMs });
}

const put = (doc: string): Write => ({ kind: 'put', doc });
const keep: Write = { kind: 'keep' };
const del: Write = { kind: 'delete' };

/** The hash field a user's recent event ids live in, as fixed-width digests. */
async function rawEvents(user: UserRef): Promise<string[]> {
  const ev = await scope.admin.hget(store.sessionKey(user), 'ev');
  return ev?.match(new RegExp(`.{${DIGEST_WIDTH}}`, 'g')) ?? [];
}

/** Redis Cluster's rule: the part between the first "{" and the first "}" after it. */
function hashTag(key: string): string | undefined {
  const open = key.indexOf('{');
  const close = key.indexOf('}', open + 1);
  return open >= 0 && close > open + 1 ? key.slice(open + 1, close) : undefined;
}

describe('RedisSessionStore: versions and writes', () => {
  it('loads nothing as version 0 with no document, and creates no key doing so', async () => {
    const user = testUser();
    expect(await store.load(user, 'ev-x')).toEqual({ version: 0, doc: null, duplicate: false });
    expect(await scope.admin.exists(store.sessionKey(user))).toBe(0);
  });

  it('returns what was put, and bumps the version on every put only', async () => {
    const user = testUser();
    expect(await commit(user, 0, put('{"a":1}'))).toBe('ok');
    expect(await store.load(user, nextEvent())).toEqual({ version: 1, doc: '{"a":1}', duplicate: false });
    expect(await commit(user, 1, put('{"a":2}'))).toBe('ok');
    expect(await commit(user, 2, keep)).toBe('ok');
    expect(await store.load(user, nextEvent())).toEqual({ version: 2, doc: '{"a":2}', duplicate: false });
  });

  it("'keep' records the event id and leaves the document and version byte-identical", async () => {
    const user = testUser();
    const doc = '{"text":"caf\u00e9 \u2615 \\n \u00fcber"}';
    await commit(user, 0, put(doc));
    const before = await scope.raw(store.sessionKey(user));
    expect(await commit(user, 1, keep, 'kept-event')).toBe('ok');
    expect(await scope.raw(store.sessionKey(user))).toEqual(before);
    expect(before).toEqual({ v: '1', doc });
    expect(await commit(user, 1, keep, 'kept-event')).toBe('duplicate');
  });

  it("'delete' removes the session key; the event ids stay only as opaque fields of the slot's gone hash, for a few minutes", async () => {
    const user = testUser({ user: 'U-delete-me' });
    const key = store.sessionKey(user);
    const gone = store.goneKey(user);
    await commit(user, 0, put('{}'), 'before-forget');
    expect(await scope.admin.exists(key)).toBe(1);
    expect(await commit(user, 1, del, 'the-forget')).toBe('ok');
    expect(await scope.admin.exists(key)).toBe(0);
    // Nothing under the prefix names the user: no key, no field, no value.
    for (const k of await scope.keys()) {
      expect(k).not.toContain('U-delete-me');
      if ((await scope.admin.type(k)) === 'hash') expect(JSON.stringify(await scope.admin.hgetall(k))).not.toContain('U-delete-me');
    }
    expect(gone).not.toContain(user.tenant);
    expect(await scope.admin.pttl(gone)).toBeLessThanOrEqual(EVENTS_ONLY_TTL_MS);
    expect(await scope.admin.pttl(gone)).toBeGreaterThan(0);
    expect(await store.load(user, nextEvent())).toEqual({ version: 0, doc: null, duplicate: false });
    // Both event ids handled before the delete are still refused, and write nothing.
    expect(await commit(user, 0, put('{"back":true}'), 'the-forget')).toBe('duplicate');
    expect(await commit(user, 0, put('{"back":true}'), 'before-forget')).toBe('duplicate');
    expect(await scope.admin.exists(key)).toBe(0);
    // Another user in the same slot, with the same event id, is not affected.
    expect(await commit(testUser({ tenant: user.tenant }), 0, put('{}'), 'the-forget')).toBe('ok');
  });

  it("a 'keep' by someone with no session leaves no key of theirs, and its event id is still refused", async () => {
    const user = testUser();
    expect(await commit(user, 0, { kind: 'keep' }, 'no-session')).toBe('ok');
    expect(await scope.admin.exists(store.sessionKey(user))).toBe(0);
    expect(await scope.admin.pttl(store.goneKey(user))).toBeLessThanOrEqual(EVENTS_ONLY_TTL_MS);
    expect(await commit(user, 0, put('{}'), 'no-session')).toBe('duplicate');
    expect(await store.handled(user, 'no-session')).toBe(true);
    expect(await store.handled(user, 'never-sent')).toBe(false);
  });

  it('puts the gone hash in the session key\'s cluster slot, under a tag that is not the user\'s', () => {
    for (let i = 0; i < 50; i++) {
      const user = testUser();
      expect(keySlot(store.goneKey(user))).toBe(keySlot(store.sessionKey(user)));
      expect(hashTag(store.goneKey(user))).toMatch(/^s[0-9a-z]+$/);
    }
    // Redis' own examples: "foo" is in slot 12182, and only the tag of "{user1000}.following" is hashed.
    expect(keySlot('foo')).toBe(12182);
    expect(keySlot('{user1000}.following')).toBe(keySlot('user1000'));
  });

  it('refuses a stale or a future expected version as a conflict and changes nothing', async () => {
    const user = testUser();
    await commit(user, 0, put('{"v":1}'));
    await commit(user, 1, put('{"v":2}'));
    const before = await scope.raw(store.sessionKey(user));
    expect(await commit(user, 1, put('{"stale":true}'))).toBe('conflict');
    expect(await commit(user, 0, del)).toBe('conflict');
    expect(await commit(user, 3, keep)).toBe('conflict');
    expect(await scope.raw(store.sessionKey(user))).toEqual(before);
    expect(await scope.admin.exists(store.sessionKey(user))).toBe(1);
  });
});

describe('RedisSessionStore: event ids', () => {
  it('answers a commit sent again with its own nonce (its first answer was lost) ok, and anyone else with the event duplicate', async () => {
    const user = testUser();
    const key = store.sessionKey(user);
    const send = (nonce: string) => scope.admin.eval(COMMIT_SCRIPT, 2, key, store.goneKey(user), 0, eventDigest('lost-answer'), 'put', '{"n":1}', 60_000, nonce);
    expect(await send('attempt-1')).toBe('ok');
    // The same call again (ioredis re-sending after a reconnect, or the store after a failover): it did the write.
    expect(await send('attempt-1')).toBe('ok');
    // Another delivery of the same event: handled already, by someone else.
    expect(await send('attempt-2')).toBe('duplicate');
    expect(await scope.raw(key)).toEqual({ v: '1', doc: '{"n":1}' });
  });

  it('answers a delete sent again with its own nonce ok (found in the gone hash), and a redelivery duplicate', async () => {
    const user = testUser();
    const key = store.sessionKey(user);
    const send = (nonce: string) => scope.admin.eval(COMMIT_SCRIPT, 2, key, store.goneKey(user), 1, eventDigest('lost-forget'), 'delete', '', 60_000, nonce);
    expect(await commit(user, 0, put('{"n":1}'))).toBe('ok');
    expect(await send('forget-1')).toBe('ok');
    expect(await send('forget-1')).toBe('ok');
    expect(await send('forget-2')).toBe('duplicate');
    expect(await scope.admin.exists(key)).toBe(0);
  });

  it('reports a handled event id as a duplicate on commit, and writes nothing for it (load leaves the check to the commit)', async () => {
    const user = testUser();
    expect(await commit(user, 0, put('{"first":true}'), 'once')).toBe('ok');
    expect(await store.load(user, 'once')).toEqual({ version: 1, doc: '{"first":true}', duplicate: false });
    expect(await commit(user, 1, put('{"second":true}'), 'once')).toBe('duplicate');
    expect(await store.load(user, 'other')).toEqual({ version: 1, doc: '{"first":true}', duplicate: false });
  });

  it('says duplicate rather than conflict when the event was handled and the version moved on', async () => {
    const user = testUser();
    await commit(user, 0, put('{}'), 'early');
    await commit(user, 1, put('{}'));
    expect(await commit(user, 1, put('{"late":true}'), 'early')).toBe('duplicate');
  });

  it("remembers event ids handled with 'keep', which changed nothing else", async () => {
    const user = testUser();
    await commit(user, 0, put('{}'));
    expect(await commit(user, 1, keep, 'kept')).toBe('ok');
    expect(await commit(user, 1, keep, 'kept')).toBe('duplicate');
    expect(await commit(user, 1, put('{"after":true}'), 'kept')).toBe('duplicate');
  });

  it(`remembers the last ${RECENT_EVENTS} event ids and forgets older ones`, async () => {
    const user = testUser();
    const ids = Array.from({ length: RECENT_EVENTS + 1 }, (_, i) => `recent-${i}`);
    await commit(user, 0, put('{}'), ids[0]);
    for (const id of ids.slice(1)) expect(await commit(user, 1, keep, id)).toBe('ok');

    expect(await rawEvents(user)).toEqual(ids.slice(1).map(eventDigest));
    for (const id of ids.slice(1)) expect(await commit(user, 1, keep, id), id).toBe('duplicate');
    expect(await rawEvents(user)).toEqual(ids.slice(1).map(eventDigest));
    expect(await commit(user, 1, keep, ids[0])).toBe('ok');
  });

  it('does not take an event id for a duplicate because it is part of a longer handled one', async () => {
    const user = testUser();
    await commit(user, 0, put('{}'), 'evt-100');
    expect(await commit(user, 1, keep, 'evt-10')).toBe('ok');
    expect(await commit(user, 1, keep, 'vt-100')).toBe('ok');
  });
});

describe('RedisSessionStore: keys', () => {
  it('keeps one readable hash per user at prefix:{platform:tenant:user}:session', async () => {
    const user = testUser({ platform: 'slack', tenant: 'T123', user: 'U456' });
    const key = `${scope.prefix}:{slack:T123:U456}:session`;
    expect(store.sessionKey(user)).toBe(key);
    await commit(user, 0, put('{}'));
    expect(await scope.admin.type(key)).toBe('hash');
    expect(hashTag(key)).toBe('slack:T123:U456');
  });

  it('percent-encodes spaces, ":", "{", "}" and "%" so the hash tag stays whole', async () => {
    const user = testUser({ tenant: 'acme:eu', user: 'Ann {x}:y% z' });
    const key = store.sessionKey(user);
    expect(key).toBe(`${scope.prefix}:{slack:acme%3Aeu:Ann%20%7Bx%7D%3Ay%25%20z}:session`);
    expect(hashTag(key)).toBe('slack:acme%3Aeu:Ann%20%7Bx%7D%3Ay%25%20z');
    expect(key.split('{')).toHaveLength(2);
    expect(key.split('}')).toHaveLength(2);

    await commit(user, 0, put('{"odd":true}'));
    expect(await scope.keys()).toContain(key);
    expect((await store.load(user, nextEvent())).doc).toBe('{"odd":true}');
  });

  it.each([
    ['an emoji and a Latin-1 look-alike', '\u{1F600}', '\u00d83D\u00de00'],
    ['a Hangul syllable and a Latin-1 look-alike', '\uac00', '\u00ac00'],
  ])('gives distinct user ids distinct keys (%s)', async (_, first, second) => {
    const a = testUser({ user: first });
    const b = testUser({ user: second });
    await commit(a, 0, put('{"who":"a"}'));
    expect(await store.load(b, nextEvent())).toEqual({ version: 0, doc: null, duplicate: false });
    expect(store.sessionKey(a)).not.toBe(store.sessionKey(b));
  });

  it('sets the idle expiry on every write, including keep', async () => {
    const user = testUser();
    const key = store.sessionKey(user);
    await commit(user, 0, put('{}'), nextEvent(), 60_000);
    const afterPut = await scope.admin.pttl(key);
    expect(afterPut).toBeGreaterThan(55_000);
    expect(afterPut).toBeLessThanOrEqual(60_000);

    await commit(user, 1, keep, nextEvent(), 120_000);
    const afterKeep = await scope.admin.pttl(key);
    expect(afterKeep).toBeGreaterThan(115_000);
    expect(afterKeep).toBeLessThanOrEqual(120_000);
  });

  it('keeps two tenants with the same user id apart', async () => {
    const one = testUser({ tenant: 'T-one', user: 'U-same' });
    const two = testUser({ tenant: 'T-two', user: 'U-same' });
    expect(await commit(one, 0, put('{"tenant":"one"}'), 'shared-event')).toBe('ok');
    expect(await store.load(two, 'shared-event')).toEqual({ version: 0, doc: null, duplicate: false });
    expect(await commit(two, 0, put('{"tenant":"two"}'), 'shared-event')).toBe('ok');
    expect(await commit(two, 1, del)).toBe('ok');
    expect(await store.load(one, nextEvent())).toEqual({ version: 1, doc: '{"tenant":"one"}', duplicate: false });
  });
});

describe('RedisSessionStore: compare-and-set across connections', () => {
  it('lets exactly one of two processes commit on the same version, every time', async () => {
    const processA = await scope.openStore();
    const processB = await scope.openStore();
    const user = testUser();
    await commit(user, 0, put('{"round":0}'));
    const rounds = 50;
    for (let round = 1; round <= rounds; round++) {
      const [seenA, seenB] = await Promise.all([processA.load(user, nextEvent()), processB.load(user, nextEvent())]);
      expect(seenA.version).toBe(round);
      expect(seenB.version).toBe(round);
      const docA = JSON.stringify({ round, by: 'A' });
      const docB = JSON.stringify({ round, by: 'B' });
      const results = await Promise.all([
        commit(user, seenA.version, put(docA), nextEvent(), TTL_MS, processA),
        commit(user, seenB.version, put(docB), nextEvent(), TTL_MS, processB),
      ]);
      expect([...results].sort()).toEqual(['conflict', 'ok']);
      const winner = results[0] === 'ok' ? docA : docB;
      expect(await scope.raw(store.sessionKey(user))).toEqual({ v: String(round + 1), doc: winner });
    }
  });
});
