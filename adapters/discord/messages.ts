import type { Message } from 'discord.js';
import type { DiscordCoach } from './discord-coach.js';
import { peerOf, peerThread, personal } from './party.js';
import type { Party } from './party.js';
import { isOwnThread, isPeerThread } from './threads.js';
import { commandInbound, textInbound, withoutBotMention } from './to-inbound.js';
import type { Place } from './to-inbound.js';

const place = (message: Message, party: Party, channelId = message.channelId): Place => ({
  eventId: message.id,
  guildId: message.guildId,
  channelId,
  userId: message.author.id,
  ...peerOf(party, message.member, message.author),
});

/**
 * Typed messages. In DMs every message is a turn. In a server the coach listens only in the
 * member's own thread, in a peer practice thread (to every member: the engine knows whose turn it
 * is, and leaves the rest of the talk alone), and in a channel only when mentioned (then it
 * carries on in their thread): a study group's own conversation is none of its business.
 */
export async function onMessage(coach: DiscordCoach, message: Message): Promise<void> {
  if (message.author.bot || message.system || message.webhookId) return;
  const party = isPeerThread(message.channel, coach.botId) ? peerThread(message.channelId) : personal(message.author.id);
  await coach.inOrder(party, () => handle(coach, message, party));
}

async function handle(coach: DiscordCoach, message: Message, party: Party): Promise<void> {
  const botId = coach.botId;

  if (!message.inGuild()) {
    // DMs need no Message Content intent: an empty one (an attachment, a sticker) is answered as on every surface.
    const text = withoutBotMention(message.content, botId);
    if (!message.channel.isSendable()) return;
    await coach.answer(message.channel, () => textInbound(place(message, party), text), party, { eventId: message.id, guildId: message.guildId });
    return;
  }

  const text = withoutBotMention(message.content, botId);
  if (party.shared || isOwnThread(message.channel, message.author, botId)) {
    // Empty without the Message Content intent unless the bot is mentioned: nothing to read.
    if (!text) return;
    await coach.answer(message.channel, () => textInbound(place(message, party), text), party, { eventId: message.id, guildId: message.guildId });
    return;
  }

  if (!message.mentions.users.has(botId)) return;
  const thread = await coach.threads.open(message.channel, message.author, botId);
  const where = thread ?? message.channel;
  // A bare mention says hello: it starts (or resumes) the coaching.
  const inbound = () => (text ? textInbound(place(message, party, where.id), text) : commandInbound(place(message, party, where.id), { name: 'start' }));
  await coach.answer(where, inbound, party, { eventId: message.id, guildId: message.guildId });
}
