import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerOf, withChanges } from '../flows/changed-answers.js';
import { SITUATION } from '../flows/pick-questions.js';
import { ask, goTo } from '../src/engine/flow.js';
import type { FlowContext, Parsed, Step } from '../src/engine/flow.js';

const NOW = new Date('2026-12-07T09:00:00Z');
const steps = withChanges(
  [
    ask.text('role', { label: 'Target role', prompt: 'Which role?', reask: 'A role.' }),
    ...SITUATION.map((c) => c.step),
    ask.yesNo('free-first', { label: 'Free first', prompt: 'Free first?', reask: 'Yes or no.' }),
    ask.choice('choose', { label: 'Choice', prompt: 'Which one?', reask: 'By its number.', choices: [{ id: 'a', label: 'Choose A' }, { id: 'b', label: 'Choose B' }] }),
  ],
  SITUATION,
);
const step = (id: string) => steps.find((s) => s.id === id) as Step;
const ctxWith = (answers: Record<string, unknown>): FlowContext => ({ answers, profile: {}, now: NOW, menu: [], actor: { id: 'u' }, shared: false });
const said = (at: string, text: string, answers: Record<string, unknown>): Parsed => step(at).parse({ kind: 'text', text }, ctxWith(answers));
/** Answers the step as the engine does, and returns them. */
function answered(at: string, text: string, answers: Record<string, unknown>): Record<string, unknown> {
  const parsed = said(at, text, answers);
  if (!parsed.ok) throw new Error(parsed.problem);
  return { ...answers, [at]: parsed.value };
}

const UP_TO_PAY = { role: 'data-analyst', budget: 500, hours: 6, deadline: 12, pay: 98_000 };
/** The answers given before the question `at`, as the person reaches it. */
const upTo = (at: string) => Object.fromEntries(Object.entries(UP_TO_PAY).filter(([id]) => steps.findIndex((s) => s.id === id) < steps.findIndex((s) => s.id === at)));

describe('a change to an earlier answer, said at a later question', () => {
  it.each([
    ['actually 300', 'hours', 'budget', 300, 'Budget changed to $300.'],
    ['sorry I meant 300', 'hours', 'budget', 300, 'Budget changed to $300.'],
    ['make that $300', 'hours', 'budget', 300, 'Budget changed to $300.'],
    ['oops, $250', 'deadline', 'budget', 250, 'Budget changed to $250.'],
    ['change my budget to 300', 'choose', 'budget', 300, 'Budget changed to $300.'],
    ['can you change my budget to $1,200?', 'free-first', 'budget', 1200, 'Budget changed to $1,200.'],
    ['my budget is 300 now', 'pay', 'budget', 300, 'Budget changed to $300.'],
    ['wait actually i can do 10 hours', 'choose', 'hours', 10, 'Study time changed to 10 hours a week.'],
    ['Wait, actually I can do 10 hours', 'free-first', 'hours', 10, 'Study time changed to 10 hours a week.'],
    ['i can actually do 10 hrs a week', 'pay', 'hours', 10, 'Study time changed to 10 hours a week.'],
    ['make it 8 hours', 'deadline', 'hours', 8, 'Study time changed to 8 hours a week.'],
    ['update hours to 12', 'choose', 'hours', 12, 'Study time changed to 12 hours a week.'],
    ['sorry i meant 9 months', 'free-first', 'deadline', 9, 'Deadline changed to Tuesday 7 September 2027, about 9 months from now.'],
    ['actually 6 months', 'choose', 'deadline', 6, 'Deadline changed to Monday 7 June 2027, about 6 months from now.'],
    ['my salary is actually 85k', 'choose', 'pay', 85_000, 'Current pay changed to $85,000 a year.'],
    ['sorry i make 90k a year', 'free-first', 'pay', 90_000, 'Current pay changed to $90,000 a year.'],
    // A yearly pay is never $300: only the budget can hold it.
    ['actually 300', 'choose', 'budget', 300, 'Budget changed to $300.'],
    ['my pay is 61k now', 'choose', 'pay', 61_000, 'Current pay changed to $61,000 a year.'],
    // Paying for a course names the budget, not pay from work.
    ['i can pay 300', 'hours', 'budget', 300, 'Budget changed to $300.'],
    ['actually i could only pay $200', 'free-first', 'budget', 200, 'Budget changed to $200.'],
    // An amount of money offered on its own, after "ok", "maybe" or "i can do".
    ['ok maybe fifty bucks', 'choose', 'budget', 50, 'Budget changed to $50.'],
    ['i can do $80', 'hours', 'budget', 80, 'Budget changed to $80.'],
    ['Maybe 40 dollars.', 'deadline', 'budget', 40, 'Budget changed to $40.'],
    ['fine, 150 bucks max', 'free-first', 'budget', 150, 'Budget changed to $150.'],
  ])('%j at %s changes %s to %d and says it back', (text, at, changed, value, note) => {
    const before = upTo(at);
    const parsed = said(at, text, before);
    expect(parsed).toMatchObject({ ok: true, note });
    const answers = { ...before, [at]: parsed.ok ? parsed.value : undefined };
    expect(answerOf({ answers }, changed)).toBe(value);
    // The question it was said at is asked again, still to be answered.
    expect(step(at).next?.(answers[at], ctxWith(answers))).toEqual(goTo(at));
    expect(step(at).show(answers[at], ctxWith(answers))).toBe('not answered yet');
  });

  it('takes a bare number after "actually" as the budget when only the budget can hold it', () => {
    const answers = answered('hours', 'actually 300', { role: 'x', budget: 500 });
    expect(answerOf({ answers }, 'budget')).toBe(300);
    expect(answerOf({ answers }, 'hours')).toBeUndefined();
    // The hours then answered keep the change made at their question.
    const after = answered('hours', '6 hours a week', answers);
    expect(answerOf({ answers: after }, 'hours')).toBe(6);
    expect(answerOf({ answers: after }, 'budget')).toBe(300);
    expect(step('budget').show(after.budget, ctxWith(after))).toBe('$300');
    expect(step('hours').next?.(after.hours, ctxWith(after))).toBeUndefined();
  });

  it.each([
    ['actually 5', 'hours', { role: 'x', budget: 500 }, /^Did you mean 5 as your study time, or as a change to your budget\? Say it with what it is for, for example "budget 5"\.$/],
    // $2 is no yearly pay: the pay is not offered.
    ['actually 2', 'choose', UP_TO_PAY, /^Did you mean 2 as your answer here, or as a change to your budget, study time or deadline\? Say it with what it is for, for example "budget 2" or "study time 2" or "deadline 2"\.$/],
    ['actually 8', 'deadline', { role: 'x', budget: 500, hours: 6 }, /budget|study time/],
    ['sorry i meant 85k', 'free-first', UP_TO_PAY, /budget.*current pay|current pay.*budget/],
    ['actually 3000', 'choose', UP_TO_PAY, /budget.*current pay/],
    ['ok maybe 50k dollars', 'choose', UP_TO_PAY, /budget.*current pay/],
  ])('asks which answer %j at %s means when more than one can hold it', (text, at, answers, which) => {
    const parsed = said(at, text, answers);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toMatch(which);
  });

  it.each([
    ['actually 8 hours', 'hours', 8],
    ['actually 8', 'hours', 8],
    ['wait, 12 months', 'deadline', 12],
    ['sorry I meant no', 'free-first', false],
    ['sorry, b', 'choose', 'b'],
  ])('%j at %s answers the question being asked', (text, at, value) => {
    const answers = at === 'hours' ? { role: 'x' } : UP_TO_PAY;
    expect(said(at, text, answers)).toMatchObject({ ok: true, value });
  });

  it('takes no change from what a posting asks, said beside a question ("the first job wants 2 years sql")', () => {
    const parsed = said('choose', 'the first job wants 2 years sql', UP_TO_PAY);
    expect(parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && '$changes' in parsed.value).toBe(false);
    expect(said('choose', 'deadline 24 months', UP_TO_PAY)).toMatchObject({ ok: true, note: expect.stringContaining('Deadline changed') });
  });

  it('says what is wrong with a change named but out of range, and changes nothing', () => {
    expect(said('choose', 'change my budget to 200000', UP_TO_PAY)).toEqual({ ok: false, problem: "That's more than 100,000 dollars." });
  });

  it('keeps the profile in step with a changed budget and study time', () => {
    const answers = answered('choose', 'change my budget to 300', UP_TO_PAY);
    expect(step('choose').saveAs).toBeTypeOf('function');
    const save = step('choose').saveAs as (value: unknown, ctx: FlowContext) => Record<string, unknown>;
    expect(save(answers.choose, ctxWith(answers))).toEqual({ budgetUsd: 300 });
    const hours = answered('choose', 'actually 10 hours', answers);
    expect(save(hours.choose, ctxWith(hours))).toEqual({ budgetUsd: 300, hoursPerWeek: 10 });
  });

  it('applies changes in the order they were made, and not to an answer given again since', () => {
    let answers = answered('hours', 'actually 300', { role: 'x', budget: 500 });
    answers = answered('hours', '6', answers);
    answers = answered('deadline', 'make that $250', answers);
    expect(answerOf({ answers }, 'budget')).toBe(250);
    // `back` to the budget and a new answer there: the changes were to the old one.
    expect(answerOf({ answers: { ...answers, budget: 800 } }, 'budget')).toBe(800);
  });

  it('leaves a message with no change in it to the question', () => {
    expect(said('hours', '300', { role: 'x', budget: 500 })).toMatchObject({ ok: false });
    expect(said('pay', '52k', UP_TO_PAY)).toMatchObject({ ok: true, value: 52_000 });
    expect(said('free-first', 'yes', UP_TO_PAY)).toMatchObject({ ok: true, value: true });
  });

  it('never takes a bare number after a change word silently when the question being asked could hold it too', () => {
    const lead = fc.constantFrom('actually', 'wait', 'wait actually', 'sorry i meant', 'make that', 'oh wait', 'i meant');
    fc.assert(
      fc.property(lead, fc.integer({ min: 1, max: 60 }), (word, n) => {
        const parsed = said('hours', `${word} ${n}`, { role: 'x', budget: 500 });
        // 1 to 60 is hours a week as much as a budget: asked which, or the hours' own answer, never the budget.
        if (parsed.ok) expect(parsed.value).toBe(n);
        else expect(parsed.problem).toMatch(/budget/);
        expect(answerOf({ answers: { budget: 500, hours: parsed.ok ? parsed.value : undefined } }, 'budget')).toBe(500);
      }),
    );
  });

  it('takes any bare budget beyond the hours a week as the budget changed', () => {
    fc.assert(
      fc.property(fc.constantFrom('actually', 'wait', 'sorry i meant', 'make that', 'no wait,'), fc.integer({ min: 61, max: 100_000 }), (word, n) => {
        const parsed = said('hours', `${word} ${n}`, { role: 'x', budget: 500 });
        expect(parsed.ok).toBe(true);
        expect(answerOf({ answers: { budget: 500, hours: parsed.ok ? parsed.value : undefined } }, 'budget')).toBe(n);
      }),
    );
  });
});

describe('the same value said again', () => {
  it('says a marked one stays as it was, and changes nothing', () => {
    expect(said('choose', 'actually 6 hours', UP_TO_PAY)).toEqual({ ok: false, problem: 'Your study time stays 6 hours a week.' });
  });

  it('leaves an unmarked one to the question, which says what it needs', () => {
    const parsed = said('deadline', '6 hours', upTo('deadline'));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toMatch(/hours, but this question asks for a number of months/);
  });
});

describe('saying which, after being asked', () => {
  it.each([
    ['budget 5', 'budget', 5],
    ['study time 2', 'hours', 2],
    ['deadline 2', 'deadline', 2],
    ['current pay 48k', 'pay', 48_000],
  ])('%j, as the question suggested, changes that answer', (text, changed, value) => {
    const answers = answered('choose', text, UP_TO_PAY);
    expect(answerOf({ answers }, changed)).toBe(value);
  });

  it('"5 hours" at the hours question answers it', () => {
    expect(said('hours', '5 hours', { role: 'x', budget: 500 })).toMatchObject({ ok: true, value: 5 });
  });
});

describe('an optional question left out after a change said at it', () => {
  it.each(['skip', 'Skip.', 'no deadline', 'no rush'])('keeps the change through %j', (text) => {
    let answers = answered('deadline', 'sorry i meant $300', upTo('deadline'));
    answers = answered('deadline', text, answers);
    expect(answerOf({ answers }, 'budget')).toBe(300);
    expect(answerOf({ answers }, 'deadline')).toBeUndefined();
    expect(step('deadline').next?.(answers.deadline, ctxWith(answers))).toBeUndefined();
  });

  it('is left out as before when it holds no change', () => {
    expect(said('deadline', 'skip', upTo('deadline'))).toEqual({ ok: true, value: undefined });
    expect(said('pay', 'skip', upTo('pay'))).toEqual({ ok: true, value: undefined });
    expect(step('deadline').ownWords?.test('skip')).toBe(true);
    expect(step('deadline').nothingSkips).toBe(false);
  });
});

describe('words that only sound like a change', () => {
  it.each([
    ['i could do 10 now', 'hours', 10],
    ['8 for now', 'hours', 8],
    ['right now 52k', 'pay', 52_000],
  ])('%j at %s answers it', (text, at, value) => {
    expect(said(at, text, upTo(at))).toMatchObject({ ok: true, value });
  });
});

describe('words that name an earlier answer in an answer to this question', () => {
  it.each([
    ['no, paid is ok if better', false],
    ['yes, even if I make less at first', true],
  ])('%j at the yes/no answers it, and changes nothing', (text, value) => {
    expect(said('free-first', text, UP_TO_PAY)).toMatchObject({ ok: true, value });
  });
});

describe('paying for a course, or "one" of something, said at a later question', () => {
  it.each([
    ['no, id rather pay for the right one', 'free-first', false],
    ["no, I'd rather pay for a good one", 'free-first', false],
    ['no i would rather pay for the one my posting names', 'free-first', false],
    ['yes, happy to pay once i know which one', 'free-first', true],
    ['NO. i can pay', 'free-first', false],
  ])('%j at %s answers it and changes no pay or budget', (text, at, value) => {
    const parsed = said(at, text, UP_TO_PAY);
    expect(parsed).toMatchObject({ ok: true, value });
    expect(parsed.ok ? parsed.note : '').toBeUndefined();
  });

  it.each(['ok maybe 50', 'ok maybe fifty', 'fifty bucks is a lot for me', 'maybe the one for fifty bucks'])('takes no budget from %j at the choice', (text) => {
    const parsed = said('choose', text, UP_TO_PAY);
    expect(parsed.ok ? parsed.note : parsed.problem).not.toMatch(/changed to/);
  });

  it('asks an amount offered in pounds back in dollars, as the budget question would', () => {
    expect(said('choose', 'ok maybe 50 quid', UP_TO_PAY)).toEqual({ ok: false, problem: 'I read 50 pounds. I work in US dollars here: roughly how much is that in dollars?' });
  });

  it('leaves an amount of money offered at the pay question to the pay question', () => {
    expect(said('pay', 'ok maybe 50k dollars', upTo('pay'))).toMatchObject({ ok: true, value: 50_000 });
  });
});

describe('a question about another value (a what-if)', () => {
  it.each(['how long will it take at 12 hours a week?', 'what if I did 12 hours a week?', 'would it be faster at 12 hours a week', 'at 12 hours?', 'is $300 enough?'])(
    '%j at the choice changes nothing',
    (text) => {
      const parsed = said('choose', text, UP_TO_PAY);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problem).not.toMatch(/changed to|Did you mean/);
      expect(answerOf({ answers: UP_TO_PAY }, 'hours')).toBe(6);
    },
  );

  it.each([
    ['actually 12 hours', 12],
    ['make it 12 hours a week', 12],
  ])('%j at the choice still changes the study time', (text, hours) => {
    expect(said('choose', text, UP_TO_PAY)).toMatchObject({ ok: true, note: `Study time changed to ${hours} hours a week.` });
  });
});
