import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { scoreCredential } from '../src/credentials/score-credential.js';
import { why, whyInDetail } from '../src/credentials/why.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';

const gaps = [{ skill: 'sql', share: 0.9 }, { skill: 'python', share: 0.5 }];
const sk = skills({ sql: {}, python: {} });
const scored = (c: ReturnType<typeof credential>, budgetUsd?: number) =>
  scoreCredential(c, { index: buildCredentialIndex([c], sk), role: role(), gaps, situation: { hoursPerWeek: 10, today: TODAY, budgetUsd, currentPayUsd: 80_000 } });
const explain = (c: ReturnType<typeof credential>, budgetUsd?: number) => why(scored(c, budgetUsd), { index: buildCredentialIndex([c], sk), role: { id: 'analyst', name: 'Analyst' } }, 10);

describe('why', () => {
  it('answers in three sentences: what it covers of the top gaps, cost and time at their hours, who stands behind it', () => {
    const lines = explain(credential('c', { name: 'Cert', skills: ['sql'], costs: [line('exam', 200), line('retake', 100, { optional: true })] }), 300);
    expect(lines).toEqual([
      'Of your top gaps, SQL and PYTHON, it covers SQL.',
      'It costs $200 in all, within your budget, and it takes about 4 weeks at your 10 hours a week (40 hours, a planning estimate).',
      'Vendor stands behind it, and it is aimed at analyst jobs.',
    ]);
    expect(lines.join(' ')).not.toMatch(/score|×|0\.\d\d/);
  });

  it('says the total as the pick list does, with the months of a subscription while studying, and no renewal', () => {
    const sub = credential('s', { name: 'Sub', skills: ['sql'], costs: [line('subscription', 49)], hours: { min: 120, max: 120, stated: '120 h', source: 'test', confidence: 'S' } });
    const [, cost] = explain(sub, 300);
    expect(cost).toBe('It costs $147 in all (you pay $49 a month while you study, for 3 months), within your budget, and it takes about 12 weeks at your 10 hours a week (120 hours, a planning estimate).');
    expect(cost).not.toMatch(/over \d+ years|renewal/);
  });

  it('says an unknown price once, never as fitting a budget', () => {
    const lines = explain(credential('u', { skills: ['sql'], costs: [], costsMissing: 'no monthly price [S]' }), 300);
    expect(lines[1]).toBe('I have no price for it, so check the provider; it takes about 4 weeks at your 10 hours a week (40 hours, a planning estimate).');
    expect(lines.join(' ')).not.toMatch(/\[S\]|within/);
  });

  it('keeps the formula for "why in detail"', () => {
    const lines = whyInDetail(scored(credential('c', { name: 'Cert', skills: ['sql'], costs: [line('exam', 200)] }), 300));
    expect(lines[0]).toMatch(/^How the rank was worked out: 0\.45 × coverage 0\.64 \+ .* = \d\.\d\d\.$/);
    expect(lines).toContain('Cost over 3 years: $200.');
    // Each cost line with where it was seen and when.
    expect(lines).toContain('- exam $200 per attempt, from public sources, as of 2026, not confirmed by Provider');
  });
});
