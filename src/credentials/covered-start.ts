import type { ScoredCredential } from './score-credential.js';
import { weeksOf } from './later-steps.js';
import { weeksText } from './time-to-finish.js';

/**
 * A path that starts above a beginner's course the person's work already covers (person-fit.ts
 * workCovers: a project-management course for an event planner of 12 years), said to them: the rung
 * it starts on, its education prerequisite where it has one, and the course as one way to meet it.
 */

/** "23 hours of project-management education" in a prerequisite: what a course before the exam gives. */
const EDUCATION_HOURS = /\b(\d+) hours of ([a-z][a-z -]*? education)\b/i;

/**
 * Why the path does not start with the beginner's course below its first rung: the person's work
 * covers it. Said with the rung's education prerequisite, which the course is one way to meet
 * ("CAPM asks for 23 hours of project-management education first, which a short course gives you;
 * Google's certificate is one way to get them, but a long one (about 25 weeks) for someone with 12
 * years as an event planner"), or, with none, as a course their experience already covers.
 */
export function skipSentence(first: ScoredCredential, skipped: ScoredCredential, experience: string): string {
  const hours = first.credential.prerequisites.map((p) => EDUCATION_HOURS.exec(p)).find((m) => m !== null);
  const weeks = weeksOf(skipped);
  const long = weeks === null ? 'a long one' : `a long one (about ${weeksText(weeks)})`;
  if (hours) {
    return ` It asks for ${hours[1]} hours of ${hours[2]} first, which a short course gives you (its time counts them); ${skipped.credential.name} is one way to get them, but ${long} for someone with ${experience}.`;
  }
  return ` ${skipped.credential.name} is a beginner's course your ${experience} already cover, so you can start here.`;
}

/** The education hours a rung asks for before its exam ("23"), when its prerequisites say so. */
const educationHours = (credential: ScoredCredential['credential']): string | undefined =>
  credential.prerequisites.map((p) => EDUCATION_HOURS.exec(p)?.[1]).find((h) => h !== undefined);

/** Beside the course the path starts above: what it is for them now. */
export function coveredNote(lead: ScoredCredential['credential'], experience: string): string {
  const hours = educationHours(lead);
  return `It is a beginner's course your ${experience} already cover: ${lead.name} comes first${hours ? `, and this is one way to get the ${hours} hours of education it asks for` : ''}.`;
}
