import { webApi } from '@slack/bolt';
import { CheckinUndeliverable, type SendCheckin } from '../../src/checkins/run-checkins.js';
import type { CheckinSchedule } from '../../src/checkins/checkin-schedule.js';
import type { Reply } from '../../src/engine/reply.js';
import { installedBotToken } from './installed-token.js';
import type { RedisInstallationStore } from './installation-store.js';
import { renderReplies } from './render-blocks.js';
import { pairOf } from './tenant.js';

/**
 * A weekly check-in on Slack: the check-in turn's replies as Block Kit messages in the person's
 * DM with the app (chat.postMessage to a user id opens it), buttons owned by that person. One
 * workspace (SLACK_BOT_TOKEN) posts with its one client; with the install flow, each check-in is
 * posted with the bot token of the workspace the person made their plan in (their tenant).
 *
 * Posted directly, as on Discord, rather than through the reply outbox: the check-in's claim is
 * its own retry (a failed send is released and claimed again a few minutes later, with a lease
 * that keeps other processes off meanwhile), so the client's own retries stay short.
 */

/** Short enough to finish well inside a claim's lease (60 s): a longer failure is retried by the next claim. */
export const CHECKIN_CLIENT_OPTIONS: webApi.WebClientOptions = {
  retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4_000, randomize: true },
  timeout: 10_000,
};

async function post(client: webApi.WebClient, schedule: CheckinSchedule, replies: readonly Reply[]): Promise<void> {
  for (const message of renderReplies([...replies], schedule.user.user)) {
    await client.chat.postMessage({ channel: schedule.conversation ?? schedule.user.user, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
  }
}

export function slackCheckinSender(client: webApi.WebClient): SendCheckin {
  return (schedule, replies) => post(client, schedule, replies);
}

/**
 * Slack's answers that say this workspace's token will never work again: the app was uninstalled
 * (its tokens revoked) or the workspace is gone. Anything else is tried again at the next claim.
 */
const TOKEN_GONE = new Set(['account_inactive', 'token_revoked', 'invalid_auth', 'not_authed', 'team_not_found']);

/**
 * Check-ins for any number of workspaces (the install flow): each one is posted with the token of
 * the workspace it belongs to, found in the installation store when it is sent. A workspace that
 * has uninstalled the app (no installation, or Slack says the token is gone) can never be
 * reached: the sender throws CheckinUndeliverable and the check-in is dropped, not retried.
 */
export function slackWorkspacesCheckinSender(options: { installations: RedisInstallationStore; clientOptions?: webApi.WebClientOptions }): SendCheckin {
  const clients = new Map<string, webApi.WebClient>();
  const clientFor = (token: string, teamId: string | undefined) => {
    // As Bolt's own client for an event: team_id on every call, which an org-wide install needs.
    const key = `${token}\n${teamId ?? ''}`;
    let client = clients.get(key);
    if (!client) {
      const clientOptions = { ...CHECKIN_CLIENT_OPTIONS, ...options.clientOptions };
      client = new webApi.WebClient(token, teamId ? { ...clientOptions, teamId } : clientOptions);
      clients.set(key, client);
    }
    return client;
  };
  return async (schedule, replies) => {
    const { tenant } = schedule.user;
    const token = await installedBotToken(options.installations, tenant);
    if (!token) throw new CheckinUndeliverable(`Slack workspace ${tenant} has no installation of the app (it was uninstalled)`);
    try {
      await post(clientFor(token, pairOf(tenant).teamId), schedule, replies);
    } catch (error) {
      const code = (error as { code?: string; data?: { error?: string } }).code === webApi.ErrorCode.PlatformError ? (error as { data?: { error?: string } }).data?.error : undefined;
      if (code && TOKEN_GONE.has(code)) throw new CheckinUndeliverable(`Slack refused the bot token of workspace ${tenant} (${code}): the app was uninstalled there`);
      throw error;
    }
  };
}
