import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { runNode } from './run-node.js';

/**
 * `pivot star --json` on an answer, as a user would run it from a checkout: the verdict every
 * chat surface must agree with. The answer is written into `dir` (the caller's temporary folder).
 */
export async function pivotStar(dir: string, question: string, answer: string, role: string): Promise<{ score: number; parts: Record<string, number> }> {
  const file = path.join(dir, `${question}-${answer.length}.txt`);
  await writeFile(file, answer);
  const { code, stdout, stderr } = await runNode(['src/cli/pivot.js', 'star', '--question', question, '--answer-file', file, '--role', role, '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const star = JSON.parse(stdout) as { score: number; parts: Record<string, { score: number }> };
  return { score: star.score, parts: Object.fromEntries(Object.entries(star.parts).map(([part, p]) => [part, p.score])) };
}
