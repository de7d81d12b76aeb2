import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import type { UserRef } from '../../src/engine/session-store.js';
import { NONE, failures, verdict } from '../support/fault-ledger.js';
import type { Observed, Sent, Shown } from '../support/fault-ledger.js';
import { RedisServerProcess } from '../support/redis-server.js';
import { startSlack } from '../support/slack-harness.js';
import type { SlackHarness } from '../support/slack-harness.js';
import { JSON_TYPE, eventBody, nextTs } from '../support/slack-requests.js';
import { accepted, replyIdOf, waitingFor, whereIs } from './support/slack-person.js';

/**
 * Slack slower than the client's 10 s timeout while the coach answers in a channel thread (it
 * was mentioned in a channel, and answers in a thread there): the outbox reads the thread
 * (conversations.replies) for the reply's outbox id before posting again, as it reads a DM's
 * history. On an installation made before the manifest asked for channels:history, the thread
 * cannot be read: the reply is not posted again, and the log says once what to do.
 */

const PREFIX = 'faults-thread';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: RedisServerProcess;
let store: RedisSessionStore;
let admin: Redis;
let h: SlackHarness;
/** Whether this installation may read channel threads (channels:history). */
let mayRead = true;

beforeAll(async () => {
  server = await RedisServerProcess.start();
  store = await RedisSessionStore.connect(server.url, PREFIX);
  admin = new Redis(server.url);
  h = await startSlack({ store, env: { PIVOT_KEY_PREFIX: PREFIX } });
  // conversations.replies as Slack answers it: the thread's messages Slack took, oldest first, with their metadata.
  h.api.on('conversations.replies', (params) =>
    mayRead
      ? {
          ok: true,
          has_more: false,
          messages: h.api
            .to('chat.postMessage')
            .filter((call) => accepted(call) && call.params.channel === params.channel && call.params.thread_ts === params.ts)
            .map((call) => ({ type: 'message', ts: call.result?.ts, thread_ts: params.ts, text: call.params.text, metadata: JSON.parse(String(call.params.metadata)) })),
        }
      : { ok: false, error: 'missing_scope', needed: 'channels:history', provided: 'app_mentions:read,chat:write,commands,files:write,im:history,im:write,users:read' },
  );
});

beforeEach(() => {
  mayRead = true;
  h.api.slow.clear();
  h.api.slowNext.clear();
});

afterAll(async () => {
  await h?.close();
  admin?.disconnect();
  await store?.close();
  await server?.dispose();
});

let people = 0;

/** One person who mentions the coach in a channel, then talks to it in the thread it answers in. */
class ThreadPerson {
  readonly user = `U${Date.now().toString(36).toUpperCase()}T${++people}`;
  readonly channel = `C${people}CHAN`;
  readonly sent: Sent[] = [];
  /** The thread: the ts of the first mention, which the coach answers under. */
  thread: string | undefined;

  get ref(): UserRef {
    return { platform: 'slack', tenant: 'T1', user: this.user };
  }

  async say(text: string, options: { settle?: boolean } = {}): Promise<void> {
    const id = `Ev${this.user}x${this.sent.length + 1}`;
    this.sent.push({ eventId: `ev:${id}`, text });
    const ts = nextTs();
    this.thread ??= ts;
    const event = { type: 'app_mention', channel: this.channel, user: this.user, text: `<@UBOT> ${text}`, ts, ...(ts === this.thread ? {} : { thread_ts: this.thread }), user_profile: { display_name: this.user.toLowerCase(), real_name: '', name: this.user.toLowerCase() } };
    const body = eventBody(event, undefined, id);
    await (options.settle === false ? h.send(body, JSON_TYPE) : h.deliver(body, JSON_TYPE));
  }

  /** What reached the thread, in order. */
  shown(): Shown[] {
    return h.api
      .to('chat.postMessage')
      .filter((call) => accepted(call) && call.params.channel === this.channel && call.params.thread_ts === this.thread)
      .map((call) => ({ replyId: replyIdOf(call), text: String(call.params.text ?? '') }));
  }

  async where(): Promise<string> {
    return whereIs((await store.load(this.ref, 'fault-probe')).doc);
  }

  async waiting(): Promise<string[]> {
    return waitingFor(admin, PREFIX, this.ref, `${this.channel}:${this.thread ?? ''}`);
  }

  async observe(before: string): Promise<Observed> {
    const landed = new Set<string>();
    for (const s of this.sent) if (await store.handled(this.ref, s.eventId)) landed.add(s.eventId);
    return { sent: [...this.sent], shown: this.shown(), waiting: await this.waiting(), landed, before, after: await this.where() };
  }
}

describe('Slack faults in a channel thread', () => {
  it('Slack slow in a channel thread: chat.postMessage answers after 11 s, the client gives up at 10 s; the retry reads the thread, finds the reply and posts nothing twice', async ({ task }) => {
    const p = new ThreadPerson();
    const before = await p.where();
    h.api.slowNext.set('chat.postMessage', [11_000]);
    await p.say('hi', { settle: false });
    await sleep(2_000);
    await p.say('Maria', { settle: false });
    await h.running.settled();
    const row = verdict('slack slow in a channel thread (11 s, timeout 10 s)', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(p.shown().map((s) => s.replyId)).toEqual([`${p.sent[0]?.eventId}#0`, `${p.sent[1]?.eventId}#0`]);
    expect(p.shown()[1]?.text).toContain('Good to meet you, Maria');
    expect(await p.waiting()).toEqual([]);
    // The slow post timed out, and the outbox read the thread (not the channel) before posting again.
    const reads = h.api.to('conversations.replies').filter((c) => c.params.channel === p.channel);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.every((c) => c.params.ts === p.thread)).toBe(true);
    expect(h.api.to('conversations.history').filter((c) => c.params.channel === p.channel)).toEqual([]);
  });

  it('Slack slow in a channel thread of an installation without channels:history: the reply is not posted again (at most once), and the log says once to reinstall', async ({ task }) => {
    mayRead = false;
    const p = new ThreadPerson();
    const before = await p.where();
    h.api.slowNext.set('chat.postMessage', [11_000]);
    await p.say('hi', { settle: false });
    await sleep(2_000);
    await p.say('Maria', { settle: false });
    await h.running.settled();
    const row = verdict('slack slow in a channel thread, no channels:history', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(p.shown().map((s) => s.replyId)).toEqual([`${p.sent[0]?.eventId}#0`, `${p.sent[1]?.eventId}#0`]);
    expect(await p.waiting()).toEqual([]);
    const told = h.logs.filter((line) => line.includes('cannot read back its replies'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('channels:history');
  });
});
