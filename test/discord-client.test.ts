import { GatewayIntentBits, IntentsBitField, Partials } from 'discord.js';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { coachIntents, createDiscordClient } from '../adapters/discord/discord-client.js';
import { createLogger } from '../src/log.js';
import { DiscordHarness, member } from './support/discord-gateway.js';
import { FakeDiscordRest } from './support/discord-rest.js';

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const config = { token: 'x.y.z', applicationId: '1290000000000000001', apiUrl: 'https://discord.com/api', messageContent: true, threads: 'private' as const };

describe('the discord.js client', () => {
  it('asks for the intents the coach needs and no others, Message Content only when enabled', () => {
    expect(coachIntents({ messageContent: true })).toEqual([GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent]);
    expect(coachIntents({ messageContent: false })).not.toContain(GatewayIntentBits.MessageContent);
    const client = createDiscordClient(config);
    expect(new IntentsBitField(client.options.intents).toArray().sort()).toEqual(['DirectMessages', 'GuildMessages', 'Guilds', 'MessageContent']);
    // DM channels are not cached at start: without this partial their messages never arrive.
    expect(client.options.partials).toEqual([Partials.Channel]);
    expect(client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(client.rest.options.api).toBe('https://discord.com/api');
    void client.destroy();
  });
});

describe('rate limits', () => {
  const limited = (seconds: number, extra: Record<string, string> = {}) => ({
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: seconds, global: 'x-ratelimit-global' in extra },
    headers: { 'content-type': 'application/json', 'retry-after': String(seconds), 'x-ratelimit-scope': 'user', ...extra },
  });

  it('waits out a 429 on a channel message and sends it once, as discord.js REST does through the fetch override', async () => {
    const lines: string[] = [];
    const h = (harness = await DiscordHarness.start({ logger: createLogger('info', (line) => lines.push(line)) }));
    const ann = member('ann.lee');
    h.rest.queue('POST', /^\/channels\/\d+\/messages$/, limited(0.05));
    await h.say(ann, h.dm(ann), 'hi');
    const posts = h.rest.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.body).toEqual(posts[0]?.body);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(50);
    expect(h.messagesIn(h.dm(ann))).toHaveLength(1);
    expect(lines.some((line) => line.includes('discord rate limited') && line.includes('"retryAfter":"0.05"'))).toBe(true);
  });

  it('waits out a global 429 on the answer to a click (a channel message, sent through the outbox)', async () => {
    const h = (harness = await DiscordHarness.start());
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hi');
    await h.say(ann, h.dm(ann), 'Ann');
    const menu = h.lastWithComponents(h.dm(ann));
    h.rest.clear();
    h.rest.queue('POST', /^\/channels\/\d+\/messages$/, limited(0.05, { 'x-ratelimit-global': 'true' }));
    await h.click(ann, h.dm(ann), menu.id, 'Find my skill gaps');
    const followUps = h.rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${h.dm(ann).channelId}/messages`);
    expect(h.rest.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))).toHaveLength(0);
    expect(followUps).toHaveLength(2);
    expect((followUps[1]?.at ?? 0) - (followUps[0]?.at ?? 0)).toBeGreaterThanOrEqual(50);
    expect(h.shown()).toContain('What is your current (or most recent) job?');
  });
});

describe('DISCORD_API_URL', () => {
  it('sends every REST call to a shared REST proxy, token and all, when set', async () => {
    const proxy = new FakeDiscordRest('http://rest-proxy.internal:8080', '/api/v10');
    const h = (harness = await DiscordHarness.start({ config: { apiUrl: 'http://rest-proxy.internal:8080/api' }, rest: proxy }));
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hi');
    await h.slash(ann, h.channel(), 'start');
    expect(proxy.requests.length).toBeGreaterThan(3);
    expect(proxy.requests.find((r) => r.path.endsWith('/messages'))?.authorized).toBe(true);
    // Interaction callbacks carry their own token and no bot token.
    expect(proxy.requests.find((r) => r.path.endsWith('/callback'))?.authorized).toBe(false);
  });
});
