import type { QuestionBank } from '../data/load-questions.js';
import { ANY_ROLE, type Competency, type Question } from '../data/questions-schema.js';

/**
 * The question a typed text stands for: a bank question by id or by its exact words, or else a
 * one-off question whose flags are read from its wording, so a user can practise a question
 * from a real interview that the bank does not have.
 */

export const CUSTOM_QUESTION_ID = 'custom';

// Wording that invites the credential as the story (seed 002: use it to answer a question).
const INVITES_CREDENTIAL = /\b(?:certificat\w*|credential|capstone|course|bootcamp|nano-?degree|portfolio|training|taught yourself|teach yourself|self-taught|studying|studied)\b/i;
// Wording that asks for a failure story, where a lesson is expected (DDI "complete STAR").
const ASKS_FOR_FAILURE = /\b(?:fail\w*|mistake|went wrong|go wrong|did not go|didn't go|regret|setback|missed)\b/i;

const normal = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function matchQuestion(typed: string, bank: QuestionBank): Question {
  const known = bank.byId.get(typed.trim()) ?? bank.questions.find((q) => normal(q.text) === normal(typed));
  if (known) return known;
  const competencies: Competency[] = ASKS_FOR_FAILURE.test(typed) ? ['failure'] : [];
  return { id: CUSTOM_QUESTION_ID, text: typed.trim(), competencies, roles: [ANY_ROLE], invitesCredential: INVITES_CREDENTIAL.test(typed) };
}
