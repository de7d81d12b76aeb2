import { describe, expect, it } from 'vitest';
import { hasWords, parseHumanNumber, parseYesNo } from '../src/engine/human-input.js';
import { LEFT_OUT } from '../src/engine/read/secrets.js';
import { chatWith } from './support/chat.js';
import { memoryEngine } from './support/memory-engine.js';

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

/** What a person's stored session says, as the store keeps it (the raw JSON). */
async function typedAtTheRoleQuestion(role: string) {
  const { engine, store } = memoryEngine();
  const chat = chatWith(engine);
  await chat.say('hi');
  await chat.say('Ann');
  const said = await chat.say(role);
  return { chat, said, stored: store.peek(chat.origin) ?? '', status: await chat.say('status') };
}

describe('text is cleaned where it enters the engine, before it is read, stored or echoed', () => {
  it('keeps no terminal escape or lone surrogate, and echoes the clean text in status', async () => {
    const { stored, status } = await typedAtTheRoleQuestion('\x1b[31mAccountant\x1b[0m \ud83d\u202e');
    expect(JSON.parse(stored).profile.currentRole).toBe('Accountant \ufffd');
    expect(stored).not.toMatch(/\\u001b|\\ud83d|\\u202e/i);
    expect(status).toContain('Current role=Accountant \ufffd');
    // eslint-disable-next-line no-control-regex
    expect(status).not.toMatch(/[\x1b\u202e]|[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("keeps the person's own text otherwise intact, emoji and accents included", async () => {
    const { stored } = await typedAtTheRoleQuestion('Café owner 👩‍🍳 ✔️');
    expect(JSON.parse(stored).profile.currentRole).toBe('Café owner 👩‍🍳 ✔️');
  });

  it('leaves out a card number, says so first, and stores only what was kept', async () => {
    const { said, stored } = await typedAtTheRoleQuestion('Cashier, card 4111 1111 1111 1111');
    expect(said.split('\n')[0]).toBe(
      "I left out what looked like a card number and kept the rest of your message, so it is not stored anywhere. I never need those to coach you: please don't send them here.",
    );
    expect(said).toContain('How many years have you done it?');
    expect(stored).not.toContain('4111');
    expect(JSON.parse(stored).profile.currentRole).toBe(`Cashier, card ${LEFT_OUT.card}`);
  });

  it('leaves out a social security number and a password from a form too', async () => {
    const { engine, store } = memoryEngine();
    const chat = chatWith(engine);
    for (const line of ['hi', 'Ann', 'Accountant', '12']) await chat.say(line);
    await chat.click('target', 'data');
    const said = await chat.submit('posting', { text: 'Apply with SSN 123-45-6789, password: Summer2024! and SQL' });
    expect(said).toContain('a social security number and a password');
    const stored = store.peek(chat.origin) ?? '';
    expect(stored).not.toMatch(/6789|Summer2024/);
    expect(stored).toContain(LEFT_OUT.ssn);
  });

  it('says nothing about secrets when there are none', async () => {
    const { said } = await typedAtTheRoleQuestion('Accountant, 12 years, pay 4111');
    expect(said).not.toContain('left out');
  });
});
