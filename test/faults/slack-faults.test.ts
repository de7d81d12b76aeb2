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
import nock from 'nock';
import { newSession, serializeSession } from '../../src/engine/session.js';
import { FAKE_ORIGIN } from '../support/slack-fake-api.js';

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
  // conversations.history as Slack answers it: the channel's messages and shared files, newest first, with their metadata and file ids.
  h.api.on('conversations.history', (params) => ({
    ok: true,
    messages: h.api.calls
      .filter((call) => accepted(call) && (call.params.channel ?? call.params.channel_id) === params.channel && ['chat.postMessage', 'files.completeUploadExternal'].includes(call.method))
      .map((call) =>
        call.method === 'chat.postMessage'
          ? { type: 'message', ts: call.result?.ts, text: call.params.text, metadata: JSON.parse(String(call.params.metadata)) }
          : { type: 'message', text: call.params.initial_comment ?? '', files: JSON.parse(String(call.params.files)) as { id: string }[] },
      )
      .reverse(),
  }));
  // An upload as Slack takes it: a file id and a URL for the bytes, then the share (files.completeUploadExternal).
  let files = 0;
  h.api.on('files.getUploadURLExternal', () => {
    const id = `F${++files}`;
    return { ok: true, file_id: id, upload_url: `${FAKE_ORIGIN}/upload/${id}` };
  });
  h.api.on('files.completeUploadExternal', (params) => ({ ok: true, files: JSON.parse(String(params.files)) as unknown[] }));
  nock(FAKE_ORIGIN).persist().post(/^\/upload\/F\d+$/).reply(200, 'OK');
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

  it('Slack 500, then slower than the timeout, on sharing an exported plan: the file is shared once (the retry finds the one that landed by its file id), the calendar file after it, then the question, in order', async ({ task }) => {
    const p = person();
    // Someone with a gap report picks a credential, and the plan is made; then they ask for it as files.
    const seeded = newSession(new Date());
    seeded.profile = { name: 'Maria', targetRole: 'data-analyst', gapReport: { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'tableau', share: 0.8 }, { skill: 'python', share: 0.6 }], at: new Date().toISOString() } };
    await store.commit(p.ref, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(seeded) }, ttlMs: 86_400_000 });
    for (const answer of ['pick', 'yes', '$300', '8', '6', 'skip', 'no', 'yes', '1']) await p.say(answer);
    expect(p.texts().join('\n')).toContain('Here is your plan');
    const before = await p.where();
    const shares = () => h.api.to('files.completeUploadExternal').filter((c) => c.params.channel_id === p.channel);
    // The first share gets a 500; the second lands after 11 s, past the client's 10 s timeout.
    h.api.queue('files.completeUploadExternal', FAILING);
    h.api.slowNext.set('files.completeUploadExternal', [0, 11_000]);
    await p.say('export');
    const title = (c: (typeof h.api.calls)[number]) => (JSON.parse(String(c.params.files)) as { title: string }[])[0]?.title;
    // A shared file carries no outbox id: it stands at the places of the export's replies that no message took, in the order the files were made.
    const exported = p.sent.at(-1)?.eventId ?? '';
    const posted = h.api.to('chat.postMessage').filter((c) => accepted(c) && c.params.channel === p.channel && replyIdOf(c).startsWith(`${exported}#`));
    const places = posted.map((c) => Number(replyIdOf(c).split('#')[1]));
    const free = Array.from({ length: Math.max(...places) }, (_, n) => n).filter((n) => !places.includes(n));
    const placeOf = new Map([['pivot-plan.md', free[0]], ['pivot-plan.ics', free[1]]]);
    const shown = h.api.calls
      .filter((c) => accepted(c) && ((c.method === 'chat.postMessage' && c.params.channel === p.channel) || (c.method === 'files.completeUploadExternal' && c.params.channel_id === p.channel)))
      .map((c) => (c.method === 'chat.postMessage' ? { replyId: replyIdOf(c), text: String(c.params.text ?? '') } : { replyId: `${exported}#${placeOf.get(title(c) ?? '') ?? 'unplaced'}`, text: `(file) ${title(c)}` }));
    const row = verdict('slack upload: 500, then slow (11 s, timeout 10 s)', { ...(await p.observe(before)), shown });
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(await p.waiting()).toEqual([]);
    // Three tries to share, two taken: the Markdown plan once (the look-up found the one that landed late), the calendar once.
    expect(shares().map(title)).toEqual(['pivot-plan.md', 'pivot-plan.md', 'pivot-plan.ics']);
    expect(shares().filter(accepted).map(title)).toEqual(['pivot-plan.md', 'pivot-plan.ics']);
    expect(free).toHaveLength(2);
    expect(h.logs.join('\n')).toContain('an earlier attempt had arrived, so it is not sent again');
    // Never said as missing permission: the failures were Slack's, and the file went once it could.
    expect(p.texts().join('\n')).not.toContain('files:write');
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
