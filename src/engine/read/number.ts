import { normalize } from './text.js';
import { APPROXIMATE, CURRENCY_SYMBOLS, CURRENCY_WORDS, lex, MULTIPLIERS, PERIOD_WORDS, PERIODS, RATE_LEADS, symAt, type Token, UNIT_WORDS, wordAt, wordNumberAt } from './number-words.js';

/**
 * Numbers as people type them, with what they said around them: "about 85k", "10 or 15",
 * "I'm 45, been nursing about 20 years", "half a year", "€500", "2 hours a day". The reading
 * keeps what a plain number would lose (two values offered, a currency, a rate, an age), so a
 * step can ask about it instead of guessing: alternatives are never added up.
 */

/** What a step asks for. Hours are hours a week unless the step says otherwise (see ask.number). */
export type Unit = 'hours' | 'dollars' | 'months' | 'years';
export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';

export const CURRENCY_NAMES = {
  EUR: 'euros',
  GBP: 'pounds',
  CAD: 'Canadian dollars',
  AUD: 'Australian dollars',
  INR: 'rupees',
  JPY: 'yen',
  CHF: 'Swiss francs',
} as const;
export type Currency = keyof typeof CURRENCY_NAMES;

/** What a number counts, as the person said it. */
export type Said = 'hours' | 'minutes' | 'days' | 'weeks' | 'months' | 'years' | 'dollars' | 'age' | 'date' | 'percent' | 'things';

export interface Want {
  unit?: Unit;
  /** The period the step's figure is for: hours a *week*, pay a *year*. */
  per?: Period;
}

export type NumberReading =
  | { kind: 'number'; value: number; approximate: boolean }
  /** "10 or 15", "10-15", "between 10 and 15": the person offered a choice, which is theirs to make. */
  | { kind: 'alternatives'; values: number[] }
  /** Numbers for different things, none of which is clearly the one asked for. */
  | { kind: 'several'; values: number[] }
  | { kind: 'currency'; value: number; currency: Currency }
  /** A number of something else: "10 dollars" for hours, "I'm 45" for years of work. */
  | { kind: 'other-unit'; value: number; said: Said }
  /** A figure for another period: "2 hours a day" when the step asks per week. */
  | { kind: 'rate'; value: number; per: Period; unit?: Unit }
  | { kind: 'none' };

const NONE: NumberReading = { kind: 'none' };
const MAX_LENGTH = 500;

const AGE_BEFORE = new Set(["i'm", 'im', 'age', 'aged', 'turning', 'turned']);
/** "team of 8", "family of 4": a count of people, not an answer. */
const GROUPS = new Set(['team', 'teams', 'family', 'group', 'staff', 'crew', 'class', 'department', 'household']);
const COUNTED = new Set(['people', 'children', 'staff', 'kids', 'reports', 'employees', 'persons', 'men', 'women']);
/** Words ending in s that are not things being counted ("10 is fine", "5 thanks"). */
const NOT_COUNTED = new Set([
  'is', 'was', 'has', 'does', 'this', 'yes', 'plus', 'thus', 'always', 'sometimes', 'perhaps', 'unless', 'less', 'its', 'his', 'thanks',
  'tops', 'hours', 'hrs', 'days', 'weeks', 'wks', 'months', 'mos', 'years', 'yrs', 'dollars', 'bucks', 'mins', 'minutes', 'mths', 'euros',
  'pounds', 'rupees', 'francs', 'as', 'us', 'afterwards', 'besides', 'towards', 'otherwise', 'ends', 'works', 'seems', 'sounds', 'goes',
  'gets', 'makes', 'helps', 'depends', 'lets', "let's", 'whereas',
]);
/**
 * A whole answer that means nothing at all: a budget of zero. It may end the first sentence, with the reason
 * said after it ("nothing at all. i'm on a fixed income"), but not a question after it; no number is anywhere in it.
 */
const ZERO =
  /^(?:(?:i have|i've got|ive got|i got|there is|there's|honestly|really|well|um|uh)\s+)?(?:none|nothing|nada|zilch|no money|no budget|no cash|not a cent|not a penny|free only|only free|0 dollars|broke)(?:\s+(?:for now|right now|at the moment|atm|at all|yet|to spend|really|currently|this year|sorry))*(?:[.!]?$|[.!;]+\s+[^?]+$)/;

interface Mention {
  value: number;
  /** Before a multiplier: 80 of "80-90k". */
  raw: number;
  scale: number;
  start: number;
  end: number;
  said?: Said;
  currency?: Currency | 'USD';
  per?: Period;
  approximate: boolean;
}

/** A mention, or numbers offered as alternatives, with what they share ("10 or 15 hours"). */
interface Group extends Pick<Mention, 'start' | 'end' | 'said' | 'currency' | 'per' | 'approximate'> {
  values: number[];
}

function numberAt(tokens: readonly Token[], i: number, want: Want): { value: number; raw: number; scale: number; end: number; thousands?: number } | undefined {
  const token = tokens[i];
  if (token?.kind !== 'num') {
    const words = wordNumberAt(tokens, i);
    return words && { ...words, raw: words.value, scale: 1 };
  }
  // "2.000" at a question about time is 2: two thousand hours, months or years is no one's answer.
  // In dollars it is $2,000: money is never written to a tenth of a cent, so three digits after
  // the dot can only be thousands (and "2.000" for two dollars would be a budget of nothing).
  const decimal = token.decimal !== undefined && want.unit !== undefined && want.unit !== 'dollars';
  let value = decimal ? (token.decimal as number) : token.value;
  let k = i + 1;
  const word = wordAt(tokens, k);
  let scale = 1;
  // "2m" is two million in money, and nothing we can tell for hours or months.
  if (word !== undefined && word in MULTIPLIERS && (word !== 'm' || want.unit === undefined || want.unit === 'dollars')) {
    scale = MULTIPLIERS[word] as number;
    k++;
  } else if (word === 'hundred') {
    scale = 100;
    k++;
  }
  if (wordAt(tokens, k) === 'and' && wordAt(tokens, k + 1) === 'a' && wordAt(tokens, k + 2) === 'half') {
    value += 0.5;
    k += 3;
  }
  return { value: value * scale, raw: value, scale, end: k, ...(decimal ? { thousands: token.value * scale } : {}) };
}

/** "a week", "per year", "/wk", "weekly" after a number. */
function rateAt(tokens: readonly Token[], k: number): { per: Period; end: number } | undefined {
  const lead = wordAt(tokens, k) ?? symAt(tokens, k);
  if (lead !== undefined && RATE_LEADS.has(lead)) {
    const period = PERIODS[wordAt(tokens, k + 1) ?? ''];
    if (period) return { per: period, end: k + 2 };
  }
  const word = PERIOD_WORDS[wordAt(tokens, k) ?? ''];
  return word ? { per: word, end: k + 1 } : undefined;
}

function approximatedBefore(tokens: readonly Token[], start: number): boolean {
  const before = wordAt(tokens, start - 1) ?? symAt(tokens, start - 1);
  return before !== undefined && APPROXIMATE.has(before);
}

/** "I'm 45", "I am about 45", "aged 45", "since I was 18". */
function ageBefore(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && APPROXIMATE.has(wordAt(tokens, k) ?? symAt(tokens, k) ?? '')) k--;
  const word = wordAt(tokens, k);
  return (word !== undefined && AGE_BEFORE.has(word)) || ((word === 'am' || word === 'was') && wordAt(tokens, k - 1) === 'i');
}

/** "since 2005", "back in 1998": a year on the calendar, not a number of anything. */
function dateBefore(tokens: readonly Token[], start: number, value: number): boolean {
  return Number.isInteger(value) && value >= 1950 && value <= 2100 && ['since', 'in', 'from', 'till', 'until'].includes(wordAt(tokens, start - 1) ?? '');
}

function mentionAt(tokens: readonly Token[], i: number, want: Want): Mention | undefined {
  let k = i;
  let currency: Currency | 'USD' | undefined;
  const symbol = CURRENCY_SYMBOLS[symAt(tokens, k) ?? ''];
  const code = CURRENCY_WORDS[wordAt(tokens, k) ?? ''] ?? (wordAt(tokens, k) === 'usd' ? 'USD' : undefined);
  if (symbol || (code && tokens[k + 1]?.kind === 'num')) {
    currency = symbol ?? code;
    k++;
  }
  const negative = i === 0 && !currency && symAt(tokens, 0) === '-' && tokens[1]?.kind === 'num';
  if (negative) k++;
  const number = numberAt(tokens, k, want);
  if (!number) return undefined;
  let { value } = number;
  if (negative) value = -value;
  k = number.end;
  let approximate = approximatedBefore(tokens, i);

  // "20ish", "20-ish", "20 or so", "20+", "20 odd years"
  for (;;) {
    const word = wordAt(tokens, k);
    if (word === 'ish' || word === 'odd' || word === 'plus') k++;
    else if (symAt(tokens, k) === '-' && wordAt(tokens, k + 1) === 'ish') k += 2;
    else if (word === 'or' && wordAt(tokens, k + 1) === 'so') k += 2;
    else if (symAt(tokens, k) === '+') k++;
    else break;
    approximate = true;
  }

  let said: Said | undefined;
  const after = symAt(tokens, k);
  if (!currency && after && CURRENCY_SYMBOLS[after]) {
    currency = CURRENCY_SYMBOLS[after];
    k++;
  }
  const unit = wordAt(tokens, k);
  const country = unit === 'canadian' ? 'CAD' : unit === 'australian' ? 'AUD' : undefined;
  if (country && wordAt(tokens, k + 1)?.startsWith('dollar')) {
    currency = country;
    k += 2;
  } else if (unit === 'us' && wordAt(tokens, k + 1)?.startsWith('dollar')) {
    said = 'dollars';
    k += 2;
  } else if (unit !== undefined && unit in CURRENCY_WORDS) {
    currency = CURRENCY_WORDS[unit];
    k++;
  } else if (unit !== undefined && unit in UNIT_WORDS && !(unit === 'm' || unit === 'k')) {
    said = UNIT_WORDS[unit];
    k++;
  } else if (after === '%') {
    said = 'percent';
    k++;
  }
  if (currency === 'USD') said = 'dollars';
  // Money said as money ("$2.000", "2.000 euros") is in thousands whatever the question is about.
  if (number.thousands !== undefined && (currency || said === 'dollars')) value = negative ? -number.thousands : number.thousands;
  if (said === 'years' && wordAt(tokens, k) === 'old') {
    said = 'age';
    k++;
  }
  // "an hour and a half", "a year and a half"
  if (Number.isInteger(value) && wordAt(tokens, k) === 'and' && wordAt(tokens, k + 1) === 'a' && wordAt(tokens, k + 2) === 'half') {
    value += 0.5;
    k += 3;
  }
  const rate = rateAt(tokens, k);
  if (rate) k = rate.end;
  if (!said && !currency && ageBefore(tokens, i)) said = 'age';
  if (!said && !currency && dateBefore(tokens, i, value)) said = 'date';
  if (!said && !currency && !rate) {
    const noun = wordAt(tokens, k);
    const counted = noun !== undefined && (COUNTED.has(noun) || (noun.length > 3 && noun.endsWith('s') && !NOT_COUNTED.has(noun)));
    const inGroup = wordAt(tokens, i - 1) === 'of' && GROUPS.has(wordAt(tokens, i - 2) ?? '');
    if (counted || inGroup) said = 'things';
  }
  return { value, raw: number.raw, scale: number.scale, start: i, end: k, said, currency, per: rate?.per, approximate };
}

/** What may stand between two numbers offered as alternatives: "or", "-", "to", "/", ", maybe". */
function joinerAt(tokens: readonly Token[], k: number, between: boolean): number | undefined {
  const word = wordAt(tokens, k) ?? symAt(tokens, k);
  let next: number | undefined;
  if (word === 'or' || word === '-' || word === 'to' || word === '/') next = k + 1;
  else if (word === 'and' && between) next = k + 1;
  else if (word === ',' && ['maybe', 'perhaps', 'possibly', 'or'].includes(wordAt(tokens, k + 1) ?? '')) next = k + 1;
  if (next === undefined) return undefined;
  while (['maybe', 'perhaps', 'possibly', 'even', 'or'].includes(wordAt(tokens, next) ?? '')) next++;
  return next;
}

function groupsOf(tokens: readonly Token[], want: Want): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = mentionAt(tokens, i, want);
    if (!first) {
      i++;
      continue;
    }
    const between = ['between', 'either', 'from'].includes(wordAt(tokens, i - 1) ?? '') || ['between', 'either', 'from'].includes(wordAt(tokens, i - 2) ?? '');
    const members = [first];
    for (;;) {
      const last = members.at(-1) as Mention;
      const joined = joinerAt(tokens, last.end, between);
      const next = joined === undefined ? undefined : mentionAt(tokens, joined, want);
      if (!next) break;
      members.push(next);
    }
    groups.push(group(members));
    i = (members.at(-1) as Mention).end;
  }
  return groups;
}

/** Alternatives share what one of them says: "10 or 15 hours", "$500 or 1000", "80-90k". */
function group(members: Mention[]): Group {
  const said = members.find((m) => m.said)?.said;
  const currency = members.find((m) => m.currency)?.currency;
  const per = members.find((m) => m.per)?.per;
  const scaled = members.find((m) => m.scale > 1);
  const values = members.map((m) => (scaled && m.scale === 1 && m.value <= scaled.raw ? m.value * scaled.scale : m.value));
  return {
    values,
    start: members[0]?.start ?? 0,
    end: members.at(-1)?.end ?? 0,
    said,
    currency,
    per,
    approximate: members.some((m) => m.approximate),
  };
}

/** How many of the wanted unit one of what was said is. */
const CONVERT: Record<Unit, Partial<Record<Said, number>>> = {
  hours: { hours: 1, minutes: 1 / 60 },
  dollars: { dollars: 1 },
  months: { months: 1, years: 12, weeks: 12 / 52 },
  years: { years: 1, months: 1 / 12 },
};

const round = (value: number) => Math.round(value * 100) / 100;

function converted(value: number, said: Said | undefined, unit: Unit | undefined): number {
  if (!said || !unit) return value;
  return round(value * (CONVERT[unit][said] ?? 1));
}

/** strong: said in the unit asked for; weak: a bare number; none: something else (an age, a team of 8). */
function fit(g: Group, want: Want): 'strong' | 'weak' | 'none' {
  if (g.currency && g.currency !== 'USD') return 'none';
  if (!g.said) return 'weak';
  if (g.said === 'age' || g.said === 'date' || g.said === 'things' || g.said === 'percent') return 'none';
  if (!want.unit) return 'strong';
  return CONVERT[want.unit][g.said] !== undefined ? 'strong' : 'none';
}

function single(g: Group, want: Want): NumberReading {
  const values = [...new Set(g.values.map((v) => converted(v, g.said, want.unit)))];
  if (values.length > 1) return { kind: 'alternatives', values };
  const value = values[0] as number;
  // A figure for another period is the person's to convert: 2 hours a day is 10 or 14 a week.
  const periodic = want.unit === 'hours' || want.unit === 'dollars';
  if (g.per && periodic && g.per !== (want.per ?? 'year')) return { kind: 'rate', value, per: g.per, unit: want.unit };
  return { kind: 'number', value, approximate: g.approximate };
}

/** Reads a typed answer for a step that wants a number (of `want.unit`, per `want.per`). */
export function readNumber(text: string, want: Want = {}): NumberReading {
  // The commonest answer, a bare whole number, needs no lexing: it reads the same for every unit.
  if (BARE_INTEGER.test(text)) return { kind: 'number', value: Number(text.trim()), approximate: false };
  return readNumberInFull(text, want);
}

/** Every rule, for any text: what readNumber's fast path must agree with. */
export function readNumberInFull(text: string, want: Want = {}): NumberReading {
  const typed = normalize(text);
  if (typed === '' || typed.length > MAX_LENGTH) return NONE;
  const tokens = lex(typed);
  const groups = groupsOf(tokens, want);
  if (groups.length === 0) return ZERO.test(typed) ? { kind: 'number', value: 0, approximate: false } : NONE;
  const rated = groups.map((g) => ({ g, fit: fit(g, want) }));
  const strong = rated.filter((r) => r.fit === 'strong');
  const chosen = strong.length > 0 ? strong : rated.filter((r) => r.fit === 'weak');
  const settled = chosen.length > 1 ? settledLast(tokens, groups, want) : undefined;
  if (settled) return settled;
  if (chosen.length > 1) return { kind: 'several', values: chosen.flatMap((r) => r.g.values.map((v) => converted(v, r.g.said, want.unit))) };
  if (chosen[0]) return single(chosen[0].g, want);
  const foreign = groups.find((g) => g.currency && g.currency !== 'USD');
  if (foreign && (!want.unit || want.unit === 'dollars')) return { kind: 'currency', value: foreign.values[0] as number, currency: foreign.currency as Currency };
  const other = groups[0] as Group;
  return { kind: 'other-unit', value: other.values[0] as number, said: other.currency ? 'dollars' : (other.said ?? 'things') };
}

/** Words that settle a figure after others were weighed: "some years 40k, some years 90k, say 60". */
const SETTLING = /^(?:say|call it|average|averaging|on average|so about|so say)$/;

/**
 * The last figure when the person settles on it after others ("some years 40k some years 90k, say 60"),
 * in the scale of the ones before it: 60 between 40,000 and 90,000 is 60,000. Undefined when nothing settles.
 */
function settledLast(tokens: readonly Token[], groups: readonly Group[], want: Want): NumberReading | undefined {
  const last = groups[groups.length - 1];
  if (!last || last.values.length !== 1 || last.end < tokens.length - 1) return undefined;
  const before = [wordAt(tokens, last.start - 2), wordAt(tokens, last.start - 1)];
  const said = [before.join(' '), before[1] ?? ''].find((w) => SETTLING.test(w));
  if (said === undefined) return undefined;
  const others = groups.slice(0, -1).flatMap((g) => g.values);
  const value = last.values[0] as number;
  const low = Math.min(...others);
  const high = Math.max(...others);
  const scaled = want.unit === 'dollars' && value < 1_000 && low >= 1_000 && value * 1_000 >= low && value * 1_000 <= high ? value * 1_000 : value;
  return scaled >= low && scaled <= high ? single({ ...last, values: [scaled] }, want) : undefined;
}

const BARE_INTEGER = /^\s*\d{1,9}\s*$/;

/** Words that may surround a number that is the whole answer ("about 10 hours a week", "$2k max"). */
const FILLER = new Set([
  'about', 'around', 'roughly', 'approximately', 'approx', 'maybe', 'perhaps', 'probably', 'say', 'like', 'and', 'up', 'to', 'only',
  'per', 'a', 'an', 'each', 'every', 'total', 'in', 'of', 'so', 'just', 'under', 'at', 'most', 'max', 'tops', 'salary', 'budget', 'i',
  'think', 'guess', 'please', 'ish', 'is', 'it', 'thanks', 'ok', 'okay', 'um', 'uh', 'well', 'hmm', 'usd', 'dollars', 'yeah', 'year',
  'years', 'month', 'months', 'week', 'weeks', 'hour', 'hours', 'hrs', 'hr', 'weekly', 'monthly', 'yearly', 'the', 'number', 'option',
]);
const QUIET_SYMBOLS = new Set(['$', '~', '≈', '.', ',', '!', '?', ':', ';', '(', ')', '"', "'", '*', '_', '#', '-', '/', '+', '👍']);

/**
 * The number when it is the whole answer, and undefined otherwise: for menus and checklists,
 * where a number picks an option only when nothing else was said ("7", "about 7", "seven").
 */
export function wholeNumber(text: string): number | undefined {
  if (BARE_INTEGER.test(text)) return Number(text.trim());
  return wholeNumberInFull(text);
}

/** Every rule, for any text: what wholeNumber's fast path must agree with. */
export function wholeNumberInFull(text: string): number | undefined {
  const typed = normalize(text);
  if (typed === '' || typed.length > 200) return undefined;
  const tokens = lex(typed);
  const groups = groupsOf(tokens, {});
  if (groups.length === 0) return ZERO.test(typed) ? 0 : undefined;
  const [only] = groups;
  if (groups.length > 1 || !only || only.values.length > 1 || only.said === 'things' || only.said === 'age' || only.said === 'date') return undefined;
  return saysOnly(tokens, only) ? only.values[0] : undefined;
}

/** Nothing but the one group and words that may surround a whole answer. */
const saysOnly = (tokens: readonly Token[], only: Group) =>
  tokens.every((token, i) => (i >= only.start && i < only.end) || (token.kind === 'word' ? FILLER.has(token.text) : token.kind === 'sym' && QUIET_SYMBOLS.has(token.text)));

/**
 * An amount said as money and nothing else ("fifty bucks", "$50", "about 50 quid", "£40 max"), with its
 * currency; undefined for a bare number ("50") or an amount inside a sentence.
 */
export function moneyOnly(text: string): { value: number; currency: Currency | 'USD' } | undefined {
  const typed = normalize(text);
  if (typed === '' || typed.length > 200) return undefined;
  const tokens = lex(typed);
  const groups = groupsOf(tokens, { unit: 'dollars' });
  const [only] = groups;
  if (groups.length !== 1 || !only || only.values.length !== 1 || only.per !== undefined) return undefined;
  const currency = only.currency ?? (only.said === 'dollars' ? 'USD' : undefined);
  return currency && saysOnly(tokens, only) ? { value: only.values[0] as number, currency } : undefined;
}
