/**
 * Cues for where a story stops short of a part, said in so many words: a step that tells no "how"
 * ("I dealt with it and got it sorted"), an outcome not known yet ("so I don't know yet how it went"),
 * and the candidate refusing someone's plan ("I told him I wouldn't sign"), which makes that plan the
 * scene, not the task. Same rules as cues.ts: every pattern starts at a word boundary or a literal,
 * on text whose spaces are collapsed.
 */

const VAGUE_VERB = String.raw`(?:sorted (?:it|this|that|them|things|everything) out|dealt with|handled|sorted(?: out)?|took care of|resolved|fixed|managed|solved|got (?:it|this|that|them|things|everything|the (?:problem|issue|situation|matter)) (?:sorted(?: out)?|fixed|done|resolved|under control|dealt with))`;
const VAGUE_OBJECT = String.raw`(?: (?:it|this|that|them|him|her|things|everything|the (?:problem|issue|situation|matter|complaint|customer|guest|client|patient)))?`;
// Who it was handled with ("I sorted it out with them", "with the supplier") tells no more how than a
// manner ("professionally") or the step likened to a habit ("like I always do"). What it was handled
// with ("with a new screw") does tell how, so only people count.
const VAGUE_END = String.raw`(?: with (?:them|him|her|each other|(?:the|my|our|their) (?:[\w-]+ )?(?:suppliers?|customers?|clients?|manager|boss|team|staff|head|owners?|landlord|council|family|parents?|courier|vendors?|agency|contractors?|director|colleagues?|people|guests?)))?(?: (?:quickly|fast|straight away|in the end|eventually|myself|ourselves|properly|somehow|as best (?:i|we) could|professionally|calmly|politely|well|appropriately))?(?:,? (?:(?:like|as) )?(?:i|we) (?:always|usually|normally) do(?: (?:with|for) [\w-]+)?)?`;
/**
 * A clause made only of steps that say the thing was handled, not how: "I dealt with it and got it
 * sorted", "We handled it", "I took care of the problem myself". The guide's "nor is 'I managed to
 * cut them' with no step of how": no Action.
 */
export const VAGUE_STEP = new RegExp(
  String.raw`^(?:(?:and|so|then|but) )*(?:i|we)(?: (?:just|then|quickly|eventually|finally|basically|simply))? ${VAGUE_VERB}${VAGUE_OBJECT}${VAGUE_END}(?: (?:and|then|and then) (?:(?:i|we) )?${VAGUE_VERB}${VAGUE_OBJECT}${VAGUE_END})*[.!]*$`,
  'i',
);

/**
 * The outcome not known, or not come yet: "so I don't know yet how it would have gone", "we haven't
 * heard back", "it's too early to tell". A sentence saying so holds no Result, even under a "Result:" heading.
 */
export const UNKNOWN_OUTCOME =
  /\b(?:(?:i|we) (?:don'?t|do not|didn'?t|did not|never) (?:yet )?(?:know|find out|found out|hear|heard)(?: back)?(?: yet)?\b(?! (?:that|because)\b)|(?:i|we|they) (?:haven'?t|have not|hasn'?t|has not|still haven'?t) (?:yet )?(?:heard|had|got|seen|received) (?:back|anything|any (?:news|feedback|results?)|the (?:[\w-]+ )?(?:results?|outcome|decision|scores?|figures|numbers|grades?|feedback|verdict))|(?:i'?m|we'?re|i am|we are) still waiting\b|too early to (?:tell|say|know))/i;

/**
 * The candidate refusing what someone wanted: "I told him I wouldn't sign it", "I refused", "I said
 * no", "I pushed back". Told after someone's plan, that plan is the problem, not the task taken on.
 */
export const REFUSAL =
  /^(?:(?:and|but|so) )?i (?:(?:told|warned) (?:him|her|them|my [\w-]+|the [\w-]+) (?:that )?i (?:wouldn'?t|would not|won'?t|will not|couldn'?t|could not)|refused|said no|pushed back|objected|argued against|declined|stood my ground|wouldn'?t (?:do|sign|agree|go along)|said i (?:wouldn'?t|would not|won'?t))\b/i;
