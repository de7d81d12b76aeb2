import { readKeyword } from './keywords.js';
import { bare } from './text.js';

/**
 * An answer that gives nothing to an optional question: "none", "no", and the question's own
 * thing denied ("no deadline", "there's no deadline really", "no rush", "whenever"). Only short
 * answers count: a sentence with a number in it is an answer. "Not sure" is not here: it is met
 * with a hint ("a rough guess is fine") rather than passed over. People often say it twice over
 * ("whenever I am ready, no hurry"; "no deadline, whenever I'm ready"): each clause must give
 * nothing, so one that names a limit ("no rush, but by June") keeps the answer an answer.
 */
const DENIED = /^(?:(?:there(?:'?s| is) |i have |i've got |ive got |i got )?(?:no|not any|not really any|without(?: a| any)?)(?: real| particular| fixed| set| hard)? [a-z' -]{2,24}|no rush|no hurry|whenever|any ?time|open[- ]ended|no limit)(?: really| yet| for now| at all)?$/;

/** "whenever I am ready", "any time I feel ready", "at my own pace": the time left to the person. */
const AT_EASE = /^(?:(?:whenever|any ?time|when) (?:i'?m|i am|i feel|i get|i'?ll be|i will be|it'?s|you'?re|we'?re) (?:ready|done|able)|(?:in|at) my own (?:time|pace|speed))(?: really| for now| i guess)?$/;

/** "no later than June" and "no more than a year" are limits, though they start with "no". */
const LIMIT = /^no (?:later|more|longer|sooner) than\b/;

const CLAUSE_BREAK = /\s*(?:[,;.!]|\s-\s|\band\b|\bso\b)\s*/;

function clauseGivesNothing(clause: string): boolean {
  if (LIMIT.test(clause)) return false;
  const keyword = readKeyword(clause);
  return keyword === 'none' || keyword === 'skip' || DENIED.test(clause) || AT_EASE.test(clause);
}

export function givesNothing(text: string): boolean {
  const typed = bare(text);
  if (typed.length > 48 || /\d/.test(typed)) return false;
  if (clauseGivesNothing(typed)) return true;
  const clauses = typed.split(CLAUSE_BREAK).filter((clause) => clause !== '');
  return clauses.length > 1 && clauses.every(clauseGivesNothing);
}
