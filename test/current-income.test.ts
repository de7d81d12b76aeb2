import { describe, expect, it } from 'vitest';
import { besidesPay, otherIncome } from '../src/credentials/current-income.js';
import { payOf, withOtherIncome } from '../flows/pay-answer.js';
import { ask } from '../src/engine/flow.js';
import type { FlowContext } from '../src/engine/flow.js';

describe('what the person lives on when it is not pay from work', () => {
  it('reads a pension, benefits or no pay from the words of the answer', () => {
    for (const said of ['my pension, about 24k', "I'm retired", 'retirement income 30,000', 'social security', 'I get a state pension']) expect(otherIncome(said), said).toBe('pension');
    for (const said of ['on unemployment, 350 a week', 'unemployment benefit', "jobseeker's allowance", 'on disability']) expect(otherIncome(said), said).toBe('benefits');
    for (const said of ['nothing right now', 'between jobs', "I'm unemployed", 'not working at the moment', 'no income', 'laid off in March', 'zero']) expect(otherIncome(said), said).toBe('none');
  });

  it('leaves pay from work, and a kind denied, as pay', () => {
    for (const said of ['52k', '$66,000 a year', 'about 85k plus benefits', "I'm not retired, 40k", 'not on benefits, 30k']) expect(otherIncome(said), said).toBeUndefined();
  });
});

describe('an amount of pay with a pension or benefit on top', () => {
  it('reads the amount as pay from work when the other income is joined to it without one', () => {
    for (const said of ['48k at the helpdesk plus my pension', '52,000 and my va pension', 'my pension on top of 40k from work', '35k + disability benefits', 'about 60k salary, plus a military pension', 'i make 45k as well as social security'])
      expect(besidesPay(said), said).toBe(true);
  });

  it('keeps an amount said of the pension itself, or with no pay beside it, as the pension', () => {
    for (const said of ['my pension, about 24k', '24k pension and some savings', "I'm retired", 'retired, 30k pension', '52k', 'nothing right now']) expect(besidesPay(said), said).toBe(false);
  });
});

describe('the pay question', () => {
  const step = withOtherIncome(ask.number('pay', { label: 'Current pay', prompt: 'pay?', reask: 'a number', min: 0, max: 1_000_000, unit: 'dollars', optional: true }), (usd) => `$${usd}`);
  const ctx = { answers: {} } as unknown as FlowContext;
  const parse = (text: string) => step.parse({ kind: 'text', text }, ctx);

  it('keeps pay from work a number, and a pension or no pay with what it is', () => {
    expect(parse('52k')).toEqual({ ok: true, value: 52_000 });
    expect(parse('my pension, about 24k')).toEqual({ ok: true, value: { income: 'pension', usd: 24_000 } });
    expect(parse("I'm retired")).toEqual({ ok: true, value: { income: 'pension' } });
    expect(parse('nothing right now, between jobs')).toEqual({ ok: true, value: { income: 'none' } });
    // An amount of pay with "nothing" beside it is pay.
    expect(parse('52k, nothing else')).toEqual({ ok: true, value: 52_000 });
    expect(parse('a lot')).toMatchObject({ ok: false });
    // Pay from work with a pension on top: the pension is noted, never counted as the pay.
    expect(parse('48k at the helpdesk plus my pension')).toEqual({ ok: true, value: { income: 'pension', usd: 48_000, besides: true } });
  });

  it('says the answer back in words and passes it to the return as what it is', () => {
    expect(step.show({ income: 'pension', usd: 24_000 }, ctx)).toBe('a pension, $24000 a year');
    expect(step.show({ income: 'none' }, ctx)).toBe('no pay from work right now');
    expect(step.show({ income: 'pension', usd: 48_000, besides: true }, ctx)).toBe('$48000 a year from work, plus a pension');
    expect(payOf({ income: 'pension', usd: 48_000, besides: true })).toEqual({ currentPayUsd: 48_000 });
    expect(payOf(52_000)).toEqual({ currentPayUsd: 52_000 });
    expect(payOf({ income: 'pension', usd: 24_000 })).toEqual({ currentIncome: 'pension', currentPayUsd: 24_000 });
    expect(payOf({ income: 'benefits' })).toEqual({ currentIncome: 'benefits' });
    expect(payOf(undefined)).toEqual({});
  });
});
