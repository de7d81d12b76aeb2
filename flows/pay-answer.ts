import { besidesPay, otherIncome, type OtherIncome } from '../src/credentials/current-income.js';
import type { Step } from '../src/engine/flow.js';

/**
 * The answer to "what is your current yearly pay?", which is not always pay: "my pension, about
 * 24k", "I'm retired", "on unemployment", "nothing right now, between jobs". Pay from work stays a
 * number, as before; anything else is kept with what it is, so the return is not worked out as if
 * a pension were a salary (roi.ts). An amount given with it is kept too. An amount said beside a
 * pension or benefit ("48k at the helpdesk plus my pension") is pay from work, with the other
 * income noted on top and never counted as pay.
 */

export type PayAnswer = number | { readonly income: OtherIncome; readonly usd?: number; readonly besides?: true };

const SAID: Readonly<Record<OtherIncome, string>> = { pension: 'a pension', benefits: 'benefits', none: 'no pay from work right now' };

/** The number step for pay, also reading a pension, benefits or no pay from the words of the answer. */
export function withOtherIncome(step: Step, dollars: (usd: number) => string): Step {
  return {
    ...step,
    parse: (input, ctx) => {
      const read = step.parse(input, ctx);
      const income = input.kind === 'text' ? otherIncome(input.text) : undefined;
      if (!income) return read;
      const usd = read.ok && typeof read.value === 'number' ? read.value : undefined;
      // "52k, nothing else": an amount of pay with "nothing" beside it is still pay.
      if (income === 'none' && usd !== undefined && usd > 0) return read;
      if (usd !== undefined && usd > 0 && input.kind === 'text' && besidesPay(input.text)) return { ok: true, value: { income, usd, besides: true } };
      return { ok: true, value: { income, ...(usd !== undefined && usd > 0 ? { usd } : {}) } };
    },
    show: (value, ctx) => {
      if (typeof value !== 'object' || value === null) return step.show(value, ctx);
      const { income, usd, besides } = value as { income: OtherIncome; usd?: number; besides?: true };
      if (besides && usd !== undefined) return `${dollars(usd)} a year from work, plus ${SAID[income]}`;
      return `${SAID[income]}${usd !== undefined ? `, ${dollars(usd)} a year` : ''}`;
    },
  };
}

/** What the situation needs from the answer: pay from work, or the other income it is. */
export function payOf(answer: unknown): { currentPayUsd?: number; currentIncome?: OtherIncome } {
  if (typeof answer === 'number') return { currentPayUsd: answer };
  if (typeof answer === 'object' && answer !== null && 'income' in answer) {
    const { income, usd, besides } = answer as { income: OtherIncome; usd?: number; besides?: true };
    // Pay from work with a pension on top: the return weighs the pay; the pension stays theirs either way.
    if (besides && typeof usd === 'number') return { currentPayUsd: usd };
    return { currentIncome: income, ...(typeof usd === 'number' ? { currentPayUsd: usd } : {}) };
  }
  return {};
}
