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
}

/**
 * How the role someone aims at relates to the job they do now: the same job, a step down (the
 * same title at a more senior level, or a role that usually leads to theirs, as IT project
 * coordinator leads to project manager), or something else. Only a title the catalog knows for
 * certain counts: a guess is never told "this is your job". A credential that can only be earned
 * by doing a job (roles.json `provenBy`: the PMP) counts as that job.
 */
export function roleRelation(matcher: RoleMatcher, target: Role, currentRole: string | undefined): RoleRelation {
  if (!currentRole?.trim()) return 'other';
  const match = matcher.match(currentRole);
  if (match.kind !== 'role' || !match.exact) return 'other';
  if ((target.stepsUpTo ?? []).includes(match.role.id)) return 'step-down';
  if (match.role.id !== target.id) return 'other';
  // What is left of the job title once the role's own titles are taken out ("senior", "lead").
  let rest = ` ${normalizeTerm(currentRole)} `;
  for (const title of [target.name, ...target.aliases].map(normalizeTerm).sort((a, b) => b.length - a.length)) rest = rest.split(` ${title} `).join('  ');
  return ABOVE_ENTRY.test(rest.replace(/[^\p{L}\p{N} ]+/gu, ' ')) ? 'step-down' : 'same';
}

/** The relation from the job title first, then from the credentials held (catalog ids). */
export function relationWhy(matcher: RoleMatcher, roles: RoleCatalog, target: Role, currentRole: string | undefined, credentials: readonly string[] = []): RelationWhy {
  const byJob = roleRelation(matcher, target, currentRole);
  if (byJob !== 'other') return { relation: byJob };
  for (const role of roles.roles) {
    const proof = (role.provenBy ?? []).find((p) => credentials.includes(p.credential));
    if (!proof) continue;
    if (role.id === target.id) return { relation: 'same', provenBy: proof.name, proves: proof.proves };
    if ((target.stepsUpTo ?? []).includes(role.id)) return { relation: 'step-down', provenBy: proof.name, proves: proof.proves };
  }
  return { relation: 'other' };
}
