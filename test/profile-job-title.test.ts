import { describe, expect, it } from 'vitest';
import { readJobTitle } from '../flows/profile-job-title.js';

describe('the job title in an answer to "what is your current job?"', () => {
  it.each([
    ['i own an insurance agency, been in insurance sales 22 yrs', 'insurance agency owner'],
    ['I own a small bakery', 'bakery owner'],
    ['I run my own plumbing company', 'plumbing company owner'],
    ['we own a restaurant', 'restaurant owner'],
    // Run, but not a business: a manager.
    ['i run the front desk at a hotel', 'front desk manager'],
    ['I manage a warehouse team of 12', 'warehouse team manager'],
    ['i manage IT for our office', 'IT manager'],
    ["I'm a nurse at St Mary's", 'nurse'],
    ['im a high school maths teacher, 19 years now', 'high school maths teacher'],
    ['I work as a paralegal for a law firm', 'paralegal'],
    ["I'm the office manager at a dental clinic", 'office manager'],
    ['I am an accountant', 'accountant'],
    // A field with no title: its professional, which reads after "as a" and "from your job as".
    ['been in retail for 10 years', 'retail professional'],
    ['22 years in nursing', 'nursing professional'],
  ])('%j is a %j, with the answer kept as said', (answer, title) => {
    expect(readJobTitle(answer)).toEqual({ title, said: answer });
  });

  it.each([['Retail store manager'], ['Project manager, PMP certified'], ['warehouse supervisor'], ['Project manager, 10 years']])('%j, typed as a title, is kept as typed', (answer) => {
    expect(readJobTitle(answer)).toEqual({ title: answer });
  });

  it.each([["i'm currently unemployed"], ["I do a bit of everything at my dad's shop"], ['my job is sales']])('%j, with no title or field to read, is kept as said rather than guessed', (answer) => {
    expect(readJobTitle(answer).title).toBe(answer);
  });
});
