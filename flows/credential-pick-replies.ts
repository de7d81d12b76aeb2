import { gapName } from '../src/credentials/situation.js';
import { estimateDateSentence, weeksText } from '../src/credentials/time-to-finish.js';
import type { Gap } from '../src/credentials/situation.js';
import type { ActionPlan } from '../src/credentials/action-plan.js';
import type { CredentialIndex } from '../src/credentials/credential-index.js';
import { coverageOf, coveredText } from '../src/credentials/coverage.js';
import { formatUsd } from '../src/credentials/money.js';
import { entryPaySentence } from '../src/credentials/roi.js';
import type { StackMember } from '../src/credentials/best-stack.js';
import type { PickNote, PostingNamed, Recommendation } from '../src/credentials/recommend.js';
import type { ScoredCredential } from '../src/credentials/score-credential.js';
import { postingTermsSaid } from '../src/credentials/credential-warnings.js';
import type { AskedCredential } from '../src/credentials/person-fit.js';
import { askVerb, postingsVerbIt, sharedVerb } from '../src/credentials/posting-asks-words.js';
import { CHECK_BEFORE_PAYING, CHECK_STILL_FREE, paidOnce, PRICE_UNKNOWN, whenPaid } from '../src/credentials/true-cost.js';
import { dayMark } from '../src/dates/date-marks.js';
import { listOf } from '../src/roles/suggest-roles.js';
import type { Reply } from '../src/engine/reply.js';

/**
 * How the credential pick talks: picks, the stack, the side-by-side and the plan as chat replies.
 * Everything here is said to the person: whole sentences, one caution each, no scores.
 */

export const PICKS_SHOWN = 3;

/**
 * A free route (studied free towards a named credential the budget does not reach) is free to study
 * when the budget does not reach it either: its price is what certifying costs later.
 */
const costOf = (pick: ScoredCredential, freeRoute = false) => {
  const total = pick.cost.expectedCents;
  if (total === null) return freeRoute ? 'free to study, price to certify unknown (check the provider)' : 'price unknown (check the provider)';
  if (total === 0) return 'free';
  return freeRoute && pick.fitsBudget !== true ? `free to study, ${formatUsd(total)} in all to certify later` : `${formatUsd(total)} in all`;
};
/** When the parts of the total fall (months of subscription while you study), so the total never reads as years of payments; renewals are in the pick's recurring-fees caution. */
const whenOf = (pick: ScoredCredential): string[] => {
  const when = paidOnce(pick.cost) ? undefined : whenPaid(pick.cost, { renewals: false });
  return when ? [`   ${when}`] : [];
};
const timeOf = (pick: ScoredCredential, hoursPerWeek: number | undefined) => {
  const { time } = pick;
  if (!time.known) return 'time unknown';
  const pace = hoursPerWeek === undefined ? '' : ` at ${hoursPerWeek} hours a week`;
  return `about ${weeksText(time.weeks)}${pace}${time.source === 'estimate' ? ' (a planning estimate)' : ''}`;
};

/** The provider, unless the name already says it ("Google Data Analytics" needs no "(Google)"). */
export function providerNote(name: string, provider: string): string {
  const plain = provider.replace(/\s*\(.*\)\s*/g, ' ').trim();
  const first = plain.split(/\s+/)[0] ?? plain;
  return name.toLowerCase().includes(first.toLowerCase()) ? '' : ` from ${plain}`;
}

/** A caution as a sentence: capitalised, ending with one full stop. */
export const asSentence = (text: string): string => {
  const trimmed = text.trim().replace(/[.;:,\s]+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
};

const SAID_ONCE: ReadonlySet<string> = new Set([PRICE_UNKNOWN, CHECK_BEFORE_PAYING, CHECK_STILL_FREE]);

/** Said once under the picks rather than under each: most prices are not confirmed on the provider's own page. */
export function priceCheckLine(picks: readonly ScoredCredential[]): string | undefined {
  const unchecked = picks.filter((p) => p.flags.includes(CHECK_BEFORE_PAYING) || p.flags.includes(CHECK_STILL_FREE));
  if (unchecked.length === 0) return undefined;
  const which = unchecked.length === picks.length ? 'These prices' : `The prices of ${listOf(unchecked.map((p) => p.credential.name))}`;
  return `${which} come from public sources but are not confirmed on the providers' own pages: check each one there before you pay.`;
}

/**
 * One pick as the list says it. `asked` is how the person's postings ask for it (person-fit.ts):
 * a pick covering none of their gaps is there because the postings name it, and it is said to be asked
 * for only where one requires it ("prefer it" where they only prefer it; "name it" when that is unknown).
 */
export function pickLine(pick: ScoredCredential, index: CredentialIndex, warnings: readonly Pick<PickNote, 'text' | 'tone' | 'leadsTo'>[], rank: number, hoursPerWeek?: number, asked?: AskedCredential): string {
  const c = pick.credential;
  // The free way to study towards a credential the postings name: there for where it leads, whatever gaps it covers.
  const leadsTo = warnings.find((w) => w.leadsTo !== undefined)?.leadsTo;
  // The price-unknown flag is already the cost; checking a price is said once under all the picks (priceCheckLine).
  const cautions = [...pick.flags.filter((f) => !SAID_ONCE.has(f)), ...warnings.filter((w) => w.tone !== 'good-news').map((w) => w.text)].map(asSentence);
  // Good news (a free way in) is not a caution: said on its own line, so "Watch out" never heads it.
  const goodNews = [...pick.goodNews, ...warnings.filter((w) => w.tone === 'good-news').map((w) => w.text)].map(asSentence);
  return [
    `${rank}. *${c.name}*${providerNote(c.name, c.provider)}: ${costOf(pick, leadsTo !== undefined)}, ${timeOf(pick, hoursPerWeek)}.`,
    ...whenOf(pick),
    // A pick covering no gap is one the person's postings name (recommend.ts): said so, as they ask for it, not "covers none".
    pick.coverage.covered.length > 0 ? `   Covers ${coveredText(index, pick.coverage.covered)}.` : `   Covers none of your gaps: ${leadsTo !== undefined ? `it is here as the free way to study towards ${leadsTo}` : `it is here because your postings ${postingsVerbIt(askVerb(asked))}`}.`,
    ...(cautions.length > 0 ? [`   Watch out: ${cautions.join(' ')}`] : []),
    ...(goodNews.length > 0 ? [`   Good to know: ${goodNews.join(' ')}`] : []),
  ].join('\n');
}

/** "CompTIA A+, $506 in all": said as the pick list says it, its renewals in the pick's own cautions. */
const pathCost = (m: StackMember) => `${m.credential.name}, ${formatUsd(m.cost.expectedCents ?? 0)} in all`;

/**
 * What the path costs, told truthfully against the budget: what fits now, what is studied free, what
 * certifying costs later, what is unknown. The rungs left for after the plan (path.later) are priced
 * here, once, beside the path's own: their fees are part of certifying later, never said twice.
 */
function pathMoney(rec: Recommendation, budgetUsd: number | undefined): string {
  const { stack } = rec;
  const unknown = stack.members.filter((m) => m.cost.expectedCents === null);
  const priceUnknown = unknown.length > 0 ? ` The price of ${listOf(unknown.map((m) => m.credential.name))} is unknown: check the provider before you count on it.` : '';
  if (budgetUsd === undefined) return stack.expectedCents === null ? `A total I cannot give.${priceUnknown}` : `${formatUsd(stack.expectedCents)} in all.`;
  const budget = formatUsd(Math.round(budgetUsd * 100));
  const fits = stack.members.filter((m) => m.reach === 'fits');
  const free = stack.members.filter((m) => m.reach === 'free-route');
  const unpaid = (m: StackMember) => m.cost.expectedCents !== null && m.reach !== 'fits';
  const later = [...stack.members.filter(unpaid), ...(stack.path.later ?? []).filter(unpaid)];
  const certify = later.length > 0 ? ` Certifying later is not within your budget today: ${later.map(pathCost).join('; ')}.` : '';
  if (fits.length === stack.members.length) return `${formatUsd(stack.nowCents)} in all, within your ${budget} budget.${certify}`;
  const studied = free.length > 0 ? `study ${listOf(free.map((m) => m.credential.name))} free (audit or financial aid)` : '';
  // "Nothing to pay now" only when every step now is free: an unknown price is never nothing.
  const now = fits.length > 0 ? `${formatUsd(stack.nowCents)} now, within your ${budget} budget` : free.length > 0 && unknown.every((m) => m.reach === 'free-route') ? 'Nothing to pay now' : '';
  const opening = [now, studied].filter(Boolean).join('; ');
  const sentence = opening ? `${opening.charAt(0).toUpperCase()}${opening.slice(1)}.` : '';
  return `${sentence}${certify}${priceUnknown}`.trim();
}

/** What the gap report says of the person, for a pick with no path: how near they are, and what kind of thing their gaps are. */
export interface Standing {
  /** The gap report's verdict. */
  readonly verdict?: 'ready' | 'close' | 'gap';
  /** Every top gap is a tool or a way of working (skills.json category tool, platform, language or method), not a body of knowledge. */
  readonly learntByDoing?: boolean;
}

/**
 * What the person's postings name that the picks do not hold (Security+ for a GRC analyst, CISA the
 * catalog does not carry), said as an option beside the advice, never as the whole of it: how the
 * postings ask for it, then its cost and time where the catalog has them, or where to check.
 */
export function postingsNamedText(named: readonly PostingNamed[], hoursPerWeek?: number): string {
  if (named.length === 0) return '';
  const plain = (name: string) => name.replace(/\s*\([^)]*\)$/, '');
  // Named alike by the same postings ("Security+ or CISA preferred" in both): said as alternatives in one sentence.
  const groups = new Map<string, PostingNamed[]>();
  for (const n of named) {
    const key = JSON.stringify([n.asked.share, 'postings' in n.asked ? n.asked.postings : undefined]);
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const asks = [...groups.values()].map((group) => {
    const names = group.map((n) => n.name);
    const pct = Math.round((group[0]?.asked.share ?? 0) * 100);
    return postingTermsSaid(names, group[0]?.asked) ?? `${pct >= 100 ? 'Every one of your postings names' : `${pct}% of your postings name`} ${names.map(plain).join(' or ')}.`;
  });
  const figures = named.map((n) =>
    n.pick ? `${plain(n.name)}${providerNote(n.name, n.pick.credential.provider)}: ${costOf(n.pick)}, ${timeOf(n.pick, hoursPerWeek)}.` : `I have no sourced price or study time for ${plain(n.name)}: check ${n.checkAt ?? 'the provider'}.`,
  );
  const option = `${named.length > 1 ? 'Either is' : 'It is'} an option beside the advice above, not instead of it.`;
  return `\n\n${[...asks, ...figures, option].join(' ')}`;
}

/** The path and what the postings name beside it; `asked` is how the person's postings ask for each credential they name (person-fit.ts). */
export function stackText(rec: Recommendation, index: CredentialIndex, standing: Standing = {}, hoursPerWeek?: number, asked: readonly AskedCredential[] = []): string {
  return `${pathText(rec, index, standing, asked)}${postingsNamedText(rec.postingsName, hoursPerWeek)}`;
}

function pathText(rec: Recommendation, index: CredentialIndex, standing: Standing, asked: readonly AskedCredential[]): string {
  const { stack } = rec;
  const first = rec.readyFirst
    ? 'You already bring most of what these postings ask for, so a portfolio piece and interview practice come first; a credential is optional, and this is the one I would take if you want one.\n'
    : '';
  const aside = setAsideLines(rec);
  if (rec.topGapsUnclosed && stack.members.length === 0) {
    const near = standing.verdict === 'ready' || standing.verdict === 'close' || (standing.verdict === undefined && rec.readyFirst);
    if (near) return `${nearlyReadyText(rec, rec.topGapsUnclosed, index, rec.readyFirst || standing.verdict === 'ready')}${aside}`;
    return `${unclosedText(rec.topGapsUnclosed, index, rec.picks.length > 0, standing.learntByDoing === true)}${aside}`;
  }
  if (rec.ranked.length === 0) return `${first}None of the credentials I know covers these gaps, so there is no path to recommend: a portfolio project that uses them is the better evidence.${aside}`;
  if (stack.members.length === 0) return `${first}No path fits your budget and time as given, so there is no recommended path; the picks above are still worth a look.${aside}`;
  const filled = [...new Map(stack.members.flatMap((m) => rec.borrowedFor[m.credential.id] ?? []).map((g) => [g.skill, g])).values()];
  // No credential made for the role at all: the path is the closest, said as that, never as the role's own.
  const borrowed = rec.noneForRole
    ? 'My catalog has no credential made for this role, so the picks above are the closest, made for other roles, and none is a path made for it. '
    : rec.borrowed
    ? `Nothing made for this role is left to recommend for ${listOf(filled.map((g) => gapName(g, index.skillName)))}, ${filled.length === 1 ? 'one of your top gaps' : 'top gaps of yours'}, so this path is made for another role. `
    : '';
  const weeks = stack.weeks === null ? 'A time I cannot give.' : `About ${weeksText(stack.weeks)} of study${stack.members.length > 1 ? ' one after the other' : ''}.`;
  const left = stack.uncovered.length > 0 ? ` Still uncovered: ${listOf(stack.uncovered.slice(0, 5).map((g) => gapName(g, index.skillName)))}.` : '';
  // A path covering no gap is what the postings name: said as they ask for it ("what your postings prefer" where they only prefer it).
  const verb = sharedVerb(stack.members.map((m) => asked.find((a) => a.id === m.credential.id)));
  const covers = stack.coverage.covered.length > 0 ? `It covers ${coveredText(index, stack.coverage.covered)}.` : `It is what your postings ${verb === 'ask for' ? 'ask for by name' : verb}, not a skill you lack.`;
  return `${first}${borrowed}${rec.noneForRole ? 'Closest path' : 'Recommended path'}: ${stack.path.sentence} ${pathMoney(rec, rec.budgetUsd)} ${weeks} ${covers}${left}${aside}`;
}

/**
 * No credential closes the top gaps: said plainly, with what closes them instead. Tools and ways of
 * working are learnt on the job and shown in a portfolio, so a badge adds little for them: said so,
 * with the rest of what gets the person hired (coach checklist: portfolio before badges).
 */
function unclosedText(top: readonly Gap[], index: CredentialIndex, picksShown: boolean, learntByDoing: boolean): string {
  const names = listOf(top.map((g) => gapName(g, index.skillName)));
  const little = learntByDoing
    ? ' For tools and ways of working like these a credential would add little: the portfolio piece, networking with people who do the job and interview practice are what get you hired.'
    : '';
  return `No credential in my catalog closes your top gaps, ${names}, so there is no path to recommend${picksShown ? ', and the picks above would not close them either' : ''}. These are learnt by doing: use ${names} on a real project (at work, as a volunteer or on your own), write it up as a portfolio piece, and ask people who do the job how they picked them up.${little}`;
}

/**
 * Close or ready, and no credential offered teaches what is left: said as a coach would, near the finish,
 * with where the time goes instead. The standing is the gap report's own: "ready" covers most of what the
 * postings ask, every core skill with it; "close" may be half the core skills and a small share of the rest,
 * so it is said as the report said it, never as "much of what the postings ask". What the catalog teaches
 * is said truly: a gap some credential does teach (one made for another role, which recommend.ts does not
 * offer someone this near) is said to be taught, with why the portfolio piece still comes first.
 */
function nearlyReadyText(rec: Recommendation, top: readonly Gap[], index: CredentialIndex, ready: boolean): string {
  const name = (g: Gap) => gapName(g, index.skillName);
  const names = listOf(top.map(name));
  const where = ready
    ? "You are ready to apply: you already bring most of what the role's postings ask for, and a credential would add little."
    : 'You are close, as your gap report says, and a credential would add little now.';
  // The catalog's credentials that teach a gap, apart from those set aside for this person (held, outgrown).
  const setAside = new Set(rec.setAside.map((s) => s.id));
  const teachers = [...index.byId.keys()].filter((id) => !setAside.has(id));
  const taught = top.filter((g) => teachers.some((id) => coverageOf(index, [id], [g]).covered.length > 0));
  const untaught = top.filter((g) => !taught.includes(g));
  const either = rec.picks.length > 0 ? ', and the picks above would not teach them either' : '';
  const none = untaught.length === top.length ? `None in my catalog teaches what is left, ${names}${either}.` : untaught.length > 0 ? `None in my catalog teaches ${listOf(untaught.map(name))}.` : '';
  const it = taught.length === 1 ? 'it' : 'them';
  const elsewhere =
    taught.length > 0
      ? `Some credentials in my catalog do teach ${listOf(taught.map(name))}, but this close, a portfolio piece that uses ${it} shows an employer more than a certificate would: ask me about one by name if you want a certificate for ${it} anyway.`
      : '';
  return [where, none, elsewhere, `Put your time into a portfolio piece that uses ${names}, into networking with people who do the job (former colleagues, meetups, informational interviews) and into interview practice.`].filter(Boolean).join(' ');
}

/** Credentials for the role left out for this person (held, outgrown, experience not there yet), each with why. */
function setAsideLines(rec: Recommendation): string {
  // What they hold or have outgrown is always said (they may be wondering about it); an exam they cannot sit yet only when it would cover a gap.
  const said = rec.setAside.filter((s) => s.coversGap || s.note.kind !== 'needs-experience');
  if (said.length === 0) return '';
  return `\nNot for you now:\n${said.map((s) => `- ${s.name}: ${s.note.text.replace(/^(?:It|You|What) /, (word) => word.toLowerCase())}`).join('\n')}`;
}

const COLUMN = { 'top-pick': 'Top pick', certification: 'Industry certification', degree: 'Degree' } as const;

/** withPay: say the entry-level pay above the table (the chat's compare; the CLI said it already). */
export function comparisonLines(rec: Recommendation, withPay = true): string[] {
  return [
    'Side by side:',
    ...(withPay ? [entryPaySentence(rec.pay)] : []),
    ...rec.comparison.map((column) => `- ${COLUMN[column.kind]}${column.name ? `, ${column.name}` : ''}: ${asSentence(column.costText)}${column.timeText === column.costText ? '' : ` ${asSentence(column.timeText)}`}${column.roiText ? ` ${column.roiText}` : ''}`),
  ];
}

/**
 * When a plan step is due or was done, its date marked for each platform to show in the person's
 * calendar ("by Friday 14 May 2027"); `undated` when an earlier step's length is unknown.
 */
export function stepWhen(step: { due: string | null; done?: boolean }, timeZone: string | undefined, undated = 'date to be set'): string {
  if (step.due === null) return undated;
  return `${step.done ? 'done on' : 'by'} ${dayMark(step.due, timeZone)}`;
}

/**
 * A study date from a planning estimate says so, and why, by the credential: the person must not
 * take a date borrowed from another credential's study guides (CCNA's from Network+'s) as a figure
 * for theirs. The basis is the catalog's `says`, written for the person (time-to-finish.ts).
 */
export function estimatedDates(plan: ActionPlan): Reply[] {
  return plan.milestones.flatMap((m) => {
    const text = estimateDateSentence(m.name, m.time);
    return text === undefined ? [] : [{ kind: 'text' as const, text }];
  });
}

export function planReplies(plan: ActionPlan, timeZone?: string): Reply[] {
  return [
    {
      kind: 'card',
      title: 'Your plan',
      fields: plan.steps.map((step) => ({
        label: `${step.step}. ${step.title}`,
        value: `${stepWhen(step, timeZone, 'date to be set once I know the study hours')}: ${step.actions.join(' ')}${step.note && !step.done ? ` ${step.note}` : ''}`,
      })),
    },
    ...(plan.deadline ? [{ kind: 'text' as const, text: plan.deadline.text }] : []),
    ...estimatedDates(plan),
    { kind: 'text', text: `Weekly schedule: ${plan.schedule.text}` },
    { kind: 'text', text: `_${plan.assumptions.join(' ')}_` },
  ];
}
