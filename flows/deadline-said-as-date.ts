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

/**
 * Seasons, in the person's own calendar: "by summer" is June where they live north of the
 * equator and December south of it (read from their time zone; north when it is not known). The
 * season said is the next one to come: in December "by summer" is next June.
 */
type Season = 'spring' | 'summer' | 'autumn' | 'winter';
const SEASON_WORD = /\b(early|late|mid(?:dle of)?|end of|the end of|start of|beginning of)?\s*(?:the\s+)?(?:next\s+|this\s+)?(spring|summer|autumn|fall|winter)(?:time|-?ish)?\b(?:\s+(?:of\s+)?(\d{4}|'\d{2}))?/i;
/** The month each season starts, north of the equator. */
const NORTH_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/** Time zones south of the equator, where summer starts in December. */
const SOUTH = /^(?:Australia\/|Antarctica\/|Pacific\/(?:Auckland|Chatham|Fiji|Tongatapu|Apia|Noumea)|America\/(?:Argentina|Buenos_Aires|Santiago|Sao_Paulo|Montevideo|Asuncion|La_Paz|Lima)|Africa\/(?:Johannesburg|Maputo|Harare|Windhoek|Gaborone|Maseru|Mbabane|Lusaka|Blantyre|Lubumbashi)|Indian\/(?:Mauritius|Reunion|Antananarivo)|Atlantic\/Stanley)/;
/** "after the holidays" says when to start, not when to be done. */
export const AFTER_HOLIDAYS = /\bafter (?:the |xmas|christmas|new year|the new year|the festive|the break)|\bafter the holidays\b/i;

export interface SeasonSaid {
  /** The first day of the month the season (or the part of it said) ends the wait. */
  readonly date: DateTime;
  /** The words as the coach says them back: "summer", "the end of spring". */
  readonly words: string;
}

/** "by summer maybe", "end of spring", "next autumn 2027": the date to be ready by, or undefined. */
export function seasonSaid(text: string, today: DateTime, zone?: string): SeasonSaid | undefined {
  const said = SEASON_WORD.exec(text);
  if (!said) return undefined;
  // "if I fall behind" is no season: fall is autumn only as a time ("by fall", "next fall", "fall 2027").
  if (said[2]!.toLowerCase() === 'fall' && !said[1] && !said[3] && !/\b(?:by|in|next|this|until|before|around|the)\s+fall\b|^\s*fall\b/i.test(text)) return undefined;
  const season = (said[2]!.toLowerCase() === 'fall' ? 'autumn' : said[2]!.toLowerCase()) as Season;
  const south = zone !== undefined && SOUTH.test(zone);
  const start = ((NORTH_START[season] + (south ? 6 : 0) - 1) % 12) + 1;
  const part = said[1]?.toLowerCase().replace(/^the /, '');
  // Ready by the end of a season is ready when the next one starts; by its middle, a month in.
  const offset = part === 'end of' || part === 'late' ? 3 : part?.startsWith('mid') ? 1 : 0;
  const yearSaid = said[3] ? Number(said[3].replace("'", '20')) : undefined;
  let date = today.set({ month: start, day: 1 }).startOf('day');
  if (yearSaid !== undefined) date = date.set({ year: yearSaid });
  date = date.plus({ months: offset });
  if (yearSaid === undefined && date <= today) date = date.plus({ years: 1 });
  const words = `${part === 'end of' ? 'the end of ' : part === 'late' ? 'late ' : part?.startsWith('mid') ? 'the middle of ' : ''}${said[2]!.toLowerCase()}`;
  return { date, words };
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
      if (AFTER_HOLIDAYS.test(input.text)) return { ok: false, problem: 'After the holidays is a good time to start. By when would you like to be done: a month ("June") or a number of months?' };
      const season = deadlineDateSaid(input.text, today) ? undefined : seasonSaid(input.text, today, personZone(ctx.profile));
      const date = season?.date ?? deadlineDateSaid(input.text, today);
      if (!date) {
        // "asap" alone is a wish, not a date: asked for a number of months it can be planned against. With a date
        // ("asap, by summer") or a count of months ("asap, 6 months tops") it only says how keen they are.
        const parsed = step.parse(input, ctx);
        return AS_SOON_AS_POSSIBLE.test(input.text) && !parsed.ok ? { ok: false, problem: 'As soon as you can, then. How many months is realistic for you: 3? 6?' } : parsed;
      }
      if (date <= today) return { ok: false, problem: 'That date has already passed.' };
      const months = monthsUntil(date, today);
      if (months > 60) return { ok: false, problem: "That's more than 60 months away." };
      // Less than a month is still a deadline: one month is the shortest the plan counts.
      const value = Math.max(1, Math.round(months * 1000) / 1000);
      // A season is a month the coach chose for them: said back, so a wrong guess can be put right with `back`.
      if (!season) return { ok: true, value };
      const about = Math.round(months);
      const note = `By ${season.words}, then: I'll plan for you to be ready by ${date.setLocale('en-GB').toFormat('cccc d LLLL yyyy')}, about ${about} month${about === 1 ? '' : 's'} from now. If you meant another month, say \`back\` and name it.`;
      return { ok: true, value, note };
    },
    show: (value, ctx) => (typeof value === 'number' && !Number.isInteger(value) ? `about ${Math.round(value)}` : step.show(value, ctx)),
  };
}
