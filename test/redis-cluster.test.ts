import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthRoutes } from '../adapters/slack/http-layer.js';
import { BUSY_REPLY, Engine, STORE_DOWN_REPLY } from '../src/engine/engine.js';
import type { InboundInput } from '../src/engine/inbound.js';
import { RedisSessionStore } from '../src/engine/redis-session-store.js';
import type { Reply } from '../src/engine/reply.js';
import { parseSession } from '../src/engine/session.js';
import type { UserRef } from '../src/engine/session-store.js';
import { createLogger } from '../src/log.js';
import { cleanKeys, adminClient, journalFlow, journalRegistry, noteStep, uniquePrefix } from './support/redis-fixtures.js';
import { RedisClusterProcess } from './support/redis-cluster.js';
import { runNode } from './support/run-node.js';

/**
 * The coach on a Redis Cluster of its own (3 primaries, a replica each), while the cluster
 * changes under it: a slot moves to another primary mid-conversation (ASK, then MOVED), and a
 * primary hands over to its replica (a failover). Every person's turns go to two engines, each
 * with its own connections, as two processes behind a load balancer would, with some events
 * delivered twice. Afterwards each person's notes are all there, once each, in order.
 */

const TTL_MS = 86_400_000;
let cluster: RedisClusterProcess;
const prefix = uniquePrefix();

beforeAll(async () => {
  cluster = await RedisClusterProcess.start({ primaries: 3, replicas: 1, nodeTimeoutMs: 1_000 });
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
});

/** Redis Cluster's key slot: CRC16 (XMODEM) of the hash tag, mod 16384. */
function keySlot(key: string): number {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  const hashed = close > open + 1 ? key.slice(open + 1, close) : key;
  let crc = 0;
  for (const byte of Buffer.from(hashed)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc % 16_384;
}

/** `count` people whose sessions all live in `slot`, so that moving the slot moves all of them. */
function peopleInSlot(store: RedisSessionStore, slot: number, count: number, tag: string): UserRef[] {
  const found: UserRef[] = [];
  for (let i = 0; found.length < count; i++) {
    const user: UserRef = { platform: 'slack', tenant: 'T1', user: `U${tag}${i}` };
    if (keySlot(store.sessionKey(user)) === slot) found.push(user);
  }
  return found;
}

interface Outcome {
  storeDown: number;
  busy: number;
  duplicatesAnswered: number;
}

/**
 * One person's conversation: a greeting, the hours, then `notes` notes, each turn on engine
 * A or B in turn, every third event delivered twice (the second copy must get no reply). A
 * turn answered "couldn't save" or "busy" is said again as a new message, as a person would.
 */
async function converse(engines: Engine[], user: UserRef, notes: number, outcome: Outcome): Promise<void> {
  let turn = 0;
  const send = async (text: string): Promise<Reply[]> => {
    for (;;) {
      turn++;
      const event: InboundInput = { kind: 'text', ...user, conversation: 'D1', eventId: `${user.user}-${turn}`, text };
      const engine = engines[turn % engines.length] as Engine;
      const replies = await engine.handle(event);
      if (turn % 3 === 0) {
        const again = await (engines[(turn + 1) % engines.length] as Engine).handle(event);
        if (again.length > 0) outcome.duplicatesAnswered++;
      }
      if (replies.some((r) => r === STORE_DOWN_REPLY)) outcome.storeDown++;
      else if (replies.some((r) => r === BUSY_REPLY)) outcome.busy++;
      else return replies;
    }
  };
  await send('hi');
  await send('10');
  for (let n = 1; n <= notes; n++) await send(`note ${n} of ${user.user}`);
}

async function notesOf(store: RedisSessionStore, user: UserRef): Promise<unknown> {
  const { doc } = await store.load(user, 'probe');
  if (!doc) return null;
  return parseSession(doc).flow?.answers;
}

function expectedNotes(user: UserRef, notes: number): Record<string, unknown> {
  return { hours: 10, ...Object.fromEntries(Array.from({ length: notes }, (_, i) => [noteStep(i + 1), `note ${i + 1} of ${user.user}`])) };
}

async function twoProcesses(): Promise<{ engines: Engine[]; stores: RedisSessionStore[] }> {
  const stores = [await RedisSessionStore.connect(cluster.url, prefix), await RedisSessionStore.connect(cluster.url, prefix)];
  return { stores, engines: stores.map((store) => new Engine({ store, flows: journalRegistry(), ttlMs: TTL_MS })) };
}

describe('the coach started against a cluster', () => {
  it('starts with REDIS_CLUSTER_NODES (REDIS_URL empty), and a second run carries on where the first stopped', async () => {
    const p = uniquePrefix();
    const nodes = cluster.url.replace('redis+cluster://', '');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', REDIS_URL: '', REDIS_CLUSTER_NODES: nodes, PIVOT_KEY_PREFIX: p };
    const admin = adminClient(cluster.url);
    try {
      const first = await runNode(['--import', 'tsx', 'src/main.ts', '--user', 'rosa'], { input: 'Rosa\n', env });
      expect(first.stderr).toContain(`Redis Cluster store via redis+cluster://${nodes}`);
      expect(first.code).toBe(0);
      const second = await runNode(['--import', 'tsx', 'src/main.ts', '--user', 'rosa'], { input: 'status\n', env });
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('Rosa');
    } finally {
      await cleanKeys(admin, p);
      admin.disconnect();
    }
  }, 60_000);
});

describe('the coach on a Redis Cluster that changes under it', () => {
  it('keeps every turn, once, while the slot of 8 people moves to another primary mid-conversation', async () => {
    const { engines, stores } = await twoProcesses();
    const probe = stores[0] as RedisSessionStore;
    try {
      const primaries = await cluster.primaries();
      const from = primaries[0] as (typeof primaries)[number];
      const slot = (from.slots[0] as [number, number])[0] + 7;
      const to = primaries[1] as (typeof primaries)[number];
      const moving = peopleInSlot(probe, slot, 8, 'm');
      const staying = Array.from({ length: 8 }, (_, i): UserRef => ({ platform: 'slack', tenant: 'T1', user: `Us${i}` }));
      const outcome: Outcome = { storeDown: 0, busy: 0, duplicatesAnswered: 0 };
      const NOTES = 60;
      // Everyone has started, so the keys exist on the source when the move begins.
      await Promise.all([...moving, ...staying].map((user) => converse(engines, user, 0, outcome)));
      let done = false;
      const talking = Promise.all([...moving, ...staying].map((user) => converseFrom(engines, user, NOTES, outcome))).then(() => (done = true));
      await cluster.moveSlot(slot, to.port, () => new Promise((resolve) => setTimeout(resolve, 25)));
      expect(done, 'the slot moved while the people were still talking').toBe(false);
      await talking;

      expect((await cluster.slotOwner(slot)).port).toBe(to.port);
      for (const user of [...moving, ...staying]) expect(await notesOf(probe, user), user.user).toEqual(expectedNotes(user, NOTES));
      expect(outcome).toEqual({ storeDown: 0, busy: 0, duplicatesAnswered: 0 });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  }, 60_000);

  it('keeps every turn, once, while a primary hands over to its replica', async () => {
    const { engines, stores } = await twoProcesses();
    const probe = stores[0] as RedisSessionStore;
    try {
      const people = Array.from({ length: 12 }, (_, i): UserRef => ({ platform: 'slack', tenant: 'T2', user: `Uf${i}` }));
      const outcome: Outcome = { storeDown: 0, busy: 0, duplicatesAnswered: 0 };
      const NOTES = 80;
      await Promise.all(people.map((user) => converse(engines, user, 0, outcome)));
      const busiest = await cluster.slotOwner(keySlot(probe.sessionKey(people[0] as UserRef)));
      let done = false;
      const talking = Promise.all(people.map((user) => converseFrom(engines, user, NOTES, outcome))).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const promoted = await cluster.failover(busiest.port);
      expect(done, 'the failover happened while the people were still talking').toBe(false);
      await talking;

      expect((await cluster.slotOwner(keySlot(probe.sessionKey(people[0] as UserRef)))).port).toBe(promoted);
      for (const user of people) expect(await notesOf(probe, user), user.user).toEqual(expectedNotes(user, NOTES));
      expect(outcome.duplicatesAnswered).toBe(0);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  }, 60_000);

  it('keeps every turn it took, once, when a primary crashes and its replica is elected (calls are sent again meanwhile)', async () => {
    const { engines, stores } = await twoProcesses();
    const probe = stores[0] as RedisSessionStore;
    try {
      const people = Array.from({ length: 8 }, (_, i): UserRef => ({ platform: 'slack', tenant: 'T3', user: `Uc${i}` }));
      const outcome: Outcome = { storeDown: 0, busy: 0, duplicatesAnswered: 0 };
      const NOTES = 40;
      await Promise.all(people.map((user) => converse(engines, user, 0, outcome)));
      const victim = await cluster.slotOwner(keySlot(probe.sessionKey(people[0] as UserRef)));
      let done = false;
      // Slower talkers (a pause between messages), so that the conversations outlast the election.
      const logs = new Map<string, Said[]>(people.map((user) => [user.user, []]));
      const talking = Promise.all(people.map((user) => converseFrom(engines, user, NOTES, outcome, 40, logs.get(user.user)))).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(done, 'the primary crashed while the people were still talking').toBe(false);
      cluster.nodes.find((n) => n.port === victim.port)?.child.kill('SIGKILL');
      await talking;
      expect(done).toBe(true);
      await cluster.waitUntilOk();

      expect((await cluster.slotOwner(keySlot(probe.sessionKey(people[0] as UserRef)))).port).not.toBe(victim.port);
      // Every answer the coach took is stored, in order; one it answered "try again" to may be stored once, or not.
      for (const user of people) {
        const answers = (await notesOf(probe, user)) as Record<string, unknown>;
        const stored = Array.from({ length: Object.keys(answers).length - 1 }, (_, i) => answers[noteStep(i + 1)]);
        const said = logs.get(user.user) ?? [];
        expect(storedAsSaid(stored, said), `${user.user}: stored ${JSON.stringify(stored)}, said ${JSON.stringify(said)}`).toBe(true);
      }
      expect(outcome.duplicatesAnswered).toBe(0);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  }, 60_000);

  it('reports the cluster state for /readyz, and not ready once a primary and its replica are gone', async () => {
    const store = await RedisSessionStore.connect(cluster.url, prefix);
    const route = healthRoutes(() => store.state(), createLogger('silent')).find((r) => r.path === '/readyz');
    const get = () =>
      new Promise<{ status: number; body: string }>((resolve) => {
        let status = 0;
        const res = { writeHead: (s: number) => (status = s), end: (body: string) => resolve({ status, body }) };
        void route?.handler({} as never, res as never);
      });
    try {
      expect(await get()).toEqual({ status: 200, body: 'ready: Redis Cluster ok: 3 primaries, 16384 of 16384 slots served, 6 nodes known\n' });
      // Stop one primary and its replica: a third of the slots has nobody to serve it.
      const victim = (await cluster.primaries())[2] as { id: string; port: number };
      const nodes = String(await cluster.on(victim.port, (r) => r.cluster('NODES')));
      const replicaPort = Number(nodes.split('\n').find((line) => line.split(' ')[3] === victim.id)?.split(' ')[1]?.split(':')[1]?.split('@')[0]);
      for (const port of [replicaPort, victim.port]) cluster.nodes.find((n) => n.port === port)?.child.kill('SIGKILL');
      let answer = await get();
      for (let i = 0; i < 50 && answer.status === 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = await get();
      }
      expect(answer.status).toBe(503);
      expect(answer.body).toMatch(/^not ready: the session store is unreachable/);
    } finally {
      await store.close();
    }
  }, 60_000);
});

/** The rest of a conversation already past its greeting and hours. */
interface Said {
  text: string;
  /** The coach answered "I couldn't save that": saved or not, nobody can tell at that moment. */
  inDoubt: boolean;
}

/**
 * Whether `stored` is every answer taken, in order, with each in-doubt one there at most once, at
 * its place. An in-doubt answer that landed and is then said again (as the person was told to) is
 * stored once: the repeat is matched against what was committed, not applied to the next
 * question, so the two count as one answer (stored twice is a failure). An in-doubt answer not
 * said again is optional. (A greedy walk that gave the stored copy to the in-doubt one called the
 * correct single copy a loss: the failure seen under load, when a late write lands more often.)
 */
function storedAsSaid(stored: readonly unknown[], said: readonly Said[]): boolean {
  // An in-doubt answer said again at once is one answer: the repeat stands for both, stored once.
  const answers = said.filter((s, j) => !(s.inDoubt && said[j + 1]?.text === s.text));
  // `can`: the counts of stored answers the said ones so far can account for.
  let can = new Set<number>([0]);
  for (const { text, inDoubt } of answers) {
    const next = new Set<number>();
    for (const i of can) {
      if (stored[i] === text) next.add(i + 1);
      if (inDoubt) next.add(i);
    }
    can = next;
  }
  return can.has(stored.length);
}

/**
 * The rest of a conversation already past its greeting and hours. With `log`, the person
 * answers the question the coach asks (a crash may have saved a turn it answered "try again"
 * to), and what they said is logged; without it, every turn must move exactly one note on.
 */
async function converseFrom(engines: Engine[], user: UserRef, notes: number, outcome: Outcome, pauseMs = 0, log?: Said[]): Promise<void> {
  let turn = 100;
  for (let n = 1; n <= notes; n++) {
    for (;;) {
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      turn++;
      const text = `note ${n} of ${user.user}`;
      const event: InboundInput = { kind: 'text', ...user, conversation: 'D1', eventId: `${user.user}-${turn}`, text };
      let replies = await (engines[turn % engines.length] as Engine).handle(event);
      if (turn % 3 === 0) {
        // The platform delivers the event again, to the other process.
        const again = await (engines[(turn + 1) % engines.length] as Engine).handle(event);
        const failed = (r: typeof replies) => r.includes(STORE_DOWN_REPLY);
        // After "couldn't save", the redelivery may be the one that does the turn: its answer is the answer.
        if (failed(replies) && again.length > 0 && !failed(again)) replies = again;
        // Two real answers to one event would be a duplicate reply.
        else if (!failed(replies) && again.length > 0 && !failed(again)) outcome.duplicatesAnswered++;
      }
      const inDoubt = replies.includes(STORE_DOWN_REPLY);
      log?.push({ text, inDoubt });
      if (inDoubt) outcome.storeDown++;
      else if (replies.includes(BUSY_REPLY)) outcome.busy++;
      else {
        const progress = replies.find((r) => r.kind === 'progress');
        // The turn answered note n: it now asks note n + 1 (or the flow is full).
        if (!log && progress?.kind === 'progress') expect(journalFlow.steps[progress.step - 1]?.id, user.user).toBe(noteStep(n + 1));
        break;
      }
    }
  }
}

