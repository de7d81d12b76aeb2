import { Redis } from 'ioredis';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisSessionStore } from '../../src/engine/redis-session-store.js';
import { DiscordHarness } from '../support/discord-gateway.js';
import { snowflake } from '../support/discord-rest.js';
import { NONE, failures, turnsOf, verdict } from '../support/fault-ledger.js';
import { RedisServerProcess } from '../support/redis-server.js';
import { DiscordPerson } from './support/discord-person.js';
import { until } from './support/until.js';
import { UNSEEN_NOTICE } from '../../src/outbox/turn-guard.js';

const UNSEEN = UNSEEN_NOTICE.kind === 'text' ? (UNSEEN_NOTICE.text.split(',')[0] ?? '') : '';

/**
 * Discord's REST API misbehaving while a person talks to the coach in a DM: a storm of 429s,
 * and 5xx answers for longer than every retry (discord.js's own and the outbox's). The coach
 * runs on a real discord.js client fed gateway packets, with its sessions and outbox on a
 * redis-server this file starts; Discord's REST is faked with nock and, like Discord, creates
 * one message per enforced nonce. A message counts as shown once Discord created it.
 */

const PREFIX = 'faults';
const MESSAGES = /^\/channels\/\d+\/messages$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: RedisServerProcess;
let store: RedisSessionStore;
let admin: Redis;
let h: DiscordHarness;

beforeAll(async () => {
  nock.disableNetConnect();
  server = await RedisServerProcess.start();
  store = await RedisSessionStore.connect(server.url, PREFIX);
  admin = new Redis(server.url);
  // As start-discord runs it on Redis: the engine stages a turn's replies with its commit, in the
  // person's session queue (the queue the check before a typed turn reads). A short retry budget,
  // so that the 5xx outage outlasts it within the suite's time.
  h = await DiscordHarness.start({ sessionStore: store, stageReplies: true, outboxPolicy: { maxAttempts: 3, baseMs: 200, maxMs: 1_000 } });
});

afterAll(async () => {
  await h?.close();
  admin?.disconnect();
  await store?.close();
  await server?.dispose();
  nock.enableNetConnect();
});

const person = () => new DiscordPerson(h, store, admin, PREFIX);
/** Message creates in the person's DM, in order, with the status the fake answered. */
const creates = (p: DiscordPerson) => h.rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${p.channelId}/messages`);

describe('Discord faults', () => {
  it('Discord 429 storm (Retry-After 1 s on every message create until three were refused): the replies wait, then arrive in order, once each', async ({ task }) => {
    const p = person();
    const before = await p.where();
    h.rest.fail('POST', MESSAGES, { status: 429, body: { message: 'You are being rate limited.', retry_after: 1, global: false }, headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' } });
    await p.say('hello', { settle: false });
    await sleep(100);
    await p.say('Ann', { settle: false });
    expect(await until(() => creates(p).filter((r) => r.status === 429).length >= 3, 20_000)).toBe(true);
    h.rest.recover();
    await h.settle();
    // Anything still waiting goes out with the person's next message.
    if ((await p.waiting()).length > 0) await p.say('status');
    const row = verdict('discord 429 storm (Retry-After 1 s)', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(await p.waiting()).toEqual([]);
    expect((await p.profile()).name).toBe('Ann');
    // Discord was asked again only after the Retry-After it gave.
    const all = creates(p);
    for (let i = 1; i < all.length; i++) if (all[i - 1]?.status === 429) expect((all[i]?.at ?? 0) - (all[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('Discord 429 storm on the answer to a click in a DM (Retry-After 1 s until three were refused): the answer goes as channel messages through the person’s queue, not webhook follow-ups, and arrives after the wait, in order, once each', async ({ task }) => {
    const p = person();
    await p.say('hello');
    await p.say('Ann');
    const before = await p.where();
    const menu = h.lastWithComponents(h.dm(p.member));
    const webhooksBefore = h.rest.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/')).length;
    h.rest.fail('POST', MESSAGES, { status: 429, body: { message: 'You are being rate limited.', retry_after: 1, global: false }, headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' } });
    const click = snowflake();
    p.sent.push({ eventId: click, text: 'clicked: Find my skill gaps' });
    const clicked = h.click(p.member, h.dm(p.member), menu.id, 'Find my skill gaps', click);
    expect(await until(() => creates(p).filter((r) => r.status === 429).length >= 3, 20_000)).toBe(true);
    h.rest.recover();
    await clicked;
    await h.settle();
    // Anything still waiting goes out with the person's next message.
    if ((await p.waiting()).length > 0) await p.say('status');
    const row = verdict('discord 429 on a click’s answer (Retry-After 1 s)', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(await p.waiting()).toEqual([]);
    // The click moved the session on, and its answer reached the DM as messages carrying its nonces, none through the webhook.
    expect(await p.where()).not.toBe(before);
    expect(p.shown().filter((s) => s.replyId.startsWith(`${click}#`)).map((s) => s.text).join('\n')).toContain('What is your current (or most recent) job?');
    expect(h.rest.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/')).length).toBe(webhooksBefore);
    const all = creates(p);
    for (let i = 1; i < all.length; i++) if (all[i - 1]?.status === 429) expect((all[i]?.at ?? 0) - (all[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('Discord coach stopped right after a click’s commit in a DM (its turn saved, nothing after it run): another process sends the answer once from the person’s queue, and the stopped one, resuming, sends nothing twice', async ({ task, onTestFinished }) => {
    const p = person();
    await p.say('hello');
    await p.say('Ann');
    const before = await p.where();
    const menu = h.lastWithComponents(h.dm(p.member));
    const click = snowflake();
    p.sent.push({ eventId: click, text: 'clicked: Find my skill gaps' });
    // This process stops for good right after Redis accepted the click's commit (as hold-after-commit.ts does to a process).
    let committed: () => void = () => {};
    const atCommit = new Promise<void>((resolve) => (committed = resolve));
    let resume: () => void = () => {};
    const held = new Promise<void>((resolve) => (resume = resolve));
    const commit = store.commit;
    onTestFinished(() => {
      resume();
      store.commit = commit;
    });
    store.commit = async (user, c) => {
      const result = await commit.call(store, user, c);
      if (c.eventId === click) {
        committed();
        await held;
      }
      return result;
    };
    const clicked = h.click(p.member, h.dm(p.member), menu.id, 'Find my skill gaps', click);
    await atCommit;
    expect(p.shown().filter((s) => s.replyId.startsWith(`${click}#`))).toEqual([]);
    expect(await p.waiting()).toEqual([`${click}#turn`]);
    // Another process on the same Redis and Discord sweeps the outbox, as start-discord does every 15 s.
    const other = await RedisSessionStore.connect(server.url, PREFIX);
    const second = await DiscordHarness.start({ sessionStore: other, stageReplies: true, rest: h.rest, guildId: h.guildId, channelId: h.channelId });
    try {
      expect(await second.coach.outbox.recover()).toBeGreaterThan(0);
    } finally {
      // Not close(): it would clean the REST fake both processes share.
      await second.settle();
      await second.client.destroy();
      await other.close();
    }
    resume();
    await clicked;
    await h.settle();
    const row = verdict('discord coach stopped after a click’s commit', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(await p.waiting()).toEqual([]);
    expect(await p.where()).not.toBe(before);
    expect(p.shown().filter((s) => s.replyId.startsWith(`${click}#`)).map((s) => s.text).join('\n')).toContain('What is your current (or most recent) job?');
  });

  it('Discord 5xx (500, 502, 503) on every message create past every retry, then back: the question waits, "hello?" is not taken as its answer, and the next message brings it again, said as unseen', async ({ task }) => {
    const p = person();
    const before = await p.where();
    let asked: string | undefined;
    const codes = [500, 502, 503];
    let n = 0;
    // Each create is answered by the next of the three, for as long as the outage lasts.
    const outage = setInterval(() => {
      h.rest.recover();
      h.rest.fail('POST', MESSAGES, { status: codes[++n % codes.length] as number, body: { message: 'Server Error', code: 0 } });
    }, 50);
    h.rest.fail('POST', MESSAGES, { status: 500, body: { message: 'Server Error', code: 0 } });
    try {
      await p.say('hello');
      asked = await p.where();
      await p.say('hello?');
      expect(p.shown()).toEqual([]);
    } finally {
      clearInterval(outage);
      h.rest.recover();
    }
    const kept = await p.waiting();
    const whileDown = await p.where();
    await p.say('hello?');
    const row = verdict('discord 5xx past every retry, then back', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    // The first turn moved the session; neither "hello?" answered the question the person never saw.
    expect(asked).not.toBe(before);
    expect(whileDown).toBe(asked);
    expect(await p.where()).toBe(asked);
    // What waited went out first, in its order, then one notice saying so.
    expect(turnsOf(p.shown().map((s) => s.replyId)).slice(0, turnsOf(kept).length)).toEqual(turnsOf(kept));
    const notices = p.shown().filter((s) => s.text.includes(UNSEEN));
    expect(notices).toHaveLength(1);
    expect(p.shown().at(-1)?.text).toContain(UNSEEN);
    expect(await p.waiting()).toEqual([]);
  });
});
