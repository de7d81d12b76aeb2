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

/** A run shorter than this, or with punctuation inside, is left as the segmenter cut it. */
const RUN_ON_WORDS = 18;
/** Each piece keeps at least this many words: a lone "i" before a verb is no clause. */
const MIN_PIECE = 3;
const PUNCTUATED = /[.,;:!?]/;
const PRONOUN = new Set(['i', 'we', 'she', 'he', 'they']);
const DETERMINER = new Set(['my', 'our', 'his', 'her', 'their']);
/** Words that tie the subject after them into the clause they end: "when i had", "said she wanted", "the week before she left". */
const TIED_BEFORE = new Set(
  (
    'and but so or nor because cause cos when whenever if that as while before after until till where who whom which than said says told tell think thought ' +
    'knew know what how why since though although once whether unless like then whatever wherever realised realized noticed saw found heard felt ' +
    'guess hoped wished meant ensured made let had to of for with by from about in on at into onto the a an'
  ).split(' '),
);
/** Adverbs between a subject and its verb: "she still comes", "i then rang". */
const ADVERB = new Set(['still', 'just', 'then', 'also', 'only', 'really', 'quickly', 'finally', 'eventually', 'immediately', 'actually', 'even', 'all']);
const QUANTIFIER = new Set(['all', 'both', 'most', 'none', 'half', 'some']);

function pastVerb(word: string | undefined): boolean {
  if (!word) return false;
  return PAST_FORMS.has(word) || (word.length > 3 && word.endsWith('ed')) || word === 'were' || word === 'was';
}

/** How many words a subject starting at `at` takes, when a past verb follows it; 0 when none starts there. */
function subjectAt(words: readonly string[], at: number): number {
  const word = words[at] ?? '';
  let length = 0;
  if (PRONOUN.has(word)) length = 1;
  else if (DETERMINER.has(word) && /^[a-z-]{3,}$/.test(words[at + 1] ?? '') && !pastVerb(words[at + 1])) length = 2;
  // "all 40 of them were", "both of them said"
  else if (QUANTIFIER.has(word)) {
    const of = words[at + 1] === 'of' ? at + 1 : words[at + 2] === 'of' ? at + 2 : -1;
    if (of > 0 && ['them', 'us', 'the'].includes(words[of + 1] ?? '')) length = of + 2 - at + (words[of + 1] === 'the' ? 1 : 0);
  }
  if (length === 0) return 0;
  const verbAt = at + length + (ADVERB.has(words[at + length] ?? '') ? 1 : 0);
  return pastVerb(words[verbAt]) ? length : 0;
}

/** Cuts one unpunctuated run into its events; any other piece comes back whole. */
export function splitRunOn(piece: string): string[] {
  if (PUNCTUATED.test(piece)) return [piece];
  const words = piece.split(' ');
  if (words.length < RUN_ON_WORDS) return [piece];
  const lower = words.map((w) => w.toLowerCase());
  const pieces: string[] = [];
  let from = 0;
  for (let at = 1; at < words.length; at++) {
    if (at - from < MIN_PIECE || words.length - at < MIN_PIECE) continue;
    // "... then i offered": the "then" opens the new clause with its subject.
    const then = lower[at] === 'then' && at + 1 < words.length && subjectAt(lower, at + 1) > 0;
    if (!then && (TIED_BEFORE.has(lower[at - 1] ?? '') || subjectAt(lower, at) === 0)) continue;
    pieces.push(words.slice(from, at).join(' '));
    from = at;
    if (then) at++;
  }
  pieces.push(words.slice(from).join(' '));
  return pieces;
}
