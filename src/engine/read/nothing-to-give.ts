import { readKeyword } from './keywords.js';
import { bare } from './text.js';

/**
 * An answer that gives nothing to an optional question: "none", "no", and the question's own
 * thing denied ("no deadline", "there's no deadline really", "no rush", "whenever"). Only short
 * answers count: a sentence with a number in it is an answer. "Not sure" is not here: it is met
 * with a hint ("a rough guess is fine") rather than passed over.
 */
const DENIED = /^(?:(?:there(?:'?s| is) |i have |i've got |ive got |i got )?(?:no|not any|not really any|without(?: a| any)?)(?: real| particular| fixed| set| hard)? [a-z' -]{2,24}|no rush|no hurry|whenever|any ?time|open[- ]ended|no limit)(?: really| yet| for now| at all)?$/;

export function givesNothing(text: string): boolean {
  const typed = bare(text);
  if (typed.length > 48 || /\d/.test(typed)) return false;
  const keyword = readKeyword(typed);
  return keyword === 'none' || keyword === 'skip' || DENIED.test(typed);
}
