import type { Role } from '../data/roles-schema.js';
import type { OtherIncome } from './current-income.js';
import { formatUsd, toCents } from './money.js';

/**
 * Return on investment, said in words a person can check.
 *
 * Target pay is entry-level pay for the role (data/roles.json `entryPay`): BLS publishes no entry
 * wage, so the 25th percentile of the role's occupation (or its named neighbour) stands for a
 * typical starting point and the 10th for the low end (../shared/reference/entry-pay.md). The
 * median of the whole field includes experienced staff, so it is never the target; it is only
 * said, labelled, when the move means a pay cut. A role without a figure says so: nothing is
 * invented.
 *
 * pay change (a year) = entry pay − current pay. payback months = what earning the credential
 * costs ÷ (pay change ÷ 12), counted in months of the new job. Without current pay or with an
 * unknown price, only what can be said is said. Pay figures are rounded to the nearest $1,000 in
 * the sentence (the reference's rule); the arithmetic uses the exact figures. Entry pay within 5% of
 * current pay (at least $1,000) is the same pay at entry: said plainly, with no payback, and with the low
 * end when a first offer there would be a cut (the typical start is not the only offer). A rise at the
 * typical start whose low end is no rise is said with both: a first offer there pays nothing back.
 *
 * Only pay from work is compared. A pension, a benefit or no income at all (current-income.ts, or
 * a current pay of $0) is not a salary the new job replaces: a job may add to a pension or end a
 * benefit. Then the entry pay is said on its own, and what earning the credential costs is put
 * against it ("about 1 week of that pay"), never "$X a year more than you earn now".
 */

export type TargetPay =
  | {
      readonly known: true;
      /** The 25th percentile: a typical starting point. */
      readonly cents: number;
      /** The 10th percentile: the low end. */
      readonly lowCents: number;
      /** The middle of the whole field, experienced staff included. */
      readonly medianCents: number;
      readonly proxy: boolean;
      /** The occupation in words ("information security analysts"). */
      readonly occupation: string;
      readonly roleName: string;
      readonly asOf: string;
      readonly source: string;
    }
  | { readonly known: false; readonly roleName: string; readonly says: string };

/** Kept under its old name for callers that only pass it on. */
export type RolePay = TargetPay;

/** What the target pay stands for, for `--json` readers. */
export const PAY_BASIS = 'entry level: the 25th percentile of BLS OEWS national annual wages' as const;

export interface Roi {
  readonly known: boolean;
  readonly targetPayCents: number | null;
  readonly payChangeCents: number | null;
  /** Months of the new job's extra pay that repay the cost; null when there is no rise or no price. */
  readonly paybackMonths: number | null;
  readonly proxy: boolean;
  readonly source: string | null;
  /** Two or three sentences for the person. */
  readonly sentence: string;
  /** The payback alone, as a sentence, for a table that says the entry pay once above it. */
  readonly short: string;
}

export function rolePay(role: Role): TargetPay {
  const entry = role.entryPay;
  if (!entry || entry.kind === 'none') {
    return { known: false, roleName: role.name, says: entry?.says ?? `I have no entry-level pay figure for ${role.name} roles, so I cannot estimate the return.` };
  }
  const period = entry.asOf.replace(/ OEWS$/, '');
  return {
    known: true,
    cents: toCents(entry.p25Usd),
    lowCents: toCents(entry.p10Usd),
    medianCents: toCents(entry.medianUsd),
    proxy: entry.proxy,
    occupation: entry.says,
    roleName: role.name,
    asOf: period,
    source: `U.S. Bureau of Labor Statistics, OEWS national wages, ${period}: ${entry.occupation.title} (SOC ${entry.occupation.soc}), 10th percentile ${formatUsd(toCents(entry.p10Usd))}, 25th ${formatUsd(toCents(entry.p25Usd))}, median ${formatUsd(toCents(entry.medianUsd))}`,
  };
}

/** "data analyst", but "IT support specialist" and "ML / AI engineer": acronyms keep their capitals. */
export const roleWords = (name: string): string => name.replace(/^(\p{Lu})(?=\p{Ll})/u, (first) => first.toLowerCase());

/** "$83,000": pay said to the nearest $1,000. */
export const roundedUsd = (cents: number): string => formatUsd(Math.round(cents / 100_000) * 100_000);

/** "An entry-level data analyst earns about $83,000 a year (the 25th percentile for …; BLS, May 2024)." */
export function entryPaySentence(pay: TargetPay): string {
  if (!pay.known) return pay.says;
  const who = roleWords(pay.roleName);
  return `An entry-level ${who} earns about ${roundedUsd(pay.cents)} a year, and ${roundedUsd(pay.lowCents)} at the low end: the 25th and 10th percentiles for ${pay.occupation} (BLS, ${pay.asOf}).`;
}

function payback(costCents: number, changeCents: number): { months: number; text: string; back: string } {
  const months = costCents / (changeCents / 12);
  if (costCents === 0) return { months: 0, text: 'earning it costs nothing, so there is nothing to pay back', back: 'Earning it costs nothing, so there is nothing to pay back' };
  const whole = Math.round(months);
  const back = months < 1 ? 'it pays back within your first month in the new job' : `it pays back in about ${whole} month${whole === 1 ? '' : 's'} of the new job`;
  return { months, text: `it costs ${formatUsd(costCents)}, so ${back}`, back: `${back.charAt(0).toUpperCase()}${back.slice(1)}` };
}

const unknown = (pay: TargetPay, sentence: string, short: string): Roi => ({
  known: false,
  targetPayCents: pay.known ? pay.cents : null,
  payChangeCents: null,
  paybackMonths: null,
  proxy: pay.known && pay.proxy,
  source: pay.known ? pay.source : null,
  sentence,
  short,
});

/** What the person has now, said back: why there is no "more than you earn now". */
const NOT_PAY: Readonly<Record<OtherIncome, string>> = {
  pension:
    "What you live on now is a pension, not pay from work, so I don't count the difference as a raise: a job's pay would come on top of your pension or change it, depending on its rules, so check them before you plan on both.",
  benefits:
    "What you live on now is a benefit, not pay from work, and benefits usually stop or shrink when you start a job, so I don't count the difference as a raise: go by the job's own pay.",
  none: "You have no pay from work right now, so there is no raise to work out: the job's own pay is the gain.",
};

/** What earning it costs, against the new job's pay: "it costs $264, less than a week of that pay". */
function againstEntryPay(costCents: number | null, entryCents: number): { text: string; short: string } {
  if (costCents === null) return { text: 'Its price is unknown, so I cannot put it against that pay.', short: 'Price unknown.' };
  if (costCents === 0) return { text: 'Earning it costs nothing.', short: 'Earning it costs nothing.' };
  const weeks = costCents / (entryCents / 52);
  const whole = Math.max(1, Math.round(weeks));
  const share = weeks < 1 ? 'less than a week of that pay' : `about ${whole} week${whole === 1 ? '' : 's'} of that pay`;
  return { text: `Earning it costs ${formatUsd(costCents)}, ${share} before tax.`, short: `It costs ${share} at the entry level.` };
}

/**
 * costCents: what earning it costs (before renewals), or null when the price is unknown.
 * income: what the current pay is when it is not pay from work (a pension, a benefit, none).
 */
export function roi(costCents: number | null, pay: TargetPay, currentPayUsd: number | undefined, income?: OtherIncome): Roi {
  if (!pay.known) return unknown(pay, pay.says, 'No pay figure, so no payback to work out.');
  const entry = entryPaySentence(pay);
  // $0 a year from work is no pay from work, whatever words came with it.
  const other = income ?? (currentPayUsd === 0 ? 'none' : undefined);
  if (other) {
    const cost = againstEntryPay(costCents, pay.cents);
    return { known: true, targetPayCents: pay.cents, payChangeCents: null, paybackMonths: null, proxy: pay.proxy, source: pay.source, sentence: `${entry} ${NOT_PAY[other]} ${cost.text}`, short: cost.short };
  }
  if (currentPayUsd === undefined) return unknown(pay, `${entry} Tell me what you earn now and I can say how soon it would pay back.`, 'Payback needs your current pay.');
  const current = toCents(currentPayUsd);
  const change = pay.cents - current;
  const base = { known: true, targetPayCents: pay.cents, payChangeCents: change, proxy: pay.proxy, source: pay.source };
  const same = sameBand(current);
  if (change < 0 && -change >= same) {
    const gently =
      `That is about ${roundedUsd(-change)} a year less than you earn now, so the move would likely mean a pay cut at first. ` +
      `Many people accept that for a few years while they build experience; the middle of the whole field, experienced staff included, earns about ${roundedUsd(pay.medianCents)}. Plan your savings for the gap before you switch.`;
    return { ...base, paybackMonths: null, sentence: `${entry} ${gently}`, short: 'No payback in pay: the first job would likely pay less than you earn now.' };
  }
  if (Math.abs(change) < same) {
    const aboutSame =
      'That is about what you earn now, so the switch is about the same pay at entry: no raise pays the credential back at first, ' +
      `and the gain is the work and where it leads (the middle of the whole field, experienced staff included, earns about ${roundedUsd(pay.medianCents)}).`;
    // The typical start is his pay; the low end may not be: a first offer there would be a cut, said with what to do about it.
    const lowCut = current - pay.lowCents >= same;
    const lowEnd = lowCut ? ` A first offer at the low end, though, would be about ${roundedUsd(current - pay.lowCents)} less than you earn now: aim for the typical entry pay when you negotiate, and plan your savings in case the first offer is lower.` : '';
    const lowShort = lowCut ? ' A first offer at the low end would be less than you earn now.' : '';
    return { ...base, paybackMonths: null, sentence: `${entry} ${aboutSame}${lowEnd}`, short: `About the same pay as now at entry, so no payback in pay.${lowShort}` };
  }
  const more = `That is about ${roundedUsd(change)} a year more than you earn now`;
  // The low end at or below what they earn: a first offer there brings no raise, said beside the typical start's payback.
  const low = pay.lowCents - current;
  const lowEnd = lowEndSentence(low, same);
  const lowShort = low < same ? ' A first offer at the low end would bring no raise.' : '';
  if (costCents === null) return { ...base, paybackMonths: null, sentence: `${entry} ${more}; its price is unknown, so I cannot say how soon it pays back.${lowEnd}`, short: `Price unknown, so no payback to work out.${lowShort}` };
  const back = payback(costCents, change);
  return { ...base, paybackMonths: back.months, sentence: `${entry} ${more}; ${back.text}.${lowEnd}`, short: `${back.back}.${lowShort}` };
}

/** A first offer at the low end when it is no raise (low: the low end less current pay), or nothing. */
function lowEndSentence(low: number, same: number): string {
  if (low >= same) return '';
  return ` A first offer at the low end, though, would be ${Math.abs(low) < same ? 'about what you earn now' : `about ${roundedUsd(-low)} less than you earn now`}, with no raise to pay anything back: aim for the typical entry pay when you negotiate.`;
}

/**
 * "Will I have to take a pay cut?": the answer first, then the same entry-pay figures and comparison
 * the pick's sentence gives (roi), with no credential's cost or payback in it.
 */
export function payCutSentence(pay: TargetPay, currentPayUsd: number | undefined, income?: OtherIncome): string {
  if (!pay.known) return pay.says;
  const entry = entryPaySentence(pay);
  const other = income ?? (currentPayUsd === 0 ? 'none' : undefined);
  if (other) return `${entry} ${NOT_PAY[other]}`;
  if (currentPayUsd === undefined) return `${entry} Tell me what you earn now and I can say whether the move would mean a pay cut.`;
  const current = toCents(currentPayUsd);
  const change = pay.cents - current;
  const same = sameBand(current);
  if (change < 0 && -change >= same) return `Likely, at first. ${roi(null, pay, currentPayUsd).sentence}`;
  // About the same at the typical start; a low end under current pay is a cut there, so "not a cut" is said only of the typical start.
  if (Math.abs(change) < same) return `${current - pay.lowCents >= same ? 'Not at the typical start' : 'Not a cut, but no raise either at first'}. ${roi(null, pay, currentPayUsd).sentence}`;
  return `Not at the typical start. ${entryAgainstNow(pay, currentPayUsd, income)}`;
}

/**
 * The pay part of the pick's sentence with no credential to pay back: the entry pay against what the
 * person earns now (a raise, about the same, or a cut), so a plan finished without a credential still
 * says what the move is worth. Empty when the role's pay is not known.
 */
export function entryAgainstNow(pay: TargetPay, currentPayUsd: number | undefined, income?: OtherIncome): string {
  if (!pay.known) return '';
  const entry = entryPaySentence(pay);
  const other = income ?? (currentPayUsd === 0 ? 'none' : undefined);
  if (other) return `${entry} ${NOT_PAY[other]}`;
  if (currentPayUsd === undefined) return entry;
  const current = toCents(currentPayUsd);
  const change = pay.cents - current;
  const same = sameBand(current);
  if (change < same) return roi(null, pay, currentPayUsd).sentence;
  return `${entry} That is about ${roundedUsd(change)} a year more than you earn now.${lowEndSentence(pay.lowCents - current, same)}`;
}

/**
 * How near counts as "about what you earn now": within 5% of current pay, and never under $1,000
 * (rounded to thousands, a smaller difference would read "about $0 more"). $2,000 more on $80,000
 * is no raise a person would move for, and a payback worked out from it would mislead.
 */
export const SAME_PAY_SHARE = 0.05;
const sameBand = (currentCents: number): number => Math.max(100_000, Math.round(currentCents * SAME_PAY_SHARE));
