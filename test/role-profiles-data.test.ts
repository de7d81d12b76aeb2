import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import { realCatalog } from './support/catalog.js';

/**
 * data/roles.json as role profiles a coach would sign (issue #16 point 4): enough roles, the ones
 * career changers ask about, each with its core competencies first and a source beside every weight.
 */

/** The fewest core competencies a role profile may have. */
const MIN_CORE = 4;

let catalog: Catalog;
beforeAll(async () => {
  catalog = await realCatalog();
});

describe('role profiles', () => {
  it('cover at least 25 roles, including the ones the issue names', () => {
    const ids = catalog.roles.roles.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(ids).toEqual(
      expect.arrayContaining([
        'product-manager', 'network-administrator', 'soc-analyst', 'salesforce-administrator', 'technical-writer', 'qa-engineer',
        'devops-engineer', 'data-engineer', 'ml-engineer', 'health-informatics', 'grc-analyst', 'it-project-coordinator',
      ]),
    );
  });

  it(`give every role at least ${MIN_CORE} core competencies, listed first, each with a source, weighing more than any tool`, () => {
    for (const role of catalog.roles.roles) {
      const core = role.skills.filter((s) => s.core);
      expect(core.length, role.id).toBeGreaterThanOrEqual(MIN_CORE);
      expect(role.skills.slice(0, core.length).every((s) => s.core), `${role.id}: core competencies first`).toBe(true);
      for (const s of core) {
        expect(s.core?.source.length, `${role.id} -> ${s.skill}`).toBeGreaterThan(20);
        expect(s.weight).toBe(1);
      }
      for (const s of role.skills.filter((x) => !x.core)) expect(s.weight, `${role.id} -> ${s.skill}`).toBeLessThan(1);
      // At least one core competency is a technical one: it is what the gap report can name as a gap.
      const technical = core.filter((s) => !['soft', 'domain'].includes(catalog.skills.byId.get(s.skill)?.category ?? ''));
      expect(technical.length, role.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('give every weight a source: a core source, an O*NET list, a credential row, or the team\'s judgement said as such', () => {
    for (const role of catalog.roles.roles) {
      for (const s of role.skills) {
        const sourced = Boolean(s.core) || s.onet || s.credentials.length > 0 || /^team's judgement/.test(s.source ?? '');
        expect(sourced, `${role.id} -> ${s.skill}`).toBe(true);
      }
    }
  });

  it('name the issue\'s entry-level profiles: ML engineer, IT support and cloud engineer', () => {
    const core = (id: string) => catalog.roles.byId.get(id)?.skills.filter((s) => s.core).map((s) => s.skill);
    expect(core('ml-engineer')).toEqual(['machine-learning', 'statistics', 'python', 'sql']);
    expect(core('it-support')).toEqual(['troubleshooting', 'operating-systems', 'networking', 'technical-support', 'customer-service']);
    expect(core('cloud-engineer')).toEqual(['cloud-computing', 'linux', 'networking', 'bash', 'infrastructure-as-code']);
    expect(catalog.roles.byId.get('cloud-engineer')?.skills.find((s) => s.skill === 'bash')?.alternatives).toEqual(['python', 'powershell']);
  });

  it('keep related titles and next steps pointing at real roles, each related title with a reason', () => {
    const ids = new Set(catalog.roles.roles.map((r) => r.id));
    for (const role of catalog.roles.roles) {
      for (const step of role.stepsUpTo ?? []) expect(ids.has(step), `${role.id} -> ${step}`).toBe(true);
      for (const related of role.relatedTitles ?? []) {
        expect(related.reason.length, `${role.id}: ${related.title}`).toBeGreaterThan(30);
        // A related title is another job: it never is one of the role's own titles.
        expect(role.aliases.map((a) => a.toLowerCase())).not.toContain(related.title.toLowerCase());
      }
      for (const s of role.skills) for (const alt of s.alternatives ?? []) expect(catalog.skills.byId.has(alt), `${role.id} -> ${alt}`).toBe(true);
    }
  });

  it('give every new role pay from the reference or say plainly that there is none', () => {
    for (const id of ['network-administrator', 'technical-writer', 'qa-engineer', 'sales-engineer', 'database-administrator']) {
      const pay = catalog.roles.byId.get(id)?.entryPay;
      expect(pay?.kind, id).toBe('percentiles');
      if (pay?.kind === 'percentiles') expect(pay.source).toContain('entry-pay.md');
    }
    expect(catalog.roles.byId.get('product-manager')?.entryPay).toMatchObject({ kind: 'none' });
  });
});
