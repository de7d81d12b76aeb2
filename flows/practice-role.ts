import type { CoachData } from '../src/coach-data.js';
import { ANY_ROLE } from '../src/data/questions-schema.js';
import type { Competency, Question } from '../src/data/questions-schema.js';
import type { Role } from '../src/data/roles-schema.js';
import { closestRoles } from '../src/roles/closest-roles.js';
import { ask } from '../src/engine/flow.js';
import type { TypedStep } from '../src/engine/flow.js';
import type { LabelledAnswer } from '../src/star/analyze-answer.js';
import { STAR_PARTS } from '../src/star/feedback.js';

/**
 * What interview practice alone and with a peer share: the step that asks the role practised for
 * (typed freely, matched to the catalog), the questions that role opens up, and the answer form.
 */

/** The answer form's four STAR parts; a typed message is still the whole answer. */
export const STAR_FIELDS = [
  { id: 'situation', label: 'Situation', placeholder: 'When and where it happened' },
  { id: 'task', label: 'Task', placeholder: 'What you had to achieve' },
  { id: 'action', label: 'Action', placeholder: 'What you did yourself, step by step' },
  { id: 'result', label: 'Result', placeholder: 'What changed, with a number if you can' },
];
/** A submitted answer form as the parts the user labelled (a missing field is a missing part). */
export const labelledParts = (form: Readonly<Record<string, string>>): LabelledAnswer =>
  Object.fromEntries(STAR_PARTS.map((part) => [part, form[part] ?? '']));

/** An answer longer than this is not a two-minute story; the cap also bounds the analyzer's work. */
export const MAX_ANSWER_CHARS = 30_000;

/** The role practised for; null is the questions any employer asks. */
export type RolePick = { id: string | null; exact?: boolean };

const GENERAL = /^(general|any|anything|general questions|none)[.!]*$/i;

/** What each flow says and does around the shared matching: its wording, when it asks, where it keeps the pick. */
type RoleStepOptions = Pick<Parameters<typeof ask.text<RolePick>>[1], 'prompt' | 'when' | 'saveAs' | 'onlyFrom'>;

export function practiceRoleStep(data: Pick<CoachData, 'catalog' | 'roleMatcher'>, options: RoleStepOptions): TypedStep<RolePick> {
  const { roleMatcher } = data;
  return ask.text<RolePick>('role', {
    label: 'Practising for',
    reask: 'Type a role such as data analyst, cloud engineer or project manager, or say `general`.',
    max: 120,
    interpret: (text) => {
      const match = GENERAL.test(text) ? ({ kind: 'unsure' } as const) : roleMatcher.match(text);
      if (match.kind === 'role') return { ok: true, value: { id: match.role.id, exact: match.exact } };
      if (match.kind === 'unsure') return { ok: true, value: { id: null } };
      if (match.kind === 'degree-required') return { ok: false, problem: `${match.entry.name} needs a degree or licence, so I have no interview questions for it.` };
      // Never a dead end: the closest roles it knows, to type as they are.
      const closest = closestRoles(data.catalog.roles, text).map((c) => `*${c.role.name}*`);
      if (closest.length === 0) return { ok: false, problem: "I don't know that role yet." };
      const either = closest.length > 1 ? `${closest.slice(0, -1).join(', ')} or ${closest.at(-1)}` : closest[0];
      return { ok: false, problem: `I don't know *${text.trim()}* as a role yet. The closest I know: ${either}.` };
    },
    display: (value) => roleById(data, value.id)?.name ?? 'general questions',
    ...options,
  });
}

/** A role id as stored (a pick, a profile field), if the catalog still has it. */
export const roleById = (data: Pick<CoachData, 'catalog'>, id: unknown): Role | undefined => (typeof id === 'string' ? data.catalog.roles.byId.get(id) : undefined);

/** The questions to practise for a role, its own and the ones for any role (with no role, only those), in file order. */
export const questionsFor = (data: Pick<CoachData, 'questions'>, role: string | undefined, competency?: Competency): Question[] =>
  data.questions.filter({ role, competency }).filter((q) => role || q.roles.includes(ANY_ROLE));

/** Asked in the role's interviews specifically, not only in any employer's. */
export const askedFor = (q: Question, role: string | undefined): boolean => !!role && q.roles.includes(role);
