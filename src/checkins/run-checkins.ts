import type { StoredProfile } from '../engine/engine.js';
import type { InboundInput } from '../engine/inbound.js';
import type { Reply } from '../engine/reply.js';
import { CommitUncertainError, StoreUnavailableError } from '../engine/session-store.js';
import type { SessionStore, UserRef } from '../engine/session-store.js';
import { checkinsOf, stoppedAfterMissed } from './checkin-profile.js';
import { changeProfile } from './change-profile.js';
import type { CheckinSchedule } from './checkin-schedule.js';
import type { CheckinQueue } from './checkin-queue.js';
import type { Claimed } from './checkin-store.js';
import { answeredSince, decideCheckin } from './decide-checkin.js';
import { nextWeekly } from './weekly-time.js';

/**
 * One pass over the check-ins due at `now`, by any of the coach's processes or by
 * `pivot checkins run`: claim what is due (no other process gets the same one), decide what the
 * week calls for, let the engine run the check-in as a turn of the person's own session (so the
 * answer buttons belong to a real question and the plan is updated by the flow), send the replies
 * on the person's platform, then schedule next week. Each claim is its own turn (the event id
 * carries the claim's token): if a process dies after the turn and before sending, the next claim
 * asks the same question again, and it is still one question in the session.
 */

export interface CheckinEngine {
  handle(inbound: InboundInput): Promise<Reply[]>;
  storedProfile(user: UserRef): Promise<StoredProfile>;
  /** Where the sessions live: a stop after missed check-ins changes the profile there, outside a turn. */
  readonly store: SessionStore;
}

/**
 * Sends a check-in's replies to the person, on one platform; throws when it could not (tried
 * again later), or throws CheckinUndeliverable when it never can.
 */
export type SendCheckin = (schedule: CheckinSchedule, replies: readonly Reply[]) => Promise<void>;

/**
 * A check-in that can never reach the person (their Slack workspace uninstalled the app): the
 * schedule is dropped instead of being tried again every few minutes for ever. The message says why.
 */
export class CheckinUndeliverable extends Error {
  override readonly name = 'CheckinUndeliverable';
}

/** The flows the engine runs for a check-in (flows/checkins.ts): this week's, or "shall we go on?". */
export const CHECKIN_COMMAND = 'checkin';
export const CONTINUE_COMMAND = 'checkin-continue';

export interface RunCheckinsOptions {
  store: CheckinQueue;
  engine: CheckinEngine;
  now: Date;
  /** The sessions' idle expiry, as the engine's (config.sessionTtlMs): a stop writes the person's profile. */
  sessionTtlMs: number;
  /** By platform; a platform without one leaves its check-ins for a process that has it. */
  senders: Readonly<Record<string, SendCheckin>>;
  /** How long a claim keeps others off: longer than a send takes. */
  leaseMs?: number;
  /** When a failed send, or one no sender here can make, is tried again. */
  retryMs?: number;
  limit?: number;
}

export type CheckinOutcome = 'sent' | 'asked-to-continue' | 'stopped' | 'forgotten' | 'opted-out' | 'no-sender' | 'failed' | 'dropped' | 'lost';

export interface CheckinResult {
  readonly user: UserRef;
  readonly dueAt: Date;
  readonly outcome: CheckinOutcome;
  /** When the next one is due, when there is one. */
  readonly next?: Date;
  /** Why a check-in was dropped (CheckinUndeliverable's message). */
  readonly reason?: string;
}

export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_RETRY_MS = 5 * 60_000;

export async function runDueCheckins(options: RunCheckinsOptions): Promise<CheckinResult[]> {
  const { store, now } = options;
  const claimed = await store.claim(now, { leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS, limit: options.limit });
  const results: CheckinResult[] = [];
  for (const claim of claimed) results.push(await runOne(options, claim));
  return results;
}

async function runOne(options: RunCheckinsOptions, claim: Claimed): Promise<CheckinResult> {
  const { store, engine, now } = options;
  const { schedule, dueAt } = claim;
  const user: UserRef = schedule.user;
  const result = (outcome: CheckinOutcome, next?: Date, reason?: string): CheckinResult => ({ user, dueAt, outcome, ...(next ? { next } : {}), ...(reason ? { reason } : {}) });
  const stored = await engine.storedProfile(user);
  if (stored.kind === 'none') {
    await store.complete(claim, null);
    return result('forgotten');
  }
  const checkins = stored.kind === 'profile' ? checkinsOf(stored.profile) : undefined;
  if (stored.kind === 'profile' && !checkins?.enabled) {
    await store.complete(claim, null);
    return result('opted-out');
  }
  const retryAt = new Date(now.getTime() + (options.retryMs ?? DEFAULT_RETRY_MS));
  const action = decideCheckin(schedule, checkins?.answeredAt, now);
  // Stopping sends nothing, so it needs no sender: any process can do it.
  if (action.kind === 'stop') return stop(options, claim, retryAt, result);
  const send = options.senders[user.platform];
  if (!send) {
    await store.release(claim, retryAt);
    return result('no-sender');
  }
  // Read again just before sending: someone who opted out a moment ago hears nothing more.
  if (!(await store.has(user))) {
    await store.complete(claim, null);
    return result('opted-out');
  }
  const replies = await engine.handle(checkinTurn(claim, action.kind === 'ask-continue' ? CONTINUE_COMMAND : CHECKIN_COMMAND));
  try {
    if (replies.length > 0) await send(action.schedule, replies);
  } catch (error) {
    if (error instanceof CheckinUndeliverable) {
      const settled = await store.complete(claim, null);
      return result(settled === 'lost' ? 'lost' : 'dropped', undefined, error.message);
    }
    const settled = await store.release(claim, retryAt);
    return result(settled === 'ok' ? 'failed' : 'lost');
  }
  const next = nextWeekly(action.schedule.when, new Date(Math.max(now.getTime(), dueAt.getTime())));
  const settled = await store.complete(claim, next, action.schedule);
  if (settled === 'gone') return result('opted-out');
  if (settled === 'lost') return result('lost');
  return result(action.kind === 'ask-continue' ? 'asked-to-continue' : 'sent', next);
}

/** A check-in as a turn of the person's own session; the claim's token makes it one event, however often it is tried. */
function checkinTurn(claim: Claimed, name: string): InboundInput {
  const { user, conversation } = claim.schedule;
  return { platform: user.platform, tenant: user.tenant, user: user.user, conversation: conversation ?? user.user, eventId: `checkin:${claim.token}`, kind: 'command', name, args: '' };
}

/**
 * Two missed and the question after them unanswered: the check-ins stop, and the person's own
 * profile must say so, or their next turn would still find them on (`checkins` would say "You
 * have a weekly check-in every…", and their next change to the profile would schedule them again).
 * The profile is changed outside a turn (change-profile.ts): where they are in the conversation
 * stays as it was, so whatever they say next answers what they were last asked, and the coach
 * tells them then (flows/checkins.ts). Nothing is sent now: after three unanswered messages a
 * fourth would be nagging. The change is decided on the profile as stored at the moment of
 * writing: someone who answered meanwhile is not stopped. The schedule ends only once the
 * profile reads "off"; a write that did not land (the store busy or down) is tried again like a
 * failed send, and someone who answered meanwhile gets this week's check-in at the next pass.
 */
async function stop(options: RunCheckinsOptions, claim: Claimed, retryAt: Date, result: (outcome: CheckinOutcome) => CheckinResult): Promise<CheckinResult> {
  const { store, engine, now } = options;
  const { user, lastSentAt } = claim.schedule;
  try {
    await changeProfile(engine.store, user, {
      eventId: `checkin-stop:${claim.token}`,
      ttlMs: options.sessionTtlMs,
      now,
      change: (profile) => {
        const checkins = checkinsOf(profile);
        if (!checkins?.enabled || answeredSince(checkins.answeredAt, lastSentAt)) return undefined;
        return { checkins: stoppedAfterMissed(checkins, now) };
      },
    });
  } catch (error) {
    // The write may or may not have landed: what the profile says now decides.
    if (!(error instanceof StoreUnavailableError || error instanceof CommitUncertainError)) throw error;
  }
  const after = await engine.storedProfile(user);
  const checkins = after.kind === 'profile' ? checkinsOf(after.profile) : undefined;
  if (checkins?.enabled) {
    const answered = answeredSince(checkins.answeredAt, lastSentAt);
    const settled = await store.release(claim, answered ? now : retryAt);
    return result(settled === 'ok' ? 'failed' : 'lost');
  }
  // 'stopped', or 'lost' if the lease ran out meanwhile: the profile says off, so whoever holds it now ends it too.
  await store.complete(claim, null);
  return result('stopped');
}
