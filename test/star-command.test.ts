import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runNode } from './support/run-node.js';

const answers = path.join(ROOT, 'test/fixtures/star-answers');

/** `npx pivot star ...` from a checkout: the real bin file, as a user runs it. */
const pivot = (...args: string[]) => runNode(['src/cli/pivot.js', ...args]);

let dir: string;
let empty: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pivot-star-'));
  empty = path.join(dir, 'empty.txt');
  await writeFile(empty, '  \n\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pivot star', () => {
  it('prints one JSON object with the parts, the signals and quoted suggestions', async () => {
    const { code, stdout, stderr } = await pivot('star', '--question', 'Tell me about a team project.', '--answer-file', path.join(answers, 'all-we.txt'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const feedback = JSON.parse(stdout);
    expect(feedback.question).toEqual({ id: 'custom', text: 'Tell me about a team project.' });
    for (const part of ['situation', 'task', 'action', 'result']) {
      expect(feedback.parts[part]).toEqual({ present: expect.any(Boolean), share: expect.any(Number), score: expect.any(Number) });
    }
    expect(feedback).toMatchObject({ hasMetric: true, words: 83, speakingSeconds: 34, mentionsCredential: null });
    expect(feedback.firstPersonRatio).toBeLessThan(0.2);
    expect(feedback.suggestions.length).toBeLessThanOrEqual(3);
    expect(feedback.suggestions[0]).toContain('You wrote "We looked at the spreadsheet"');
  });

  it('takes a bank question by id, a role and a credential, and prints readable feedback', async () => {
    const { code, stdout } = await pivot(
      'star', '--question', 'certificate-project', '--answer-file', path.join(answers, 'credential-missing.txt'),
      '--role', 'Data Analyst', '--credential', 'Google Data Analytics Professional Certificate',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('STAR feedback on: Walk me through a project from your certificate');
    expect(stdout).toMatch(/Action\s+yes\s+\d+%\s+\d\/5/);
    expect(stdout).toContain('Credential or capstone used as evidence: no (this question invites it).');
    expect(stdout).toMatch(/Skills for Data analyst named: .*SQL/);
    expect(stdout).toContain('1. This question invites your Google Data Analytics Professional Certificate as evidence.');
    expect(stdout).toContain('An interviewer might ask next: "Which part did you do on your own, without the course guiding you?"');
  });

  it.each([
    [['star', '--answer-file', 'x.txt'], '--question is required'],
    [['star', '--question', 'failed'], '--answer-file is required'],
    [['star', '--question', 'failed', '--answer-file', '/no/such/answer.txt'], 'Cannot read the answer file /no/such/answer.txt: ENOENT'],
    [['star', '--question', 'failed', '--answer-file', path.join(answers, 'strong.txt'), '--role', 'astronaut'], '--role "astronaut" does not match a role I know'],
    [['star', '--question', 'failed', '--answer-file', path.join(answers, 'strong.txt'), '--colour'], "Unknown option '--colour'"],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { code, stderr, stdout } = await pivot(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('exits 2 for an empty answer file', async () => {
    const { code, stderr } = await pivot('star', '--question', 'failed', '--answer-file', empty);
    expect(code).toBe(2);
    expect(stderr).toContain('is empty: write your answer in it');
  });
});
