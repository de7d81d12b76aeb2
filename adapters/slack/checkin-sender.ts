import type { webApi } from '@slack/bolt';
import type { SendCheckin } from '../../src/checkins/run-checkins.js';
import { renderReplies } from './render-blocks.js';

/**
 * A weekly check-in on Slack: the check-in turn's replies as Block Kit messages in the person's
 * DM with the app (chat.postMessage to a user id opens it), buttons owned by that person.
 */
export function slackCheckinSender(client: webApi.WebClient): SendCheckin {
  return async (schedule, replies) => {
    for (const message of renderReplies([...replies], schedule.user.user)) {
      await client.chat.postMessage({ channel: schedule.conversation ?? schedule.user.user, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    }
  };
}
