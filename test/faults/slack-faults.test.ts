import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { NONE, failures, turnsOf, verdict } from '../support/fault-ledger.js';
import { RedisServerProcess } from '../support/redis-server.js';
import { startSlack } from '../support/slack-harness.js';
import type { SlackHarness } from '../support/slack-harness.js';
import { SlackPerson, accepted, harnessSide, replyIdOf } from './support/slack-person.js';
import { until } from './support/until.js';
import { UNSEEN_NOTICE } from '../../src/outbox/turn-guard.js';

/**
 * Slack's Web API misbehaving while a person talks to the app: slower than the client's 10 s
 * timeout, a storm of 429s with Retry-After, 500 on every try. The app runs as in production
 * with REDIS_URL set (sessions and the outbox on a redis-server this file starts); the Web API
 * is faked with nock. Slack's answers count as shown only when it took the message (200 ok).
 */

const PREFIX = 'faults';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: RedisServerProcess;
let store: RedisSessionStore;
let admin: Redis;
let h: SlackHarness;

beforeAll(async () => {
  server = await RedisServerProcess.start();
  store = await RedisSessionStore.connect(server.url, PREFIX);
  admin = new Redis(server.url);
  h = await startSlack({ store, env: { PIVOT_KEY_PREFIX: PREFIX } });
  // conversations.history as Slack answers it: the channel's messages, newest first, with their metadata.
  h.api.on('conversations.history', (params) => ({
    ok: true,
    messages: h.api
      .to('chat.postMessage')
      .filter((call) => accepted(call) && call.params.channel === params.channel)
      .map((call) => ({ type: 'message', ts: call.result?.ts, text: call.params.text, metadata: JSON.parse(String(call.params.metadata)) }))
      .reverse(),
  }));
});

beforeEach(() => {
  h.api.slow.clear();
  h.api.slowNext.clear();
});

afterAll(async () => {
  await h?.close();
  admin?.disconnect();
  await store?.close();
  await server?.dispose();
});

const person = () => new SlackPerson(harnessSide(h), store, admin, PREFIX);
/** Posts to a channel that Slack refused (answered with something other than 200 ok). */
const refused = (channel: string) => h.api.to('chat.postMessage').filter((c) => c.params.channel === channel && !accepted(c)).length;
const RATE_LIMITED = { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } };
const FAILING = { status: 500, body: { ok: false, error: 'internal_error' } };
const UNSEEN = UNSEEN_NOTICE.kind === 'text' ? UNSEEN_NOTICE.text.split(',')[0] ?? '' : '';

describe('Slack faults', () => {
  it('Slack slow: chat.postMessage answers after 11 s, the client gives up at 10 s; the retry finds the message posted and posts nothing twice', async ({ task }) => {
    const p = person();
    const before = await p.where();
    // Only the first post is slow; the person answers while its outcome is still unknown.
    h.api.slowNext.set('chat.postMessage', [11_000]);
    await p.say('hi', { settle: false });
    await sleep(2_000);
    await p.say('Maria', { settle: false });
    await h.running.settled();
    const row = verdict('slack slow (11 s, timeout 10 s)', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(p.shown().map((s) => s.replyId)).toEqual([`${p.sent[0]?.eventId}#0`, `${p.sent[1]?.eventId}#0`]);
    expect(await p.waiting()).toEqual([]);
    // The slow post timed out, and the outbox looked in the channel before posting again, and found it.
    const first = h.api.to('chat.postMessage').filter((c) => c.params.channel === p.channel && replyIdOf(c) === `${p.sent[0]?.eventId}#0`);
    expect(first).toHaveLength(1);
    expect(h.api.to('conversations.history').filter((c) => c.params.channel === p.channel).length).toBeGreaterThanOrEqual(1);
    expect(h.logs.join('\n')).toContain('an earlier attempt had arrived, so it is not sent again');
  });

  it('Slack 429 storm with Retry-After: 1 on every post until three were refused (the whole retry budget of a reply): the replies wait in order and all arrive once with the next message', async ({ task }) => {
    const p = person();
    const before = await p.where();
    h.api.fail('chat.postMessage', RATE_LIMITED);
    await p.say('hi', { settle: false });
    await sleep(100);
    await p.say('Maria', { settle: false });
    expect(await until(() => refused(p.channel) >= 3, 20_000)).toBe(true);
    h.api.recover('chat.postMessage');
    await h.running.settled();
    // Mid-storm, every reply that did not get through waits, first in line, for the person's next message.
    expect(verdict('mid-storm', await p.observe(before)).lost).toBe(0);
    await p.say('status');
    const row = verdict('slack 429 storm (Retry-After 1 s)', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(await p.waiting()).toEqual([]);
    expect((await p.profile()).name).toBe('Maria');
  });

  it('Slack 500 on every try: nothing reaches the person, the question waits in the outbox; "hello?" is not taken as its answer; when Slack is back the question comes again, said as unseen, once', async ({ task }) => {
    const p = person();
    const before = await p.where();
    h.api.fail('chat.postMessage', FAILING);
    await p.say('hi');
    const asked = await p.where();
    // No answer came: the person says hello again, and Slack still fails.
    await p.say('hello?');
    expect(p.shown()).toEqual([]);
    const kept = await p.waiting();
    const whileDown = await p.where();
    h.api.recover('chat.postMessage');
    await p.say('hello?');
    const row = verdict('slack 500 always, then back', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    // The first turn moved the session and kept its replies; "hello?" did not answer the unseen question.
    expect(asked).not.toBe(before);
    expect(whileDown).toBe(asked);
    expect(await p.where()).toBe(asked);
    expect((await p.profile()).name).toBeUndefined();
    // What waited went out first, in its order; then one notice (not one per "hello?").
    expect(turnsOf(p.shown().map((s) => s.replyId)).slice(0, turnsOf(kept).length)).toEqual(turnsOf(kept));
    const texts = p.texts();
    expect(texts.filter((t) => t.includes(UNSEEN))).toHaveLength(1);
    expect(texts.at(-1)).toContain(UNSEEN);
    expect(texts.join('\n')).not.toContain('Good to meet you');
    expect(await p.waiting()).toEqual([]);
    // Now that they have seen the question, their answer counts.
    await p.say('Maria');
    expect((await p.profile()).name).toBe('Maria');
  });
});
