import { wholeNumber } from './number.js';
import { bare } from './text.js';

/**
 * Which option of a list an answer picks. A number picks only when it is the whole answer
 * ("4", "option 4", "the fourth one", "number 2"): in "led a team of 4" it is part of what
 * the person said, never option 4.
 */
export interface Option {
  id: string;
  label: string;
  /**
   * Other ways people say this option ("stop", "that's it" for Finish): picked when the answer is
   * one of them, or, in a short answer, when it says one of them and no other option's.
   */
  words?: readonly string[];
}

export type ChoiceReading<C extends Option = Option> =
  | { kind: 'pick'; choice: C }
  /** A fragment that fits several labels ("data" for Data analyst and Data scientist). */
  | { kind: 'ambiguous'; choices: C[] }
  | { kind: 'out-of-range'; number: number; count: number }
  | { kind: 'none' };

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** Ways into a pick: "I'll take 2", "let's go with the second", "what about option 3". */
const LEAD = /^(?:(?:(?:what|how) about|can i|could i|can we|let me|i want to|i'?d like to|i would like to|i'?ll take|i will take|i'?ll go (?:with|for)|let'?s go (?:with|for)|lets go (?:with|for)|go (?:with|for)|i'?d like|i would like|i want|i choose|i pick|i'?ll have|take|pick|choose|select|make it|maybe|um|ok|okay|so)\s+)+/;
const POINTER = /^(?:(?:the|option|number|no\.?|nr\.?|#|choice|item)\s*)+/;
const TRAIL = /(?:\s+(?:one|option|please|pls|thanks|then|thank you|i think|is fine|for me))+$/;

/** The position a whole answer points at (1-based), or undefined when it is not only a position. */
function position(text: string): number | undefined {
  const core = text.replace(LEAD, '').replace(POINTER, '').replace(TRAIL, '').replace(/[.)\]:]+$/, '').trim();
  if (core === '') return undefined;
  if (core === 'last' || core === 'last one') return -1;
  const ordinal = ORDINALS.indexOf(core);
  if (ordinal >= 0) return ordinal + 1;
  const suffixed = /^(\d+)(?:st|nd|rd|th)$/.exec(core);
  if (suffixed) return Number(suffixed[1]);
  if (/^\d+$/.test(core)) return Number(core);
  const words = wholeNumber(core);
  return words !== undefined && Number.isInteger(words) && !/\d/.test(core) ? words : undefined;
}

const WORD = /[\p{L}\p{N}]/u;
/** Two-letter words that are answers of their own ("no", "ok"), never a short name for an option. */
const SMALL_WORDS = new Set(['no', 'ok', 'it', 'my', 'me', 'to', 'of', 'or', 'is', 'in', 'on', 'at', 'so', 'go', 'do', 'an', 'up', 'we', 'hi']);
function containsPhrase(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

export function readChoice<C extends Option>(choices: readonly C[], typed: string): ChoiceReading<C> {
  const text = bare(typed);
  if (text === '') return { kind: 'none' };
  const at = position(text);
  if (at !== undefined) {
    const choice = at === -1 ? choices.at(-1) : choices[at - 1];
    return choice && at !== 0 ? { kind: 'pick', choice } : { kind: 'out-of-range', number: at, count: choices.length };
  }
  const named = text.replace(LEAD, '').replace(/^the\s+/, '');
  const exact = choices.find((c) => [bare(c.label), c.id.toLowerCase()].some((l) => l === text || l === named));
  if (exact) return { kind: 'pick', choice: exact };
  const said = sayings(choices, named.replace(ARTICLE, '').replace(TRAIL, ''));
  if (said) return { kind: 'pick', choice: said };
  // A fragment of three letters or more ("scien"), or a shorter whole word ("UX" of UX designer).
  if (named.length >= 3 || (named.length === 2 && !SMALL_WORDS.has(named))) {
    const partial = choices.filter((c) => (named.length >= 3 ? bare(c.label).includes(named) : containsPhrase(bare(c.label), named)));
    if (partial.length === 1) return { kind: 'pick', choice: partial[0] as C };
    if (partial.length > 1) return { kind: 'ambiguous', choices: partial };
  }
  // "I'd like to explore cloud engineer": a label of two words or more, said whole inside the answer.
  // Not for questions: "what if I say no?" is not the option "No".
  if (!typed.trim().endsWith('?')) {
    const inside = choices.filter((c) => bare(c.label).includes(' ') && containsPhrase(text, bare(c.label)));
    if (inside.length === 1) return { kind: 'pick', choice: inside[0] as C };
    // "ok I think I'm done for today": one option's saying inside a short answer, and no other's.
    if (text.split(' ').length <= MAX_SAYING_ANSWER) {
      const saying = choices.filter((c) => (c.words ?? []).some((w) => containsPhrase(text, bare(w))));
      if (saying.length === 1) return { kind: 'pick', choice: saying[0] as C };
    }
  }
  return { kind: 'none' };
}

/** "a mistake", "the leadership ones": what is named, without its article. */
const ARTICLE = /^(?:a|an|the|some|my|more|about)\s+/;
/** Longer answers are the person's own words, where "again" or "skip" mean something else. */
const MAX_SAYING_ANSWER = 7;

/** The one option that has the answer as one of its sayings, whole. */
function sayings<C extends Option>(choices: readonly C[], named: string): C | undefined {
  const matching = choices.filter((c) => (c.words ?? []).some((w) => bare(w) === named));
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * Numbered picks inside a free answer ("1, 3 and Python"): a list item that is only a number
 * (or "#3", "number 3") picks it; every other item, numbers and all, is the person's own words.
 */
export function readPicks(text: string, count: number): { picks: number[]; rest: string } {
  const picks: number[] = [];
  const rest: string[] = [];
  for (const item of text.split(/[,;\n&+]|\band\b/i)) {
    const words = item.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const several = words.length > 1 && words.every((w) => /^#?\d{1,2}[.)]?$/.test(w));
    const numbers = several ? words.map((w) => position(bare(w))) : [position(bare(item))];
    if (numbers.every((n): n is number => n !== undefined && n >= 1 && n <= count)) picks.push(...numbers);
    else rest.push(item.trim());
  }
  return { picks: [...new Set(picks)], rest: rest.join(', ') };
}
