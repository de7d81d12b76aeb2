import type { CatalogCredential } from '../data/credentials-schema.js';

/**
 * How long a credential takes at the learner's pace.
 *
 * Rule: hours = the midpoint of the catalog's min and max, or min when max is null ("100+ hours":
 * the only number we have; the reason says it is a floor). weeks = hours / hours per week,
 * rounded up (you study whole weeks). Months are weeks × 12 / 52: fractional for timing renewals,
 * rounded up for billing a monthly subscription. No hours in the catalog means unknown, never 0.
 */

export type StudyTime =
  | {
      readonly known: true;
      readonly hours: number;
      readonly weeks: number;
      /** weeks × 12 / 52, not rounded: when the credential is earned, in months from the start. */
      readonly months: number;
      /** Whole months a monthly subscription is paid for. */
      readonly billedMonths: number;
      readonly basis: string;
    }
  | { readonly known: false; readonly reason: string };

export function studyHours(credential: CatalogCredential): { hours: number; basis: string } | null {
  const { hours } = credential;
  if (!hours) return null;
  if (hours.max === null) return { hours: hours.min, basis: `at least ${hours.min} h (no maximum published, so this is a floor)` };
  if (hours.max === hours.min) return { hours: hours.min, basis: `${hours.min} h` };
  return { hours: (hours.min + hours.max) / 2, basis: `midpoint of ${hours.min}–${hours.max} h` };
}

/** Weeks and months for a number of study hours at a pace (also used for the user's own estimates). */
export function timeForHours(hours: number, hoursPerWeek: number, basis: string): StudyTime {
  const weeks = Math.ceil(hours / hoursPerWeek);
  // weeks × 12 / 52 in this order: 13 weeks is exactly 3 months, not 3.0000000000000004.
  const months = (weeks * 12) / 52;
  return { known: true, hours, weeks, months, billedMonths: Math.ceil(months), basis: `${basis} at ${hoursPerWeek} h a week` };
}

export function timeToFinish(credential: CatalogCredential, hoursPerWeek: number): StudyTime {
  const study = studyHours(credential);
  if (!study) return { known: false, reason: `the catalog has no hours of work for ${credential.name} (${credential.duration})` };
  return timeForHours(study.hours, hoursPerWeek, study.basis);
}
