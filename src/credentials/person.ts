import type { Role } from '../data/roles-schema.js';
import type { RoleMatch } from '../roles/match-role.js';
import type { AskedCredential, Person, Verdict } from './person-fit.js';

/**
 * The person as the credential pick sees them, from what the coach keeps (the profile) or what
 * the command line is told: held credentials, their own field (their job matched to the role
 * catalog, only when it matches exactly: a "store manager" is not a project manager) and years.
 */

export interface PersonFacts {
  readonly credentialsHeld?: readonly { readonly id: string }[];
  readonly currentRole?: string;
  readonly yearsExperience?: number;
  readonly verdict?: Verdict;
  /** The gap report: the credentials the person's own postings name (gap-interview.ts). */
  readonly gapReport?: { readonly credentialsAsked?: readonly AskedCredential[] };
}

/** "Senior data analyst" works as a data analyst: seniority words are not part of the job. */
const SENIORITY = /^(?:senior|sr\.?|lead|principal|junior|jr\.?|head)\s+/i;

export function personFrom(facts: PersonFacts, match: (text: string) => RoleMatch, known: (id: string) => boolean): Person {
  const job = facts.currentRole?.trim();
  const found = job ? [match(job), match(job.replace(SENIORITY, ''))].find((m) => m.kind === 'role' && m.exact) : undefined;
  const field: Role | undefined = found?.kind === 'role' ? found.role : undefined;
  return {
    held: [...new Set((facts.credentialsHeld ?? []).map((c) => c.id).filter(known))],
    ...(field ? { fieldRoles: [field.id], fieldSkills: field.skills.map((s) => s.skill) } : {}),
    ...(facts.yearsExperience !== undefined ? { yearsExperience: facts.yearsExperience } : {}),
    ...(job ? { currentRole: job } : {}),
    ...(facts.verdict ? { verdict: facts.verdict } : {}),
    ...(facts.gapReport?.credentialsAsked?.length ? { asked: facts.gapReport.credentialsAsked.filter((a) => known(a.id)) } : {}),
    ...(facts.gapReport?.credentialsAsked?.some((a) => !known(a.id)) ? { askedUncarried: facts.gapReport.credentialsAsked.filter((a) => !known(a.id)) } : {}),
  };
}
