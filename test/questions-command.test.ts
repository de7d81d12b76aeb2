import { describe, expect, it } from 'vitest';
import { runNode } from './support/run-node.js';

const pivot = (...args: string[]) => runNode(['src/cli/pivot.js', ...args]);

describe('pivot questions', () => {
  it('lists the questions for a role and a competency as one JSON object', async () => {
    const { code, stdout } = await pivot('questions', '--role', 'ux designer', '--competency', 'conflict', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(stdout);
    expect(list.role).toEqual({ id: 'ux-designer', name: 'UX designer' });
    expect(list.competency).toBe('conflict');
    expect(list.count).toBe(list.questions.length);
    expect(list.questions.map((q: { id: string }) => q.id)).toContain('defended-design');
    for (const q of list.questions) {
      expect(q.competencies).toContain('conflict');
      expect(q.roles.includes('any') || q.roles.includes('ux-designer')).toBe(true);
    }
  });

  it('lists every question in plain text, marking the ones that invite the credential', async () => {
    const { code, stdout } = await pivot('questions');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d{2} questions\. Practise one with: pivot star --question ID --answer-file FILE/);
    expect(stdout).toContain('certificate-project: Walk me through a project from your certificate');
    expect(stdout).toContain('(learning-fast; any; use your credential)');
  });

  it.each([
    [['questions', '--competency', 'bravery'], '--competency "bravery" is not one I know. Use one of: learning-fast, why-career-change, teamwork, conflict, leadership-without-authority, failure, customer-focus, data-driven-decision, ambiguity, prioritisation, communicating-to-non-experts.'],
    [['questions', '--role', 'astronaut'], '--role "astronaut" does not match a role I know'],
    [['questions', 'failure'], 'Unexpected argument'],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { code, stderr, stdout } = await pivot(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });
});
