import { localCheckins } from '../checkins/local-checkins.js';
import type { SendCheckin } from '../checkins/run-checkins.js';
import type { RedisClient } from '../engine/redis-client.js';

/**
 * Who weekly check-ins can reach from this process: Slack with SLACK_BOT_TOKEN (one workspace) or
 * with the install flow's settings (any number of workspaces: each check-in is posted with its own
 * workspace's installed token, read from the installations kept in `redis`, the coach's own
 * REDIS_URL), Discord with DISCORD_TOKEN; the terminal's is shown in its terminal when that is open
 * in this process (local-checkins.ts), and otherwise waits in the session for the next start.
 * Platform clients load only when their settings are there.
 */
export async function checkinSenders(env: NodeJS.ProcessEnv, context: { redis?: RedisClient } = {}): Promise<Record<string, SendCheckin>> {
  const senders: Record<string, SendCheckin> = { terminal: async (schedule, replies) => void localCheckins.deliver(schedule.user.user, replies) };
  const slackApiUrl = env.SLACK_API_URL || undefined;
  if (env.SLACK_BOT_TOKEN) {
    const [{ webApi }, { slackCheckinSender, CHECKIN_CLIENT_OPTIONS }] = await Promise.all([import('@slack/bolt'), import('../../adapters/slack/checkin-sender.js')]);
    senders.slack = slackCheckinSender(new webApi.WebClient(env.SLACK_BOT_TOKEN, { ...CHECKIN_CLIENT_OPTIONS, slackApiUrl }));
  } else if (env.SLACK_CLIENT_ID && context.redis) {
    const [{ loadSlackConfig }, { RedisInstallationStore }, { slackWorkspacesCheckinSender }] = await Promise.all([
      import('../../adapters/slack/slack-config.js'),
      import('../../adapters/slack/installation-store.js'),
      import('../../adapters/slack/checkin-sender.js'),
    ]);
    const config = slackSettings(loadSlackConfig, env);
    if (config?.mode === 'oauth') senders.slack = slackWorkspacesCheckinSender({ installations: new RedisInstallationStore(context.redis, config.keyPrefix, config.installationKeys), clientOptions: { slackApiUrl: config.apiUrl } });
  }
  if (env.DISCORD_TOKEN) {
    const [{ REST }, { discordCheckinSender }, { restOptions }] = await Promise.all([import('discord.js'), import('../../adapters/discord/checkin-sender.js'), import('../../adapters/discord/discord-client.js')]);
    // The adapter's own REST settings: fetch, and a 429 waited out by discord.js.
    senders.discord = discordCheckinSender(new REST(restOptions({ apiUrl: env.DISCORD_API_URL || 'https://discord.com/api' })).setToken(env.DISCORD_TOKEN));
  }
  return senders;
}

/** The Slack settings, or undefined when they are incomplete: the Slack app's start says what is wrong, once. */
function slackSettings<T>(load: (env: NodeJS.ProcessEnv) => T, env: NodeJS.ProcessEnv): T | undefined {
  try {
    return load(env);
  } catch {
    return undefined;
  }
}
