import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { scoreCredential } from '../src/credentials/score-credential.js';
import { why } from '../src/credentials/why.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';

const gaps = [{ skill: 'sql', share: 0.9 }, { skill: 'python', share: 0.5 }];
const explain = (c: ReturnType<typeof credential>, budgetUsd?: number) =>
  why(scoreCredential(c, { index: buildCredentialIndex([c], skills({ sql: {}, python: {} })), role: role(), gaps, situation: { hoursPerWeek: 10, today: TODAY, budgetUsd, currentPayUsd: 80_000 } }));

describe('why', () => {
  it('lists every factor with its value and weight, the sum, the cost lines, time and ROI', () => {
    const lines = explain(credential('c', { name: 'Cert', skills: ['sql'], costs: [line('exam', 200), line('retake', 100, { optional: true })] }), 300);
    expect(lines[0]).toMatch(/^Cert: score 0\.45 × coverage 0\.64 \+ 0\.25 × credibility \d\.\d\d \+ 0\.15 × cost fit 0\.67 \+ 0\.15 × time fit 0\.87 = \d\.\d\d$/);
    expect(lines).toContain('- Coverage 0.64 × 0.45: covers SQL: 64% of your demand-weighted gaps, 64% of the demand of your top 5');
    expect(lines.filter((l) => l.startsWith('  - Assessment rigor'))).toHaveLength(1);
    expect(lines).toContain('Cost over 36 months: $200; $300 with one retake.');
    expect(lines).toContain("  - not counted (optional): retake: $100 per attempt (check the provider's page before paying)");
    expect(lines).toContain('Time: 4 weeks (40 h at 10 h a week).');
    expect(lines).toContain('Fits your budget.');
    expect(lines.find((l) => l.startsWith('ROI:'))).toMatch(/payback = \$200 ÷ \(\$20,000 ÷ 12\)/);
  });

  it('says an unknown price is never counted as fitting and carries the flag', () => {
    const lines = explain(credential('u', { skills: ['sql'], costs: [], costsMissing: 'no monthly price' }), 300);
    expect(lines).toContain('Cost over 36 months: unknown (no monthly price).');
    expect(lines).toContain('Not counted as fitting your budget: the price is unknown.');
    expect(lines).toContain("Note: price unknown: check the provider's page.");
  });
});
