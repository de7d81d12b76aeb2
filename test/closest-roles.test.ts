import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import { closestRoles } from '../src/roles/closest-roles.js';
import { realCatalog } from './support/catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await realCatalog();
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

describe('the whole field', () => {
  it('answers the whole field ("it", "computers") with the roles people usually start it in', () => {
    for (const typed of ['it', 'IT', 'information technology', 'computers']) {
      expect(new Set(ids(typed))).toEqual(new Set(['it-support', 'network-administrator', 'cybersecurity-analyst']));
    }
    // "it" as a word inside a title is not the field.
    expect(ids('blockchain developer')).not.toContain('it-support');
  });
});
