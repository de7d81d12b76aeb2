import { readFile } from 'node:fs/promises';
import { loadQuestions } from '../data/load-questions.js';
import type { Question } from '../data/questions-schema.js';
import type { Role } from '../data/roles-schema.js';
import type { AnswerAnalysis, StarPart } from '../star/analyze-answer.js';
import { coachNotes } from '../star/coach-notes.js';
import { matchQuestion } from '../star/match-question.js';
import { motivationSummary } from '../star/motivation.js';
import { scoreAnswer } from '../star/score-answer.js';
import { TARGET_SECONDS } from '../star/star-rubric.js';
import { defineCommand } from './command-spec.js';
import { resolveRole } from './resolve-role.js';
import { UsageError } from './usage-error.js';

const STAR_USAGE = 'pivot star --question "TEXT" --answer-file FILE [--role ROLE] [--credential NAME] [--json]';

async function readAnswer(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the answer file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  if (text.trim() === '') throw new UsageError(`The answer file ${file} is empty: write your answer in it.`);
  return text;
}

const PART_NAMES: Record<StarPart, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
const percent = (share: number): string => `${Math.round(share * 100)}%`;

function render(analysis: AnswerAnalysis, question: Question, role: Role | undefined, skillName: (id: string) => string): string {
  // A motivation question has no STAR parts: what the answer says about the move, in a sentence.
  const parts = analysis.motivation ? [motivationSummary(analysis.motivation)] : (Object.keys(PART_NAMES) as StarPart[]).map((p) => {
    const { present, share, score } = analysis.parts[p];
    return `  ${PART_NAMES[p].padEnd(10)} ${(present ? 'yes' : 'missing').padEnd(8)} ${percent(share).padStart(4)}  ${score}/5`;
  });
  const credential =
    analysis.mentionsCredential === null ? [] : [`Credential or capstone used as evidence: ${analysis.mentionsCredential ? 'yes' : 'no (this question invites it)'}.`];
  const skills = role ? [`Skills for ${role.name} named: ${analysis.relevantSkills.map(skillName).join(', ') || 'none'}.`] : [];
  return [
    `${analysis.motivation ? 'Feedback' : 'STAR feedback'} on: ${question.text}`,
    `Score: ${analysis.score}/100`,
    '',
    ...parts,
    '',
    ...(analysis.motivation
      ? []
      : [`"I" versus "we": ${percent(analysis.firstPersonRatio)} "I". Measurable result: ${analysis.hasMetric ? `yes (${analysis.metrics.slice(0, 3).join(', ')})` : 'no'}.`]),
    `Length: ${analysis.words} words, about ${analysis.speakingSeconds} s spoken (aim for ${TARGET_SECONDS.min}-${TARGET_SECONDS.max} s).`,
    `Fillers: ${analysis.hedgeCount ? `${analysis.hedgeCount} (${analysis.hedges.join(', ')})` : 'none'}. One real event: ${analysis.hypothetical ? 'no, it says what you would do' : 'yes'}.`,
    ...credential,
    ...skills,
    '',
    ...coachNotes(analysis),
    '',
    `An interviewer might ask next: "${analysis.followUp}"`,
  ].join('\n');
}

/** `pivot star`: STAR feedback on a written answer, the same analysis the chat practice uses. */
export const starCommand = defineCommand(
  {
    name: 'pivot star',
    usage: STAR_USAGE,
    summary: 'STAR feedback on an interview answer you wrote: each part (Situation, Task, Action, Result) scored, with suggestions that quote your words.',
    options: {
      question: { type: 'string', value: '"TEXT"', help: 'the question answered: an id from "pivot questions", or its text (required)' },
      'answer-file': { type: 'string', value: 'FILE', help: 'a text file with your answer (required)' },
      role: { type: 'string', value: 'ROLE', help: 'the role you are interviewing for, to check the answer names its skills' },
      credential: { type: 'string', value: 'NAME', help: 'a credential or capstone you have, to check the answer uses it as evidence' },
      json: { type: 'boolean', help: 'print one JSON object instead of the feedback' },
    },
    examples: ['pivot star --question learn-tool-quickly --answer-file answer.txt --role "data analyst"'],
  },
  async (values, data) => {
    if (!values.question?.trim()) throw new UsageError(`--question is required (a question id from "pivot questions", or its text).\nUsage: ${STAR_USAGE}`);
    if (!values['answer-file']) throw new UsageError(`--answer-file is required.\nUsage: ${STAR_USAGE}`);
    const role = values.role === undefined ? undefined : resolveRole(data, values.role);
    const answer = await readAnswer(values['answer-file']);
    const question = matchQuestion(values.question, await loadQuestions(data.catalog.roles));

    // The chat scores through scoreAnswer too; here there is no gap report, so the role's skills stand alone.
    const analysis = scoreAnswer(answer, question, { role, credentialName: values.credential, extractor: data.extractor, skillName: data.skillName });
    if (!values.json) return render(analysis, question, role, data.skillName);
    return JSON.stringify({ question: { id: question.id, text: question.text }, role: role ? { id: role.id, name: role.name } : null, ...analysis });
  },
);
