/**
 * Things people sometimes paste that the coach must never keep: a card number, a US social
 * security number, a password, an API key. The coach needs none of them, so each is replaced
 * before the message is read or stored, and the person is told what was left out and why.
 * The rules lean towards few false alarms: a card number must pass the Luhn check in a card's
 * grouping, a social security number needs its dashes or spaces (or the words before it), a
 * password needs the word "password" (or a token with upper and lower case, a digit and a symbol).
 */

export type SecretKind = 'card' | 'ssn' | 'password' | 'key';

/** What stands in the text where the secret was: the person sees what was kept. */
export const LEFT_OUT: Record<SecretKind, string> = {
  card: '[card number left out]',
  ssn: '[ID number left out]',
  password: '[password left out]',
  key: '[key left out]',
};

const NAMES: Record<SecretKind, string> = {
  card: 'a card number',
  ssn: 'a social security number',
  password: 'a password',
  key: 'an access key',
};

/** 13 to 19 digits, together or in groups of 3 to 6 joined by one space or dash. */
const CARD = /(?<![\d-])\d{3,6}(?:[ -]?\d{3,6}){1,4}(?![\d-])/g;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Card networks' first digits (2 and 5 Mastercard, 3 Amex, 4 Visa, 6 Discover) and groupings. */
function isCard(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  const groups = candidate.split(/[ -]/).map((g) => g.length).join(',');
  const grouped = groups === String(digits.length) || /^4,4,4,(?:1|2|3|4)(?:,3)?$/.test(groups) || /^4,6,(?:4|5)$/.test(groups);
  // "2015 2016 2017 2018" is a list of years, however its digits add up.
  const years = candidate.split(/[ -]/).every((g) => /^(?:19[5-9]\d|20\d\d)$/.test(g));
  return grouped && !years && luhn(digits);
}

/** 123-45-6789 or 123 45 6789 (never issued: area 000, 666 or 9xx, group 00, serial 0000). */
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g;
/** Nine digits after the words that name them: "SSN 123456789", "social security number: 123456789". */
const SSN_NAMED = /\b(ssn|social security(?: number| no\.?)?)(\s*(?:is|:|#|=)?\s*)\d{9}(?!\d)/gi;

/** "password: hunter2", "my password is Tr0ub4dor", "pwd=…", "PIN: 4321": the value after the word. */
const PASSWORD_NAMED = /\b(pass(?:word|wd|code|phrase)|pwd|pin)(\s*(?:is|was|=|:)\s*)(?:"[^"\n]*"|'[^'\n]*'|`[^`\n]*`|\S+)/gi;
/** A token with lower and upper case, a digit and a symbol, 8 to 40 characters: how passwords look, not words. */
const PASSWORD_SHAPED = /(?<!\S)(?=\S*[a-z])(?=\S*[A-Z])(?=\S*\d)(?=\S*[!#$%^&*+=?~@])\S{8,40}(?!\S)/g;
/**
 * Symbols and case come with other things too: an e-mail or web address, markup (HTML tags and
 * entities, Slack's <#C123|channel>), a key=value pair. Those are not passwords.
 */
const NOT_A_PASSWORD = /^[\w.+-]+@[\w-]+\.[\w.-]+[.,;:!?]*$|:\/\/|^www\.|[<>|]|&#?\w+;|="/i;

/** Keys with a published shape: OpenAI-style sk-, Slack xox?-, GitHub gh?_, AWS AKIA, Google AIza. */
const KEYS = /\b(?:sk-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|gh[pousr]_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35})\b/g;

/**
 * Cheap tests first, so that most messages skip every rule: every secret has a digit or a word
 * that names it, a card number has 13 digits or more,
 * a social security number 9, a named secret its word, a key its prefix, a password-shaped token
 * an upper-case letter and a symbol.
 */
const MAY_HOLD = /\d|pass|pwd|pin|sk-|xox|gh[pousr]_|AKIA|AIza/i;
const THIRTEEN_DIGITS = /\d(?:\D{0,2}\d){12}/;
const NINE_DIGITS = /\d(?:\D{0,2}\d){8}/;
const NAMED = /pass|pwd|pin/i;
const SSN_WORDS = /ssn|social/i;
const KEY_PREFIXES = /sk-|xox|gh[pousr]_|AKIA|AIza/;
const SHAPED = /[A-Z][\s\S]*[!#$%^&*+=?~|<>@]|[!#$%^&*+=?~|<>@][\s\S]*[A-Z]/;

export interface Masked {
  text: string;
  /** What was left out, each kind once, in a fixed order. */
  found: SecretKind[];
}

/** The text with every likely secret replaced by what says it was left out. */
export function maskSecrets(text: string): Masked {
  if (!MAY_HOLD.test(text)) return { text, found: [] };
  const found = new Set<SecretKind>();
  const leave = (kind: SecretKind) => {
    found.add(kind);
    return LEFT_OUT[kind];
  };
  let masked = text;
  if (KEY_PREFIXES.test(masked)) masked = masked.replace(KEYS, () => leave('key'));
  if (NAMED.test(masked)) masked = masked.replace(PASSWORD_NAMED, (_, word: string, joiner: string) => `${word}${joiner}${leave('password')}`);
  if (NINE_DIGITS.test(masked)) {
    if (SSN_WORDS.test(masked)) masked = masked.replace(SSN_NAMED, (_, words: string, joiner: string) => `${words}${joiner}${leave('ssn')}`);
    masked = masked.replace(SSN, () => leave('ssn'));
  }
  if (THIRTEEN_DIGITS.test(masked)) masked = masked.replace(CARD, (candidate) => (isCard(candidate) ? leave('card') : candidate));
  if (SHAPED.test(masked)) masked = masked.replace(PASSWORD_SHAPED, (token) => (NOT_A_PASSWORD.test(token) || token.startsWith('[') ? token : leave('password')));
  if (found.size === 0) return { text, found: [] };
  const order: SecretKind[] = ['card', 'ssn', 'password', 'key'];
  return { text: masked, found: order.filter((kind) => found.has(kind)) };
}

const listOf = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''));

/** The short word the person gets: what was left out, that the rest was kept, and why. */
export function secretNotice(found: readonly SecretKind[]): string {
  const what = listOf(found.map((kind) => NAMES[kind]));
  return `I left out what looked like ${what} and kept the rest of your message, so it is not stored anywhere. I never need those to coach you: please don't send them here.`;
}
