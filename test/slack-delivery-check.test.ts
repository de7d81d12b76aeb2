import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { REPLY_EVENT_TYPE, foundInSlack } from '../adapters/slack/delivery-check.js';
import { FAKE_API_URL, FakeSlackApi } from './support/slack-fake-api.js';
import { startSlack } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';
import type { ApiCall } from './support/slack-fake-api.js';

/**
 * After a post in a channel thread times out (the coach answers a mention in a thread), the
 * outbox reads the thread (conversations.replies) for the reply's outbox id before posting it
 * again: Bolt's real receiver and listeners and the real Web API client, with Slack faked by nock.
 * The client gives up after 10 s; Slack answers these posts after 11 s.
 */

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const SLOW = 11_000;
const NOT_TAKEN = { status: 500, body: { ok: false, error: 'internal_error' } };
const replyIdOf = (call: ApiCall) => (JSON.parse(String(call.params.metadata)) as { event_payload: { reply_id: string } }).event_payload.reply_id;
/** Posts into `channel`'s threads, each with its outbox id, and whether Slack took it. */
const postsIn = (harness: SlackHarness, channel: string) =>
  harness.api.to('chat.postMessage').filter((c) => c.params.channel === channel).map((c) => ({ id: replyIdOf(c), thread: String(c.params.thread_ts), taken: c.result?.ok === true }));
const warnings = (harness: SlackHarness, text: string) => harness.logs.filter((line) => line.includes(text));

/** conversations.replies as Slack answers it: the thread's messages the coach posted and Slack took, oldest first, with their metadata. */
function threadsFrom(harness: SlackHarness) {
  harness.api.on('conversations.replies', (params) => ({
    ok: true,
    has_more: false,
    messages: harness.api
      .to('chat.postMessage')
      .filter((c) => c.result?.ok === true && c.params.channel === params.channel && c.params.thread_ts === params.ts)
      .map((c) => ({ type: 'message', ts: c.result?.ts, thread_ts: params.ts, text: c.params.text, metadata: JSON.parse(String(c.params.metadata)) })),
  }));
}

describe('a reply in a channel thread whose post timed out', () => {
  it('is found in the thread by its outbox id and not posted again', async () => {
    h = await startSlack();
    threadsFrom(h);
    h.api.slowNext.set('chat.postMessage', [SLOW]);
    await h.mention('U1', 'C42', 'hi');
    const posts = postsIn(h, 'C42');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.taken).toBe(true);
    // The thread was read, not the channel: its ts, from just before the reply was enqueued, with metadata.
    const [read] = h.api.to('conversations.replies');
    expect(read?.params).toMatchObject({ channel: 'C42', ts: posts[0]?.thread, include_all_metadata: 'true' });
    // Read after the client's 10 s timeout and the outbox's 10 s wait, from a second before the reply was enqueued.
    const oldest = Number(read?.params.oldest) * 1000;
    expect(oldest).toBeGreaterThan((read?.at ?? 0) - 30_000);
    expect(oldest).toBeLessThan((read?.at ?? 0) - 20_000);
    expect(h.api.to('conversations.history')).toHaveLength(0);
    expect(h.logs.join('\n')).toContain('an earlier attempt had arrived, so it is not sent again');
  }, 60_000);

  it('is posted once more when the thread does not have it (Slack never took the slow post)', async () => {
    h = await startSlack();
    threadsFrom(h);
    h.api.slowNext.set('chat.postMessage', [SLOW]);
    h.api.queue('chat.postMessage', NOT_TAKEN);
    await h.mention('U1', 'C42', 'hi');
    const posts = postsIn(h, 'C42');
    expect(posts.map((p) => p.taken)).toEqual([false, true]);
    expect(posts[1]?.id).toBe(posts[0]?.id);
    expect(posts[1]?.thread).toBe(posts[0]?.thread);
    expect(h.api.to('conversations.replies')).toHaveLength(1);
  }, 60_000);

  it('is looked for again, never posted blind, when Slack cannot answer the look-up just then (a 500)', async () => {
    h = await startSlack();
    threadsFrom(h);
    h.api.slowNext.set('chat.postMessage', [SLOW]);
    h.api.queue('conversations.replies', NOT_TAKEN);
    await h.mention('U1', 'C42', 'hi');
    expect(postsIn(h, 'C42').map((p) => p.taken)).toEqual([true]);
    expect(h.api.to('conversations.replies')).toHaveLength(2);
    expect(h.logs.join('\n')).toContain('an earlier attempt had arrived, so it is not sent again');
  }, 60_000);

  it('on an installation without channels:history, is not posted again (at most once), and the workspace is told once to reinstall', async () => {
    h = await startSlack();
    h.api.on('conversations.replies', () => ({ ok: false, error: 'missing_scope', needed: 'channels:history', provided: 'app_mentions:read,chat:write,commands,files:write,im:history,im:write,users:read' }));
    // Two members mention the coach at once, each answered in their own thread; both posts time out.
    h.api.slowNext.set('chat.postMessage', [SLOW, SLOW]);
    await Promise.all([h.mention('U1', 'C42', 'hi'), h.mention('U2', 'C42', 'hi')]);
    const posts = postsIn(h, 'C42');
    expect(posts).toHaveLength(2);
    expect(new Set(posts.map((p) => p.thread)).size).toBe(2);
    expect(h.api.to('conversations.replies')).toHaveLength(2);
    const told = warnings(h, 'cannot read back its replies');
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('channels:history');
    expect(told[0]).toContain('reinstall the app with the current manifest');
    expect(JSON.parse(told[0] ?? '{}')).toMatchObject({ level: 40, tenant: 'T1', needed: 'channels:history' });
    expect(warnings(h, 'may have arrived and cannot be looked up here; not posted again')).toHaveLength(2);
  }, 60_000);

  it('on such an installation, is still posted again after a 500 (Slack said it did not take it)', async () => {
    h = await startSlack();
    h.api.on('conversations.replies', () => ({ ok: false, error: 'missing_scope', needed: 'channels:history' }));
    h.api.queue('chat.postMessage', NOT_TAKEN);
    await h.mention('U1', 'C42', 'hi');
    expect(postsIn(h, 'C42').map((p) => p.taken)).toEqual([false, true]);
    expect(warnings(h, 'cannot read back its replies')).toHaveLength(0);
  });
});

describe('the look-up in a busy thread', () => {
  it('reads on past the first page of 15 (Slack’s cap outside the Marketplace) to find the reply', async () => {
    const api = new FakeSlackApi();
    try {
      const others = Array.from({ length: 15 }, (_, n) => ({ type: 'message', ts: `1710000100.0000${n}`, text: `someone else ${n}` }));
      const ours = { type: 'message', ts: '1710000200.000001', text: 'the reply', metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { reply_id: 'ev:E1#0' } } };
      api.on('conversations.replies', (params) => (params.cursor === 'page2' ? { ok: true, has_more: false, messages: [ours] } : { ok: true, has_more: true, messages: others, response_metadata: { next_cursor: 'page2' } }));
      const web = new webApi.WebClient('xoxb-test', { slackApiUrl: FAKE_API_URL, retryConfig: { retries: 0 } });
      const entry = { id: 'ev:E1#0', message: {}, attempts: 1, budgetFrom: 0, notBefore: 0, createdAt: 1_710_000_000_000, tried: 'uncertain' as const };
      expect(await foundInSlack(web, { channel: 'C42', threadTs: '1710000000.000001' }, entry)).toBe(true);
      expect(await foundInSlack(web, { channel: 'C42', threadTs: '1710000000.000001' }, { ...entry, id: 'ev:E2#0' })).toBe(false);
      const reads = api.to('conversations.replies');
      expect(reads.map((c) => [c.params.limit, c.params.cursor ?? null])).toEqual([
        ['15', null],
        ['15', 'page2'],
        ['15', null],
        ['15', 'page2'],
      ]);
      expect(reads[0]?.params).toMatchObject({ ts: '1710000000.000001', oldest: '1709999999.000000', include_all_metadata: 'true' });
    } finally {
      api.close();
    }
  });
});
