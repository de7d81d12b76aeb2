import { DEFAULT_QUESTIONS_PATH, loadQuestions } from './load-questions.js';
import {
  DataError,
  displayPath,
  DEFAULT_ROLES_PATH,
  DEFAULT_SKILLS_PATH,
  loadCatalog,
  normalizeTerm,
  type CatalogPaths,
  type DataIssue,
  type RoleCatalog,
  type SkillCatalog,
} from './load-data.js';
import { entryLabel } from './data-file.js';
import { DEFAULT_CREDENTIALS_PATH, findMissingHours, findRoleCredentialMismatches, loadCredentials, type CredentialCatalog } from './load-credentials.js';

/**
 * What `npm run data:check` adds to the loader: terms claimed twice. A skill alias that two
 * skills claim, or that equals another skill's name, would make an extractor guess; a job
 * title that two roles (or a role and a degree-required entry) claim would do the same for
 * the role picker. Terms compare case-insensitively with spaces collapsed.
 *
 * It also loads data/credentials.json (load-credentials.ts) and reports where it disagrees with
 * the credentials list and the credited skills in data/roles.json.
 */

interface Claim {
  entry: string;
  field: string;
  owner: string;
}

function claimsConflict(file: string, kind: string, claims: Iterable<{ term: string } & Claim>, namesFirst: boolean): DataIssue[] {
  const issues: DataIssue[] = [];
  const owners = new Map<string, Claim>();
  for (const claim of claims) {
    const key = normalizeTerm(claim.term);
    const earlier = owners.get(key);
    if (!earlier) owners.set(key, claim);
    else if (earlier.owner !== claim.owner) {
      const asWhat = namesFirst && earlier.field === 'name' ? `equals the name of ${earlier.entry}` : `is also claimed by ${earlier.entry} (${earlier.field})`;
      issues.push({ file, entry: claim.entry, field: claim.field, problem: `${kind} "${claim.term}" ${asWhat}` });
    }
  }
  return issues;
}

/** Skill names and aliases claimed by two skills, and aliases equal to another skill's name. */
export function findAliasConflicts(catalog: SkillCatalog): DataIssue[] {
  const entry = (i: number, id: string) => `skills[${i}] (id "${id}")`;
  const names = catalog.skills.map((skill, i) => ({ term: skill.name, entry: entry(i, skill.id), field: 'name', owner: skill.id }));
  const aliases = catalog.skills.flatMap((skill, i) =>
    skill.aliases.map((alias, k) => ({ term: alias, entry: entry(i, skill.id), field: `aliases[${k}]`, owner: skill.id })),
  );
  return claimsConflict(catalog.file, 'alias', [...names, ...aliases], true);
}

/** Job titles (role names and aliases, degree-required names and aliases) claimed by two entries. */
export function findTitleConflicts(catalog: RoleCatalog): DataIssue[] {
  const claims = [
    ...catalog.roles.flatMap((role, i) => {
      const entry = `roles[${i}] (id "${role.id}")`;
      return [{ term: role.name, entry, field: 'name', owner: `role:${role.id}` }, ...role.aliases.map((term, k) => ({ term, entry, field: `aliases[${k}]`, owner: `role:${role.id}` }))];
    }),
    ...catalog.degreeRequired.flatMap((item, i) => {
      const entry = `degreeRequired[${i}] (id "${item.id}")`;
      return [{ term: item.name, entry, field: 'name', owner: `degree:${item.id}` }, ...item.aliases.map((term, k) => ({ term, entry, field: `aliases[${k}]`, owner: `degree:${item.id}` }))];
    }),
  ];
  return claimsConflict(catalog.file, 'title', claims, false);
}

/**
 * Study hours the coach cannot say in words: `hours.says` is what the person reads after the
 * hours (the research `basis` never reaches them), so every credential with hours needs it; an
 * estimate must say it is one, and brackets would nest inside the brackets it is said in.
 */
export function findUnsaidHours(credentials: CredentialCatalog): DataIssue[] {
  return credentials.credentials.flatMap((credential, i) => {
    const { hours } = credential;
    if (!hours) return [];
    const issue = (problem: string): DataIssue => ({ file: credentials.file, entry: entryLabel('credentials', i, credential.id), field: 'hours.says', problem });
    if (hours.says === undefined) return [issue('is missing, expected whose figure the hours are, in a phrase for the person ("an estimate from study guides; I found no figure from Microsoft")')];
    return [
      (hours.kind ?? 'estimate') === 'estimate' && !/\bestimate\b/i.test(hours.says) && issue('does not say "estimate", but the hours are a planning estimate'),
      /[()[\]]/.test(hours.says) && issue('has brackets, but it is said inside brackets after the hours'),
    ].filter((found): found is DataIssue => found !== false);
  });
}

/**
 * Credentials asked about with no sourced figures (notCarried): each names catalog credentials and a
 * role that exist, and none of its names is a catalog credential's own name (then it is carried).
 */
export function findNotCarriedMismatches(credentials: CredentialCatalog, roles: RoleCatalog): DataIssue[] {
  const names = new Set(credentials.credentials.map((c) => normalizeTerm(c.name)));
  return credentials.notCarried.flatMap((entry, i) => {
    const issue = (field: string, problem: string): DataIssue => ({ file: credentials.file, entry: entryLabel('notCarried', i, entry.id), field, problem });
    return [
      ...(entry.mayMean ?? []).filter((id) => !credentials.byId.has(id)).map((id) => issue('mayMean', `names "${id}", which is no credential in the catalog`)),
      ...(entry.role && !roles.byId.has(entry.role) ? [issue('role', `"${entry.role}" is no role in ${roles.file}`)] : []),
      ...entry.names.filter((name) => names.has(normalizeTerm(name))).map((name) => issue('names', `"${name}" is a catalog credential's own name`)),
    ];
  });
}

export interface CheckReport {
  ok: boolean;
  issues: DataIssue[];
  summary: string[];
}

export interface CheckPaths extends CatalogPaths {
  credentials?: string | URL;
  questions?: string | URL;
}

/** Runs the loaders and the conflict checks; never throws for data problems. */
export async function checkData(paths: CheckPaths = {}): Promise<CheckReport> {
  try {
    const catalog = await loadCatalog(paths);
    const issues = [...findAliasConflicts(catalog.skills), ...findTitleConflicts(catalog.roles)];
    const aliases = catalog.skills.skills.reduce((sum, skill) => sum + skill.aliases.length, 0);
    const summary = [
      `${catalog.skills.file}: ${catalog.skills.skills.length} skills, ${aliases} aliases`,
      `${catalog.roles.file}: ${catalog.roles.roles.length} roles, ${catalog.roles.degreeRequired.length} degree-required entries`,
    ];
    try {
      const questions = await loadQuestions(catalog.roles, paths.questions);
      summary.push(`${questions.file}: ${questions.questions.length} interview questions`);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      issues.push(...error.issues);
      summary.push(`could not load ${displayPath(paths.questions ?? DEFAULT_QUESTIONS_PATH)}`);
    }
    try {
      const credentials = await loadCredentials(catalog.skills, catalog.roles, paths.credentials);
      const lines = credentials.credentials.reduce((sum, credential) => sum + credential.costs.length, 0);
      summary.push(`${credentials.file}: ${credentials.credentials.length} credentials, ${lines} cost lines`);
      issues.push(...findRoleCredentialMismatches(credentials, catalog.roles, catalog.skills), ...findMissingHours(credentials), ...findUnsaidHours(credentials), ...findNotCarriedMismatches(credentials, catalog.roles));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      issues.push(...error.issues);
      summary.push(`could not load ${displayPath(paths.credentials ?? DEFAULT_CREDENTIALS_PATH)}`);
    }
    return { ok: issues.length === 0, issues, summary };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const files = [displayPath(paths.skills ?? DEFAULT_SKILLS_PATH), displayPath(paths.roles ?? DEFAULT_ROLES_PATH)];
    return { ok: false, issues: [...error.issues], summary: [`could not load ${files.join(' and ')}`] };
  }
}
