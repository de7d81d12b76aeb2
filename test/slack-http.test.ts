import { afterEach, describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { StoreUnavailableError } from '../src/engine/session-store.js';
import { startSlack, textOf } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';
import { FORM, JSON_TYPE, commandBody, dm, eventBody, send, signature } from './support/slack-requests.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const U1 = { platform: 'slack', tenant: 'T1', user: 'U1' };
const now = () => Math.floor(Date.now() / 1000);

describe('requests Slack did not sign, or signed at another time', () => {
  it('refuses a bad signature, a stale one and a future-dated one, and processes none of them', async () => {
    h = await startSlack();
    const body = eventBody(dm('U1', 'hi'));
    expect((await h.deliver(body, JSON_TYPE, { signature: 'v0=' + '0'.repeat(64) })).status).toBe(401);
    expect((await h.deliver(body, JSON_TYPE, { secret: 'someone-elses-secret-0123456789' })).status).toBe(401);
    expect((await h.deliver(body, JSON_TYPE, { timestamp: now() - 6 * 60 })).status).toBe(401);
    expect((await h.deliver(body, JSON_TYPE, { timestamp: now() + 6 * 60 })).status).toBe(401);
    expect((await h.deliver(commandBody('U1', 'status'), FORM, { timestamp: now() + 3_600 })).status).toBe(401);
    expect(h.api.calls).toEqual([]);
    expect(await h.peek(U1)).toBeNull();
    // Inside the window, in either direction, the same event goes through.
    expect((await h.deliver(body, JSON_TYPE, { timestamp: now() + 4 * 60 })).status).toBe(200);
    expect(h.api.posts()).toHaveLength(1);
  });

  it("answers Slack's URL check, signed", async () => {
    h = await startSlack();
    const body = JSON.stringify({ token: 'unused', challenge: 'abc123', type: 'url_verification' });
    expect(await h.send(body, JSON_TYPE)).toEqual({ status: 200, text: '{"challenge":"abc123"}' });
    const timestamp = now();
    const forged = await send(h.port, body, JSON_TYPE, { timestamp, signature: signature('wrong-secret-000000000000', timestamp, body) });
    expect(forged.status).toBe(401);
  });
});

describe('health checks for the load balancer', () => {
  it('/healthz answers while the process runs; /readyz only while the store answers', async () => {
    const store = new MemorySessionStore();
    let down = false;
    const ping = store.ping.bind(store);
    store.ping = async () => {
      if (down) throw new StoreUnavailableError('Redis did not answer');
      await ping();
    };
    h = await startSlack({ store });
    const get = async (path: string) => {
      const response = await fetch(`http://127.0.0.1:${h?.port}${path}`);
      return { status: response.status, text: await response.text() };
    };
    expect(await get('/healthz')).toEqual({ status: 200, text: 'ok\n' });
    expect(await get('/readyz')).toEqual({ status: 200, text: 'ready\n' });
    down = true;
    expect(await get('/readyz')).toEqual({ status: 503, text: 'not ready: the session store is unreachable\n' });
    expect(await get('/healthz')).toEqual({ status: 200, text: 'ok\n' });
    expect((await get('/nowhere')).status).toBe(404);
  });
});

describe('acknowledging within three seconds, whatever the Web API does', () => {
  it('answers a slash command at once while the reply is still on its way', async () => {
    h = await startSlack();
    h.api.slow.set('chat.postMessage', 1_500);
    const started = Date.now();
    const response = await h.send(commandBody('U1', ''), FORM);
    const acked = Date.now() - started;
    expect(response.status).toBe(200);
    expect(acked).toBeLessThan(500);
    await h.running.settled();
    expect(h.api.posts()).toHaveLength(1);
    expect((h.api.to('chat.postMessage')[0]?.at ?? 0) - started).toBeGreaterThanOrEqual(1_400);
  });

  it('with the bot ids given, no request calls auth.test', async () => {
    h = await startSlack();
    await h.dm('U1', 'hi');
    await h.command('U1', 'status');
    expect(h.api.to('auth.test')).toEqual([]);
  });

  it('without them, auth.test runs once at start and never per request', async () => {
    h = await startSlack({ env: { SLACK_BOT_USER_ID: '', SLACK_BOT_ID: '' } });
    expect(h.api.to('auth.test')).toHaveLength(1);
    await h.dm('U1', 'hi');
    await h.event({ type: 'app_mention', channel: 'C9', user: 'U1', text: '<@UBOT> status', ts: '1710000100.000001' });
    expect(h.api.to('auth.test')).toHaveLength(1);
    // The mention of the bot, found by that one auth.test, is not read as part of the answer.
    expect(textOf(h.api.posts()[1] ?? {})).toContain('Where we are');
  });

  it('a token Slack refuses stops the start with a message naming it', async () => {
    const { FakeSlackApi } = await import('./support/slack-fake-api.js');
    const api = new FakeSlackApi();
    api.queue('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    try {
      await expect(startSlack({ api, env: { SLACK_BOT_USER_ID: '', SLACK_BOT_ID: '' } })).rejects.toThrow('Slack refused SLACK_BOT_TOKEN in auth.test (invalid_auth)');
    } finally {
      api.close();
    }
  });
});

describe("Slack's retries and rate limits", () => {
  it('a redelivered event (X-Slack-Retry-Num) is answered 200 and posts nothing a second time', async () => {
    h = await startSlack();
    const body = eventBody(dm('U1', 'hi'), { team: 'T1' }, 'EvRetry1');
    await h.deliver(body, JSON_TYPE);
    const doc = await h.peek(U1);
    for (const retryNum of [1, 2]) expect((await h.deliver(body, JSON_TYPE, { retryNum })).status).toBe(200);
    expect(h.api.posts()).toHaveLength(1);
    expect(await h.peek(U1)).toBe(doc);
  });

  it('a 429 from chat.postMessage is waited out for Retry-After, then the message is posted once', async () => {
    h = await startSlack();
    h.api.queue('chat.postMessage', { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } });
    await h.dm('U1', 'hi');
    const [limited, posted] = h.api.to('chat.postMessage');
    expect(limited?.result).toBeUndefined();
    expect(posted?.result?.ok).toBe(true);
    expect(h.api.to('chat.postMessage')).toHaveLength(2);
    expect((posted?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect(posted?.params).toEqual(limited?.params);
  });
});
