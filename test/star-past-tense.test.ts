import { describe, expect, it } from 'vitest';
import { inPast } from '../src/star/past-tense.js';

describe('inPast: a step modelled back in the past tense', () => {
  it.each([
    ['I present three concepts', 'I presented three concepts'],
    ['I go to two of the bakeries', 'I went to two of the bakeries'],
    ['I also talk with the owner', 'I also talked with the owner'],
    ['I stop the line', 'I stopped the line'],
    ['I tidy the stock room', 'I tidied the stock room'],
    ['I make all the signs', 'I made all the signs'],
    ['I are on the night shift', 'I was on the night shift'],
    ['I goes back', 'I went back'],
    ['I rerun the payroll', 'I reran the payroll'],
    ['I kind of pull it into a database', 'I kind of pulled it into a database'],
    ['I kinda fix it', 'I kinda fixed it'],
    ['I redo the schedule', 'I redid the schedule'],
    ['I overtake the backlog', 'I overtook the backlog'],
    ['I repair the scanner', 'I repaired the scanner'],
  ])('models %j as %j', (typed, modelled) => {
    expect(inPast(typed)).toBe(modelled);
  });

  it.each(['I visited two shops', 'I drove out there', 'I could ring them', 'I started restarting everything', 'I kept the colours', 'the team went out', 'I reran everything', 'I rebuilt the report', 'I redid it', 'I reset the access point', 'I misread the order', 'I kind of pulled it into a database', 'I sort of took over'])('leaves %j as it is', (text) => {
    expect(inPast(text)).toBe(text);
  });
});
