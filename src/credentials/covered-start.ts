import type { ScoredCredential } from './score-credential.js';
import { weeksOf } from './later-steps.js';
import { weeksText } from './time-to-finish.js';

/**
 * A path that starts above a beginner's course the person is past, said to them: the rung it starts
 * on, its education prerequisite where it has one, and the course as one way to meet it. Past it by
 * their work (person-fit.ts workCovers: a project-management course for an event planner of 12 years),
 * or by their standing (toward-named.ts pastStarters: the gap report says they are close or ready).
 */

/** Why a beginner's course is behind the person, said two ways. */
export interface Past {
  /** Completes "a beginner's course …": "your 12 years as an event planner already cover". */
  readonly cover: string;
  /** Completes "a long one for …": "someone with 12 years as an event planner". */
  readonly who: string;
}

/** Past it by their work: "12 years as an event planner". */
export const pastByWork = (experience: string): Past => ({ cover: `your ${experience} already cover`, who: `someone with ${experience}` });

/** Past it by where the gap report puts them: close or ready. */
export const pastByStanding = (verdict: 'close' | 'ready'): Past => {
  const standing = verdict === 'ready' ? 'ready to apply' : 'close to ready';
  return { cover: `you are past now that you are ${standing}`, who: `someone ${standing}` };
};

/** "23 hours of project-management education" in a prerequisite: what a course before the exam gives. */
const EDUCATION_HOURS = /\b(\d+) hours of ([a-z][a-z -]*? education)\b/i;

/**
 * Why the path does not start with the beginner's course below its first rung: the person is past it.
 * Said with the rung's education prerequisite, which the course is one way to meet ("CAPM asks for 23
 * hours of project-management education first, which a short course gives you; Google's certificate
 * is one way to get them, but a long one (about 25 weeks) for someone with 12 years as an event
 * planner"), or, with none, as a course they are past.
 */
export function skipSentence(first: ScoredCredential, skipped: ScoredCredential, past: Past): string {
  const hours = first.credential.prerequisites.map((p) => EDUCATION_HOURS.exec(p)).find((m) => m !== null);
  const weeks = weeksOf(skipped);
  const long = weeks === null ? 'a long one' : `a long one (about ${weeksText(weeks)})`;
  if (hours) {
    return ` It asks for ${hours[1]} hours of ${hours[2]} first, which a short course gives you (its time counts them); ${skipped.credential.name} is one way to get them, but ${long} for ${past.who}.`;
  }
  return ` ${skipped.credential.name} is a beginner's course ${past.cover}, so you can start here.`;
}

/** The education hours a rung asks for before its exam ("23"), when its prerequisites say so. */
const educationHours = (credential: ScoredCredential['credential']): string | undefined =>
  credential.prerequisites.map((p) => EDUCATION_HOURS.exec(p)?.[1]).find((h) => h !== undefined);

/** Beside the course the path starts above: what it is for them now. */
export function coveredNote(lead: ScoredCredential['credential'], past: Past): string {
  const hours = educationHours(lead);
  return `It is a beginner's course ${past.cover}: ${lead.name} comes first${hours ? `, and this is one way to get the ${hours} hours of education it asks for` : ''}.`;
}
