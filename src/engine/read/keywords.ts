import { bare, normalize } from './text.js';

/**
 * Short answers that mean the same at any step, however they are typed: "Done.", "None.",
 * "SKIP!", "`done`", "that's all", "I'd rather not say". Only a whole answer is a keyword:
 * "done" inside a sentence ("I've done SQL") is content.
 */
export type Keyword = 'done' | 'none' | 'skip' | 'next';

const KEYWORDS: Record<Keyword, readonly string[]> = {
  done: [
    'done', 'finished', 'finish', 'all done', "i'm done", 'im done', 'i am done', "that's all", 'thats all', "that's it", 'thats it',
    'no more', 'nothing more', "that's everything", 'thats everything', 'enough', "that's enough", 'report', 'the report', 'show the report',
    'done for now', 'i think that is it', "i think that's it", 'i think thats it', 'all set',
  ],
  none: [
    'none', 'nothing', 'none yet', 'nothing yet', 'none really', 'nothing really', 'none at all', 'nothing at all', 'no skills', 'no skills yet',
    'not yet', 'not really', 'n/a', 'na', 'nada', 'zilch', 'zero', 'no', 'nope', 'none of them', 'none of those', 'nothing relevant',
    'not any', 'not a thing', "i don't have any", 'i dont have any', "i have none", 'starting from scratch', 'from scratch',
  ],
  skip: [
    'skip', 'skip it', 'skip this', 'skip that', 'skip this one', 'skip please', 'please skip', 'pass', "i'll pass", 'ill pass',
    'rather not say', "i'd rather not say", 'id rather not say', 'i would rather not say', 'prefer not to say', "i'd prefer not to say",
    'no comment', 'leave it out', 'leave that out',
  ],
  next: ['next', 'next one', 'next question', 'move on', "let's move on", 'lets move on', 'go on', 'carry on', 'continue', 'keep going'],
};
/** Politeness around a keyword changes nothing: "done, thanks", "skip please". */
const POLITE = /(?:^|[\s,]+)(?:thanks|thank you|thx|ty|please|pls|cheers|for now|i think)$/;

const LOOKUP = new Map<string, Keyword>(
  (Object.entries(KEYWORDS) as [Keyword, readonly string[]][]).flatMap(([keyword, phrases]) => phrases.map((p) => [p, keyword] as const)),
);

/** The keyword a whole short answer is, if it is one. */
export function readKeyword(text: string): Keyword | undefined {
  const typed = bare(text);
  if (typed.length > 40) return undefined;
  return LOOKUP.get(typed) ?? LOOKUP.get(bare(typed.replace(POLITE, '')));
}

/** True when the whole answer is this keyword. */
export const isKeyword = (text: string, keyword: Keyword): boolean => readKeyword(text) === keyword;

/**
 * A typed command word with punctuation or capitals ("Back.", "SKIP!", "Help!") as the word,
 * so the engine's commands read it as it reads "back". A question mark is left alone: "restart?"
 * is a question about restarting, not an order.
 */
export function commandText(text: string): string {
  const typed = text.trim();
  const stripped = typed.replace(/[.!]+$/, '').trim();
  if (/^[/!]?\p{L}+$/u.test(stripped)) return stripped.toLowerCase();
  return readKeyword(typed) === 'skip' && !typed.includes('?') ? 'skip' : typed;
}

/**
 * "Not sure" anywhere in an answer, with what else was said: "not sure, I like numbers and
 * explaining things" is unsure, and the words after it are worth reading. A bare "not sure"
 * gives an empty `rest`.
 */
export type UnsureReading = { kind: 'unsure'; rest: string } | { kind: 'sure' };

const UNSURE_PHRASES = [
  "i'm not sure", 'im not sure', 'i am not sure', "i'm really not sure", 'not really sure', 'not sure', 'unsure', 'not certain',
  "i don't know", 'i dont know', "don't know", 'dont know', 'dunno', 'idk', 'no idea', 'no clue', 'not decided', 'undecided',
  "haven't decided", 'havent decided', 'not decided yet', 'help me choose', 'help me decide', "i'm undecided", "can't decide", 'cant decide',
];
const UNSURE = new RegExp(
  `(?:^|[^\\p{L}'])(?:${[...UNSURE_PHRASES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s+yet)?(?=$|[^\\p{L}'])`,
  'u',
);
/** Joining words left at the edges once the unsure phrase is taken out. */
const EDGE_START = /^(?:[\s,.;:!?…-]+|(?:but|yet|though|tbh|honestly|really|to be honest|and|so|maybe|just|i think)\b)+/;
const EDGE_END = /(?:[\s,.;:!?…-]+|\b(?:but|yet|though|and|so))+$/;
const trimEdges = (part: string) => part.replace(EDGE_START, '').replace(EDGE_END, '');

export function readUnsure(text: string): UnsureReading {
  const typed = normalize(text);
  const match = UNSURE.exec(typed);
  if (!match) return typed === '?' || typed === '??' ? { kind: 'unsure', rest: '' } : { kind: 'sure' };
  const before = trimEdges(typed.slice(0, match.index));
  const after = trimEdges(typed.slice(match.index + match[0].length));
  const rest = [before, after].filter((part) => part !== '').join(', ');
  return { kind: 'unsure', rest };
}
