import { DataError, displayPath, entryLabel, readJson, zodIssues, type DataIssue } from './data-file.js';
import type { RoleCatalog } from './load-data.js';
import { ANY_ROLE, COMPETENCIES, questionsFileSchema, type Competency, type FocusWords, type Question, type QuestionsFile } from './questions-schema.js';

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
  /** How people name each competency when choosing what to practise. */
  readonly focusWords: FocusWords;
  /** Questions for a role (its own and the "any" ones) and, if given, a competency; file order. */
  filter(options: { role?: string; competency?: Competency }): Question[];
}

const normalText = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ').trim();

function checkQuestions(data: QuestionsFile, file: string, roles: RoleCatalog): DataIssue[] {
  const issues: DataIssue[] = [];
  const idAt = new Map<string, number>();
  const textAt = new Map<string, number>();
  data.questions.forEach((question, i) => {
    const entry = entryLabel('questions', i, question.id);
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

  // A word naming two competencies would pick neither.
  const wordAt = new Map<string, Competency>();
  for (const competency of COMPETENCIES) {
    data.focusWords[competency].forEach((word, k) => {
      const key = normalText(word);
      const other = wordAt.get(key);
      if (other === undefined) wordAt.set(key, competency);
      else issues.push({ file, entry: 'focusWords', field: `${competency}[${k}]`, problem: `"${word}" already names "${other}"` });
    });
  }

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
  if (!parsed.success) throw new DataError(zodIssues(parsed.error, raw, file, ['questions']));
  const issues = checkQuestions(parsed.data, file, roles);
  if (issues.length > 0) throw new DataError(issues);
  const { notes, questions, focusWords } = parsed.data;
  return {
    file,
    notes,
    questions,
    focusWords,
    byId: new Map(questions.map((q) => [q.id, q])),
    filter: ({ role, competency }) =>
      questions.filter(
        (q) => (!role || q.roles.includes(ANY_ROLE) || q.roles.includes(role)) && (!competency || q.competencies.includes(competency)),
      ),
  };
}

export async function loadQuestions(roles: RoleCatalog, file: string | URL = DEFAULT_QUESTIONS_PATH): Promise<QuestionBank> {
  const label = displayPath(file);
  return parseQuestions(await readJson(file, label), roles, label);
}
