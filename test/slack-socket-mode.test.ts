import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './support/slack-fake-api.js';
import { startSlack, textOf } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';
import { FakeSocketModeServer } from './support/slack-socket-server.js';
import { dm, eventBody } from './support/slack-requests.js';

/**
 * Socket Mode, for development: SLACK_APP_TOKEN next to the bot token makes the app dial out to
 * Slack over a WebSocket instead of listening for events; the same listeners answer.
 */

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const APP_TOKEN = 'xapp-1-A1-1-socketmode';
let h: SlackHarness | undefined;
let socket: FakeSocketModeServer | undefined;
let api: FakeSlackApi | undefined;
afterEach(async () => {
  await h?.close();
  await socket?.close();
  api?.close();
  h = socket = api = undefined;
});

describe('Socket Mode', () => {
  it('connects with the app token, acknowledges each envelope, and answers through the Web API', async () => {
    socket = new FakeSocketModeServer();
    const url = await socket.start();
    api = new FakeSlackApi();
    api.on('apps.connections.open', () => ({ ok: true, url }));
    h = await startSlack({ api, env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: '' } });
    expect(api.to('apps.connections.open')[0]?.token).toBe(APP_TOKEN);

    socket.send({ envelope_id: 'env-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: JSON.parse(eventBody(dm('U1', 'hi'))) });
    expect(await socket.waitFor((m) => m.envelope_id === 'env-1')).toMatchObject({ envelope_id: 'env-1' });
    socket.send({
      envelope_id: 'env-2',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { team_id: 'T1', channel_id: 'DU1', user_id: 'U1', command: '/pivot', text: 'status', trigger_id: 'trig-socket', response_url: 'https://slack.test/respond/socket', api_app_id: 'A1' },
    });
    await socket.waitFor((m) => m.envelope_id === 'env-2');
    await h.running.settled();
    const posts = api.posts();
    expect(posts.map((p) => p.channel)).toEqual(['DU1', 'DU1']);
    expect(textOf(posts[0] ?? {})).toContain('What should I call you?');
    expect(textOf(posts[1] ?? {})).toContain('Where we are');
    expect(api.to('chat.postMessage').every((c) => c.token === 'xoxb-test-one')).toBe(true);

    // Health checks still answer, on a server of their own.
    expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
  });

  it('a refused app token stops the start and leaves nothing listening', async () => {
    api = new FakeSlackApi();
    api.on('apps.connections.open', () => ({ ok: false, error: 'invalid_auth' }));
    const port = await freePort();
    await expect(startSlack({ api, env: { SLACK_APP_TOKEN: APP_TOKEN, PORT: String(port) } })).rejects.toThrow('invalid_auth');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
