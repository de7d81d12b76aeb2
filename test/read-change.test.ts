import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChange } from '../src/engine/read/change.js';

/** Changes of mind as people type them, with what is left once the words of changing are off. */
const CHANGES: [string, string][] = [
  ['actually 300', '300'],
  ['Actually, 300', '300'],
  ['actually $300', '$300'],
  ['acutally 300', '300'],
  ['wait actually i can do 10 hours', 'i can do 10 hours'],
  ['Wait, actually I can do 10 hours', 'i can do 10 hours'],
  ['wait 10 hours', '10 hours'],
  ['no wait, 8 hours', '8 hours'],
  ['hold on, make that 300', '300'],
  ['sorry I meant 300', '300'],
  ['sorry, i meant 6 months', '6 months'],
  ['oops i meant 9 months', '9 months'],
  ['i meant $250', '$250'],
  ['make that 300', '300'],
  ['Make it 12 hours', '12 hours'],
  ['change my budget to 300', 'my budget 300'],
  ['Change my budget to $300 please', 'my budget $300 please'],
  ['can you change my budget to 300?', 'my budget 300'],
  ['update hours to 10', 'hours 10'],
  ['set the deadline to 9 months', 'the deadline 9 months'],
  ['lower my budget to 200', 'my budget 200'],
  ['i can actually do 10 hours', 'i can do 10 hours'],
  ['10 hours instead', '10 hours'],
  ['my budget is actually 300 now', 'my budget is 300 now'],
  ['on second thought, 6 months', '6 months'],
  ['scratch that, 400', '400'],
  ['correction: 52k', '52k'],
  ['my bad, 7 hours', '7 hours'],
  ['oh wait sorry i meant 5', '5'],
  ['10 hours, or rather 8', '10 hours, or 8'],
  ['rather 400', '400'],
];

/** Plain answers: no change said, the text left as typed (lower case). */
const PLAIN = ['300', '$500', '10 hours a week', 'a year', 'yes', 'no', 'i can do 8', '52k', 'by june', 'not sure', 'oh, 300', 'no, 300', 'i could do 10 now', 'my budget is 300 now', 'for now 5 hours',
  // "I'd rather" says what is preferred, not that something was misspoken.
  "no, id rather pay for the right one", "i'd rather do 10 hours", 'I would rather spend less', "we'd much rather wait"];

describe('readChange', () => {
  it.each(CHANGES)('reads %j as a change of %j', (text, rest) => {
    expect(readChange(text)).toEqual({ marked: true, rest, whatIf: false });
  });

  // Asking what would happen at a value changes nothing: the coach answers at it and keeps the answer given.
  it.each([
    ['how long will it take at 12 hours a week?', 'how long will it take at 12 hours a week'],
    ['How long would it take at 12 hours?', 'how long would it take at 12 hours'],
    ['what if I did 12 hours a week?', 'what if i did 12 hours a week'],
    ['would it be faster at 12 hours a week', 'would it be faster at 12 hours a week'],
    ['at 12 hours?', 'at 12 hours'],
    ['wait, how long at 12 hours?', 'how long at 12 hours'],
    ['how long would it take if I did 12 hours instead?', 'how long would it take if i did 12 hours'],
    ['is $300 enough?', 'is $300 enough'],
  ])('reads %j as a what-if, not a change', (text, rest) => {
    expect(readChange(text)).toEqual({ marked: false, rest, whatIf: true });
  });

  it.each([
    ['actually 12 hours', '12 hours'],
    ['make it 12 hours a week', '12 hours a week'],
    ['actually 12 hours?', '12 hours'],
    ['can I change my hours to 12?', 'my hours 12'],
    ['could you update the budget to 300?', 'the budget 300'],
  ])('reads %j as a change even when it is asked', (text, rest) => {
    expect(readChange(text)).toEqual({ marked: true, rest, whatIf: false });
  });

  it.each(PLAIN)('reads %j as no change', (text) => {
    expect(readChange(text).marked).toBe(false);
  });

  it('keeps every number of the message in what is left', () => {
    const lead = fc.constantFrom('actually', 'wait', 'wait actually', 'sorry i meant', 'make that', 'oh wait,', 'hold on', 'i meant');
    fc.assert(
      fc.property(lead, fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('', ' hours', ' dollars', ' months'), (said, n, unit) => {
        const reading = readChange(`${said} ${n}${unit}`);
        expect(reading.marked).toBe(true);
        expect(reading.rest).toBe(`${n}${unit}`);
      }),
    );
  });
});
