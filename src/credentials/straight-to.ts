import type { CatalogCredential, CostLine } from '../data/credentials-schema.js';
import { bold, factsOf, pace, type Asker, type CredentialWorld } from './credential-words.js';
import { lineSource } from './figure-words.js';
import { formatUsd, toCents } from './money.js';
import { weeksText } from './time-to-finish.js';
import { trueCost, type TrueCost } from './true-cost.js';

/**
 * "Should I go straight to the PMP?": what a credential with a required-experience rule asks
 * before anyone may sit it, whether the person's years may meet it, what each way of paying
 * costs against their budget, and the study hours, each figure with its source.
 *
 * - The rule is the catalog's own sentence (experience.says), never rebuilt here.
 * - Years: said against the required months, and "may count" only where their work is leading
 *   the kind of work the credential is about (the credential's first skill, "project management");
 *   the provider decides, so the person is sent to its rules.
 * - Money: a credential whose fees differ by membership is said as its routes, the member route
 *   counting the membership it needs (true-cost.ts), the cheaper one named. When the sources
 *   disagree about a fee (the catalog's conflicts), no route is said to fit the budget: it is said
 *   which would fit on the figures I have and that the fee should be checked first.
 * - Hours: the catalog's hours with its own words on whose figure they are (a planning estimate
 *   is said as one), and the weeks at the person's pace.
 */

/** The catalog records sources disagreeing about what it costs. */
export const priceInDispute = (c: CatalogCredential): boolean => c.conflicts.some((x) => /\b(?:fee|fees|price|cost|membership)\b/i.test(x.about));

const years = (n: number) => `${Math.round(n)} year${Math.round(n) === 1 ? '' : 's'}`;

function yearsWords(c: CatalogCredential, asker: Asker, world: CredentialWorld): string {
  const required = c.experience.requiredMonths ?? 0;
  const had = asker.yearsExperience ?? asker.person?.yearsExperience;
  if (had === undefined) return 'Tell me how many years you have led projects and I will say where you stand.';
  const what = world.index.skillName(c.skills[0] ?? '').toLowerCase();
  // Their job in their words, without "I'm a": "im an event planner, weddings mostly" is an event planner.
  const job = asker.person?.currentRole
    ?.split(/[,;/]| and /)[0]
    ?.trim()
    .toLowerCase()
    .replace(/^(?:i'?m|i am|i work as|i'?ve been)\s+/, '')
    .replace(/^(?:an?|the)\s+/, '');
  const as = job ? ` as ${/^[aeiou]/.test(job) ? 'an' : 'a'} ${job}` : '';
  if (had * 12 < required) return `You have ${years(had)} of work${as}, short of the ${required} months it asks for, so it is not for you yet.`;
  // Their work proves the credential's core skill (it is not among their gaps): their years may count.
  const core = c.skills[0];
  const lacking = core !== undefined && asker.gaps.some((g) => g.skill === core);
  if (lacking) return `Your ${years(had)}${as} count only where you led ${what} in them; ${what} is among your gaps, so check that part against the rule before you apply.`;
  return `Your ${years(had)}${as} may count where you led the work as ${core === 'project-management' ? 'projects' : `${what} work`}, with a budget, a timeline and people to deliver to; ${c.provider} decides what it accepts, so check its rules before you apply.`;
}

/** "$164 for a year of membership (seen on …) and the $405 member exam (seen on …)". */
const lineWords = (line: CostLine, c: CatalogCredential) =>
  `${formatUsd(toCents(line.amountUsd))} ${line.type === 'membership' ? 'for a year of membership' : line.type === 'exam' ? `for the exam${line.condition ? ` for ${line.condition}` : ''}` : `for ${line.type}`} (${lineSource(line, c)})`;

function routesWords(c: CatalogCredential, cost: TrueCost, asker: Asker): string {
  if (cost.expectedCents === null) return `Its price is unknown: check ${c.provider}'s page.`;
  const chosen = cost.items.filter((i) => i.line.amountUsd > 0 && i.line.type !== 'renewal');
  const total = formatUsd(cost.expectedCents);
  // "PMI members" is the member route: the provider's name and the plural go.
  const routeName = (condition: string) => condition.replace(new RegExp(`^${c.provider.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`), '').replace(/s$/, '');
  const route = cost.condition ? `The ${routeName(cost.condition)} route is the cheaper one: ` : 'It costs ';
  const parts = `${chosen.map((i) => lineWords(i.line, c)).join(' plus ')}, ${total} in all over 3 years`;
  const others = cost.alternatives.filter((a) => a.expectedCents !== null).map((a) => `the ${routeName(a.condition)} route comes to ${formatUsd(a.expectedCents ?? 0)}`);
  const other = others.length > 0 ? `; ${others.join('; ')}` : '';
  if (asker.budgetUsd === undefined) return `${route}${parts}${other}.`;
  const budget = formatUsd(toCents(asker.budgetUsd));
  const fits = cost.expectedCents <= toCents(asker.budgetUsd);
  const said = priceInDispute(c)
    ? fits
      ? ` On these figures it would fit your ${budget} budget, but sources disagree about ${c.provider}'s fees and a newer one says they have gone up, so check ${c.provider}'s own page before you count on it.`
      : ` That is more than your ${budget} budget, and sources disagree about ${c.provider}'s fees: check its own page.`
    : fits
      ? ` That fits your ${budget} budget.`
      : ` That is more than your ${budget} budget.`;
  return `${route}${parts}${other}.${said}`;
}

/** The paragraph, or undefined when the credential asks no experience before it can be sat. */
export function straightTo(c: CatalogCredential, asker: Asker, world: CredentialWorld): string | undefined {
  if (!c.experience.requiredMonths) return undefined;
  const f = factsOf(c, asker, world);
  const cost = trueCost(c, { hoursPerWeek: f.hours, horizonMonths: 36 });
  const hours = c.hours
    ? ` Preparing takes about ${c.hours.min}${c.hours.max ? `–${c.hours.max}` : '+'} hours (${c.hours.says ?? (c.hours.kind === 'estimate' ? 'a planning estimate' : `${c.provider}'s figure`)})${f.time.known ? `, about ${weeksText(f.time.weeks)} ${pace(asker)}` : ''}.`
    : ` I have no study hours for it: check ${c.provider}'s page.`;
  return `Straight to ${bold(c)}: ${c.experience.says} ${yearsWords(c, asker, world)} ${routesWords(c, cost, asker)}${hours}`;
}
