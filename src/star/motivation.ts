import type { ClassifiedClause } from './classify.js';
import { fillerHeavy, ownSteps, rightLength, tooLong, tooLongTimes, type Findings } from './feedback.js';
import { PENALTY, TARGET_SECONDS } from './star-rubric.js';

/**
 * A motivation question ("why are you moving into tech now?") is no story: a coach listens for
 * four things, not a Situation, Task, Action and Result. Why this work, why now, what carries over
 * from the work the person does today, and what they have already done about it. This module
 * reads those four, scores them, and says which the answer shows, in its own words.
 */

export interface MotivationReading {
  /** Why this work: a reason of their own ("because", "I love", "tired of"). */
  whyTech: boolean;
  /** Why now: what changed, or when ("after 22 years", "last year", "now that the kids are at school"). */
  whyNow: boolean;
  /** What carries over from the work they do now, or the link to the role. */
  carriesOver: boolean;
  /** Something done about it: a step of their own, a course, a certificate. */
  done: boolean;
}

/** Why: "because", "I want to", "tired of", "my knees are shot", "I always liked fixing". */
const REASON =
  /\b(?:because|since|so that|that is why|that's why|i want(?:ed)? to|i'?d like to|i would like to|tired of|sick of|burn(?:ed|t) out|shot|hurt|injur\w*|love|enjoy\w*|interest\w*|curious|fascinat\w*|always (?:liked|loved|been)|the part (?:of (?:the|my) (?:job|work) )?(?:that )?i (?:like|liked|love|loved|enjoy|enjoyed)|(?:liked|loved|enjoyed)(?: [\w-]+){0,2} most)\b/i;
/**
 * Why now: a turn in the person's life or work ("after 22 years", "since my injury", "we retired",
 * "now that", "the restaurant closed"), or a time said as a date is (TIME_ANCHOR).
 */
const WHY_NOW =
  /\b(?:now that|right now|this year|at last|finally|for the first time|(?:after|for) (?:\d+|[a-z]+|over [a-z\d]+) (?:years?|decades?)|since (?:my|the|our|i|we)\b|when (?:my|the|our) [\w-]+ (?:closed|shut|ended|finished|moved|changed|grew|started|left)|redundan\w*|laid off|lay-?offs?|retir\w*|injur\w*|(?:closed|shut) down|(?:is|are|was|were) (?:closing|shrinking|being automated|automat\w*)|the (?:right )?time (?:is|was) right|ready for|no longer|any more|anymore)\b/i;
/**
 * What carries over: the work they do today named as what they bring ("I already", "the same
 * skills", "what I do every day as a chef"), or the TRANSFER cue's link to the role.
 */
const CARRIES = /\b(?:already|the same (?:skills?|thing|work|way|habits?|problems?)|transferable|carr(?:y|ies|ied) over|i(?:'d| would| will|'ll| can) bring|in my (?:current|old|last|previous|own) (?:job|work|role|career)|every day (?:as|at|in)|(?:years|time) (?:as|of) (?:an? )?[\w-]+ (?:taught|gave|showed) me|(?:is|are|was) (?:basically|really|just|a lot like|like) (?:what|the) )\b/i;

export function readMotivation(f: Findings): MotivationReading {
  return {
    whyTech: REASON.test(f.text),
    whyNow: WHY_NOW.test(f.text) || f.clauses.some((c) => c.timeAnchored),
    carriesOver: CARRIES.test(f.text) || f.clauses.some((c) => c.transfer) || (!!f.roleName && f.text.toLowerCase().includes(f.roleName.toLowerCase())),
    done: ownSteps(f).length > 0 || !!f.mentionsCredential,
  };
}

/** The first clause that shows one of the four, for praise in the user's words. */
export function motivationClause(f: Findings, what: keyof MotivationReading): ClassifiedClause | undefined {
  const pattern = { whyTech: REASON, whyNow: WHY_NOW, carriesOver: CARRIES, done: undefined }[what];
  if (what === 'done') return ownSteps(f)[0];
  return f.clauses.find((c) => pattern?.test(c.text) || (what === 'whyNow' && c.timeAnchored) || (what === 'carriesOver' && c.transfer));
}

/**
 * A motivation answer's score: the reason and what was done about it carry it, the link to the
 * role and a length an interviewer can follow complete it (MOTIVATION_WEIGHT, our judgment, read
 * the way star-rubric.md weighs a story's parts); no Situation-Task-Action-Result is asked of it.
 * Why now is coached, not scored: many honest answers have no turning point to name.
 */
export const MOTIVATION_WEIGHT = { reason: 35, done: 35, linked: 15, length: 15 } as const;
export function motivationScore(f: Findings): number {
  const says = readMotivation(f);
  // Length counts in proportion up to the minute an interviewer expects: 16 s is a start, 45 s most of it.
  const length = tooLong(f) ? 0.5 : Math.min(1, f.speakingSeconds / TARGET_SECONDS.min);
  const base =
    (says.whyTech ? MOTIVATION_WEIGHT.reason : 0) + (says.done ? MOTIVATION_WEIGHT.done : 0) + (says.carriesOver ? MOTIVATION_WEIGHT.linked : 0) + MOTIVATION_WEIGHT.length * length;
  const penalties = PENALTY.tooLong * Math.min(PENALTY.tooLongMaxTimes, tooLongTimes(f)) + (fillerHeavy(f) ? PENALTY.fillers : 0);
  return Math.round(Math.min(100, Math.max(0, base - penalties)));
}

/** All four said, at a length an interviewer can follow: the feedback leads with praise. */
export function motivationStrong(f: Findings, reading: MotivationReading): boolean {
  return reading.whyTech && reading.whyNow && reading.carriesOver && reading.done && rightLength(f);
}

const SAID: Record<keyof MotivationReading, string> = {
  whyTech: 'why you want this work',
  whyNow: 'why now',
  carriesOver: 'what carries over from the work you do now',
  done: 'what you have done about it',
};
const ORDER: readonly (keyof MotivationReading)[] = ['whyTech', 'whyNow', 'carriesOver', 'done'];
const listed = (items: string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`);

/** What an interviewer listens for in a motivation answer, and which of it this one says, in a sentence or two. */
export function motivationSummary(reading: MotivationReading): string {
  const has = ORDER.filter((k) => reading[k]).map((k) => SAID[k]);
  const missing = ORDER.filter((k) => !reading[k]).map((k) => SAID[k]);
  if (missing.length === 0) return `Your answer says all four things an interviewer listens for here: ${listed(has)}.`;
  if (has.length === 0) return `An interviewer listens here for four things: ${listed(missing)}. Your answer does not say them yet.`;
  return `Your answer says ${listed(has)}. Not there yet: ${listed(missing)}.`;
}
