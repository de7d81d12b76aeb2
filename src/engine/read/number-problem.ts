import { CURRENCY_NAMES } from './number.js';
import type { NumberReading, Period, Said, Unit, Want } from './number.js';
import { joinAnd } from './text.js';

/**
 * What to say when an answer was read but is not one number: what was understood, then a
 * question the person can answer in one word. The step's own example follows (its `reask`).
 */

const COUNT = ['', 'one', 'two', 'three', 'four', 'five'];
const figure = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
const numbers = (values: readonly number[]) => `${COUNT[values.length] ?? 'several'} numbers, ${joinAnd(values.map(figure))}`;

const ASKED: Record<Unit, string> = { hours: 'hours', dollars: 'an amount in US dollars', months: 'a number of months', years: 'a number of years' };
const SAID: Record<Said, string> = {
  hours: 'hours',
  minutes: 'minutes',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
  years: 'years',
  dollars: 'dollars',
  age: '',
  date: '',
  percent: 'percent',
  things: '',
};

function amount(value: number, unit: Unit | undefined): string {
  return unit === 'dollars' ? `$${figure(value)}` : `${figure(value)}${unit === 'hours' ? ` hour${value === 1 ? '' : 's'}` : ''}`;
}

/** "2 hours a day" for hours a week: both honest conversions, and the person picks. */
function rateProblem(value: number, per: Period, want: Want): string {
  const said = `I read ${amount(value, want.unit)} a${per === 'hour' ? 'n' : ''} ${per}.`;
  const target = want.per ?? 'year';
  if (want.unit === 'hours' && target === 'week' && per === 'day') {
    return `${said} That's ${figure(value * 5)} hours a week over five days, or ${figure(value * 7)} if it's every day: how many hours a week should I plan with?`;
  }
  if (want.unit === 'hours' && target === 'week' && per === 'month') {
    return `${said} That's about ${figure(Math.round((value * 12) / 52))} hours a week: how many hours a week should I plan with?`;
  }
  if (want.unit === 'dollars' && want.per === 'year') {
    const yearly: Partial<Record<Period, number>> = { month: 12, week: 52, hour: 2_080, day: 260 };
    const factor = yearly[per];
    if (factor) return `${said} That's about $${figure(Math.round(value * factor))} a year${per === 'hour' || per === 'day' ? ' full-time' : ''}: what should I use for the year?`;
  }
  if (want.unit === 'dollars') return `${said} I need one amount in total: how much is that altogether?`;
  return `${said} What should I use a ${target}?`;
}

export function numberProblem(reading: Exclude<NumberReading, { kind: 'number' }>, want: Want = {}): string {
  switch (reading.kind) {
    case 'alternatives':
      return `I read ${numbers(reading.values)}: which one should I plan with?`;
    case 'several':
      return `I read ${numbers(reading.values)}, and I'm not sure which one answers this: which one is it?`;
    case 'currency':
      return `I read ${figure(reading.value)} ${CURRENCY_NAMES[reading.currency]}. I work in US dollars here: roughly how much is that in dollars?`;
    case 'other-unit': {
      const asked = want.unit ? ASKED[want.unit] : 'a different number';
      if (reading.said === 'age') return `I read ${figure(reading.value)} as your age, but this question asks for ${asked}.`;
      if (reading.said === 'date') return `I read ${reading.value} as a year on the calendar, but this question asks for ${asked}: roughly how many is that?`;
      const said = reading.value === 1 ? SAID[reading.said].replace(/s$/, '') : SAID[reading.said];
      return `I read ${figure(reading.value)}${said ? ` ${said}` : ''}, but this question asks for ${asked}.`;
    }
    case 'rate':
      return rateProblem(reading.value, reading.per, want);
    case 'none':
      return "I couldn't read a number in that.";
  }
}
