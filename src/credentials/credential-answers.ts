import type { CatalogCredential } from '../data/credentials-schema.js';
import { listOf } from '../roles/suggest-roles.js';
import { coverageOf, coveredText, type Coverage } from './coverage.js';
import { roleWords } from './roi.js';
import type { CredentialIndex } from './credential-index.js';
import type { CredentialQuestionKind } from './credential-question.js';
import { asOfWords, costLinesWords, providerName, totalSource } from './figure-words.js';
import { formatUsd, toCents } from './money.js';
import type { Gap } from './situation.js';
import { timeToFinish, type StudyTime } from './time-to-finish.js';
import { horizonText, trueCost, type TrueCost } from './true-cost.js';

/**
 * Answers to questions about credentials ("is X worth it for me?", "what about Y instead?",
 * "anything cheaper / shorter / free?", "how long does X take?", "do employers know X?", "how
 * much is X?"), from the catalog and what the person told the coach: their role, top gaps, hours,
 * budget, deadline, held credentials and years. Pure: question kind + credentials + person in,
 * sentences out. Every figure says where it comes from and how old it is; what the catalog does
 * not have is said as "I don't know; check …". The budget is never said to fit or miss an
 * unknown price (it is "price unknown: check the provider").
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
  readonly today: Date;
  /** The credential the conversation is about (the pick last explained or chosen): what "instead" compares with. */
  readonly current?: CatalogCredential;
}

export interface CredentialWorld {
  readonly credentials: readonly CatalogCredential[];
  readonly index: CredentialIndex;
  roleName(id: string): string | undefined;
}

export interface CredentialAsk {
  readonly kind: CredentialQuestionKind;
  /** The credentials the question names (or means: "it" at a pick), best match first; may be empty for cheaper, shorter and free. */
  readonly credentials: readonly CatalogCredential[];
  /** "at my age": answered with what the credential actually asks of people. */
  readonly age?: boolean;
}

/** Hours a week assumed, and said, when the person has not given theirs. */
export const ASSUMED_HOURS = 10;
const HORIZON_MONTHS = 36;
const TOP_GAPS = 3;
const LISTED = 3;

// ---------------------------------------------------------------- one credential, for one person

interface Facts {
  readonly c: CatalogCredential;
  readonly cost: TrueCost;
  readonly time: StudyTime;
  readonly coverage: Coverage | undefined;
  readonly hours: number;
}

function factsOf(c: CatalogCredential, asker: Asker, world: CredentialWorld): Facts {
  const hours = asker.hoursPerWeek ?? ASSUMED_HOURS;
  const coverage = asker.gaps.length > 0 && world.index.evidence.has(c.id) ? coverageOf(world.index, [c.id], asker.gaps) : undefined;
  return { c, hours, cost: trueCost(c, { hoursPerWeek: hours, horizonMonths: HORIZON_MONTHS }), time: timeToFinish(c, hours), coverage };
}

const bold = (c: CatalogCredential) => `*${c.name}*`;
const pace = (asker: Asker) => (asker.hoursPerWeek === undefined ? `at an assumed ${ASSUMED_HOURS} hours a week` : `at your ${asker.hoursPerWeek} hours a week`);
const isFree = (f: Facts) => f.cost.expectedCents === 0;
/** "free to audit or financial aid": either is a way in. */
const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** Free to audit, financial aid, or $0 to earn: the ways in that cost nothing up front. */
function freeWays(f: Facts): string[] {
  if (f.cost.toEarnCents === 0) return ['free to earn'];
  return [f.c.freeAudit === true && 'free to audit', f.c.financialAid === true && 'financial aid'].filter((w): w is string => typeof w === 'string');
}

/** Research markers ("(S)", "[U]") stay in the data: the person reads the sentence without them. */
const plain = (text: string) =>
  text
    .replace(/\s*[([](?:S|U|V|C|S-weak)[)\]]/g, '')
    .trim()
    .replace(/[.;,\s]+$/, '');

/**
 * The total against the budget: within it, more than it, or (for $0) learn free now and pay to
 * certify later. Nothing for an unknown total or when no budget was given.
 */
function budgetWords(f: Facts, asker: Asker): string {
  const total = f.cost.expectedCents;
  if (total === null || asker.budgetUsd === undefined) return '';
  const budget = toCents(asker.budgetUsd);
  if (total <= budget) return total === 0 ? '' : `, within your ${formatUsd(budget)} budget`;
  if (f.cost.toEarnCents === 0) return `: earning it is free, and the rest is for keeping it, more than your ${formatUsd(budget)} budget`;
  const ways = freeWays(f);
  if (budget === 0 && ways.length > 0) return `. That is the cost of certifying later, not something your $0 budget covers now; you can start free (${orList(ways)})`;
  return `, more than your ${formatUsd(budget)} budget`;
}

/** What it costs, each line with its source and date, then the total at the person's pace and the budget truth. */
function costSentences(f: Facts, asker: Asker): string {
  const { c, cost } = f;
  if (cost.expectedCents === null) {
    const ways = freeWays(f);
    return `${bold(c)}: price unknown: check the provider.${ways.length > 0 ? ` There is a way in that costs nothing up front: ${listOf(ways)}.` : ''}`;
  }
  if (isFree(f)) {
    const lines = costLinesWords(c, (l) => !l.optional);
    return `${bold(c)} is free${lines.length > 0 ? `: ${lines.join('; ')}` : ''}.`;
  }
  const lines = costLinesWords(c, (l) => !l.optional);
  const monthly = c.costs.some((l) => l.per === 'month' && !l.optional);
  const counted = monthly && f.time.known ? ` (${f.time.billedMonths} months of subscription ${pace(asker)})` : '';
  return `${bold(c)}: ${lines.join('; ')}. That is ${formatUsd(cost.expectedCents)} in all over ${horizonText(HORIZON_MONTHS)}${counted}${budgetWords(f, asker)}.`;
}

/** The total in one sentence with where its figures come from ("how much is X?" gives each line). */
function totalSentence(f: Facts, asker: Asker): string {
  const { c, cost } = f;
  if (cost.expectedCents === null) {
    const ways = freeWays(f);
    return `Cost: price unknown: check the provider.${ways.length > 0 ? ` You can start free (${orList(ways)}).` : ''}`;
  }
  if (cost.expectedCents === 0) return 'It is free.';
  const monthly = c.costs.some((l) => l.per === 'month' && !l.optional);
  const counted = monthly && f.time.known ? `${f.time.billedMonths} months of subscription ${pace(asker)}, ` : '';
  const source = totalSource(c, (l) => !l.optional);
  return `It costs ${formatUsd(cost.expectedCents)} in all over ${horizonText(HORIZON_MONTHS)}${source ? ` (${counted}${source})` : ''}${budgetWords(f, asker)}.`;
}

/** "about 14 weeks at your 6 hours a week (planning estimate: …, as of 2026)", with the deadline. */
function timeWords(f: Facts, asker: Asker): string {
  const { time, c } = f;
  if (!time.known) return `I don't know how long ${bold(c)} takes: I have no study hours for it, so check ${providerName(c)}'s page`;
  const when = c.hours?.asOf ? `, as of ${asOfWords(c.hours.asOf)}` : '';
  const deadline =
    asker.deadlineWeeks === undefined ? '' : time.weeks <= asker.deadlineWeeks ? ', inside your deadline' : `, about ${time.weeks - asker.deadlineWeeks} weeks past your deadline`;
  return `about ${time.weeks} weeks ${pace(asker)} (${time.basis}${when})${deadline}`;
}

function skillsWords(c: CatalogCredential, world: CredentialWorld): string {
  return listOf(c.skills.slice(0, 4).map((id) => world.index.skillName(id)));
}

/** What it covers of the person's top gaps, or what it teaches when no gaps are known. */
function coverWords(f: Facts, asker: Asker, world: CredentialWorld): string {
  if (!f.coverage) return `It teaches ${skillsWords(f.c, world)}.`;
  const top = asker.gaps.slice(0, TOP_GAPS);
  const topNames = listOf(top.map((g) => world.index.skillName(g.skill)));
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
function experienceWords(c: CatalogCredential, asker: Asker, age: boolean): string[] {
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

// ---------------------------------------------------------------- the answers

function worth(c: CatalogCredential, asker: Asker, world: CredentialWorld, age: boolean): string {
  if (asker.held.includes(c.id)) return `You already hold ${bold(c)}, so taking it again adds nothing: put the time into a portfolio piece or the next credential on your path instead.`;
  const f = factsOf(c, asker, world);
  const aimed = asker.role && !c.targetRoles.includes(asker.role.id) ? ` It is aimed at ${listOf(c.targetRoles.map((id) => roleWords(world.roleName(id) ?? id)))} roles rather than ${roleWords(asker.role.name)} roles.` : '';
  const covers = f.coverage?.covered ?? [];
  const topCovered = covers.filter((g) => asker.gaps.slice(0, TOP_GAPS).some((t) => t.skill === g.skill)).length;
  const fits = f.cost.expectedCents !== null && (asker.budgetUsd === undefined || f.cost.expectedCents <= toCents(asker.budgetUsd));
  const verdict = !f.coverage
    ? `Whether ${bold(c)} is worth it depends on the skills you are missing; here is what I know.`
    : covers.length === 0
      ? `Probably not for you: ${bold(c)} teaches ${skillsWords(c, world)}, and none of that is among the gaps I know of${asker.role ? ` for ${roleWords(asker.role.name)} roles` : ''}.`
      : topCovered === 0
        ? `Only partly: ${bold(c)} misses your top gaps.`
        : f.cost.expectedCents === null
          ? `It could be: ${bold(c)} fits your gaps, but I can't weigh its price.`
          : fits
            ? `Yes, ${bold(c)} looks worth it for you.`
            : asker.budgetUsd === 0 && freeWays(f).length > 0
              ? `Yes, as a start: ${bold(c)} fits your gaps and you can begin it free; the certificate itself costs money.`
              : `It fits your gaps, but ${bold(c)} costs more than your budget.`;
  // Covering nothing was said in the verdict.
  const covered = f.coverage && covers.length === 0 ? [] : [coverWords(f, asker, world)];
  return [verdict, ...covered, totalSentence(f, asker), `Time: ${timeWords(f, asker)}.`, ...experienceWords(c, asker, age)].join(' ') + aimed;
}

function duration(c: CatalogCredential, asker: Asker, world: CredentialWorld): string {
  const f = factsOf(c, asker, world);
  if (!f.time.known) return `${timeWords(f, asker)}.`;
  const held = asker.held.includes(c.id) ? ' You already hold it, though.' : '';
  return `${bold(c)}: ${timeWords(f, asker)}.${held}`;
}

function cost(c: CatalogCredential, asker: Asker, world: CredentialWorld): string {
  const f = factsOf(c, asker, world);
  const renewal = c.expiry.renew ? ` ${plain(c.expiry.renew)}.` : '';
  return `${costSentences(f, asker)}${f.cost.expectedCents === null ? '' : renewal}`;
}

function employers(c: CatalogCredential, asker: Asker, world: CredentialWorld): string {
  const who = c.partner ? `${bold(c)} carries ${c.partner}'s name, which is what hiring managers recognise` : `${bold(c)} comes from ${providerName(c)}, with no industry body's name on it, so check that postings ask for it`;
  const aimed = asker.role && c.targetRoles.includes(asker.role.id) ? `, and it is made for ${roleWords(asker.role.name)} jobs` : `; it is made for ${listOf(c.targetRoles.map((id) => roleWords(world.roleName(id) ?? id)))} jobs`;
  const proof = c.assessment.includes('proctored-exam')
    ? 'It ends with a proctored exam, so it shows you passed a watched test.'
    : c.assessment.includes('performance-based')
      ? 'It is earned with hands-on tasks, not only multiple choice.'
      : c.assessment.includes('capstone') || c.assessment.includes('portfolio-project')
        ? 'It ends with a project you can show an employer.'
        : 'It has no proctored exam, so it proves less than one that does.';
  const badge = c.verifiableBadge === true ? ' Employers can check it online through a digital badge.' : '';
  const rate = c.completionRate ? ` About ${c.completionRate.percent}% of those who start finish it (as of ${asOfWords(c.completionRate.asOf)}).` : '';
  return `${who}${aimed}. ${proof}${badge}${rate} I don't know how often employers ask for it: I have no count of postings. To check, search a job board for "${c.name}" where you want to work, or paste a few postings in the gap interview (\`gaps\`) and I'll show how many ask for it.`;
}

/** One line per credential for a comparison: cost with its source, time, and what it covers. */
function compareLine(f: Facts, asker: Asker, world: CredentialWorld): string {
  const { c, cost: total } = f;
  const source = total.expectedCents !== null && total.expectedCents > 0 ? totalSource(c, (l) => !l.optional) : undefined;
  const budget = budgetWords(f, asker).startsWith('. ') ? `, more than your $0 budget, with a free start (${orList(freeWays(f))})` : budgetWords(f, asker).replace(/^: /, '; ');
  const price =
    total.expectedCents === null
      ? 'price unknown: check the provider'
      : `${total.expectedCents === 0 ? 'free' : `${formatUsd(total.expectedCents)} in all over ${horizonText(HORIZON_MONTHS)}`}${source ? ` (${source})` : ''}${budget}`;
  const time = f.time.known ? `about ${f.time.weeks} weeks ${pace(asker)}` : 'study time unknown';
  const covers = f.coverage ? `; covers ${coveredText(world.index, f.coverage.covered)}` : `; teaches ${skillsWords(c, world)}`;
  return `- ${bold(c)}: ${price}; ${time}${covers}.`;
}

function instead(named: readonly CatalogCredential[], asker: Asker, world: CredentialWorld, age: boolean): string {
  const [first] = named;
  if (!first) return '';
  const pair = named.length > 1 ? named.slice(0, 2) : asker.current && asker.current.id !== first.id ? [first, asker.current] : [first];
  if (pair.length === 1) return worth(first, asker, world, age);
  const facts = pair.map((c) => factsOf(c, asker, world));
  const [a, b] = facts as [Facts, Facts];
  const held = pair.filter((c) => asker.held.includes(c.id)).map((c) => ` You already hold ${bold(c)}.`).join('');
  // What each does better, said once per credential: "*A* covers more of your gaps; *B* costs less and is quicker".
  const better = new Map<CatalogCredential, string[]>();
  const credit = (f: Facts, what: string) => better.set(f.c, [...(better.get(f.c) ?? []), what]);
  // Gaps weighed by demand: SQL and Tableau asked by most postings outweigh SQL and a rarer skill.
  const covered = (f: Facts) => f.coverage?.value ?? 0;
  if (a.coverage && covered(a) !== covered(b)) credit(covered(a) > covered(b) ? a : b, 'covers more of your gaps');
  if (a.cost.expectedCents !== null && b.cost.expectedCents !== null && a.cost.expectedCents !== b.cost.expectedCents) credit(a.cost.expectedCents < b.cost.expectedCents ? a : b, 'costs less');
  if (a.time.known && b.time.known && a.time.weeks !== b.time.weeks) credit(a.time.weeks < b.time.weeks ? a : b, 'is quicker');
  const unknownPrice = (a.cost.expectedCents === null) !== (b.cost.expectedCents === null) ? ' One price is unknown, so I cannot compare what they cost.' : '';
  const said = [...better].map(([c, what]) => `${bold(c)} ${listOf(what)}`);
  const sum = said.length > 0 ? `\nIn short: ${said.join('; ')}.${unknownPrice}` : unknownPrice;
  return `Side by side:\n${facts.map((f) => compareLine(f, asker, world)).join('\n')}${sum}${held}`;
}

/** The credentials a "cheaper / shorter / free" question chooses among: the role's (or the named one's), not held, covering a gap when gaps are known. */
function candidates(person: Asker, world: CredentialWorld, than: CatalogCredential | undefined): Facts[] {
  const own = person.role !== undefined && (!than || than.targetRoles.includes(person.role.id));
  const roles = own && person.role ? [person.role.id] : (than?.targetRoles ?? []);
  // Another field's credentials are not measured against this person's gaps.
  const asker = own ? person : { ...person, gaps: [] };
  return world.credentials
    .filter((c) => c.id !== than?.id && !asker.held.includes(c.id) && (roles.length === 0 || c.targetRoles.some((r) => roles.includes(r))))
    .map((c) => factsOf(c, asker, world))
    // The person's gaps decide only within their own role: "cheaper than the A+" for a data analyst is about IT support.
    .filter((f) => !own || !f.coverage || f.coverage.covered.length > 0);
}

const forWhom = (asker: Asker, than: CatalogCredential | undefined) =>
  asker.role && (!than || than.targetRoles.includes(asker.role.id)) ? ` for ${roleWords(asker.role.name)} roles` : than ? ` in the same field as ${bold(than)}` : '';

function cheaper(than: CatalogCredential | undefined, asker: Asker, world: CredentialWorld): string {
  const own = than ? factsOf(than, asker, world) : undefined;
  const pool = candidates(asker, world, than);
  const known = pool.filter((f) => f.cost.expectedCents !== null).sort((x, y) => (x.cost.expectedCents ?? 0) - (y.cost.expectedCents ?? 0) || x.c.id.localeCompare(y.c.id));
  const unknown = pool.length - known.length;
  const ceiling = own?.cost.expectedCents;
  const below = ceiling === null || ceiling === undefined ? known : known.filter((f) => (f.cost.expectedCents ?? 0) < ceiling);
  const lead = !than
    ? `The least costly ways in I know${forWhom(asker, than)}, over ${horizonText(HORIZON_MONTHS)}:`
    : ceiling === null || ceiling === undefined
      ? `${bold(than)}: price unknown: check the provider, so I can't say what is cheaper. The least costly I know${forWhom(asker, than)}:`
      : `${bold(than)} comes to ${formatUsd(ceiling)} over ${horizonText(HORIZON_MONTHS)}. Cheaper${forWhom(asker, than)}:`;
  const unknownNote = unknown > 0 ? ` ${unknown === 1 ? 'One more has' : `${unknown} more have`} no known price: check the provider.` : '';
  if (below.length === 0) return `${than && ceiling != null ? `Nothing I know${forWhom(asker, than)} costs less than ${bold(than)} (${formatUsd(ceiling)} over ${horizonText(HORIZON_MONTHS)}).` : `I know no priced credential${forWhom(asker, than)} that covers your gaps.`}${unknownNote}`;
  return `${lead}\n${below.slice(0, LISTED).map((f) => compareLine(f, asker, world)).join('\n')}${unknownNote}`;
}

function shorter(than: CatalogCredential | undefined, asker: Asker, world: CredentialWorld): string {
  const own = than ? factsOf(than, asker, world) : undefined;
  const pool = candidates(asker, world, than);
  const known = pool.filter((f) => f.time.known).sort((x, y) => (x.time.known && y.time.known ? x.time.weeks - y.time.weeks : 0) || x.c.id.localeCompare(y.c.id));
  const ceiling = own?.time.known ? own.time.weeks : undefined;
  const below = ceiling === undefined ? known : known.filter((f) => f.time.known && f.time.weeks < ceiling);
  const lead = !than
    ? `The quickest I know${forWhom(asker, than)}, ${pace(asker)}:`
    : ceiling === undefined
      ? `I don't know how long ${bold(than)} takes. The quickest I know${forWhom(asker, than)}:`
      : `${bold(than)} takes ${own ? timeWords(own, asker) : ''}. Quicker${forWhom(asker, than)}:`;
  if (below.length === 0) return than ? `Nothing I know${forWhom(asker, than)} is quicker than ${bold(than)}.` : `I have no study hours for the credentials${forWhom(asker, than)}: check each provider's page.`;
  return `${lead}\n${below.slice(0, LISTED).map((f) => compareLine(f, asker, world)).join('\n')}`;
}

function free(named: readonly CatalogCredential[], asker: Asker, world: CredentialWorld): string {
  if (named.length > 0) {
    return named
      .map((c) => {
        const f = factsOf(c, asker, world);
        const zero = c.costs.filter((l) => l.amountUsd === 0 && l.type !== 'renewal' && l.type !== 'retake');
        const ways = freeWays(f).filter((w) => w !== 'free to earn');
        const said = [
          ...costLinesWords(c, (l) => zero.includes(l)),
          ...ways.map((w) => (w === 'free to audit' ? 'auditing means studying it free, without the certificate' : 'financial aid is applied for on the course page')),
        ];
        const joined = said.join('; ');
        if (said.length === 0) return `${bold(c)}: no free route in my notes; check ${providerName(c)}'s page for vouchers or discounts.`;
        const label = ways.length > 0 ? ` (${ways.join(', ')})` : '';
        const source = totalSource(c, (l) => !l.optional && l.type !== 'renewal');
        const keeping = f.cost.toEarnCents === 0 && (f.cost.expectedCents ?? 0) > 0 ? ` Keeping it costs ${formatUsd(f.cost.expectedCents ?? 0)} over ${horizonText(HORIZON_MONTHS)} (membership and renewal fees).` : '';
        const paid =
          f.cost.toEarnCents !== null && f.cost.toEarnCents > 0
            ? ` Certifying still costs ${formatUsd(f.cost.toEarnCents)}${source ? ` (${source})` : ''}${asker.budgetUsd === 0 ? ', a cost for later' : ''}.`
            : f.cost.toEarnCents === null
              ? ' The price of certifying is unknown: check the provider.'
              : keeping;
        return `${bold(c)}${label}: ${joined}.${paid}`;
      })
      .join('\n');
  }
  const pool = candidates(asker, world, undefined).filter((f) => freeWays(f).length > 0);
  if (pool.length === 0) return `I don't know of a free way in${forWhom(asker, undefined)} in my notes; check each provider's page for vouchers.`;
  const shown = pool.slice(0, 5).map((f) => `${bold(f.c)} (${freeWays(f).join(', ')})`);
  const more = pool.length > 5 ? `, and ${pool.length - 5} more` : '';
  const where = asker.role ? ` for *${asker.role.name}*` : '';
  return `Yes. Ways in that cost nothing up front${where}: ${shown.join('; ')}${more}. Auditing means learning free without the certificate; financial aid is applied for on the course platform. Certifying may still cost: ask me what one costs.`;
}

/** The answer, in sentences for the person. */
export function answerCredentialQuestion(ask: CredentialAsk, asker: Asker, world: CredentialWorld): string {
  const named = ask.credentials.slice(0, LISTED);
  const [first] = named;
  const each = (answer: (c: CatalogCredential) => string) => named.map(answer).join('\n');
  switch (ask.kind) {
    case 'cheaper':
      return cheaper(first, asker, world);
    case 'shorter':
      return shorter(first, asker, world);
    case 'free':
      return free(named, asker, world);
    case 'instead':
      return instead(named, asker, world, ask.age === true);
    case 'worth':
      return each((c) => worth(c, asker, world, ask.age === true));
    case 'duration':
      return each((c) => duration(c, asker, world));
    case 'employers':
      return each((c) => employers(c, asker, world));
    case 'cost':
      return each((c) => cost(c, asker, world));
  }
}

