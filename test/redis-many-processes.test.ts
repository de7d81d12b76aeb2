import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import type { InboundInput } from '../src/engine/inbound.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import type { SessionStore, UserRef } from '../src/engine/session-store.js';
import { createFlowRegistry } from '../flows/index.js';
import type { FlowRegistry } from '../src/engine/flow-registry.js';
import { personOf } from '../bench/scale-script.js';
import { transcript } from './support/chat.js';
import { FakeSlackApi } from './support/slack-fake-api.js';
import { startSlack, textOf } from './support/slack-harness.js';
import { JSON_TYPE, dm, eventBody } from './support/slack-requests.js';
import { RedisScope } from './support/redis-fixtures.js';

/**
 * Many coach processes in front of one store (a single Redis, or the cluster in the `cluster`
 * project): a person's turns land on any of them, in any order the platform delivers, and
 * what the person reads and what is stored are exactly what one process would have given.
 * Each "process" here is an engine with its own Redis connections and nothing shared in memory.
 */

const DAY_MS = 86_400_000;
let scope: RedisScope;
let flows: FlowRegistry;

beforeAll(async () => {
  scope = new RedisScope();
  flows = createFlowRegistry(await loadCoachData());
});

afterAll(async () => {
  await scope?.close();
});

const event = (user: UserRef, t: number, text: string): InboundInput => ({ kind: 'text', ...user, conversation: 'D1', eventId: `${user.user}-${t}`, text });

/** The transcript and stored profile of `lines` said to one engine. */
async function oneProcess(user: UserRef, lines: readonly string[]): Promise<{ said: string[]; profile: unknown }> {
  const store = new MemorySessionStore(scope.prefix);
  const engine = new Engine({ store, flows, ttlMs: DAY_MS });
  const said: string[] = [];
  for (const [t, text] of lines.entries()) said.push(transcript(await engine.handle(event(user, t, text))));
  return { said, profile: JSON.parse(store.peek(user) ?? 'null')?.profile };
}

/** The stored state without its timestamps (`at`: when a report or pick was made), which two runs cannot share. */
function withoutTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimes);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'at').map(([key, v]) => [key, withoutTimes(v)]));
  return value;
}

describe('one person, three coach processes', () => {
  it('reads the same gap interview and credential pick as from one process, with every event also redelivered to another process', async () => {
    const processes = await Promise.all(Array.from({ length: 3 }, async () => new Engine({ store: await scope.openStore(), flows, ttlMs: DAY_MS })));
    const people = [personOf(7), personOf(8)];
    for (const person of people) {
      const user: UserRef = { platform: 'slack', tenant: 'T1', user: `U${person.index}` };
      const alone = await oneProcess(user, person.lines);
      const said: string[] = [];
      for (const [t, text] of person.lines.entries()) {
        // A different process for each turn, and the platform's redelivery of the event to the next one, at once.
        const [first, again] = await Promise.all([processes[t % 3]!.handle(event(user, t, text)), processes[(t + 1) % 3]!.handle(event(user, t, text))]);
        expect([first, again].filter((replies) => replies.length > 0), `turn ${t} answered once`).toHaveLength(1);
        said.push(transcript(first.length > 0 ? first : again));
      }
      expect(said).toEqual(alone.said);
      const { doc } = await processes[2]!.store.load(user, 'probe');
      expect(withoutTimes(JSON.parse(doc ?? 'null')?.profile)).toEqual(withoutTimes(alone.profile));
    }
  }, 60_000);
});

describe('Slack over HTTP on three instances behind a round-robin', () => {
  it('posts the same conversation as one instance, each DM to the next instance and Slack’s retry of it to another', async () => {
    const person = personOf(11);
    const lines = person.lines.slice(0, 12);

    const posted = async (instances: number, store: () => Promise<SessionStore>) => {
      const api = new FakeSlackApi();
      const apps = [];
      try {
        for (let i = 0; i < instances; i++) apps.push(await startSlack({ api, store: await store() }));
        for (const [t, text] of lines.entries()) {
          const body = eventBody(dm('U77', text), undefined, `EvRR${t}`);
          const first = apps[t % instances]!;
          const retry = apps[(t + 1) % instances]!;
          await first.deliver(body, JSON_TYPE);
          // Slack did not see the acknowledgement in time and sends the event again, to whichever instance.
          await retry.deliver(body, JSON_TYPE, { retryNum: 1 });
        }
        return api.posts().map((params) => textOf(params));
      } finally {
        for (const app of apps) await app.close();
        api.close();
      }
    };

    const alone = await posted(1, async () => new MemorySessionStore(scope.prefix));
    const behindRoundRobin = await posted(3, () => scope.openStore());
    expect(alone.length).toBeGreaterThan(lines.length - 1);
    expect(behindRoundRobin).toEqual(alone);
  }, 60_000);
});
