import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BROKEN_SESSION_REPLY, Engine, FORGOTTEN_REPLY, STORE_DOWN_REPLY } from '../src/engine/engine.js';
import type { InboundInput } from '../src/engine/inbound.js';
import { RedisSessionStore } from '../src/engine/redis-session-store.js';
import type { Reply } from '../src/engine/reply.js';
import { parseSession } from '../src/engine/session.js';
import type { Session } from '../src/engine/session.js';
import { EVENTS_ONLY_TTL_MS, userKeyBase } from '../src/engine/session-store.js';
import type { SessionStore, UserRef } from '../src/engine/session-store.js';
import { FORGET_STEP } from '../src/engine/turn.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { duetFlow } from './support/sample-flows.js';
import { RedisScope, globEscape, journalFlow, journalRegistry, noteStep, scanKeys, testUser } from './support/redis-fixtures.js';
import { RedisServerProcess } from './support/redis-server.js';

const TTL_MS = 24 * 60 * 60 * 1000;

let scope: RedisScope;

beforeAll(() => {
  scope = new RedisScope();
});

afterAll(async () => {
  await scope.close();
});

function engineOn(store: SessionStore): Engine {
  return new Engine({ store, flows: journalRegistry(), ttlMs: TTL_MS });
}

type CountingStore = SessionStore & { conflicts: number };

/** Wraps a store to count the commits it lost to another turn, so a test can tell a race really happened. */
function countingConflicts(store: SessionStore): CountingStore {
  const counting: CountingStore = {
    kind: store.kind,
    conflicts: 0,
    load: (user, eventId) => store.load(user, eventId),
    commit: async (user, commit) => {
      const result = await store.commit(user, commit);
      if (result === 'conflict') counting.conflicts++;
      return result;
    },
    ping: () => store.ping(),
    close: () => store.close(),
  };
  return counting;
}

/** What a separate process would have: its own engine on its own Redis connection. */
interface Process {
  engine: Engine;
  store: RedisSessionStore;
  counted: CountingStore;
}

async function newProcess(): Promise<Process> {
  const store = await scope.openStore();
  const counted = countingConflicts(store);
  return { engine: engineOn(counted), store, counted };
}

let events = 0;
const nextEventId = () => `ev-${++events}`;

function say(user: UserRef, text: string, eventId = nextEventId()): InboundInput {
  return { kind: 'text', ...user, conversation: 'C1', eventId, text };
}

function click(user: UserRef, stepId: string, choiceId: string): InboundInput {
  return { kind: 'choice', ...user, conversation: 'C1', eventId: nextEventId(), stepId, choiceId };
}

/** The step the replies ask next, read from their progress line. */
function askedStep(replies: Reply[]): string {
  const progress = replies.find((reply) => reply.kind === 'progress');
  if (progress?.kind !== 'progress') throw new Error(`No progress reply in ${JSON.stringify(replies)}`);
  const step = journalFlow.steps[progress.step - 1];
  if (!step) throw new Error(`Progress points past the flow: ${JSON.stringify(progress)}`);
  return step.id;
}

/** The step the turn answered: the one before the step it asks next. */
function answeredStep(replies: Reply[]): string {
  const index = journalFlow.steps.findIndex((step) => step.id === askedStep(replies));
  return journalFlow.steps[index - 1]?.id ?? '(none)';
}

function keyOf(store: RedisSessionStore, user: UserRef): string {
  return store.sessionKey(user);
}

async function storedSession(store: RedisSessionStore, user: UserRef): Promise<Session> {
  const { doc } = await scope.raw(keyOf(store, user));
  if (doc === null) throw new Error('No session stored.');
  return parseSession(doc);
}

async function storedVersion(store: RedisSessionStore, user: UserRef): Promise<number> {
  return Number((await scope.raw(keyOf(store, user))).v);
}

/** Greets the bot and gives the hours, so that the next text answers the first note. */
async function startJournal(engine: Engine, user: UserRef): Promise<void> {
  expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
  expect(askedStep(await engine.handle(say(user, '10')))).toBe(noteStep(1));
}

describe('Engine on Redis: turns from two processes', () => {
  it('applies both of two racing turns, each exactly once, in commit order (50 rounds)', async () => {
    const a = await newProcess();
    const b = await newProcess();
    const store = a.store;
    const user = testUser();
    await startJournal(a.engine, user);
    const commitOrder: string[] = [];

    for (let round = 1; round <= 50; round++) {
      const versionBefore = await storedVersion(store, user);
      const texts = [`round ${round} via A`, `round ${round} via B`] as const;
      const replies = await Promise.all([a.engine.handle(say(user, texts[0])), b.engine.handle(say(user, texts[1]))]);
      const answered = replies.map(answeredStep);
      const slots = answered.map((id) => journalFlow.steps.findIndex((step) => step.id === id));
      expect([...slots].sort((x, y) => x - y), `round ${round}`).toEqual([2 * round - 1, 2 * round]);

      const session = await storedSession(store, user);
      expect(session.flow?.answers[answered[0] as string]).toBe(texts[0]);
      expect(session.flow?.answers[answered[1] as string]).toBe(texts[1]);
      expect(await storedVersion(store, user)).toBe(versionBefore + 2);
      commitOrder.push(...((slots[0] as number) < (slots[1] as number) ? texts : [texts[1], texts[0]]));
    }

    const flow = (await storedSession(store, user)).flow;
    const notes = (flow?.trail ?? []).filter((id) => id !== 'hours').map((id) => flow?.answers[id]);
    expect(notes).toEqual(commitOrder);
    expect(a.counted.conflicts + b.counted.conflicts, 'the two engines never raced').toBeGreaterThan(0);
  });

  it('handles one event id delivered twice, even to two processes at once, exactly once', async () => {
    const a = await newProcess();
    const b = await newProcess();
    const store = a.store;
    const user = testUser();
    await startJournal(a.engine, user);

    for (let round = 1; round <= 20; round++) {
      const text = `only once ${round}`;
      const event = say(user, text);
      const versionBefore = await storedVersion(store, user);
      const replies = await Promise.all([a.engine.handle(event), b.engine.handle(event)]);
      expect(replies.filter((list) => list.length > 0), `round ${round}`).toHaveLength(1);
      expect(await b.engine.handle(event)).toEqual([]);
      expect(await storedVersion(store, user)).toBe(versionBefore + 1);
      const answers = Object.values((await storedSession(store, user)).flow?.answers ?? {});
      expect(answers.filter((value) => value === text)).toHaveLength(1);
    }
  });
});

describe('Engine on Redis: what a turn writes', () => {
  it('leaves the stored document byte-identical when an answer fails validation', async () => {
    const { engine, store } = await newProcess();
    const user = testUser();
    expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
    const before = await scope.raw(keyOf(store, user));
    expect(before.doc).not.toBeNull();

    const replies = await engine.handle(say(user, 'lots and lots'));
    expect(askedStep(replies)).toBe('hours');
    expect(replies).toContainEqual({ kind: 'text', text: expect.stringContaining('A number of hours') });
    expect(await scope.raw(keyOf(store, user))).toEqual(before);

    expect(askedStep(await engine.handle(say(user, '12')))).toBe(noteStep(1));
    expect((await storedSession(store, user)).flow?.answers).toEqual({ hours: 12 });
  });

  it('reads a schemaVersion 1 document, carries on at its step and stores it as schemaVersion 2', async () => {
    const { engine, store } = await newProcess();
    const user = testUser();
    const updatedAt = '2025-03-01T10:00:00.000Z';
    const v1 = { schemaVersion: 1, flowId: journalFlow.id, stepId: noteStep(2), answers: { hours: 10, n1: 'old note' }, profile: { hours: 10 }, updatedAt };
    await scope.admin.hset(keyOf(store, user), 'v', 1, 'doc', JSON.stringify(v1));

    expect(askedStep(await engine.handle(say(user, 'repeat')))).toBe(noteStep(2));
    expect(askedStep(await engine.handle(say(user, 'note after the upgrade')))).toBe(noteStep(3));

    const raw = await scope.raw(keyOf(store, user));
    expect(raw.v).toBe('2');
    const doc = JSON.parse(raw.doc ?? 'null') as Session;
    expect(doc.schemaVersion).toBe(2);
    expect(doc.createdAt).toBe(updatedAt);
    expect(doc.flow).toEqual({ id: journalFlow.id, step: noteStep(3), answers: { hours: 10, n1: 'old note', n2: 'note after the upgrade' }, trail: [noteStep(2)] });
    expect(doc.profile).toEqual({ hours: 10 });
  });
});

describe('Engine on Redis: forgetting', () => {
  const isForgetQuestion = (reply: Reply) => reply.kind === 'question' && reply.stepId === FORGET_STEP;

  it('leaves no key naming the user after `forget` then `yes`, and nothing that names them in any value', async () => {
    const { engine, store } = await newProcess();
    const user = testUser({ user: 'U-forget-me' });
    const mine = `${globEscape(userKeyBase(scope.prefix, user))}*`;
    await startJournal(engine, user);
    await engine.handle(say(user, 'something private'));
    expect(await scanKeys(scope.admin, mine)).toHaveLength(1);

    expect((await engine.handle(say(user, 'forget'))).some(isForgetQuestion)).toBe(true);
    expect(await engine.handle(click(user, FORGET_STEP, 'yes'))).toEqual([FORGOTTEN_REPLY]);
    expect(await scanKeys(scope.admin, mine)).toEqual([]);
    // Every key under this test's prefix (SCAN; other tests' users share it): none names the user or holds what they said.
    for (const key of await scanKeys(scope.admin, `${globEscape(scope.prefix)}:*`)) {
      expect(key).not.toContain('U-forget-me');
      if ((await scope.admin.type(key)) !== 'hash') continue;
      const held = JSON.stringify(await scope.admin.hgetall(key));
      expect(held).not.toContain('U-forget-me');
      expect(held).not.toContain('something private');
    }
    // What stops a redelivery is in the slot's gone hash, expiring within minutes.
    expect(await scope.admin.pttl(store.goneKey(user))).toBeLessThanOrEqual(EVENTS_ONLY_TTL_MS);
  });

  it('ignores a redelivered `yes` and `forget` after forgetting: no reply, and no key of the user comes back', async () => {
    const { engine, store } = await newProcess();
    const user = testUser();
    const mine = `${globEscape(userKeyBase(scope.prefix, user))}*`;
    await startJournal(engine, user);
    const forget = say(user, 'forget');
    await engine.handle(forget);
    const yes = say(user, 'yes');
    expect(await engine.handle(yes)).toEqual([FORGOTTEN_REPLY]);

    expect(await engine.handle(yes)).toEqual([]);
    expect(await engine.handle(forget)).toEqual([]);
    // Even from another process, whose engine never saw these events.
    expect(await (await newProcess()).engine.handle(yes)).toEqual([]);
    expect(await scanKeys(scope.admin, mine)).toEqual([]);
    expect(await scope.raw(keyOf(store, user))).toEqual({ v: null, doc: null });
  });

  it('leaves an unreadable document untouched, and `forget` clears it as the reply promises', async () => {
    const { engine, store } = await newProcess();
    const user = testUser();
    const key = keyOf(store, user);
    await scope.admin.hset(key, 'v', 7, 'doc', '{"schemaVersion":2,"flow":"not a flow"}');
    const broken = await scope.raw(key);

    expect(await engine.handle(say(user, 'hello'))).toEqual([BROKEN_SESSION_REPLY]);
    expect(await scope.raw(key)).toEqual(broken);

    expect(await engine.handle(say(user, 'forget'))).toEqual([FORGOTTEN_REPLY]);
    expect(await scope.raw(key)).toEqual({ v: null, doc: null });
    expect(askedStep(await engine.handle(say(user, 'hi')))).toBe('hours');
  });
});

// This one runs on a redis-server of its own, whatever the project: once (in `single`) is enough.
describe.skipIf(Boolean(inject('testRedisUrl')))('Engine on Redis: Redis stops and starts again', () => {
  let server: RedisServerProcess;
  let store: RedisSessionStore;

  beforeAll(async () => {
    server = await RedisServerProcess.start();
    store = await RedisSessionStore.connect(server.url, scope.prefix);
  });

  afterAll(async () => {
    await store?.close();
    await server?.dispose();
  });

  async function waitUntilReachable(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await store.ping();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  async function timedHandle(engine: Engine, event: InboundInput): Promise<{ replies: Reply[]; ms: number }> {
    const started = Date.now();
    const replies = await engine.handle(event);
    return { replies, ms: Date.now() - started };
  }

  it('answers STORE_DOWN_REPLY within about two seconds when Redis hangs with the connection open', async () => {
    const engine = engineOn(store);
    const user = testUser();
    await startJournal(engine, user);
    // This test's own redis-server, paused: it keeps the connection open and never answers.
    const pid = Number(/process_id:(\d+)/.exec(await store.redis.info('server'))?.[1]);
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, 'SIGSTOP');
    try {
      const { replies, ms } = await timedHandle(engine, say(user, 'while it hangs'));
      expect(replies).toEqual([STORE_DOWN_REPLY]);
      expect(ms).toBeLessThan(2_500);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await waitUntilReachable(10_000);
    expect(askedStep(await engine.handle(say(user, 'after the pause')))).toBe(noteStep(2));
  });

  it('answers STORE_DOWN_REPLY quickly while it is down, then carries on where it was', async () => {
    const engine = engineOn(store);
    const user = testUser();
    await startJournal(engine, user);
    expect(askedStep(await engine.handle(say(user, 'before the outage')))).toBe(noteStep(2));
    const before = await store.load(user, 'probe');

    await server.stop();
    const lost = say(user, 'during the outage');
    for (const event of [lost, say(user, 'still down')]) {
      const { replies, ms } = await timedHandle(engine, event);
      expect(replies).toEqual([STORE_DOWN_REPLY]);
      expect(ms).toBeLessThan(3_000);
    }

    await server.restart();
    await waitUntilReachable(10_000);
    expect(await store.load(user, 'probe')).toEqual(before);

    expect(askedStep(await engine.handle(lost))).toBe(noteStep(3));
    expect(askedStep(await engine.handle(say(user, 'after the outage')))).toBe(noteStep(4));
    const session = parseSession((await store.load(user, 'probe')).doc ?? 'null');
    expect(session.flow?.answers).toEqual({ hours: 10, n1: 'before the outage', n2: 'during the outage', n3: 'after the outage' });
  });
});

describe('Engine on Redis: a shared conversation delivering to a member', () => {
  it('lands every result in the member’s session while the member’s own turns race it from another process (20 rounds)', async () => {
    const flows = new FlowRegistry([journalFlow, duetFlow], journalFlow.id);
    const [roomStore, ownStore] = [await scope.openStore(), await scope.openStore()];
    const [roomCounted, ownCounted] = [countingConflicts(roomStore), countingConflicts(ownStore)];
    const group = new Engine({ store: roomCounted, flows, ttlMs: TTL_MS });
    const alone = new Engine({ store: ownCounted, flows, ttlMs: TTL_MS });
    const ana = testUser();
    const ben = testUser({ tenant: ana.tenant });
    await startJournal(alone, ana);

    for (let round = 1; round <= 20; round++) {
      const room = { conversation: `TH-${process.pid}-${round}`, scope: 'conversation' as const };
      const inRoom = (who: UserRef, event: Record<string, unknown>) => group.handle({ ...who, ...room, eventId: nextEventId(), ...event } as InboundInput);
      await inRoom(ana, { kind: 'command', name: 'duet' });
      await inRoom(ana, { kind: 'choice', stepId: 'teller', choiceId: 'claim' });
      await inRoom(ana, { kind: 'text', text: `line ${round}` });
      await inRoom(ben, { kind: 'choice', stepId: 'judge', choiceId: 'claim' });
      const [finished, own] = await Promise.all([inRoom(ben, { kind: 'choices', stepId: 'marks', choiceIds: ['clear'] }), alone.handle(say(ana, `note ${round}`))]);
      expect(finished.map((r) => (r.kind === 'text' ? r.text : '')).join(' '), `round ${round}`).toContain('Round 1:');
      expect(answeredStep(own)).toBe(noteStep(round));
    }

    const session = await storedSession(ownStore, ana);
    expect(session.profile.duets).toHaveLength(20);
    expect(Object.values(session.flow?.answers ?? {}).filter((v) => typeof v === 'string' && v.startsWith('note '))).toHaveLength(20);
    expect(await roomStore.load(ben, 'probe')).toMatchObject({ doc: null });
    expect(roomCounted.conflicts + ownCounted.conflicts, 'the delivery never raced the member’s own turns').toBeGreaterThan(0);
  });
});
