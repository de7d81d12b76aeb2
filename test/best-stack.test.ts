import { describe, expect, it } from 'vitest';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { bestStack, MAX_STACK_SIZE } from '../src/credentials/best-stack.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { rankCredentials, type ScoredCredential } from '../src/credentials/score-credential.js';
import type { Gap, Situation } from '../src/credentials/situation.js';
import { pastByWork, type Past } from '../src/credentials/covered-start.js';
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
  readonly key: readonly number[];
}

const COST = (m: ScoredCredential) => m.cost.expectedCents;
const free = (m: ScoredCredential) => m.credential.freeAudit === true || m.credential.financialAid === true;

/**
 * Every ordered tuple of up to three candidates, kept when it is a path: each the next step of the
 * one before, the first with no lower rung among the candidates; money and time told as the module
 * documents them, independently of its search.
 */
function bruteForce(picks: readonly ScoredCredential[], gaps: readonly Gap[], budgetCents: number | undefined, deadline: number | undefined): Option[] {
  const total = gaps.reduce((s, g) => s + g.share, 0);
  const demand = (members: readonly ScoredCredential[]) => {
    const proven = new Set(members.flatMap((m) => [...proves(m.credential)]));
    return total > 0 ? gaps.filter((g) => proven.has(g.skill)).reduce((s, g) => s + g.share, 0) / total : 0;
  };
  const tuples: ScoredCredential[][] = [];
  const grow = (tuple: ScoredCredential[]) => {
    if (tuple.length > 0) tuples.push(tuple);
    if (tuple.length === MAX_STACK_SIZE) return;
    for (const p of picks) if (!tuple.includes(p)) grow([...tuple, p]);
  };
  grow([]);
  const options: Option[] = [];
  for (const tuple of tuples) {
    if (picks.some((p) => p.credential.nextSteps.includes(tuple[0]?.credential.id ?? ''))) continue;
    if (tuple.some((m, i) => i > 0 && !tuple[i - 1]?.credential.nextSteps.includes(m.credential.id))) continue;
    const weeks = tuple.map((m) => (m.time.known ? m.time.weeks : Infinity));
    if (deadline !== undefined && weeks.reduce((a, b) => a + b, 0) > deadline) continue;
    let spent = 0;
    const reach = tuple.map((m) => {
      const cost = COST(m);
      if (budgetCents === undefined) return 'fits';
      if (cost !== null && spent + cost <= budgetCents) {
        spent += cost;
        return 'fits';
      }
      return free(m) ? 'free-route' : cost === null ? 'unknown' : 'later';
    });
    // Never begins with a known price over the budget; at most one step outside what it reaches.
    if (reach[0] === 'later' || reach.filter((r) => r === 'later' || r === 'unknown').length > 1) continue;
    const covered = demand(tuple);
    if (covered === 0) continue;
    const costs = tuple.map(COST);
    const cost = costs.some((c) => c === null) ? Infinity : costs.reduce<number>((a, b) => a + (b ?? 0), 0);
    const within = tuple.filter((_, i) => reach[i] !== 'later');
    const key = [
      within.some((m) => gaps[0] && proves(m.credential).has(gaps[0].skill)) ? 0 : 1,
      -demand(tuple.filter((_, i) => reach[i] === 'fits')),
      -demand(tuple.filter((_, i) => reach[i] === 'fits' || reach[i] === 'free-route')),
      -covered,
      reach.filter((r) => r !== 'fits').length,
      tuple.length,
      cost,
    ];
    options.push({ ids: tuple.map((m) => m.credential.id).join(' '), key });
  }
  return options;
}

/** The first rungs of a path whose weeks (unknown as none) end within the limit, at least one. */
function cutTo(ids: readonly string[], picks: readonly ScoredCredential[], limit: number): string[] {
  let weeks = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const pick = picks.find((p) => p.credential.id === ids[i]);
    weeks += pick?.time.known ? pick.time.weeks : 0;
    if (i > 0 && weeks > limit) return ids.slice(0, i);
  }
  return [...ids];
}

const lexicographic = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (Math.abs(d) > 1e-9) return d;
  }
  return 0;
};

function randomCatalog(random: () => number): CatalogCredential[] {
  const size = 4 + Math.floor(random() * 6);
  return Array.from({ length: size }, (_, i) => {
    const taught = SKILLS.filter(() => random() < 0.25);
    const unknownPrice = random() < 0.15;
    // Ladders only go to later credentials, as the loader's no-loop rule requires.
    const next = Array.from({ length: size }, (_, k) => k).filter((k) => k > i && random() < 0.3).map((k) => `c${k}`);
    return credential(`c${i}`, {
      skills: taught.length > 0 ? taught : [SKILLS[i % SKILLS.length] as string],
      costs: unknownPrice ? [] : [line('exam', Math.round(random() * 300))],
      ...(unknownPrice ? { costsMissing: 'no price' } : {}),
      hours: random() < 0.2 ? null : { min: 10, max: 10 + Math.round(random() * 100), stated: 'x', source: 'test', confidence: 'S' },
      freeAudit: random() < 0.25 ? true : null,
      nextSteps: next,
    });
  });
}

describe('best path equals a brute-force optimum over ordered tuples (randomized small catalogs, fixed seed)', () => {
  it('covers the top gap within reach, then the most with what fits, then with what is free, then in all; fewer steps outside the budget; fewer steps; cheaper', () => {
    const random = seeded(2024);
    let stacked = 0;
    let cutShort = 0;
    for (let run = 0; run < 300; run += 1) {
      const catalog = randomCatalog(random);
      const gaps = SKILLS.filter(() => random() < 0.6).map((skill) => ({ skill, share: Math.round(random() * 9 + 1) / 10 }));
      const budgetUsd = random() < 0.3 ? undefined : Math.round(random() * 500);
      const deadlineWeeks = random() < 0.5 ? undefined : 5 + Math.floor(random() * 20);
      const { ranked, stack } = setup(catalog, gaps, { budgetUsd, deadlineWeeks });
      const budgetCents = budgetUsd === undefined ? undefined : budgetUsd * 100;
      const inTime = bruteForce(ranked, gaps, budgetCents, deadlineWeeks);
      // No path fits the deadline: the best path regardless, cut to its first rungs inside the deadline (at least one).
      const options = inTime.length > 0 || deadlineWeeks === undefined ? inTime : bruteForce(ranked, gaps, budgetCents, undefined);
      if (options.length === 0) {
        expect(stack.members, `run ${run}`).toEqual([]);
        continue;
      }
      const best = [...options].sort((a, b) => lexicographic(a.key, b.key))[0] as Option;
      const cut = (ids: string) => (inTime.length > 0 ? ids : cutTo(ids.split(' '), ranked, deadlineWeeks ?? Infinity).join(' '));
      const ties = options.filter((o) => lexicographic(o.key, best.key) === 0).map((o) => cut(o.ids));
      expect(ties, `run ${run}`).toContain(stack.members.map((m) => m.credential.id).join(' '));
      if (inTime.length === 0 && deadlineWeeks !== undefined) cutShort += 1;
      if (stack.members.length > 1) stacked += 1;
    }
    // The comparison must exercise real paths, not only single picks, and paths past the deadline.
    expect(stacked).toBeGreaterThan(30);
    expect(cutShort).toBeGreaterThan(5);
  });
});

describe('best path', () => {
  const gaps = [
    { skill: 'sql', share: 0.9 },
    { skill: 'python', share: 0.8 },
    { skill: 'viz', share: 0.5 },
    { skill: 'aws', share: 0.4 },
  ];

  it('follows a ladder from its first rung, says what stays uncovered and why candidates cannot start a path', () => {
    const catalog = [
      credential('base', { name: 'Base', skills: ['sql', 'tableau'], costs: [line('exam', 100)], nextSteps: ['py'] }),
      credential('py', { name: 'Py', skills: ['pandas'], costs: [line('exam', 100)] }),
      credential('dear', { skills: ['aws'], costs: [line('exam', 900)] }),
      credential('mystery', { skills: ['aws'], costs: [], costsMissing: 'no price' }),
    ];
    const { stack } = setup(catalog, gaps, { budgetUsd: 300 });
    expect(stack.members.map((m) => m.credential.id)).toEqual(['base', 'py']);
    expect(stack.members.map((m) => m.reach)).toEqual(['fits', 'fits']);
    expect(stack.path.sentence).toBe('Start with Base, which Py builds on.');
    expect(stack.uncovered.map((g) => g.skill)).toEqual(['aws']);
    expect(stack.leftOut).toEqual([
      { id: 'dear', reason: '$900 alone is over your budget' },
      { id: 'mystery', reason: 'price unknown, so it cannot be shown to fit your budget' },
    ]);
  });

  it('with $0, starts on a free route and shows the next rung as the cost of certifying later, one rung at most', () => {
    const catalog = [
      credential('course', { name: 'Course', skills: ['sql'], costs: [line('subscription', 49)], freeAudit: true, nextSteps: ['exam'] }),
      credential('exam', { name: 'Exam', skills: ['python'], costs: [line('exam', 250)], nextSteps: ['pro'] }),
      credential('pro', { name: 'Pro', skills: ['aws'], costs: [line('exam', 400)] }),
    ];
    const { stack } = setup(catalog, gaps, { budgetUsd: 0 });
    expect(stack.members.map((m) => [m.credential.id, m.reach])).toEqual([
      ['course', 'free-route'],
      ['exam', 'later'],
    ]);
    expect(stack.nowCents).toBe(0);
    expect(stack.laterCents).toBeGreaterThan(25_000);
    expect(stack.path.next?.id).toBe('pro');
  });

  it('names the next rung of a one-step path in its sentence', () => {
    const catalog = [credential('cp', { name: 'CP', skills: ['aws'], nextSteps: ['saa'] }), credential('saa', { name: 'SAA', skills: ['aws'], costs: [line('exam', 900)] })];
    const { stack } = setup(catalog, gaps, { budgetUsd: 200 });
    expect(stack.members.map((m) => m.credential.id)).toEqual(['cp']);
    expect(stack.path.sentence).toBe('Start with CP; SAA builds on it when you are ready.');
  });

  it("with the person's postings, is no path when it closes none of the top three gaps, however cheap", () => {
    const ranked = [{ skill: 'sql', share: 0.9 }, { skill: 'tableau', share: 0.8 }, { skill: 'python', share: 0.7 }, { skill: 'aws', share: 0.3 }];
    const catalog = [credential('cheap-aws', { name: 'Cheap AWS', skills: ['aws'], costs: [line('exam', 50)] })];
    const index = buildCredentialIndex(catalog, skillCatalog);
    const situation: Situation = { hoursPerWeek: 10, today: TODAY, budgetUsd: 1000 };
    const picks = rankCredentials(catalog, { index, role: role(), gaps: ranked, situation });
    expect(bestStack(picks, { index, gaps: ranked, situation, topGapsRequired: true }).members).toEqual([]);
    // The role's typical profile (no postings) keeps any gap as worth a path.
    expect(bestStack(picks, { index, gaps: ranked, situation }).members.map((m) => m.credential.id)).toEqual(['cheap-aws']);
    // Closing the third top gap is enough.
    const withPython = [...catalog, credential('py', { name: 'Py', skills: ['python'], costs: [line('exam', 300)] })];
    const index2 = buildCredentialIndex(withPython, skillCatalog);
    const picks2 = rankCredentials(withPython, { index: index2, role: role(), gaps: ranked, situation });
    expect(bestStack(picks2, { index: index2, gaps: ranked, situation, topGapsRequired: true }).members.map((m) => m.credential.id)).toEqual(['py']);
  });

  it('when no path fits the deadline, plans the best path\'s first rung and says the rest comes later, its fee left to the path\'s money sentence', () => {
    // 10 weeks of a free course at 10 hours a week, then a $250 exam: 20 weeks against a 5-week deadline and $0.
    const catalog = [
      credential('course', { name: 'Course', skills: ['sql'], costs: [line('subscription', 49)], freeAudit: true, hours: { min: 100, max: 100, stated: '100 h', source: 'test', confidence: 'S' }, nextSteps: ['exam'] }),
      credential('exam', { name: 'Exam', skills: ['python'], costs: [line('exam', 250)], hours: { min: 100, max: 100, stated: '100 h', source: 'test', confidence: 'S' } }),
    ];
    const { stack } = setup(catalog, gaps, { budgetUsd: 0, deadlineWeeks: 5 });
    expect(stack.members.map((m) => [m.credential.id, m.reach])).toEqual([['course', 'free-route']]);
    expect(stack.path.later?.map((m) => [m.credential.id, m.reach])).toEqual([['exam', 'later']]);
    expect(stack.path.fullWeeks).toBe(20);
    expect(stack.weeks).toBe(10);
    // Its fee is said once, with the path's money (credential-pick-replies.ts), not here as well.
    expect(stack.path.sentence).toBe('Start with Course. Exam can come later: the whole path would take about 20 weeks at your 10 hours a week, past your deadline.');
    expect(stack.path.later?.[0]?.cost.expectedCents).toBe(25_000);
    // With time enough, the same path is planned whole.
    expect(setup(catalog, gaps, { budgetUsd: 0, deadlineWeeks: 20 }).stack.members.map((m) => m.credential.id)).toEqual(['course', 'exam']);
  });

  it('with no deadline, cuts a path far past a year to its first rungs within a year, and keeps one of about a year whole', () => {
    const hours = (h: number) => ({ hours: { min: h, max: h, stated: `${h} h`, source: 'test', confidence: 'S' as const } });
    const ladder = (h: number) => [
      credential('one', { name: 'One', skills: ['sql'], ...hours(h), nextSteps: ['two'] }),
      credential('two', { name: 'Two', skills: ['python'], ...hours(h), nextSteps: ['three'] }),
      credential('three', { name: 'Three', skills: ['aws'], ...hours(h) }),
    ];
    // 30 weeks a rung at 10 hours a week: 90 weeks in all, past 65; the first rung alone fits a year.
    const long = setup(ladder(300), gaps).stack;
    expect(long.members.map((m) => m.credential.id)).toEqual(['one']);
    expect(long.path.later?.map((m) => m.credential.id)).toEqual(['two', 'three']);
    expect(long.path.sentence).toBe('Start with One. Two, then Three, can come later: the whole path would take about 90 weeks at your 10 hours a week, more than a year.');
    // Within budget, nothing is said of certifying later.
    expect(setup(ladder(300), gaps, { budgetUsd: 1000 }).stack.path.sentence).not.toContain('certifying later');
    // 21 weeks a rung: 63 weeks in all is about a year, planned whole.
    const year = setup(ladder(210), gaps).stack;
    expect(year.members.map((m) => m.credential.id)).toEqual(['one', 'two', 'three']);
    expect(year.path.later).toBeUndefined();
  });

  it('prefers a path without a credential made mainly for another role, even when that one scores higher', () => {
    const catalog = [
      credential('dev', { name: 'Dev exam', skills: ['aws', 'sql'], costs: [line('exam', 50)] }),
      credential('ops', { name: 'Ops exam', skills: ['aws'], costs: [line('exam', 150)] }),
    ];
    const index = buildCredentialIndex(catalog, skillCatalog);
    const situation: Situation = { hoursPerWeek: 10, today: TODAY };
    const ranked = rankCredentials(catalog, { index, role: role(), gaps, situation });
    expect(ranked[0]?.credential.id).toBe('dev');
    expect(bestStack(ranked, { index, gaps, situation }).members.map((m) => m.credential.id)).toEqual(['dev']);
    expect(bestStack(ranked, { index, gaps, situation, offRole: ['dev'] }).members.map((m) => m.credential.id)).toEqual(['ops']);
  });

  it('is empty when nothing fits, leaving every gap uncovered', () => {
    const { stack } = setup([credential('dear', { skills: ['sql'], costs: [line('exam', 500)] })], gaps, { budgetUsd: 100 });
    expect(stack.members).toEqual([]);
    expect(stack.coverage.value).toBe(0);
    expect(stack.uncovered).toHaveLength(4);
  });
});

describe('a beginner course the person\'s work covers', () => {
  // A 200-hour beginner's course on SQL whose next rung, an exam the postings name, asks for 23 hours of SQL education first.
  const course = credential('course', { name: 'Course', level: 'entry-certificate', skills: ['sql', 'python'], costs: [line('subscription', 49, { per: 'month' })], freeAudit: true, hours: { min: 200, max: 200, stated: '200 h', source: 'test', confidence: 'S' }, nextSteps: ['exam'] });
  const exam = credential('exam', { name: 'Exam', skills: ['sql', 'stats'], costs: [line('exam', 300)], prerequisites: ['A diploma and 23 hours of SQL education.'], hours: { min: 40, max: 40, stated: '40 h', source: 'test', confidence: 'S' } });
  const gaps: Gap[] = [{ skill: 'sql', share: 1 }, { skill: 'stats', share: 1 }, { skill: 'python', share: 0.5 }];
  const covered = new Map([['course', pastByWork('12 years as an analyst')]]);
  function stackFor(budgetUsd: number, pastCourses?: ReadonlyMap<string, Past>, required = ['exam']) {
    const index = buildCredentialIndex([course, exam], skillCatalog);
    const situation: Situation = { hoursPerWeek: 8, budgetUsd, today: TODAY };
    const ranked = rankCredentials([course, exam], { index, role: role(), gaps, situation });
    return bestStack(ranked, { index, gaps, situation, beginner: true, required, ...(pastCourses ? { pastCourses } : {}) });
  }

  it('starts on the named rung above it, saying the course is one way to meet its education hours, but a long one for their years', () => {
    const stack = stackFor(600, covered);
    expect(stack.members.map((m) => m.credential.id)).toEqual(['exam']);
    expect(stack.path.sentence).toBe(
      'Start with Exam. It asks for 23 hours of SQL education first, which a short course gives you (its time counts them); Course is one way to get them, but a long one (about 25 weeks) for someone with 12 years as an analyst.',
    );
  });

  it('keeps the course first for someone whose work does not cover it', () => {
    expect(stackFor(600).members.map((m) => m.credential.id)).toEqual(['course', 'exam']);
  });

  it('keeps the course first when the named rung is out of reach (its $300 over a $100 budget)', () => {
    expect(stackFor(100, covered).members[0]?.credential.id).toBe('course');
  });

  it('keeps the course first when the postings do not name the rung above it', () => {
    expect(stackFor(600, covered, []).members.map((m) => m.credential.id)).toEqual(['course', 'exam']);
  });
});

describe('an experienced person towards a named credential', () => {
  // A long beginner's programme covering the top gap and a short fundamentals exam, both leading to the named exam.
  const programme = credential('programme', { level: 'entry-certificate', skills: ['sql', 'stats'], costs: [line('exam', 0)], nextSteps: ['named'] });
  const short = credential('short', { level: 'fundamentals', skills: ['stats'], costs: [line('exam', 100)], nextSteps: ['named'] });
  const named = credential('named', { level: 'associate', skills: ['stats', 'python'], costs: [line('exam', 400)] });
  const all = [programme, short, named];
  const gaps: Gap[] = [{ skill: 'sql', share: 1 }, { skill: 'stats', share: 1 }];
  const first = (experienced: boolean) => {
    const index = buildCredentialIndex(all, skillCatalog);
    const situation: Situation = { hoursPerWeek: 10, today: TODAY, budgetUsd: 1000 };
    const ranked = rankCredentials(all, { index, role: role(), gaps, situation });
    return bestStack(ranked, { index, gaps, situation, beginner: true, required: ['named'], experienced }).members.map((m) => m.credential.id);
  };

  it('starts on the short fundamentals exam below it, not the long beginner\'s programme, after years of work', () => {
    expect(first(true)).toEqual(['short', 'named']);
  });

  it('starts a newcomer on the programme that closes the top gap', () => {
    expect(first(false)).toEqual(['programme', 'named']);
  });
});

describe('a held credential that leads to a named rung', () => {
  // A held fundamentals exam leads to the named exam; a long beginner's programme below it covers the top gap.
  const held = credential('held-basics', { level: 'fundamentals', skills: ['stats'], costs: [line('exam', 0)], nextSteps: ['named'] });
  const programme = credential('programme', { level: 'entry-certificate', skills: ['sql', 'stats'], costs: [line('exam', 0)], nextSteps: ['named'] });
  const short = credential('short', { level: 'fundamentals', skills: ['sql'], costs: [line('exam', 50)], nextSteps: ['named'] });
  const named = credential('named', { level: 'associate', skills: ['stats', 'python'], costs: [line('exam', 400)] });
  const gaps: Gap[] = [{ skill: 'sql', share: 1 }, { skill: 'stats', share: 1 }, { skill: 'python', share: 1 }];
  const path = (candidates: readonly CatalogCredential[], heldIds: readonly string[], required: readonly string[]) => {
    const index = buildCredentialIndex([held, ...candidates], skillCatalog);
    const situation: Situation = { hoursPerWeek: 10, today: TODAY, budgetUsd: 1000 };
    const ranked = rankCredentials(candidates, { index, role: role(), gaps, situation });
    return bestStack(ranked, { index, gaps, situation, beginner: true, held: heldIds, required }).members.map((m) => m.credential.id);
  };

  it('starts on the named rung, not on the beginner\'s programme or another fundamentals exam below it', () => {
    expect(path([programme, named], ['held-basics'], ['named'])).toEqual(['named']);
    expect(path([short, named], ['held-basics'], ['named'])).toEqual(['named']);
    expect(path([programme, short, named], ['held-basics'], ['named'])).toEqual(['named']);
  });

  it('keeps the rung below when they hold nothing leading there, or their postings do not name the rung', () => {
    expect(path([programme, named], [], ['named'])).toEqual(['programme', 'named']);
    expect(path([programme, named], ['held-basics'], [])).toEqual(['programme', 'named']);
  });
});

describe('a professional rung whose required experience the person plausibly has', () => {
  // An associate exam below a professional one their postings name; the badge beside it has no price.
  const associate = credential('associate', { level: 'fundamentals', skills: ['sql'], costs: [line('exam', 300)], nextSteps: ['pro'] });
  const pro = credential('pro', { level: 'professional', skills: ['sql', 'stats'], costs: [line('exam', 569)] });
  const badge = credential('badge', { level: 'fundamentals', skills: ['git'], costs: [] });
  const gaps: Gap[] = [{ skill: 'sql', share: 1 }, { skill: 'stats', share: 1 }, { skill: 'git', share: 0.5 }];
  const path = (experienceMet: readonly string[], required: readonly string[] = ['pro', 'badge']) => {
    const candidates = [associate, pro, badge];
    const index = buildCredentialIndex(candidates, skillCatalog);
    const situation: Situation = { hoursPerWeek: 10, today: TODAY, budgetUsd: 2500 };
    const ranked = rankCredentials(candidates, { index, role: role(), gaps, situation });
    return bestStack(ranked, { index, gaps, situation, beginner: true, required, experienceMet }).members.map((m) => m.credential.id);
  };

  it('starts on it, priced, rather than on an unpriced badge or the rung below, when their years plausibly meet its rule', () => {
    expect(path(['pro'])[0]).toBe('pro');
    expect(path(['pro'], ['pro'])).toEqual(['pro']);
  });

  it('keeps foundations first for someone whose experience does not meet it', () => {
    expect(path([], ['pro'])).toEqual(['associate', 'pro']);
  });
});
