import { I_FORMS, JOINT_SUBJECT, WE_FORMS } from './cues.js';
import { CLOCK_AFTER, CLOCK_BEFORE, CODE_AFTER, DAY_PART_AFTER, COUNTED_AFTER, CREDENTIAL_CUE, GENERIC_CREDENTIAL_WORDS, HEDGE, HOUR, MODEL_BEFORE, NAME_BEFORE, NUMBER, ORDINAL_AFTER, SHORTFALL_AFTER, WORDED_METRIC, YEAR } from './signal-cues.js';

/**
 * Whole-answer signals that do not depend on which STAR part a clause is: who did it, numbers,
 * fillers, skills and the credential. Each is one pass of a precompiled expression.
 */

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const COMMA_LIKE = /^,?\s?like,?$/i;
const BRACKETED = /\([^()]*\)/g;
const NOT_NAME_CHARS = /[^\p{L}\p{N}+#]+/gu;

export interface Pronouns {
  i: number;
  we: number;
}

/** Who is said to act: "I" and "we" as subjects (a joint "me and the designer" is a "we"), not "my store" or "our customers". */
export function countPronouns(answer: string): Pronouns {
  // "I think", "I mean" are fillers, not someone doing something.
  const text = answer.replace(HEDGE, ' ');
  const joint = text.match(JOINT_SUBJECT)?.length ?? 0;
  const rest = joint ? text.replace(JOINT_SUBJECT, ' ') : text;
  return { i: rest.match(I_FORMS)?.length ?? 0, we: (rest.match(WE_FORMS)?.length ?? 0) + joint };
}

/** I-forms / (I-forms + we-forms); 0 when neither appears, because then nothing is owned by anyone. */
export const firstPersonRatio = ({ i, we }: Pronouns): number => (i + we === 0 ? 0 : i / (i + we));

export type Voice = 'i' | 'we' | 'mixed';

/**
 * Who the answer says did the work: "I" when at least 3 in 5 of the first-person subjects are
 * "I", "we" when fewer than 1 in 3 are, "mixed" between. Either side of the rubric's "we
 * dominates" line (FIRST_PERSON_MIN, 0.5): "I did X, I did Y, and we hit the target" reads as "I".
 * Our judgment, set against the hand-labelled answers in test/fixtures/star-labelled (where
 * "mixed" answers fall at 0.33-0.5 and "I" answers from 0.67).
 */
export const VOICE_I_MIN = 0.6;
export const VOICE_WE_BELOW = 0.33;
export const voiceOf = (ratio: number): Voice => (ratio >= VOICE_I_MIN ? 'i' : ratio < VOICE_WE_BELOW ? 'we' : 'mixed');

/**
 * Numbers, money, percentages and counted units; a bare year ("in 2021"), an ordinal ("2nd"), a
 * time of day ("2am"), a number used as a name ("Year 10"), a code or standard ("568a") or a model
 * ("a used 2960") is not a measure: a measure is a quantity of something.
 */
export function findMetrics(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const end = match.index + match[0].length;
    const after = text.slice(end, end + 6);
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const code = CODE_AFTER.test(after) || (MODEL_BEFORE.test(before) && !/\D/.test(match[0]) && !COUNTED_AFTER.test(text.slice(end, end + 12)));
    const hour = (CLOCK_BEFORE.test(before) && HOUR.test(match[0]) && !COUNTED_AFTER.test(text.slice(end, end + 12))) || (HOUR.test(match[0]) && DAY_PART_AFTER.test(text.slice(end, end + 32)));
    if (SHORTFALL_AFTER.test(shortfallTail(text, end))) continue;
    if (YEAR.test(match[0]) || ORDINAL_AFTER.test(after) || CLOCK_AFTER.test(after) || hour || before.endsWith(':') || NAME_BEFORE.test(before) || code) continue;
    found.push(match[0]);
  }
  for (const match of text.matchAll(WORDED_METRIC)) if (!SHORTFALL_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 7))) found.push(match[0]);
  return found;
}

/** What follows a number and the word it counts: " short" in "2 drivers short". */
function shortfallTail(text: string, end: number): string {
  const rest = text.slice(end, end + 30);
  const word = /^ [\p{L}-]+/u.exec(rest);
  return word ? rest.slice(word[0].length) : rest;
}

export interface Hedges {
  /** Distinct forms, lower case, in order of first use. */
  forms: string[];
  count: number;
}

export function findHedges(text: string): Hedges {
  const forms = new Set<string>();
  let count = 0;
  for (const match of text.matchAll(HEDGE)) {
    count++;
    forms.add(COMMA_LIKE.test(match[0]) ? 'like' : match[0].toLowerCase());
  }
  return { forms: [...forms], count };
}

/** The part of the extractor the analyzer needs: CoachData's extractor fits. */
export interface SkillFinder {
  /** `inferredFrom`: the skill named that this one was inferred from (sql from postgresql). */
  extract(text: string): readonly { skill: string; inferredFrom?: string }[];
}


/**
 * Skills named in the answer: with an extractor, what it finds (kept to the gap skills when
 * there are any); without one, the gap skill ids themselves as words ("power-bi" matches
 * "Power BI"), which is all a caller without the catalog can give.
 */
export function namedSkills(text: string, gapSkills: readonly string[], extractor?: SkillFinder): string[] {
  if (extractor) {
    const named = [...new Set(extractor.extract(text).map((m) => m.skill))];
    return gapSkills.length ? named.filter((id) => gapSkills.includes(id)) : named;
  }
  // Built per call, as they depend on the caller's gap list (a handful of short ids, escaped).
  return gapSkills.filter((id) => {
    const words = id.split('-').map((part) => part.replace(REGEX_SYNTAX, '\\$&'));
    return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[ -]?')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  });
}

/**
 * Whether the answer uses the credential as evidence: a word like "capstone" or "certificate",
 * or most of the distinctive words of its name ("Google Data Analytics" for the Google Data
 * Analytics Professional Certificate).
 */
export function mentionsCredential(text: string, credentialName?: string): boolean {
  return CREDENTIAL_CUE.test(text) || namesCredential(text, credentialName);
}

/**
 * Whether the answer names this credential itself, by most of the distinctive words of its name.
 * A bare "certificate" or "badge" does not say which one: for a credential only chosen, not held,
 * only its name shows the person has done it.
 */
export function namesCredential(text: string, credentialName?: string): boolean {
  if (!credentialName) return false;
  // Exam codes in brackets ("(SY0-701)") are not how people name what they passed.
  const distinctive = credentialName
    .replace(BRACKETED, ' ')
    .toLowerCase()
    .split(NOT_NAME_CHARS)
    .filter((word) => word.length > 1 && !GENERIC_CREDENTIAL_WORDS.has(word));
  if (distinctive.length === 0) return false;
  const lower = ` ${text.toLowerCase().replace(NOT_NAME_CHARS, ' ')} `;
  const present = distinctive.filter((word) => lower.includes(` ${word} `)).length;
  return present >= Math.ceil(distinctive.length * 0.6);
}
