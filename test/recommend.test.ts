import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import type { CredentialCatalog } from '../src/data/load-credentials.js';
import { buildGapReport } from '../src/gaps/gap-report.js';
import { buildCredentialIndex, type CredentialIndex } from '../src/credentials/credential-index.js';
import { credentialWarnings } from '../src/credentials/credential-warnings.js';
import { recommend, type RecommendInput, type Recommendation } from '../src/credentials/recommend.js';
import type { Situation } from '../src/credentials/situation.js';
import { realCredentialWorld } from './support/catalog.js';
import { credential, line, role, skills } from './support/credential-fixtures.js';

/**
 * Three personas modelled on the seed articles, against the real catalogs: an accountant moving
 * to data analysis on a small budget, a nurse moving to health-tech machine learning, a marketer
 * moving to cloud operations. Their gaps come from the gap report (the role's typical demand).
 */

const today = new Date('2026-09-01T00:00:00Z');
let catalog: Catalog;
let credentials: CredentialCatalog;
let index: CredentialIndex;

beforeAll(async () => {
  ({ catalog, credentials, index } = await realCredentialWorld());
});

function advise(roleId: string, have: string[], situation: Omit<Situation, 'today'>, person?: RecommendInput['person']): Recommendation {
  const role = catalog.roles.byId.get(roleId);
  if (!role) throw new Error(`no role ${roleId}`);
  const report = buildGapReport({ role, have: have.map((skill) => ({ skill })), postings: [], skills: catalog.skills });
  const gaps = report.gaps.map(({ skill, share }) => ({ skill, share }));
  return recommend({ credentials: credentials.credentials, index, role, gaps, situation: { ...situation, today }, roles: catalog.roles.byId, ...(person ? { person } : {}) });
}

const ids = (picks: Recommendation['picks']) => picks.map((p) => p.credential.id);
const targets = (r: Recommendation, role: string) => r.picks.slice(0, 3).every((p) => p.credential.targetRoles.includes(role));

const accountant = () =>
  advise('data-analyst', ['excel', 'spreadsheets', 'microsoft-office', 'powerpoint', 'accounting', 'finance', 'reporting'], {
    hoursPerWeek: 10,
    budgetUsd: 300,
    deadlineWeeks: 26,
    currentPayUsd: 66_000,
  });
const nurse = () => advise('ml-engineer', ['healthcare', 'excel', 'statistics', 'communication'], { hoursPerWeek: 10, budgetUsd: 2500 });
/** The nurse's top three gaps, by the gap report's order. */
const nurseTopGaps = () => {
  const role = catalog.roles.byId.get('ml-engineer');
  if (!role) throw new Error('no role ml-engineer');
  return buildGapReport({ role, have: ['healthcare', 'excel', 'statistics', 'communication'].map((skill) => ({ skill })), postings: [], skills: catalog.skills }).gaps.slice(0, 3).map((g) => g.skill);
};
const marketer = () =>
  advise('cloud-engineer', ['marketing', 'google-analytics', 'excel', 'sem', 'content-marketing'], { hoursPerWeek: 10, budgetUsd: 500, currentPayUsd: 80_000 });

describe('persona: accountant to data analyst on a small budget', () => {
  it('costs Google Data Analytics as subscription × months, within budget, with the entry-level ROI said in words', () => {
    const r = accountant();
    const top = r.ranked.find((p) => p.credential.id === 'google-data-analytics');
    expect(top).toMatchObject({ fitsBudget: true, fitsDeadline: true });
    // 180–260 h (Google's figure) at 10 h a week: 22 weeks, 6 months of $49.
    expect(top?.cost.expectedCents).toBe(29_400);
    expect(targets(r, 'data-analyst')).toBe(true);
    // Entry level: the 25th percentile for data scientists (BLS OEWS May 2024), not a proxy's median.
    expect(top?.roi).toMatchObject({ known: true, proxy: true, targetPayCents: 8_263_000, payChangeCents: 8_263_000 - 6_600_000 });
    expect(top?.roi.sentence).toMatch(/^An entry-level data analyst earns about \$83,000 a year, and \$64,000 at the low end: .*That is about \$17,000 a year more than you earn now; it costs \$294, so it pays back within your first month in the new job\. A first offer at the low end, though, would be about what you earn now, with no raise to pay anything back: aim for the typical entry pay when you negotiate\.$/);
  });

  it('recommends one ladder within $300 and 26 weeks, foundations first, and says what stays uncovered', () => {
    const { stack, picks } = accountant();
    expect(stack.members.length).toBeGreaterThan(0);
    expect(['entry-certificate', 'fundamentals']).toContain(stack.members[0]?.credential.level);
    stack.members.slice(1).forEach((m, i) => expect(stack.members[i]?.credential.nextSteps).toContain(m.credential.id));
    expect(stack.members.every((m) => m.reach === 'fits' && m.credential.targetRoles.includes('data-analyst'))).toBe(true);
    expect(stack.path.sentence).toMatch(/^Start with /);
    // The picks lead with the path, in its order.
    expect(picks.slice(0, stack.members.length).map((p) => p.credential.id)).toEqual(stack.members.map((m) => m.credential.id));
    expect(stack.expectedCents).toBeLessThanOrEqual(30_000);
    expect(stack.weeks).toBeLessThanOrEqual(26);
    expect(stack.uncovered.length).toBeGreaterThan(0);
    expect(stack.leftOut.find((l) => l.id === 'udacity-data-analyst')?.reason).toMatch(/over your deadline|price unknown/);
  });

  it('dates the plan from today and keeps the degree column without a figure', () => {
    const r = accountant();
    expect(r.plan.steps.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.due ?? ''))).toBe(true);
    expect(r.plan.deadline?.fits).toBe(true);
    expect(r.comparison.map((c) => c.kind)).toEqual(['top-pick', 'certification', 'degree']);
    expect(r.comparison[2]?.costText).toMatch(/^I have no sourced price for a degree/);
    expect(r.ranked.map((p) => p.credential.name)).toContain(r.comparison[1]?.name);
  });
});

describe('a person the gap report calls close or ready', () => {
  it('is offered no credential made for another role, while someone far from the role still is', () => {
    const situation = { hoursPerWeek: 10 };
    // Far from health informatics, data analysts' credentials come in for its data gaps nothing made for the role covers.
    expect(Object.keys(advise('health-informatics', [], situation, { verdict: 'gap' }).borrowedFor).length).toBeGreaterThan(0);
    for (const verdict of ['close', 'ready'] as const) {
      const r = advise('health-informatics', [], situation, { verdict });
      expect(r.borrowedFor, verdict).toEqual({});
      expect(r.ranked.every((p) => p.credential.targetRoles.includes('health-informatics')), verdict).toBe(true);
    }
  });
});

describe('persona: nurse to health-tech machine learning', () => {
  it('picks the AI-engineering programme made for the role, says it expects Python first, and flags its unknown price', () => {
    const r = nurse();
    // Only credentials made for ML engineers lead: no intro CS course or cloud badge passed off as the path.
    expect(r.stack.members.every((m) => m.credential.targetRoles.includes('ml-engineer'))).toBe(true);
    // Another role's exam appears only for a top gap nothing made for ML engineers covers (SQL), and says so.
    const top = nurseTopGaps();
    for (const pick of r.picks.filter((p) => !p.credential.targetRoles.includes('ml-engineer'))) {
      const note = r.warnings[pick.credential.id]?.find((w) => w.kind === 'borrowed')?.text ?? '';
      expect(note, pick.credential.id).toMatch(/^It is made for another role \([^)]+\): it is here because it covers [^,]+, one of your top gaps that nothing made for ML \/ AI engineer in my catalog covers\.$/);
      expect(r.borrowedFor[pick.credential.id]?.every((g) => top.includes(g.skill))).toBe(true);
      expect(r.ranked.filter((o) => o.credential.targetRoles.includes('ml-engineer')).some((o) => r.borrowedFor[pick.credential.id]?.some((g) => o.coverage.covered.some((c) => c.skill === g.skill)))).toBe(false);
    }
    expect(ids(r.picks)[0]).toBe('ibm-ai-engineering');
    expect(r.warnings['ibm-ai-engineering']?.find((w) => w.kind === 'experience')?.text).toMatch(/Python and machine-learning basics/);
    const ibm = r.ranked.find((p) => p.credential.id === 'ibm-ai-engineering');
    expect(ibm).toMatchObject({ fitsBudget: null, budgetTier: 1 });
    expect(ibm?.flags).toContain('price unknown: check the provider');
  });

  it('does not assume a current pay, and says a degree is common for the role', () => {
    const r = nurse();
    expect(r.picks.every((p) => !p.roi.known && /Tell me what you earn now/.test(p.roi.sentence))).toBe(true);
    expect(r.planWarnings.map((w) => w.kind)).toContain('degree');
  });

  it('takes the programme as a free route while its price is unknown, never as fitting the budget', () => {
    const { stack } = nurse();
    expect(stack.members.map((m) => [m.credential.id, m.reach])).toEqual([['ibm-ai-engineering', 'free-route']]);
    expect(stack.coverage.covered.map((g) => g.skill)).toEqual(expect.arrayContaining(['python']));
    expect(stack.laterCents).toBeNull();
  });
});

describe('persona: marketer to cloud operations', () => {
  it('puts cloud certifications first, with AWS Cloud Practitioner among them and called narrow', () => {
    const r = marketer();
    expect(targets(r, 'cloud-engineer')).toBe(true);
    expect(ids(r.picks).slice(0, 2)).toEqual(['aws-cloud-practitioner', 'aws-solutions-architect-associate']);
    const aws = r.ranked.find((p) => p.credential.id === 'aws-cloud-practitioner');
    if (!aws) throw new Error('AWS Cloud Practitioner is not ranked');
    expect(aws.cost.expectedCents).toBe(10_000);
    const cautions = credentialWarnings(aws, index, today);
    expect(cautions.find((w) => w.kind === 'narrow')?.text).toMatch(/^It is built around one tool, AWS,/);
    expect(cautions.find((w) => w.kind === 'expiry')?.text).toBe('It expires after 3 years. Recertify every 3 years, by passing the current exam or a higher-level AWS exam.');
  });

  it('follows AWS Cloud Practitioner with Solutions Architect within $500, one vendor, and keeps the rest uncovered in view', () => {
    const { stack } = marketer();
    expect(stack.members.map((m) => m.credential.id)).toEqual(['aws-cloud-practitioner', 'aws-solutions-architect-associate']);
    expect(new Set(stack.members.map((m) => m.credential.vendor)).size).toBe(1);
    expect(stack.path.sentence).toBe('Start with AWS Certified Cloud Practitioner (CLF-C02), which AWS Certified Solutions Architect – Associate (SAA-C03) builds on.');
    expect(stack.expectedCents).toBeLessThanOrEqual(50_000);
    expect(stack.uncovered.map((g) => g.skill)).toEqual(expect.arrayContaining(['infrastructure-as-code', 'docker']));
  });
});

describe('a zero budget', () => {
  it('puts free, audit and financial-aid options first for every persona', () => {
    for (const r of [
      advise('data-analyst', ['excel'], { hoursPerWeek: 10, budgetUsd: 0 }),
      advise('ml-engineer', ['statistics'], { hoursPerWeek: 8, budgetUsd: 0 }),
      advise('cloud-engineer', ['marketing'], { hoursPerWeek: 10, budgetUsd: 0 }),
    ]) {
      const firstPaid = r.ranked.findIndex((p) => p.budgetTier === 2);
      const before = firstPaid === -1 ? r.ranked : r.ranked.slice(0, firstPaid);
      expect(before.length).toBeGreaterThan(0);
      for (const pick of before) {
        const { credential } = pick;
        expect(pick.cost.expectedCents === 0 || credential.freeAudit === true || credential.financialAid === true, credential.id).toBe(true);
      }
      expect(r.ranked.slice(before.length).every((p) => p.budgetTier === 2)).toBe(true);
    }
  });

  it('gives the accountant a free route made for data analysts, never an intro CS course, and no paid exam as fitting $0', () => {
    const r = advise('data-analyst', ['excel'], { hoursPerWeek: 10, budgetUsd: 0 });
    expect(ids(r.ranked)).not.toContain('harvard-cs50x');
    // A free way in made for data analysts (Google's or IBM's analyst certificate, whichever covers more), never a paid exam.
    expect(r.picks[0]).toMatchObject({ budgetTier: 1 });
    expect(r.picks[0]?.credential.targetRoles).toContain('data-analyst');
    expect(r.picks[0]?.credential.level).toBe('entry-certificate');
    expect(r.stack.members[0]?.reach).toBe('free-route');
    expect(r.stack.nowCents).toBe(0);
    expect(r.ranked.filter((p) => p.budgetTier === 2).every((p) => p.fitsBudget !== true)).toBe(true);
  });
});

describe('recommend', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(marketer())).toBe(JSON.stringify(marketer()));
  });
});

describe('a Windows sysadmin of 12 years aiming at cloud engineer, holding AZ-900', () => {
  const sysadmin = { fieldRoles: ['network-administrator'], currentRole: 'Windows sysadmin', yearsExperience: 12, held: ['microsoft-az-900'] };
  const gaps = [
    { skill: 'terraform', share: 1 },
    { skill: 'linux', share: 1 },
    { skill: 'ci-cd', share: 1 },
    { skill: 'kubernetes', share: 0.5 },
    { skill: 'azure', share: 0.5, alternatives: ['azure', 'aws'], name: 'Microsoft Azure or AWS' },
  ];
  const run = (person: RecommendInput['person']) => {
    const role = catalog.roles.byId.get('cloud-engineer');
    if (!role) throw new Error('no role cloud-engineer');
    return recommend({ credentials: credentials.credentials, index, role, gaps, gapsSource: 'postings', situation: { hoursPerWeek: 10, budgetUsd: 1500, today }, person, roles: catalog.roles.byId });
  };

  it('puts the AWS Developer exam, made mainly for software developers, after the operations exams, and says so', () => {
    const r = run(sysadmin);
    const order = ids(r.picks);
    expect(order.slice(0, 3)).not.toContain('aws-developer-associate');
    expect(r.stack.members.map((m) => m.credential.id)).not.toContain('aws-developer-associate');
    // Still ranked (it covers CI/CD), after every credential made for the role's own work.
    const ranked = ids(r.ranked);
    const developerAt = ranked.indexOf('aws-developer-associate');
    expect(developerAt).toBeGreaterThan(ranked.indexOf('cncf-cka'));
    expect(developerAt).toBeGreaterThan(ranked.indexOf('microsoft-az-104'));
    expect(r.fit['aws-developer-associate']?.[0]).toEqual({
      kind: 'other-role',
      text: 'It is made mainly for software developer jobs: more of what it teaches is their work than cloud engineer work, so the credentials made for cloud engineer jobs come first.',
    });
    // A developer moving to cloud is not told that: it is made for their own field.
    const developer = run({ ...sysadmin, fieldRoles: ['software-developer'], currentRole: 'Software developer' });
    expect(developer.fit['aws-developer-associate']?.some((n) => n.kind === 'other-role')).toBe(false);
  });

  it('does not tell him to pair a one-vendor exam with a broader program; someone new to tech is still told', () => {
    const narrow = (r: Recommendation) => Object.values(r.warnings).flat().filter((w) => w.kind === 'narrow');
    expect(narrow(run(sysadmin))).toEqual([]);
    const newcomer = narrow(run({ currentRole: 'Kitchen manager', yearsExperience: 15 }));
    expect(newcomer.length).toBeGreaterThan(0);
    expect(newcomer[0]?.text).toContain('pair it with a broader program for a full switch');
  });
});

describe('a long path at few hours a week', () => {
  it('plans the first rung and names the rest as coming later, in the plan as well as the path', () => {
    const r = advise('data-analyst', ['excel', 'spreadsheets'], { hoursPerWeek: 3, budgetUsd: 250 });
    const later = r.stack.path.later ?? [];
    expect(later.length).toBeGreaterThan(0);
    expect(r.stack.path.fullWeeks ?? 0).toBeGreaterThan(65);
    expect(r.stack.weeks ?? Infinity).toBeLessThanOrEqual(r.stack.path.fullWeeks ?? 0);
    expect(r.stack.path.sentence).toContain('can come later: the whole path would take about');
    // The rungs left for later follow the path in the picks, and the plan names them undated.
    expect(ids(r.picks).slice(r.stack.members.length, r.stack.members.length + later.length)).toEqual(later.map((m) => m.credential.id));
    const study = r.plan.steps.find((s) => s.key === 'enroll');
    expect(study?.actions.join(' ')).toContain(`${later.map((m) => m.credential.name).join(', then ')} can come after this plan`);
    expect(r.plan.milestones.map((m) => m.id)).toEqual(r.stack.members.map((m) => m.credential.id));
  });
});

describe('an event planner of 12 years aiming at IT project coordinator, whose postings both prefer CAPM or PMP', () => {
  const carla = (person: RecommendInput['person'], shown?: number) => {
    const role = catalog.roles.byId.get('it-project-coordinator');
    if (!role) throw new Error('no role it-project-coordinator');
    const gaps = [{ skill: 'agile', share: 1 }, { skill: 'sdlc', share: 1 }, { skill: 'jira', share: 1 }, { skill: 'risk-management', share: 0.5 }];
    const situation = { hoursPerWeek: 8, budgetUsd: 600, deadlineWeeks: 26, today };
    return recommend({ credentials: credentials.credentials, index, role, gaps, gapsSource: 'postings', situation, roles: catalog.roles.byId, person, ...(shown !== undefined ? { shown } : {}) });
  };
  const preferred = (id: string) => ({ id, share: 1, postings: [{ asks: 'preferred' as const }, { asks: 'preferred' as const }] });
  const planner = { workSkills: ['project-management', 'budgeting'], yearsExperience: 12, currentRole: 'event planner', asked: [preferred('pmi-capm'), preferred('pmi-pmp')] };

  it('starts with CAPM, not the beginner\'s certificate her work covers, and says that certificate is one way to its education hours', () => {
    const r = carla(planner);
    expect(r.stack.members.map((m) => m.credential.id)).toEqual(['pmi-capm']);
    expect(r.stack.path.sentence).toContain('It asks for 23 hours of project-management education first');
    expect(r.fit['google-project-management']?.[0]).toMatchObject({ kind: 'work-covers' });
    // That both postings prefer it is good news, not a caution.
    expect(r.warnings['pmi-capm']?.find((w) => w.kind === 'asked')).toMatchObject({ tone: 'good-news' });
  });

  it('keeps the beginner\'s certificate first for someone whose work is not project management', () => {
    const r = carla({ ...planner, workSkills: ['customer-service'] });
    expect(r.stack.members[0]?.credential.id).toBe('google-project-management');
  });

  it('does not say again the beginner\'s certificate the path sentence names', () => {
    const named = carla({ ...planner, asked: [...planner.asked, preferred('google-project-management')] }, 1);
    expect(named.postingsName.map((n) => n.id)).not.toContain('google-project-management');
  });
});

describe('a credential the postings name, ranked below the picks shown', () => {
  // Three associate exams within a $300 budget, and a fundamentals exam both postings prefer at $900: over the
  // budget it starts no path, and below the path's level it is not its next rung, so only postingsName can say it.
  const exams = [
    credential('a', { name: 'A', level: 'associate', skills: ['sql'], costs: [line('exam', 50)] }),
    credential('b', { name: 'B', level: 'associate', skills: ['python'], costs: [line('exam', 60)] }),
    credential('c', { name: 'C', level: 'associate', skills: ['viz'], costs: [line('exam', 70)] }),
    credential('d', { name: 'D', level: 'fundamentals', skills: ['stats'], costs: [line('exam', 900)] }),
  ];
  const small = buildCredentialIndex(exams, skills({ sql: {}, python: {}, viz: {}, stats: {} }));
  const run = (shown?: number) =>
    recommend({
      credentials: exams,
      index: small,
      role: role(),
      gaps: [{ skill: 'sql', share: 1 }, { skill: 'python', share: 1 }, { skill: 'viz', share: 1 }, { skill: 'stats', share: 0.5 }],
      gapsSource: 'postings',
      situation: { hoursPerWeek: 10, budgetUsd: 300, today },
      person: { asked: [{ id: 'd', share: 1, postings: [{ asks: 'preferred' }, { asks: 'preferred' }] } as never] },
      ...(shown !== undefined ? { shown } : {}),
    });

  it('is said with its cost when it falls outside the picks shown, and not when it is shown', () => {
    const r = run(1);
    expect(r.ranked.map((p) => p.credential.id)).toContain('d');
    expect(r.picks[0]?.credential.id).not.toBe('d');
    expect(r.postingsName).toEqual([expect.objectContaining({ id: 'd', name: 'D', pick: expect.objectContaining({ cost: expect.objectContaining({ expectedCents: 90_000 }) }) })]);
    expect(run().postingsName).toEqual([]);
  });
});

describe('where the path starts below a credential the postings name (toward-named.ts)', () => {
  const postings = (roleId: string, gaps: RecommendInput['gaps'], situation: Omit<Situation, 'today'>, person: RecommendInput['person']) => {
    const role = catalog.roles.byId.get(roleId);
    if (!role) throw new Error(`no role ${roleId}`);
    return recommend({ credentials: credentials.credentials, index, role, gaps, gapsSource: 'postings', situation: { ...situation, today }, roles: catalog.roles.byId, person });
  };
  const prefers = (id: string, postingCount = 1) => ({ id, share: 1, postings: Array.from({ length: postingCount }, () => ({ asks: 'preferred' as const })) });
  // Darnell: truck driver, ready by his report, whose posting prefers A+; his gaps are tools no credential teaches.
  const helpDesk = (budgetUsd: number) =>
    postings('it-support', [{ skill: 'active-directory', share: 1 }, { skill: 'servicenow', share: 1 }, { skill: 'microsoft-office', share: 1 }], { hoursPerWeek: 10, budgetUsd, deadlineWeeks: 26 }, {
      verdict: 'ready',
      currentRole: 'truck driver',
      yearsExperience: 20,
      asked: [prefers('comptia-a-plus')],
    });

  it('at $0 starts on the free way in to the A+ his posting names, with the A+ exam the cost of certifying later', () => {
    const r = helpDesk(0);
    expect(r.stack.members[0]).toMatchObject({ credential: { id: 'google-it-support' }, reach: 'free-route' });
    expect([...r.stack.members, ...(r.stack.path.later ?? [])].map((m) => m.credential.id)).toEqual(['google-it-support', 'comptia-a-plus']);
    expect(r.picks.map((p) => p.credential.id).slice(0, 2)).toEqual(['google-it-support', 'comptia-a-plus']);
    expect(r.freeRouteTo).toEqual({ 'google-it-support': 'comptia-a-plus' });
    expect(r.warnings['google-it-support']).toContainEqual(expect.objectContaining({ tone: 'good-news', text: expect.stringContaining('It leads to CompTIA A+') }));
  });

  it('with a budget that reaches the A+, goes straight to it: a ready person is past the beginner\'s certificate', () => {
    const r = helpDesk(600);
    expect(r.stack.members.map((m) => m.credential.id)).toEqual(['comptia-a-plus']);
    expect(r.freeRouteTo).toEqual({});
    expect(r.picks.map((p) => p.credential.id)).not.toContain('google-it-support');
  });

  // Mei: senior accountant, close by her report, both postings naming PL-300, which teaches none of her gaps.
  const mei = (verdict?: 'close') =>
    postings('data-analyst', [{ skill: 'sql', share: 1 }, { skill: 'data-warehousing', share: 0.5 }, { skill: 'data-analysis', share: 0.5 }], { hoursPerWeek: 8, budgetUsd: 1000, deadlineWeeks: 17 }, {
      ...(verdict ? { verdict } : {}),
      currentRole: 'senior accountant',
      yearsExperience: 18,
      asked: [prefers('microsoft-pl-300', 2)],
    });

  it('starts someone close to ready on the credential her postings name, not on a beginner\'s rung below it', () => {
    const r = mei('close');
    expect(r.stack.members.map((m) => m.credential.id)).toEqual(['microsoft-pl-300']);
    expect(r.picks[0]?.credential.id).toBe('microsoft-pl-300');
    expect(r.stack.path.sentence).toContain('is a beginner\'s course you are past now that you are close to ready');
  });

  it('does not start a beginner there: without the verdict, PL-300 is not the first rung', () => {
    expect(mei().stack.members[0]?.credential.id).not.toBe('microsoft-pl-300');
  });

  it('never tells a credential the postings name that it covers 0% and should be paired with a broader program', () => {
    const r = postings('salesforce-administrator', [{ skill: 'identity-access-management', share: 1 }, { skill: 'requirements-gathering', share: 0.5 }], { hoursPerWeek: 5, budgetUsd: 300 }, {
      currentRole: 'insurance agency owner',
      yearsExperience: 22,
      asked: [prefers('salesforce-administrator', 2)],
    });
    expect(r.picks[0]).toMatchObject({ credential: { id: 'salesforce-administrator' }, coverage: { value: 0 } });
    expect(r.warnings['salesforce-administrator']?.some((w) => w.kind === 'narrow')).toBe(false);
  });

  it('says honestly when the catalog has no credential made for the role: each pick is among the closest', () => {
    const r = postings('health-informatics', [{ skill: 'data-analysis', share: 1 }, { skill: 'requirements-gathering', share: 1 }, { skill: 'hl7-fhir', share: 1 }], { hoursPerWeek: 6, budgetUsd: 500 }, { currentRole: 'ICU nurse', yearsExperience: 25 });
    expect(r.noneForRole).toBe(true);
    expect(r.picks.length).toBeGreaterThan(0);
    for (const pick of r.picks) expect(r.fit[pick.credential.id]?.[0]?.text).toMatch(/my catalog has no credential made for health informatics specialist jobs, and it is among the closest, since it covers /);
    expect(mei('close').noneForRole).toBe(false);
  });
});

describe('a credential the person holds is never called badge collecting', () => {
  it('keeps a marketer\'s own Google Digital Marketing certificate out of the unrelated badges on a cloud path', () => {
    const r = advise('cloud-engineer', ['marketing', 'google-analytics', 'excel', 'sem', 'content-marketing'], { hoursPerWeek: 10, budgetUsd: 500 }, { held: ['google-digital-marketing-ecommerce'] });
    expect(r.stack.members.length).toBeGreaterThan(0);
    const badges = r.planWarnings.filter((w) => w.kind === 'badge-collecting');
    expect(badges.map((w) => w.text).join(' ')).not.toContain('Google Digital Marketing');
  });
});
