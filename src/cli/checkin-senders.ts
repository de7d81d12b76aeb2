import type { SendCheckin } from '../checkins/run-checkins.js';

/**
 * Who weekly check-ins can reach from this process: Slack with SLACK_BOT_TOKEN (one workspace),
 * Discord with DISCORD_TOKEN; the terminal needs no sending, its check-in waits in the session and
 * shows at the next start. Platform clients load only when their token is set.
 */
export async function checkinSenders(env: NodeJS.ProcessEnv): Promise<Record<string, SendCheckin>> {
  const senders: Record<string, SendCheckin> = { terminal: async () => {} };
  if (env.SLACK_BOT_TOKEN) {
    const [{ webApi }, { slackCheckinSender }] = await Promise.all([import('@slack/bolt'), import('../../adapters/slack/checkin-sender.js')]);
    senders.slack = slackCheckinSender(new webApi.WebClient(env.SLACK_BOT_TOKEN, { slackApiUrl: env.SLACK_API_URL || undefined }));
  }
  if (env.DISCORD_TOKEN) {
    const [{ REST }, { discordCheckinSender }, { restOptions }] = await Promise.all([import('discord.js'), import('../../adapters/discord/checkin-sender.js'), import('../../adapters/discord/discord-client.js')]);
    // The adapter's own REST settings: fetch, and a 429 waited out by discord.js.
    senders.discord = discordCheckinSender(new REST(restOptions({ apiUrl: env.DISCORD_API_URL || 'https://discord.com/api' })).setToken(env.DISCORD_TOKEN));
  }
  return senders;
}
