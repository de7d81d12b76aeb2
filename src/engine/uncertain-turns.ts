import { z } from 'zod';
import { setBounded } from './bounded-map.js';
import { MAX_INBOUND_TEXT } from './inbound.js';
import type { Inbound } from './inbound.js';

/**
 * Turns whose commit had an unknown outcome, per session owner, so that the same text sent
 * again right after is checked against what landed instead of answering the next question.
 * Kept by the session store beside the session (rememberUncertain, read back by load), so that
 * whichever process gets the repeat matches it, and `forget` removes it; and in this process
 * too (UncertainTurns), for when the store could not record it while it was slow.
 */

/** How long after an uncertain turn the same text counts as a repeat of it. */
export const REPEAT_WINDOW_MS = 10 * 60 * 1000;
/** Owners remembered at most in one process; the oldest go first (a long outage must not grow this without end). */
const MAX_REMEMBERED = 10_000;

export const uncertainRecordSchema = z.object({
  /** The text as compared (see sameText). */
  text: z.string().max(MAX_INBOUND_TEXT),
  eventIds: z.array(z.string().max(256)).max(64),
  at: z.number(),
});
export type UncertainRecord = z.infer<typeof uncertainRecordSchema>;

/** Case, surrounding and repeated spaces do not make a different answer. */
function sameText(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** The record of an uncertain text turn, or undefined for another kind (only typed answers are repeated). */
export function uncertainRecord(inbound: Inbound, eventIds: readonly string[], now: number): UncertainRecord | undefined {
  if (inbound.kind !== 'text') return undefined;
  return { text: sameText(inbound.text), eventIds: [...eventIds].slice(-64), at: now };
}

/** The event ids of the uncertain turn this event repeats, or undefined. */
export function repeatOf(record: UncertainRecord | undefined, inbound: Inbound, now: number): readonly string[] | undefined {
  if (!record || now - record.at > REPEAT_WINDOW_MS || inbound.kind !== 'text' || sameText(inbound.text) !== record.text) return undefined;
  return record.eventIds;
}

/** A stored record, or undefined when it is not one (written by another version, or damaged). */
export function parseUncertain(raw: string | null | undefined): UncertainRecord | undefined {
  if (!raw) return undefined;
  try {
    const parsed = uncertainRecordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export class UncertainTurns {
  private readonly byOwner = new Map<string, UncertainRecord>();

  remember(owner: string, inbound: Inbound, eventIds: readonly string[], now: number): void {
    const record = uncertainRecord(inbound, eventIds, now);
    if (!record) return;
    setBounded(this.byOwner, owner, record, MAX_REMEMBERED);
  }

  /**
   * The event ids of the uncertain turn this event repeats, or undefined. Any next event of the
   * owner ends the record: only the message right after an uncertain turn can be its repeat.
   */
  take(owner: string, inbound: Inbound, now: number): readonly string[] | undefined {
    const entry = this.byOwner.get(owner);
    if (!entry) return undefined;
    this.byOwner.delete(owner);
    return repeatOf(entry, inbound, now);
  }
}
