import { normalizeTerm } from '../data/load-data.js';
import type { RoleCatalog } from '../data/load-data.js';
import type { Role } from '../data/roles-schema.js';
import type { RoleRelation } from '../gaps/verdict.js';
import type { RoleMatcher } from './match-role.js';

/** Words that put a job above the entry level of the same title ("senior data analyst", "analytics lead"). */
const ABOVE_ENTRY = /\b(?:senior|sr|lead|principal|staff|head|chief|director|manager|supervisor)\b/;

/** Why the target relates to the person so: their job title, or a credential only the job earns (the PMP). */
export interface RelationWhy {
  relation: RoleRelation;
  /** The credential that proves the job ("PMP"), when that and not the job title decided it. */
  provenBy?: string;
  /** What that credential proves (roles.json `proves`): only these skills count as held by it. */
  proves?: string[];
  /**
   * The field the person does this job in now, when it is not the catalog's ("construction" in
   * "construction project manager"): the role's craft carries over, its tech side is new.
   */
  field?: string;
}

/** Words about how or where a job is held, not what field it is in: a "freelance project manager" is a project manager. */
const HELD_AS = new Set([
  'freelance', 'freelancer', 'contract', 'contractor', 'self', 'employed', 'remote', 'part', 'full', 'time', 'former', 'ex', 'acting', 'interim',
  'assistant', 'deputy', 'certified', 'my', 'own', 'the', 'a', 'an', 'at', 'in', 'for', 'of', 'and', 'as', 'with', 'company', 'firm', 'team',
  'i', 'am', 'im', 'was', 'work', 'working', 'currently', 'now', 'yrs', 'years', 'year',
]);

/** Every word of the catalog's role titles: the words of the field the coach knows (tech), such as "IT", "software", "data". */
const fieldWords = new WeakMap<readonly Role[], ReadonlySet<string>>();
function techWords(roles: readonly Role[]): ReadonlySet<string> {
  let words = fieldWords.get(roles);
  if (!words) {
    words = new Set(roles.flatMap((r) => [r.name, ...r.aliases]).flatMap(wordsOf));
    fieldWords.set(roles, words);
  }
  return words;
}
const wordsOf = (text: string) => normalizeTerm(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * How the role someone aims at relates to the job they do now: the same job, a step down (the
 * same title at a more senior level, or a role that usually leads to theirs, as IT project
 * coordinator leads to project manager), or something else. The same title in another field
 * ("construction project manager" aiming at IT project manager) is a move within the role's
 * family, not the same job: the craft carries over, the tech side does not, so it is `other`
 * with the field named. Only a title the catalog knows for certain counts: a guess is never told
 * "this is your job".
 */
export function roleRelation(matcher: RoleMatcher, roles: readonly Role[], target: Role, currentRole: string | undefined): Pick<RelationWhy, 'relation' | 'field'> {
  if (!currentRole?.trim()) return { relation: 'other' };
  const match = matcher.match(currentRole);
  if (match.kind !== 'role' || !match.exact) return { relation: 'other' };
  const family = (target.stepsUpTo ?? []).includes(match.role.id);
  if (!family && match.role.id !== target.id) return { relation: 'other' };
  // What is left of the job title once the role's own titles are taken out ("senior", "construction").
  let rest = ` ${normalizeTerm(currentRole)} `;
  for (const title of [match.role.name, ...match.role.aliases].map(normalizeTerm).sort((a, b) => b.length - a.length)) rest = rest.split(` ${title} `).join('  ');
  const left = wordsOf(rest).filter((w) => !HELD_AS.has(w) && !/^\d+$/.test(w));
  const known = techWords(roles);
  const field = left.filter((w) => !ABOVE_ENTRY.test(w) && !known.has(w));
  if (field.length > 0) return { relation: 'other', field: field.join(' ') };
  return { relation: family || left.some((w) => ABOVE_ENTRY.test(w)) ? 'step-down' : 'same' };
}

/** The relation from the job title first, then from the credentials held (catalog ids). */
export function relationWhy(matcher: RoleMatcher, roles: RoleCatalog, target: Role, currentRole: string | undefined, credentials: readonly string[] = []): RelationWhy {
  const byJob = roleRelation(matcher, roles.roles, target, currentRole);
  if (byJob.relation !== 'other') return byJob;
  const field = byJob.field ? { field: byJob.field } : {};
  for (const role of roles.roles) {
    const proof = (role.provenBy ?? []).find((p) => credentials.includes(p.credential));
    if (!proof) continue;
    if (role.id === target.id) return { relation: 'same', provenBy: proof.name, proves: proof.proves, ...field };
    if ((target.stepsUpTo ?? []).includes(role.id)) return { relation: 'step-down', provenBy: proof.name, proves: proof.proves, ...field };
  }
  return { relation: 'other', ...field };
}
