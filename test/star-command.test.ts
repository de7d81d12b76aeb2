import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import { scoreAnswer } from '../src/star/score-answer.js';
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
    // At 36 s spoken, the length comes first; the credential after it.
    expect(stdout).toContain('1. At about 36 s spoken, this is short: an interviewer expects 1-2 minutes.');
    expect(stdout).toContain('2. This question invites your Google Data Analytics Professional Certificate as evidence.');
    expect(stdout).toContain('An interviewer might ask next: "Which part did you do on your own, without the course guiding you?"');
  });

  it('praises a strong answer first, in its own words', async () => {
    const { code, stdout } = await pivot('star', '--question', 'failed', '--answer-file', path.join(answers, 'strong.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain('This is a strong answer. What makes it strong:\n- You measured the result: "the average Monday wait dropped from 45 minutes to 15 minutes".');
    expect(stdout).not.toContain('What to work on first');
  });

  it('scores an answer as the chat does: the bank question by its first sentence, the same context, one scoring path', async () => {
    const data = await loadCoachData();
    const text = await readFile(path.join(answers, 'strong.txt'), 'utf8');
    const credentialName = 'Google Data Analytics Professional Certificate';
    const { code, stdout } = await pivot(
      'star', '--question', 'Tell me about a time you worked with messy or incomplete data', '--answer-file', path.join(answers, 'strong.txt'),
      '--role', 'data analyst', '--credential', credentialName, '--json',
    );
    expect(code).toBe(0);
    const cli = JSON.parse(stdout);
    expect(cli.question.id).toBe('messy-data');
    const question = data.questions.byId.get('messy-data');
    const role = data.catalog.roles.byId.get('data-analyst');
    if (!question || !role) throw new Error('messy-data and data-analyst are in the data');
    const chat = scoreAnswer(text, question, { role, credentialName, extractor: data.extractor, skillName: data.skillName });
    expect(cli).toEqual({ question: { id: 'messy-data', text: question.text }, role: { id: 'data-analyst', name: role.name }, ...JSON.parse(JSON.stringify(chat)) });
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
