import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import type { Role } from '../src/data/roles-schema.js';
import { relationWhy, roleRelation } from '../src/roles/role-relation.js';
import { RoleMatcher } from '../src/roles/match-role.js';
import { realCatalog } from './support/catalog.js';

let catalog: Catalog;
let matcher: RoleMatcher;
beforeAll(async () => {
  catalog = await realCatalog();
  matcher = new RoleMatcher(catalog.roles);
});
const role = (id: string) => catalog.roles.byId.get(id) as Role;
const relation = (current: string, target: string) => roleRelation(matcher, catalog.roles.roles, role(target), current);

describe('how the target relates to the job now', () => {
  it.each([
    ['Senior data analyst', 'data-analyst', 'step-down'],
    ['data analyst', 'data-analyst', 'same'],
    ['Lead BI analyst', 'data-analyst', 'step-down'],
    ['Project manager', 'it-project-coordinator', 'step-down'],
    ['senior project manager', 'project-manager', 'step-down'],
    ['project manager', 'project-manager', 'same'],
    ['IT project manager', 'project-manager', 'same'],
    ['technical project manager', 'project-manager', 'same'],
    ['software project manager', 'project-manager', 'same'],
    ['freelance project manager', 'project-manager', 'same'],
    ['Project Manager (contract)', 'project-manager', 'same'],
    ['assistant project manager', 'project-manager', 'same'],
    ['healthcare data analyst', 'data-analyst', 'same'],
    ['marketing data analyst', 'data-analyst', 'same'],
    ['systems administrator', 'it-support', 'step-down'],
    ['help desk technician', 'network-administrator', 'other'],
    ['ICU nurse', 'ml-engineer', 'other'],
    ['accountant', 'data-analyst', 'other'],
    ['data analyst', 'data-scientist', 'other'],
    ['', 'data-analyst', 'other'],
  ])('%j aiming at %s: %s', (current, target, expected) => {
    expect(relation(current, target)).toEqual({ relation: expected });
  });
});

describe('the same title in another field is a move within the role family, not the same job', () => {
  it.each([
    ['construction project manager', 'project-manager', 'construction'],
    ['Construction Project Manager', 'project-manager', 'construction'],
    ['construction project manager, 25 yrs', 'project-manager', 'construction'],
    ['project manager at a construction firm', 'project-manager', 'construction'],
    ['senior construction project manager', 'project-manager', 'construction'],
    ['event project manager', 'project-manager', 'event'],
    ['hospital business analyst', 'business-analyst', 'hospital'],
    // A title that usually leads to the target, in another field, is no step down either.
    ['construction project manager', 'it-project-coordinator', 'construction'],
  ])('%j aiming at %s: other, in %s', (current, target, field) => {
    expect(relation(current, target)).toEqual({ relation: 'other', field });
  });

  it('keeps the field beside a credential only the job earns', () => {
    expect(relationWhy(matcher, catalog.roles, role('project-manager'), 'construction project manager', ['pmi-pmp'])).toMatchObject({ relation: 'same', provenBy: 'PMP', field: 'construction' });
  });
});

describe('a credential only the job earns counts as the job', () => {
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
});
