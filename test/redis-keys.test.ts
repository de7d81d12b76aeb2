import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisInstallationStore } from '../adapters/slack/installation-store.js';
import { CheckinStore } from '../src/checkins/checkin-store.js';
import { Engine } from '../src/engine/engine.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import type { InboundInput } from '../src/engine/inbound.js';
import type { RedisClient } from '../src/engine/redis-client.js';
import { keySlot } from '../src/engine/key-slot.js';
import { COMMIT_SCRIPT } from '../src/engine/redis-session-store.js';
import type { RedisSessionStore } from '../src/engine/redis-session-store.js';
import { newEntry } from '../src/outbox/entry.js';
import { RedisOutboxStore } from '../src/outbox/redis-outbox-store.js';
import { Outbox } from '../src/outbox/outbox.js';
import { duetFlow } from './support/sample-flows.js';
import { RedisScope, journalFlow, testUser } from './support/redis-fixtures.js';

/**
 * Every key the coach writes, and the rule that makes it run on a Redis Cluster: each command
 * and each script call names keys of one hash tag only (one slot), so no call is ever
 * CROSSSLOT. The commands are recorded as the client sends them while the coach does
 * everything that writes (turns, a shared conversation delivering to a member, forget, a
 * Slack install and uninstall), and the server itself (COMMAND GETKEYS) says which arguments
 * are keys. In the `cluster` project the same run goes through a real 3-primary cluster.
 */

/** Every key pattern the coach writes, with the module that writes it. */
const KEY_PATTERNS: { name: string; pattern: (prefix: string) => RegExp; writer: string }[] = [
  {
    name: 'session (a person, or a shared conversation with #)',
    pattern: (p) => new RegExp(`^${p}:\\{[^{}:]+:[^{}:]+:#?[^{}:]+\\}:session$`),
    writer: 'src/engine/redis-session-store.ts',
  },
  // Event ids of people without a session (after forget): one hash per cluster slot, its tag picked for the slot, naming no one.
  { name: 'gone (event ids after forget)', pattern: (p) => new RegExp(`^${p}:\\{s[0-9a-z]+\\}:gone$`), writer: 'src/engine/redis-session-store.ts' },
  // A turn whose outcome was unknown, beside the session so that forget removes it, with a TTL of its own.
  { name: 'uncertain turn of a session', pattern: (p) => new RegExp(`^${p}:\\{[^{}:]+:[^{}:]+:#?[^{}:]+\\}:uncertain$`), writer: 'src/engine/redis-session-store.ts' },
  // A session's replies, staged by the commit script in the session's slot.
  {
    name: 'session queue (queue, items, lease)',
    pattern: (p) => new RegExp(`^${p}:\\{[^{}:]+:[^{}:]+:#?[^{}:]+\\}:outbox:(q|items|lease)$`),
    writer: 'src/outbox/redis-outbox-store.ts',
  },
  // The session queues of a slot with replies waiting: a tag picked for the slot, naming no one.
  { name: 'slot index of session queues', pattern: (p) => new RegExp(`^${p}:\\{s[0-9a-z]+\\}:outbox$`), writer: 'src/outbox/redis-outbox-store.ts' },
  { name: 'slots with session queues waiting', pattern: (p) => new RegExp(`^${p}:outbox-slots$`), writer: 'src/outbox/redis-outbox-store.ts' },
  { name: 'Slack installation', pattern: (p) => new RegExp(`^${p}:slack-install:\\{[^{}]+\\}$`), writer: 'adapters/slack/installation-store.ts' },
  {
    name: 'outbox of a conversation (queue, items, lease)',
    pattern: (p) => new RegExp(`^${p}:outbox:\\{[^{}]+\\}:(q|items|lease)$`),
    writer: 'src/outbox/redis-outbox-store.ts',
  },
  // One set for the whole coach, touched by every append: a single key, so a single slot (see the report on hot keys).
  { name: 'conversations with replies waiting', pattern: (p) => new RegExp(`^${p}:outbox-pending$`), writer: 'src/outbox/redis-outbox-store.ts' },
  // Every person's check-in in four keys of one tag: the scheduler's scripts take them together, on one primary.
  { name: 'weekly check-ins (due, lease, sched, held)', pattern: (p) => new RegExp(`^${p}:\\{checkins\\}:(due|lease|sched|held)$`), writer: 'src/checkins/checkin-store.ts' },
];

/**
 * Modules that hold a Redis client: the writers above, plus those that only build or configure
 * one. A new module that talks to Redis fails this list until its keys are listed above.
 */
const CLIENT_MODULES = new Set([
  ...KEY_PATTERNS.map((k) => k.writer),
  'src/engine/redis-client.ts',
  'src/config/config.ts',
  // Moves old session keys to their new name through the session store; only reads keys itself (SCAN).
  'adapters/slack/tenant.ts',
]);

/** Redis' rule: the tag is between the first `{` and the next `}`, when not empty. */
function hashTag(key: string): string | null {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : null;
}

interface Sent {
  name: string;
  args: string[];
}

/** Records every command a client sends (a cluster client routes each through sendCommand too). */
function recording(client: RedisClient, into: Sent[]): void {
  const send = client.sendCommand.bind(client) as (command: Command, ...rest: unknown[]) => unknown;
  (client as { sendCommand: unknown }).sendCommand = (command: Command, ...rest: unknown[]) => {
    into.push({ name: command.name, args: command.args.map((arg) => String(arg)) });
    return send(command, ...rest);
  };
}

let scope: RedisScope;
let store: RedisSessionStore;
let installs: RedisInstallationStore;
const sent: Sent[] = [];

beforeAll(async () => {
  scope = new RedisScope();
  store = await scope.openStore();
  installs = await RedisInstallationStore.connect(scope.url, scope.prefix, [{ id: 'k1', key: Buffer.alloc(32, 7) }]);
  recording(store.redis, sent);
  recording(installs.redis, sent);

  const engine = new Engine({ store, flows: new FlowRegistry([journalFlow, duetFlow], journalFlow.id), ttlMs: 86_400_000 });
  let events = 0;
  const event = (who: { platform: string; tenant: string; user: string }, body: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    engine.handle({ ...who, conversation: 'C1', eventId: `k-${++events}`, ...extra, ...body } as InboundInput);
  const ana = testUser({ user: 'U:ana{x}' });
  const ben = testUser({ tenant: ana.tenant });
  // Turns of a person: a greeting, an answer, a redelivery of it, a wrong answer.
  await event(ana, { kind: 'text', text: 'hi' });
  await event(ana, { kind: 'text', text: '10' });
  await engine.handle({ ...ana, conversation: 'C1', eventId: `k-${events}`, kind: 'text', text: '10' });
  await event(ana, { kind: 'text', text: 'a first note' });
  // A study group's shared conversation, whose round is delivered into Ana's own session.
  const room = { conversation: 'TH{1}', scope: 'conversation' as const };
  await event(ana, { kind: 'command', name: 'duet' }, room);
  await event(ana, { kind: 'choice', stepId: 'teller', choiceId: 'claim' }, room);
  await event(ana, { kind: 'text', text: 'a line' }, room);
  await event(ben, { kind: 'choice', stepId: 'judge', choiceId: 'claim' }, room);
  await event(ben, { kind: 'choices', stepId: 'marks', choiceIds: ['clear'] }, room);
  // Forget, confirmed: the session goes, its recent event ids stay a while.
  await event(ben, { kind: 'text', text: 'hi' });
  await event(ben, { kind: 'text', text: 'forget' });
  await event(ben, { kind: 'text', text: 'yes' });
  // A turn whose replies are staged with its commit, sent from the session queue; an uncertain turn recorded.
  const staged = await engine.respond({ ...ana, conversation: 'D{1}', eventId: `k-${++events}`, kind: 'text', text: 'another note' }, { stage: { route: { to: 'D{1}' } } });
  if (!staged.staged || !staged.queue) throw new Error('the turn was not staged');
  await new Outbox({ store: store.outbox }).drain(staged.queue, { send: async () => ({ kind: 'sent' }), expand: (turn) => turn.replies });
  await store.rememberUncertain(ana, { text: 'x', eventIds: ['k-x'], at: Date.now() }, 60_000);
  await store.load(ana, 'k-probe');
  // A workspace installs the app, a request finds it, the workspace uninstalls.
  const installation = { team: { id: 'T9' }, enterprise: undefined, bot: { token: 'xoxb-1', userId: 'UB', id: 'B1', scopes: ['chat:write'] }, user: { id: 'UA' }, isEnterpriseInstall: false };
  await installs.storeInstallation(installation as never);
  await installs.fetchInstallation({ teamId: 'T9', isEnterpriseInstall: false, enterpriseId: undefined });
  await installs.storeInstallation({ ...installation, team: undefined, enterprise: { id: 'E9' }, isEnterpriseInstall: true } as never);
  await installs.deleteInstallation({ teamId: 'T9', isEnterpriseInstall: false, enterpriseId: undefined });
  // Replies waiting in a conversation's outbox, sent under a lease and removed, one left waiting.
  const outbox = new RedisOutboxStore(store.redis, scope.prefix);
  const where = { platform: 'slack', tenant: 'T1', conversation: 'D{42}' };
  const now = Date.now();
  await outbox.append(where, [newEntry({ id: 'r1', message: { text: 'one' } }, now), newEntry({ id: 'r2', message: { text: 'two' } }, now)], 86_400_000);
  await outbox.head(where);
  await outbox.lease(where, 'process-a', 5_000);
  await outbox.update(where, { ...newEntry({ id: 'r1', message: { text: 'one' } }, now), attempts: 1 }, 'process-a');
  await outbox.remove(where, 'r1', 'process-a');
  await outbox.release(where, 'process-a');
  await outbox.pending();
  await store.outbox.append(staged.queue, [newEntry({ id: 'r3', message: { text: 'three' } }, now)], 86_400_000);
  await store.outbox.pending();
  // A weekly check-in scheduled, claimed, done, scheduled again; another removed.
  const checkins = new CheckinStore(store.redis, scope.prefix);
  const when = { weekday: 5, time: '18:00', timeZone: 'Europe/Berlin' };
  await checkins.put({ user: ana, when, setAt: new Date(now).toISOString() }, new Date(now - 1_000));
  await checkins.put({ user: ben, when, setAt: new Date(now).toISOString() }, new Date(now + 86_400_000));
  const [claimed] = await checkins.claim(new Date(now), { leaseMs: 60_000 });
  if (claimed) await checkins.complete(claimed, new Date(now + 7 * 86_400_000));
  await checkins.get(ana);
  await checkins.due(new Date(now + 30 * 86_400_000));
  await checkins.remove(ben);
});

afterAll(async () => {
  await installs?.close();
  await scope?.close();
});

describe('Redis keys: one slot per call', () => {
  it('runs on the Redis this project names (a cluster in the cluster project)', () => {
    expect(store.cluster).toBe(Boolean(inject('testRedisUrl')));
  });

  it('writes only keys of the listed patterns, and every pattern was exercised', async () => {
    const keys = await scope.keys();
    const unmatched = keys.filter((key) => !KEY_PATTERNS.some((k) => k.pattern(scope.prefix).test(key)));
    expect(unmatched).toEqual([]);
    for (const { name, pattern } of KEY_PATTERNS) {
      expect(
        keys.some((key) => pattern(scope.prefix).test(key)),
        name,
      ).toBe(true);
    }
    // A person's, the shared conversation's, the forgotten one's event ids, the org-wide install, the outbox's, the check-ins'.
    expect(keys.length).toBeGreaterThanOrEqual(8);
  });

  it('gives every command and script call keys of exactly one hash tag, as the server reads them', async () => {
    const keyed = sent.filter((s) => !['ping', 'cluster', 'info', 'command', 'script'].includes(s.name.toLowerCase()));
    let multiKey = 0;
    for (const { name, args } of keyed) {
      const keys = (await scope.admin.call('COMMAND', 'GETKEYS', name, ...args)) as string[];
      expect(keys.length, `${name} names a key`).toBeGreaterThan(0);
      for (const key of keys) expect(KEY_PATTERNS.some((k) => k.pattern(scope.prefix).test(key)), key).toBe(true);
      // One key is one slot whatever its name; several must share one hash tag to be one slot, or (the
      // session commit's gone hash, whose tag must not name the person) have tags of one slot.
      if (new Set(keys).size < 2) continue;
      multiKey++;
      const tags = new Set(keys.map(hashTag));
      for (const tag of tags) expect(tag, `${name} ${keys.join(' ')} has a hash tag`).not.toBeNull();
      expect(new Set(keys.map(keySlot)).size, `${name} ${keys.join(' ')}`).toBe(1);
      if (tags.size > 1) expect(keys.some((key) => key.endsWith(':gone') || /:\{s[0-9a-z]+\}:outbox$/.test(key)), `${name} ${keys.join(' ')}`).toBe(true);
    }
    // The outbox's and the check-ins' scripts take several keys each.
    expect(multiKey).toBeGreaterThan(5);
  });

  it('keeps the session commit script to the six keys it is given (the session, its slot\'s gone hash, the uncertain turn, the session queue and its slot\'s index)', () => {
    const calls = [...COMMIT_SCRIPT.matchAll(/redis\.call\('(\w+)',\s*([^,)]+)/g)].map((m) => [m[1], m[2]]).filter(([command]) => command !== 'TIME');
    expect(calls.length).toBeGreaterThan(0);
    for (const [command, key] of calls) expect(['KEYS[1]', 'KEYS[2]', 'KEYS[3]', 'KEYS[4]', 'KEYS[5]', 'KEYS[6]'], `${command} in the commit script`).toContain(key);
    expect(COMMIT_SCRIPT).not.toMatch(/KEYS\[([7-9]|\d\d)\]/);
  });

  it('has no other module holding a Redis client', async () => {
    const holders: string[] = [];
    for (const dir of ['src', 'adapters', 'flows']) {
      for (const file of await sourceFiles(dir)) {
        const text = await readFile(file, 'utf8');
        // A type-only import receives the coach's client; it does not make one of its own.
        if (/^import (?!type )[^;]*(?:from 'ioredis'|redis-client\.js')/m.test(text)) holders.push(file);
      }
    }
    expect(holders.filter((file) => !CLIENT_MODULES.has(file))).toEqual([]);
  });
});

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}
