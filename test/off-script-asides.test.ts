import { describe, expect, it } from 'vitest';
import { ageAnswer, ageSaid, asksDevice, saysAgeWorry } from '../flows/off-script-asides.js';

describe('an age worry', () => {
  it.each([
    'is 56 too old for this?',
    'am i too old',
    'Is 45 too late to get into ML?',
    'is 45 too late to get into ml',
    'is it too late to start at 52',
    'too late to change careers at 50?',
    'is it too late for me to switch',
    'am i too old to retrain at 58',
    '50 too late for tech?',
    'i am 55. they will hire old teacher?',
    "I'm 61 now, would a company even hire me?",
    'im 48 - do employers accept people like me',
    '58 years old, any chance for me in IT?',
    'aged 52. will they take me?',
    'Is it silly to start this at 62?',
    'would it be crazy to retrain at 58',
    "I'm 57, is it a mistake to switch now?",
    'foolish of me to try this at 64?',
  ])('%j says it', (text) => expect(saysAgeWorry(text)).toBe(true));
  it.each(['why do you need my age?', 'is it too late to change my budget?', 'how old is the CAPM exam?', 'is the A+ worth it', 'i am 40 hours a week, will they hire me?', 'i am working as teacher 28 years, will they hire me?', 'i am 25, will they hire me?', 'i am 55, what does a QA analyst earn?', 'is it silly to start with Excel?', 'i am 45 hours in, is it crazy to start over?'])('%j does not', (text) => {
    expect(saysAgeWorry(text)).toBe(false);
  });
  it('reads the age said and answers with it', () => {
    expect(ageSaid('Is 45 too late to get into ML?')).toBe(45);
    expect(ageSaid('is it too late to start at 52')).toBe(52);
    expect(ageSaid('i am 55. they will hire old teacher?')).toBe(55);
    expect(ageSaid('i have 50 hours a week')).toBeUndefined();
    expect(ageAnswer('Is 45 too late to get into ML?', 19)).toMatch(/^It's a fair worry, and no, 45 is not too old for this\..*your 19 years of work as strengths/);
  });
});

describe('a question about the device they study on', () => {
  it.each(['can I do this on a Chromebook?', 'will my old laptop work?', 'do I need a new computer?', 'can i study on my phone', 'is a chromebook enough', 'can I take the exam from my iPad?'])('%j asks it', (text) =>
    expect(asksDevice(text)).toBe(true),
  );
  it.each(['i fix laptops and printers at work', 'do i need windows for this job?', 'what does a mobile device support tech earn?', 'can i do this on weekends?'])('%j does not', (text) =>
    expect(asksDevice(text)).toBe(false),
  );
});

describe('an age worry before and after there is a plan', () => {
  it('speaks of the plan only once there is one', () => {
    expect(ageAnswer('am i too old', 16)).not.toContain('your plan');
    expect(ageAnswer('am i too old', 16, true)).toContain('your plan dates the learning and the portfolio piece');
  });
});
