import { PAST_FORMS } from './cues.js';

/**
 * Chat answers often come as one long run with no full stops or commas: "... shouting in front of
 * everyone i took her to the back room made her a tea then i offered to fix it she left happy".
 * The segmenter's boundaries need punctuation or a joining word, so such a run is one clause and
 * its steps and outcome are lost in it. Here a run is cut where a new subject starts a new event:
 * "i", "we", "she", "he", "they", "my manager", "all 40 of them" right before a verb in the past,
 * not after a word that makes it part of the clause before ("when i had", "said she wanted").
 * One pass over the words, so the cost grows with the run.
 */

/** Each piece keeps at least this many words: a lone "i" before a verb is no clause. */
const MIN_PIECE = 3;
/** Punctuation with more words after it: the writer did mark where things end. */
const PUNCTUATED = /[.,;:!?] ?[\p{L}\p{N}]/u;
const PRONOUN = new Set(['i', 'we', 'she', 'he', 'they']);
const DETERMINER = new Set(['my', 'our', 'his', 'her', 'their']);
/** Words that tie the subject after them into the clause they end: "when i had", "said she wanted", "the week before she left", "the kind of thing i do". */
const TIED_BEFORE = new Set(
  (
    'and but so or nor because cause cos when whenever if that as while before after until till where who whom which than said says told tell think thought ' +
    'knew know what how why since though although once whether unless like then whatever wherever realised realized noticed saw found heard felt ' +
    'guess hoped wished meant ensured made let had to of for with by from about in on at into onto the a an ' +
    // "thats the kind of thing i do", "the way she spoke": a thing, then who does it, is one clause.
    'thing things stuff way'
  ).split(' '),
);
/** Adverbs between a subject and its verb: "she still comes", "i then rang". */
const ADVERB = new Set(['still', 'just', 'then', 'also', 'only', 'really', 'quickly', 'finally', 'eventually', 'immediately', 'actually', 'even', 'all']);
/** Past forms chat often has without apostrophes, and "had": "we didnt run out", "she had a fracture". */
const PAST_TOO = /^(?:was|were|had|didn'?t|couldn'?t|wasn'?t|weren'?t|hadn'?t|never)$/;
const JOIN = new Set(['and', 'but', 'so']);
const QUANTIFIER = new Set(['all', 'both', 'most', 'none', 'half', 'some']);

function pastVerb(word: string | undefined): boolean {
  if (!word) return false;
  return PAST_FORMS.has(word) || (word.length > 3 && word.endsWith('ed')) || PAST_TOO.test(word);
}

/** How many words a subject starting at `at` takes, when a past verb follows it; 0 when none starts there. */
function subjectAt(words: readonly string[], at: number, afterJoin = false): number {
  const word = words[at] ?? '';
  let length = 0;
  if (PRONOUN.has(word)) length = 1;
  // After "and / but / so", a subject with "the" too: "... but the family thanked me".
  // "my manager said", "the head chef told": one or two words after the determiner.
  else if ((DETERMINER.has(word) || (afterJoin && word === 'the')) && /^[a-z-]{3,}$/.test(words[at + 1] ?? '') && !pastVerb(words[at + 1]))
    length = pastVerb(words[at + 2]) || ADVERB.has(words[at + 2] ?? '') || !/^[a-z-]{3,}$/.test(words[at + 2] ?? '') ? 2 : 3;
  // "all 40 of them were", "both of them said"
  else if (QUANTIFIER.has(word)) {
    const of = words[at + 1] === 'of' ? at + 1 : words[at + 2] === 'of' ? at + 2 : -1;
    if (of > 0 && ['them', 'us', 'the'].includes(words[of + 1] ?? '')) length = of + 2 - at + (words[of + 1] === 'the' ? 1 : 0);
  }
  if (length === 0) return 0;
  const verbAt = at + length + (ADVERB.has(words[at + length] ?? '') ? 1 : 0);
  // "i", "we", "she", "he", "they" are subjects whatever follows, so a learner's present ("i make a
  // checklist", "we must reduce") starts an event too; a subject with a noun needs its past verb.
  if (length === 1 && /^[a-z']+$/.test(words[verbAt] ?? '') && !TIED_BEFORE.has(words[verbAt] ?? '')) return length;
  return pastVerb(words[verbAt]) ? length : 0;
}

/**
 * An answer typed as one run: more than this many words for each full stop or line break. Only
 * there are pieces cut: in a punctuated answer a long piece is a sentence with its relative
 * clauses ("I put on the music her daughter had told us she loved").
 */
const WORDS_PER_SENTENCE = 30;
const SENTENCE_MARK = /[.!?\n]/g;

export function isRunOn(text: string, words: number): boolean {
  return words / (1 + (text.match(SENTENCE_MARK)?.length ?? 0)) > WORDS_PER_SENTENCE;
}

const TIME_OPENER = new Set(['after', 'within']);
/** Words that carry the step on after its time: "after two days to check", "within a week of the launch". */
const STEP_GOES_ON = new Set(['then', 'to', 'for', 'of', 'with', 'from', 'at', 'on', 'in', 'by', 'or']);
const COUNT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
const UNIT = /^(?:days?|weeks?|months?|years?|terms?|hours?)$/;

/** "after three months missed appointments were ...": a time, then a clause of its own (a past verb within three words). */
function outcomeTimeAt(words: readonly string[], at: number): boolean {
  if (!TIME_OPENER.has(words[at] ?? '') || !COUNT.test(words[at + 1] ?? '') || !UNIT.test(words[at + 2] ?? '')) return false;
  // A subject must follow the time: "after two days and booked them in" is the step's own time.
  const next = words[at + 3] ?? '';
  if (JOIN.has(next) || STEP_GOES_ON.has(next)) return false;
  return words.slice(at + 4, at + 7).some((word) => pastVerb(word));
}

/** Cuts one unpunctuated piece of a run-on answer into its events; any other piece comes back whole. */
export function splitRunOn(piece: string, runOn = false): string[] {
  if (!runOn || PUNCTUATED.test(piece)) return [piece];
  const words = piece.split(' ');
  if (words.length < 2 * MIN_PIECE) return [piece];
  const lower = words.map((w) => w.toLowerCase());
  const pieces: string[] = [];
  let from = 0;
  for (let at = 1; at < words.length; at++) {
    if (at - from < MIN_PIECE || words.length - at < MIN_PIECE) continue;
    // "... rang the ones who never replied after three months missed appointments were half": a time
    // after the steps followed by its own subject and verb opens the outcome.
    if (outcomeTimeAt(lower, at)) {
      pieces.push(words.slice(from, at).join(' '));
      from = at;
      continue;
    }
    // "... then i offered", "... but the family thanked me": the joining word opens the new clause with its subject.
    const then = (lower[at] === 'then' && subjectAt(lower, at + 1) > 0) || (JOIN.has(lower[at] ?? '') && subjectAt(lower, at + 1, true) > 0);
    // "no matter what i did" is not "what i did": the idiom ends the clause before it.
    const idiom = lower[at - 2] === 'matter' && lower[at - 1] === 'what';
    if (!then && ((TIED_BEFORE.has(lower[at - 1] ?? '') && !idiom) || subjectAt(lower, at) === 0)) continue;
    pieces.push(words.slice(from, at).join(' '));
    from = at;
    if (then) at++;
  }
  pieces.push(words.slice(from).join(' '));
  return pieces;
}
