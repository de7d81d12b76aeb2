import type { CheckinSchedule } from './checkin-schedule.js';

/**
 * What to do when a person's weekly check-in comes due, from the schedule and when they last
 * answered. A check-in sent and not answered by the next one is missed; after two missed in a
 * row the coach asks once whether to go on, and if that goes unanswered too, it stops.
 */
export type CheckinAction = { kind: 'send'; schedule: CheckinSchedule } | { kind: 'ask-continue'; schedule: CheckinSchedule } | { kind: 'stop' };

export const MISSED_BEFORE_ASKING = 2;

/** Whether the person answered since the last check-in was sent (or none was sent yet). */
export const answeredSince = (answeredAt: string | undefined, sentAt: string | undefined): boolean =>
  sentAt === undefined || (answeredAt !== undefined && Date.parse(answeredAt) >= Date.parse(sentAt));

export function decideCheckin(schedule: CheckinSchedule, answeredAt: string | undefined, now: Date): CheckinAction {
  const answered = answeredSince(answeredAt, schedule.lastSentAt);
  const lastSentAt = now.toISOString();
  if (answered) return { kind: 'send', schedule: { ...schedule, missed: 0, askedToContinue: false, lastSentAt } };
  if (schedule.askedToContinue) return { kind: 'stop' };
  const missed = schedule.missed + 1;
  if (missed >= MISSED_BEFORE_ASKING) return { kind: 'ask-continue', schedule: { ...schedule, missed, askedToContinue: true, lastSentAt } };
  return { kind: 'send', schedule: { ...schedule, missed, lastSentAt } };
}
