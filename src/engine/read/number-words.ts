import type { Currency, Period, Said } from './number.js';

/**
 * The words and tokens of a typed number: how text is cut into numbers, words and symbols, the
 * vocabulary of units, currencies, periods and hedges, and numbers said in words ("twenty five",
 * "a couple of", "half a year"), where a "one" that points at a thing ("the right one") is no number.
 * number.ts reads what was said around them.
 */

/** `decimal`: the value if the dot of "2.000" is a decimal point rather than a thousands separator. */
export type Token = { kind: 'num'; value: number; decimal?: number } | { kind: 'word'; text: string } | { kind: 'sym'; text: string };

/**
 * Thousands separators ("2,000", "2.000", "1 000") before plain numbers, so "1 000" is one number
 * and not two; a decimal comma only with one digit after it ("7,5"), as "10,15" is more often a list.
 */
export const LEX = new RegExp(
  [
    String.raw`([1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?)(?!\d|[.,]\d)`,
    String.raw`([1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?)(?!\d|[.,]\d)`,
    String.raw`([1-9]\d{0,2}(?: \d{3})+)(?!\d|[.,]\d)`,
    String.raw`(\d+(?:\.\d+|,\d(?!\d))?)`,
    String.raw`(\p{L}+(?:'\p{L}+)*)`,
    String.raw`([^\s\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);

export const ONE_DOT_GROUP = /^\d{1,3}\.\d{3}$/;

export function lex(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(LEX)) {
    const [, commas, dots, spaces, plain, word, sym] = match;
    if (commas) tokens.push({ kind: 'num', value: Number(commas.replaceAll(',', '')) });
    else if (dots) {
      const value = Number(dots.replaceAll('.', '').replace(',', '.'));
      // "2.000" alone could be two (a US decimal point) or two thousand (the separator most of Europe uses).
      tokens.push(ONE_DOT_GROUP.test(dots) ? { kind: 'num', value, decimal: Number(dots) } : { kind: 'num', value });
    }
    else if (spaces) tokens.push({ kind: 'num', value: Number(spaces.replaceAll(' ', '')) });
    else if (plain) tokens.push({ kind: 'num', value: Number(plain.replace(',', '.')) });
    else if (word) tokens.push({ kind: 'word', text: word });
    else if (sym) tokens.push({ kind: 'sym', text: sym });
  }
  return tokens;
}

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const MULTIPLIERS: Record<string, number> = { k: 1_000, thousand: 1_000, grand: 1_000, million: 1_000_000, mil: 1_000_000, m: 1_000_000 };
export const UNIT_WORDS: Record<string, Said> = {
  hour: 'hours', hours: 'hours', hr: 'hours', hrs: 'hours', h: 'hours',
  minute: 'minutes', minutes: 'minutes', min: 'minutes', mins: 'minutes',
  day: 'days', days: 'days',
  week: 'weeks', weeks: 'weeks', wk: 'weeks', wks: 'weeks',
  month: 'months', months: 'months', mo: 'months', mos: 'months', mth: 'months', mths: 'months',
  year: 'years', years: 'years', yr: 'years', yrs: 'years', y: 'years',
  dollar: 'dollars', dollars: 'dollars', usd: 'dollars', buck: 'dollars', bucks: 'dollars',
  percent: 'percent', yo: 'age',
};
export const CURRENCY_WORDS: Record<string, Currency> = {
  euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP', gbp: 'GBP', quid: 'GBP', cad: 'CAD', aud: 'AUD',
  rupee: 'INR', rupees: 'INR', inr: 'INR', yen: 'JPY', jpy: 'JPY', chf: 'CHF', franc: 'CHF', francs: 'CHF',
};
export const CURRENCY_SYMBOLS: Record<string, Currency | 'USD'> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
export const PERIODS: Record<string, Period> = {
  hour: 'hour', hr: 'hour', h: 'hour', day: 'day', week: 'week', wk: 'week', w: 'week', month: 'month', mo: 'month', mth: 'month',
  year: 'year', yr: 'year', annum: 'year', y: 'year',
};
export const PERIOD_WORDS: Record<string, Period> = {
  hourly: 'hour', daily: 'day', weekly: 'week', pw: 'week', monthly: 'month', pm: 'month', yearly: 'year', annually: 'year', annual: 'year', pa: 'year',
};
export const RATE_LEADS = new Set(['a', 'an', 'per', 'every', 'each', '/']);
export const TIME_NOUNS = new Set(['hour', 'day', 'week', 'month', 'year']);
export const APPROXIMATE = new Set([
  'about', 'around', 'roughly', 'approximately', 'approx', 'maybe', 'perhaps', 'probably', 'say', 'like', 'circa', 'ca', 'nearly',
  'almost', 'under', 'over', 'max', 'most', 'least', 'than', 'some', 'only', 'just', '~', '≈', 'possibly', 'realistically',
]);
export const wordAt = (tokens: readonly Token[], i: number): string | undefined => {
  const token = tokens[i];
  return token?.kind === 'word' ? token.text : undefined;
};
export const symAt = (tokens: readonly Token[], i: number): string | undefined => {
  const token = tokens[i];
  return token?.kind === 'sym' ? token.text : undefined;
};
export const isNumberWord = (word: string | undefined) => word !== undefined && (word in UNITS || word in TENS);

/** Words before a "one" that is a thing, not a count: "the right one", "which one", "that one", "no one", "a cheaper one". */
export const POINTING = new Set(['the', 'that', 'this', 'which', 'whichever', 'what', 'each', 'every', 'any', 'no', 'another', 'other', 'a', 'an', 'same', 'my', 'your', 'our', 'their', 'his', 'her', 'its']);
/** Words that never stand between a pointing word and its "one": "the budget is one" and "that i have one" count. */
export const NOT_DESCRIBING = new Set([
  'is', 'are', 'was', 'were', 'be', "'s", 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should', 'need', 'want', 'take',
  'get', 'i', 'you', 'we', 'they', 'he', 'she', 'it', 'me', 'us', 'them', 'for', 'to', 'in', 'at', 'of', 'on', 'with', 'by', 'from', 'and', 'or', 'but',
  'if', 'then', 'per', ...APPROXIMATE,
]);
/** What follows a "one" that is a thing: "one of them", "one that fits". */
export const OF_WHICH = /^(?:that|which|who|whose)$/;
export const OF_GROUP = /^(?:the|them|those|these|my|your|our|their|his|her|its)$/;

/**
 * "one" said of a thing, not as a count: "the right one", "which one would…", "the google one", "one of
 * them". A unit or another number after it keeps it a count: "the one year course", "that one or two hours".
 */
export function pointsAtThing(tokens: readonly Token[], i: number): boolean {
  if (wordAt(tokens, i) !== 'one') return false;
  const next = wordAt(tokens, i + 1) ?? symAt(tokens, i + 1);
  if (next !== undefined && (next in UNIT_WORDS || next in CURRENCY_WORDS || next in PERIODS || next in MULTIPLIERS || next === 'hundred' || ['or', 'and', '-', 'to', '/', '+'].includes(next))) return false;
  if (next === 'of' && OF_GROUP.test(wordAt(tokens, i + 2) ?? '')) return true;
  if (next !== undefined && OF_WHICH.test(next)) return true;
  // A pointing word right before it, or with one or two describing words between ("the cheapest online one").
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = wordAt(tokens, k);
    if (word === undefined || isNumberWord(word)) return false;
    if (POINTING.has(word)) return true;
    if (NOT_DESCRIBING.has(word)) return false;
  }
  return false;
}

/** "twenty five", "one hundred and fifty", "a dozen", "a couple of", "half a", "a year" (1), "one and a half". */
export function wordNumberAt(tokens: readonly Token[], start: number): { value: number; end: number } | undefined {
  if (pointsAtThing(tokens, start)) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  let k = start;
  while (k < tokens.length) {
    const word = wordAt(tokens, k);
    const next = wordAt(tokens, k + 1);
    if (word === undefined) {
      // "twenty-five"
      if (seen && symAt(tokens, k) === '-' && isNumberWord(wordAt(tokens, k + 1))) {
        k++;
        continue;
      }
      break;
    }
    // "one fifty", "two twenty five": said the way prices are, hundreds then the rest (150, 225), never 51.
    const hundredsSaid = seen && current >= 1 && current <= 9 && (wordAt(tokens, k - 1) ?? '') in UNITS && ((word in TENS) || (UNITS[word] ?? 0) >= 10);
    if (hundredsSaid) current = current * 100 + ((TENS[word] ?? UNITS[word]) as number);
    else if (word in UNITS) current += UNITS[word] as number;
    else if (word in TENS) current += TENS[word] as number;
    else if (word === 'hundred' && seen) current = (current || 1) * 100;
    else if (word in MULTIPLIERS && word !== 'm' && word !== 'k' && seen) {
      total += (current || 1) * (MULTIPLIERS[word] as number);
      current = 0;
    } else if (word === 'dozen') current = (current || 1) * 12;
    else if ((word === 'a' || word === 'an') && !seen) {
      if (next === 'couple') {
        current = 2;
        k += wordAt(tokens, k + 2) === 'of' ? 3 : 2;
        seen = true;
        continue;
      }
      if (next === 'hundred' || next === 'thousand' || next === 'dozen' || next === 'grand' || next === 'million') current = 1;
      // "a year", "an hour": one of it, unless it is the rate after another number (handled there).
      else if (next !== undefined && TIME_NOUNS.has(PERIODS[next] ?? '')) return { value: 1, end: k + 1 };
      else break;
    } else if (word === 'couple' && !seen) {
      current = 2;
      seen = true;
      k += next === 'of' ? 2 : 1;
      continue;
    } else if (word === 'half' && !seen) {
      // "half a year", "half an hour"
      return { value: 0.5, end: next === 'a' || next === 'an' ? k + 2 : k + 1 };
    } else if (word === 'and' && seen) {
      if (next === 'a' && wordAt(tokens, k + 2) === 'half') return { value: total + current + 0.5, end: k + 3 };
      if (next === 'half') return { value: total + current + 0.5, end: k + 2 };
      if (!isNumberWord(next)) break;
    } else break;
    seen = true;
    k++;
  }
  return seen ? { value: total + current, end: k } : undefined;
}

