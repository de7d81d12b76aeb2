/**
 * Turns what people actually type into values: "$2,000" -> 2000, "10 hrs" -> 10,
 * "twenty five" -> 25, "1.5k" -> 1500, "yeah" -> true. Pure and allocation-light,
 * because it runs on every answer.
 */

const UNITS: Record<string, number> = {
  zero: 0, none: 0, nothing: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, k: 1_000, million: 1_000_000, m: 1_000_000 };

/** Words that may surround a number without changing it ("about 10 hours a week"). */
const FILLER = new Set([
  'about', 'around', 'roughly', 'approximately', 'approx', 'maybe', 'say', 'like', 'and', 'up', 'to', 'only',
  'per', 'a', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'hr', 'hrs', 'h', 'usd',
  'dollars', 'dollar', 'bucks', 'each', 'every', 'total', 'in', 'of', 'or', 'so', 'just', 'under', 'at', 'most',
  'weekly', 'monthly', 'yearly', 'pw', 'pm', 'wk', 'wks', 'mo', 'yr', 'yrs', 'salary', 'budget',
]);

const NUMERIC = /^(-?)\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k|m)?$/i;
const TOKEN_SPLIT = /[\s/-]+/;
const STRIP = /[~≈$€£?!.,;:()"'`*_]+/g;

function parseDigits(token: string): number | undefined {
  const match = NUMERIC.exec(token);
  if (!match) return undefined;
  const [, sign, whole = '', fraction, scale] = match;
  let value = Number(whole.replaceAll(',', '') + (fraction ? `.${fraction}` : ''));
  if (scale) value *= SCALES[scale.toLowerCase()] ?? 1;
  return sign ? -value : value;
}

/** "twenty five", "one hundred and fifty", "2 thousand", "a dozen". */
function parseWords(tokens: string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const token of tokens) {
    const digits = parseDigits(token);
    if (digits !== undefined) {
      current += digits;
      seen = true;
    } else if (token in UNITS) {
      if (token === 'a' || token === 'an') continue;
      current += UNITS[token] as number;
      seen = true;
    } else if (token in TENS) {
      current += TENS[token] as number;
      seen = true;
    } else if (token in SCALES && seen) {
      const scale = SCALES[token] as number;
      if (scale === 100) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (!FILLER.has(token)) {
      return undefined;
    }
  }
  return seen ? total + current : undefined;
}

/**
 * A single number from human text, or undefined when there is none or more than one
 * ("10-15" is a range, not a number: the caller asks again rather than guessing).
 */
export function parseHumanNumber(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const text = input.trim().toLowerCase();
  if (text === '' || text.length > 200) return undefined;
  const direct = parseDigits(text.replace(/^[~≈]\s*/, ''));
  if (direct !== undefined) return direct;
  if (/\d\s*(?:-|–|to)\s*\d/.test(text)) return undefined;
  const tokens = text
    .replace(/(\d)\s+(k|m)\b/g, '$1$2')
    .split(TOKEN_SPLIT)
    .map((token) => (NUMERIC.test(token) ? token.replace(/^\$/, '') : token.replace(STRIP, '')))
    .map((token) => token.replace(/^(\d+(?:\.\d+)?)(hrs?|h|hours?|usd|wk|pw)$/, '$1'))
    .filter((token) => token !== '');
  return parseWords(tokens);
}

const YES = new Set([
  'y', 'yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'sure', 'ok', 'okay', 'k', 'correct', 'right', 'true',
  'affirmative', 'of course', 'absolutely', 'definitely', 'certainly', 'please', 'yes please', 'sounds good',
  'go ahead', 'do it', 'confirm', 'confirmed', "that's right", 'thats right', 'sure thing', '👍', '✅', '✔️',
]);
const NO = new Set([
  'n', 'no', 'nope', 'nah', 'nay', 'not really', 'no thanks', 'no thank you', 'false', 'negative', 'cancel',
  "don't", 'dont', 'never', 'not now', 'wrong', '👎', '❌', '✖️',
]);

/** true for yes-like answers, false for no-like ones, undefined when it is neither. */
export function parseYesNo(input: unknown): boolean | undefined {
  if (typeof input === 'boolean') return input;
  if (typeof input !== 'string') return undefined;
  const text = input.trim().toLowerCase().replace(/[.!?,]+$/g, '').replace(/\s+/g, ' ');
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Emoji, punctuation or markdown alone carries no answer. */
export function hasWords(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}
