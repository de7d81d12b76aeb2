import type { Role } from '../data/roles-schema.js';
import type { RoleMatch } from '../roles/match-role.js';
import type { StatedDegree } from './degree-held.js';
import type { AcceptedField, AskedCredential, Person, Verdict } from './person-fit.js';

/**
 * The person as the credential pick sees them, from what the coach keeps (the profile) or what
 * the command line is told: held credentials, their own field (their job matched to the role
 * catalog, only when it matches exactly: a "store manager" is not a project manager), years, and the
 * work the target role counts as its own that they do (plant control systems for OT security).
 */

export interface PersonFacts {
  readonly credentialsHeld?: readonly { readonly id: string }[];
  /** Credentials they passed once and let lapse (the profile's credentialsLapsed, gap-interview.ts). */
  readonly credentialsLapsed?: readonly { readonly id: string }[];
  readonly currentRole?: string;
  readonly yearsExperience?: number;
  /** A degree they said they hold, anywhere in the conversation (the profile's degreeHeld). */
  readonly degreeHeld?: StatedDegree;
  readonly verdict?: Verdict;
  /** The skills they said they have (the profile's skills): those used beyond a beginner's level are their work's (person-fit.ts workSkills). */
  readonly skills?: readonly (string | { readonly skill: string; readonly level?: string; readonly inferredFrom?: string })[];
  /** The gap report: the role aimed at (its id) and the credentials the person's own postings name (gap-interview.ts). */
  readonly gapReport?: { readonly role?: string; readonly credentialsAsked?: readonly AskedCredential[] };
}

/** "Senior data analyst" works as a data analyst: seniority words are not part of the job. */
const SENIORITY = /^(?:senior|sr\.?|lead|principal|junior|jr\.?|head)\s+/i;

export function personFrom(facts: PersonFacts, match: (text: string) => RoleMatch, known: (id: string) => boolean): Person {
  const job = facts.currentRole?.trim();
  const found = job ? [match(job), match(job.replace(SENIORITY, ''))].find((m) => m.kind === 'role' && m.exact) : undefined;
  const field: Role | undefined = found?.kind === 'role' ? found.role : undefined;
  const held = [...new Set((facts.credentialsHeld ?? []).map((c) => c.id).filter(known))];
  const lapsed = [...new Set((facts.credentialsLapsed ?? []).map((c) => c.id).filter((id) => known(id) && !held.includes(id)))];
  return {
    held,
    ...(lapsed.length > 0 ? { lapsed } : {}),
    ...(field ? { fieldRoles: [field.id], fieldSkills: field.skills.map((s) => s.skill) } : {}),
    ...(facts.yearsExperience !== undefined ? { yearsExperience: facts.yearsExperience } : {}),
    ...(job ? { currentRole: job } : {}),
    ...(facts.degreeHeld ? { degreeHeld: facts.degreeHeld } : {}),
    ...(facts.verdict ? { verdict: facts.verdict } : {}),
    ...workSkillsOf(facts.skills),
    ...fieldsAcceptedBy(facts, match, field),
    ...(facts.gapReport?.credentialsAsked?.length ? { asked: facts.gapReport.credentialsAsked.filter((a) => known(a.id)) } : {}),
    ...(facts.gapReport?.credentialsAsked?.some((a) => !known(a.id)) ? { askedUncarried: facts.gapReport.credentialsAsked.filter((a) => !known(a.id)) } : {}),
  };
}

/** Skills said as used, not at a basic level and not only inferred from another ("Excel" does not make "spreadsheets" their work). */
function workSkillsOf(skills: PersonFacts['skills']): { workSkills?: string[] } {
  const used = (skills ?? []).flatMap((s) => (typeof s === 'string' ? [s] : s.level === 'basic' || s.inferredFrom ? [] : [s.skill]));
  return used.length > 0 ? { workSkills: [...new Set(used)] } : {};
}

/**
 * The work the target role counts as its own (its experienceFrom in data/roles.json) that the person
 * does: a plant maintenance supervisor who runs PLCs, aiming at cybersecurity, works in OT security's
 * field. The role is found by its id read as words ("cybersecurity-analyst"), kept only when the match
 * is that role.
 */
function fieldsAcceptedBy(facts: PersonFacts, match: (text: string) => RoleMatch, own: Role | undefined): { fieldsAccepted?: AcceptedField[] } {
  const id = facts.gapReport?.role;
  const found = id ? match(id.replace(/-/g, ' ')) : undefined;
  if (found?.kind !== 'role' || found.role.id !== id) return {};
  const work = new Set(workSkillsOf(facts.skills).workSkills ?? []);
  const fields = (found.role.experienceFrom ?? []).filter((f) => f.skills.some((s) => work.has(s))).map((f) => ({ role: found.role.id, field: f.field, counts: f.counts }));
  // A job in another computer occupation (a mainframe programmer aiming at cloud engineering) is IT work too.
  if (own && own.id !== found.role.id && isComputerWork(own) && isComputerWork(found.role)) fields.push({ role: found.role.id, field: 'IT work', counts: 'as IT work' });
  return fields.length > 0 ? { fieldsAccepted: fields } : {};
}

/**
 * A role whose main occupation (its first SOC entry) is in BLS SOC 2018 minor group 15-1200, Computer
 * Occupations: software developers, programmers, network, database and security staff, and support
 * specialists are one field's work, whichever of its jobs a credential is made for.
 */
const COMPUTER_OCCUPATIONS = /^15-12/;
const isComputerWork = (role: Role) => COMPUTER_OCCUPATIONS.test(role.soc[0]?.code ?? '');
