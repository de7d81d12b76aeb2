import { describe, expect, it } from 'vitest';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { rankCredentials, SCORE_WEIGHTS, scoreCredential, type ScoringContext } from '../src/credentials/score-credential.js';
import type { Gap, Situation } from '../src/credentials/situation.js';
import { credential, line, role, seeded, skills, TODAY } from './support/credential-fixtures.js';

const SKILLS = ['sql', 'python', 'tableau', 'excel', 'aws', 'azure', 'stats', 'git'];
const skillCatalog = skills(Object.fromEntries(SKILLS.map((id) => [id, {}])));
const hours = (h: number) => ({ min: h, max: h, stated: 'x', source: 'test', confidence: 'S' as const });

function context(credentials: readonly CatalogCredential[], gaps: readonly Gap[], situation: Partial<Situation> = {}): ScoringContext {
  return { index: buildCredentialIndex(credentials, skillCatalog), role: role(), gaps, situation: { hoursPerWeek: 10, today: TODAY, ...situation } };
}

function randomCredential(random: () => number, id: string): CatalogCredential {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const skillsTaught = SKILLS.filter(() => random() < 0.35);
  const price = random() < 0.2 ? { costs: [], costsMissing: 'no price' } : { costs: [line(pick(['exam', 'subscription', 'one-off'] as const), Math.round(random() * 400))] };
  return credential(id, {
    skills: skillsTaught.length > 0 ? skillsTaught : ['sql'],
    ...price,
    hours: random() < 0.3 ? null : hours(5 + Math.round(random() * 200)),
    assessment: [pick(['proctored-exam', 'quizzes', 'capstone', 'online-exam'] as const)],
    partner: random() < 0.3 ? null : 'Vendor',
    freeAudit: pick([true, false, null]),
    financialAid: pick([true, false, null]),
  });
}

function randomGaps(random: () => number): Gap[] {
  return SKILLS.filter(() => random() < 0.7).map((skill) => ({ skill, share: Math.round(random() * 9 + 1) / 10 }));
}

describe('score weights', () => {
  it('sum to 1 and put coverage first', () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(Math.max(...Object.values(SCORE_WEIGHTS))).toBe(SCORE_WEIGHTS.coverage);
  });
});

describe('scoring properties (randomized, fixed seed)', () => {
  it('more coverage never lowers a score, everything else equal', () => {
    const random = seeded(7);
    for (let run = 0; run < 300; run += 1) {
      const gaps = randomGaps(random);
      const base = randomCredential(random, 'base');
      const missing = gaps.find((g) => !base.skills.includes(g.skill));
      if (!missing) continue;
      const more = { ...base, id: 'more', skills: [...base.skills, missing.skill] };
      const budgetUsd = random() < 0.5 ? undefined : Math.round(random() * 500);
      const ctx = context([base, more], gaps, { budgetUsd, deadlineWeeks: random() < 0.5 ? undefined : 10 });
      expect(scoreCredential(more, ctx).score).toBeGreaterThanOrEqual(scoreCredential(base, ctx).score);
    }
  });

  it('never counts an over-budget or unknown-price credential as fitting the budget', () => {
    const random = seeded(11);
    for (let run = 0; run < 100; run += 1) {
      const credentials = Array.from({ length: 8 }, (_, i) => randomCredential(random, `c${i}`));
      const budgetUsd = Math.round(random() * 300);
      const ranked = rankCredentials(credentials, context(credentials, randomGaps(random), { budgetUsd }));
      for (const pick of ranked) {
        const total = pick.cost.expectedCents;
        expect(pick.fitsBudget).toBe(total === null ? null : total <= budgetUsd * 100);
        if (!pick.fitsBudget) expect(pick.budgetTier).toBeGreaterThan(0);
      }
      const tiers = ranked.map((p) => p.budgetTier);
      expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    }
  });
});

describe('factors', () => {
  const gaps = [{ skill: 'sql', share: 1 }];
  const score = (c: CatalogCredential, situation: Partial<Situation>) => scoreCredential(c, context([c], gaps, situation));
  const factor = (c: CatalogCredential, key: string, situation: Partial<Situation> = {}) => score(c, situation).factors.find((f) => f.key === key);
  const sql = (overrides: Partial<CatalogCredential> = {}) => credential('c', { skills: ['sql'], ...overrides });

  it('fits the budget from 1 (free) down to 0.5 (all of it), under 0.5 beyond, 0 when unknown', () => {
    expect(factor(sql({ costs: [line('one-off', 0)] }), 'cost', { budgetUsd: 200 })?.value).toBe(1);
    expect(factor(sql({ costs: [line('exam', 200)] }), 'cost', { budgetUsd: 200 })?.value).toBe(0.5);
    expect(factor(sql({ costs: [line('exam', 400)] }), 'cost', { budgetUsd: 200 })?.value).toBe(0.25);
    expect(factor(sql({ costs: [], costsMissing: 'x' }), 'cost', { budgetUsd: 200 })).toMatchObject({ value: 0, known: false });
    expect(factor(sql({ costs: [line('one-off', 0)] }), 'cost', { budgetUsd: 0 })?.value).toBe(1);
  });

  it('fits the deadline fully within it and by half the ratio beyond; unknown hours are neutral', () => {
    expect(factor(sql({ hours: hours(40) }), 'time', { deadlineWeeks: 4 })?.value).toBe(1);
    expect(factor(sql({ hours: hours(80) }), 'time', { deadlineWeeks: 4 })?.value).toBe(0.25);
    expect(factor(sql({ hours: null }), 'time', { deadlineWeeks: 4 })).toMatchObject({ value: 0.5, known: false });
    expect(score(sql({ hours: null }), { deadlineWeeks: 4 }).fitsDeadline).toBe(false);
    expect(score(sql(), {}).fitsDeadline).toBeNull();
  });

  it('measures coverage against the demand of the top five gaps, capped at 1', () => {
    const many = ['sql', 'python', 'tableau', 'excel', 'aws', 'azure', 'stats', 'git'].map((skill) => ({ skill, share: 0.5 }));
    const c = credential('c', { skills: ['sql', 'python'] });
    const value = scoreCredential(c, context([c], many)).factors[0]?.value;
    expect(value).toBeCloseTo(1 / 2.5);
    const all = credential('all', { skills: SKILLS });
    expect(scoreCredential(all, context([all], many)).factors[0]?.value).toBe(1);
  });

  it('counts a gap covered only in part at half its demand, below one covered in full', () => {
    const os = skills({ networking: { category: 'method' }, firewalls: { category: 'method', broader: ['networking'] }, ad: { category: 'platform', broader: ['iam'] }, iam: { category: 'method' } });
    const network = credential('network', { skills: ['networking'] });
    const azure = credential('azure', { skills: ['networking', 'iam'] });
    const gaps = [{ skill: 'networking', share: 1 }, { skill: 'firewalls', share: 0.5 }, { skill: 'ad', share: 0.5 }];
    const ctx = { ...context([network, azure], gaps), index: buildCredentialIndex([network, azure], os) };
    // Networking in full (1) and firewalls in part (0.25) of 2; AD in part adds 0.25, never the 0.5 a full cover would.
    expect(scoreCredential(network, ctx).factors[0]?.value).toBeCloseTo(1.25 / 2);
    expect(scoreCredential(azure, ctx).factors[0]?.value).toBeCloseTo(1.5 / 2);
  });
});

describe('ranking', () => {
  const gaps = [{ skill: 'sql', share: 0.9 }, { skill: 'python', share: 0.5 }];
  const catalog = [
    credential('paid-best', { skills: ['sql', 'python'], costs: [line('exam', 300)] }),
    credential('free', { skills: ['sql'], costs: [line('one-off', 0)] }),
    credential('audit', { skills: ['python'], costs: [line('subscription', 49)], freeAudit: true }),
    credential('aid-unknown', { skills: ['sql'], costs: [], costsMissing: 'no price', financialAid: true }),
    credential('none', { skills: ['excel'] }),
  ];

  it('puts free, audit and financial-aid options first on a zero budget', () => {
    const ids = rankCredentials(catalog, context(catalog, gaps, { budgetUsd: 0 })).map((p) => p.credential.id);
    expect(ids).toEqual(['free', 'aid-unknown', 'audit', 'paid-best']);
  });

  it('leaves out credentials that cover no gap and ranks by score without a budget', () => {
    const ranked = rankCredentials(catalog, context(catalog, gaps));
    expect(ranked.map((p) => p.credential.id)).not.toContain('none');
    expect(ranked[0]?.credential.id).toBe('paid-best');
    expect(ranked.every((p) => p.fitsBudget === null && p.budgetTier === 0)).toBe(true);
  });

  it('is deterministic and breaks ties by id', () => {
    const twins = [credential('b', { skills: ['sql'] }), credential('a', { skills: ['sql'] })];
    expect(rankCredentials(twins, context(twins, gaps)).map((p) => p.credential.id)).toEqual(['a', 'b']);
    expect(rankCredentials(catalog, context(catalog, gaps, { budgetUsd: 100 }))).toEqual(rankCredentials(catalog, context(catalog, gaps, { budgetUsd: 100 })));
  });

  it('flags an unknown price, never as over or within the budget, and the way in', () => {
    const pick = rankCredentials(catalog, context(catalog, gaps, { budgetUsd: 0 })).find((p) => p.credential.id === 'aid-unknown');
    expect(pick?.flags).toEqual(['price unknown: check the provider']);
    expect(pick?.goodNews).toEqual(['you can apply for financial aid']);
  });
});
