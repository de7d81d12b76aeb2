import type { Message } from 'discord.js';
import { channelOutbox } from './deliver.js';
import type { DiscordCoach } from './discord-coach.js';
import { isOwnThread } from './threads.js';
import { commandInbound, textInbound, withoutBotMention } from './to-inbound.js';
import type { Place } from './to-inbound.js';

const place = (message: Message, channelId = message.channelId): Place => ({ eventId: message.id, guildId: message.guildId, channelId, userId: message.author.id });

/**
 * Typed messages. In DMs every message is a turn. In a server the coach listens only in the
 * member's own thread, and in a channel only when mentioned (then it carries on in their
 * thread): a study group's own conversation is none of its business.
 */
export async function onMessage(coach: DiscordCoach, message: Message): Promise<void> {
  if (message.author.bot || message.system || message.webhookId) return;
  await coach.inOrder(message.author.id, () => handle(coach, message));
}

async function handle(coach: DiscordCoach, message: Message): Promise<void> {
  const owner = message.author.id;
  const botId = coach.botId;

  if (!message.inGuild()) {
    const text = withoutBotMention(message.content, botId);
    if (!text || !message.channel.isSendable()) return;
    const channel = message.channel;
    const payloads = await coach.turn(() => textInbound(place(message), text), owner);
    await channelOutbox(channel, coach.logger).send(payloads);
    return;
  }

  const text = withoutBotMention(message.content, botId);
  if (isOwnThread(message.channel, message.author, botId)) {
    // Empty without the Message Content intent unless the bot is mentioned: nothing to read.
    if (!text) return;
    const payloads = await coach.turn(() => textInbound(place(message), text), owner);
    await channelOutbox(message.channel, coach.logger).send(payloads);
    return;
  }

  if (!message.mentions.users.has(botId)) return;
  const thread = await coach.threads.open(message.channel, message.author, botId);
  const where = thread ?? message.channel;
  // A bare mention says hello: it starts (or resumes) the coaching.
  const inbound = () => (text ? textInbound(place(message, where.id), text) : commandInbound(place(message, where.id), { name: 'start' }));
  const payloads = await coach.turn(inbound, owner);
  await channelOutbox(where, coach.logger).send(payloads);
}
