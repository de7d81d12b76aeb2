import { z } from 'zod';
import { weeklyTimeSchema } from './weekly-time.js';

/**
 * One person's weekly check-in, as the scheduler keeps it: who, where to reach them, when (in
 * their own zone), and how the last ones went. Validated whenever it is read back from Redis.
 */
export const checkinScheduleSchema = z.object({
  user: z.object({ platform: z.string().min(1), tenant: z.string().min(1), user: z.string().min(1) }),
  /** Where the check-in goes (a DM channel), when the platform needs one besides the user id. */
  conversation: z.string().min(1).optional(),
  when: weeklyTimeSchema,
  /** The profile's `checkins.setAt` this schedule was made from (sync-checkins.ts). */
  setAt: z.string(),
  /** Check-ins sent and not answered since the last answer. */
  missed: z.number().int().min(0).default(0),
  /** After two missed in a row the coach asks once whether to go on; unanswered, it stops. */
  askedToContinue: z.boolean().default(false),
  /** ISO instant of the last check-in sent; answers after it reset `missed`. */
  lastSentAt: z.string().optional(),
});
export type CheckinSchedule = z.infer<typeof checkinScheduleSchema>;
export type CheckinScheduleInput = z.input<typeof checkinScheduleSchema>;
