import { REST } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { discordCheckinSender } from '../adapters/discord/checkin-sender.js';
import { restOptions } from '../adapters/discord/discord-client.js';
import { slackCheckinSender } from '../adapters/slack/checkin-sender.js';
import type { CheckinSchedule } from '../src/checkins/checkin-schedule.js';
import type { Reply } from '../src/engine/reply.js';
import { FakeDiscordRest } from './support/discord-rest.js';

const CHECKIN: Reply[] = [
  { kind: 'progress', label: 'Weekly check-in', step: 1, of: 1 },
  {
    kind: 'question',
    stepId: 'outcome',
    text: 'Weekly check-in: this week is about step 3, *Enroll and study*. You planned 8 hours this week. How did it go?',
    choices: [
      { id: 'done', label: 'Done: went to plan' },
      { id: 'behind', label: "I'm behind" },
      { id: 'skip', label: 'Skip this week' },
      { id: 'stop', label: 'Stop check-ins' },
    ],
  },
];
const schedule = (platform: string, user: string): CheckinSchedule => ({ user: { platform, tenant: 'T', user }, when: { weekday: 5, time: '18:00', timeZone: 'Europe/Berlin' }, setAt: '2027-01-01T00:00:00Z', missed: 0, askedToContinue: false });

const discord = new FakeDiscordRest();
afterAll(() => discord.close());

describe('sending a check-in', () => {
  it('on Discord: opens the DM through REST, then posts the question with its four buttons and no mentions', async () => {
    discord.queue('POST', /^\/users\/@me\/channels$/, { status: 200, body: { id: '1300000000000009999', type: 1 } });
    const rest = new REST(restOptions({ apiUrl: 'https://discord.com/api' })).setToken('test-token');
    await discordCheckinSender(rest)(schedule('discord', '1300000000000000042'), CHECKIN);
    expect(discord.routes()).toEqual(['POST /users/@me/channels', 'POST /channels/:id/messages']);
    expect(discord.requests[0]?.body).toEqual({ recipient_id: '1300000000000000042' });
    const message = discord.requests[1]?.body as { content: string; components: { components: { label: string }[] }[]; allowed_mentions: unknown };
    expect(discord.requests[1]?.path).toBe('/channels/1300000000000009999/messages');
    expect(message.content).toContain('this week is about step 3, **Enroll and study**');
    expect(message.components.flatMap((row) => row.components.map((c) => c.label))).toEqual(['Done: went to plan', "I'm behind", 'Skip this week', 'Stop check-ins']);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('on Slack: posts Block Kit to the person\'s DM, buttons owned by them', async () => {
    const posted: Record<string, unknown>[] = [];
    const client = { chat: { postMessage: async (args: Record<string, unknown>) => posted.push(args) } };
    await slackCheckinSender(client as never)(schedule('slack', 'U77'), CHECKIN);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.channel).toBe('U77');
    const blocks = JSON.stringify(posted[0]?.blocks);
    expect(blocks).toContain('Stop check-ins');
    expect(blocks).toContain('\\"o\\":\\"U77\\"');
  });
});
