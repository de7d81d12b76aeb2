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
});
export type CheckinProfile = z.infer<typeof checkinProfileSchema>;
export type CheckinLog = z.infer<typeof checkinLogSchema>;

/** The person's check-in settings, or undefined when they have none (or they no longer read). */
export function checkinsOf(profile: Readonly<Record<string, unknown>>): CheckinProfile | undefined {
  if (profile.checkins === undefined) return undefined;
  const parsed = checkinProfileSchema.safeParse(profile.checkins);
  return parsed.success ? parsed.data : undefined;
}

export const hoursLogged = (checkins: CheckinProfile | undefined): number => (checkins?.log ?? []).reduce((sum, entry) => sum + (entry.hours ?? 0), 0);
