import { z } from 'zod';
import { weeklyTimeSchema } from './weekly-time.js';

/**
 * What a person's profile keeps about weekly check-ins (written by the check-in flows, field
 * `checkins`): whether they want them and when, when they last answered, and what they logged.
 * The Redis schedule (checkin-store.ts) is an index of the profiles that have them on.
 */
export const checkinLogSchema = z.object({
  /** ISO instant of the answer. */
  at: z.string(),
  outcome: z.enum(['done', 'behind', 'skip']),
  /** Hours studied that week, as the person said. */
  hours: z.number().min(0).max(168).optional(),
  /** The plan step the week was about. */
  step: z.number().int().optional(),
});

export const checkinProfileSchema = z.object({
  enabled: z.boolean(),
  when: weeklyTimeSchema.optional(),
  /** When `enabled` or `when` last changed: the schedule is rewritten when it differs. */
  setAt: z.string(),
  answeredAt: z.string().optional(),
  log: z.array(checkinLogSchema).default([]),
  /**
   * Hours of the answers dropped from `log` once it is full (CHECKIN_LOG_MAX), so the total stays
   * right; present only once some were dropped, which tells that the log no longer starts at the
   * first check-in.
   */
  hoursBefore: z.number().min(0).optional(),
  /**
   * ISO instant the scheduler stopped them (`enabled` false) after two missed check-ins and an
   * unanswered "shall I go on?" (run-checkins.ts): the coach says so plainly on the person's next
   * turn and in `status`. Gone once they are on again, or the person has said no to them.
   */
  stoppedAfterMissed: z.string().optional(),
});
export type CheckinProfile = z.infer<typeof checkinProfileSchema>;
export type CheckinLog = z.infer<typeof checkinLogSchema>;

/** The person's check-in settings, or undefined when they have none (or they no longer read). */
export function checkinsOf(profile: Readonly<Record<string, unknown>>): CheckinProfile | undefined {
  if (profile.checkins === undefined) return undefined;
  const parsed = checkinProfileSchema.safeParse(profile.checkins);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The settings once the scheduler has stopped them after two missed check-ins and an unanswered
 * "shall I go on?": off, changed now (so every process's sync removes the schedule), and why.
 */
export function stoppedAfterMissed(checkins: CheckinProfile, now: Date): CheckinProfile {
  const at = now.toISOString();
  return { ...checkins, enabled: false, setAt: at, stoppedAfterMissed: at };
}

/** The settings without the note that the scheduler stopped them: they are on again, or the person has answered about it. */
export function withoutStopNote(checkins: CheckinProfile): CheckinProfile {
  const rest = { ...checkins };
  delete rest.stoppedAfterMissed;
  return rest;
}

/** Two years of weekly answers: longer than any plan runs, and a few kilobytes in the session. */
export const CHECKIN_LOG_MAX = 104;

/** The settings with one more answer logged; past CHECKIN_LOG_MAX the oldest go, their hours kept in `hoursBefore`. */
export function logAnswer(checkins: CheckinProfile, entry: CheckinLog): CheckinProfile {
  const log = [...checkins.log, entry];
  const dropped = log.slice(0, Math.max(0, log.length - CHECKIN_LOG_MAX));
  if (dropped.length === 0) return { ...checkins, log };
  return { ...checkins, log: log.slice(dropped.length), hoursBefore: (checkins.hoursBefore ?? 0) + sumHours(dropped) };
}

const sumHours = (log: readonly CheckinLog[]): number => log.reduce((sum, entry) => sum + (entry.hours ?? 0), 0);

export const hoursLogged = (checkins: CheckinProfile | undefined): number => (checkins?.hoursBefore ?? 0) + sumHours(checkins?.log ?? []);
