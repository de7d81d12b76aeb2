import { PAST_FORMS } from './cues.js';

/**
 * A step modelled back to the user is told in the past, as a story is: "we present three concepts"
 * becomes "I presented three concepts", not the present a learner typed ("I present ..."). Only the
 * verb right after the opening "I" changes (past the adverbs that may stand between); a past, a
 * modal or an "-ing" form is left as written.
 */

const IRREGULAR: Readonly<Record<string, string>> = {
  am: 'was', are: 'was', is: 'was', have: 'had', has: 'had', do: 'did', does: 'did', go: 'went', goes: 'went', see: 'saw',
  make: 'made', take: 'took', get: 'got', give: 'gave', find: 'found', tell: 'told', say: 'said', come: 'came', run: 'ran',
  write: 'wrote', rewrite: 'rewrote', build: 'built', rebuild: 'rebuilt', send: 'sent', spend: 'spent', keep: 'kept', meet: 'met',
  put: 'put', set: 'set', cut: 'cut', let: 'let', hit: 'hit', shut: 'shut', split: 'split', read: 'read', buy: 'bought',
  bring: 'brought', think: 'thought', teach: 'taught', catch: 'caught', fight: 'fought', seek: 'sought', lead: 'led', hold: 'held',
  leave: 'left', pay: 'paid', lay: 'laid', sell: 'sold', speak: 'spoke', choose: 'chose', drive: 'drove', ride: 'rode',
  begin: 'began', feel: 'felt', know: 'knew', sit: 'sat', stand: 'stood', understand: 'understood', win: 'won', lose: 'lost',
  break: 'broke', draw: 'drew', ring: 'rang', deal: 'dealt', fly: 'flew', grow: 'grew', throw: 'threw', wake: 'woke',
  eat: 'ate', hear: 'heard', sleep: 'slept', stick: 'stuck', sweep: 'swept', lend: 'lent', bend: 'bent', feed: 'fed',
  hang: 'hung', dig: 'dug', light: 'lit', shake: 'shook', undertake: 'undertook', oversee: 'oversaw', withdraw: 'withdrew',
  overcome: 'overcame', show: 'showed', mean: 'meant', become: 'became', forget: 'forgot', sing: 'sang', swim: 'swam',
};
/** Words that may stand between "I" and its verb: "I also present", "I then go". */
const BETWEEN: ReadonlySet<string> = new Set(['also', 'then', 'just', 'all', 'first', 'really', 'quickly', 'finally', 'immediately', 'still', 'both', 'personally', 'actually', 'basically', 'again']);
/** Not a verb to put in the past: a modal, a past already, a form that is no present. */
const LEAVE = /^(?:can|could|would|will|shall|should|might|may|must|was|were|had|did|used|got|been|being|[a-z]+ed|[a-z]+ing|[a-z]*n't|'[a-z]+)$/;
const VOWEL = /[aeiou]/;
/** Prefixes an irregular verb keeps in the past: "rerun" -> "reran", "overtake" -> "overtook". */
const PREFIX = /^(?:re|over|under|out|mis|with|up)(?=[a-z]{2,}$)/;
const PASTS: ReadonlySet<string> = new Set([...PAST_FORMS, ...Object.values(IRREGULAR)]);

/** The regular past: "present" -> "presented", "tidy" -> "tidied", "plan" -> "planned", "fix" -> "fixed". */
function regularPast(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // One syllable ending in one vowel and one consonant doubles it: "stop" -> "stopped", not "visit".
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(verb)) return `${verb}${verb.at(-1) ?? ''}ed`;
  return `${verb}ed`;
}

/** The verb after an opening "I" put in the past; the rest of the words as they were. */
export function inPast(text: string): string {
  const words = text.split(' ');
  if (words[0]?.toLowerCase() !== 'i') return text;
  let at = 1;
  // Hedges stand between too: "I kind of pulled it", "I sort of took over", "I kinda fixed it".
  const hedge = (i: number) => (/^(?:kind|sort)$/i.test(words[i] ?? '') && (words[i + 1] ?? '').toLowerCase() === 'of' ? 2 : /^(?:kinda|sorta)$/i.test(words[i] ?? '') ? 1 : 0);
  while (at < words.length && (BETWEEN.has((words[at] ?? '').toLowerCase()) || hedge(at) > 0)) at += hedge(at) || 1;
  const word = words[at];
  if (word === undefined) return text;
  const bare = word.toLowerCase();
  if (!/^[a-z]+$/.test(bare) || LEAVE.test(bare) || PASTS.has(bare) || !VOWEL.test(bare)) return text;
  // "reran", "redid", "overtook": a prefixed irregular verb is the verb's own past, or put there ("rerun" -> "reran").
  const prefix = PREFIX.exec(bare)?.[0] ?? '';
  const stem = bare.slice(prefix.length);
  if (prefix && (LEAVE.test(stem) || PASTS.has(stem))) return text;
  if (prefix && IRREGULAR[stem]) {
    words[at] = `${prefix}${IRREGULAR[stem]}`;
    return words.join(' ');
  }
  // A third person's "-s" a learner may type ("I goes") is the same verb: "goes" -> "go" -> "went".
  const base = IRREGULAR[bare] ? bare : bare.endsWith('es') && IRREGULAR[bare.slice(0, -2)] ? bare.slice(0, -2) : bare;
  words[at] = IRREGULAR[base] ?? regularPast(base);
  return words.join(' ');
}
