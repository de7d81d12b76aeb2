import { normalize } from './text.js';

/**
 * Yes or no with words around it: "no, I can pay within my budget", "yeah sure why not",
 * "absolutely not", "I think so". The answer is in how the message starts (after "well",
 * "um", "I think"); what follows is the person's reason, not a second answer.
 */
/**
 * `either`: the person leaves it to the coach ("doesn't matter to me", "either is fine", "whatever
 * you think"), which is not the same as not knowing: a question with a default takes it.
 */
export type YesNoReading = { kind: 'yes' } | { kind: 'no' } | { kind: 'unsure' } | { kind: 'either' } | { kind: 'none' };

const YES = [
  'yes', 'yes please', 'yeah', 'yea', 'yep', 'yup', 'ya', 'yah', 'ye', 'yess', 'yesss', 'y', 'sure', 'sure thing', 'for sure', 'ok', 'okay',
  'k', 'kk', 'alright', 'all right', 'fine', "that's fine", 'thats fine', "it's fine", 'fine by me', 'correct', 'right', "that's right",
  'thats right', 'true', 'affirmative', 'of course', 'absolutely', 'definitely', 'certainly', 'totally', 'indeed', 'aye', 'please',
  'please do', 'sounds good', 'sounds great', 'go ahead', 'go on', 'go for it', 'do it', "let's do it", 'lets do it', 'confirm', 'confirmed',
  'that works', 'works for me', 'why not', 'i think so', 'i guess so', 'i suppose so', 'guess so', 'think so', 'i do', 'i would',
  "i'd like that", 'i would like that', 'that would be great', 'happy to', 'no problem', 'you bet', 'perfect', 'great',
  'good', 'i am', "i'm in", 'yes i am', 'yes i do', 'yes, please', '👍', '✅', '✔️', '👌', '🙆',
];
const NO = [
  'no', 'nope', 'nah', 'naw', 'nay', 'n', 'no thanks', 'no thank you', 'no way', 'not really', 'not at all', 'not now', 'not for me',
  'not interested', 'absolutely not', 'definitely not', 'of course not', 'certainly not', 'probably not', 'rather not', "i'd rather not",
  'i would rather not', "i don't think so", 'i dont think so', "don't think so", "don't", 'dont', 'i do not', "i don't", 'i dont', 'never',
  'negative', 'false', 'wrong', 'cancel', "i'm not", 'i am not', "i can't", 'i cant', 'i cannot', "i won't", 'i wont', 'no no',
  'not a chance', "i'd prefer not", 'i would prefer not', 'skip it', 'i think not', 'think not', 'please no', "please don't", 'not at the moment',
  'not right now', 'not yet', 'not today', '👎', '❌', '✖️', '🙅',
];
const UNSURE = [
  'maybe', 'perhaps', 'not sure', "i'm not sure", 'im not sure', 'i am not sure', 'unsure', 'dunno', 'idk', "don't know", 'dont know',
  "i don't know", 'i dont know', 'no idea', 'depends', 'it depends', 'could be', 'possibly',
  'yes and no', 'yes or no', 'kind of', 'kinda', 'sort of', 'sorta', 'hard to say', 'good question', '🤷',
];
/** Left to the coach: the words say the person does not mind which, so the question's default is theirs. */
const EITHER = [
  'either', 'either way', 'either one', 'either is fine', 'either works', 'whatever', 'whichever', 'whatever you think', "i don't mind", 'i dont mind',
  'i do not mind', 'no preference', 'not bothered', "doesn't matter", 'doesnt matter', 'does not matter', "it doesn't matter", 'it doesnt matter',
  'it does not matter', "don't care", 'dont care', "i don't care", 'i dont care', 'i do not care', 'up to you', "it's up to you", 'its up to you',
  'you decide', 'you choose', 'you pick', 'your call', "you're the coach", 'youre the coach', 'no difference', 'makes no difference',
  'all the same to me', 'both are fine', 'both fine', 'both work', 'both ok', 'fine either way',
];
/**
 * Said before the answer without changing it. "No rush", "no worries" and their kind start with "no"
 * but are no answer at all: they reassure ("no worries" is "that's fine, whatever happens"), so
 * what follows them is the answer, if anything does ("no rush, a year or so" gives a time, not a no).
 */
const LEAD_INS = [
  'well', 'um', 'umm', 'uh', 'er', 'erm', 'hmm', 'hm', 'oh', 'ah', 'so', 'honestly', 'to be honest', 'tbh', 'i mean', 'i think',
  'i guess', "i'd say", 'i would say', 'probably', 'then', 'and', 'haha', 'lol', 'oh well', 'ok so', 'okay so', 'actually',
  'no rush', 'no hurry', 'no worries', 'no worry', 'no pressure', 'no stress', 'no big deal', 'no biggie', 'no rush at all',
];
/** Doubt said after a yes or a no takes it back: "yes maybe", "no... not sure", "yeah or not". */
const DOUBT = /\b(?:maybe|perhaps|possibly|not sure|unsure|idk|dunno|don'?t know|do not know|not certain|we'?ll see|or not)\b/;

/** Lead-ins that are a (reluctant) yes when nothing follows them: "I guess.", "I suppose". */
const WHOLE_YES = new Set(['i guess', 'i suppose', 'guess so', 'suppose so', 'i think', 'probably', 'i would say so']);

type Entry = { phrase: string; reading: YesNoReading };
// Longest first, so "absolutely not" is read before "absolutely" and "no problem" before "no".
const PHRASES: Entry[] = [
  ...YES.map((phrase) => ({ phrase, reading: { kind: 'yes' } as const })),
  ...NO.map((phrase) => ({ phrase, reading: { kind: 'no' } as const })),
  ...UNSURE.map((phrase) => ({ phrase, reading: { kind: 'unsure' } as const })),
  ...EITHER.map((phrase) => ({ phrase, reading: { kind: 'either' } as const })),
].sort((a, b) => b.phrase.length - a.phrase.length);
/** Every phrase the reader knows, for other readers' fast paths (question.ts). */
export const YES_NO_PHRASES: readonly string[] = PHRASES.map((e) => e.phrase);
const LEADS = [...LEAD_INS].sort((a, b) => b.length - a.length);

const WORD_CHAR = /[\p{L}\p{N}']/u;
/** The phrase starts the text and ends at a word boundary ("no," yes, "nothing" no). */
function startsWith(text: string, phrase: string): boolean {
  if (!text.startsWith(phrase)) return false;
  const after = text[phrase.length];
  return after === undefined || !WORD_CHAR.test(after) || !WORD_CHAR.test(phrase.at(-1) ?? '');
}

const MAX_LEAD_INS = 3;

/**
 * The commonest answers ("yes", "No", "yeah", "not really") read at once: a text of letters and
 * single spaces reads the same as its lower case (that is all `normalize` would change), and the
 * table holds the full reader's own reading of each phrase, made when the module loads, so the
 * fast path cannot disagree with it (test/read-yes-no.test.ts checks that on generated answers).
 */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const AT_ONCE = new Map<string, YesNoReading>();

export function readYesNo(text: string): YesNoReading {
  if (text.length <= 24 && PLAIN_WORDS.test(text)) {
    const known = AT_ONCE.get(text.toLowerCase());
    if (known) return known;
  }
  return readYesNoInFull(text);
}

/** Every rule, for any text: what readYesNo's fast path must agree with. */
export function readYesNoInFull(text: string): YesNoReading {
  const reading = readStart(normalize(text).replace(/^[\s"'*_~.,;:!?-]+/, ''));
  if (reading.kind !== 'none') return reading;
  // "nooo", "yesss", "yeahh": letters held down for emphasis.
  const squeezed = normalize(text).replace(/^(\p{L}+)/u, (word) => word.replace(/(\p{L})\1+/gu, '$1'));
  return readStart(squeezed);
}

function readStart(typed: string): YesNoReading {
  if (WHOLE_YES.has(typed.replace(/[\s.!…]+$/, ''))) return { kind: 'yes' };
  let rest = typed;
  for (let leads = 0; leads <= MAX_LEAD_INS; leads++) {
    const entry = PHRASES.find((e) => startsWith(rest, e.phrase));
    const lead = LEADS.find((l) => startsWith(rest, l));
    // "I would say no" is a lead-in and a no, not the yes "I would".
    if (entry && (!lead || entry.phrase.length >= lead.length)) return doubted(entry.reading, rest);
    if (!lead) break;
    rest = rest.slice(lead.length).replace(/^[\s,.;:!-]+/, '');
  }
  return { kind: 'none' };
}

/** A yes or a no with doubt in it ("yes maybe", "definitely not sure") is not sure; what is already unsure or left to the coach stays so. */
function doubted(reading: YesNoReading, said: string): YesNoReading {
  return (reading.kind === 'yes' || reading.kind === 'no') && DOUBT.test(said) ? { kind: 'unsure' } : reading;
}

for (const { phrase } of PHRASES) if (PLAIN_WORDS.test(phrase)) AT_ONCE.set(phrase, readYesNoInFull(phrase));
