import { describe, expect, it } from 'vitest';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { collectionWarnings, credentialWarnings, postingTermsSaid, postingTermsTone, targetWarnings, type WarningKind } from '../src/credentials/credential-warnings.js';
import { scoreCredential } from '../src/credentials/score-credential.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';

const skillCatalog = skills({
  azure: { category: 'platform', broader: ['cloud'] },
  cloud: { category: 'method' },
  sql: { category: 'language' },
  python: { category: 'language' },
  tableau: { category: 'tool' },
  stats: { category: 'method' },
  seo: { category: 'method' },
});
const gaps = [
  { skill: 'sql', share: 0.9 },
  { skill: 'python', share: 0.9 },
  { skill: 'tableau', share: 0.7 },
  { skill: 'azure', share: 0.5 },
  { skill: 'stats', share: 0.3 },
];
const analyst = role('analyst');

function warnings(c: CatalogCredential, others: CatalogCredential[] = []) {
  const index = buildCredentialIndex([c, ...others], skillCatalog);
  const pick = scoreCredential(c, { index, role: analyst, gaps, situation: { hoursPerWeek: 10, today: TODAY } });
  return credentialWarnings(pick, index, TODAY);
}
const kinds = (c: CatalogCredential) => warnings(c).map((w) => w.kind);
const textOf = (c: CatalogCredential, kind: WarningKind) => warnings(c).find((w) => w.kind === kind)?.text;

describe('credential warnings', () => {
  it('calls a single-tool credential narrow for a full pivot, but not a broad one', () => {
    const fundamentals = credential('az900', { name: 'Azure Fundamentals', skills: ['azure', 'cloud', 'stats'] });
    expect(textOf(fundamentals, 'narrow')).toBe('It is built around one tool, AZURE, and covers 24% of what your gaps ask for: pair it with a broader program for a full switch.');
    expect(kinds(credential('broad', { skills: ['sql', 'python', 'tableau'] }))).not.toContain('narrow');
    expect(kinds(credential('tiny', { skills: ['stats'] }))).toContain('narrow');
  });

  it('warns when there is no hands-on project, or no known assessment', () => {
    expect(kinds(credential('exam', { assessment: ['online-exam'] }))).toContain('no-hands-on');
    expect(textOf(credential('blank', { assessment: [] }), 'no-hands-on')).toMatch(/^I do not know how it is assessed/);
    expect(kinds(credential('lab', { assessment: ['quizzes', 'capstone'] }))).not.toContain('no-hands-on');
  });

  it('warns about a curriculum older than 18 months and a completion rate below 40%', () => {
    const old = credential('old', { lastCurriculumUpdate: { date: '2024-06-20', what: 'N10-009', source: 'test', confidence: 'S' } });
    expect(textOf(old, 'stale-curriculum')).toBe('Its curriculum was last updated 26 months ago: check it still matches current postings.');
    const recent = credential('new', { lastCurriculumUpdate: { date: '2025-12-15', what: 'update', source: 'test', confidence: 'S' } });
    expect(kinds(recent)).not.toContain('stale-curriculum');
    expect(textOf(credential('hard', { completionRate: { percent: 30, source: 'test', asOf: '2026', confidence: 'S' } }), 'low-completion')).toMatch(/^Only 30% of learners finish it/);
  });

  it('lists recurring fees and the expiry with its recertification cost', () => {
    const ce = credential('ce', {
      name: 'Security+',
      costs: [line('exam', 404), line('renewal', 50, { per: 'year', periodYears: 3 })],
      expiry: { expires: true, years: 3, recertification: '50 CEUs per 3 years [S]', renew: 'Renew it every 3 years with 50 continuing-education units and the fee.', source: 'test', confidence: 'S' },
    });
    expect(textOf(ce, 'recurring-fees')).toBe('It has recurring fees: renewal $50 a year (3-year cycle), counted in the total.');
    // CompTIA's CE fee is owed when the cycle ends: said as that sum, and as outside a 3-year total it falls after.
    const cycleEnd = credential('ce-end', { name: 'Network+', costs: [line('exam', 369), line('renewal', 50, { per: 'year', periodYears: 3, dueAtCycleEnd: true })] });
    expect(textOf(cycleEnd, 'recurring-fees')).toBe('It has recurring fees: renewal $150 when each 3-year cycle ends ($50 a year), after the 3 years I count, so it is not in the total.');
    expect(textOf(ce, 'expiry')).toBe('It expires after 3 years. Renew it every 3 years with 50 continuing-education units and the fee.');
    const noCost = credential('aws', { name: 'AWS CP', expiry: { expires: true, years: 3, recertification: 'Recertify within 3 years.', source: 'test', confidence: 'S' } });
    expect(textOf(noCost, 'expiry')).toBe("It expires after 3 years. Check the provider's page for how to renew it.");
    expect(textOf(credential('sub', { costs: [line('subscription', 49)] }), 'recurring-fees')).toMatch(/bills until you cancel/);
    expect(kinds(credential('free', { costs: [line('one-off', 0), line('renewal', 0, { per: 'year', periodYears: 1 })] }))).not.toContain('recurring-fees');
  });

  it('flags unknown provider credibility', () => {
    expect(textOf(credential('udacity', { partner: null }), 'unknown-credibility')).toBe('No industry partner stands behind it: check that job postings name it.');
    expect(kinds(credential('vendor'))).not.toContain('unknown-credibility');
  });
});

describe('target warnings', () => {
  it('flags a degree-typical role and a degree-required job', () => {
    const ml = role('ml', undefined, { degreeNote: { text: "BLS lists a master's degree.", says: "A master's degree is typical.", source: 'test', confidence: 'S' } });
    expect(targetWarnings(ml)).toEqual([
      { kind: 'degree', text: "Many role ml jobs ask for a master's degree: BLS describes that as common practice, not a rule, so credentials and a portfolio can still get you in, but expect some postings to filter on it." },
    ]);
    const support = role('it', undefined, { degreeNote: { text: 'BLS: candidates may qualify with a high-school diploma plus IT certifications.', says: 'A diploma and certifications can be enough.', source: 'test', confidence: 'S' } });
    expect(targetWarnings(support)).toEqual([]);
    expect(targetWarnings(role())).toEqual([]);
    const nurse = { id: 'rn', name: 'Registered nurse', aliases: ['RN'], soc: [], requirement: 'A nursing licence is required.', source: 'test', confidence: 'V' as const, adjacent: [{ role: 'data-analyst', reason: 'x' }] };
    expect(targetWarnings(nurse)[0]?.text).toMatch(/^Registered nurse: A nursing licence is required\. .*data-analyst$/);
  });
});

describe('collection warnings', () => {
  const analystCert = credential('a', { skills: ['sql'] });
  const seoBadge = credential('seo', { name: 'SEO badge', skills: ['seo'], targetRoles: ['marketer'] });
  const psm = credential('psm', { alternatives: ['csm'] });
  const csm = credential('csm');
  const index = buildCredentialIndex([analystCert, seoBadge, psm, csm], skillCatalog);

  it('calls unrelated badges next to others badge collecting', () => {
    expect(collectionWarnings([analystCert, seoBadge], index, analyst, gaps)).toEqual([
      { kind: 'badge-collecting', text: 'SEO badge neither targets Role analyst nor covers any of your gaps: a list of unrelated badges looks unfocused' },
    ]);
    expect(collectionWarnings([seoBadge], index, analyst, gaps)).toEqual([]);
  });

  it('says alternatives are not a stack', () => {
    expect(collectionWarnings([psm, csm], index, analyst, gaps).map((w) => w.kind)).toEqual(['alternatives']);
  });

  it('never calls a held credential badge collecting (Kwabena keeps his Security+ on his resume)', () => {
    expect(collectionWarnings([analystCert, seoBadge], index, analyst, gaps, ['seo'])).toEqual([]);
    expect(collectionWarnings([analystCert, seoBadge], index, analyst, gaps, ['a']).map((w) => w.kind)).toEqual(['badge-collecting']);
  });

  it('does not call unrelated a credential teaching a skill the target role lists, directly or as evidence of it', () => {
    const marketingAnalyst = role('analyst', undefined, { skills: [{ skill: 'seo', weight: 1, onet: false, credentials: [] }] });
    expect(collectionWarnings([analystCert, seoBadge], index, marketingAnalyst, gaps)).toEqual([]);
    // Azure is evidence of cloud work: a role listing cloud values an Azure badge.
    const azureBadge = credential('az', { name: 'Azure badge', skills: ['azure'], targetRoles: ['admin'] });
    const cloudRole = role('analyst', undefined, { skills: [{ skill: 'cloud', weight: 1, onet: false, credentials: [] }] });
    const withAzure = buildCredentialIndex([analystCert, azureBadge], skillCatalog);
    const noAzureGap = gaps.filter((g) => g.skill !== 'azure');
    expect(collectionWarnings([analystCert, azureBadge], withAzure, cloudRole, noAzureGap)).toEqual([]);
    expect(collectionWarnings([analystCert, azureBadge], withAzure, analyst, noAzureGap).map((w) => w.kind)).toEqual(['badge-collecting']);
  });
});

describe('how postings ask for credentials named as alternatives', () => {
  it('says "Security+ or CISA" once, with "either" and "one", and the exam code left out', () => {
    const both = { id: 'x', share: 1, postings: [{ asks: 'preferred' as const }, { asks: 'preferred' as const }] };
    expect(postingTermsSaid(['CompTIA Security+ (SY0-701)', "ISACA's CISA (Certified Information Systems Auditor)"], both)).toBe(
      "Both of your postings prefer CompTIA Security+ or ISACA's CISA: you can apply without either, and having one puts you ahead.",
    );
    const one = { id: 'x', share: 0.5, postings: [{ asks: 'required' as const }] };
    expect(postingTermsSaid(['CompTIA A+'], one)).toBe('One of your postings requires CompTIA A+: without it, an application there can be screened out.');
    expect(postingTermsSaid([], both)).toBeUndefined();
    expect(postingTermsSaid(['CompTIA A+'], { id: 'x', share: 1 })).toBeUndefined();
  });
});

describe('the tone of how the postings ask', () => {
  it('is good news when every posting naming it only prefers it, a caution when one requires it', () => {
    expect(postingTermsTone({ id: 'x', share: 1, postings: [{ asks: 'preferred' }, { asks: 'preferred' }] } as never)).toBe('good-news');
    expect(postingTermsTone({ id: 'x', share: 1, postings: [{ asks: 'preferred' }, { asks: 'required' }] } as never)).toBe('caution');
    expect(postingTermsTone({ id: 'x', share: 1, postings: [{ asks: 'required', withinMonths: 6 }] } as never)).toBe('caution');
    // Not said how: no good news claimed.
    expect(postingTermsTone({ id: 'x', share: 1, postings: [{}] } as never)).toBe('caution');
    expect(postingTermsTone(undefined)).toBe('caution');
  });
});
