import { SCENE_AFTER } from './cues.js';
import { OUTCOME_AFTER_AND } from './result-cues.js';
import { COMMA_FILLER } from './signal-cues.js';
import { isRunOn, splitRunOn } from './run-on.js';

/**
 * Splits an answer into clauses, the unit each STAR part is judged on: a sentence often carries
 * two parts ("we had 300 open tickets, so I set up a triage rota"). Every step is one linear
 * pass with an expression compiled at load, so a 20,000-word paste costs milliseconds.
 */

export interface Clause {
  /** The user's words (quotes straightened, spaces collapsed), trimmed. */
  text: string;
  /** Index of the clause's first word in the whole answer. */
  firstWord: number;
  words: number;
  /** Whether the clause opens a sentence, a line or a labelled section ("Result: ..."). */
  sentenceStart: boolean;
  /** Whether it opens a line. */
  lineStart: boolean;
}

export interface Segmented {
  /** The normalised answer all offsets and quotes refer to. */
  text: string;
  words: number;
  clauses: Clause[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u2033]/g;
// Horizontal space first, then line breaks: after the first pass a newline has at most one space
// on each side, so no pattern below can backtrack over a long run of spaces.
const HORIZONTAL_SPACE = /[^\S\n]+/g;
const LINE_BREAKS = / ?\n[\n ]*/g;

/**
 * Where clauses end: sentence ends, line breaks, semicolons and colons, commas, dashes, "and /
 * but / so" when a new subject or a result connector follows ("..., so I called them"), "and"
 * before an outcome ("... and shrinkage halved"), "after / once / before / until" with a new
 * subject ("we cut waits by 30% after we changed the rota"), and "when / after / because" before
 * a circumstance ("I rebooked them when the coach company cancelled"), and "by ...ing" after a
 * measure ("cut costs by 15% by renegotiating"): one clause, one part.
 */
/** "the band 6 nurses, me included, to bring it down": who a request took in, said between commas. */
const INCLUDED = String.raw`(?:me|myself|us|ourselves) included|including (?:me|myself|us)`;
/**
 * "the manager asked me, as a part-time worker, to see if I could": a request with an aside between
 * commas is one clause, its aim. The two commas around the aside are no boundaries.
 */
const ASKED = String.raw`\b(?:asked|told|wanted|needed|expected|begged|invited|challenged|trusted|persuaded|got|pushed|encouraged|tasked) (?:me|us)`;
/**
 * "asked me as charge nurse to find out why", "told us as the on-call team to": the aside said with
 * no commas round it, the capacity the request was made in. It stays inside the request, its aim.
 */
const ROLE_ASIDE = String.raw`as (?:the |a |an |our |my )?[a-z-]+(?: [a-z-]+){0,5} `;
const ASIDE_COMMA = String.raw`(?<!${ASKED},(?= [^,.;:!?\n]{1,40}, to [a-z]))(?<!${ASKED}, [^,.;:!?\n]{1,40},(?= to [a-z]))`;
const BOUNDARY = new RegExp(
  [
    String.raw`(?<=[.!?\u2026])["')\]]* `,
    String.raw`\n`,
    String.raw`[;:] `,
    // Not at a comma beside a filler: "So I basically, um, started counting" is one step. The
    // comma comes first so the look-behind only runs at commas, not at every position.
    // Nor around "me included": the candidate in the group a request went to is part of that clause.
    String.raw`,(?<!\b(?:${COMMA_FILLER}|${INCLUDED}),)${ASIDE_COMMA} (?!(?:${COMMA_FILLER}|${INCLUDED})\b)`,
    String.raw` [-\u2013\u2014]+ `,
    // "so that" is a reason inside a step, not a new clause.
    // The connector stays with the clause it opens, so every word of the answer is in one clause.
    // Not inside a joint subject a chat opens with: "me and my manager rang every client" is one step.
    // Nor inside "The department and I rewrote ...": a sentence opening on a joint subject is one step.
    String.raw` (?<!(?:^|[.!?;:,] |\n)(?:(?:so|then|but) )?me )(?!and (?:i|me)\b(?<=(?:^|[.!?;:,] |\n)(?:my|the|our) (?:[\w-]+ )?[\w-]+(?<![a-z]ed|\b(?:went|sent|spent|broke|woke|took|fell|came|became|grew|knew|got|shot|left|ran|hit|cut|quit|lost|froze)) and (?:i|me)))(?=(?:and|but|so) (?:then |so |now |today |these days |soon |eventually |finally |later )?(?:i|we|they|he|she|it|this|my|our|more|fewer|less|everyone|everybody|nobody|no one|people|staff|customers|patients|students|kids|children|guests|users|the (?:team|staff|client|customer|customers|manager|owner|rating|numbers?|complaints?|sales|errors?)|(?:two|three|four|five|six|seven|eight|nine|ten|all|both|most|half|some|none) (?:of )?(?:the |our |my |their )?[a-z]+s|as a result|in the end|that meant|by (?:the end|then|(?:19|20)\d\d))\b)`,
    // "our no-show rate was 12% and the dentists asked me to fix it": a request made by someone
    // else opens its own clause, the aim, after the problem it answers.
    String.raw` (?=and (?:then |so )?(?!(?:i|we|me)\b)(?:[\w'-]+ ){1,4}?(?:asked|told|wanted|needed|expected|tasked|challenged|begged|pushed|encouraged|got) (?:me|us) (?:to|if|whether)\b)`,
    String.raw` (?=${OUTCOME_AFTER_AND})`,
    // "We split the count and finished it in half the usual time": work done in a measured time is its outcome.
    String.raw` (?=and (?:then |so )?(?:finished|completed|cleared|delivered|closed|wrapped up)(?: [\w'-]+){0,4}? (?:in|within) (?:half|a third|a quarter|under|less than|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)`,
    // "... and now the whole team uses it": how things stand after the steps opens a clause.
    String.raw` (?=(?:and|but|so) (?:now|today|these days|since then|ever since)\b)`,
    String.raw` (?=(?:after|once|before|until) (?:i|we)\b)`,
    // "We had a block of twelve flats where every bathroom had to be plumbed in": a place told, then
    // what held there, is the scene and then the aim. Not a question ("I asked where the keys were").
    String.raw` (?=where (?:the|every|each|all|our|my|their|they|it|he|she|everyone|nobody)\b)(?<!\b(?:see|saw|know|knew|ask|asked|wonder|wondered|out|check|checked|show|showed|told|tell|decide|decided|sure|idea|is|was|are|were|remember|remembered|exactly|from|to|forget|forgot|unclear|learn|learned|learnt|guess|guessed) )`,
    String.raw` (?=${SCENE_AFTER})`,
    // "... to see where new docking stations should go": the question a step served is its own clause.
    // Not after a goal verb: "I was asked to find out why" is one clause, the task.
    String.raw` (?=to (?:see|find out|work out|understand|test|check|learn|figure out) (?:whether|where|why|how|if|what|which|who)\b)(?<!\b(?:asked|had|needed|wanted|decided|tried|trying|set out|want|need|me|us|him|her|them|was|were|going|able|have|has|must|told|expected|supposed|hired|in|tasked|job|goal|aim|role|task|is|help|helped|time|chance|wanted me|decide) )(?<!${ASKED}, [^,.;:!?\n]{1,40}, )(?<!${ASKED} ${ROLE_ASIDE})`,
    // "after I redesigned the displays they went up by 18%": the outcome after a step told as its time.
    String.raw` (?=(?:they|it|he|she|sales|profits|numbers|complaints|errors|costs|waits|bookings) (?:went|were|was|got|rose|fell|dropped|doubled|halved|grew|came|[a-z]+ed)\b)(?<=\b(?:after|once|when|since|as soon as) (?:i|we) [^,.;:!?\n]{3,80})`,
    // "I cut costs by 15% by renegotiating": after a measure, "by ...ing" is how it was done.
    String.raw`(?<=%|\d|half|third|quarter) (?=by [a-z]+ing\b)`,
  ].join('|'),
  'gi',
);

const SENTENCE_END = /[.!?\u2026]["')\]]*$/;
/** A line break, or a semicolon or colon ("Result: it worked"), opens what follows like a sentence end. */
const OPENS_NEXT = /^(?:\n|[;:])/;

/** A word: letters or digits, joined by an apostrophe, hyphen, dot or comma ("don't", "5,000", "Node.js"). */
export const WORD = /[\p{L}\p{N}]+(?:[',.-][\p{L}\p{N}]+)*/gu;

export function normalizeAnswer(answer: string): string {
  return answer.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(HORIZONTAL_SPACE, ' ').replace(LINE_BREAKS, '\n').trim();
}

export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}

export function segment(answer: string): Segmented {
  const text = normalizeAnswer(answer);
  const runOn = isRunOn(text, countWords(text));
  const clauses: Clause[] = [];
  let words = 0;
  let opens = true;
  let newLine = true;
  const push = (piece: string): void => {
    // A chat run with no punctuation is cut where a new subject starts a new event (run-on.ts), where
    // the writer would have put a full stop: each cut opens a sentence.
    splitRunOn(piece.trim(), runOn).forEach((part, n) => {
      const count = countWords(part);
      // Punctuation or emoji alone is not a clause: it has nothing to classify or quote.
      if (count === 0) return;
      clauses.push({ text: part, firstWord: words, words: count, sentenceStart: opens || n > 0, lineStart: newLine && n === 0 });
      words += count;
    });
  };
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const piece = text.slice(from, match.index);
    push(piece);
    // A clause that is only punctuation keeps the next one where it was.
    if (countWords(piece) > 0) {
      opens = SENTENCE_END.test(piece) || OPENS_NEXT.test(match[0]);
      newLine = match[0] === '\n';
    }
    from = match.index + match[0].length;
  }
  push(text.slice(from));
  return { text, words, clauses };
}
