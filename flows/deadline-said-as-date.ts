import { DateTime } from 'luxon';
import { personToday, personZone } from '../src/dates/person-zone.js';
import type { Step } from '../src/engine/flow.js';
import { DAYS_PER_MONTH } from './deadline-months.js';

/**
 * A deadline said as a date, not a count of months: "by next september", "sept 2027", "end of
 * next year". People name the month they want to be ready by; the number reader would read
 * "sept 2027" as 2,027 months. The answer is kept as months from the person's today to the first
 * of that month (ready by September is ready when September starts), which monthsDeadline turns
 * back into that date.
 */

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
];
const MONTH_WORD = new RegExp(`\\b(${MONTHS.flat().join('|')})\\.?(?:\\s+(?:of\\s+)?(\\d{4}|'\\d{2}))?\\b`, 'i');
const AS_SOON_AS_POSSIBLE = /\b(?:asap|a\.s\.a\.p|as soon as (?:possible|i can)|right away|straight away)\b/i;
const END_OF_YEAR = /\bend of (?:the |this )?(next )?year\b/i;

/** The first day of the month said (or the year's last day), from `today`; undefined when no date is said. */
export function deadlineDateSaid(text: string, today: DateTime): DateTime | undefined {
  const end = END_OF_YEAR.exec(text);
  if (end) return today.plus({ years: end[1] ? 1 : 0 }).endOf('year').startOf('day');
  const said = MONTH_WORD.exec(text);
  if (!said) return undefined;
  // "may" is also a verb: only "may" with a year, or alone after "by"/"in", is the month.
  if (said[1]!.toLowerCase() === 'may' && !said[2] && !/\b(?:by|in|until|before|next)\s+may\b/i.test(text)) return undefined;
  const month = MONTHS.findIndex((names) => names.includes(said[1]!.toLowerCase())) + 1;
  const yearSaid = said[2] ? Number(said[2].replace("'", '20')) : undefined;
  let date = today.set({ month, day: 1 }).startOf('day');
  if (yearSaid !== undefined) date = date.set({ year: yearSaid });
  else if (date <= today) date = date.plus({ years: 1 });
  return date;
}

/** Months from today to the date, as monthsDeadline counts them: whole calendar months, then days. */
export function monthsUntil(date: DateTime, today: DateTime): number {
  const { months = 0, days = 0 } = date.diff(today, ['months', 'days']).toObject();
  return months + days / DAYS_PER_MONTH;
}

/** The months step for a deadline, also reading a month or the year's end said as the date to be ready by. */
export function withDeadlineDate(step: Step): Step {
  return {
    ...step,
    parse: (input, ctx) => {
      if (input.kind !== 'text') return step.parse(input, ctx);
      const today = DateTime.fromJSDate(personToday(ctx.now, personZone(ctx.profile)), { zone: 'utc' }).startOf('day');
      // "asap" is a wish, not a date: asked for a number of months it can be planned against.
      if (AS_SOON_AS_POSSIBLE.test(input.text)) return { ok: false, problem: 'As soon as you can, then. How many months is realistic for you: 3? 6?' };
      const date = deadlineDateSaid(input.text, today);
      if (!date) return step.parse(input, ctx);
      if (date <= today) return { ok: false, problem: 'That date has already passed.' };
      const months = monthsUntil(date, today);
      if (months > 60) return { ok: false, problem: "That's more than 60 months away." };
      // Less than a month is still a deadline: one month is the shortest the plan counts.
      return { ok: true, value: Math.max(1, Math.round(months * 1000) / 1000) };
    },
    show: (value, ctx) => (typeof value === 'number' && !Number.isInteger(value) ? `about ${Math.round(value)}` : step.show(value, ctx)),
  };
}
