import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisInstallationStore } from '../adapters/slack/installation-store.js';
import { readManifest } from '../adapters/slack/slack-app.js';
import { FakeSlackApi } from './support/slack-fake-api.js';
import { startSlack, textOf } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';
import { RedisScope } from './support/redis-fixtures.js';
import { TEST_REDIS_URL } from './support/redis-global-setup.js';

/**
 * Many workspaces: each alumni community installs the coach itself through Slack's OAuth
 * flow; installations live in the real Redis under this file's own prefix (removed afterwards),
 * next to the sessions, and each workspace's users are answered with its own token and see
 * only their own sessions.
 */

const WORKSPACES = {
  T1: { name: 'Alumni One', token: 'xoxb-t1-installed', botUser: 'UBOT1', bot: 'BBOT1' },
  T2: { name: 'Alumni Two', token: 'xoxb-t2-installed', botUser: 'UBOT2', bot: 'BBOT2' },
} as const;
type Team = keyof typeof WORKSPACES;
const KEYS = [{ id: 'k1', key: Buffer.alloc(32, 11) }];

let scope: RedisScope;
let api: FakeSlackApi;
let h: SlackHarness;

beforeAll(async () => {
  scope = new RedisScope();
  api = new FakeSlackApi();
  const scopes = (await readManifest()).oauth_config.scopes.bot.join(',');
  api.on('oauth.v2.access', (params) => {
    const team = String(params.code).replace('code-', '') as Team;
    const w = WORKSPACES[team];
    return { ok: true, app_id: 'A1', authed_user: { id: 'UADMIN' }, scope: scopes, token_type: 'bot', access_token: w.token, bot_user_id: w.botUser, team: { id: team, name: w.name }, enterprise: null, is_enterprise_install: false };
  });
  api.on('auth.test', (_params, token) => {
    const [team, w] = Object.entries(WORKSPACES).find(([, x]) => x.token === token) ?? [];
    return w ? { ok: true, user_id: w.botUser, bot_id: w.bot, team_id: team, url: `https://${team}.slack.test/` } : { ok: false, error: 'invalid_auth' };
  });
  h = await startSlack({
    api,
    store: await scope.openStore(),
    env: {
      SLACK_BOT_TOKEN: '',
      SLACK_BOT_USER_ID: '',
      SLACK_BOT_ID: '',
      SLACK_CLIENT_ID: '1234567890.1234567890',
      SLACK_CLIENT_SECRET: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
      SLACK_STATE_SECRET: 'state-secret-for-the-install-test',
      REDIS_URL: TEST_REDIS_URL,
      PIVOT_KEY_PREFIX: scope.prefix,
      PIVOT_INSTALLATION_KEYS: `k1:${Buffer.alloc(32, 11).toString('base64')}`,
    },
  });
});

afterAll(async () => {
  await h?.close();
  api?.close();
  await scope?.close();
});

async function install(team: Team): Promise<{ status: number; page: string }> {
  const start = await fetch(`http://127.0.0.1:${h.port}/slack/install`);
  const link = /<a href="([^"]+)"/.exec(await start.text())?.[1]?.replace(/&amp;/g, '&') ?? '';
  const state = new URL(link).searchParams.get('state') ?? '';
  expect(start.headers.get('set-cookie')).toContain(`slack-app-oauth-state=${state}`);
  const back = await fetch(`http://127.0.0.1:${h.port}/slack/oauth_redirect?code=code-${team}&state=${encodeURIComponent(state)}`, {
    headers: { cookie: `slack-app-oauth-state=${state}` },
    redirect: 'manual',
  });
  return { status: back.status, page: await back.text() };
}

describe('the install flow, for many workspaces', () => {
  it('asks Slack for exactly the scopes in the manifest', async () => {
    const page = await (await fetch(`http://127.0.0.1:${h.port}/slack/install`)).text();
    const link = new URL(/<a href="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&') ?? '');
    expect(link.origin + link.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(link.searchParams.get('scope')).toBe('app_mentions:read,channels:history,chat:write,commands,files:write,groups:history,im:history,im:write,users:read');
    expect(link.searchParams.get('client_id')).toBe('1234567890.1234567890');
  });

  it('stores each installation in Redis, validated and encrypted, under the prefix', async () => {
    for (const team of ['T1', 'T2'] as const) {
      const done = await install(team);
      expect(done.status).toBe(200);
      expect(done.page).toContain('Thank you!');
    }
    // What Redis holds is sealed: no token, no workspace name, not even the token's prefix.
    const raw = (await scope.admin.get(`${scope.prefix}:slack-install:{T2}`)) ?? '';
    expect(raw).toMatch(/^pivot-enc:v1:k1:/);
    for (const secret of ['xoxb', 't2-installed', 'Alumni Two', 'UBOT2']) expect(raw).not.toContain(secret);
    const store = new RedisInstallationStore(scope.admin, scope.prefix, KEYS);
    expect(await store.fetchInstallation({ teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false })).toMatchObject({ team: { id: 'T2', name: 'Alumni Two' }, bot: { token: 'xoxb-t2-installed', userId: 'UBOT2', id: 'BBOT2' }, authVersion: 'v2' });
    expect((await store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-t1-installed');
  });

  it("answers each workspace with its own token, and its users never see another's state", async () => {
    api.reset();
    await h.dm('U1', 'hi', { team: 'T1' });
    await h.dm('U1', 'Maria', { team: 'T1' });
    // The same user id in the second workspace is someone else: a fresh welcome, then their own answers.
    await h.dm('U1', 'status', { team: 'T2' });
    await h.dm('U1', 'hello', { team: 'T2' });
    await h.dm('U1', 'Sam', { team: 'T2' });
    const posts = api.to('chat.postMessage');
    expect(posts.map((p) => p.token)).toEqual(['xoxb-t1-installed', 'xoxb-t1-installed', 'xoxb-t2-installed', 'xoxb-t2-installed', 'xoxb-t2-installed']);
    expect(textOf(posts[1]?.params ?? {})).toContain('Good to meet you, Maria.');
    expect(textOf(posts[2]?.params ?? {})).toContain("We're not in the middle of anything right now.");
    expect(textOf(posts[4]?.params ?? {})).toContain('Good to meet you, Sam.');
    expect(posts.slice(2).map((p) => JSON.stringify(p.params)).join()).not.toContain('Maria');
    expect(await h.peek({ platform: 'slack', tenant: 'T1', user: 'U1' })).toContain('"name":"Maria"');
    expect(await h.peek({ platform: 'slack', tenant: 'T2', user: 'U1' })).toContain('"name":"Sam"');
    // Besides the installations and sessions, only the slot's opaque redelivery hash (…:{tag}:gone) and the list of slots
    // whose session queues had replies (slot tags, kept a while after the queues emptied), which name nobody.
    const keys = await scope.keys();
    expect(keys.filter((key) => !/:\{[a-z0-9]+\}:gone$/.test(key) && key !== `${scope.prefix}:outbox-slots`)).toEqual(
      [`${scope.prefix}:slack-install:{T1}`, `${scope.prefix}:slack-install:{T2}`, `${scope.prefix}:{slack:T1:U1}:session`, `${scope.prefix}:{slack:T2:U1}:session`].sort(),
    );
    expect(keys.filter((key) => key.endsWith(':gone')).join()).not.toMatch(/T1|T2|U1/);
    expect((await scope.admin.zrange(`${scope.prefix}:outbox-slots`, '0', '-1')).join()).not.toMatch(/T1|T2|U1/);
    // The bot's own mention is known per workspace from its installation.
    await h.event({ type: 'app_mention', channel: 'C2', user: 'U5', text: '<@UBOT2> help', ts: '1710000500.000001' }, { team: 'T2' });
    expect(textOf(api.posts().at(-1) ?? {})).toContain("I'm Pivot Coach.");
  });

  it('looks a workspace up with one Redis GET per request, before the acknowledgement', async () => {
    // MONITOR watches one server: this file runs on the single Redis (the cluster project leaves it out).
    const monitor = await (scope.admin as Redis).duplicate().monitor();
    const seen: string[][] = [];
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args.some((arg) => arg.startsWith(`${scope.prefix}:slack-install:`))) seen.push(args);
    });
    try {
      await h.dm('U1', 'status', { team: 'T1' });
      await h.command('U1', 'help', { team: 'T2' });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      monitor.disconnect();
    }
    expect(seen.map(([command, key]) => `${command?.toLowerCase()} ${key}`)).toEqual([`get ${scope.prefix}:slack-install:{T1}`, `get ${scope.prefix}:slack-install:{T2}`]);
  });

  it('ignores a workspace that never installed, and one whose stored installation does not validate', async () => {
    api.reset();
    await h.dm('U1', 'hi', { team: 'T3' });
    await scope.admin.set(`${scope.prefix}:slack-install:{T4}`, JSON.stringify({ team: { id: 'T4' }, bot: { token: 'not-a-bot-token' }, user: { id: 'U' } }));
    await h.dm('U1', 'hi', { team: 'T4' });
    expect(api.calls).toEqual([]);
    expect(h.logs.join('\n')).toContain(`The stored installation at ${scope.prefix}:slack-install:{T4} does not match the schema`);
    expect(h.logs.join('\n')).not.toContain('not-a-bot-token');
  });

  it('forgets the installation when the workspace uninstalls the app', async () => {
    await h.event({ type: 'app_uninstalled' }, { team: 'T2' });
    expect(await scope.admin.exists(`${scope.prefix}:slack-install:{T2}`)).toBe(0);
    expect(await scope.admin.exists(`${scope.prefix}:slack-install:{T1}`)).toBe(1);
  });
});
