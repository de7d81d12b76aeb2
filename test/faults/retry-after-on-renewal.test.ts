import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { NONE, failures, verdict } from '../support/fault-ledger.js';
import { RedisServerProcess } from '../support/redis-server.js';
import { startSlack } from '../support/slack-harness.js';
import type { SlackHarness } from '../support/slack-harness.js';
import { SlackPerson, accepted, harnessSide } from './support/slack-person.js';
import { until } from './support/until.js';

/**
 * Slack's Retry-After is its word and is never cut short (src/outbox/retry-policy.ts), including
 * when the person writes again while a reply whose retries were spent waits: the new message
 * gives that reply a new budget, not leave to post before Slack said it may. On a redis-server
 * this file starts, with the Slack app in front and the Web API faked.
 *
 * Fails today: the renewal in Outbox.sendWhileLeased sets notBefore to now, so the kept reply is
 * posted at once. Kept in its own file for the lead (a one-line fix: keep the later of the two).
 */

const PREFIX = 'faults';
const RETRY_AFTER_S = 2;

let server: RedisServerProcess;
let store: RedisSessionStore;
let admin: Redis;
let h: SlackHarness;

beforeAll(async () => {
  server = await RedisServerProcess.start();
  store = await RedisSessionStore.connect(server.url, PREFIX);
  admin = new Redis(server.url);
  h = await startSlack({ store, env: { PIVOT_KEY_PREFIX: PREFIX } });
});

afterAll(async () => {
  await h?.close();
  admin?.disconnect();
  await store?.close();
  await server?.dispose();
});

describe('Slack Retry-After and the next message', () => {
  it(`a reply refused three times with Retry-After: ${RETRY_AFTER_S} is not posted again before those ${RETRY_AFTER_S} s, even when the person writes at once`, async ({ task }) => {
    const p = new SlackPerson(harnessSide(h), store, admin, PREFIX);
    const before = await p.where();
    const posts = () => h.api.to('chat.postMessage').filter((c) => c.params.channel === p.channel);
    h.api.fail('chat.postMessage', { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(RETRY_AFTER_S) } });
    await p.say('hi', { settle: false });
    expect(await until(() => posts().filter((c) => !accepted(c)).length >= 3, 30_000)).toBe(true);
    h.api.recover('chat.postMessage');
    await h.running.settled();
    const lastRefusal = posts().at(-1);
    // The person, who has seen nothing, writes straight away.
    await p.say('hello?');
    const row = verdict('slack 429, person writes at once', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    const next = posts().find((c) => c.at > (lastRefusal?.at ?? 0));
    expect((next?.at ?? 0) - (lastRefusal?.at ?? 0)).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 50);
  });
});
