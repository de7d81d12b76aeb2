import { DataError, displayPath, entryLabel, readJson, zodIssues, type DataIssue } from './data-file.js';
import { skillsFileSchema, type OnetAttribution, type Skill, type SkillsFile } from './skills-schema.js';
import {
  rolesFileSchema,
  type Credential,
  type DegreeRequired,
  type Role,
  type RoleSkill,
  type RolesFile,
  type SourcedNote,
} from './roles-schema.js';

/**
 * Loads data/skills.json and data/roles.json, validates them with zod and checks what zod
 * cannot see: ids are unique, every referenced id exists, every weight follows the method
 * written in roles.json. Any problem throws a DataError whose message names the file, the
 * entry (index and id), the field and what was expected, one line per problem.
 *
 * Aliases claimed by two skills are not an error here; `npm run data:check` reports them
 * (see check.ts).
 */

export { DataError, displayPath, formatIssue, type DataIssue } from './data-file.js';

export const DEFAULT_SKILLS_PATH = new URL('../../data/skills.json', import.meta.url);
export const DEFAULT_ROLES_PATH = new URL('../../data/roles.json', import.meta.url);

export interface SkillCatalog {
  readonly file: string;
  readonly notes: readonly string[];
  readonly attribution: { readonly onet: OnetAttribution };
  readonly skills: readonly Skill[];
  readonly byId: ReadonlyMap<string, Skill>;
  /**
   * Skills whose name or an alias is exactly this term (case-insensitive, spaces collapsed),
   * respecting caseSensitive forms: "Go" finds go, "go" does not; "golang" does. Whole
   * terms only: finding skills inside free text is the extractor's job.
   */
  findSkills(term: string): Skill[];
}

export interface RoleCatalog {
  readonly file: string;
  readonly notes: readonly string[];
  readonly method: readonly string[];
  readonly attribution: RolesFile['attribution'];
  readonly credentials: readonly Credential[];
  readonly roles: readonly Role[];
  readonly byId: ReadonlyMap<string, Role>;
  readonly degreeRequired: readonly DegreeRequired[];
  readonly degreeRequiredNotes: readonly SourcedNote[];
}

export interface Catalog {
  readonly skills: SkillCatalog;
  readonly roles: RoleCatalog;
  /** Lines the app must show wherever it uses this data (O*NET's CC BY 4.0 attribution first). */
  readonly attribution: readonly string[];
}

/** Normal form for comparing names, aliases and titles: lower case, spaces collapsed. */
export const normalizeTerm = (term: string): string => term.trim().toLowerCase().replace(/\s+/g, ' ');

// ---------------------------------------------------------------- skills

function checkSkills(data: SkillsFile, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const firstIndex = new Map<string, number>();
  data.skills.forEach((skill, i) => {
    const at = firstIndex.get(skill.id);
    if (at === undefined) firstIndex.set(skill.id, i);
    else issues.push({ file, entry: entryLabel('skills', i, skill.id), field: 'id', problem: `"${skill.id}" is already used by skills[${at}]` });
  });
  if (issues.length > 0) return issues;

  data.skills.forEach((skill, i) => {
    const entry = entryLabel('skills', i, skill.id);
    const forms = [skill.name, ...skill.aliases];
    const seen = new Map<string, string>([[normalizeTerm(skill.name), 'name']]);
    skill.aliases.forEach((alias, k) => {
      const key = normalizeTerm(alias);
      const earlier = seen.get(key);
      if (earlier === 'name') issues.push({ file, entry, field: `aliases[${k}]`, problem: `"${alias}" repeats the skill's name (the name is always a match form)` });
      else if (earlier) issues.push({ file, entry, field: `aliases[${k}]`, problem: `"${alias}" repeats ${earlier} (aliases compare case-insensitively)` });
      else seen.set(key, `aliases[${k}]`);
    });
    (skill.broader ?? []).forEach((id, k) => {
      if (id === skill.id) issues.push({ file, entry, field: `broader[${k}]`, problem: `"${id}" is this skill itself` });
      else if (!firstIndex.has(id)) issues.push({ file, entry, field: `broader[${k}]`, problem: `"${id}" is not a skill id in ${file}` });
    });
    for (const list of ['caseSensitive', 'needsContext'] as const) {
      (skill[list] ?? []).forEach((form, k) => {
        if (!forms.includes(form)) issues.push({ file, entry, field: `${list}[${k}]`, problem: `"${form}" is not this skill's name or one of its aliases (exactly as written there)` });
      });
    }
    (skill.avoid ?? []).forEach((phrase, k) => {
      const lower = phrase.toLowerCase();
      if (!forms.some((form) => lower.includes(form.toLowerCase()))) {
        issues.push({ file, entry, field: `avoid[${k}]`, problem: `"${phrase}" contains none of this skill's forms, so it can never apply` });
      }
    });
  });

  if (issues.length === 0) issues.push(...broaderCycles(data, file));
  return issues;
}

function broaderCycles(data: SkillsFile, file: string): DataIssue[] {
  const broader = new Map(data.skills.map((skill) => [skill.id, skill.broader ?? []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: DataIssue[] = [];
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const index = data.skills.findIndex((skill) => skill.id === id);
      issues.push({ file, entry: entryLabel('skills', index, id), field: 'broader', problem: `forms a cycle: ${cycle.join(' -> ')}` });
      return;
    }
    state.set(id, 'visiting');
    for (const next of broader.get(id) ?? []) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const skill of data.skills) visit(skill.id, []);
  return issues;
}

function buildSkillCatalog(data: SkillsFile, file: string): SkillCatalog {
  const byId = new Map(data.skills.map((skill) => [skill.id, skill]));
  const index = new Map<string, { skill: Skill; form: string; exactCase: boolean }[]>();
  for (const skill of data.skills) {
    for (const form of [skill.name, ...skill.aliases]) {
      const key = normalizeTerm(form);
      const list = index.get(key) ?? [];
      list.push({ skill, form, exactCase: (skill.caseSensitive ?? []).includes(form) });
      index.set(key, list);
    }
  }
  const findSkills = (term: string): Skill[] => {
    const wanted = term.trim().replace(/\s+/g, ' ');
    const hits = (index.get(normalizeTerm(term)) ?? []).filter((hit) => !hit.exactCase || hit.form === wanted);
    return [...new Set(hits.map((hit) => hit.skill))];
  };
  return { file, notes: data.notes, attribution: data.attribution, skills: data.skills, byId, findSkills };
}

/** Validates already-parsed JSON as a skills file. `file` is only used in messages. */
export function parseSkills(raw: unknown, file = 'data/skills.json'): SkillCatalog {
  const parsed = skillsFileSchema.safeParse(raw);
  if (!parsed.success) throw new DataError(zodIssues(parsed.error, raw, file, ['skills']));
  const issues = checkSkills(parsed.data, file);
  if (issues.length > 0) throw new DataError(issues);
  return buildSkillCatalog(parsed.data, file);
}

export async function loadSkills(file: string | URL = DEFAULT_SKILLS_PATH): Promise<SkillCatalog> {
  const label = displayPath(file);
  return parseSkills(await readJson(file, label), label);
}

// ---------------------------------------------------------------- roles

/** Office-suite tools get 0.5 instead of 0.7 on O*NET evidence alone (see roles.json method). */
export function isOfficeSuite(skill: Skill): boolean {
  return skill.id === 'microsoft-office' || (skill.broader ?? []).includes('microsoft-office');
}

/** The weight the method in roles.json gives a role skill, from its evidence. */
export function expectedWeight(entry: Pick<RoleSkill, 'onet' | 'credentials'> & Partial<Pick<RoleSkill, 'core'>>, skill: Skill): number {
  // A core competency (what entry-level hiring turns on, with its source) outweighs any tool.
  if (entry.core) return 1;
  const credentials = entry.credentials.length;
  if (entry.onet && credentials >= 1) return 0.9;
  if (entry.onet) return isOfficeSuite(skill) ? 0.5 : 0.7;
  if (credentials >= 2) return 0.7;
  if (credentials === 1) return 0.5;
  return 0.3;
}

function checkRoles(data: RolesFile, file: string, skills: SkillCatalog): DataIssue[] {
  const issues: DataIssue[] = [];
  const roleIndex = new Map<string, number>();
  data.roles.forEach((role, i) => {
    const at = roleIndex.get(role.id);
    if (at === undefined) roleIndex.set(role.id, i);
    else issues.push({ file, entry: entryLabel('roles', i, role.id), field: 'id', problem: `"${role.id}" is already used by roles[${at}]` });
  });
  // Everything below looks roles up by id: with duplicates it would only add noise.
  if (issues.length > 0) return issues;

  const credentialByRow = new Map<number, Credential>();
  data.credentials.forEach((credential, i) => {
    const entry = `credentials[${i}] (row ${credential.row})`;
    if (credentialByRow.has(credential.row)) issues.push({ file, entry, field: 'row', problem: `${credential.row} is listed twice` });
    credentialByRow.set(credential.row, credential);
    credential.targets.forEach((target, k) => {
      if (!roleIndex.has(target)) issues.push({ file, entry, field: `targets[${k}]`, problem: `"${target}" is not a role id in ${file}` });
    });
  });

  data.roles.forEach((role, i) => {
    const entry = entryLabel('roles', i, role.id);
    const socCodes = new Set(role.soc.map((soc) => soc.code));
    role.onetSkillLists.forEach((code, k) => {
      if (!socCodes.has(code)) issues.push({ file, entry, field: `onetSkillLists[${k}]`, problem: `"${code}" is not one of this role's soc codes` });
    });
    const listed = new Map<string, number>();
    role.skills.forEach((roleSkill, k) => {
      const field = `skills[${k}]`;
      const skill = skills.byId.get(roleSkill.skill);
      if (!skill) {
        issues.push({ file, entry, field: `${field}.skill`, problem: `"${roleSkill.skill}" is not a skill id in ${skills.file}` });
        return;
      }
      const at = listed.get(roleSkill.skill);
      if (at !== undefined) issues.push({ file, entry, field: `${field}.skill`, problem: `"${roleSkill.skill}" is already listed at skills[${at}]` });
      listed.set(roleSkill.skill, k);
      if (roleSkill.onet && role.onetSkillLists.length === 0) {
        issues.push({ file, entry, field: `${field}.onet`, problem: 'is true, but onetSkillLists is empty: name the O*NET occupation whose list this comes from' });
      }
      roleSkill.credentials.forEach((row, c) => {
        const credential = credentialByRow.get(row);
        if (!credential) issues.push({ file, entry, field: `${field}.credentials[${c}]`, problem: `${row} is not a row in the credentials list of ${file}` });
        else if (!credential.targets.includes(role.id)) {
          issues.push({ file, entry, field: `${field}.credentials[${c}]`, problem: `credential #${row} (${credential.name}) does not target this role` });
        }
      });
      const expected = expectedWeight(roleSkill, skill);
      if (roleSkill.weight !== expected) {
        const evidence = `onet: ${roleSkill.onet}, ${roleSkill.credentials.length} credential${roleSkill.credentials.length === 1 ? '' : 's'}`;
        issues.push({ file, entry, field: `${field}.weight`, problem: `is ${roleSkill.weight}, expected ${expected} by the method in ${file} (${evidence})` });
      }
    });
  });

  const titleIndex = new Map<string, string>(data.roles.map((role, i) => [role.id, `roles[${i}]`]));
  data.degreeRequired.forEach((item, i) => {
    const entry = entryLabel('degreeRequired', i, item.id);
    const clash = titleIndex.get(item.id);
    if (clash) issues.push({ file, entry, field: 'id', problem: `"${item.id}" is already used by ${clash}` });
    titleIndex.set(item.id, `degreeRequired[${i}]`);
    item.adjacent.forEach((adjacent, k) => {
      if (!roleIndex.has(adjacent.role)) issues.push({ file, entry, field: `adjacent[${k}].role`, problem: `"${adjacent.role}" is not a role id in ${file}` });
    });
  });
  return issues;
}

/** Validates already-parsed JSON as a roles file against a loaded skill catalog. */
export function parseRoles(raw: unknown, skills: SkillCatalog, file = 'data/roles.json'): RoleCatalog {
  const parsed = rolesFileSchema.safeParse(raw);
  if (!parsed.success) throw new DataError(zodIssues(parsed.error, raw, file, ['roles', 'degreeRequired', 'credentials']));
  const issues = checkRoles(parsed.data, file, skills);
  if (issues.length > 0) throw new DataError(issues);
  const data = parsed.data;
  return {
    file,
    notes: data.notes,
    method: data.method,
    attribution: data.attribution,
    credentials: data.credentials,
    roles: data.roles,
    byId: new Map(data.roles.map((role) => [role.id, role])),
    degreeRequired: data.degreeRequired,
    degreeRequiredNotes: data.degreeRequiredNotes,
  };
}

export async function loadRoles(skills: SkillCatalog, file: string | URL = DEFAULT_ROLES_PATH): Promise<RoleCatalog> {
  const label = displayPath(file);
  return parseRoles(await readJson(file, label), skills, label);
}

export interface CatalogPaths {
  skills?: string | URL;
  roles?: string | URL;
}

export async function loadCatalog(paths: CatalogPaths = {}): Promise<Catalog> {
  const skills = await loadSkills(paths.skills);
  const roles = await loadRoles(skills, paths.roles);
  const { onet, bls } = roles.attribution;
  return { skills, roles, attribution: [`${onet.text} License: ${onet.licenseUrl}`, bls.text] };
}
