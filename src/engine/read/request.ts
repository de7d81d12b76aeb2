import { normalize } from './text.js';

/**
 * Whether a message typed at the menu at rest asks for a part or only talks about one. "now the
 * cert stuff", "let's do gaps again", "practice pls", "can we practise?" ask; "thanks, the skills
 * report is great" thanks, "I need to think about my skills" mulls it over, "my skills were fine"
 * tells: none of those starts anything, even when it names a part. Read by how the message is
 * said (the words of asking, thanking and mulling over), never by which part it names.
 *
 * - `request`: a word of asking (an imperative, "let's", "now", "again", "please", "can we", "I want").
 * - `thanks`, `praise`, `mulling`: a thank-you, a compliment, or time to think.
 * - `statement`: a sentence about something ("the report was long", "my skills are outdated").
 * - `plain`: none of these, a bare noun phrase ("the cert stuff", "gaps first"): read as a pick.
 */
export type RestMessage = 'request' | 'thanks' | 'praise' | 'mulling' | 'statement' | 'plain';

const THANKS = /\b(?:thanks?|thank you|thankyou|thx|tx|ty|tysm|cheers|appreciated?|grateful)\b/;
const PRAISE =
  /\b(?:great|awesome|amazing|brilliant|excellent|fantastic|wonderful|lovely|love|loved|nice|cool|neat|perfect|helpful|useful|insightful|interesting|impressive|wow|good stuff|spot on|eye[- ]opening|super|superb)\b/;
/** Time to think, or having read it: about the part, not asking for it. */
const MULLING =
  /\b(?:think(?:ing)? (?:about|over|it over|on)|thought (?:about|over)|mull(?:ing)?(?: over)?|sleep on|digest(?:ing)?|reflect(?:ing)? on|consider(?:ing)?|(?:looked|looking) (?:at|over|through)|let me (?:look|think|see|check|read)|went through|gone through|(?:i|i've|ive|i have) (?:read|seen)|reading (?:it|this|that|the)|come back to|get back to|later|tomorrow)\b/;
/** Words of asking: at the start, an imperative or "now"; anywhere, "let's", "can we", "please", "again", "I want". */
const ASKS_FIRST = /^(?:now|next|then|ok(?:ay)? now|start|begin|do|run|show|give|take|open|go|back to|on to|onto|switch|move on|try|redo|again|let's|lets|let us|can|could|shall|may)\b/;
const ASKS =
  /\b(?:let's|lets|let us|can we|could we|shall we|can i|could i|can you|could you|please|pls|plz|again|(?<!for |by |right |just )now|i want|i wanna|i'd like|id like|i would like|i'd love|i would love|(?<!all )i need|i'll take|start|begin|switch to|move on to|back to|on to|over to|would be (?:good|great|nice|helpful|useful))\b/;
/** A verb of being or seeming after its subject: the sentence says what something is. */
const STATES = /\b(?:is|was|are|were|looks|looked|seems?|seemed|feels?|felt|i'm|im|it's|that's|thats|this's)\b/;
const QUESTION = /\?\s*$|^(?:what|how|why|which|who|when|where|is|are|do|does|should|would|will)\b/;

export function readRestMessage(text: string): RestMessage {
  const said = normalize(text).replace(/^[\s"'*_~.,;:!-]+/, '');
  const asks = ASKS_FIRST.test(said) || ASKS.test(said);
  // Mulling it over wins over "I need" ("I need to think about my skills"), not over "let's" or "again".
  if (MULLING.test(said) && !/\b(?:let's|lets|let us|can we|could we|shall we|again|start|begin)\b/.test(said)) return 'mulling';
  if (asks) return 'request';
  if (THANKS.test(said)) return 'thanks';
  if (PRAISE.test(said)) return 'praise';
  if (STATES.test(said) && !QUESTION.test(said)) return 'statement';
  return 'plain';
}

/**
 * What the coach says back to a thank-you, a compliment, time to think or a remark, before the
 * menu. A request gets none.
 */
export function acknowledgement(kind: RestMessage): string | undefined {
  if (kind === 'thanks') return "You're welcome, I'm glad it helped.";
  if (kind === 'praise') return "I'm glad it helped.";
  if (kind === 'mulling') return "Take your time. Your answers are kept, so you can pick up from here whenever you're ready.";
  if (kind === 'statement') return 'Thanks for telling me.';
  return undefined;
}

/**
 * Whether a message the yes/no reader reads as yes is a yes to the part offered next, as said at rest: "yes", "sure", "ok", "go on", "let's do it". A
 * thank-you or a compliment ("great, thanks!", "perfect", "ok thanks") closes what was done; it
 * is not a yes to starting something new, unless a yes word says so too ("yes thanks", "sure, great").
 */
const PLAIN_YES = /^(?:yes|yeah|yea|yep|yup|ya|sure|please|absolutely|definitely|of course|why not|i'm in|im in)\b/;
const YES_ANYWHERE = /\b(?:yes|yeah|yep|go on|go ahead|go for it|let's do it|lets do it|let's go|lets go|do it|sounds (?:good|great))\b/;

export function acceptsOffer(text: string): boolean {
  const said = normalize(text).replace(/^[\s"'*_~.,;:!-]+/, '');
  if (PLAIN_YES.test(said) || YES_ANYWHERE.test(said)) return true;
  return !THANKS.test(said) && !PRAISE.test(said);
}
