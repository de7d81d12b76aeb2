import { describe, expect, it } from 'vitest';
import type { EntryPay } from '../src/data/roles-schema.js';
import { entryAgainstNow, entryPaySentence, payCutSentence, roi, rolePay } from '../src/credentials/roi.js';
import { role } from './support/credential-fixtures.js';

export const entry = (p10: number, p25: number, median: number, proxy = false): EntryPay => ({
  kind: 'percentiles',
  occupation: { soc: '15-1212', title: 'Information Security Analysts' },
  proxy,
  says: 'information security analysts',
  p10Usd: p10,
  p25Usd: p25,
  medianUsd: median,
  asOf: 'May 2024 OEWS',
  confidence: 'S',
  source: 'test',
});
const analyst = (pay: EntryPay | undefined) => role('analyst', undefined, { name: 'Security analyst', ...(pay ? { entryPay: pay } : {}) });

describe('rolePay', () => {
  it('takes the 25th percentile as a typical start and the 10th as the low end, never the median', () => {
    expect(rolePay(analyst(entry(69_660, 92_160, 124_910)))).toMatchObject({ known: true, cents: 9_216_000, lowCents: 6_966_000, medianCents: 12_491_000, asOf: 'May 2024' });
  });

  it('has no figure for a role without one, and says so instead of inventing one', () => {
    expect(rolePay(analyst(undefined))).toMatchObject({ known: false });
    expect(rolePay(analyst({ kind: 'none', says: 'No government figure exists for this role.' }))).toEqual({ known: false, roleName: 'Security analyst', says: 'No government figure exists for this role.' });
  });
});

describe('roi', () => {
  const pay = rolePay(analyst(entry(69_660, 92_160, 124_910)));

  it('says the entry pay, the rise and the payback in words, rounded to $1,000', () => {
    const result = roi(24_500, pay, 66_000);
    expect(result.payChangeCents).toBe(2_616_000);
    expect(result.paybackMonths).toBeCloseTo(245 / (26_160 / 12));
    expect(result.sentence).toBe(
      'An entry-level security analyst earns about $92,000 a year, and $70,000 at the low end: the 25th and 10th percentiles for information security analysts (BLS, May 2024). ' +
        'That is about $26,000 a year more than you earn now; it costs $245, so it pays back within your first month in the new job.',
    );
    expect(roi(600_000, pay, 66_000).sentence).toMatch(/it costs \$6,000, so it pays back in about 3 months of the new job\.$/);
    expect(roi(600_000, pay, 66_000).short).toBe('It pays back in about 3 months of the new job.');
  });

  it('does not assume a current pay or a price', () => {
    expect(roi(24_500, pay, undefined)).toMatchObject({ known: false, paybackMonths: null });
    expect(roi(24_500, pay, undefined).sentence).toMatch(/Tell me what you earn now/);
    expect(roi(null, pay, 66_000).sentence).toMatch(/price is unknown, so I cannot say how soon it pays back\.$/);
    expect(roi(100, rolePay(analyst(undefined)), 50_000)).toMatchObject({ known: false, targetPayCents: null });
  });

  it('never calls a pension, a benefit or no pay a salary: the entry pay is said on its own, with the cost against it', () => {
    const pension = roi(26_400, pay, 24_000, 'pension');
    expect(pension).toMatchObject({ known: true, targetPayCents: 9_216_000, payChangeCents: null, paybackMonths: null });
    expect(pension.sentence).toBe(
      'An entry-level security analyst earns about $92,000 a year, and $70,000 at the low end: the 25th and 10th percentiles for information security analysts (BLS, May 2024). ' +
        "What you live on now is a pension, not pay from work, so I don't count the difference as a raise: a job's pay would come on top of your pension or change it, depending on its rules, so check them before you plan on both. " +
        'Earning it costs $264, less than a week of that pay before tax.',
    );
    expect(roi(26_400, pay, undefined, 'benefits').sentence).toMatch(/is a benefit, not pay from work, and benefits usually stop or shrink when you start a job/);
    // $0 from work, said as a number or in words, is no pay: nothing is "more than you earn now".
    for (const none of [roi(26_400, pay, 0), roi(26_400, pay, undefined, 'none')]) expect(none.sentence).toMatch(/You have no pay from work right now, so there is no raise to work out: the job's own pay is the gain\./);
    // The cost against the entry pay: $92,160 a year is $1,772 a week.
    expect(roi(500_000, pay, 0, 'none').sentence).toMatch(/Earning it costs \$5,000, about 3 weeks of that pay before tax\.$/);
    expect(roi(null, pay, 0, 'pension').sentence).toMatch(/Its price is unknown, so I cannot put it against that pay\.$/);
    expect(roi(0, pay, 0, 'pension').sentence).toMatch(/Earning it costs nothing\.$/);
    for (const kind of ['pension', 'benefits', 'none'] as const) expect(roi(26_400, pay, 30_000, kind).sentence).not.toMatch(/than you earn now|pays back/);
  });

  it('says a fall in pay gently, with what it means, and never a bare ratio', () => {
    const cut = roi(10_000, pay, 110_000);
    expect(cut).toMatchObject({ known: true, paybackMonths: null });
    expect(cut.sentence).toMatch(/That is about \$18,000 a year less than you earn now, so the move would likely mean a pay cut at first\./);
    expect(cut.sentence).toMatch(/the middle of the whole field, experienced staff included, earns about \$125,000/);
    expect(roi(0, pay, 66_000)).toMatchObject({ paybackMonths: 0 });
    expect(roi(0, pay, 66_000).sentence).toMatch(/it costs nothing, so there is nothing to pay back\.$/);
    for (const r of [cut, roi(0, pay, 66_000), roi(24_500, pay, 66_000)]) expect(r.sentence).not.toMatch(/\d\.\d\d(?!\d)|return =|ratio/);
  });

  it('says plainly that entry pay within a few per cent of current pay is the same pay, with no payback', () => {
    // $92,160 at the typical start against $90,000 now: 2% more is no raise to pay anything back.
    const level = roi(24_500, pay, 90_000);
    expect(level).toMatchObject({ known: true, paybackMonths: null });
    expect(level.sentence).toContain('That is about what you earn now, so the switch is about the same pay at entry: no raise pays the credential back at first');
    expect(level.sentence).not.toMatch(/pays back (?:in|within)|more than you earn now/);
    expect(level.short).toBe('About the same pay as now at entry, so no payback in pay. A first offer at the low end would be less than you earn now.');
    // 4% less is the same pay too, not a pay cut.
    expect(roi(24_500, pay, 96_000).sentence).toContain('about the same pay at entry');
  });

  it('says the low end too when the typical start is the same pay and a first offer at the low end would be a cut', () => {
    // Sven: about $88,000 now; $92,000 at the typical start, $70,000 at the low end.
    const sven = roi(null, pay, 88_000);
    expect(sven.sentence).toContain('That is about what you earn now, so the switch is about the same pay at entry');
    expect(sven.sentence).toContain('A first offer at the low end, though, would be about $18,000 less than you earn now: aim for the typical entry pay when you negotiate, and plan your savings in case the first offer is lower.');
    expect(sven.sentence).not.toContain('no raise to pay anything back');
    expect(sven.short).toBe('About the same pay as now at entry, so no payback in pay. A first offer at the low end would be less than you earn now.');
    expect(roi(24_500, pay, 95_000).sentence).toContain('about $25,000 less than you earn now');
    // A low end within a few per cent of current pay is no cut: nothing more is said.
    const near = rolePay(analyst(entry(70_500, 72_000, 124_910)));
    expect(roi(24_500, near, 71_000).sentence).not.toContain('low end, though');
    expect(roi(24_500, near, 71_000).short).toBe('About the same pay as now at entry, so no payback in pay.');
  });

  it('says a first offer at the low end brings no raise when the low end is about current pay or below', () => {
    // Linda: $83,000 typical start, $64,000 low end, $64,000 now.
    const da = rolePay(role('da', undefined, { name: 'Data analyst', entryPay: entry(63_650, 82_630, 112_590, true) }));
    const linda = roi(98_700, da, 64_000);
    expect(linda.sentence).toContain('That is about $19,000 a year more than you earn now; it costs $987, so it pays back within your first month in the new job.');
    expect(linda.sentence).toContain('A first offer at the low end, though, would be about what you earn now, with no raise to pay anything back: aim for the typical entry pay when you negotiate.');
    expect(roi(98_700, da, 70_000).sentence).toContain('A first offer at the low end, though, would be about $6,000 less than you earn now');
    // A low end well above current pay needs no such word.
    expect(roi(24_500, pay, 50_000).sentence).not.toContain('low end, though');
  });

  it('names a proxy occupation in its words', () => {
    const proxy = rolePay(role('da', undefined, { name: 'Data analyst', entryPay: { ...entry(63_650, 82_630, 112_590, true), says: 'data scientists, the BLS group that counts business intelligence analysts' } }));
    expect(entryPaySentence(proxy)).toBe(
      'An entry-level data analyst earns about $83,000 a year, and $64,000 at the low end: the 25th and 10th percentiles for data scientists, the BLS group that counts business intelligence analysts (BLS, May 2024).',
    );
  });
});

describe('payCutSentence: "will I have to take a pay cut?"', () => {
  const pay = rolePay(analyst(entry(69_660, 92_160, 124_910)));

  it('answers first, then gives the pick\'s own figures: a cut said gently', () => {
    const cut = payCutSentence(pay, 135_000);
    expect(cut).toBe(`Likely, at first. ${roi(null, pay, 135_000).sentence}`);
    expect(cut).toContain('That is about $43,000 a year less than you earn now, so the move would likely mean a pay cut at first.');
  });

  it('says no cut at the typical start for a rise, with the low end when a first offer there would be one, and never a price or payback', () => {
    const rise = payCutSentence(pay, 75_000);
    expect(rise).toMatch(/^Not at the typical start\. An entry-level security analyst earns about \$92,000 a year/);
    expect(rise).toContain('That is about $17,000 a year more than you earn now.');
    expect(rise).toContain('A first offer at the low end, though, would be about $5,000 less than you earn now');
    expect(rise).not.toMatch(/price|pays back|costs/);
    expect(payCutSentence(pay, 50_000)).not.toContain('low end, though');
  });

  it('says about the same pay, a pension not being pay, and asks for pay it was not given', () => {
    // About the same at the typical start, a cut at the low end: "not a cut" would be half true.
    expect(payCutSentence(pay, 91_000)).toMatch(/^Not at the typical start\. .*about what you earn now.*A first offer at the low end, though, would be about \$21,000 less/);
    expect(payCutSentence(rolePay(analyst(entry(70_500, 72_000, 124_910))), 71_000)).toMatch(/^Not a cut, but no raise either at first\. .*about what you earn now/);
    expect(payCutSentence(pay, 24_000, 'pension')).toMatch(/What you live on now is a pension, not pay from work/);
    expect(payCutSentence(pay, undefined)).toMatch(/Tell me what you earn now and I can say whether the move would mean a pay cut\.$/);
    expect(payCutSentence(rolePay(analyst(undefined)), 50_000)).not.toMatch(/\$\d/);
  });
});

describe('entryAgainstNow (no credential to pay back)', () => {
  const pay = rolePay(analyst(entry(69_660, 92_160, 124_910)));
  it('says the raise against what they earn now, with the entry pay and its source, and no payback', () => {
    const text = entryAgainstNow(pay, 45_000);
    expect(text).toContain('An entry-level security analyst earns about $92,000 a year');
    expect(text).toContain('(BLS, May 2024)');
    expect(text).toContain('That is about $47,000 a year more than you earn now.');
    expect(text).not.toMatch(/pays back|price/);
  });
  it('says a cut as the pick does, a pension as not pay, and only the entry pay when current pay is unknown', () => {
    expect(entryAgainstNow(pay, 130_000)).toContain('a year less than you earn now');
    expect(entryAgainstNow(pay, 30_000, 'pension')).toContain('is a pension, not pay from work');
    expect(entryAgainstNow(pay, undefined)).toBe(entryPaySentence(pay));
    expect(entryAgainstNow(rolePay(analyst(undefined)), 45_000)).toBe('');
  });
});
