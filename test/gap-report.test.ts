import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import type { Role } from '../src/data/roles-schema.js';
import { buildGapReport } from '../src/gaps/gap-report.js';
import { realCatalog } from './support/catalog.js';

let catalog: Catalog;
let analyst: Role;
beforeAll(async () => {
  catalog = await realCatalog();
  analyst = catalog.roles.byId.get('data-analyst') as Role;
});

const report = (have: { skill: string; level?: 'basic' | 'intermediate' | 'advanced' }[], postings: string[][]) =>
  buildGapReport({ role: analyst, have, postings, skills: catalog.skills });

describe('the gap report', () => {
  const postings = [
    ['sql', 'excel', 'tableau', 'communication'],
    ['sql', 'python', 'excel'],
    ['sql', 'power-bi', 'python', 'stakeholder-management'],
    ['sql', 'tableau', 'python'],
  ];

  it('ranks demand by the share of postings that ask for each skill', () => {
    const demand = report([], postings).demand;
    expect(demand[0]).toEqual({ skill: 'sql', name: 'SQL', share: 1 });
    expect(demand.find((d) => d.skill === 'python')?.share).toBe(0.75);
    expect(demand.find((d) => d.skill === 'power-bi')?.share).toBe(0.25);
  });

  it('ranks gaps by demand and absence: a basic level counts as half there', () => {
    const gaps = report([{ skill: 'sql', level: 'basic' }, { skill: 'excel' }, { skill: 'tableau' }], postings).gaps.map((g) => g.skill);
    expect(gaps.slice(0, 2)).toEqual(['python', 'sql']);
    expect(gaps).not.toContain('excel');
    expect(gaps).not.toContain('tableau');
  });

  it('breaks a tie of demand times absence by the higher demand', () => {
    const gaps = report([{ skill: 'sql', level: 'basic' }, { skill: 'python' }], postings).gaps.map((g) => g.skill);
    expect(gaps.slice(0, 3)).toEqual(['sql', 'excel', 'tableau']);
  });

  it('keeps soft and domain skills out of the gaps: they are strengths to show', () => {
    const r = report([{ skill: 'leadership' }, { skill: 'accounting' }], postings);
    expect(r.gaps.map((g) => g.skill)).not.toContain('communication');
    expect(r.strengths).toEqual(expect.arrayContaining(['Leadership', 'Accounting']));
    expect(r.toShow).toEqual(expect.arrayContaining(['Communication', 'Stakeholder management']));
  });

  it('falls back to the role catalog when no posting had a skill in it, and says how many did not count', () => {
    const r = report([], [[], []]);
    expect(r.source).toBe('catalog');
    expect(r.postingsUnrecognised).toBe(2);
    expect(r.demand.find((d) => d.skill === 'sql')?.share).toBe(analyst.skills.find((s) => s.skill === 'sql')?.weight);
  });

  it('leaves no gaps and full coverage when the user has everything asked for', () => {
    const everything = [...new Set(postings.flat())].map((skill) => ({ skill }));
    const r = report(everything, postings);
    expect(r.gaps).toEqual([]);
    expect(r.coverage).toBe(1);
  });

  it('more skills never lower the coverage', () => {
    const few = report([{ skill: 'excel' }], postings).coverage;
    const more = report([{ skill: 'excel' }, { skill: 'python' }], postings).coverage;
    expect(more).toBeGreaterThan(few);
  });
});
