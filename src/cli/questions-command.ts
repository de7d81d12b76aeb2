import { loadQuestions } from '../data/load-questions.js';
import { COMPETENCIES, type Competency, type Question } from '../data/questions-schema.js';
import { defineCommand } from './command-spec.js';
import { resolveRole } from './resolve-role.js';
import { UsageError } from './usage-error.js';

const QUESTIONS_USAGE = 'pivot questions [--role ROLE] [--competency C] [--json]';

/** --competency as people type it ("Conflict", "data_driven decision"); an unknown one is a usage error listing them all. */
function parseCompetency(typed: string): Competency {
  const wanted = typed.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const found = COMPETENCIES.find((c) => c === wanted);
  if (!found) throw new UsageError(`--competency "${typed}" is not one I know. Use one of: ${COMPETENCIES.join(', ')}.`);
  return found;
}

function renderQuestion(q: Question): string[] {
  const notes = [q.competencies.join(', '), q.roles.join(', '), ...(q.invitesCredential ? ['use your credential'] : [])];
  return [`${q.id}: ${q.text}`, `    (${notes.join('; ')})`];
}

/** `pivot questions`: the behavioural question bank, for a role and/or a competency. */
export const questionsCommand = defineCommand(
  {
    name: 'pivot questions',
    usage: QUESTIONS_USAGE,
    summary: 'The behavioural interview questions practice draws from, with their ids for "pivot star --question".',
    options: {
      role: { type: 'string', value: 'ROLE', help: 'only questions for this role (an id, a name or a job title) and those any employer asks' },
      competency: { type: 'string', value: 'C', help: `only questions on this competency: ${COMPETENCIES.join(', ')}` },
      json: { type: 'boolean', help: 'print one JSON object instead of the list' },
    },
    examples: ['pivot questions --role "data analyst" --competency learning-fast'],
  },
  async (values, data) => {
    const competency = values.competency === undefined ? undefined : parseCompetency(values.competency);
    const role = values.role === undefined ? undefined : resolveRole(data, values.role);
    const bank = await loadQuestions(data.catalog.roles);
    const questions = bank.filter({ role: role?.id, competency });

    if (values.json) {
      return JSON.stringify({ role: role ? { id: role.id, name: role.name } : null, competency: competency ?? null, count: questions.length, questions });
    }
    const scope = [role ? `for ${role.name}` : '', competency ? `on ${competency}` : ''].filter(Boolean).join(' ');
    const heading = `${questions.length} question${questions.length === 1 ? '' : 's'}${scope ? ` ${scope}` : ''}. Practise one with: pivot star --question ID --answer-file FILE`;
    return [heading, '', ...questions.flatMap(renderQuestion)].join('\n');
  },
);
