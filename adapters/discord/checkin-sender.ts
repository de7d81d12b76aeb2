import { Routes } from 'discord.js';
import type { REST } from 'discord.js';
import type { SendCheckin } from '../../src/checkins/run-checkins.js';
import { renderReplies } from './render-message.js';

/**
 * A weekly check-in on Discord, through REST only (no gateway connection needed, so a cron job
 * can send it): open the DM with the person, then post the check-in turn's messages there,
 * with mentions disabled as every message of the coach.
 */
export function discordCheckinSender(rest: REST): SendCheckin {
  return async (schedule, replies) => {
    const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: schedule.user.user } })) as { id: string };
    for (const payload of renderReplies(replies, schedule.user.user)) {
      const { content, embeds, components, allowedMentions } = payload;
      await rest.post(Routes.channelMessages(dm.id), { body: { content, embeds, components, allowed_mentions: { parse: allowedMentions.parse, replied_user: allowedMentions.repliedUser } } });
    }
  };
}
