import { beforeAll, describe, expect, it } from 'vitest';
import { distinctPassages, verdictLine } from '../flows/gap-report-replies.js';
import type { Catalog } from '../src/data/load-data.js';
import type { Role } from '../src/data/roles-schema.js';
import { buildGapReport } from '../src/gaps/gap-report.js';
import { realCatalog } from './support/catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await realCatalog();
});
const pmWork = [
  { skill: 'project-management', evidence: 'construction project manager 25 yrs' },
  { skill: 'budgeting', evidence: 'budgets up to 30 million' },
  { skill: 'risk-management', evidence: 'risk and change orders' },
];
const report = (relation: 'same' | 'other', extra: { provenBy?: string; proves?: string[] } = {}) =>
  buildGapReport({ role: catalog.roles.byId.get('project-manager') as Role, have: pmWork, postings: [], skills: catalog.skills, relation, ...extra });

describe('the verdict for the same job in another field', () => {
  it('says what carries over and that the tech side is new, never "the job you already do"', () => {
    const said = verdictLine(report('other'), 'construction project manager', 'construction');
    expect(said).not.toContain('the job you already do (');
    expect(said).toMatch(/^This is your job \(\*construction project manager\*\) in a new field, not the job you already do: your [^.]*Project management[^.]* carry over from construction, and what you still need for it in tech is /);
  });

  it('names the tech side beside a credential only the job earns', () => {
    const said = verdictLine(report('same', { provenBy: 'PMP', proves: ['project-management', 'risk-management', 'budgeting'] }), 'construction project manager', 'construction');
    expect(said).toMatch(/^Your PMP and your years as \*construction project manager\* cover [^;]+ here; the role is the same but the field is new, so what it adds is the tech side: /);
  });

  it('still tells someone doing the job in the tech field that it is their job', () => {
    expect(verdictLine(report('same'), 'IT project manager')).toContain('This is the job you already do (*IT project manager*)');
  });
});

describe('distinctPassages', () => {
  it('quotes overlapping excerpts of one sentence once, and keeps different passages', () => {
    const one = '…Requirements: 3+ years in IT or security, basic understanding of networking (TCP/IP, DNS) and Windows event logs…';
    const same = '…in IT or security, basic understanding of networking (TCP/IP, DNS) and Windows event logs, able to work…';
    const other = '2+ years in a SOC or help desk role';
    expect(distinctPassages([one, same, other])).toEqual([one, other]);
    expect(distinctPassages(['3+ years in finance', '3+ years in finance'])).toEqual(['3+ years in finance']);
    expect(distinctPassages(['3+ years in finance', '2 years in healthcare'])).toEqual(['3+ years in finance', '2 years in healthcare']);
  });
});
