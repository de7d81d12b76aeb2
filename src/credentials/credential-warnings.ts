import type { CatalogCredential } from '../data/credentials-schema.js';
import type { DegreeRequired, Role } from '../data/roles-schema.js';
import { listOf } from '../roles/suggest-roles.js';
import { coverageOf } from './coverage.js';
import type { CredentialIndex } from './credential-index.js';
import { LOW_COMPLETION_PERCENT, STALE_AFTER_MONTHS } from './credibility.js';
import { monthsSince } from './dates.js';
import type { ScoredCredential } from './score-credential.js';
import type { Gap } from './situation.js';
import { formatUsd, toCents } from './money.js';
import { horizonText, priceText } from './true-cost.js';
import type { AskedCredential } from './person-fit.js';
import { askedCredentialSchema, shortestGrace, type PostingAsk } from './posting-credentials.js';

/**
 * The cautions of the seeds, each from catalog facts:
 * - narrow: built around one tool family (or teaching two skills or fewer) while covering less
 *   than half of the user's gap demand: on its own it will not carry a full pivot;
 * - no-hands-on: no capstone, portfolio project, labs or performance-based tasks to show;
 * - stale-curriculum: last updated more than 18 months ago; low-completion: below 40%;
 * - recurring-fees: subscriptions, memberships and renewal fees above $0;
 * - expiry: it expires (or may: unknown), with the recertification rule and its cost if known;
 * - unknown-credibility: no industry partner named, or the assessment is not known;
 * - degree: the target legally requires a degree, or BLS says one is typical;
 * - badge-collecting: next to others, planned credentials the role has no use for (not made for it,
 *   covering none of the user's gaps, teaching nothing the role lists); alternatives: two
 *   credentials the catalog calls alternatives.
 */

export type WarningKind =
  | 'narrow'
  | 'no-hands-on'
  | 'stale-curriculum'
  | 'low-completion'
  | 'recurring-fees'
  | 'expiry'
  | 'unknown-credibility'
  | 'degree'
  | 'badge-collecting'
  | 'alternatives'
  /** The experience the provider recommends, when the person may not have it (person-fit.ts). */
  | 'experience'
  /** The person's postings ask for it though it adds little to their experience (person-fit.ts). */
  | 'asked'
  /** Made for another role, shown for a top gap nothing made for the target role covers (recommend.ts). */
  | 'borrowed';

/** How a note is said: a caution ("Watch out"), or good news said on its own line ("Good to know"). */
export type NoteTone = 'caution' | 'good-news';

export interface CredentialWarning {
  readonly kind: WarningKind;
  readonly text: string;
  /** Unset is a caution: every seed above is one. */
  readonly tone?: NoteTone;
}

export const NARROW_BELOW = 0.5;
const HANDS_ON = new Set(['capstone', 'portfolio-project', 'hands-on-labs', 'performance-based']);

/*
 * Each caution is one sentence to the person, shown under the pick it is about, so it says "it"
 * rather than the credential's name again.
 */

function narrow(pick: ScoredCredential, index: CredentialIndex): string | undefined {
  const { credential, coverage } = pick;
  const tools = index.toolFamilies.get(credential.id) ?? [];
  if (coverage.value >= NARROW_BELOW || (tools.length !== 1 && credential.skills.length > 2)) return undefined;
  const around = tools.length === 1 ? `It is built around one tool, ${index.skillName(tools[0] ?? '')},` : `It teaches only ${listOf(credential.skills.map(index.skillName))}`;
  return `${around} and covers ${Math.round(coverage.value * 100)}% of what your gaps ask for: pair it with a broader program for a full switch.`;
}

function handsOn(credential: CatalogCredential): string | undefined {
  if (credential.assessment.length === 0) return 'I do not know how it is assessed, so plan a portfolio project of your own.';
  if (credential.assessment.some((m) => HANDS_ON.has(m))) return undefined;
  const how = credential.assessment.includes('proctored-exam') ? 'It ends in an exam with no hands-on project' : 'It has no hands-on project';
  return `${how}: build a portfolio piece yourself to show the skill.`;
}

/**
 * A renewal said against the total the pick shows: how much and when it is paid, and whether the
 * total over the horizon counts it. CompTIA's CE fee ($50 a year) is owed when its 3-year cycle
 * ends: "$150 when each 3-year cycle ends, after the 3 years I count, so not in the total" rather
 * than "renewal $50 a year" beside a total that does not hold it.
 */
function renewalWords(item: ScoredCredential['cost']['items'][number], horizon: string, totalKnown: boolean): string {
  const { line, times } = item;
  const counted = times === null || !totalKnown ? '' : times === 0 ? `, after the ${horizon} I count, so it is not in the total` : `, counted in the total`;
  if (line.per === 'year' && line.dueAtCycleEnd && (line.periodYears ?? 1) > 1) {
    const cycle = line.periodYears ?? 1;
    return `renewal ${formatUsd(toCents(line.amountUsd * cycle))} when each ${cycle}-year cycle ends (${priceText(line).replace(/ \(.*\)$/, '')})${counted}`;
  }
  return `renewal ${priceText(line)}${counted}`;
}

function recurring(pick: ScoredCredential): string | undefined {
  const items = pick.cost.items.filter((i) => i.line.amountUsd > 0 && (i.line.type === 'renewal' || i.line.per === 'month' || i.line.per === 'year'));
  if (items.length === 0) return undefined;
  const subscription = items.some((i) => i.line.per === 'month') ? ' A subscription bills until you cancel it.' : '';
  const horizon = horizonText(pick.cost.horizonMonths);
  return `It has recurring fees: ${listOf(items.map((i) => (i.line.type === 'renewal' ? renewalWords(i, horizon, pick.cost.expectedCents !== null) : `${i.line.type} ${priceText(i.line)}`)))}.${subscription}`;
}

function expiry(pick: ScoredCredential): string | undefined {
  const { expiry: rule } = pick.credential;
  if (rule.expires === false) return undefined;
  if (rule.expires === null) return "I do not know whether it expires: check the provider's page before you pay.";
  const after = rule.years === null ? 'It expires.' : `It expires after ${rule.years} year${rule.years === 1 ? '' : 's'}.`;
  return `${after} ${rule.renew ?? "Check the provider's page for how to renew it."}`;
}

// An unknown assessment is said once, by the hands-on warning (with what to do about it), not again here.
function credibilityGap(credential: CatalogCredential): string | undefined {
  return credential.partner ? undefined : 'No industry partner stands behind it: check that job postings name it.';
}

/** Cautions about one pick for this user. */
export function credentialWarnings(pick: ScoredCredential, index: CredentialIndex, today: Date): CredentialWarning[] {
  const { credential } = pick;
  const update = credential.lastCurriculumUpdate;
  const age = update ? monthsSince(update.date, today) : 0;
  const rate = credential.completionRate?.percent;
  const found: [WarningKind, string | undefined][] = [
    ['narrow', narrow(pick, index)],
    ['no-hands-on', handsOn(credential)],
    ['stale-curriculum', age > STALE_AFTER_MONTHS ? `Its curriculum was last updated ${age} months ago: check it still matches current postings.` : undefined],
    ['low-completion', rate !== undefined && rate < LOW_COMPLETION_PERCENT ? `Only ${rate}% of learners finish it, which often means the workload is heavier than it looks.` : undefined],
    ['recurring-fees', recurring(pick)],
    ['expiry', expiry(pick)],
    ['unknown-credibility', credibilityGap(credential)],
  ];
  return found.filter((f): f is [WarningKind, string] => f[1] !== undefined).map(([kind, text]) => ({ kind, text }));
}

/** A role's name inside a sentence: "data analyst", but "ML / AI engineer" and "UX designer" keep their capitals. */
const inSentence = (name: string) => (/^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1));

/** A target that needs a degree by law (degreeRequired) or by common practice (a role's degreeNote). */
export function targetWarnings(target: Role | DegreeRequired): CredentialWarning[] {
  if ('requirement' in target) {
    return [{ kind: 'degree', text: `${target.name}: ${target.requirement} No credential replaces that; roles you can reach instead: ${listOf(target.adjacent.map((a) => a.role))}` }];
  }
  // degreeNote.text is a research note (it names its sources and conflicts), so it is not said as it is:
  // a note that a diploma and certifications can be enough is good news, not a caution.
  const note = target.degreeNote;
  if (!note || /high-school diploma/i.test(note.text)) return [];
  const level = /master's/i.test(note.text) && !/bachelor's/i.test(note.text) ? "a master's degree" : 'a degree';
  return [{ kind: 'degree', text: `Many ${inSentence(target.name)} jobs ask for ${level}: BLS describes that as common practice, not a rule, so credentials and a portfolio can still get you in, but expect some postings to filter on it.` }];
}

/**
 * Whether the target role has use for what a credential proves: made for it, covering one of the
 * person's gaps, or teaching a skill the role's catalog entry lists (Security+ for a cloud engineer,
 * whose role lists information security), directly or as evidence of a wider one.
 */
function valuedBy(credential: CatalogCredential, index: CredentialIndex, role: Role, gaps: readonly Gap[]): boolean {
  if (credential.targetRoles.includes(role.id) || coverageOf(index, [credential.id], gaps).covered.length > 0) return true;
  const listed = new Set(role.skills.map((s) => s.skill));
  return credential.skills.some((skill) => listed.has(skill) || index.broader(skill).some((wider) => listed.has(wider)));
}

/**
 * Badge collecting and alternatives taken together, across what the user holds and plans. Only a
 * planned credential the role has no use for is badge collecting: one they hold is theirs to keep on the
 * resume, never criticised (held: its catalog ids); alternatives are said across both.
 */
export function collectionWarnings(credentials: readonly CatalogCredential[], index: CredentialIndex, role: Role, gaps: readonly Gap[], held: readonly string[] = []): CredentialWarning[] {
  if (credentials.length < 2) return [];
  const warnings: CredentialWarning[] = [];
  const unrelated = credentials.filter((c) => !held.includes(c.id) && !valuedBy(c, index, role, gaps));
  if (unrelated.length > 0) {
    const [target, cover] = unrelated.length === 1 ? ['targets', 'covers'] : ['target', 'cover'];
    const names = listOf(unrelated.map((c) => c.name));
    warnings.push({ kind: 'badge-collecting', text: `${names} neither ${target} ${role.name} nor ${cover} any of your gaps: a list of unrelated badges looks unfocused` });
  }
  credentials.forEach((a, i) => {
    for (const b of credentials.slice(i + 1)) {
      if (a.alternatives.includes(b.id) || b.alternatives.includes(a.id)) warnings.push({ kind: 'alternatives', text: `${a.name} and ${b.name} are alternatives, not a stack: take one` });
    }
  });
  return warnings;
}

/** How each posting naming it asks, kept since the gap report kept it (older sessions have the share alone). */
function postingAsks(asked: AskedCredential | undefined): readonly PostingAsk[] {
  const postings = asked && 'postings' in asked ? askedCredentialSchema.shape.postings.safeParse(asked.postings) : undefined;
  return postings?.success ? (postings.data ?? []) : [];
}

/** "One of your postings", "Both of your postings", "2 of your 3 postings": the count, and its verb's ending. */
function postingsWord(count: number, total: number): [string, string] {
  if (count >= total) return total === 1 ? ['Your posting', 's'] : [total === 2 ? 'Both of your postings' : `All ${total} of your postings`, ''];
  return count === 1 ? ['One of your postings', 's'] : [`${count} of your ${total} postings`, ''];
}

/**
 * How the person's own postings ask for a credential, said as what it means for applying: required
 * within months of hire is not a bar to being hired ("you can be hired without it, but must pass it
 * soon after"), required is a screen, preferred puts them ahead. Undefined when no posting said how.
 */
export function postingTermsNote(credential: CatalogCredential, asked: AskedCredential | undefined): string | undefined {
  // "CompTIA Security+ (SY0-701)": postings name the credential, not the exam code.
  return postingTermsSaid([credential.name], asked);
}

/**
 * How a note on how the postings ask is said: a credential they only prefer puts the person ahead,
 * good news ("Good to know"), never a caution; one a posting requires (at once or within months of
 * hire) can screen an application out, so that note is a caution ("Watch out").
 */
export function postingTermsTone(asked: AskedCredential | undefined): NoteTone {
  const postings = postingAsks(asked);
  return postings.length > 0 && postings.every((p) => p.asks === 'preferred') ? 'good-news' : 'caution';
}

/**
 * The same, for credentials the same postings name as alternatives ("Security+ or CISA preferred"):
 * "Both of your postings prefer CompTIA Security+ or ISACA's CISA: you can apply without either, and
 * having one puts you ahead." Names in brackets after a name (an exam code) are left out.
 */
export function postingTermsSaid(names: readonly string[], asked: AskedCredential | undefined): string | undefined {
  const postings = postingAsks(asked);
  if (!asked || postings.length === 0 || asked.share <= 0 || names.length === 0) return undefined;
  const total = Math.max(postings.length, Math.round(postings.length / asked.share));
  const name = names.map((n) => n.replace(/\s*\([^)]*\)$/, '')).join(' or ');
  const [it, one] = names.length > 1 ? ['either', 'one'] : ['it', 'it'];
  const grace = postings.filter((p) => p.asks !== 'preferred' && p.withinMonths !== undefined);
  const required = postings.filter((p) => p.asks === 'required' && p.withinMonths === undefined);
  const preferred = postings.filter((p) => p.asks === 'preferred');
  const sentences: string[] = [];
  if (grace.length > 0) {
    const [who, s] = postingsWord(grace.length, total);
    sentences.push(`${who} require${s} ${name} within ${shortestGrace(grace) ?? ''} of hire: you can be hired without ${it}, but must pass ${one} soon after; having ${one} already puts you ahead.`);
  }
  if (required.length > 0) {
    const [who, s] = postingsWord(required.length, total);
    sentences.push(`${who} require${s} ${name}: without ${it}, an application there can be screened out.`);
  }
  if (preferred.length > 0) {
    const [who, s] = postingsWord(preferred.length, total);
    sentences.push(`${who} prefer${s} ${name}: you can apply without ${it}, and having ${one} puts you ahead.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}
