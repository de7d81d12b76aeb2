import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, readNumberInFull, wholeNumber, wholeNumberInFull } from '../src/engine/read/number.js';
import type { Want } from '../src/engine/read/number.js';
import { readQuestion, readQuestionInFull } from '../src/engine/read/question.js';
import { YES_NO_PHRASES, readYesNo, readYesNoInFull } from '../src/engine/read/yes-no.js';

/**
 * The readers answer the commonest forms (a whole number, "yes", "no") without running every
 * rule. Whatever the input, the fast path must read exactly what the full reader reads.
 */

const spaces = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0');
const recase = (word: string) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((ups) => [...word].map((c, i) => (ups[i] ? c.toUpperCase() : c)).join(''));
const phrase = fc.constantFrom(...YES_NO_PHRASES, 'why not', 'what', 'is it', 'ok so', 'i guess', 'maybe', 'accountant', 'data analyst', 'yes and no');
const answers = fc.oneof(
  // whole numbers, as typed
  fc.tuple(spaces, fc.integer({ min: 0, max: 2_000_000_000 }), spaces).map(([a, n, b]) => `${a}${n}${b}`),
  fc.tuple(fc.constantFrom('', '-', '$', '0', '00'), fc.nat(99_999), fc.constantFrom('', ' ', '.', '?', 'k', ' hrs', ',000')).map(([a, n, b]) => `${a}${n}${b}`),
  // yes/no phrases, in any case, with spaces and punctuation around them
  fc.tuple(spaces, phrase.chain(recase), fc.constantFrom('', ' ', '.', '!', '?', '  ', ', sure', ' 👍')).map(([a, p, b]) => `${a}${p}${b}`),
  fc.tuple(phrase, fc.constantFrom(' ', '  '), phrase).map(([a, s, b]) => `${a}${s}${b}`),
  // anything at all
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const wants = fc.constantFrom<Want>({}, { unit: 'hours', per: 'week' }, { unit: 'dollars' }, { unit: 'dollars', per: 'year' }, { unit: 'months' }, { unit: 'years' });

describe('fast paths read what the full readers read', () => {
  it('readYesNo', () => {
    fc.assert(fc.property(answers, (text) => {
          expect(readYesNo(text)).toEqual(readYesNoInFull(text));
        }), { numRuns: 5_000 });
  });

  it('readQuestion', () => {
    fc.assert(fc.property(answers, (text) => {
          expect(readQuestion(text)).toEqual(readQuestionInFull(text));
        }), { numRuns: 5_000 });
  });

  it('readNumber, for every unit', () => {
    fc.assert(fc.property(answers, wants, (text, want) => {
          expect(readNumber(text, want)).toEqual(readNumberInFull(text, want));
        }), { numRuns: 5_000 });
  });

  it('wholeNumber', () => {
    fc.assert(fc.property(answers, (text) => {
          expect(wholeNumber(text)).toEqual(wholeNumberInFull(text));
        }), { numRuns: 5_000 });
  });

  it.each(['yes', 'No', 'YEAH', 'nope', 'not really', 'sounds good', 'why not', 'i guess'])('readYesNo and readQuestion agree on %j', (text) => {
    expect(readYesNo(text)).toEqual(readYesNoInFull(text));
    expect(readQuestion(text)).toEqual(readQuestionInFull(text));
  });
});
