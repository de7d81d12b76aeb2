import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import type { Role } from '../src/data/roles-schema.js';
import { closestRoles } from '../src/roles/closest-roles.js';
import { relationWhy, roleRelation } from '../src/roles/role-relation.js';
import { RoleMatcher } from '../src/roles/match-role.js';
import { realCatalog } from './support/catalog.js';

let catalog: Catalog;
let matcher: RoleMatcher;
beforeAll(async () => {
  catalog = await realCatalog();
  matcher = new RoleMatcher(catalog.roles);
});
const ids = (typed: string) => closestRoles(catalog.roles, typed).map((c) => c.role.id);

describe('the closest roles to a title the catalog does not know', () => {
  it.each([
    ['pm', ['project-manager', 'product-manager']],
    ['it pm', ['project-manager', 'product-manager']],
    ['tpm', ['project-manager', 'product-manager']],
    ['se', ['software-developer', 'sales-engineer']],
  ])('%j, a short form with two readings, offers both roles, saying what it is short for', (typed, expected) => {
    expect(ids(typed)).toEqual(expected);
    for (const c of closestRoles(catalog.roles, typed)) expect(c.reason).toMatch(new RegExp(`^"${typed}" is often short for [a-z ]+; it suits someone who `));
  });

  it('puts the role named by a short form first: "sf" is Salesforce administrator before a Salesforce developer alias', () => {
    expect(ids('sf')[0]).toBe('salesforce-administrator');
  });

  it.each([
    ['product owner', ['product-manager', 'business-analyst', 'project-manager']],
    ['growth hacker', ['data-analyst', 'digital-marketer']],
    ['Solutions Engineer', ['cloud-engineer', 'sales-engineer']],
    ['I want to be a solutions architect', ['cloud-engineer', 'sales-engineer']],
    ['instructional designer', ['technical-writer', 'ux-designer']],
    ['learning designer', ['technical-writer']],
    ['learning experience designer', ['technical-writer', 'ux-designer']],
    ['corporate trainer', ['technical-writer']],
    ['data steward', ['data-analyst']],
  ])('%j -> %j, from the titles each role lists as close, each with its reason', (typed, expected) => {
    expect(ids(typed).sort()).toEqual([...expected].sort());
    for (const c of closestRoles(catalog.roles, typed)) expect(c.reason).toMatch(/^[a-z].{20,}[^.]$/);
  });

  it('falls back to the titles sharing the most words, said as the nearest title with who the role suits', () => {
    const [first] = closestRoles(catalog.roles, 'blockchain developer');
    expect(first?.role.id).toBe('software-developer');
    expect(closestRoles(catalog.roles, 'quantum network wizard').map((c) => c.role.id)).toContain('network-administrator');
    const [near] = closestRoles(catalog.roles, 'kubernetes platform wizard');
    expect(near?.reason).toMatch(/^the nearest title I know; it suits someone who /);
  });

  it('ranks a role sharing what the work is above one sharing only the kind of worker', () => {
    expect(ids('sales manager')[0]).not.toBe('project-manager');
    expect(ids('sales manager')).toContain('sales-engineer');
  });

  it('offers nothing when no word is close: the caller asks what the person enjoys instead', () => {
    expect(closestRoles(catalog.roles, 'astronaut')).toEqual([]);
    expect(closestRoles(catalog.roles, '')).toEqual([]);
    expect(closestRoles(catalog.roles, 'junior senior specialist')).toEqual([]);
  });
});

describe('how the target relates to the job now', () => {
  const role = (id: string) => catalog.roles.byId.get(id) as Role;
  it.each([
    ['Senior data analyst', 'data-analyst', 'step-down'],
    ['data analyst', 'data-analyst', 'same'],
    ['Lead BI analyst', 'data-analyst', 'step-down'],
    ['Project manager', 'it-project-coordinator', 'step-down'],
    ['senior project manager', 'project-manager', 'step-down'],
    ['project manager', 'project-manager', 'same'],
    ['systems administrator', 'it-support', 'step-down'],
    ['help desk technician', 'network-administrator', 'other'],
    ['ICU nurse', 'ml-engineer', 'other'],
    ['accountant', 'data-analyst', 'other'],
    ['data analyst', 'data-scientist', 'other'],
    ['', 'data-analyst', 'other'],
  ])('%j aiming at %s: %s', (current, target, expected) => {
    expect(roleRelation(matcher, role(target), current)).toBe(expected);
  });
});

describe('a credential only the job earns counts as the job', () => {
  const role = (id: string) => catalog.roles.byId.get(id) as Role;
  it('the PMP (36 to 60 months leading projects) makes IT project coordination a step down and project management the same job', () => {
    expect(relationWhy(matcher, catalog.roles, role('it-project-coordinator'), 'operations manager', ['pmi-pmp'])).toMatchObject({ relation: 'step-down', provenBy: 'PMP' });
    expect(relationWhy(matcher, catalog.roles, role('project-manager'), 'operations manager', ['pmi-pmp'])).toMatchObject({ relation: 'same', provenBy: 'PMP' });
  });

  it('the PMP proves the project-management core only, not the Agile delivery or tools a tech team adds', () => {
    const { proves = [] } = relationWhy(matcher, catalog.roles, role('project-manager'), 'operations manager', ['pmi-pmp']);
    for (const skill of ['project-management', 'risk-management', 'stakeholder-management', 'budgeting']) expect(proves).toContain(skill);
    for (const skill of ['agile', 'scrum', 'jira', 'sdlc']) expect(proves).not.toContain(skill);
  });

  it('a credential anyone can start with proves nothing, and the job title decides first', () => {
    expect(relationWhy(matcher, catalog.roles, role('it-project-coordinator'), 'operations manager', ['google-project-management'])).toEqual({ relation: 'other' });
    expect(relationWhy(matcher, catalog.roles, role('data-analyst'), 'operations manager', ['pmi-pmp'])).toEqual({ relation: 'other' });
    expect(relationWhy(matcher, catalog.roles, role('project-manager'), 'senior project manager', ['pmi-pmp'])).toEqual({ relation: 'step-down' });
  });

  it('answers the whole field ("it", "computers") with the roles people usually start it in', () => {
    for (const typed of ['it', 'IT', 'information technology', 'computers']) {
      expect(new Set(ids(typed))).toEqual(new Set(['it-support', 'network-administrator', 'cybersecurity-analyst']));
    }
    // "it" as a word inside a title is not the field.
    expect(ids('blockchain developer')).not.toContain('it-support');
  });
});
