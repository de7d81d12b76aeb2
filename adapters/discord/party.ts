import type { APIInteractionGuildMember, GuildMember, User } from 'discord.js';
import { SHARED_OWNER } from './owner.js';

/**
 * Whose session a Discord event belongs to: the member's own, or a peer thread's, which its
 * members share (one answers, another scores).
 */
export interface Party {
  /** What the components drawn for this turn carry as their owner (owner.ts). */
  owner: string;
  /** What orders the replies of successive turns, and remembers the forms offered. */
  key: string;
  shared: boolean;
}

export const personal = (userId: string): Party => ({ owner: userId, key: userId, shared: false });

/** A peer thread's own key: "#" never starts a member's id, so the two never mix. */
export const peerThread = (threadId: string): Party => ({ owner: SHARED_OWNER, key: `#${threadId}`, shared: true });

/** What an event's Place says about its party: in a peer thread, how the member is shown there. */
export function peerOf(party: Party, member: GuildMember | APIInteractionGuildMember | null, user: User): { peer?: { userName: string } } {
  return party.shared ? { peer: { userName: displayName(member, user) } } : {};
}

/**
 * How a member is shown to the others in a peer thread, as Discord shows them there: their server
 * nickname, else their global display name, else their username. Nothing is stripped: the engine
 * treats it as text and every message goes out with mentions disabled.
 */
export function displayName(member: GuildMember | APIInteractionGuildMember | null, user: User): string {
  const nickname = member ? ('nickname' in member ? member.nickname : member.nick) : null;
  return nickname ?? user.displayName;
}
