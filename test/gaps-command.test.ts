import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runNode } from './support/run-node.js';

const postings = path.join(ROOT, 'test/fixtures/postings');

/** `npx pivot ...` from a checkout: the real bin file, as a user runs it. */
const pivot = (...args: string[]) => runNode(['src/cli/pivot.js', ...args]);

let empty: string;
let levelled: string;
beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pivot-gaps-'));
  empty = path.join(dir, 'empty.txt');
  await writeFile(empty, '  \n\n');
  levelled = path.join(dir, 'levelled.txt');
  await writeFile(levelled, [
    'Junior Data Analyst',
    '',
    'What you bring:',
    '- Solid SQL',
    '- Dashboards in Tableau or Power BI',
    '- Python is a plus',
    '',
    'No Java experience needed. We offer a paid Google Data Analytics course and health insurance.',
    'We are an equal opportunity employer and welcome veterans.',
  ].join('\n'));
});

describe('pivot gaps', () => {
  it('prints one JSON object with the matched role, demand, what the user has and the gaps', async () => {
    const { code, stdout } = await pivot('gaps', '--role', 'Data Analyst', '--have', 'Excel, some SQL', '--posting', path.join(postings, 'prose-data-analyst.txt'), '--posting', path.join(postings, 'html-job-board.txt'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.role).toEqual({ id: 'data-analyst', name: 'Data analyst' });
    expect(report.source).toBe('postings');
    expect(report.demand.length).toBeGreaterThan(0);
    for (const row of report.demand) expect(row.share).toBeGreaterThanOrEqual(0);
    const shares = report.demand.map((d: { share: number }) => d.share);
    expect(shares).toEqual([...shares].sort((a: number, b: number) => b - a));
    expect(report.have).toEqual(expect.arrayContaining(['Excel', 'SQL']));
    expect(report.gaps.map((g: { skill: string }) => g.skill)).not.toContain('Excel');
  });

  it('shows each skill of each posting with its level and the phrase it came from; only demands count', async () => {
    const { code, stdout } = await pivot('gaps', '--role', 'data analyst', '--have', 'Power BI', '--posting', levelled, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const skills = report.postings[0].skills as { id: string; level: string; phrase: string }[];
    const level = Object.fromEntries(skills.map((s) => [s.id, s.level]));
    expect(level).toMatchObject({ sql: 'required', tableau: 'required', 'power-bi': 'required', python: 'preferred', java: 'not-required' });
    expect(skills.find((s) => s.id === 'python')?.phrase).toBe('Python is a plus');
    expect(skills.find((s) => s.id === 'java')?.phrase).toBe('No Java experience needed.');
    // SQL and dashboards are both required everywhere: SQL, a core analyst skill, ranks first and says why.
    expect(report.gaps.map((g: { id: string; rankedBy: string }) => [g.id, g.rankedBy])).toEqual([['sql', 'core'], ['dashboards', 'weight'], ['python', 'last']]);
    expect(report.demand.find((d: { id: string }) => d.id === 'tableau')).toMatchObject({ skill: 'Tableau or Power BI', alternatives: ['tableau', 'power-bi'] });
    expect(report.demand.find((d: { id: string }) => d.id === 'python')).toMatchObject({ weight: 0.5, share: 1 });
    expect(report.demand.map((d: { id: string }) => d.id)).not.toContain('java');
    expect(report.demand.map((d: { id: string }) => d.id)).not.toContain('military');
  });

  it('uses the role catalog when no posting is given, and prints a readable report without --json', async () => {
    const { code, stdout } = await pivot('gaps', '--role', 'cloud engineer', '--have', 'none');
    expect(code).toBe(0);
    expect(stdout).toContain('Here is your gap report for Cloud engineer.');
    expect(stdout).toContain('Demand is the typical demand for this role');
  });

  it.each([
    [['gaps', '--role', 'astronaut', '--have', 'Excel'], '--role "astronaut" does not match a role I know'],
    [['gaps', '--role', 'doctor', '--have', 'Excel'], 'needs a degree or licence'],
    [['gaps', '--have', 'Excel'], '--role is required'],
    [['gaps', '--role', 'data analyst'], '--have is required'],
    [['gaps', '--role', 'data analyst', '--have', 'x', '--posting', '/no/such/file.txt'], 'Cannot read the posting file /no/such/file.txt: ENOENT'],
    [['gaps', '--role', 'data analyst', '--have', 'x', '--colour'], "Unknown option '--colour'"],
    [['teleport'], 'Unknown command "teleport"'],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { code, stderr, stdout } = await pivot(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('exits 2 for an empty posting file', async () => {
    const { code, stderr } = await pivot('gaps', '--role', 'data analyst', '--have', 'x', '--posting', empty);
    expect(code).toBe(2);
    expect(stderr).toContain('is empty');
  });
});

describe('pivot gaps: role profiles and the verdict', () => {
  it('carries the verdict with the share of weighted demand covered, and core competencies first without postings', async () => {
    const { code, stdout } = await pivot('gaps', '--role', 'IT support', '--have', 'customer service, Windows', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.gaps.slice(0, 3).map((g: { id: string }) => g.id)).toEqual(['troubleshooting', 'networking', 'technical-support']);
    expect(report.gaps[0]).toMatchObject({ core: true, weight: 1, rankedBy: 'tie' });
    expect(report.verdict).toMatchObject({ kind: 'gap', relation: 'other' });
    expect(report.verdict.covered).toBeGreaterThan(0);
    expect(report.verdict.covered).toBeLessThan(0.5);
  });

  it('says when the target is a step down from the job now (--current)', async () => {
    const { code, stdout } = await pivot('gaps', '--role', 'data analyst', '--have', 'SQL, Python, Tableau, statistics', '--current', 'senior data analyst');
    expect(code).toBe(0);
    expect(stdout).toContain('This is a step down from senior data analyst: you already bring what it asks for.');
    const json = JSON.parse((await pivot('gaps', '--role', 'data analyst', '--have', 'SQL, Python, Tableau, statistics', '--current', 'senior data analyst', '--json')).stdout);
    expect(json.verdict).toMatchObject({ kind: 'ready', relation: 'step-down', coreCovered: 1 });
  });

  it('says the same job proven by a credential is the role in a new field, as the chat does (--current)', async () => {
    const proven = await pivot('gaps', '--role', 'IT project manager', '--have', 'PMP certified, MS Project, budgets, risk management', '--current', 'construction project manager');
    expect(proven.code).toBe(0);
    expect(proven.stdout).toContain('the role is the same but the field is new, so what it adds is the tech side:');
  });

  it('says a job title in another field is their job in a new field, with what carries over (--current)', async () => {
    const unproven = await pivot('gaps', '--role', 'IT project manager', '--have', 'MS Project, budgets, risk management', '--current', 'construction project manager');
    expect(unproven.stdout).toContain('This is your job (construction project manager) in a new field, not the job you already do:');
    expect(unproven.stdout).toMatch(/carry over from construction, and what you still need for it in tech is /);
  });

  it('names the closest roles with why for a title it does not know, and how to confirm one', async () => {
    const { code, stderr } = await pivot('gaps', '--role', 'growth hacker', '--have', 'Excel');
    expect(code).toBe(2);
    expect(stderr).toContain('--role "growth hacker" is not a role I know. The closest I know:');
    expect(stderr).toContain('digital-marketer (Digital marketer): growth hacking is digital marketing');
    expect(stderr).toMatch(/Run again with --role and the one you mean, for example --role [a-z-]+\./);
  });

  it('never takes a title that shares only "designer" with a role as that role', async () => {
    const { code, stderr } = await pivot('gaps', '--role', 'instructional designer', '--have', 'writing');
    expect(code).toBe(2);
    expect(stderr).toContain('--role "instructional designer" is not a role I know. The closest I know:');
    expect(stderr).toContain('technical-writer (Technical writer): instructional designers already write step-by-step material');
  });
});
