import { dayInWords } from '../src/dates/date-marks.js';
import { personToday, personZone } from '../src/dates/person-zone.js';
import { ask } from '../src/engine/flow.js';
import { readNumber } from '../src/engine/read/number.js';
import type { Changeable } from './changed-answers.js';
import { monthsDeadline } from './deadline-months.js';
import { withDeadlineDate } from './deadline-said-as-date.js';
import { withOtherIncome } from './pay-answer.js';

/**
 * The pick's questions about the person's situation (budget, hours a week, deadline, current pay),
 * with how each is named when it is changed later ("actually 300", "make that 10 hours").
 */

export const dollars = (usd: number) => `$${usd.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

const budget = ask.number('budget', {
  label: 'Budget',
  prompt: 'What can you spend in total, in US dollars? 0 is fine: I will put free, audit and financial-aid options first.',
  reask: 'An amount in dollars, for example: 500 or "$1,200". Not sure yet? Say 0 and I will start with free, audit and financial-aid options.',
  min: 0,
  max: 100_000,
  unit: 'dollars',
  saveAs: 'budgetUsd',
  display: dollars,
});

const hours = ask.number('hours', {
  label: 'Hours a week',
  prompt: 'How many hours a week can you study?',
  reask: 'A number of hours a week, for example: 8 or "ten". A rough guess is fine.',
  min: 1,
  max: 60,
  unit: 'hours',
  saveAs: 'hoursPerWeek',
});

const deadline = withDeadlineDate(
  ask.number('deadline', {
    label: 'Deadline (months)',
    prompt: 'In how many months do you want to be done studying? Say `skip` if there is no deadline.',
    reask: 'A number of months, for example: 6, or the month you want to be ready by ("September 2027"), or say `skip` if there is no deadline.',
    min: 1,
    max: 60,
    unit: 'months',
    optional: true,
    nothingSkips: true,
  }),
);

const pay = withOtherIncome(
  ask.number('pay', {
    label: 'Current pay',
    prompt: 'To estimate the return, what is your current yearly pay in US dollars? If you live on a pension or benefits, or have no pay right now, just say so. It stays in this conversation only. Say `skip` to leave it out.',
    reask: 'A yearly amount, for example: 52,000 or "52k"; or say "pension", "benefits" or "no pay right now"; or say skip.',
    min: 0,
    max: 1_000_000,
    unit: 'dollars',
    optional: true,
    display: (usd) => `${dollars(usd)} a year`,
  }),
  dollars,
);

/**
 * The words that name each answer in a message: the unit and what people call it. The value
 * decides too (each step reads it its own way), so "a year" may name a deadline or pay alike.
 */
/**
 * A yearly pay is never a few dollars: said after the pay question, "the right one" or "fifty bucks" is no
 * new pay (what the pay question itself accepts is its own). Nothing ($0), a rate or no amount is for the pay
 * question's reading to judge.
 */
export function yearlyPayLike(said: string): boolean {
  const read = readNumber(said, { unit: 'dollars', per: 'year' });
  const values = read.kind === 'alternatives' || read.kind === 'several' ? read.values : read.kind === 'number' || read.kind === 'currency' ? [read.value] : [];
  return values.length === 0 || values.some((usd) => usd === 0 || usd >= MIN_YEARLY_PAY);
}
/** Below this, a figure said as a change is not a year's pay. */
const MIN_YEARLY_PAY = 1_000;

/** Paying for a course, not pay from work: "i can pay 300", "id rather pay for the right one", "happy to pay". */
const PAYING = String.raw`(?:i|we|can|could|would|will|i'?d|id|i'?ll|ill|to|rather|gladly|happily)\s+(?:only\s+|just\s+|maybe\s+|still\s+)?pay\b`;
/** Pay from work: "my pay", "current pay 52k", "the pay is", "pay was 48k", "pay 52k" said first. */
const PAY_NOUN = String.raw`(?:my|the|current|base|annual|yearly|gross|net|take[- ]home|present|old)\s+pay\b|pay\s+(?:is|was|'s|of|rate|now)\b|^pay\b(?!\s+(?:for|to|it|up|upfront|monthly|more|less))|pay ?(?:check|cheque|slip)s?`;

/**
 * An amount agreed to ("my husband says 400 is fine", "$250 works", "1k would be ok"): money only when it is an
 * amount no hours a week or months could be (three digits, or said with "$" or "k"), so "10 is fine" is not one.
 */
const AGREED = String.raw`(?:\$\s*\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?k)(?:\s*(?:dollars|bucks|usd))?\s+(?:(?:is|'s|would be|should be|sounds|seems|looks)\s+(?:totally\s+|perfectly\s+|really\s+)?(?:fine|ok|okay|good|alright|all right|doable)|(?:works|would work|will work))\b`;

export const SITUATION: readonly Changeable[] = [
  { step: budget, name: 'Budget', words: new RegExp(String.raw`\b(?:budget|spend|spending|afford|total|cap)\b|\b${PAYING}|${AGREED}`), said: (usd) => dollars(usd as number), money: true },
  { step: hours, name: 'Study time', words: /\b(?:hours?|hrs?|h|a week|per week|weekly|study time|study)\b/, said: (h) => `${String(h)} hours a week` },
  {
    step: deadline,
    name: 'Deadline',
    words: /\b(?:deadline|months?|years?|ready by|done by|finish(?:ed)? by)\b/,
    said: (months, ctx) => {
      const about = Math.round(months as number);
      return `${dayInWords(monthsDeadline(months as number, personToday(ctx.now, personZone(ctx.profile))).date)}, about ${about} month${about === 1 ? '' : 's'} from now`;
    },
  },
  {
    step: pay,
    name: 'Current pay',
    words: new RegExp(String.raw`\b(?:${PAY_NOUN}|paid|salary|earn|earning|earnings|income|wages?|make|making|pension|benefits)\b`),
    said: (value, ctx) => pay.show(value, ctx),
    money: true,
    holds: yearlyPayLike,
  },
];
