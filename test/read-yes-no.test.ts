import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYesNo } from '../src/engine/read/yes-no.js';
import type { YesNoReading } from '../src/engine/read/yes-no.js';

/** Answers to the coach's yes/no questions as people type them, labelled with what they mean. */
const LABELLED: [string, YesNoReading['kind']][] = [
  ['yes', 'yes'],
  ['Yes!', 'yes'],
  ['YES', 'yes'],
  ['Yes!!', 'yes'],
  ['yes please', 'yes'],
  ['Yes please!', 'yes'],
  ['yeah', 'yes'],
  ['yeah sure why not', 'yes'],
  ['yeah that works', 'yes'],
  ['yea sure', 'yes'],
  ['yep', 'yes'],
  ['yup 👍', 'yes'],
  ['Y', 'yes'],
  ['sure', 'yes'],
  ['sure thing!', 'yes'],
  ['sure, why not', 'yes'],
  ['ok', 'yes'],
  ['Okay.', 'yes'],
  ['ok sounds good', 'yes'],
  ['fine', 'yes'],
  ["that's fine by me", 'yes'],
  ['Of course!', 'yes'],
  ['Absolutely', 'yes'],
  ['Definitely!', 'yes'],
  ['go ahead', 'yes'],
  ['why not', 'yes'],
  ['I think so', 'yes'],
  ['I guess', 'yes'],
  ['I suppose', 'yes'],
  ['well, yes', 'yes'],
  ['Um, yes?', 'yes'],
  ['Yes, as long as it is online', 'yes'],
  ['that would be great', 'yes'],
  ["I'd like that", 'yes'],
  ['no problem', 'yes'],
  ['yess', 'yes'],
  ['👍', 'yes'],
  ['no', 'no'],
  ['No.', 'no'],
  ['N', 'no'],
  ['nope', 'no'],
  ['Nope.', 'no'],
  ['nah', 'no'],
  ["Nah I'm good", 'no'],
  ['no, I can pay within my budget', 'no'],
  ['no thanks, I can afford it', 'no'],
  ['not really', 'no'],
  ['Not really no', 'no'],
  ['nope, not for me', 'no'],
  ['definitely not', 'no'],
  ['absolutely not', 'no'],
  ['of course not', 'no'],
  ["I'd prefer not", 'no'],
  ['I would rather not', 'no'],
  ['Rather not', 'no'],
  ["I don't think so", 'no'],
  ['i think not', 'no'],
  ['I would say no', 'no'],
  ['well, no', 'no'],
  ['um no', 'no'],
  ['no way', 'no'],
  ['please no', 'no'],
  ['not at the moment', 'no'],
  ["I can't do webcam exams", 'no'],
  ['nooo', 'no'],
  ['👎', 'no'],
  ['maybe', 'unsure'],
  ['perhaps', 'unsure'],
  ['not sure', 'unsure'],
  ["I'm not sure", 'unsure'],
  ['hmm not sure', 'unsure'],
  ['no idea', 'unsure'],
  ["I don't mind either way", 'either'],
  ['yes and no', 'unsure'],
  ['it depends', 'unsure'],
  ['🤷', 'unsure'],
  // Left to the coach, which a question with a default ("Not sure? Say no") takes; not knowing is not that.
  ['doesnt matter to me', 'either'],
  ["it doesn't matter", 'either'],
  ['either is fine', 'either'],
  ['Either one, really', 'either'],
  ['whatever you think', 'either'],
  ['up to you', 'either'],
  ['honestly i dont care', 'either'],
  ['fine either way', 'either'],
  ['no preference', 'either'],
  ['', 'none'],
  ['yesterday', 'none'],
  ['nothing', 'none'],
  ['now', 'none'],
  ['I can pay within my budget', 'none'],
  ['is a Scrum badge worth it for me?', 'none'],
  // Reassurance that starts with "no" is neither a yes nor a no: what follows it is the answer, if anything is.
  ['no worries', 'none'],
  ['No worries!', 'none'],
  ['no worries :)', 'none'],
  ['no rush', 'none'],
  ['No rush, a year or so', 'none'],
  ['no rush. maybe a year', 'unsure'],
  ['definitely not sure', 'unsure'],
  ['no hurry', 'none'],
  ['no pressure', 'none'],
  ['no big deal', 'none'],
  ['no stress, whenever', 'none'],
  ['no worries, yes please', 'yes'],
  ['no worries yeah go ahead', 'yes'],
  ['no rush, no thanks', 'no'],
  ['no worries, not now', 'no'],
  ['no problem', 'yes'],
  ['actually no', 'no'],
  ['actually yes', 'yes'],
  // Doubt after the answer takes it back.
  ['yes maybe', 'unsure'],
  ['yeah maybe', 'unsure'],
  ['yes, not sure though', 'unsure'],
  ['no... maybe', 'unsure'],
  ['no idk', 'unsure'],
  ['yeah I dunno', 'unsure'],
  ['sure, perhaps', 'unsure'],
  ["ok I don't know", 'unsure'],
  ['yes possibly', 'unsure'],
  ["yes we'll see", 'unsure'],
  ['no, I think not', 'no'],
];

describe('reading yes and no as people type them', () => {
  it.each(LABELLED)('%j is %s', (text, kind) => {
    expect(readYesNo(text).kind).toBe(kind);
  });
});

const ANSWERS = ['yes', 'yeah', 'yep', 'sure', 'ok', 'no', 'nope', 'nah', 'not really', 'definitely', 'of course'];
const REASSURANCE = ['no rush', 'no worries', 'no hurry', 'no pressure', 'no stress', 'no big deal'];
const HEDGES = ['maybe', 'perhaps', 'possibly', 'not sure', 'idk', 'dunno', "don't know", 'not certain', "we'll see"];
const SEP = fc.constantFrom(' ', ', ', '. ', '... ', ' - ');
const CASE = fc.constantFrom((t: string) => t, (t: string) => t.toUpperCase(), (t: string) => t.charAt(0).toUpperCase() + t.slice(1));

describe('hedged answers are never taken silently', () => {
  it('a yes or a no with doubt after it is not sure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ANSWERS), SEP, fc.constantFrom(...HEDGES), fc.constantFrom('', ' though', ' really', '?'), CASE, (answer, sep, hedge, tail, cased) => {
        expect(readYesNo(cased(`${answer}${sep}${hedge}${tail}`)).kind).toBe('unsure');
      }),
    );
  });

  it('reassurance alone, or with a time or a reason after it, is neither a yes nor a no', () => {
    const after = fc.constantFrom('', 'a year or so', 'whenever', 'take your time', 'six months', 'a couple of years', 'i have time', 'honestly');
    fc.assert(
      fc.property(fc.constantFrom(...REASSURANCE), SEP, after, CASE, (reassuring, sep, rest, cased) => {
        expect(readYesNo(cased(rest ? `${reassuring}${sep}${rest}` : reassuring)).kind).toBe('none');
      }),
    );
  });

  it('reassurance before a plain answer leaves the answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REASSURANCE), SEP, fc.constantFrom(['yes please', 'yes'] as const, ['go ahead', 'yes'] as const, ['no thanks', 'no'] as const, ['not now', 'no'] as const), (reassuring, sep, [answer, kind]) => {
        expect(readYesNo(`${reassuring}${sep}${answer}`).kind).toBe(kind);
      }),
    );
  });
});
