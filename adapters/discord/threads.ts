import { ChannelType, ThreadAutoArchiveDuration } from 'discord.js';
import type { AnyThreadChannel, Channel, TextChannel } from 'discord.js';
import type { Logger } from '../../src/log.js';
import { LIMITS, truncate } from './limits.js';

interface Member {
  id: string;
  username: string;
}

/**
 * A member's coaching thread is named after their username (unique on Discord) and owned by the
 * bot. That pair identifies it again after a restart or on another shard, with nothing stored:
 * the gateway hands every active thread the bot is in to the channel cache at start.
 */
export function threadName(username: string): string {
  return truncate(`Pivot Coach · ${username}`, LIMITS.threadName);
}

export function isOwnThread(channel: Channel | null | undefined, member: Member, botId: string): channel is AnyThreadChannel {
  return !!channel && channel.isThread() && channel.ownerId === botId && channel.name === threadName(member.username);
}

/** The text channel a member talks to the coach from: the channel itself, or the parent of a thread. */
function homeChannel(channel: Channel | null | undefined): TextChannel | undefined {
  const home = channel?.isThread() ? channel.parent : channel;
  return home?.type === ChannelType.GuildText ? home : undefined;
}

/**
 * Finds or opens each member's thread in a server channel, so that a study group's channel
 * stays readable. Threads are private unless configured otherwise: answers include pay and plans.
 */
export class ThreadDirectory {
  /** Threads being opened, so that two quick messages from one member do not open two threads. */
  private readonly opening = new Map<string, Promise<AnyThreadChannel | undefined>>();

  constructor(
    private readonly kind: 'private' | 'public',
    private readonly logger: Logger,
  ) {}

  /** The member's thread under this channel, or undefined where none can be had (the caller answers in place). */
  async open(channel: Channel | null | undefined, member: Member, botId: string): Promise<AnyThreadChannel | undefined> {
    const home = homeChannel(channel);
    if (!home) return undefined;
    const name = threadName(member.username);
    const existing = home.threads.cache.find((thread) => thread.ownerId === botId && thread.name === name && !thread.locked);
    if (existing) return existing;
    const key = `${home.id}|${member.id}`;
    const pending = this.opening.get(key) ?? this.create(home, name, member).finally(() => this.opening.delete(key));
    this.opening.set(key, pending);
    return pending;
  }

  private async create(home: TextChannel, name: string, member: Member): Promise<AnyThreadChannel | undefined> {
    try {
      const thread =
        this.kind === 'private'
          ? await home.threads.create({ name, type: ChannelType.PrivateThread, invitable: false, autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek, reason: 'Pivot Coach: one coaching thread per member' })
          : await home.threads.create({ name, type: ChannelType.PublicThread, autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek, reason: 'Pivot Coach: one coaching thread per member' });
      await thread.members.add(member.id);
      // The one message that pings: the owner, by id, so they find their thread. It holds no user text.
      const who = this.kind === 'private' ? 'Only you and the server moderators can see it.' : 'Others can read along, but only you can answer.';
      await thread.send({ content: `<@${member.id}>, this thread is yours: I'll coach you here so the channel stays readable. ${who}`, allowedMentions: { parse: [], users: [member.id], repliedUser: false } });
      this.logger.info('discord coaching thread opened', { guild: home.guildId, channel: home.id, thread: thread.id });
      return thread;
    } catch (error) {
      // Missing "Create Private Threads" or "Send Messages in Threads": the coach answers where it was asked instead.
      this.logger.warn('discord could not open a coaching thread', { guild: home.guildId, channel: home.id, error: (error as Error).message });
      return undefined;
    }
  }
}
