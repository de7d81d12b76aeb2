import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanHumanText } from '../src/engine/read/clean.js';
import { LEFT_OUT, maskSecrets, secretNotice } from '../src/engine/read/secrets.js';

describe('cleanHumanText: what people type, without what is not their words', () => {
  it.each([
    ['colour codes from a terminal paste', 'Data \x1b[31manalyst\x1b[0m', 'Data analyst'],
    ['a title-setting OSC sequence', 'Ann\x1b]0;pwned\x07 Lee', 'Ann Lee'],
    ['the one-byte CSI', 'Ann\x9b2J', 'Ann'],
    ['a clear-screen escape', '\x1bcAccountant', 'Accountant'],
    ['a lone high surrogate (half an emoji)', 'Nurse \ud83d', 'Nurse \ufffd'],
    ['a lone low surrogate', '\ude00 teacher', '\ufffd teacher'],
    ['NUL, bell and backspace', 'Te\x00ach\x07er\x08', 'Teacher'],
    ['a right-to-left override that reverses what follows', 'invoice\u202Egnp.exe', 'invoicegnp.exe'],
    ['a zero-width space and a byte-order mark', '\ufeffData\u200b analyst', 'Data analyst'],
    ['Windows line breaks', 'line one\r\nline two\rthree', 'line one\nline two\nthree'],
    ['a decomposed accent, composed (NFC)', 'Cafe\u0301 manager', 'Café manager'],
  ])('removes %s', (_what, typed, kept) => {
    expect(cleanHumanText(typed)).toBe(kept);
  });

  it.each([
    ['plain ASCII', 'I have 12 years in accounting, mostly Excel.'],
    ['emoji with joiners, skin tones and variation selectors', 'ok 👍🏽 👩‍💻 ✔️ 🏳️‍🌈'],
    ['other scripts', 'Ich heiße Jürgen — 数据分析师 — مهندس'],
    ['tabs and line breaks', 'Situation:\tat the bank\nResult: 20% faster'],
    ['a whole surrogate pair', 'great 😀'],
  ])('keeps %s exactly', (_what, typed) => {
    expect(cleanHumanText(typed)).toBe(typed);
  });
});

describe('maskSecrets: card numbers, social security numbers, passwords and keys are left out', () => {
  it.each([
    ['my card is 4111 1111 1111 1111', 'card', `my card is ${LEFT_OUT.card}`],
    ['4111111111111111', 'card', LEFT_OUT.card],
    ['pay with 5500-0000-0000-0004 please', 'card', `pay with ${LEFT_OUT.card} please`],
    ['amex 3782 822463 10005', 'card', `amex ${LEFT_OUT.card}`],
    ['SSN 123-45-6789', 'ssn', `SSN ${LEFT_OUT.ssn}`],
    ['my social security number is 123456789', 'ssn', `my social security number is ${LEFT_OUT.ssn}`],
    ['it is 219 09 9999 I think', 'ssn', `it is ${LEFT_OUT.ssn} I think`],
    ['password: hunter2', 'password', `password: ${LEFT_OUT.password}`],
    ['My LinkedIn password is "correct horse"', 'password', `My LinkedIn password is ${LEFT_OUT.password}`],
    ['PIN: 4321', 'password', `PIN: ${LEFT_OUT.password}`],
    ['try Tr0ub4dor&3 for the login', 'password', `try ${LEFT_OUT.password} for the login`],
    ['key sk-abcdefghijklmnopqrstuvwx1234', 'key', `key ${LEFT_OUT.key}`],
    ['xoxb-1234567890-abcdefghij', 'key', LEFT_OUT.key],
  ])('%j: %s', (typed, kind, kept) => {
    const masked = maskSecrets(typed);
    expect(masked.found).toEqual([kind]);
    expect(masked.text).toBe(kept);
  });

  it.each([
    ['a budget', '$2,000'],
    ['a salary', 'about 85k, 85000 a year'],
    ['a phone number', 'call me on +1 415-555-2671'],
    ['a 16-digit number that fails the Luhn check', '4111 1111 1111 1112'],
    ['years in a list', 'I worked there 2015 2016 2017 2018'],
    ['an e-mail address', 'Ann.Lee2@Example.com'],
    ['a web address', 'https://Example.com/Jobs?id=42&x=1'],
    ['a certification code', 'AWS-SAA-C03 and CompTIA A+'],
    ['an interview story with numbers', 'I cut month-end close from 10 days to 6 (40%) for 12 people in 2021.'],
    ['talk about passwords without one', 'I reset passwords for 300 users a week'],
    ['a number that is not a social security number', '000-12-3456 and 123-00-4567'],
    ['HTML pasted from a job board', '<div class="job-description"><h2>Marketing Analyst</h2><p>You&#39;ll use Google&nbsp;Analytics&nbsp;4'],
    ["a Slack channel link", 'cc <#C0123|career-switchers> and <@U042ABC>'],
  ])('keeps %s', (_what, typed) => {
    expect(maskSecrets(typed)).toEqual({ text: typed, found: [] });
  });

  it('names every kind it left out, once each, in the notice', () => {
    const masked = maskSecrets('card 4111 1111 1111 1111, ssn 123-45-6789 and password: x, again 4111111111111111');
    expect(masked.found).toEqual(['card', 'ssn', 'password']);
    expect(secretNotice(masked.found)).toBe(
      'I left out what looked like a card number, a social security number and a password and kept the rest of your message, so it is not stored anywhere. I never need those to coach you: please don\'t send them here.',
    );
  });
});

describe('no false alarms on what people really paste', () => {
  const dir = new URL('./fixtures/', import.meta.url);
  const postings = readdirSync(new URL('postings/', dir)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(`postings/${f}`, dir), 'utf8'));
  const stories = readdirSync(new URL('star-labelled/', dir))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(new URL(`star-labelled/${f}`, dir), 'utf8')) as { answer: string }[]).map((a) => a.answer));

  it(`leaves every posting and interview answer in the fixtures as it is (${postings.length} postings, ${stories.length} answers)`, () => {
    const flagged = [...postings, ...stories].map((text) => maskSecrets(cleanHumanText(text))).filter((m) => m.found.length > 0);
    expect(flagged.map((m) => m.found)).toEqual([]);
  });
});
