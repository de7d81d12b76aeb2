import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { rankCredentials } from '../src/credentials/score-credential.js';
import { sideBySide, tuitionDegree } from '../src/credentials/side-by-side.js';
import type { Situation } from '../src/credentials/situation.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';
import { entry } from './roi.test.js';

const target = role('analyst', undefined, { entryPay: entry(60_000, 100_000, 120_000) });
const catalog = [
  credential('course', { name: 'Course', kind: 'professional-certificate', skills: ['sql', 'python'], costs: [line('subscription', 49)], hours: { min: 100, max: 100, kind: 'provider', basis: 'the provider says 100 hours', says: "the provider's own figure", stated: 'x', source: 'test', asOf: '2026', confidence: 'S' } }),
  credential('cert', { name: 'Cert', skills: ['sql'], costs: [line('exam', 150)], hours: null }),
];
const gaps = [{ skill: 'sql', share: 0.9 }, { skill: 'python', share: 0.9 }];
const situation: Situation = { hoursPerWeek: 10, today: TODAY, currentPayUsd: 70_000 };
const ranked = rankCredentials(catalog, { index: buildCredentialIndex(catalog, skills({ sql: {}, python: {} })), role: target, gaps, situation });

describe('side by side', () => {
  it('compares the top pick, the best other certification and a degree, in words', () => {
    const [top, cert, degree] = sideBySide(ranked, target, situation);
    expect(top).toMatchObject({ kind: 'top-pick', name: 'Course', costCents: 3 * 4900, weeks: 10, costText: '$147 over 3 years' });
    expect(top?.timeText).toBe("about 10 weeks at 10 hours a week (100 hours, the provider's own figure)");
    // The low end, $60,000, is below the $70,000 earned now: said beside the payback.
    expect(top?.roiText).toBe('It pays back within your first month in the new job. A first offer at the low end would bring no raise.');
    expect(cert).toMatchObject({ kind: 'certification', name: 'Cert', costCents: 15_000, weeks: null, timeText: 'time unknown' });
    expect(degree?.kind).toBe('degree');
  });

  it('says a degree without inputs has no sourced price and computes nothing', () => {
    const degree = sideBySide(ranked, target, situation)[2];
    expect(degree).toMatchObject({ costCents: null, weeks: null, roi: null });
    expect(degree?.costText).toMatch(/^I have no sourced price for a degree/);
  });

  it('uses the degree cost and length the learner gives', () => {
    const degree = sideBySide(ranked, target, situation, { label: 'BSc Data Science', costUsd: 30_000, months: 48, source: 'the university page' })[2];
    expect(degree).toMatchObject({ name: 'BSc Data Science', costCents: 3_000_000, weeks: 208, costText: '$30,000, from the university page' });
    expect(degree?.roi?.paybackMonths).toBeCloseTo(30_000 / (30_000 / 12));
    expect(degree?.roiText).toBe('It pays back in about 12 months of the new job. A first offer at the low end would bring no raise. Pay lost while studying is not counted.');
  });

  it("compares a degree at published tuition when the person gives none, with the edition, and the other sectors' totals", () => {
    const tuition = {
      edition: 'College Board, Trends in College Pricing 2024',
      academicYear: '2024–25',
      years: 4,
      sectors: [
        { id: 'in-state', says: 'a public four-year college in your state', annualUsd: 11_610 },
        { id: 'private', says: 'a private nonprofit four-year college', annualUsd: 43_350 },
      ],
      source: 'test',
      asOf: '2024-11',
      confidence: 'S' as const,
    };
    const degree = sideBySide(ranked, target, situation, tuitionDegree(tuition))[2];
    expect(degree).toMatchObject({ name: 'a degree at a public four-year college in your state', costCents: 4_644_000, weeks: 208, timeText: '4 years of full-time study' });
    expect(degree?.costText).toBe(
      '$46,440, from College Board, Trends in College Pricing 2024: average published tuition and fees for 2024–25, $11,610 a year for 4 years; $173,400 at a private nonprofit four-year college',
    );
    expect(degree?.roiText).toBe('It pays back in about 19 months of the new job. A first offer at the low end would bring no raise. Pay lost while studying is not counted.');
    // Someone who said "BSc chemistry" is priced no first degree: the column says why, in their words.
    const held = sideBySide(ranked, target, situation, tuitionDegree(tuition), { level: 'bachelor', said: 'BSc chemistry' })[2];
    expect(held).toMatchObject({ name: null, costCents: null, weeks: null, roi: null });
    expect(held?.costText).toBe('You already hold a degree (you told me "BSc chemistry"), so I leave out a four-year degree; a graduate certificate would be the fair comparison, and I have no sourced price for one');
  });

  it('says when there is no certification to compare', () => {
    const [, cert] = sideBySide(ranked.filter((p) => p.credential.id === 'course'), target, situation);
    expect(cert).toMatchObject({ name: null, costText: 'no industry certification in my catalog covers your gaps' });
  });
});
