import { readNumber } from './number.js';
import { normalize, sentences } from './text.js';
import { YES_NO_PHRASES } from './yes-no.js';

/**
 * Whether a short answer is a question to the coach ("is there a free option?", "why do you
 * need my salary") rather than an answer. Tentative answers shaped like questions are answers:
 * "what about data analyst?", "10?", "would 500 be enough?".
 *
 * A question next to an answer ("Accountant. How long does this take?") gives both: the question,
 * and the rest for the step to read. Long text (a pasted posting, an interview story) is never read as a
 * question: the engine asks this only of short steps, and the reader gives up past a few sentences.
 */
export type QuestionReading =
  /** `rest`: the other sentences as typed (greetings left out); empty when the message is only a question. */
  | { kind: 'question'; question: string; rest: string }
  | { kind: 'suggestion' }
  | { kind: 'statement' };

const MAX_LENGTH = 300;
const MAX_SENTENCES = 3;

// Typed on a phone, the apostrophe is often left out ("whats", "isnt", "dont i need"): both spellings are the same word.
const WH = /^(?:what|what'?s|how|how'?s|why|which|where|where'?s|when|who|who'?s|whom|whose)\b/;
const AUX = /^(?:is|are|am|was|were|can|could|do|does|did|will|would|should|shall|may|might|must|have|has|any|(?:is|are|was|were|ca|do|does|did|wo|would|should|could|have|has)n'?t)\b/;
/** "why network+", "why the second one": a bare why and a few words is asked, not said ("why not" is a yes). */
const SHORT_WHY = /^why (?!not$)\S+(?: \S+){0,3}$/;
/**
 * What follows an auxiliary in a question ("is there", "do I", "can you", "is 50 too late"), not in "do
 * some SQL" or "can do 10".
 */
const AUX_SUBJECT = /^\S+\s+(?:\d{2} too (?:late|old)|there|i|you|it|this|that|these|those|a|an|the|my|we|they|he|she|someone|anyone|people|one|any|your|our|free|such|certifications?|credentials?|certificates?|courses?)\b/;
/** What follows a wh-word in a question ("what does", "how long", "why do"), not in "what I like is numbers". */
const WH_NEXT = /^\S+\s+(?:do|does|did|is|are|was|were|can|could|would|will|should|shall|has|have|long|much|many|often|kind|type|sort|exactly|happens|if|about|else|would|for|the|a|an|of|to|jobs?|roles?|certs?|certifications?|credentials?|courses?|one|ones|options?|paths?|ways?|skills?)\b/;
const ASKING = /^(?:i (?:was |am |'m )?wonder(?:ing)?|i'?d like to know|i would like to know|i want to know|tell me|can you tell me|could you tell me|do you know|any idea|quick question|question|just wondering|wondering|curious)\b/;
/** "what about data analyst?", "how about 10?": an answer offered. */
const SUGGESTION = /^(?:and |or |so |hmm,? |ok,? )?(?:what|how) about\b/;
/** "would 500 be enough?", "is 10 ok?", "10 ok?": an answer checked. */
const CHECKED = /^(?:(?:is|would|will|does|can|could)\s+)?\S+(?:\s+\S+){0,3}?\s+(?:be\s+)?(?:ok|okay|enough|fine|alright|all right|acceptable|too much|too little|too few|too many)\??$/;
const SOFT_START = /^(?:(?:and|so|but|also|ok|okay|oh|hey|hi|sorry|um|uh|hmm|well|wait|actually|btw|by the way|quick question|one question|question)[,:]?\s+)+/;

/** "portfolio or certificate more?", "security+ or something ICS specific first?": two things offered, and which is asked. */
const OFFERS_TWO = /\S\s+or\s+\S/;
/** "UX designer, or UX research maybe?": two offered as an unsure answer. */
const UNSURE = /\b(?:maybe|perhaps|probably|possibly|i guess|i think|i suppose|i'?d say|or so)\b/;
/** "i need a degree?", "i should start with security+?": asked without the verb first, as in many first languages. */
const ASKS_WHAT_TO_DO = /^(?:i|we) (?:really |still |also )?(?:need|should|must|have to|gotta|got to|ought to)\b/;

/**
 * "manual tester still have job?", "SQL hard at my age?", "QA still in demand?": a yes/no question asked with the
 * verb left out, as in many first languages and in quick typing. Read by what is asked of the thing (still there,
 * worth it, hard, hiring), which a tentative answer ("data analyst?", "UX designer maybe?") does not say.
 */
const ASKED_OF_IT =
  /^\S+(?:\s+\S+){0,4}?\s+(?:still\s+\S+|worth|hard|easy|difficult|dying|dead|obsolete|hiring|in demand|(?:have|has|got|any|get) (?:a |any )?jobs?|exists?)\b/;

/** "huh?", "what?", "sorry?": the question was not understood. */
const CONFUSED = /^(?:huh|what|eh|pardon|sorry|come again|say again|say what)\s*\?+$/;

/**
 * `alone`: the sentence is the whole message, not the end of one ("I have the google certificate, I need another
 * one?"), where a question without its verb first needs what came before to be understood, and is left whole.
 */
function isQuestion(sentence: string, alone = true): boolean {
  if (CONFUSED.test(sentence)) return true;
  const s = sentence.replace(SOFT_START, '').trim();
  if (s === '' || SUGGESTION.test(s)) return false;
  const marked = s.endsWith('?');
  if (marked && CHECKED.test(s) && !WH.test(s)) return false;
  if (ASKING.test(s)) return true;
  if (WH.test(s)) return marked || WH_NEXT.test(s) || !s.includes(' ') || SHORT_WHY.test(s);
  if (AUX.test(s)) return marked || AUX_SUBJECT.test(s);
  // Numbers offered ("10 or 15?", "i need 6 months?") are a tentative answer; things offered are asked about.
  if (alone && marked && ((OFFERS_TWO.test(s) && !UNSURE.test(s)) || ASKS_WHAT_TO_DO.test(s) || ASKED_OF_IT.test(s))) return readNumber(s).kind === 'none';
  // "data analyst?", "10?": a tentative answer, unless a question word comes later ("and the pay for that?").
  return marked && /\b(?:what|how|why|which|where|when|who)\b/.test(s);
}

/** A few words, then a question after the last comma: "no, is there a free option?", "Excel, SQL, what else?". */
const LEADING = /^([^?]{1,60})[,;:]\s+([^,;:]+\?)$/;
const MAX_LEADING_WORDS = 6;

function leadingAnswer(sentence: string): string[] {
  const match = LEADING.exec(sentence);
  const [, first = '', second = ''] = match ?? [];
  const short = first.trim().split(/\s+/).length <= MAX_LEADING_WORDS;
  return match && short && isQuestion(normalize(second), false) && !isQuestion(normalize(first)) ? [first.trim(), second.trim()] : [sentence];
}

/** Said around a question without being an answer: "Hi! How long does this take?" */
const GREETING = /^(?:hi|hello|hey|hiya|sorry|ok|okay|thanks|thank you|cheers|um|hmm|oh|well|quick question|question)\b[\s\p{P}]*$/u;
const TRAILING_EMOJI = /(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D)+$/u;

const STATEMENT: QuestionReading = { kind: 'statement' };
/** A whole number alone ("10", " 2000 "): no rule can make it a question or a suggestion. */
const BARE_NUMBER = /^\s*\d{1,9}\s*$/;
/** Letters and single spaces read the same as their lower case: see AT_ONCE. */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
/**
 * Yes/no words read once by the full reader when the module loads: the commonest short answers,
 * which are statements ("yes", "nope", "sounds good"). Only the ones it reads as statements are
 * kept, so "why not" and the like still go through every rule.
 */
const AT_ONCE = new Set<string>();

/** Whether a short answer is a question; the commonest answers (a number, "yes", "no") are known at once. */
export function readQuestion(text: string): QuestionReading {
  if (BARE_NUMBER.test(text)) return STATEMENT;
  if (text.length <= 24 && PLAIN_WORDS.test(text) && AT_ONCE.has(text.toLowerCase())) return STATEMENT;
  return readQuestionInFull(text);
}

/** Every rule, for any text: what readQuestion's fast paths must agree with. */
export function readQuestionInFull(text: string): QuestionReading {
  const typed = text.trim().replace(TRAILING_EMOJI, '');
  if (typed === '' || typed.length > MAX_LENGTH || typed.includes('\n\n')) return { kind: 'statement' };
  const parts = sentences(typed.replace(/\s+/g, ' ')).flatMap(leadingAnswer);
  if (parts.length > MAX_SENTENCES) return { kind: 'statement' };
  const asked = parts.filter((part) => isQuestion(normalize(part)));
  if (asked.length > 0) {
    const rest = parts.filter((part) => !asked.includes(part) && !GREETING.test(normalize(part)));
    return { kind: 'question', question: asked.join(' '), rest: rest.join(' ') };
  }
  const whole = normalize(typed).replace(SOFT_START, '');
  return SUGGESTION.test(whole) || whole.endsWith('?') ? { kind: 'suggestion' } : { kind: 'statement' };
}

for (const phrase of YES_NO_PHRASES) if (PLAIN_WORDS.test(phrase) && readQuestionInFull(phrase).kind === 'statement') AT_ONCE.add(phrase);
