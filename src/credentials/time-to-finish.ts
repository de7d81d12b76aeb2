import type { CatalogCredential } from '../data/credentials-schema.js';

/**
 * How long a credential takes at the learner's pace.
 *
 * Rule: hours = the midpoint of the catalog's min and max, or min when max is null ("100+ hours":
 * the only number we have; the basis says it is a floor). Where the provider states a duration at
 * a pace (`pace`), that duration is used at a pace inside its range, and the nearest end's hours
 * outside it, said in words ("that assumes at least 5 hours a week, so at fewer it takes longer"). weeks = hours / hours per week,
 * rounded up (you study whole weeks). Months are weeks × 12 / 52: fractional for timing renewals,
 * rounded up for billing a monthly subscription. No hours in the catalog means unknown, never 0.
 * The basis is said to the person, in brackets after the weeks: the hours and the catalog's
 * `says` ("20–40 hours, an estimate from study guides; I found no figure from Microsoft"), never its
 * research `basis` (study-guide names, the reference's rows). A credential without `says` (a test's
 * hand-made one) is labelled by its kind only: the provider's own figure, or a planning estimate.
 */

export type HoursSource = 'provider' | 'estimate';

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
      /** The provider's own figure, or a planning estimate (also for the learner's own estimate). */
      readonly source: HoursSource;
    }
  | { readonly known: false; readonly reason: string };

/** "1 week", "4 weeks": a quick credential takes one week, not "1 weeks". */
export const weeksText = (weeks: number): string => `${weeks} week${weeks === 1 ? '' : 's'}`;

/** "20–40 hours", "16 hours", "21 or more hours": the hours in words. */
const range = (min: number, max: number | null) => (max === null ? `${min} or more hours` : max === min ? `${min} hour${min === 1 ? '' : 's'}` : `${min}–${max} hours`);

/** Whose figure it is, in words for the person. */
function saysOf(credential: CatalogCredential, source: HoursSource): string {
  return credential.hours?.says ?? (source === 'provider' ? "the provider's own figure" : 'a planning estimate');
}

export function studyHours(credential: CatalogCredential): { hours: number; basis: string; source: HoursSource } | null {
  const { hours } = credential;
  if (!hours) return null;
  const source: HoursSource = hours.kind ?? 'estimate';
  const basis = `${range(hours.min, hours.max)}, ${saysOf(credential, source)}`;
  const value = hours.max === null ? hours.min : (hours.min + hours.max) / 2;
  return { hours: value, basis, source };
}

/** Weeks and months for a number of study hours at a pace (also used for the user's own estimates). */
export function timeForHours(hours: number, hoursPerWeek: number, basis: string, source: HoursSource = 'estimate'): StudyTime {
  const weeks = Math.ceil(hours / hoursPerWeek);
  // weeks × 12 / 52 in this order: 13 weeks is exactly 3 months, not 3.0000000000000004.
  const months = (weeks * 12) / 52;
  return { known: true, hours, weeks, months, billedMonths: Math.ceil(months), basis, source };
}

export function timeToFinish(credential: CatalogCredential, hoursPerWeek: number): StudyTime {
  const study = studyHours(credential);
  if (!study) return { known: false, reason: `I have no study hours for ${credential.name}` };
  const pace = credential.hours?.pace;
  if (!pace) return timeForHours(study.hours, hoursPerWeek, study.basis, study.source);
  // The provider's duration holds at its stated pace; outside it, the hours of the nearest stated pace.
  const at = Math.min(Math.max(hoursPerWeek, pace.minPerWeek), pace.maxPerWeek);
  // The provider's duration at its pace is the figure said, not the min–max range.
  const said = saysOf(credential, study.source);
  const basis =
    hoursPerWeek < pace.minPerWeek
      ? `${said}; that assumes at least ${pace.minPerWeek} hours a week, so at fewer it takes longer`
      : hoursPerWeek > pace.maxPerWeek
        ? `${said}; at more hours a week it goes quicker`
        : said;
  return timeForHours(at * pace.weeks, hoursPerWeek, basis, study.source);
}

/**
 * The sentence under a plan whose study date rests on a planning estimate: "The date for CompTIA
 * Network+ rests on 90–130 hours, an estimate from study guides …". The basis already says it is an
 * estimate (data:check makes every estimate's `says` say so), so the sentence leading into it does
 * not say "estimate" again. Undefined for the provider's own figure or unknown hours.
 */
export function estimateDateSentence(name: string, time: StudyTime): string | undefined {
  if (!time.known || time.source !== 'estimate') return undefined;
  const basis = /\bestimate\b/i.test(time.basis) ? time.basis : `${time.basis}, a planning estimate`;
  return `The date for ${name} rests on ${basis}.`;
}
