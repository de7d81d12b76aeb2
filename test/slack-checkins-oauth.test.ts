import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../flows/index.js';
import { RedisInstallationStore } from '../adapters/slack/installation-store.js';
import { CheckinStore } from '../src/checkins/checkin-store.js';
import { startCheckinPoller } from '../src/checkins/poller.js';
import { runDueCheckins, type SendCheckin } from '../src/checkins/run-checkins.js';
import { syncCheckins } from '../src/checkins/sync-checkins.js';
import { checkinSenders } from '../src/cli/checkin-senders.js';
import { loadCoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import type { RedisSessionStore } from '../src/engine/redis-session-store.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import type { UserRef } from '../src/engine/session-store.js';
import type { Logger } from '../src/log.js';
import { FAKE_API_URL, FakeSlackApi } from './support/slack-fake-api.js';
import { RedisScope } from './support/redis-fixtures.js';
import { TEST_REDIS_URL } from './support/redis-global-setup.js';

/**
 * Weekly check-ins with the install flow (any number of workspaces), on the real Redis and the
 * fake Slack Web API: each person's check-in is posted with the bot token of the workspace they
 * made their plan in, read from the sealed installation store; an org-wide install serves its
 * workspaces; a workspace that uninstalled (or whose token Slack refuses) has its check-ins
 * dropped with one log line, while a passing Slack failure is tried again.
 */

const KEY = Buffer.alloc(32, 7);
const WORKSPACES = {
  T1: { token: 'xoxb-t1-installed', botUser: 'UBOT1' },
  T2: { token: 'xoxb-t2-installed', botUser: 'UBOT2' },
} as const;
const ORG = { id: 'E9', token: 'xoxb-e9-org-wide', botUser: 'UBOTE' };

let scope: RedisScope;
let api: FakeSlackApi;
let store: RedisSessionStore;
let checkins: CheckinStore;
let engine: Engine;
let installations: RedisInstallationStore;
let senders: Record<string, SendCheckin>;
let now = new Date('2027-03-15T08:00:00Z');
const clock = () => now;

/** Someone with a plan who said yes to check-ins on Mondays at 09:00 UTC, scheduled as a turn would. */
async function personWithCheckins(user: UserRef): Promise<void> {
  const session = newSession(now);
  session.profile = { name: user.user, plan: { steps: [{ step: 1, title: 'Study', due: '2027-06-01' }], names: ['Google Data Analytics Professional Certificate'] }, checkins: { enabled: true, when: { weekday: 1, time: '09:00', timeZone: 'UTC' }, setAt: now.toISOString(), log: [] } };
  await store.commit(user, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: 86_400_000 });
  expect(await syncCheckins(checkins, user, session.profile, now)).toBe('scheduled');
}

const slack = (tenant: string, user: string): UserRef => ({ platform: 'slack', tenant, user });
const posted = () => api.to('chat.postMessage').map((call) => ({ token: call.token, channel: call.params.channel, team: call.params.team_id }));
/** The person taps "Skip this week", so the next check-in is a plain one again. */
let answers = 0;
const skipWeek = (user: UserRef) => engine.handle({ ...user, conversation: user.user, eventId: `answer-${++answers}`, kind: 'choice', stepId: 'outcome', choiceId: 'skip' });
const outcomes = async () => (await runDueCheckins({ store: checkins, engine, sessionTtlMs: 30 * 86_400_000, now: clock(), senders })).map((r) => [r.user.tenant, r.outcome, ...(r.reason ? [r.reason] : [])]).sort();

beforeAll(async () => {
  scope = new RedisScope();
  api = new FakeSlackApi();
  store = await scope.openStore();
  checkins = new CheckinStore(store.redis, scope.prefix);
  const data = await loadCoachData();
  engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: 30 * 86_400_000, now: clock, onProfileChange: (user, profile) => syncCheckins(checkins, user, profile, clock()).then(() => undefined) });
  installations = new RedisInstallationStore(scope.admin, scope.prefix, [{ id: 'k1', key: KEY }]);
  for (const [team, w] of Object.entries(WORKSPACES)) {
    await installations.storeInstallation({ team: { id: team }, enterprise: undefined, bot: { token: w.token, userId: w.botUser, scopes: ['chat:write', 'im:write'] }, user: { id: 'UADMIN' }, isEnterpriseInstall: false, authVersion: 'v2', tokenType: 'bot' } as never);
  }
  await installations.storeInstallation({ team: undefined, enterprise: { id: ORG.id }, bot: { token: ORG.token, userId: ORG.botUser, scopes: ['chat:write', 'im:write'] }, user: { id: 'UADMIN' }, isEnterpriseInstall: true, authVersion: 'v2', tokenType: 'bot' } as never);
  senders = await checkinSenders(
    {
      SLACK_CLIENT_ID: '1234567890.1234567890',
      SLACK_CLIENT_SECRET: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
      SLACK_STATE_SECRET: 'state-secret-for-the-checkin-test',
      SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
      SLACK_API_URL: FAKE_API_URL,
      REDIS_URL: TEST_REDIS_URL,
      PIVOT_KEY_PREFIX: scope.prefix,
      PIVOT_INSTALLATION_KEYS: `k1:${KEY.toString('base64')}`,
    },
    { redis: store.redis },
  );
  await personWithCheckins(slack('T1', 'U1'));
  await personWithCheckins(slack('T2', 'U2'));
  // A workspace of an org that installed the app org-wide: only the org's installation exists.
  await personWithCheckins(slack('E9:T3', 'U3'));
});

afterAll(async () => {
  api?.close();
  await scope?.close();
});

describe('check-ins with the install flow', () => {
  it('without installation settings, or without the Redis that keeps installations, there is no Slack sender', async () => {
    expect(Object.keys(await checkinSenders({ SLACK_CLIENT_ID: '1234567890.1234567890' }, { redis: store.redis }))).toEqual(['terminal']);
    expect(Object.keys(await checkinSenders({ SLACK_CLIENT_ID: '1234567890.1234567890' }))).toEqual(['terminal']);
    expect(Object.keys(senders).sort()).toEqual(['slack', 'terminal']);
  });

  it("each person's check-in goes to their DM with their own workspace's token", async () => {
    now = new Date('2027-03-15T09:00:10Z');
    expect(await outcomes()).toEqual([
      ['E9:T3', 'sent'],
      ['T1', 'sent'],
      ['T2', 'sent'],
    ]);
    const byChannel = Object.fromEntries(posted().map((p) => [p.channel, p]));
    expect(Object.keys(byChannel).sort()).toEqual(['U1', 'U2', 'U3']);
    expect(byChannel.U1).toMatchObject({ token: WORKSPACES.T1.token, team: 'T1' });
    expect(byChannel.U2).toMatchObject({ token: WORKSPACES.T2.token, team: 'T2' });
    // The org's token, naming the workspace, as Bolt's own client does for an org-wide install.
    expect(byChannel.U3).toMatchObject({ token: ORG.token, team: 'T3' });
    expect(api.to('chat.postMessage')[0]?.params.text).toContain('Weekly check-in');
    for (const user of [slack('T1', 'U1'), slack('T2', 'U2'), slack('E9:T3', 'U3')]) await skipWeek(user);
  });

  it('a workspace that uninstalled: its check-in is dropped with one clear log line, and never claimed again', async () => {
    api.reset();
    await installations.deleteInstallation({ teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false });
    now = new Date('2027-03-22T09:00:05Z');
    const lines: string[] = [];
    const note = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
    const logger: Logger = { debug: note('debug'), info: note('info'), warn: note('warn'), error: note('error'), child: () => logger };
    const poller = startCheckinPoller({ store: checkins, engine, sessionTtlMs: 30 * 86_400_000, senders: async () => senders, logger, intervalMs: 20, now: clock });
    for (let i = 0; i < 100 && !lines.some((l) => l.startsWith('warn')); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    // Later passes find nothing more to say about it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await poller.stop();
    const warned = lines.filter((l) => l.startsWith('warn'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain('check-in dropped: Slack workspace T2 has no installation of the app (it was uninstalled)');
    expect(warned[0]).toContain('"tenant":"T2"');
    expect(posted().map((p) => p.channel).sort()).toEqual(['U1', 'U3']);
    expect(await checkins.get(slack('T2', 'U2'))).toBeNull();
    for (const user of [slack('T1', 'U1'), slack('E9:T3', 'U3')]) await skipWeek(user);
    now = new Date('2027-03-29T09:00:05Z');
    expect(await outcomes()).toEqual([
      ['E9:T3', 'sent'],
      ['T1', 'sent'],
    ]);
    for (const user of [slack('T1', 'U1'), slack('E9:T3', 'U3')]) await skipWeek(user);
  });

  it("Slack refusing a workspace's token drops its check-in; a passing failure is tried again", async () => {
    api.reset();
    now = new Date('2027-04-05T09:00:05Z');
    // The first post of this pass is refused for good, the second fails for now.
    api.queue('chat.postMessage', { status: 200, body: { ok: false, error: 'token_revoked' } });
    api.queue('chat.postMessage', { status: 200, body: { ok: false, error: 'internal_error' } });
    const results = await runDueCheckins({ store: checkins, engine, sessionTtlMs: 30 * 86_400_000, now: clock(), senders });
    const [first, second] = results;
    expect(first?.outcome).toBe('dropped');
    expect(first?.reason).toMatch(/^Slack refused the bot token of workspace (T1|E9:T3) \(token_revoked\): the app was uninstalled there$/);
    expect(second?.outcome).toBe('failed');
    expect(await checkins.get(first!.user)).toBeNull();
    // The passing failure is due again in a few minutes and then goes out with its own token.
    expect((await checkins.get(second!.user))?.dueAt?.getTime()).toBe(now.getTime() + 5 * 60_000);
    now = new Date(now.getTime() + 5 * 60_000);
    expect((await runDueCheckins({ store: checkins, engine, sessionTtlMs: 30 * 86_400_000, now: clock(), senders })).map((r) => r.outcome)).toEqual(['sent']);
    const last = api.to('chat.postMessage').at(-1);
    expect(last?.token).toBe(second!.user.tenant === 'T1' ? WORKSPACES.T1.token : ORG.token);
  });
});
