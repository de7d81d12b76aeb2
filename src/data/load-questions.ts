import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { DataError, displayPath, type DataIssue, type RoleCatalog } from './load-data.js';
import { ANY_ROLE, COMPETENCIES, questionsFileSchema, type Competency, type Question, type QuestionsFile } from './questions-schema.js';

/**
 * Loads data/questions.json, validates it with zod and checks what zod cannot see: ids and texts
 * are unique, every role id is in data/roles.json ("any" stands alone), and every competency is
 * covered by at least MIN_PER_COMPETENCY questions, so practice by competency never runs dry.
 * Problems throw the same DataError as the other data files: file, entry, field, one per line.
 */

export const DEFAULT_QUESTIONS_PATH = new URL('../../data/questions.json', import.meta.url);
export const MIN_PER_COMPETENCY = 4;

export interface QuestionBank {
  readonly file: string;
  readonly notes: readonly string[];
  readonly questions: readonly Question[];
  readonly byId: ReadonlyMap<string, Question>;
  /** Questions for a role (its own and the "any" ones) and, if given, a competency; file order. */
  filter(options: { role?: string; competency?: Competency }): Question[];
}

const entryLabel = (index: number, id: unknown): string => (typeof id === 'string' ? `questions[${index}] (id "${id}")` : `questions[${index}]`);

function valueAt(root: unknown, keys: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const formatPath = (keys: readonly PropertyKey[]): string =>
  keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');

function preview(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

// The same wording as load-data.ts gives for skills and roles (its helpers are module-private).
function zodIssues(error: z.ZodError, raw: unknown, file: string): DataIssue[] {
  return error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    const where =
      first === 'questions' && typeof index === 'number'
        ? { entry: entryLabel(index, valueAt(raw, ['questions', index, 'id'])), field: rest.length ? formatPath(rest) : undefined }
        : { field: issue.path.length ? formatPath(issue.path) : undefined };
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return { file, ...where, problem: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (check the spelling)` };
    }
    const value = valueAt(raw, issue.path);
    const expected =
      issue.code === 'invalid_type' && issue.message.startsWith('Invalid')
        ? `expected ${issue.expected === 'object' ? 'an object' : `a value of type ${issue.expected}`}`
        : /^(Invalid|Too)/.test(issue.message)
          ? issue.message
          : `expected ${issue.message}`;
    const found =
      value === undefined ? 'is missing' : Array.isArray(value) ? `has ${value.length} entr${value.length === 1 ? 'y' : 'ies'}` : `is ${preview(value)}`;
    return { file, ...where, problem: `${found}, ${expected}` };
  });
}

const normalText = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ').trim();

function checkQuestions(data: QuestionsFile, file: string, roles: RoleCatalog): DataIssue[] {
  const issues: DataIssue[] = [];
  const idAt = new Map<string, number>();
  const textAt = new Map<string, number>();
  data.questions.forEach((question, i) => {
    const entry = entryLabel(i, question.id);
    const sameId = idAt.get(question.id);
    if (sameId === undefined) idAt.set(question.id, i);
    else issues.push({ file, entry, field: 'id', problem: `"${question.id}" is already used by questions[${sameId}]` });
    const key = normalText(question.text);
    const sameText = textAt.get(key);
    if (sameText === undefined) textAt.set(key, i);
    else issues.push({ file, entry, field: 'text', problem: `repeats the text of questions[${sameText}]` });

    question.competencies.forEach((competency, k) => {
      if (question.competencies.indexOf(competency) !== k) issues.push({ file, entry, field: `competencies[${k}]`, problem: `"${competency}" is listed twice` });
    });
    question.roles.forEach((role, k) => {
      const field = `roles[${k}]`;
      if (role === ANY_ROLE) {
        if (question.roles.length > 1) issues.push({ file, entry, field, problem: `"${ANY_ROLE}" already covers every role: list it alone` });
      } else if (!roles.byId.has(role)) {
        issues.push({ file, entry, field, problem: `"${role}" is not a role id in ${roles.file} (or "${ANY_ROLE}")` });
      } else if (question.roles.indexOf(role) !== k) {
        issues.push({ file, entry, field, problem: `"${role}" is listed twice` });
      }
    });
  });

  for (const competency of COMPETENCIES) {
    const count = data.questions.filter((q) => q.competencies.includes(competency)).length;
    if (count < MIN_PER_COMPETENCY) {
      issues.push({ file, field: 'questions', problem: `cover "${competency}" ${count} time${count === 1 ? '' : 's'}, expected at least ${MIN_PER_COMPETENCY}` });
    }
  }
  return issues;
}

/** Validates already-parsed JSON as a questions file against the loaded roles. `file` is only used in messages. */
export function parseQuestions(raw: unknown, roles: RoleCatalog, file = 'data/questions.json'): QuestionBank {
  const parsed = questionsFileSchema.safeParse(raw);
  if (!parsed.success) throw new DataError(zodIssues(parsed.error, raw, file));
  const issues = checkQuestions(parsed.data, file, roles);
  if (issues.length > 0) throw new DataError(issues);
  const { notes, questions } = parsed.data;
  return {
    file,
    notes,
    questions,
    byId: new Map(questions.map((q) => [q.id, q])),
    filter: ({ role, competency }) =>
      questions.filter(
        (q) => (!role || q.roles.includes(ANY_ROLE) || q.roles.includes(role)) && (!competency || q.competencies.includes(competency)),
      ),
  };
}

export async function loadQuestions(roles: RoleCatalog, file: string | URL = DEFAULT_QUESTIONS_PATH): Promise<QuestionBank> {
  const label = displayPath(file);
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new DataError([{ file: label, problem: `cannot be read (${(error as Error).message})` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (error) {
    throw new DataError([{ file: label, problem: `is not valid JSON (${(error as Error).message})` }]);
  }
  return parseQuestions(raw, roles, label);
}
