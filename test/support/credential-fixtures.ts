import type { CatalogCredential, CostLine } from '../../src/data/credentials-schema.js';
import type { SkillCatalog } from '../../src/data/load-data.js';
import type { Role } from '../../src/data/roles-schema.js';
import type { Skill, SkillCategory } from '../../src/data/skills-schema.js';

/** Small hand-made catalogs for the src/credentials tests: only what a test sets differs from a plain default. */

export const TODAY = new Date('2026-09-01T12:00:00Z');

export function line(type: CostLine['type'], amountUsd: number, extra: Partial<CostLine> = {}): CostLine {
  const per = type === 'exam' || type === 'retake' ? 'attempt' : type === 'subscription' ? 'month' : 'once';
  return { type, amountUsd, per, source: 'test', asOf: '2026', confidence: 'S', verifiedOnProviderPage: false, ...extra };
}

export function credential(id: string, overrides: Partial<CatalogCredential> = {}): CatalogCredential {
  return {
    id,
    name: `Credential ${id}`,
    kind: 'industry-certification',
    provider: 'Provider',
    platform: null,
    partner: 'Vendor',
    status: 'S',
    priceModel: 'test',
    costs: [line('exam', 100)],
    duration: 'weeks',
    hours: { min: 40, max: 40, stated: '40 h', source: 'test', confidence: 'S' },
    assessment: ['proctored-exam'],
    verifiableBadge: null,
    skills: [],
    skillsConfidence: 'S',
    targetRoles: ['analyst'],
    prerequisites: [],
    recommendedExperience: [],
    expiry: { expires: false, years: null, recertification: null, source: 'test', confidence: 'S' },
    freeAudit: null,
    financialAid: null,
    nextSteps: [],
    alternatives: [],
    conflicts: [],
    unknowns: [],
    notes: [],
    sources: ['test'],
    level: 'fundamentals',
    vendor: 'vendor',
    experience: { recommendedMonths: 0, requiredMonths: null, says: 'No experience is needed.', source: 'test', confidence: 'S' },
    ...overrides,
  };
}

/** A skill catalog as far as src/credentials reads it: categories and `broader`. */
export function skills(entries: Record<string, { category?: SkillCategory; broader?: string[] }>): Pick<SkillCatalog, 'byId'> {
  const byId = new Map<string, Skill>(
    Object.entries(entries).map(([id, { category = 'tool', broader }]) => [id, { id, name: id.toUpperCase(), category, aliases: [], ...(broader ? { broader } : {}) }]),
  );
  return { byId };
}

const figure = (amountUsd: number, title: string) => ({ occupation: { title }, amountUsd, asOf: 'May 2024 OEWS', confidence: 'V' as const, source: 'test' });

export function role(id = 'analyst', pay: Role['pay'] = { kind: 'official', ...figure(100_000, 'Analysts'), fallback: [], related: [] }, overrides: Partial<Role> = {}): Role {
  return {
    id,
    name: `Role ${id}`,
    aliases: [id],
    soc: [],
    onetSkillLists: [],
    skills: [],
    pay,
    outlook: [],
    goodFor: ['tests'],
    notes: [],
    portfolio: { text: 'Build a piece of work for the role and write it up.', source: 'test' },
    ...overrides,
  };
}

export const proxyPay = (...amounts: number[]): Role['pay'] => ({ kind: 'proxy', note: 'proxies', proxies: amounts.map((a, i) => figure(a, `Proxy ${i}`)), fallback: [] });

/** mulberry32: a small seeded generator, so randomized tests are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
