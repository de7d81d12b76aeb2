import { describe, expect, it } from 'vitest';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { bestStack, MAX_STACK_SIZE } from '../src/credentials/best-stack.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { rankCredentials, type ScoredCredential } from '../src/credentials/score-credential.js';
import type { Gap, Situation } from '../src/credentials/situation.js';
import { credential, line, role, seeded, skills, TODAY } from './support/credential-fixtures.js';

const BROADER: Record<string, string[]> = { pandas: ['python'], tableau: ['viz'], postgres: ['sql'] };
const SKILLS = ['sql', 'python', 'pandas', 'tableau', 'viz', 'postgres', 'excel', 'aws', 'stats', 'git'];
const skillCatalog = skills(Object.fromEntries(SKILLS.map((id) => [id, { broader: BROADER[id] }])));

function setup(credentials: readonly CatalogCredential[], gaps: readonly Gap[], extra: Partial<Situation> = {}) {
  const index = buildCredentialIndex(credentials, skillCatalog);
  const situation: Situation = { hoursPerWeek: 10, today: TODAY, ...extra };
  const ranked = rankCredentials(credentials, { index, role: role(), gaps, situation });
  return { ranked, stack: bestStack(ranked, { index, gaps, situation }) };
}

// ------------------------------------------------------------ an independent brute force

/** Skills a credential proves, computed here from the fixture's own BROADER table. */
function proves(c: CatalogCredential): Set<string> {
  const found = new Set<string>();
  const walk = (id: string): void => {
    if (found.has(id)) return;
    found.add(id);
    for (const wider of BROADER[id] ?? []) walk(wider);
  };
  c.skills.forEach(walk);
  return found;
}

interface Option {
  readonly ids: string;
  readonly size: number;
  readonly coverage: number;
  readonly cost: number;
}

function bruteForce(picks: readonly ScoredCredential[], gaps: readonly Gap[], budgetCents: number | undefined, deadline: number | undefined): Option[] {
  const total = gaps.reduce((s, g) => s + g.share, 0);
  const options: Option[] = [];
  for (let mask = 1; mask < 1 << picks.length; mask += 1) {
    const members = picks.filter((_, i) => mask & (1 << i));
    if (members.length > MAX_STACK_SIZE) continue;
    // An unknown price or length is Infinity: it fits no budget and no deadline.
    const cost = members.reduce((s, m) => s + (m.cost.expectedCents ?? Infinity), 0);
    const weeks = members.reduce((s, m) => s + (m.time.known ? m.time.weeks : Infinity), 0);
    if (budgetCents !== undefined && cost > budgetCents) continue;
    if (deadline !== undefined && weeks > deadline) continue;
    if (members.some((a) => members.some((b) => a.credential.alternatives.includes(b.credential.id)))) continue;
    const proven = new Set(members.flatMap((m) => [...proves(m.credential)]));
    const covered = gaps.filter((g) => proven.has(g.skill)).reduce((s, g) => s + g.share, 0);
    options.push({ ids: members.map((m) => m.credential.id).sort().join(' '), size: members.length, coverage: total > 0 ? covered / total : 0, cost });
  }
  return options;
}

function randomCatalog(random: () => number): CatalogCredential[] {
  const size = 4 + Math.floor(random() * 6);
  return Array.from({ length: size }, (_, i) => {
    const taught = SKILLS.filter(() => random() < 0.25);
    const unknownPrice = random() < 0.15;
    return credential(`c${i}`, {
      skills: taught.length > 0 ? taught : [SKILLS[i % SKILLS.length] as string],
      costs: unknownPrice ? [] : [line('exam', Math.round(random() * 300))],
      ...(unknownPrice ? { costsMissing: 'no price' } : {}),
      hours: random() < 0.2 ? null : { min: 10, max: 10 + Math.round(random() * 100), stated: 'x', source: 'test', confidence: 'S' },
      alternatives: random() < 0.15 ? [`c${(i + 1) % size}`] : [],
    });
  });
}

describe('best stack equals a brute-force optimum (randomized small catalogs, fixed seed)', () => {
  it('finds the most coverage, then the fewest credentials, then the lowest cost', () => {
    const random = seeded(2024);
    let stacked = 0;
    for (let run = 0; run < 200; run += 1) {
      const catalog = randomCatalog(random);
      const gaps = SKILLS.filter(() => random() < 0.6).map((skill) => ({ skill, share: Math.round(random() * 9 + 1) / 10 }));
      const budgetUsd = random() < 0.3 ? undefined : Math.round(random() * 500);
      const deadlineWeeks = random() < 0.5 ? undefined : 5 + Math.floor(random() * 20);
      const { ranked, stack } = setup(catalog, gaps, { budgetUsd, deadlineWeeks });
      const options = bruteForce(ranked, gaps, budgetUsd === undefined ? undefined : budgetUsd * 100, deadlineWeeks);
      if (options.length === 0) {
        expect(stack.members, `run ${run}`).toEqual([]);
        continue;
      }
      const most = Math.max(...options.map((o) => o.coverage));
      const best = options.filter((o) => Math.abs(o.coverage - most) < 1e-9);
      const fewest = Math.min(...best.map((o) => o.size));
      const cheapest = Math.min(...best.filter((o) => o.size === fewest).map((o) => o.cost));
      expect(stack.coverage.value, `run ${run}`).toBeCloseTo(most, 9);
      expect(stack.members.length, `run ${run}`).toBe(fewest);
      expect(stack.expectedCents ?? Infinity, `run ${run}`).toBe(cheapest);
      expect(best.map((o) => o.ids), `run ${run}`).toContain(stack.members.map((m) => m.credential.id).sort().join(' '));
      if (stack.members.length > 1) stacked += 1;
    }
    // The comparison must exercise real stacks, not only single picks.
    expect(stacked).toBeGreaterThan(50);
  });
});

describe('best stack', () => {
  const gaps = [
    { skill: 'sql', share: 0.9 },
    { skill: 'python', share: 0.8 },
    { skill: 'viz', share: 0.5 },
    { skill: 'aws', share: 0.4 },
  ];

  it('says what stays uncovered and why candidates were left out', () => {
    const catalog = [
      credential('base', { skills: ['sql', 'tableau'], costs: [line('exam', 100)] }),
      credential('py', { skills: ['pandas'], costs: [line('exam', 100)] }),
      credential('dear', { skills: ['aws'], costs: [line('exam', 900)] }),
      credential('mystery', { skills: ['aws'], costs: [], costsMissing: 'no price' }),
    ];
    const { stack } = setup(catalog, gaps, { budgetUsd: 300 });
    expect(stack.members.map((m) => m.credential.id).sort()).toEqual(['base', 'py']);
    expect(stack.uncovered.map((g) => g.skill)).toEqual(['aws']);
    expect(stack.leftOut).toEqual([
      { id: 'dear', reason: '$900 alone is over your budget' },
      { id: 'mystery', reason: 'price unknown, so it cannot be shown to fit your budget' },
    ]);
  });

  it('never stacks alternatives, and orders members by nextSteps', () => {
    const catalog = [
      credential('psm', { skills: ['sql'], alternatives: ['csm'] }),
      credential('csm', { skills: ['sql', 'python'], alternatives: ['psm'] }),
      credential('next', { skills: ['aws', 'tableau'] }),
      credential('first', { skills: ['git'], nextSteps: ['next'] }),
    ];
    const { stack } = setup(catalog, [...gaps, { skill: 'git', share: 0.1 }]);
    const ids = stack.members.map((m) => m.credential.id);
    expect([...ids].sort()).toEqual(['csm', 'first', 'next']);
    expect(ids.indexOf('first')).toBeLessThan(ids.indexOf('next'));
  });

  it('is empty when nothing fits, leaving every gap uncovered', () => {
    const { stack } = setup([credential('dear', { skills: ['sql'], costs: [line('exam', 500)] })], gaps, { budgetUsd: 100 });
    expect(stack.members).toEqual([]);
    expect(stack.coverage.value).toBe(0);
    expect(stack.uncovered).toHaveLength(4);
  });
});
