import { describe, expect, it } from 'vitest';
import { SITUATION, yearlyPayLike } from '../flows/pick-questions.js';
import type { FlowContext, Step } from '../src/engine/flow.js';

const ctx: FlowContext = { answers: {}, profile: {}, now: new Date('2026-12-07T09:00:00Z'), menu: [], actor: { id: 'u' }, shared: false };
const step = (id: string) => SITUATION.find((c) => c.step.id === id)?.step as Step;
const read = (id: string, text: string) => step(id).parse({ kind: 'text', text }, ctx);

describe("the pick's situation questions", () => {
  it.each([
    ['no rush, a year or so', 12],
    ['No rush. A year or so', 12],
    ['no hurry, about a year', 12],
    ['no worries, 8 months', 8],
    ['no pressure, maybe 6 months', 6],
    ['a year or so', 12],
  ])('reads the time in %j at the deadline question, not a no', (text, months) => {
    expect(read('deadline', text)).toMatchObject({ ok: true, value: months });
  });

  it.each([
    ['Budget', 'budget', 300, '$300'],
    ['Study time', 'hours', 10, '10 hours a week'],
    ['Deadline', 'deadline', 12, 'Tuesday 7 December 2027, about 12 months from now'],
    ['Current pay', 'pay', 85_000, '$85,000 a year'],
  ])('says %s back as the person would say it', (name, id, value, said) => {
    const changeable = SITUATION.find((c) => c.step.id === id);
    expect(changeable?.name).toBe(name);
    expect(changeable?.said(value, ctx)).toBe(said);
  });

  it.each([
    ['fifty thousand', true],
    ['52k', true],
    ['$0', true],
    ['nothing right now', true],
    ['$25 an hour', true],
    ['the right one', true],
    ['1', false],
    ['one', false],
    ['fifty bucks', false],
    ['$300', false],
    ['actually 999', false],
  ])('takes %j as a figure that can be a yearly pay: %s', (text, yearly) => {
    expect(yearlyPayLike(text)).toBe(yearly);
  });

  it.each([
    ['budget', ['my budget', 'what i can spend', 'i can afford 300', 'i can pay 300', "i'd only pay 200", 'id rather pay for the right one'], ['10 hours', 'i earn 90k', 'my pay is 60k']],
    ['hours', ['10 hours', '8 hrs', 'twice a week', 'study time'], ['$300', '9 months']],
    ['deadline', ['9 months', 'a year', 'the deadline', 'ready by june'], ['$300', '8 hours']],
    ['pay', ['my salary', 'i earn 90k', 'i make 60k', 'on a pension now', 'current pay 52k', 'my pay is 60k', 'pay was 48k', 'pay 52k', 'my paycheck'], ['my budget', '10 hours', 'i can pay 300', 'id rather pay for the right one', 'happy to pay for it', 'pay for a course']],
  ])('names the %s by its own words only', (id, naming, other) => {
    const words = SITUATION.find((c) => c.step.id === id)?.words as RegExp;
    for (const text of naming) expect(words.test(text), text).toBe(true);
    for (const text of other) expect(words.test(text), text).toBe(false);
  });
});

describe('an amount agreed to, said after the budget', () => {
  const words = SITUATION.find((c) => c.step.id === 'budget')?.words as RegExp;
  it.each(['ok my husband says 400 is fine', '$250 works for me', 'fine, 1,200 would be ok', '1.5k sounds good'])('%j names the budget', (text) => expect(words.test(text)).toBe(true));
  it.each(['10 is fine', '6 months works', 'ok 8 is good'])('%j does not', (text) => expect(words.test(text)).toBe(false));
});
