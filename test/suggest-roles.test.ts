import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import { listOf, suggestRoles } from '../src/roles/suggest-roles.js';
import { realCatalog } from './support/catalog.js';

let catalog: Catalog;
const name = (id: string) => catalog.skills.byId.get(id)?.name ?? id;
beforeAll(async () => {
  catalog = await realCatalog();
});

describe('suggesting roles to someone who is not sure', () => {
  it('suggests up to three roles, each with a reason taken from what the user said', () => {
    const suggestions = suggestRoles(catalog.roles, 'I like helping people with technology and fixing things', [], name);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions[0]?.role.id).toBe('it-support');
    expect(suggestions[0]?.reasons[0]).toMatch(/^it suits someone who .*help/);
  });

  it('counts skills the user already has towards roles that ask for them', () => {
    const suggestions = suggestRoles(catalog.roles, 'numbers', ['excel', 'sql', 'tableau'], name);
    expect(suggestions[0]?.role.id).toBe('data-analyst');
    expect(suggestions[0]?.reasons.join(' ')).toMatch(/you already have .*SQL/);
  });

  it('counts words shared with all of a role\'s phrases: "numbers and explaining things" is a data analyst first', () => {
    const [first, ...others] = suggestRoles(catalog.roles, 'I like numbers and explaining things', [], name);
    expect(first?.role.id).toBe('data-analyst');
    expect(first?.reasons[0]).toBe('it suits someone who likes puzzles with numbers, and enjoys explaining findings to people who decide');
    expect(others.every((s) => s.score <= (first?.score ?? 0))).toBe(true);
    // Business analysis shares both words too (coach panel P12: data analyst, business analyst).
    expect(others.map((s) => s.role.id)).toContain('business-analyst');
  });

  it('ignores words that say nothing about a role ("something")', () => {
    expect(suggestRoles(catalog.roles, 'something with data', [], name).map((s) => s.role.id)).not.toContain('cloud-engineer');
  });

  it('suggests nothing rather than guess when nothing matches', () => {
    expect(suggestRoles(catalog.roles, 'zzz qqq', [], name)).toEqual([]);
    expect(suggestRoles(catalog.roles, '', [], name)).toEqual([]);
  });
});

describe('listOf', () => {
  it('joins like a sentence', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['SQL'])).toBe('SQL');
    expect(listOf(['SQL', 'Excel', 'Tableau'])).toBe('SQL, Excel and Tableau');
  });
});
