import type { Inbound } from './inbound.js';

/**
 * Turns whose commit had an unknown outcome, per session owner, so that the same text sent
 * again right after is checked against what landed instead of answering the next question.
 * Kept in this process: the person's next message normally reaches the same one; on another,
 * the compare-and-set still stops a double write, but the repeat is read as a new answer.
 */

/** How long after an uncertain turn the same text counts as a repeat of it. */
export const REPEAT_WINDOW_MS = 10 * 60 * 1000;
/** Owners remembered at most; the oldest go first (a long outage must not grow this without end). */
const MAX_REMEMBERED = 10_000;

interface Uncertain {
  text: string;
  eventIds: readonly string[];
  at: number;
}

/** Case, surrounding and repeated spaces do not make a different answer. */
function sameText(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}

export class UncertainTurns {
  private readonly byOwner = new Map<string, Uncertain>();

  remember(owner: string, inbound: Inbound, eventIds: readonly string[], now: number): void {
    if (inbound.kind !== 'text') return;
    this.byOwner.delete(owner);
    this.byOwner.set(owner, { text: sameText(inbound.text), eventIds, at: now });
    if (this.byOwner.size > MAX_REMEMBERED) {
      const oldest = this.byOwner.keys().next().value;
      if (oldest !== undefined) this.byOwner.delete(oldest);
    }
  }

  /**
   * The event ids of the uncertain turn this event repeats, or undefined. Any next event of the
   * owner ends the record: only the message right after an uncertain turn can be its repeat.
   */
  take(owner: string, inbound: Inbound, now: number): readonly string[] | undefined {
    const entry = this.byOwner.get(owner);
    if (!entry) return undefined;
    this.byOwner.delete(owner);
    if (now - entry.at > REPEAT_WINDOW_MS || inbound.kind !== 'text' || sameText(inbound.text) !== entry.text) return undefined;
    return entry.eventIds;
  }
}
