import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { personDay } from '../src/dates/person-zone.js';
import { ROOT, runNode } from './support/run-node.js';

const pivot = (...args: string[]) => runNode(['src/cli/pivot.js', 'pick', ...args]);
const pivotIn = (timeZone: string, ...args: string[]) => runNode(['src/cli/pivot.js', 'pick', ...args], { env: { ...process.env, TZ: timeZone } });
const posting = path.join(ROOT, 'test/fixtures/postings/prose-data-analyst.txt');

describe('pivot pick', () => {
  it('prints picks, the stack, warnings and a six-step dated plan as one JSON object', async () => {
    const { code, stdout, stderr } = await pivot('--role', 'data analyst', '--have', 'Excel, some SQL', '--posting', posting, '--budget', '$300', '--hours', '10', '--months', '6', '--salary', '66k', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.picks.length).toBeGreaterThan(0);
    for (const pick of result.picks) {
      expect(pick).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), provider: expect.any(String), score: expect.any(Number), covers: expect.any(Array) }));
      expect(pick.totalCostUsd === null || pick.totalCostUsd >= 0).toBe(true);
    }
    const scores = result.picks.map((p: { score: number }) => p.score);
    expect(result.stack).toEqual(expect.objectContaining({ ids: expect.any(Array), covered: expect.any(Array), uncovered: expect.any(Array) }));
    if (result.stack.totalCostUsd !== null) expect(result.stack.totalCostUsd).toBeLessThanOrEqual(300);
    expect(scores.every((s: number) => s >= 0 && s <= 1)).toBe(true);
    expect(result.warnings.every((w: { code: string; message: string }) => w.code && w.message)).toBe(true);
    expect(result.plan).toHaveLength(6);
    expect(result.plan.map((s: { step: number }) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    // Every credential has study hours, so every step is dated; the posting given is the research, done.
    for (const step of result.plan) expect(step.due).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(result.plan[0]).toMatchObject({ step: 1, done: true });
    // Said in words for people; JSON keeps the machine's date in `date` and `due`.
    expect(result.deadline.text).toMatch(/^Your studying ends on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}, /);
    for (const pick of result.picks) expect([pick.hoursSource, typeof pick.hours]).toEqual([expect.stringMatching(/^(provider|estimate)$/), 'number']);
    // Entry-level pay, with its basis and source, and the return said in words.
    expect(result.roi).toMatchObject({ targetPay: 82_630, payBasis: expect.stringMatching(/25th percentile/), source: expect.stringMatching(/^U\.S\. Bureau of Labor Statistics, OEWS national wages, May 2024/) });
    expect(result.roi.sentence).toMatch(/^An entry-level data analyst earns about \$83,000 a year/);
  });

  it("dates the plan from today in the terminal's own calendar, not the UTC day", async () => {
    // UTC+14 and UTC-11: at any hour one of the two is on another day than UTC, so the test always has a case to catch.
    const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    expect(zones.some((zone) => personDay(new Date(), zone) !== personDay(new Date(), undefined))).toBe(true);
    for (const zone of zones) {
      const before = personDay(new Date(), zone);
      const { stdout } = await pivotIn(zone, '--role', 'data analyst', '--have', 'Excel', '--posting', posting, '--budget', '$300', '--hours', '10', '--json');
      // The posting given is the research, done today where the terminal is (either side of a midnight the run crossed).
      expect([before, personDay(new Date(), zone)]).toContain(JSON.parse(stdout).plan[0].due);
    }
  });

  it('takes the gaps as named skills, and prints a readable report without --json', async () => {
    const { code, stdout } = await pivot('--role', 'cloud engineer', '--gaps', 'AWS, Linux', '--budget', '0', '--hours', '8');
    expect(code).toBe(0);
    expect(stdout).toContain('Top picks for Cloud engineer:');
    expect(stdout).toContain('Your plan');
    expect(stdout).not.toMatch(/score \d|3-year return|pay change =/);
  });

  it('gives each pick its level, vendor, hours and fit, and the stack its path in plan order', async () => {
    const { code, stdout } = await pivot('--role', 'cloud engineer', '--gaps', 'AWS, cloud computing, cloud architecture', '--budget', '600', '--hours', '8', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    for (const pick of result.picks) {
      expect(pick.level).toMatch(/^(entry-certificate|fundamentals|associate|professional|specialty)$/);
      expect(pick.vendor).toEqual(expect.any(String));
      expect(pick.hoursSource).toMatch(/^(provider|estimate)$/);
      expect(pick.fit).toEqual(expect.any(Array));
    }
    expect(result.stack.path.steps.map((s: { id: string }) => s.id)).toEqual(['aws-cloud-practitioner', 'aws-solutions-architect-associate']);
    expect(result.stack.path.steps.map((s: { level: string }) => s.level)).toEqual(['fundamentals', 'associate']);
    expect(result.stack.path.sentence).toBe('Start with AWS Certified Cloud Practitioner (CLF-C02), which AWS Certified Solutions Architect – Associate (SAA-C03) builds on.');
    // A beginner is told the associate exam expects a year on AWS.
    const saa = result.picks.find((p: { id: string }) => p.id === 'aws-solutions-architect-associate');
    expect(saa.fit).toEqual([{ kind: 'experience', text: expect.stringMatching(/^AWS recommends at least a year of hands-on AWS/) }]);
  });

  it('never recommends what --held names, and sets aside entry badges for a project manager of 16 years, saying why', async () => {
    const { code, stdout } = await pivot('--role', 'project manager', '--gaps', 'project management, agile, scrum, SQL', '--budget', '500', '--hours', '5', '--held', 'PMP', '--job', 'project manager', '--years', '16', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const recommended = [...result.picks.map((p: { id: string }) => p.id), ...result.stack.ids];
    for (const id of ['pmi-pmp', 'pmi-capm', 'scrum-org-psm-1', 'scrum-alliance-csm', 'google-project-management']) expect(recommended).not.toContain(id);
    const aside = Object.fromEntries(result.setAside.map((s: { id: string; kind: string; text: string }) => [s.id, s]));
    expect(aside['pmi-pmp']).toMatchObject({ kind: 'held' });
    expect(aside['pmi-capm']).toMatchObject({ kind: 'below-held', text: expect.stringContaining('You hold PMP') });
    expect(aside['scrum-org-psm-1']).toMatchObject({ kind: 'outgrown', text: expect.stringMatching(/adds little to your 16 years as a project manager and your PMP/) });
  });

  it('says to negotiate from current pay when the role has no pay figure, and against the entry pay when it has one', async () => {
    const pm = await pivot('--role', 'product manager', '--gaps', 'Jira, SQL', '--budget', '500', '--hours', '5');
    expect(pm.code).toBe(0);
    expect(pm.stdout).toContain('Negotiate from your current pay and the pay ranges in the postings you read, since I have no pay figure for the role.');
    expect(pm.stdout).not.toContain("Negotiate against the role's entry-level pay.");
    const analyst = await pivot('--role', 'data analyst', '--gaps', 'SQL, Tableau', '--budget', '500', '--hours', '5');
    expect(analyst.stdout).toContain("Negotiate against the role's entry-level pay.");
  });

  it('tells a career changer the PMP needs 36 months of leading projects', async () => {
    const { stdout } = await pivot('--role', 'project manager', '--gaps', 'project management, agile', '--budget', '1000', '--hours', '8', '--job', 'teacher', '--years', '12', '--json');
    const result = JSON.parse(stdout);
    expect(result.picks.map((p: { id: string }) => p.id)).not.toContain('pmi-pmp');
    expect(result.setAside.find((s: { id: string }) => s.id === 'pmi-pmp')).toMatchObject({ kind: 'needs-experience', text: expect.stringMatching(/PMI requires 36 months of leading projects.*CAPM/) });
  });

  it.each([
    [['--role', 'data analyst', '--gaps', 'SQL', '--budget', '100', '--hours', '5', '--held', 'a unicorn badge'], '--held "a unicorn badge" is not one credential I know'],
    [['--role', 'data analyst', '--budget', '100', '--hours', '5'], 'Give either --gaps or --have'],
    [['--role', 'data analyst', '--gaps', 'SQL', '--have', 'Excel', '--budget', '100', '--hours', '5'], 'Give either --gaps or --have'],
    [['--role', 'data analyst', '--gaps', 'SQL', '--hours', '5'], '--budget and --hours are required'],
    [['--role', 'data analyst', '--gaps', 'SQL', '--budget', 'lots', '--hours', '5'], '--budget "lots" should be a number'],
    [['--role', 'data analyst', '--gaps', 'SQL', '--budget', '100', '--hours', '0'], '--hours "0" should be a number from 1'],
    [['--role', 'data analyst', '--gaps', 'nothing useful', '--budget', '100', '--hours', '5'], 'names no skill I know'],
    [['--role', 'astronaut', '--gaps', 'SQL', '--budget', '100', '--hours', '5'], 'does not match a role I know'],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { code, stderr } = await pivot(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('reads every credential a posting file names as the chat does, CISA too, with how the posting asks', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pivot-pick-'));
    const file = path.join(dir, 'grc.txt');
    await writeFile(file, 'GRC Analyst\nResponsibilities:\n- Run risk assessments against NIST and ISO 27001 controls\n- Support SOC 2 audits and write policies\nPreferred: CompTIA Security+ or CISA certification.\n');
    const { code, stdout, stderr } = await pivot('--role', 'grc analyst', '--have', 'Excel, audits', '--posting', file, '--budget', '1000', '--hours', '8', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { postingsName: { id: string; totalCostUsd: number | null; checkAt: string | null }[] };
    // CISA is not in the catalog: named, with where to check, and no figure.
    expect(out.postingsName).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'isaca-cisa', totalCostUsd: null, checkAt: expect.any(String) })]));
    const text = await pivot('--role', 'grc analyst', '--have', 'Excel, audits', '--posting', file, '--budget', '1000', '--hours', '8');
    expect(text.stdout).toContain("I have no sourced price or study time for ISACA's CISA: check");
  });

  it('starts with CAPM for someone whose 12 years of work cover the beginner\'s course below it, as the chat does', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pivot-pick-'));
    const file = path.join(dir, 'coordinator.txt');
    await writeFile(file, 'IT Project Coordinator\n- Coordinate sprints with Agile/Scrum teams and track issues in Jira\n- Understanding of the SDLC\nPreferred: CAPM or PMP certification.\n');
    const args = ['--role', 'it project coordinator', '--have', 'project management, budgets, Excel', '--posting', file, '--budget', '600', '--hours', '8', '--months', '6', '--json'];
    const stackOf = async (...more: string[]) => (JSON.parse((await pivot(...args, ...more)).stdout) as { stack: { ids: string[]; path: { sentence: string } } }).stack;
    const planner = await stackOf('--job', 'event planner', '--years', '12');
    expect(planner.ids[0]).toBe('pmi-capm');
    expect(planner.path.sentence).toContain('Google Project Management Professional Certificate is one way to get them');
    // New to work: the beginner's course still comes first.
    expect((await stackOf('--job', 'event planner', '--years', '1')).ids[0]).toBe('google-project-management');
  });
});
