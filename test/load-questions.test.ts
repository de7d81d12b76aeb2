import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataVariants } from './support/data-variants.js';
import { DataError, loadCatalog, type Catalog } from '../src/data/load-data.js';
import { loadQuestions, MIN_PER_COMPETENCY, type QuestionBank } from '../src/data/load-questions.js';
import { COMPETENCIES, type Competency } from '../src/data/questions-schema.js';
import { questionsNamed } from '../src/star/match-question.js';
import { ROOT } from './support/run-node.js';

const QUESTIONS_JSON = path.join(ROOT, 'data/questions.json');

/* eslint-disable @typescript-eslint/no-explicit-any -- the bad files are built by poking at raw JSON */
type Raw = any;

const variants = dataVariants('pivot-questions-');
let catalog: Catalog;
let bank: QuestionBank;
let raw: Raw;

beforeAll(async () => {
  await variants.open();
  catalog = await loadCatalog();
  bank = await loadQuestions(catalog.roles);
  raw = JSON.parse(await readFile(QUESTIONS_JSON, 'utf8'));
});

afterAll(async () => {
  await variants.close();
});

const variant = (name: string, change: (copy: Raw) => void) => variants.write(name, raw, change);

async function loadError(file: string): Promise<DataError> {
  const error = await loadQuestions(catalog.roles, file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

const indexOf = (id: string): number => raw.questions.findIndex((q: Raw) => q.id === id);

describe('data/questions.json', () => {
  it('loads at least 60 questions, 8 or more inviting the credential', () => {
    expect(bank.file).toBe('data/questions.json');
    expect(bank.questions.length).toBeGreaterThanOrEqual(60);
    expect(bank.questions.filter((q) => q.invitesCredential).length).toBeGreaterThanOrEqual(8);
    expect(bank.byId.get('certificate-project')?.text).toBe('Walk me through a project from your certificate: what was the problem, what did you do, and what came out of it?');
  });

  it(`covers every competency at least ${MIN_PER_COMPETENCY} times, and uses only real role ids`, () => {
    for (const c of COMPETENCIES) expect(bank.questions.filter((q) => q.competencies.includes(c)).length, c).toBeGreaterThanOrEqual(MIN_PER_COMPETENCY);
    for (const q of bank.questions) for (const r of q.roles) expect(r === 'any' || catalog.roles.byId.has(r), `${q.id} -> ${r}`).toBe(true);
    for (const role of catalog.roles.roles) expect(bank.questions.some((q) => q.roles.includes(role.id)), role.id).toBe(true);
  });

  it('says the questions are editorial and cites the rubric sources', () => {
    const notes = bank.notes.join(' ');
    expect(notes).toMatch(/Editorial/);
    expect(notes).toMatch(/Targeted Selection/);
    expect(notes).toMatch(/Amazon/);
    expect(notes).toMatch(/MIT CAPD/);
  });

  it('names every competency in the words people use for it, each word for one competency', () => {
    for (const competency of COMPETENCIES) expect(bank.focusWords[competency].length).toBeGreaterThan(0);
    expect(bank.focusWords.conflict).toContain('stakeholders');
    expect(bank.focusWords.prioritisation).toContain('time management');
    const all = Object.values(bank.focusWords).flat().map((w) => w.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });

  it('offers every role the themes any interviewer may raise: conflict, a mistake, a missed deadline, learning fast, explaining, improving a process', () => {
    const themes: Competency[] = ['conflict', 'failure', 'prioritisation', 'learning-fast', 'communicating-to-non-experts', 'data-driven-decision'];
    for (const role of catalog.roles.roles) {
      const offered = bank.filter({ role: role.id });
      for (const theme of themes) expect(offered.some((q) => q.competencies.includes(theme)), `${role.id}: ${theme}`).toBe(true);
      expect(questionsNamed('improving a process', offered), `${role.id}: a process improved`).not.toEqual([]);
      expect(questionsNamed('a missed deadline', offered), `${role.id}: a missed deadline`).not.toEqual([]);
      expect(questionsNamed('explaining something technical to a non-technical person', offered), `${role.id}: explaining`).not.toEqual([]);
    }
    // A data engineer's own interviews add a pipeline that broke and bad data in a live report.
    const engineer = bank.filter({ role: 'data-engineer' }).map((q) => q.id);
    expect(engineer).toEqual(expect.arrayContaining(['improved-a-process', 'something-broke', 'error-in-live-report', 'messy-data', 'automated-repetitive']));
  });

  it('tags customer-focus only on questions about the people served', () => {
    // Cutting a cost, a mistake others noticed and transferable experience are not about customers.
    const customers = bank.filter({ competency: 'customer-focus' }).map((q) => q.id);
    expect(customers).not.toContain('saved-cost-or-time');
    expect(customers).not.toContain('mistake-others-noticed');
    expect(customers).not.toContain('experience-that-transfers');
  });

  it('filters by role (with the "any" questions) and by competency', () => {
    const ux = bank.filter({ role: 'ux-designer' });
    expect(ux.every((q) => q.roles.includes('any') || q.roles.includes('ux-designer'))).toBe(true);
    expect(ux.some((q) => q.roles.includes('ux-designer'))).toBe(true);
    expect(ux.some((q) => q.roles.includes('it-support') && !q.roles.includes('ux-designer'))).toBe(false);
    const failure = bank.filter({ competency: 'failure', role: 'data-analyst' });
    expect(failure.length).toBeGreaterThan(0);
    expect(failure.every((q) => q.competencies.includes('failure'))).toBe(true);
  });
});

describe('bad question files are rejected with the file, the entry and the field', () => {
  it('a duplicate id', async () => {
    const i = indexOf('failed');
    const file = await variant('duplicate-id.json', (q) => {
      q.questions[i].id = 'why-tech-now';
    });
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: questions[${i}] (id "why-tech-now"): id "why-tech-now" is already used by questions[0]`);
  });

  it('a role id that is not in roles.json', async () => {
    const i = indexOf('messy-data');
    const file = await variant('unknown-role.json', (q) => {
      q.questions[i].roles[1] = 'astronaut';
    });
    const error = await loadError(file);
    expect(error.issues).toEqual([{ file, entry: `questions[${i}] (id "messy-data")`, field: 'roles[1]', problem: '"astronaut" is not a role id in data/roles.json (or "any")' }]);
  });

  it('"any" next to a role id', async () => {
    const i = indexOf('failed');
    const file = await variant('any-and-role.json', (q) => {
      q.questions[i].roles = ['any', 'data-analyst'];
    });
    expect((await loadError(file)).message).toBe(`${file}: questions[${i}] (id "failed"): roles[0] "any" already covers every role: list it alone`);
  });

  it('a competency that does not exist', async () => {
    const i = indexOf('learn-tool-quickly');
    const file = await variant('bad-competency.json', (q) => {
      q.questions[i].competencies = ['learning-quickly'];
    });
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: questions[${i}] (id "learn-tool-quickly"): competencies[0] is "learning-quickly", expected one of ${COMPETENCIES.join(', ')}`);
  });

  it('a missing field and a misspelt one', async () => {
    const i = indexOf('failed');
    const file = await variant('missing-field.json', (q) => {
      delete q.questions[i].invitesCredential;
      q.questions[i].followups = ['What next?'];
    });
    const error = await loadError(file);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { file, entry: `questions[${i}] (id "failed")`, field: 'invitesCredential', problem: 'is missing, expected true or false' },
        { file, entry: `questions[${i}] (id "failed")`, field: undefined, problem: 'has unknown field "followups" (check the spelling)' },
      ]),
    );
  });

  it('a competency covered too rarely', async () => {
    const file = await variant('thin-conflict.json', (q) => {
      q.questions = q.questions.filter((item: Raw) => !item.competencies.includes('conflict') || item.id === 'disagreed-with-manager');
    });
    expect((await loadError(file)).message).toBe(`${file}: questions cover "conflict" 1 time, expected at least ${MIN_PER_COMPETENCY}`);
  });

  it('a focus word that names two competencies, and a competency with no focus words', async () => {
    const twice = await variant('focus-twice.json', (q) => {
      q.focusWords.teamwork.push('Stakeholders');
    });
    // Teamwork is read first, so the older word in conflict is the one reported.
    const k = raw.focusWords.conflict.indexOf('stakeholders');
    expect((await loadError(twice)).message).toBe(`${twice}: focusWords: conflict[${k}] "stakeholders" already names "teamwork"`);
    const missing = await variant('focus-missing.json', (q) => {
      delete q.focusWords.failure;
    });
    expect((await loadError(missing)).message).toContain('focusWords');
  });

  it('the same question twice under two ids', async () => {
    const file = await variant('duplicate-text.json', (q) => {
      q.questions.push({ ...q.questions[0], id: 'why-tech-now-again' });
    });
    const last = raw.questions.length;
    expect((await loadError(file)).message).toBe(`${file}: questions[${last}] (id "why-tech-now-again"): text repeats the text of questions[0]`);
  });

  it('a file that is missing or not JSON', async () => {
    const missing = variants.file('nope.json');
    expect((await loadError(missing)).message).toMatch(new RegExp(`^${missing}: cannot be read \\(ENOENT`));
    const broken = await variants.writeText('broken.json', '{"version": 1,');
    expect((await loadError(broken)).message).toMatch(new RegExp(`^${broken}: is not valid JSON`));
  });
});
