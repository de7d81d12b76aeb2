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
  ])('models %j as %j', (typed, modelled) => {
    expect(inPast(typed)).toBe(modelled);
  });

  it.each(['I visited two shops', 'I drove out there', 'I could ring them', 'I started restarting everything', 'I kept the colours', 'the team went out'])('leaves %j as it is', (text) => {
    expect(inPast(text)).toBe(text);
  });
});
