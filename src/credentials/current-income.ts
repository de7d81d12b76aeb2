/**
 * What the person lives on now, when it is not pay from work: a pension or retirement income,
 * unemployment or other benefits, or nothing ("between jobs", "nothing right now"). The return on
 * a credential compares the new job's pay with pay from work; a pension or a benefit is not that
 * (a job may add to a pension or end a benefit), so roi.ts says the entry pay plainly instead of
 * "$X a year more than you earn now". Read from the words of the answer to the pay question; the
 * amount, when one is given, is read by the number reader as before.
 */

export const OTHER_INCOMES = ['pension', 'benefits', 'none'] as const;
export type OtherIncome = (typeof OTHER_INCOMES)[number];

/** Each kind with the words that name it, most specific first: "retired, on a pension" is a pension, "unemployed" is no pay. */
const KINDS: readonly (readonly [OtherIncome, RegExp])[] = [
  ['pension', /\b(?:pensions?|pensioner|retired|retirement|retiree|social security|annuity|annuities|superannuation|401 ?k)\b/],
  [
    'benefits',
    /\bunemployment\b|\bjobless\b|\bon (?:benefits|welfare|disability)\b|\bwelfare\b|\bdisability (?:benefits?|allowance|pay|checks?|payments?)\b|\bssdi\b|\bjobseeker'?s? allowance\b|\buniversal credit\b|\bemployment insurance\b|\bbenefits only\b|\bjust benefits\b/,
  ],
  [
    'none',
    /\bnothing\b|\bnone\b|\bnada\b|\bzero\b|\bno (?:income|pay|salary|wages?|job|work|earnings)\b|\bnot (?:working|employed|earning)(?: at the moment| right now| now| currently)?\b|\bunemployed\b|\bbetween jobs\b|\bout of work\b|\blaid off\b|\bjob ?hunting\b|\blooking for (?:a )?(?:job|work)\b|\bunpaid\b|\bstay[- ]at[- ]home\b/,
  ],
];

/** "I'm not retired", "not on benefits": the kind denied is no answer about it. */
const DENIED = /\b(?:not|never|no longer) (?:yet )?(?:retired|on (?:a )?pension|on benefits|on welfare|on disability|unemployed|claiming)\b/;

/** Words that join two incomes: "48k at the helpdesk plus my pension", "30k and my va pension", "pension on top of 52k". */
const JOINED = /\s*(?:\+|\bplus\b|\band\b|\bon top of\b|\bas well as\b|\bbesides\b|\balong with\b|\bwith\b)\s*/;
const AMOUNT = /\d/;

/**
 * The other income is on top of pay from work: the answer joins two incomes and the amount sits in
 * another part than the pension or benefit ("48k at the helpdesk plus my pension"), so the amount is
 * pay from work. "my pension, about 24k" and "24k pension and some savings" put the amount with it.
 */
export function besidesPay(answer: string): boolean {
  const said = answer.toLowerCase().replace(/[’‘]/g, "'");
  const kind = otherIncome(said);
  if (kind !== 'pension' && kind !== 'benefits') return false;
  const words = KINDS.find(([k]) => k === kind)?.[1];
  const parts = said.split(JOINED).filter((part) => part.trim() !== '');
  const withIncome = parts.filter((part) => words?.test(part));
  return withIncome.length > 0 && withIncome.every((part) => !AMOUNT.test(part)) && parts.some((part) => AMOUNT.test(part));
}

/** The kind of income an answer to "what do you earn now?" names, or undefined for pay from work (or nothing said about it). */
export function otherIncome(answer: string): OtherIncome | undefined {
  const said = answer.toLowerCase().replace(/[’‘]/g, "'");
  if (DENIED.test(said)) return undefined;
  return KINDS.find(([, words]) => words.test(said))?.[0];
}
