import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { rankCredentials } from '../src/credentials/score-credential.js';
import { NO_SOURCED_FIGURE, sideBySide } from '../src/credentials/side-by-side.js';
import type { Situation } from '../src/credentials/situation.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';

const catalog = [
  credential('course', { name: 'Course', kind: 'professional-certificate', skills: ['sql', 'python'], costs: [line('subscription', 49)], hours: { min: 100, max: 100, stated: 'x', source: 'test', confidence: 'S' } }),
  credential('cert', { name: 'Cert', skills: ['sql'], costs: [line('exam', 150)], hours: null }),
];
const gaps = [{ skill: 'sql', share: 0.9 }, { skill: 'python', share: 0.9 }];
const situation: Situation = { hoursPerWeek: 10, today: TODAY, currentPayUsd: 70_000 };
const ranked = rankCredentials(catalog, { index: buildCredentialIndex(catalog, skills({ sql: {}, python: {} })), role: role(), gaps, situation });

describe('side by side', () => {
  it('compares the top pick, the best other certification and a degree', () => {
    const [top, cert, degree] = sideBySide(ranked, role(), situation);
    expect(top).toMatchObject({ kind: 'top-pick', name: 'Course', costCents: 3 * 4900, weeks: 10 });
    expect(top?.roiText).toMatch(/^pay change = \$100,000 − \$70,000 = \$30,000 a year/);
    expect(cert).toMatchObject({ kind: 'certification', name: 'Cert', costCents: 15_000, weeks: null });
    expect(cert?.timeText).toMatch(/^unknown/);
    expect(degree?.kind).toBe('degree');
  });

  it('says "no sourced figure" for a degree without inputs and computes nothing', () => {
    const degree = sideBySide(ranked, role(), situation)[2];
    expect(degree).toMatchObject({ costCents: null, weeks: null, roi: null });
    expect([degree?.costText, degree?.timeText, degree?.roiText].every((text) => text?.startsWith(NO_SOURCED_FIGURE))).toBe(true);
  });

  it('uses the degree cost and length the learner gives', () => {
    const degree = sideBySide(ranked, role(), situation, { label: 'BSc Data Science', costUsd: 30_000, months: 48, source: 'the university page' })[2];
    expect(degree).toMatchObject({ name: 'BSc Data Science', costCents: 3_000_000, weeks: 208, costText: '$30,000 (the university page)' });
    expect(degree?.roi?.threeYearReturn).toBeCloseTo((3 * 30_000 - 30_000) / 30_000);
  });

  it('says when there is no certification to compare', () => {
    const [, cert] = sideBySide(ranked.filter((p) => p.credential.id === 'course'), role(), situation);
    expect(cert).toMatchObject({ name: null, costText: 'no industry certification in our catalog covers your gaps' });
  });
});
