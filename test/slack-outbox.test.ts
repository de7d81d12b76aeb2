import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { sessionQueue } from '../src/outbox/entry.js';
import type { OutboxEntry } from '../src/outbox/entry.js';
import { RedisOutboxStore } from '../src/outbox/redis-outbox-store.js';
import { UNSEEN_NOTICE } from '../src/outbox/turn-guard.js';
import { RedisScope } from './support/redis-fixtures.js';
import { startSlack } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';
import { JSON_TYPE, dm, eventBody } from './support/slack-requests.js';
import type { ApiCall } from './support/slack-fake-api.js';

/**
 * Delivery through the outbox, with Bolt's real receiver and listeners and the Web API faked
 * with nock: what the member sees, in what order, and how many times.
 */

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const U1 = { platform: 'slack', tenant: 'T1', user: 'U1' };
/** Messages Slack took (answered 200 ok), in order. */
const delivered = (harness: SlackHarness) => harness.api.to('chat.postMessage').filter((c) => c.result?.ok === true);
const said = (calls: ApiCall[]) => calls.map((c) => String(c.params.text).split('\n')[0]);
const ASKED_NAME = "Hi, I'm Pivot Coach. I help people moving into tech find the skills they're missing, pick credentials worth their money, and practise interview stories. What should I call you?";
/** The notice said after a kept reply goes again, first line. */
const UNSEEN = UNSEEN_NOTICE.kind === 'text' ? UNSEEN_NOTICE.text.split('\n')[0] : '';

/** conversations.history as Slack answers it: the channel's messages with their metadata. */
function historyFrom(harness: SlackHarness) {
  harness.api.on('conversations.history', (params) => ({
    ok: true,
    messages: delivered(harness)
      .filter((c) => c.params.channel === params.channel)
      .map((c) => ({ type: 'message', ts: c.result?.ts, text: c.params.text, metadata: JSON.parse(String(c.params.metadata)) }))
      .reverse(),
  }));
}

describe('replies through the outbox', () => {
  it('a 429 with Retry-After on one reply holds the ones behind it: the member reads them in order', async () => {
    h = await startSlack();
    h.api.queue('chat.postMessage', { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } });
    // Two messages in quick succession: the second turn's reply is ready while the first waits out its 429.
    await Promise.all([h.send(eventBody(dm('U1', 'hi')), JSON_TYPE), new Promise((r) => setTimeout(r, 50)).then(() => h?.send(eventBody(dm('U1', 'Maria')), JSON_TYPE))]);
    await h.running.settled();
    const posts = h.api.to('chat.postMessage');
    expect(posts[0]?.result).toBeUndefined();
    expect(said(delivered(h))).toEqual(["Hi, I'm Pivot Coach. I help people moving into tech find the skills they're missing, pick credentials worth their money, and practise interview stories. What should I call you?", 'Good to meet you, Maria. What would you like to work on first?']);
    expect((delivered(h)[0]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it('an 11 s chat.postMessage with a 10 s client timeout is posted once: the retry finds it posted', async () => {
    h = await startSlack();
    historyFrom(h);
    h.api.slow.set('chat.postMessage', 11_000);
    const sent = h.send(eventBody(dm('U1', 'hi')), JSON_TYPE);
    setTimeout(() => h?.api.slow.delete('chat.postMessage'), 500);
    await sent;
    await h.running.settled();
    expect(h.api.to('chat.postMessage')).toHaveLength(1);
    expect(h.api.to('conversations.history')).toHaveLength(1);
    expect(said(delivered(h))[0]).toContain('What should I call you?');
    expect(h.logs.join('\n')).toContain('an earlier attempt had arrived, so it is not sent again');
  }, 60_000);

  it('a reply refused with 500 on every try stays in the outbox; a typed message before it reached the member is not taken as its answer: the reply goes again, then one notice', async () => {
    h = await startSlack();
    // Three attempts (the harness's retry settings): all answered 500.
    for (let i = 0; i < 3; i++) h.api.queue('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    await h.dm('U1', 'hi');
    expect(delivered(h)).toEqual([]);
    expect(h.api.to('chat.postMessage')).toHaveLength(3);
    // The session moved on: the question it asks was not seen yet, and is not lost.
    expect(JSON.parse((await h.peek(U1)) ?? '{}').flow?.step).toBe('name');
    expect(h.logs.join('\n')).toContain('reply not delivered after every retry');
    // "Maria" answers a question the member never saw: the question goes again, the answer is not applied.
    await h.dm('U1', 'Maria');
    expect(said(delivered(h))).toEqual([ASKED_NAME, UNSEEN]);
    const session = JSON.parse((await h.peek(U1)) ?? '{}');
    expect(session.flow?.step).toBe('name');
    expect(session.profile?.name).toBeUndefined();
    // Now the question has been seen, the same answer counts.
    await h.dm('U1', 'Maria');
    expect(said(delivered(h))).toEqual([ASKED_NAME, UNSEEN, 'Good to meet you, Maria. What would you like to work on first?']);
    expect(JSON.parse((await h.peek(U1)) ?? '{}').profile?.name).toBe('Maria');
  });

  it('a command while a reply has spent its retries still runs: the kept reply goes first, then the command’s, and no notice', async () => {
    h = await startSlack();
    for (let i = 0; i < 3; i++) h.api.queue('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    await h.dm('U1', 'hi');
    expect(delivered(h)).toEqual([]);
    await h.dm('U1', 'help');
    const lines = said(delivered(h));
    expect(lines[0]).toBe(ASKED_NAME);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines).not.toContain(UNSEEN);
    expect(JSON.parse((await h.peek(U1)) ?? '{}').flow?.step).toBe('name');
  });
});

describe('answers to clicks and forms', () => {
  it('are enqueued by the commit that saves the click, as typed answers are: in the member’s queue right after it, with no second enqueue', async () => {
    const store = new MemorySessionStore();
    const seen: { eventId: string; head: OutboxEntry | undefined }[] = [];
    const appended: string[] = [];
    const commit = store.commit.bind(store);
    store.commit = async (user, c) => {
      const result = await commit(user, c);
      if (result === 'ok') seen.push({ eventId: c.eventId, head: await store.outbox.head(sessionQueue(user, '')) });
      return result;
    };
    const append = store.outbox.append.bind(store.outbox);
    store.outbox.append = async (where, entries) => {
      appended.push(...entries.map((e) => e.id));
      return append(where, entries);
    };
    h = await startSlack({ store });
    await h.dm('U1', 'hi');
    await h.dm('U1', 'Maria');
    await h.click('U1', 'Find my skill gaps');
    const click = seen.at(-1);
    expect(click?.head?.id).toBe(`${click?.eventId}#turn`);
    expect(click?.head?.message).toMatchObject({ kind: 'turn', changed: true, route: { owner: 'U1' } });
    expect(appended).toEqual([]);
    expect(delivered(h).map((c) => String(c.params.text)).join('\n')).toContain('What is your current (or most recent) job?');
    expect(await store.outbox.pending()).toEqual([]);
  });
});

describe('the outbox in Redis', () => {
  const scope = new RedisScope();
  afterAll(() => scope.close());

  it('survives the process: a reply another process enqueued and never sent is sent by the next one to start', async () => {
    const where = { platform: 'slack', tenant: 'T1', conversation: 'DU9' };
    const message = { channel: 'DU9', text: 'The question you were asked', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'The question you were asked' } }] };
    // The first process committed the turn and enqueued its reply, then died before sending it.
    await new RedisOutboxStore(scope.admin, scope.prefix).append(where, [{ id: 'ev:Ev1#0', message, attempts: 0, budgetFrom: 0, notBefore: 0, createdAt: Date.now() }], 60_000);
    h = await startSlack({ store: await scope.openStore(), env: { PIVOT_KEY_PREFIX: scope.prefix } });
    await h.running.settled();
    expect(said(delivered(h))).toEqual(['The question you were asked']);
    expect(delivered(h)[0]?.params.channel).toBe('DU9');
    expect(await new RedisOutboxStore(scope.admin, scope.prefix).size(where)).toBe(0);
  });
});
