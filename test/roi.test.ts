import { describe, expect, it } from 'vitest';
import { roi, rolePay } from '../src/credentials/roi.js';
import { proxyPay, role } from './support/credential-fixtures.js';

describe('rolePay', () => {
  it('takes the official median, or the median of proxies flagged as a proxy, or nothing', () => {
    expect(rolePay(role())).toMatchObject({ known: true, cents: 10_000_000, proxy: false });
    expect(rolePay(role('a', proxyPay(112_590, 91_290, 103_300)))).toMatchObject({ known: true, cents: 10_330_000, proxy: true });
    expect(rolePay(role('a', proxyPay(96_800, 130_390)))).toMatchObject({ cents: 11_359_500 });
    expect(rolePay(role('a', { kind: 'none', note: 'no BLS figure', looseProxies: [] }))).toEqual({ known: false, reason: 'no BLS figure' });
  });
});

describe('roi', () => {
  const pay = rolePay(role('a', proxyPay(78_000)));

  it('computes payback and three-year return, with the formula filled in', () => {
    const result = roi(24_500, pay, 66_000);
    expect(result.payChangeCents).toBe(1_200_000);
    expect(result.paybackMonths).toBeCloseTo(245 / (12_000 / 12));
    expect(result.threeYearReturn).toBeCloseTo((36_000 - 245) / 245);
    expect(result.formula).toBe(
      'pay change = $78,000 (proxy) − $66,000 = $12,000 a year; payback = $245 ÷ ($12,000 ÷ 12) = 0.2 months; 3-year return = (3 × $12,000 − $245) ÷ $245 = 145.94',
    );
  });

  it('does not assume a current pay or a price', () => {
    expect(roi(24_500, pay, undefined)).toMatchObject({ known: false, paybackMonths: null });
    expect(roi(24_500, pay, undefined).formula).toMatch(/without your current pay/);
    expect(roi(null, pay, 66_000).formula).toMatch(/price is unknown/);
    expect(roi(100, rolePay(role('a', { kind: 'none', note: 'none', looseProxies: [] })), 50_000).known).toBe(false);
  });

  it('never pays back without a rise, and has no ratio when free', () => {
    expect(roi(10_000, pay, 90_000)).toMatchObject({ known: true, paybackMonths: null });
    expect(roi(10_000, pay, 90_000).threeYearReturn).toBeLessThan(0);
    expect(roi(0, pay, 66_000)).toMatchObject({ paybackMonths: 0, threeYearReturn: null });
  });
});
