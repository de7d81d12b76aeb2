import type { RespondFn, webApi } from '@slack/bolt';
import type { Engine } from '../../src/engine/engine.js';
import type { Logger } from '../../src/log.js';
import type { SlackOutbox } from './outbox.js';
import { runTurn, slackError } from './deliver.js';
import { SHARED } from './owner.js';
import { PLATFORM, conversationOf, eventIds, memberName, readSlash, slashInbound } from './to-inbound.js';
import type { Place, SlashCommand } from './to-inbound.js';

/**
 * Peer interview practice in a channel: `/pivot peer` posts a message whose thread is the study
 * group's shared conversation. Everything in that thread goes to the conversation's session,
 * whoever writes or clicks; the engine decides whose turn it is.
 */

export const PEER_COMMAND = 'peer';
export const PEER_ELSEWHERE = 'Peer practice is for a channel with your study group: invite me there and use `/pivot peer`.';
/** The bot cannot post in the channel: nobody invited it, or it cannot see the channel. */
const NOT_THERE = new Set(['not_in_channel', 'channel_not_found']);

/** The thread's first message: no user text in it, and how to talk in the thread (a typed answer must mention the bot, or Slack never sends it). */
export function peerRoot(botUserId: string | undefined): string {
  const me = botUserId ? `<@${botUserId}>` : 'me';
  return `*Peer practice*: one of you answers an interview question, another scores it. Everything happens in this thread: anyone here can take a part, each question's buttons and forms are for the member it asks, and when you type, start your message with ${me} so that I see it.`;
}

export const isPeerRequest = (slackText: string): boolean => {
  const read = readSlash(slackText);
  return 'name' in read && read.name === PEER_COMMAND;
};

interface PeerDeps {
  engine: Engine;
  logger: Logger;
  outbox?: SlackOutbox;
}

/**
 * `/pivot peer`: the root message in the channel where it was typed, then the engine's first
 * question in its thread. From a DM nothing starts (there is no group there), and a channel the
 * bot is not in gets the same private explanation.
 */
export async function startPeerPractice(
  deps: PeerDeps,
  request: { client: webApi.WebClient; respond: RespondFn; tenant: string; command: SlashCommand; botUserId: string | undefined },
): Promise<void> {
  const { client, respond, tenant, command: c } = request;
  const explain = () => respond({ response_type: 'ephemeral', text: PEER_ELSEWHERE });
  if (c.channel_id.startsWith('D')) {
    await explain();
    return;
  }
  let rootTs: string | undefined;
  try {
    const root = await client.chat.postMessage({ channel: c.channel_id, text: peerRoot(request.botUserId), unfurl_links: false, unfurl_media: false });
    rootTs = root.ts;
  } catch (error) {
    const why = slackError(error);
    if (!NOT_THERE.has(String(why.slack))) throw error;
    deps.logger.debug('slack peer practice asked for where the bot cannot post', why);
    await explain();
    return;
  }
  if (!rootTs) return;
  const place: Place = { channel: c.channel_id, threadTs: rootTs };
  const inbound = slashInbound({ tenant, user: c.user_id, place, eventId: eventIds.command(c.trigger_id), sharedAs: memberName(c.user_name) }, c.text);
  await runTurn(deps, { client, place, owner: SHARED }, inbound);
}

/**
 * Whether a thread is a peer-practice thread. Slack does not say who started a thread (and the
 * app may not read channel history), but the engine knows which conversations have a shared
 * session. When the store cannot say, the mention is taken as the member's own, whose turn then
 * tells them the store is down.
 */
export async function isSharedThread(deps: PeerDeps, tenant: string, place: Place): Promise<boolean> {
  try {
    return await deps.engine.hasSharedSession({ platform: PLATFORM, tenant, conversation: conversationOf(place) });
  } catch (error) {
    deps.logger.warn('slack could not tell whether a thread is shared', { error });
    return false;
  }
}
