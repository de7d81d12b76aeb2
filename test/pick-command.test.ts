import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode } from './support/run-node.js';

const pivot = (...args: string[]) => runNode(['src/cli/pivot.js', 'pick', ...args]);
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
    expect(result.deadline.text).toMatch(/^Your studying ends on \d{4}-\d\d-\d\d, /);
    for (const pick of result.picks) expect([pick.hoursSource, typeof pick.hours]).toEqual([expect.stringMatching(/^(provider|estimate)$/), 'number']);
    // Entry-level pay, with its basis and source, and the return said in words.
    expect(result.roi).toMatchObject({ targetPay: 82_630, payBasis: expect.stringMatching(/25th percentile/), source: expect.stringMatching(/^U\.S\. Bureau of Labor Statistics, OEWS national wages, May 2024/) });
    expect(result.roi.sentence).toMatch(/^An entry-level data analyst earns about \$83,000 a year/);
  });

  it('takes the gaps as named skills, and prints a readable report without --json', async () => {
    const { code, stdout } = await pivot('--role', 'cloud engineer', '--gaps', 'AWS, Linux', '--budget', '0', '--hours', '8');
    expect(code).toBe(0);
    expect(stdout).toContain('Top picks for Cloud engineer:');
    expect(stdout).toContain('Your plan');
    expect(stdout).not.toMatch(/score \d|3-year return|pay change =/);
  });

  it.each([
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
});
