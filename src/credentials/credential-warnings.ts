import type { CatalogCredential } from '../data/credentials-schema.js';
import type { DegreeRequired, Role } from '../data/roles-schema.js';
import { listOf } from '../roles/suggest-roles.js';
import { coverageOf } from './coverage.js';
import type { CredentialIndex } from './credential-index.js';
import { LOW_COMPLETION_PERCENT, STALE_AFTER_MONTHS } from './credibility.js';
import { monthsSince } from './dates.js';
import type { ScoredCredential } from './score-credential.js';
import type { Gap } from './situation.js';
import { priceText } from './true-cost.js';

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
 * - badge-collecting: next to others, credentials that neither target the role nor cover any
 *   of the user's gaps; alternatives: two credentials the catalog calls alternatives.
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
  | 'alternatives';

export interface CredentialWarning {
  readonly kind: WarningKind;
  readonly text: string;
}

export const NARROW_BELOW = 0.5;
const HANDS_ON = new Set(['capstone', 'portfolio-project', 'hands-on-labs', 'performance-based']);

function narrow(pick: ScoredCredential, index: CredentialIndex): string | undefined {
  const { credential, coverage } = pick;
  const tools = index.toolFamilies.get(credential.id) ?? [];
  if (coverage.value >= NARROW_BELOW || (tools.length !== 1 && credential.skills.length > 2)) return undefined;
  const around = tools.length === 1 ? `is built around one tool (${index.skillName(tools[0] ?? '')})` : `teaches only ${listOf(credential.skills.map(index.skillName))}`;
  return `${credential.name} ${around} and covers ${Math.round(coverage.value * 100)}% of your gap demand: too narrow on its own for a full pivot, so pair it with a broader program`;
}

function handsOn(credential: CatalogCredential): string | undefined {
  if (credential.assessment.length === 0) return `the catalog does not say how ${credential.name} is assessed, so plan your own portfolio project`;
  if (credential.assessment.some((m) => HANDS_ON.has(m))) return undefined;
  return `${credential.name} has no hands-on project (${credential.assessment.join(', ')}): build a portfolio piece yourself to show the skill`;
}

function recurring(pick: ScoredCredential): string | undefined {
  const lines = pick.cost.items.map((i) => i.line).filter((l) => l.amountUsd > 0 && (l.type === 'renewal' || l.per === 'month' || l.per === 'year'));
  if (lines.length === 0) return undefined;
  return `recurring fees: ${lines.map((l) => `${l.type} ${priceText(l)}`).join('; ')}${lines.some((l) => l.per === 'month') ? ' (a subscription bills until you cancel it)' : ''}`;
}

function expiry(pick: ScoredCredential): string | undefined {
  const { expiry: rule, name } = pick.credential;
  if (rule.expires === false) return undefined;
  if (rule.expires === null) return `whether ${name} expires is unknown: check before you pay`;
  const renewals = pick.cost.items.filter((i) => i.line.type === 'renewal').map((i) => priceText(i.line));
  const cost = renewals.length > 0 ? `renewal cost ${renewals.join(' + ')}` : 'recertification cost: not in our data';
  return `${name} expires${rule.years === null ? '' : ` after ${rule.years} year${rule.years === 1 ? '' : 's'}`}; ${rule.recertification ?? 'recertification rule unknown'}; ${cost}`;
}

function credibilityGap(credential: CatalogCredential): string | undefined {
  const missing = [!credential.partner && 'no industry partner is named', credential.assessment.length === 0 && 'the assessment is not known'].filter(Boolean);
  return missing.length > 0 ? `provider credibility unknown for ${credential.name}: ${missing.join(' and ')}; check that postings name it` : undefined;
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
    ['stale-curriculum', age > STALE_AFTER_MONTHS ? `${credential.name}'s curriculum was last updated ${update?.date} (${age} months ago): check it still matches current postings` : undefined],
    ['low-completion', rate !== undefined && rate < LOW_COMPLETION_PERCENT ? `only ${rate}% complete ${credential.name}: that often signals an unrealistic workload` : undefined],
    ['recurring-fees', recurring(pick)],
    ['expiry', expiry(pick)],
    ['unknown-credibility', credibilityGap(credential)],
  ];
  return found.filter((f): f is [WarningKind, string] => f[1] !== undefined).map(([kind, text]) => ({ kind, text }));
}

/** A target that needs a degree by law (degreeRequired) or by common practice (a role's degreeNote). */
export function targetWarnings(target: Role | DegreeRequired): CredentialWarning[] {
  if ('requirement' in target) {
    return [{ kind: 'degree', text: `${target.name}: ${target.requirement} No credential replaces that; roles you can reach instead: ${listOf(target.adjacent.map((a) => a.role))}` }];
  }
  return target.degreeNote ? [{ kind: 'degree', text: `a degree is common for ${target.name}: ${target.degreeNote.text}` }] : [];
}

/** Badge collecting and alternatives taken together, across what the user holds and plans. */
export function collectionWarnings(credentials: readonly CatalogCredential[], index: CredentialIndex, role: Role, gaps: readonly Gap[]): CredentialWarning[] {
  if (credentials.length < 2) return [];
  const warnings: CredentialWarning[] = [];
  const unrelated = credentials.filter((c) => !c.targetRoles.includes(role.id) && coverageOf(index, [c.id], gaps).covered.length === 0);
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
