import { gapName } from './situation.js';
import type { Person } from './person-fit.js';
import type { CatalogCredential } from '../data/credentials-schema.js';
import { listOf } from '../roles/suggest-roles.js';
import { coverageOf, coveredText, type Coverage } from './coverage.js';
import type { CredentialIndex } from './credential-index.js';
import { asOfWords, costLinesWords, providerName, totalSource } from './figure-words.js';
import { formatUsd, toCents } from './money.js';
import type { Gap } from './situation.js';
import { timeToFinish, type StudyTime, weeksText } from './time-to-finish.js';
import { horizonText, trueCost, type TrueCost } from './true-cost.js';

/**
 * One credential for one person, in words: what it costs at their pace and against their budget
 * (an unknown price is never said to fit or miss it), how long it takes at their hours, what it
 * covers of their top gaps, what it asks of them, each figure with where it was seen and when.
 * The parts credential-answers.ts builds its answers from.
 */

export interface Asker {
  /** The target role, by id and name. */
  readonly role?: { readonly id: string; readonly name: string };
  /** Most important first (the gap report's order). */
  readonly gaps: readonly Gap[];
  readonly hoursPerWeek?: number;
  readonly budgetUsd?: number;
  readonly deadlineWeeks?: number;
  /** Catalog ids of credentials the person holds. */
  readonly held: readonly string[];
  readonly yearsExperience?: number;
  /** Who they are for fit (held, their field, years): the same rules the pick sets credentials aside by. */
  readonly person?: Person;
  readonly today: Date;
  /** The credential the conversation is about (the pick last explained or chosen): what "instead" compares with. */
  readonly current?: CatalogCredential;
}

export interface CredentialWorld {
  readonly credentials: readonly CatalogCredential[];
  readonly index: CredentialIndex;
  roleName(id: string): string | undefined;
  /** Credentials postings name that the catalog carries no figures for (credentials.json notCarried). */
  readonly notCarried?: readonly { readonly id: string; readonly name: string }[];
}

/** Hours a week assumed, and said, when the person has not given theirs. */
export const ASSUMED_HOURS = 10;
export const HORIZON_MONTHS = 36;
export const TOP_GAPS = 3;


export interface Facts {
  readonly c: CatalogCredential;
  readonly cost: TrueCost;
  readonly time: StudyTime;
  readonly coverage: Coverage | undefined;
  readonly hours: number;
}

export function factsOf(c: CatalogCredential, asker: Asker, world: CredentialWorld): Facts {
  const hours = asker.hoursPerWeek ?? ASSUMED_HOURS;
  const coverage = asker.gaps.length > 0 && world.index.evidence.has(c.id) ? coverageOf(world.index, [c.id], asker.gaps) : undefined;
  return { c, hours, cost: trueCost(c, { hoursPerWeek: hours, horizonMonths: HORIZON_MONTHS }), time: timeToFinish(c, hours), coverage };
}

export const bold = (c: CatalogCredential) => `*${c.name}*`;
export const pace = (asker: Asker) => (asker.hoursPerWeek === undefined ? `at an assumed ${ASSUMED_HOURS} hours a week` : `at your ${asker.hoursPerWeek} hours a week`);
export const isFree = (f: Facts) => f.cost.expectedCents === 0;
/** "free to audit or financial aid": either is a way in. */
export const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** Free to audit, financial aid, or $0 to earn: the ways in that cost nothing up front. */
export function freeWays(f: Facts): string[] {
  if (f.cost.toEarnCents === 0) return ['free to earn'];
  return [f.c.freeAudit === true && 'free to audit', f.c.financialAid === true && 'financial aid'].filter((w): w is string => typeof w === 'string');
}

/** Research markers ("(S)", "[U]") stay in the data: the person reads the sentence without them. */
export const plain = (text: string) =>
  text
    .replace(/\s*[([](?:S|U|V|C|S-weak)[)\]]/g, '')
    .trim()
    .replace(/[.;,\s]+$/, '');

/**
 * The total against the budget: within it, more than it, or (for $0) learn free now and pay to
 * certify later. Nothing for an unknown total or when no budget was given.
 */
export function budgetWords(f: Facts, asker: Asker): string {
  const total = f.cost.expectedCents;
  if (total === null || asker.budgetUsd === undefined) return '';
  const budget = toCents(asker.budgetUsd);
  if (total <= budget) return total === 0 ? '' : `, within your ${formatUsd(budget)} budget`;
  if (f.cost.toEarnCents === 0) return `: earning it is free, and the rest is for keeping it, more than your ${formatUsd(budget)} budget`;
  const ways = freeWays(f);
  if (budget === 0 && ways.length > 0) return `. That is the cost of certifying later, not something your $0 budget covers now; you can start free (${orList(ways)})`;
  return `, more than your ${formatUsd(budget)} budget`;
}

/**
 * The total and the time it is counted over: "$441 in all" for what earning it costs at the person's
 * pace (the months of a subscription are said beside it), and "over 3 years" only for a credential with
 * a fee to renew it, whose total depends on how long it is held. One that never renews costs nothing more
 * once it is earned, so no span of years is said for it.
 */
export function totalWords(f: Facts): string {
  const total = formatUsd(f.cost.expectedCents ?? 0);
  const renews = f.cost.items.some((i) => i.line.type === 'renewal' && i.line.amountUsd > 0);
  return renews ? `${total} in all over ${horizonText(HORIZON_MONTHS)}` : `${total} in all`;
}

/** What it costs, each line with its source and date, then the total at the person's pace and the budget truth. */
export function costSentences(f: Facts, asker: Asker): string {
  const { c, cost } = f;
  if (cost.expectedCents === null) {
    const ways = freeWays(f);
    return `${bold(c)}: price unknown: check the provider.${ways.length > 0 ? ` There is a way in that costs nothing up front: ${listOf(ways)}.` : ''}`;
  }
  if (isFree(f)) {
    const lines = costLinesWords(c, (l) => !l.optional);
    return `${bold(c)} is free${lines.length > 0 ? `: ${lines.join('; ')}` : ''}.`;
  }
  // The lines the total counts: a membership the member price needs is counted, so it is listed too.
  const lines = costLinesWords(c, (l) => !l.optional || cost.items.some((i) => i.line === l));
  const monthly = c.costs.some((l) => l.per === 'month' && !l.optional);
  const counted = monthly && f.time.known ? ` (${f.time.billedMonths} months of subscription ${pace(asker)})` : '';
  return `${bold(c)}: ${lines.join('; ')}. That is ${totalWords(f)}${counted}${budgetWords(f, asker)}.`;
}

/** The total in one sentence with where its figures come from ("how much is X?" gives each line). */
export function totalSentence(f: Facts, asker: Asker): string {
  const { c, cost } = f;
  if (cost.expectedCents === null) {
    const ways = freeWays(f);
    return `Cost: price unknown: check the provider.${ways.length > 0 ? ` You can start free (${orList(ways)}).` : ''}`;
  }
  if (cost.expectedCents === 0) return 'It is free.';
  const monthly = c.costs.some((l) => l.per === 'month' && !l.optional);
  const counted = monthly && f.time.known ? `${f.time.billedMonths} months of subscription ${pace(asker)}, ` : '';
  const source = totalSource(c, (l) => !l.optional);
  return `It costs ${totalWords(f)}${source ? ` (${counted}${source})` : ''}${budgetWords(f, asker)}.`;
}

/** "about 14 weeks at your 6 hours a week (planning estimate: …, as of 2026)", with the deadline. */
export function timeWords(f: Facts, asker: Asker): string {
  const { time, c } = f;
  if (!time.known) return `I don't know how long ${bold(c)} takes: I have no study hours for it, so check ${providerName(c)}'s page`;
  const when = c.hours?.asOf ? `, as of ${asOfWords(c.hours.asOf)}` : '';
  const deadline =
    asker.deadlineWeeks === undefined ? '' : time.weeks <= asker.deadlineWeeks ? ', inside your deadline' : `, about ${time.weeks - asker.deadlineWeeks} weeks past your deadline`;
  return `about ${weeksText(time.weeks)} ${pace(asker)} (${time.basis}${when})${deadline}`;
}

export function skillsWords(c: CatalogCredential, world: CredentialWorld): string {
  return listOf(c.skills.slice(0, 4).map((id) => world.index.skillName(id)));
}

/** What it covers of the person's top gaps, or what it teaches when no gaps are known. */
export function coverWords(f: Facts, asker: Asker, world: CredentialWorld): string {
  if (!f.coverage) return `It teaches ${skillsWords(f.c, world)}.`;
  const top = asker.gaps.slice(0, TOP_GAPS);
  const topNames = listOf(top.map((g) => gapName(g, world.index.skillName)));
  const topCovered = f.coverage.covered.filter((g) => top.some((t) => t.skill === g.skill));
  const others = f.coverage.covered.filter((g) => !top.some((t) => t.skill === g.skill));
  if (f.coverage.covered.length === 0) return `It covers none of your gaps: it teaches ${skillsWords(f.c, world)}.`;
  if (topCovered.length === 0) return `It covers none of your top gaps, ${topNames}, only ${coveredText(world.index, others)}.`;
  const also = others.length > 0 ? `, and also ${coveredText(world.index, others)}` : '';
  if (topCovered.length === top.length) return `It covers ${top.length === 1 ? 'your top gap' : 'all your top gaps'}, ${topNames}${also}.`;
  return `Of your top gaps, ${topNames}, it covers ${coveredText(world.index, topCovered)}${also}.`;
}

/** The catalog's level (read when the catalog has it), in words. */
const LEVEL_WORDS: Readonly<Record<string, string>> = {
  'entry-certificate': 'an entry-level certificate',
  fundamentals: 'a fundamentals (entry-level) credential',
  associate: 'an associate-level credential, the step after fundamentals',
  professional: 'a professional-level credential, for people with years of experience',
  specialty: 'a specialty credential, for people already working in the field',
};

/** Formal requirements and the provider's recommended experience, in the person's words. */
export function experienceWords(c: CatalogCredential, asker: Asker, age: boolean): string[] {
  const level = (c as { level?: unknown }).level;
  const said: string[] = [];
  const levelSaid = typeof level === 'string' ? LEVEL_WORDS[level] : undefined;
  if (levelSaid) said.push(`It is ${levelSaid}.`);
  const required = c.prerequisites.map(plain).filter(Boolean);
  // The catalog's experience sentence, written for the person, when it has one (read defensively: a newer field).
  const says = (c as { experience?: { says?: unknown } }).experience?.says;
  if (typeof says === 'string' && says.trim() !== '') {
    said.push(plain(says).replace(/$/, '.'));
    if (age) said.push(`My notes show no age limit for it: what counts is the work you can show.`);
    return said;
  }
  const recommended = c.recommendedExperience.map(plain).filter(Boolean);
  if (required.length > 0) said.push(`To sit it you need: ${required.map((r) => r.charAt(0).toLowerCase() + r.slice(1)).join('; ')}.`);
  if (recommended.length > 0) {
    const years = asker.yearsExperience === undefined ? '' : ` (you have ${asker.yearsExperience} years of work behind you, in your current field)`;
    said.push(`Recommended before it: ${recommended.map((r) => r.charAt(0).toLowerCase() + r.slice(1)).join('; ')}${years}.`);
  }
  if (age) said.push(`My notes show no age limit for it${required.length === 0 ? ', and no formal requirement either' : ''}: what counts is the work you can show.`);
  return said;
}

/** One line per credential for a comparison: cost with its source, time, and what it covers. */
export function compareLine(f: Facts, asker: Asker, world: CredentialWorld): string {
  const { c, cost: total } = f;
  const source = total.expectedCents !== null && total.expectedCents > 0 ? totalSource(c, (l) => !l.optional) : undefined;
  const budget = budgetWords(f, asker).startsWith('. ') ? `, more than your $0 budget, with a free start (${orList(freeWays(f))})` : budgetWords(f, asker).replace(/^: /, '; ');
  const price =
    total.expectedCents === null
      ? 'price unknown: check the provider'
      : `${total.expectedCents === 0 ? 'free' : totalWords(f)}${source ? ` (${source})` : ''}${budget}`;
  const time = f.time.known ? `about ${weeksText(f.time.weeks)} ${pace(asker)}` : 'study time unknown';
  const covers = f.coverage ? `; covers ${coveredText(world.index, f.coverage.covered)}` : `; teaches ${skillsWords(c, world)}`;
  return `- ${bold(c)}: ${price}; ${time}${covers}.`;
}
