import { beforeAll, describe, expect, it } from 'vitest';
import { loadCredentials, type CredentialCatalog } from '../src/data/load-credentials.js';
import { CHECK_BEFORE_PAYING, PRICE_UNKNOWN, priceText, trueCost, UNVERIFIED_FIGURE, paidOnce, whenPaid } from '../src/credentials/true-cost.js';
import { realCatalog } from './support/catalog.js';
import { credential, line } from './support/credential-fixtures.js';

const at10 = { hoursPerWeek: 10, horizonMonths: 36 };
const hours = (min: number, max: number | null) => ({ min, max, stated: 'x', source: 'test', confidence: 'S' as const });

describe('trueCost: subscriptions', () => {
  it('charges a monthly subscription for the whole months of study at the learner pace', () => {
    // 200 h at 10 h a week = 20 weeks = 4.6 months, billed as 5.
    const c = credential('sub', { costs: [line('subscription', 49)], hours: hours(200, 200) });
    const cost = trueCost(c, at10);
    expect(cost.expectedCents).toBe(5 * 4900);
    expect(cost.items[0]?.times).toBe(5);
    expect(cost.items[0]?.text).toBe('subscription $49 a month, 5 times: $245');
  });

  it('bills fewer months at more hours a week, and 13 weeks as exactly 3 months', () => {
    const c = credential('sub', { costs: [line('subscription', 49)], hours: hours(130, 130) });
    expect(trueCost(c, at10).expectedCents).toBe(3 * 4900);
    expect(trueCost(c, { hoursPerWeek: 5, horizonMonths: 36 }).expectedCents).toBe(6 * 4900);
  });

  it('cannot total a subscription without hours: unknown, never $0', () => {
    const cost = trueCost(credential('sub', { costs: [line('subscription', 49)], hours: null }), at10);
    expect(cost.expectedCents).toBeNull();
    expect(cost.flags).toContain(PRICE_UNKNOWN);
    expect(cost.unknownReason).toMatch(/I have no study hours to count the months/);
  });
});

describe('trueCost: retakes and optional lines', () => {
  it('leaves optional lines out of the expected total and offers a with-one-retake figure', () => {
    const c = credential('exam', { costs: [line('exam', 200), line('retake', 150, { optional: true }), line('reschedule', 25, { optional: true })] });
    const cost = trueCost(c, at10);
    expect(cost.expectedCents).toBe(20_000);
    expect(cost.withOneRetakeCents).toBe(35_000);
    expect(cost.optional.map((i) => i.line.type)).toEqual(['retake', 'reschedule']);
  });

  it('gives no retake figure when the catalog has no retake line (it is not guessed)', () => {
    expect(trueCost(credential('exam'), at10).withOneRetakeCents).toBeNull();
  });

  it('adds lines of one type without conditions (two exams for one certification)', () => {
    expect(trueCost(credential('two', { costs: [line('exam', 253), line('exam', 253)] }), at10).expectedCents).toBe(50_600);
  });
});

describe('trueCost: renewals within the horizon', () => {
  it('counts a yearly fee once per full year held, due strictly inside the horizon', () => {
    // 40 h at 10 h/wk: earned after 4 weeks (0.92 months); fees due at 12.9 and 24.9 months, the third after 36.
    const c = credential('ce', { costs: [line('exam', 100), line('renewal', 50, { per: 'year', periodYears: 3 })] });
    const cost = trueCost(c, at10);
    expect(cost.items[1]?.times).toBe(2);
    expect(cost.expectedCents).toBe(10_000 + 2 * 5000);
    expect(cost.toEarnCents).toBe(10_000);
  });

  it('counts a cycle fee once per full cycle held, so a 3-year cycle falls after a 36-month horizon', () => {
    const c = credential('cyc', { costs: [line('exam', 100), line('renewal', 125, { per: 'cycle', periodYears: 3 })] });
    expect(trueCost(c, at10).expectedCents).toBe(10_000);
    expect(trueCost(c, { hoursPerWeek: 10, horizonMonths: 60 }).expectedCents).toBe(22_500);
    const twoYear = credential('csm', { costs: [line('exam', 100), line('renewal', 100, { per: 'cycle', periodYears: 2 })] });
    expect(trueCost(twoYear, at10).items[1]?.times).toBe(1);
  });

  it('counts renewals from today when the time to finish is unknown (an upper bound)', () => {
    const c = credential('ce', { hours: null, costs: [line('exam', 100), line('renewal', 50, { per: 'year', periodYears: 1 })] });
    // Due at 12 and 24 months; 36 is the end of the horizon, not inside it.
    expect(trueCost(c, at10).expectedCents).toBe(10_000 + 2 * 5000);
  });
});

describe('trueCost: alternatives and unknown prices', () => {
  const pmi = credential('pm', {
    hours: null,
    costs: [
      line('exam', 405, { condition: 'members' }),
      line('exam', 555, { condition: 'non-members' }),
      line('membership', 129, { per: 'year', optional: true }),
    ],
  });

  it('takes the cheapest option, counting the membership a member price needs, and lists the other', () => {
    const cost = trueCost(pmi, at10);
    expect(cost.condition).toBe('members');
    expect(cost.expectedCents).toBe(40_500 + 12_900);
    expect(cost.alternatives).toEqual([{ condition: 'non-members', expectedCents: 55_500, text: 'non-members: $555 over 36 months' }]);
  });

  it('prefers the option that joins nothing when the membership makes it dearer', () => {
    const dear = credential('pm', { costs: pmi.costs.map((l) => (l.condition === 'members' ? { ...l, amountUsd: 500 } : l)) });
    expect(trueCost(dear, at10).condition).toBe('non-members');
  });

  it('treats costsMissing as unknown, never as $0', () => {
    const cost = trueCost(credential('coursera', { costs: [], costsMissing: 'no monthly price', unknowns: ['Monthly price.', 'Hours of work.'] }), at10);
    expect(cost.expectedCents).toBeNull();
    expect(cost.flags).toEqual([PRICE_UNKNOWN]);
    expect(cost.notInData).toEqual(['Monthly price.']);
  });

  it('treats a credential with only a renewal fee as unknown: the price of earning it is missing', () => {
    const cost = trueCost(credential('csm', { costs: [line('renewal', 100, { per: 'cycle', periodYears: 2, verifiedOnProviderPage: true, confidence: 'V' })] }), at10);
    expect(cost.expectedCents).toBeNull();
    expect(cost.unknownReason).toMatch(/only for keeping it/);
  });

  it('says to check the provider page for unverified lines, and flags U figures', () => {
    expect(trueCost(credential('v', { costs: [line('exam', 200, { confidence: 'V', verifiedOnProviderPage: true })] }), at10).flags).toEqual([]);
    expect(trueCost(credential('u', { costs: [line('exam', 125, { confidence: 'U' })] }), at10).flags).toEqual([UNVERIFIED_FIGURE]);
    expect(trueCost(credential('s', { costs: [line('exam', 125)] }), at10).flags).toEqual([CHECK_BEFORE_PAYING]);
  });

  it('words prices by period', () => {
    expect(priceText(line('renewal', 50, { per: 'year', periodYears: 3 }))).toBe('$50 a year (3-year cycle)');
    expect(priceText(line('renewal', 60, { per: 'cycle', periodYears: 3 }))).toBe('$60 every 3 years');
    expect(priceText(line('exam', 253, { approximate: true }))).toBe('~$253 per attempt');
  });
});

describe('trueCost on the real catalog', () => {
  let credentials: CredentialCatalog;
  beforeAll(async () => {
    const catalog = await realCatalog();
    credentials = await loadCredentials(catalog.skills, catalog.roles);
  });
  const cost = (id: string) => {
    const c = credentials.byId.get(id);
    if (!c) throw new Error(`no ${id}`);
    return trueCost(c, at10);
  };

  it("prices Google Data Analytics from its hours: Google's 180–260 h at 10 h/wk is 22 weeks, 6 months at $49", () => {
    expect(cost('google-data-analytics').expectedCents).toBe(29_400);
  });

  it('takes the ISC2 pledge (free exam) and counts the yearly maintenance fee', () => {
    const isc2 = cost('isc2-cc');
    expect(isc2.condition).toMatch(/pledge/);
    expect(isc2.toEarnCents).toBe(0);
    expect(isc2.expectedCents).toBe(10_000);
    expect(isc2.alternatives[0]?.condition).toBe('without the pledge');
  });

  it('adds both CompTIA A+ exams and no CE fee: the $25-a-year fee is owed per 3-year cycle, which ends after 3 years', () => {
    expect(cost('comptia-a-plus').expectedCents).toBe(2 * 25_300);
  });

  it("counts the A+ CE fee once per cycle ended inside a longer horizon: three years' fees together, not each year", () => {
    const aPlus = credentials.byId.get('comptia-a-plus');
    if (!aPlus) throw new Error('no comptia-a-plus');
    const five = trueCost(aPlus, { ...at10, horizonMonths: 60 });
    const seven = trueCost(aPlus, { ...at10, horizonMonths: 84 });
    expect(five.expectedCents).toBe(2 * 25_300 + 3 * 2500);
    expect(seven.expectedCents).toBe(2 * 25_300 + 6 * 2500);
  });

  it('keeps every Coursera program without a price unknown, and the CSM course too', () => {
    for (const id of ['ibm-data-science', 'ibm-ai-engineering', 'google-cybersecurity', 'udacity-data-analyst', 'scrum-alliance-csm']) {
      expect(cost(id).expectedCents, id).toBeNull();
    }
  });

  it('prices the Google certificates the reference gives $49 a month for, as months enrolled at that price', () => {
    // credential-facts-2.md: $49 a month for IT Support (2018) and for the certificates at the 2020 launch, Project Management among them.
    for (const id of ['google-it-support', 'google-project-management', 'google-data-analytics']) {
      const found = cost(id);
      expect(found.expectedCents, id).not.toBeNull();
      expect((found.expectedCents ?? 0) % 4900, id).toBe(0);
    }
  });
});

describe('whenPaid: when each part of the total falls', () => {
  let real: CredentialCatalog;
  beforeAll(async () => {
    const catalog = await realCatalog();
    real = await loadCredentials(catalog.skills, catalog.roles);
  });
  const of = (id: string, hoursPerWeek = 10) => {
    const c = real.byId.get(id);
    if (!c) throw new Error(id);
    return whenPaid(trueCost(c, { hoursPerWeek, horizonMonths: 36 }));
  };

  it('says an exam is paid once and a renewal owed after the 3 years counted falls after them', () => {
    expect(of('comptia-security-plus')).toBe('You pay $404 for the exam, once; then $150 to renew when its 3-year cycle ends, after the 3 years I count.');
    expect(of('comptia-a-plus')).toBe('You pay $506 for its 2 exams, once each; then $75 to renew when its 3-year cycle ends, after the 3 years I count.');
    // Beside a caution that already says the renewal, only what is paid to earn it.
    const a = real.byId.get('comptia-a-plus');
    if (!a) throw new Error('comptia-a-plus');
    expect(whenPaid(trueCost(a, at10), { renewals: false })).toBe('You pay $506 for its 2 exams, once each.');
    expect(paidOnce(trueCost(a, at10))).toBe(true);
  });

  it('says a subscription as a month while you study, with the months counted', () => {
    const c = credential('sub', { costs: [line('subscription', 49)], hours: hours(200, 200) });
    expect(whenPaid(trueCost(c, at10))).toBe('You pay $49 a month while you study: 5 months, $245.');
    expect(paidOnce(trueCost(c, at10))).toBe(false);
  });

  it('says a renewal inside the 3 years as when it falls, and nothing for a free or unknown total', () => {
    const c = credential('cyc', { costs: [line('exam', 125), line('renewal', 100, { per: 'cycle', periodYears: 2 })], hours: hours(40, 40) });
    expect(whenPaid(trueCost(c, at10))).toBe('You pay $125 for the exam, once; then $100 to renew every 2 years after you pass.');
    expect(whenPaid(trueCost(credential('free', { costs: [line('exam', 0)] }), at10))).toBeUndefined();
    expect(whenPaid(trueCost(credential('sub', { costs: [line('subscription', 49)], hours: null }), at10))).toBeUndefined();
  });
});
