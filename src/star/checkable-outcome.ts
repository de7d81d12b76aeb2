/**
 * Outcomes a coach takes as concrete without a number, because there is no amount to tell: harm
 * that did not happen ("no one got hurt") and an outcome that either happened or not ("the client
 * renewed", "the audit passed"). Asking "how much?" of them asks for a figure that does not exist.
 * Read in a Result clause only: "I passed the file to IT" is a step, not an outcome.
 */

/** "no one got hurt", "nobody was injured", "not one patient was harmed", "without a single injury", "everyone got out safely". */
const NO_HARM = new RegExp(
  [
    String.raw`\b(?:no ?one|no-one|nobody|none of (?:us|them|the [a-z]+)|not (?:one|a single) [a-z]+)(?: [a-z]+){0,3}? (?:got|was|were|had been|ended up|came to)? ?(?:hurt|injured|harmed|sick|ill|burned|burnt)\b`,
    String.raw`\b(?:no|without (?:an?|any|a single)?) ?(?:injur(?:y|ies)|accidents?|casualt(?:y|ies)|harm)\b`,
    String.raw`\b(?:everyone|everybody|all of us|all of them|all [a-z]+ (?:guests|patients|staff|children|kids|residents|passengers))(?: [a-z]+)? (?:got|made it|was|were|came|went) (?:out |home |back )?(?:safe|safely|unhurt|unharmed|alive)\b`,
  ].join('|'),
  'i',
);

/**
 * "the client renewed", "we passed the audit", "the board approved it", "we kept the account", "they
 * booked us again", "we never missed a deadline again": something that happened or did not.
 */
const YES_NO = new RegExp(
  [
    String.raw`\b(?:renewed|re-?signed|signed (?:the|a|an|on|with)|passed|approved|accepted|reinstated|certified|promoted|hired|went live|launched|reopened)\b`,
    String.raw`\b(?:kept|saved|retained|got back) (?:the|their|our|her|his|a|an) (?:[a-z]+ )?(?:account|contract|client|customer|business)\b`,
    String.raw`\b(?:won|landed|secured|got) (?:the|their|our|her|his|a|an|back the) (?:[a-z]+ )?(?:account|client|customer|licen[cs]e|accreditation|certification|funding|grant)\b`,
    String.raw`\b(?:booked|hired|chose|picked) (?:us|me|our [a-z]+) again\b`,
    String.raw`\b(?:came back|stayed with us|stayed on|did not leave|didn'?t leave)\b`,
    // A service back by the time it was needed: "everything was back up by 9am", "the customer was back up same day".
    String.raw`\bback (?:up|online|on ?line|open|in service|to normal)\b(?: and [a-z]+)? (?:by|before|within|in time|(?:the )?same day|that (?:day|night|morning|afternoon))\b`,
    String.raw`\bnever (?:missed|lost|failed|had) (?:a|an|another|one)(?: [a-z]+){1,3}? (?:again|since)\b`,
  ].join('|'),
  'i',
);

/**
 * A deal, contract, tender or order won has a size to tell (its value, its length, how many): "we
 * got the deal" is the outcome, and a coach asks how big it was.
 */
const WON_WITH_SIZE = /\b(?:won|landed|secured|got|closed|signed) (?:the|their|our|her|his|a|an|that|this) (?:[a-z]+ )?(?:contract|bid|tender|deal|order|sale|business)\b/i;

export const wonWithSize = (text: string): boolean => WON_WITH_SIZE.test(text);

/**
 * A change someone agreed to ("the process was approved", "they accepted my proposal"): the yes is
 * a milestone, and what the change did once it ran (the wait, the errors) is the result to measure.
 */
const CHANGE_AGREED =
  /\b(?:process|processes|change|changes|plan|proposal|idea|workflow|policy|procedure|system|design|pilot|new [a-z]+)\b(?: [a-z]+){0,3}? (?:was|were|got|is|has been) (?:approved|accepted|adopted)\b|\b(?:approved|accepted|adopted) (?:the|my|our) (?:new |revised |updated )?(?:process|change|changes|plan|proposal|idea|workflow|policy|procedure|system|design|pilot)\b/i;

/** Whether an outcome is concrete with no amount to tell: a harm avoided, or a yes-or-no outcome. */
export const checkableWithoutNumber = (text: string): boolean => NO_HARM.test(text) || (YES_NO.test(text) && !CHANGE_AGREED.test(text) && !WON_WITH_SIZE.test(text));
