import { CREDENTIAL_LEVELS, credentialsFileSchema, type CatalogCredential, type CostLine, type CredentialsFile, type DegreeTuition, type NotCarried } from './credentials-schema.js';
import { DataError, displayPath, entryLabel as labelIn, readJson, zodIssues, type DataIssue } from './data-file.js';
import type { RoleCatalog, SkillCatalog } from './load-data.js';

const entryLabel = (index: number, id: unknown): string => labelIn('credentials', index, id);

/**
 * Loads data/credentials.json, validates it with zod and checks what zod cannot see: ids and
 * rows are unique, every skill id is in the skills catalog and every role id in the roles
 * catalog, renewal lines have a period, a V figure (and only a V figure) is marked as verified
 * on the provider's page, a credential without cost lines says why. Problems throw a DataError
 * in the same form as load-data.ts: file, entry (index and id), field, what was expected.
 *
 * Agreement with data/roles.json's own credentials list is checked by `npm run data:check`
 * (findRoleCredentialMismatches), not here, so that the app still starts while the two files
 * are being edited.
 */

export const DEFAULT_CREDENTIALS_PATH = new URL('../../data/credentials.json', import.meta.url);

export interface CredentialCatalog {
  readonly file: string;
  readonly notes: readonly string[];
  readonly sources: readonly string[];
  readonly credentials: readonly CatalogCredential[];
  readonly byId: ReadonlyMap<string, CatalogCredential>;
  /** By row number in credential-facts.md Table 1. */
  readonly byRow: ReadonlyMap<number, CatalogCredential>;
  /** Published college tuition, for the degree column of the side-by-side. */
  readonly degreeTuition?: DegreeTuition;
  /** Credentials people ask about that have no sourced figures: the coach says so and where to look. */
  readonly notCarried: readonly NotCarried[];
}

// ---------------------------------------------------------------- checks zod cannot do

const PER_BY_TYPE: Partial<Record<CostLine['type'], readonly string[]>> = {
  renewal: ['year', 'cycle'],
  subscription: ['month', 'year'],
  membership: ['month', 'year'],
  exam: ['attempt'],
  retake: ['attempt'],
};

function checkCostLine(line: CostLine, field: string, push: (field: string, problem: string) => void): void {
  const allowed = PER_BY_TYPE[line.type];
  if (allowed && line.per === undefined) push(`${field}.per`, `is missing, expected ${allowed.map((p) => `"${p}"`).join(' or ')} for a ${line.type} line`);
  else if (allowed && line.per !== undefined && !allowed.includes(line.per)) {
    push(`${field}.per`, `is "${line.per}", expected ${allowed.map((p) => `"${p}"`).join(' or ')} for a ${line.type} line`);
  }
  if (line.type === 'renewal' && line.periodYears === undefined) {
    push(`${field}.periodYears`, 'is missing, expected the renewal period in years (every renewal line needs one)');
  }
  if (line.type !== 'renewal' && line.periodYears !== undefined) push(`${field}.periodYears`, `is only for renewal lines, this is a ${line.type} line`);
  if (line.confidence === 'V' && !line.verifiedOnProviderPage) push(`${field}.verifiedOnProviderPage`, 'is false, expected true for a figure tagged V (confirmed on the provider\'s page)');
  if (line.confidence !== 'V' && line.verifiedOnProviderPage) {
    push(`${field}.verifiedOnProviderPage`, `is true, but confidence is "${line.confidence}": only V figures are confirmed on the provider's page`);
  }
  if (line.weakSource && line.confidence !== 'S') push(`${field}.weakSource`, `is true, but confidence is "${line.confidence}": weakSource qualifies S figures only`);
  if (line.undated && !/^\d{4}$/.test(line.asOf)) push(`${field}.asOf`, `is "${line.asOf}", expected a year only (the research year) for an undated source`);
}

function checkCredentials(data: CredentialsFile, file: string, skills: SkillCatalog, roles: RoleCatalog): DataIssue[] {
  const issues: DataIssue[] = [];
  const firstIndex = new Map<string, number>();
  data.credentials.forEach((credential, i) => {
    const at = firstIndex.get(credential.id);
    if (at === undefined) firstIndex.set(credential.id, i);
    else issues.push({ file, entry: entryLabel(i, credential.id), field: 'id', problem: `"${credential.id}" is already used by credentials[${at}]` });
  });
  // Everything below looks credentials up by id: with duplicates it would only add noise.
  if (issues.length > 0) return issues;

  const rows = new Map<number, string>();
  data.credentials.forEach((credential, i) => {
    const entry = entryLabel(i, credential.id);
    const push = (field: string, problem: string) => issues.push({ file, entry, field, problem });

    if (credential.row !== undefined) {
      const earlier = rows.get(credential.row);
      if (earlier) push('row', `${credential.row} is already used by ${earlier}`);
      else rows.set(credential.row, entry);
    }

    const listed = (list: readonly string[], field: string, known: (id: string) => boolean, what: string) => {
      const seen = new Map<string, number>();
      list.forEach((id, k) => {
        const at = seen.get(id);
        if (at !== undefined) push(`${field}[${k}]`, `"${id}" is already listed at ${field}[${at}]`);
        else if (!known(id)) push(`${field}[${k}]`, `"${id}" is not ${what}`);
        seen.set(id, k);
      });
    };
    const otherCredential = (id: string) => firstIndex.has(id) && id !== credential.id;
    listed(credential.skills, 'skills', (id) => skills.byId.has(id), `a skill id in ${skills.file}`);
    listed(credential.targetRoles, 'targetRoles', (id) => roles.byId.has(id), `a role id in ${roles.file}`);
    listed(credential.nextSteps, 'nextSteps', otherCredential, `another credential's id in ${file}`);
    listed(credential.alternatives, 'alternatives', otherCredential, `another credential's id in ${file}`);

    // A ladder is advice ("start with X, which Y builds on"): each one says where it comes from.
    if (credential.nextSteps.length > 0 && credential.nextStepsSource === undefined) push('nextStepsSource', 'is missing, expected where these next steps come from (study-hours-and-paths.md row or Vendor paths)');
    if (credential.costs.length === 0 && credential.costsMissing === undefined) {
      push('costsMissing', 'is missing, expected a reason why there is no cost line (costs is empty)');
    }
    if (credential.costs.length > 0 && credential.costsMissing !== undefined) {
      push('costsMissing', 'is only for credentials without cost lines; list missing figures in unknowns instead');
    }
    credential.costs.forEach((line, k) => checkCostLine(line, `costs[${k}]`, push));

    const { expiry } = credential;
    if (expiry.years !== null && expiry.expires !== true) push('expiry.years', `is ${expiry.years}, but expiry.expires is ${String(expiry.expires)}: a validity period needs expires: true`);
    credential.costs.forEach((line, k) => {
      if (line.type !== 'renewal') return;
      if (expiry.expires === false) push(`costs[${k}]`, 'is a renewal line, but expiry.expires is false');
      if (expiry.years !== null && line.periodYears !== undefined && line.periodYears !== expiry.years) {
        push(`costs[${k}].periodYears`, `is ${line.periodYears}, but expiry.years is ${expiry.years}: the renewal cycle should match the validity period`);
      }
    });

    if (expiry.expires === true && expiry.renew === undefined) push('expiry.renew', 'is missing, expected a sentence to the user on how to keep it (it expires)');

    const { hours } = credential;
    if (hours && hours.max !== null && hours.max < hours.min) push('hours.max', `is ${hours.max}, expected at least hours.min (${hours.min})`);

    // A ladder goes up: foundations before associate. Specialty sits beside the ladder either way.
    credential.nextSteps.forEach((id, k) => {
      const next = data.credentials[firstIndex.get(id) ?? -1];
      if (!next || next.level === 'specialty' || credential.level === 'specialty') return;
      if (LEVEL_RANK[next.level] < LEVEL_RANK[credential.level]) push(`nextSteps[${k}]`, `"${id}" is ${next.level}, below this ${credential.level} credential: a next step goes up the ladder`);
    });
    const { experience } = credential;
    if (experience.requiredMonths !== null && experience.recommendedMonths !== null && experience.recommendedMonths < experience.requiredMonths) {
      push('experience.recommendedMonths', `is ${experience.recommendedMonths}, below experience.requiredMonths (${experience.requiredMonths})`);
    }
  });
  issues.push(...ladderCycles(data, file));
  return issues;
}

const LEVEL_RANK = Object.fromEntries(CREDENTIAL_LEVELS.map((level, i) => [level, i])) as Record<CatalogCredential['level'], number>;

/** A ladder that comes back to where it started would make the stack search loop. */
function ladderCycles(data: CredentialsFile, file: string): DataIssue[] {
  const byId = new Map(data.credentials.map((c) => [c.id, c]));
  const issues: DataIssue[] = [];
  data.credentials.forEach((credential, i) => {
    const seen = new Set<string>();
    const stack = [...credential.nextSteps];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (id === credential.id) {
        issues.push({ file, entry: entryLabel(i, credential.id), field: 'nextSteps', problem: 'leads back to this credential: a ladder cannot loop' });
        return;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(byId.get(id)?.nextSteps ?? []));
    }
  });
  return issues;
}

/** Validates already-parsed JSON as a credentials file against loaded skill and role catalogs. */
export function parseCredentials(raw: unknown, skills: SkillCatalog, roles: RoleCatalog, file = 'data/credentials.json'): CredentialCatalog {
  const parsed = credentialsFileSchema.safeParse(raw);
  if (!parsed.success) throw new DataError(zodIssues(parsed.error, raw, file, ['credentials']));
  const issues = checkCredentials(parsed.data, file, skills, roles);
  if (issues.length > 0) throw new DataError(issues);
  const { credentials, notes, sources, degreeTuition, notCarried = [] } = parsed.data;
  const byRow = new Map<number, CatalogCredential>();
  for (const credential of credentials) if (credential.row !== undefined) byRow.set(credential.row, credential);
  return { file, notes, sources, credentials, byId: new Map(credentials.map((c) => [c.id, c])), byRow, notCarried, ...(degreeTuition ? { degreeTuition } : {}) };
}

export async function loadCredentials(skills: SkillCatalog, roles: RoleCatalog, file: string | URL = DEFAULT_CREDENTIALS_PATH): Promise<CredentialCatalog> {
  const label = displayPath(file);
  return parseCredentials(await readJson(file, label), skills, roles, label);
}

// ---------------------------------------------------------------- completeness (npm run data:check)

/**
 * What the coach needs to date a plan for every credential: study hours, the provider's figure
 * or a labelled planning estimate. Checked by data:check, not the loader, so that a credential
 * being added can be tried before its hours are researched.
 */
export function findMissingHours(credentials: CredentialCatalog): DataIssue[] {
  return credentials.credentials.flatMap((credential, i) => {
    const issue = (field: string, problem: string): DataIssue => ({ file: credentials.file, entry: entryLabel(i, credential.id), field, problem });
    const { hours } = credential;
    if (hours === null) return [issue('hours', 'is null, expected study hours: the provider\'s figure (kind "provider") or a planning estimate with its basis (kind "estimate")')];
    return [
      hours.kind === undefined && issue('hours.kind', 'is missing, expected "provider" or "estimate"'),
      hours.basis === undefined && issue('hours.basis', 'is missing, expected where the hours come from, in words for the user'),
      hours.asOf === undefined && issue('hours.asOf', 'is missing, expected the date of the figure ("YYYY", "YYYY-MM" or "YYYY-MM-DD")'),
    ].filter((found): found is DataIssue => found !== false);
  });
}

// ---------------------------------------------------------------- agreement with data/roles.json (npm run data:check)

/**
 * Where data/roles.json and data/credentials.json disagree about a credential row:
 * - a row in roles.json's credentials list has no credential here;
 * - a target role listed there is missing from the credential's targetRoles;
 * - a role skill credited to a row (skills[].credentials) is not taught by that credential,
 *   directly or through a skill it is evidence of (`broader`: Excel counts for spreadsheets),
 *   which is the rule roles.json's method states.
 */
export function findRoleCredentialMismatches(credentials: CredentialCatalog, roles: RoleCatalog, skills: SkillCatalog): DataIssue[] {
  const issues: DataIssue[] = [];
  const entryOf = (credential: CatalogCredential) => entryLabel(credentials.credentials.indexOf(credential), credential.id);
  roles.credentials.forEach((listed, i) => {
    const credential = credentials.byRow.get(listed.row);
    if (!credential) {
      issues.push({ file: roles.file, entry: `credentials[${i}] (row ${listed.row})`, field: 'row', problem: `${listed.row} has no credential in ${credentials.file}` });
      return;
    }
    listed.targets.forEach((target) => {
      if (!credential.targetRoles.includes(target)) {
        issues.push({
          file: credentials.file,
          entry: entryOf(credential),
          field: 'targetRoles',
          problem: `lacks "${target}", which ${roles.file} credentials[${i}] (row ${listed.row}) lists as a target`,
        });
      }
    });
  });
  roles.roles.forEach((role, i) => {
    role.skills.forEach((roleSkill, k) => {
      const evidence = new Set([roleSkill.skill, ...(skills.byId.get(roleSkill.skill)?.broader ?? [])]);
      roleSkill.credentials.forEach((row) => {
        const credential = credentials.byRow.get(row);
        if (!credential || credential.skills.some((id) => evidence.has(id))) return;
        issues.push({
          file: credentials.file,
          entry: entryOf(credential),
          field: 'skills',
          problem: `does not include "${roleSkill.skill}" (or a skill it is evidence of), but ${roles.file} roles[${i}] (id "${role.id}") skills[${k}] credits row ${row} for it`,
        });
      });
    });
  });
  return issues;
}
