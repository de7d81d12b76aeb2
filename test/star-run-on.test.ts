import { describe, expect, it } from 'vitest';
import { isRunOn, splitRunOn } from '../src/star/run-on.js';

describe('splitRunOn', () => {
  it('keeps "the kind of thing i do" and "the way she spoke" in one clause', () => {
    expect(splitRunOn('we got the deal in the end anyway thats the kind of thing i do all the time', true)).toEqual(['we got the deal in the end anyway thats the kind of thing i do all the time']);
    expect(splitRunOn('the customer hated the way she spoke to him so i took over the call myself', true)).toEqual(['the customer hated the way she spoke to him', 'so i took over the call myself']);
  });

  it('cuts a lowercase chat run where a new subject starts a new event', () => {
    expect(splitRunOn('the printer jammed on the last day of term and the reports were due at four i took the trays out cleaned the rollers then i rang the supplier he came out the same day', true)).toEqual([
      'the printer jammed on the last day of term',
      'and the reports were due at four',
      'i took the trays out cleaned the rollers',
      'then i rang the supplier',
      'he came out the same day',
    ]);
    // A subject named by its noun, and a group counted ("all 12 of them").
    expect(splitRunOn('we were two cooks down on a friday night and the tickets kept coming my boss asked who could stay late i stayed till close all 12 of them got their food', true)).toEqual([
      'we were two cooks down on a friday night',
      'and the tickets kept coming',
      'my boss asked who could stay late',
      'i stayed till close',
      'all 12 of them got their food',
    ]);
  });

  it('cuts before "and / but / so" when a new subject with its past verb follows', () => {
    expect(splitRunOn('i cleaned the cut and put a dressing on but the parents thanked me at pick up', true)).toEqual(['i cleaned the cut and put a dressing on', 'but the parents thanked me at pick up']);
    // A subject of two words after its determiner, a past said without its apostrophe, and "no matter what".
    expect(splitRunOn('the lift was out and the night sister asked me to carry the trays up no matter what i took them two at a time we didnt spill one', true)).toEqual([
      'the lift was out',
      'and the night sister asked me to carry the trays up no matter what',
      'i took them two at a time',
      'we didnt spill one',
    ]);
  });

  it('cuts before a pronoun subject with a learner\'s present verb, where a noun subject needs its past', () => {
    expect(splitRunOn('in my last job in a bakery in porto the owner tell us the bread must be ready at six i start at four and i make the dough first', true)).toEqual([
      'in my last job in a bakery in porto the owner tell us the bread must be ready at six',
      'i start at four',
      'and i make the dough first',
    ]);
  });

  it('cuts before a time after the steps that has its own subject and verb', () => {
    expect(splitRunOn('i put a sign on every table asking people to clear their trays within two weeks the bins were half as full', true)).toEqual([
      'i put a sign on every table asking people to clear their trays',
      'within two weeks the bins were half as full',
    ]);
    // A time that closes the step stays with it.
    expect(splitRunOn('i rang every client back after two days and booked them in again', true)).toHaveLength(1);
  });

  it('keeps a subject tied to the clause before it, and leaves punctuated text and punctuated answers whole', () => {
    // "when i", "said she", "before they": the subject belongs to the clause it is in.
    expect(splitRunOn('it was busy when i started because the manager said she wanted the shelves full before they opened the doors at nine', true)).toHaveLength(1);
    // Each piece keeps at least three words.
    expect(splitRunOn('so i rang she came', true)).toEqual(['so i rang she came']);
    expect(splitRunOn('The van broke down on the ring road, I rang the depot and they sent another one within the hour', true)).toHaveLength(1);
    // In a punctuated answer a long piece is a sentence with its relative clauses.
    expect(splitRunOn('I put on the radio station her son had told us she liked and talked to her quietly for a while', false)).toHaveLength(1);
  });

  it('tells an answer typed as one run from a punctuated one', () => {
    const run = 'so the card machine went down at lunch on a saturday and there was a queue right out the door i wrote the orders on paper and took cash from everyone my manager rang the bank';
    expect(isRunOn(run, run.split(' ').length)).toBe(true);
    const told = 'The card machine went down at lunch. I took cash. My manager rang the bank.';
    expect(isRunOn(told, told.split(' ').length)).toBe(false);
  });
});
