import { wholeNumber } from './read/number.js';
import { readYesNo } from './read/yes-no.js';
import { cleanHumanText } from './read/clean.js';
import { maskSecrets } from './read/secrets.js';
import type { SecretKind } from './read/secrets.js';

/**
 * Everything that turns what people type into what a step can use. Each reader lives in its
 * own module under ./read and returns what it understood, not just a value, so a step can say
 * what it read and ask about it instead of guessing:
 * - number.ts: "about 85k", "10 or 15", "I'm 45, been nursing about 20 years", "half a year"
 * - yes-no.ts: "no, I can pay within my budget", "yeah sure why not"
 * - choice.ts: "option 4", "the fourth one"; numbered picks in a free answer ("1, 3 and Python")
 * - keywords.ts: "Done.", "None.", "SKIP!", and "not sure, I like numbers" with what follows
 * - question.ts: "is there a free option?" asked at any step
 *
 * Before any of them, every message is cleaned where it enters (the inbound schema calls
 * cleanInbound): clean.ts drops terminal escapes, invisible controls and broken surrogates, and
 * secrets.ts leaves out card numbers, social security numbers, passwords and keys, so none of
 * them is ever read, stored or echoed.
 */
export { readNumber, wholeNumber } from './read/number.js';
export type { Currency, NumberReading, Period, Said, Unit, Want } from './read/number.js';
export { numberProblem } from './read/number-problem.js';
export { readYesNo } from './read/yes-no.js';
export type { YesNoReading } from './read/yes-no.js';
export { readChoice, readPicks } from './read/choice.js';
export type { ChoiceReading } from './read/choice.js';
export { commandText, isKeyword, readKeyword, readUnsure } from './read/keywords.js';
export type { Keyword, UnsureReading } from './read/keywords.js';
export { readQuestion } from './read/question.js';
export type { QuestionReading } from './read/question.js';
export { cleanHumanText } from './read/clean.js';
export { LEFT_OUT, maskSecrets, secretNotice } from './read/secrets.js';
export type { SecretKind } from './read/secrets.js';

/** A message as it may be kept: cleaned, then with likely secrets left out (`found` says which). */
export function cleanInbound(text: string): { text: string; found: SecretKind[] } {
  return maskSecrets(cleanHumanText(text));
}

/**
 * A number that is the whole answer ("$2,000", "ten hrs", "1 000"), or undefined: none, or
 * more than one ("10-15" is two numbers, never their sum).
 */
export function parseHumanNumber(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  return typeof input === 'string' ? wholeNumber(input) : undefined;
}

/** true for yes-like answers, false for no-like ones, undefined when it is neither (or unsure). */
export function parseYesNo(input: unknown): boolean | undefined {
  if (typeof input === 'boolean') return input;
  if (typeof input !== 'string') return undefined;
  const reading = readYesNo(input);
  return reading.kind === 'yes' ? true : reading.kind === 'no' ? false : undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Emoji, punctuation or markdown alone carries no answer. */
export function hasWords(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}
