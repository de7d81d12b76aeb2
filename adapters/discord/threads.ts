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

/**
 * A peer practice thread is public, owned by the bot and named after the member who opened it.
 * Being the bot's and named with this prefix is what makes it one, after a restart or on another
 * shard, with nothing stored (members cannot create threads the bot owns).
 */
const PEER_PREFIX = 'Peer practice · ';

export function peerThreadName(username: string): string {
  return truncate(`${PEER_PREFIX}${username}`, LIMITS.threadName);
}

export function isPeerThread(channel: Channel | null | undefined, botId: string): channel is AnyThreadChannel {
  return !!channel && channel.isThread() && channel.ownerId === botId && channel.name.startsWith(PEER_PREFIX);
}

/** The text channel a member talks to the coach from: the channel itself, or the parent of a thread. */
function homeChannel(channel: Channel | null | undefined): TextChannel | undefined {
  const home = channel?.isThread() ? channel.parent : channel;
  return home?.type === ChannelType.GuildText ? home : undefined;
}

/**
 * Finds or opens the coach's threads in a server channel: each member's coaching thread, so that a
 * study group's channel stays readable (private unless configured otherwise: answers include pay
 * and plans), and peer practice threads, public so that the group can join in.
 */
export class ThreadDirectory {
  /** Threads being opened, so that two quick messages from one member do not open two threads. */
  private readonly opening = new Map<string, Promise<AnyThreadChannel | undefined>>();

  constructor(
    private readonly kind: 'private' | 'public',
    private readonly logger: Logger,
  ) {}

  /** The member's coaching thread under this channel, or undefined where none can be had (the caller answers in place). */
  open(channel: Channel | null | undefined, member: Member, botId: string): Promise<AnyThreadChannel | undefined> {
    return this.findOrCreate(channel, threadName(member.username), botId, 'coaching', async (home, name) => {
      const reason = 'Pivot Coach: one coaching thread per member';
      const thread =
        this.kind === 'private'
          ? await home.threads.create({ name, type: ChannelType.PrivateThread, invitable: false, autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek, reason })
          : await home.threads.create({ name, type: ChannelType.PublicThread, autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek, reason });
      await thread.members.add(member.id);
      // The one message that pings: the owner, by id, so they find their thread. It holds no user text.
      const who = this.kind === 'private' ? 'Only you and the server moderators can see it.' : 'Others can read along, but only you can answer.';
      await thread.send({ content: `<@${member.id}>, this thread is yours: I'll coach you here so the channel stays readable. ${who}`, allowedMentions: { parse: [], users: [member.id], repliedUser: false } });
      return thread;
    });
  }

  /**
   * The member's peer practice thread under this channel (or the channel of the thread it was asked
   * in), public so that the others can join. The member is added so that it shows in their list;
   * nobody is pinged: the thread's first message is the coach's question to the group.
   */
  openPeer(channel: Channel | null | undefined, member: Member, botId: string): Promise<AnyThreadChannel | undefined> {
    return this.findOrCreate(channel, peerThreadName(member.username), botId, 'peer', async (home, name) => {
      // A round takes minutes: a day of quiet tidies it out of the channel's list (a new message brings it back).
      const thread = await home.threads.create({ name, type: ChannelType.PublicThread, autoArchiveDuration: ThreadAutoArchiveDuration.OneDay, reason: 'Pivot Coach: peer interview practice' });
      await thread.members.add(member.id);
      return thread;
    });
  }

  private async findOrCreate(
    channel: Channel | null | undefined,
    name: string,
    botId: string,
    kind: 'coaching' | 'peer',
    create: (home: TextChannel, name: string) => Promise<AnyThreadChannel>,
  ): Promise<AnyThreadChannel | undefined> {
    const home = homeChannel(channel);
    if (!home) return undefined;
    const existing = home.threads.cache.find((thread) => thread.ownerId === botId && thread.name === name && !thread.locked);
    if (existing) return existing;
    const key = `${home.id}|${name}`;
    const pending = this.opening.get(key) ?? this.created(home, kind, () => create(home, name)).finally(() => this.opening.delete(key));
    this.opening.set(key, pending);
    return pending;
  }

  private async created(home: TextChannel, kind: 'coaching' | 'peer', create: () => Promise<AnyThreadChannel>): Promise<AnyThreadChannel | undefined> {
    try {
      const thread = await create();
      this.logger.info(`discord ${kind} thread opened`, { guild: home.guildId, channel: home.id, thread: thread.id });
      return thread;
    } catch (error) {
      // Missing "Create Private/Public Threads" or "Send Messages in Threads": the caller answers where it was asked instead.
      this.logger.warn(`discord could not open a ${kind} thread`, { guild: home.guildId, channel: home.id, error });
      return undefined;
    }
  }
}
