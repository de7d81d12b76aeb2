import { normalize } from './text.js';

/**
 * The words of a message that carry its subject, each cut to a rough stem, so that the ways people
 * say a thing meet the ways a list names it: "improve a process", "process improvement" and
 * "improved processes" all give `improv` and `process`, "automation" and "automated" `automat`; "misses a deadline" and "missed deadlines"
 * give `miss` and `deadlin`; "practice" and "practise", "prioritize" and "prioritise" read alike.
 * Small words, politeness and the words every request or interview question has ("a question
 * about", "tell me about a time", "please") are left out. Crude on purpose: both sides are cut the
 * same way, so a stem only has to be consistent, never a real word.
 */

const STOP = new Set(
  (
    "a an the and or but nor of to in on at for with without about from by as into onto over under than then so if " +
    'is are was were be been being am it its this that these those there here ' +
    "i me my mine myself you your yours we us our they them their he him his she her one ones " +
    "i'm im i'd id i'll ill i've ive you're what which who whom whose when where why how " +
    'do does did done doing have has had having can could would should will shall may might must ' +
    'not no yes ok okay hi hello hey please pls plz thanks thank thx ' +
    "want wanted wanna like need let lets let's give get got go going gonna try " +
    'question questions thing things stuff something someone somebody anything everything kind sort type ' +
    'time times tell describe walk through ask asked more most much many some any very really just also maybe first start begin ' +
    'again still bit little lot lots well good sure now today next people person work working job'
  ).split(' '),
);

/** English suffixes cut off, longest first: [suffix, replacement]. */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['ements', ''],
  ['ement', ''],
  ['ments', ''],
  ['ment', ''],
  ['ions', ''],
  ['ion', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ings', ''],
  ['ing', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
];
const MIN_STEM = 3;

/** A word cut to its stem: "improvement", "improved", "improves" and "improve" all give "improv". */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/iz/g, 'is');
  for (const [suffix, instead] of SUFFIXES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < MIN_STEM) continue;
    // "process" keeps its s; "-es" goes only after s, x, ch or sh ("processes", "boxes"), else just the s.
    if (suffix === 's' && /(?:ss|us|is)$/.test(w)) break;
    if (suffix === 'es' && !/(?:ss|x|ch|sh)es$/.test(w)) continue;
    w = w.slice(0, -suffix.length) + instead;
    // "mapped" and "map", "stopping" and "stop".
    if ((suffix === 'ed' || suffix === 'ing') && /([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ff|zz)$/.test(w)) w = w.slice(0, -1);
    break;
  }
  return w.replace(/ce$/, 'se').replace(/e$/, '');
}

/** The subject-bearing stems of a text, in order, each once. */
export function contentStems(text: string): string[] {
  const words = normalize(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length >= 2 && !STOP.has(w));
  return [...new Set(words.map(stem).filter((s) => s.length >= 2))];
}
