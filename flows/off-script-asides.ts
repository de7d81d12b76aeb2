import { plainQuestion } from '../src/credentials/credential-question.js';

/**
 * Two asides a person makes at any step that are about neither a topic of the coach's data nor a
 * credential it carries: an age worry ("is 56 too old for this?", "am I too old", "at my age",
 * "i am 55. they will hire old teacher?"),
 * and "whats CISA", the name of something asked about in two words. The answerer
 * (off-script-answers.ts) decides what to say with them; these only read the words.
 */

/** "too old", "at my age", "age discrimination": a worry about age itself, not "why do you need my age?". */
const AGE_WORRY =
  /\b(?:too old|at my age|for my age|my age (?:a problem|an issue|against me|count against)|ageism|age(?:ist)? (?:bias|discrimination|limit)|too late (?:for me|at \d{2}|in life|to (?:start|begin|get into|break into|move into|go into|switch|pivot|retrain|learn|enter|change (?:careers?|fields?|jobs?)))|\d{2} (?:is )?too late|older (?:workers?|candidates?|applicants?|people|person|career changers?))\b|\bam i (?:too )?old\b|\bold for (?:this|tech|it)\b/;

/**
 * Whether hiring or being old is asked about: "will they hire old teacher?", "companies accept
 * someone my age?", "do I still have a chance?", "is it silly to start this at 62?", "crazy to retrain at 58?". With an age said beside it, the question is about that age.
 */
const HIRE_OR_OLD =
  /\b(?:hire|hired|hiring|employ|employed|accept|accepted|take (?:me|on)|consider|want (?:me|someone)|chance|too late|old|older|young(?:er)?)\b|\b(?:silly|crazy|foolish|stupid|dumb|ridiculous|mad|naive|unrealistic|pointless|late|a mistake|a bad idea) (?:of me )?(?:to (?:start|begin|try|learn|retrain|switch|change|go|move|get|do|pivot)|for me|at)\b/;

/** An age stated anywhere in the message ("i am 55.", "im 61 now", "55 years old", "aged 48"); not "I am 40 hours a week". */
const AGE_STATED =
  /\b(?:is|at|i'?m|im|i am|turning|now|being|age|aged)\s+(\d{2})\b(?!\s*(?:\+|%|k\b|hours?|hrs?|h\b|dollars?|bucks|usd|euros?|pounds?|weeks?|months?|days?|minutes?|mins?|percent|years? (?:of|in|as|at|with|experience|ago)))|\b(\d{2})\s*(?:years? old|yrs? old|y\.?o\.?\b|too old|and)\b/;

/** The age the message states, from a whole working life: an age a worry about age is about, not 28 years of work. */
const WORRIED_AGE = { min: 40, max: 80 };

export function saysAgeWorry(text: string): boolean {
  const said = plainQuestion(text);
  if (/^(?:why|how come)\b/.test(said)) return false;
  if (AGE_WORRY.test(said)) return true;
  const age = ageSaid(text);
  return age !== undefined && age >= WORRIED_AGE.min && age <= WORRIED_AGE.max && HIRE_OR_OLD.test(said);
}

/** The age the message says ("is 56 too old", "at 61", "I'm 58", "i am 55."), when it is a working age. */
export function ageSaid(text: string): number | undefined {
  const said = AGE_STATED.exec(plainQuestion(text));
  const age = Number(said?.[1] ?? said?.[2]);
  return Number.isInteger(age) && age >= 30 && age <= 90 ? age : undefined;
}

/**
 * What a coach says to an age worry: honest that age bias exists at some employers, with no
 * figure invented, and what takes away the reasons to doubt (recent learning, a portfolio, long
 * experience told as strengths). `years` is the work the person said they have behind them.
 */
/** `planned`: they have a dated plan already, so it can be pointed to; before one, none is spoken of. */
export function ageAnswer(text: string, years: number | undefined, planned = false): string {
  const age = ageSaid(text);
  const opening = age === undefined ? "It's a fair worry, and no, you're not too old for this." : `It's a fair worry, and no, ${age} is not too old for this.`;
  const experience = years === undefined ? 'your years of work' : `your ${years} years of work`;
  return [
    opening,
    'Age bias does exist at some employers, so it pays to leave them no reason to doubt you:',
    'show recent learning (a current course or credential), keep a small portfolio of real work you can point to,',
    `and tell ${experience} as strengths: judgement, reliability, and handling people, problems and deadlines.`,
    planned
      ? 'No credential in my notes has an age limit, and your plan dates the learning and the portfolio piece; `practice` helps you tell that experience as interview stories.'
      : 'No credential in my notes has an age limit; `practice` helps you tell that experience as interview stories.',
  ].join(' ');
}

/** "whats CISA", "what is the PMP?", "what's CySA+ about": the name asked about, as typed. */
const WHAT_IS = /^(?:so |and |ok,? |um,? )?(?:what'?s|whats|wats|what is|wat is|what are|what does|who is)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:mean|stand for|about|exactly))?\s*[?!.]*$/i;
const MAX_NAME_WORDS = 4;

export function whatIsName(text: string): string | undefined {
  const name = WHAT_IS.exec(text.trim())?.[1]?.trim();
  return name && name.split(/\s+/).length <= MAX_NAME_WORDS ? name : undefined;
}

/** A name that can only be a credential's or an exam's: a code in capitals ("CISA", "CCNP") or a "+" name ("Linux+"). */
export const looksLikeCredentialCode = (name: string): boolean => /^(?:[A-Z][A-Z0-9-]{1,9}|[A-Za-z][A-Za-z0-9]*\+)$/.test(name.trim());

/** A computer or device a person would study on; "windows" only as a computer ("a windows laptop"), never the skill. */
const DEVICE = String.raw`(?:chromebooks?|ipads?|tablets?|(?:my |a )?phone|(?:an? |my )?(?:old |cheap |windows |work )?(?:laptops?|computers?|pcs?|desktops?)|macs?|macbooks?|linux)`;
const ASKS_DEVICE = new RegExp(
  String.raw`\b(?:do|study|learn|take|sit|use|work|manage)\b[\w\s]{0,20}\b(?:on|with|from) (?:an? |my |just (?:an? |my )?|only (?:an? |my )?)?${DEVICE}\b|\b${DEVICE} (?:work|enough|good enough|be (?:enough|ok|okay|fine|good enough)|is (?:enough|ok|okay|fine|good enough)|do)\b|\bneed (?:an? |to buy an? )?(?:new |better |windows |proper |real )?(?:laptops?|computers?|pcs?|macs?)\b`,
);

/** "can I do this on a Chromebook?", "will my old laptop work?", "do I need a new computer?": the device they study on. */
export const asksDevice = (text: string): boolean => ASKS_DEVICE.test(plainQuestion(text));

/**
 * What a coach can say about a device without inventing a rule for one: courses online run in a web browser,
 * and an exam taken online is checked by its provider's own system check, which decides what it accepts.
 */
export const DEVICE_ANSWER =
  "For studying, yes: online courses run in a web browser, so any computer with a current browser and a steady internet connection will do. An exam you take online is different: its provider's system check decides which computers it accepts, so run that check on yours before you book.";
