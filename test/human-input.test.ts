import { describe, expect, it } from 'vitest';
import { hasWords, parseHumanNumber, parseYesNo } from '../src/engine/human-input.js';

describe('parseHumanNumber', () => {
  it.each([
    ['$2,000', 2000],
    ['10 hrs', 10],
    ['10hrs/week', 10],
    ['ten', 10],
    ['Twenty five', 25],
    ['twenty-five', 25],
    ['one hundred and fifty', 150],
    ['a dozen', 12],
    ['2 thousand', 2000],
    ['five hundred dollars', 500],
    ['1.5k', 1500],
    ['$3.5k', 3500],
    ['2 k', 2000],
    ['about 10 hours a week', 10],
    ['~12', 12],
    ['1,000,000', 1_000_000],
    ['12.5', 12.5],
    ['0', 0],
    ['zero', 0],
    ['-5', -5],
    [7, 7],
  ])('reads %j as %d', (input, expected) => {
    expect(parseHumanNumber(input)).toBe(expected);
  });

  it.each([
    ['1 000', 1000],
    ['2.000', 2000],
    ['7,5', 7.5],
  ])('reads the thousands separator or decimal comma in %j (%d)', (input, expected) => {
    expect(parseHumanNumber(input)).toBe(expected);
  });

  it.each([['10-15'], ['10 to 15'], ['10 or 15'], ['500 or 1000'], ['led a team of 4'], ['lots'], [''], ['   '], ['ten apples'], ['x'.repeat(300)], [Number.NaN], [null], [{}]])(
    'finds no single number in %j',
    (input) => {
      expect(parseHumanNumber(input)).toBeUndefined();
    },
  );
});

describe('parseYesNo', () => {
  it.each(['y', 'Yes', 'yeah', 'YEP', 'sure', 'ok', 'Of course!', '👍'])('reads %j as yes', (input) => {
    expect(parseYesNo(input)).toBe(true);
  });
  it.each(['n', 'No.', 'nope', 'nah', 'not really', '👎'])('reads %j as no', (input) => {
    expect(parseYesNo(input)).toBe(false);
  });
  it.each(['no, I can pay within my budget', 'nope', 'not really'])('reads %j as no, words around it and all', (input) => {
    expect(parseYesNo(input)).toBe(false);
  });
  it.each(['maybe', '', 'yes and no', 42])('reads %j as neither', (input) => {
    expect(parseYesNo(input)).toBeUndefined();
  });
});

describe('hasWords', () => {
  it('accepts letters and digits in any script and rejects emoji or punctuation alone', () => {
    expect(hasWords('Ana')).toBe(true);
    expect(hasWords('数据分析')).toBe(true);
    expect(hasWords('42')).toBe(true);
    expect(hasWords('🎉🎉')).toBe(false);
    expect(hasWords('**__** --')).toBe(false);
  });
});
