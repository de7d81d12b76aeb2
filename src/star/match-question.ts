import type { QuestionBank } from '../data/load-questions.js';
import { contentStems } from '../engine/read/content-words.js';
import { ANY_ROLE, type Competency, type Question } from '../data/questions-schema.js';

/**
 * The question a typed text stands for: a bank question by id, by its words, by its first
 * sentence, or by nearly its words (a typo, a dropped "or"), so `pivot star` scores an answer
 * against the same question, with the same flags and follow-ups, as the chat does. Anything else
 * is a one-off question whose flags are read from its wording, so a user can practise a question
 * from a real interview that the bank does not have.
 */

export const CUSTOM_QUESTION_ID = 'custom';

// Wording that invites the credential as the story (seed 002: use it to answer a question).
const INVITES_CREDENTIAL = /\b(?:certificat\w*|credential|capstone|course|bootcamp|nano-?degree|portfolio|training|taught yourself|teach yourself|self-taught|studying|studied)\b/i;
// Wording that asks for a failure story, where a lesson is expected (DDI "complete STAR").
const ASKS_FOR_FAILURE = /\b(?:fail\w*|mistake|went wrong|go wrong|did not go|didn't go|regret|setback|missed)\b/i;
const SENTENCE = /[^.?!]+[.?!]*/g;

/**
 * How alike two wordings must be (Dice over their distinct words) to be the same question. At 0.85
 * a typo or a dropped word in a 15-word question still matches, while "Tell me about a time you
 * failed" and "Tell me about a time you led" (0.83) do not; our judgment.
 */
const SAME_WORDING = 0.85;

const normal = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function dice(a: string, b: string): number {
  const x = new Set(a.split(' '));
  const y = new Set(b.split(' '));
  let common = 0;
  for (const word of x) if (y.has(word)) common++;
  return (2 * common) / (x.size + y.size);
}

/** The question's whole text and its first sentence, normalised: either is how a user may type it. */
const wordings = (q: Question): string[] => [normal(q.text), normal(q.text.match(SENTENCE)?.[0] ?? q.text)];

/** The bank question the text stands for, or undefined when none (or two equally) come close. */
function closest(typed: string, bank: QuestionBank): Question | undefined {
  const exact = bank.questions.find((q) => wordings(q).includes(typed));
  if (exact) return exact;
  let best: Question | undefined;
  let bestScore = SAME_WORDING;
  let tie = false;
  for (const q of bank.questions) {
    const score = Math.max(...wordings(q).map((w) => dice(typed, w)));
    if (score > bestScore) [best, bestScore, tie] = [q, score, false];
    else if (score === bestScore && best) tie = true;
  }
  return tie ? undefined : best;
}

export function matchQuestion(typed: string, bank: QuestionBank): Question {
  const known = bank.byId.get(typed.trim()) ?? closest(normal(typed), bank);
  if (known) return known;
  const competencies: Competency[] = ASKS_FOR_FAILURE.test(typed) ? ['failure'] : [];
  return { id: CUSTOM_QUESTION_ID, text: typed.trim(), competencies, roles: [ANY_ROLE], invitesCredential: INVITES_CREDENTIAL.test(typed) };
}

/**
 * How many of a question's subject words the person must say for their words to name that
 * question: two ("improve a process", "misses a deadline"). One is a topic shared by several
 * questions ("deadlines" is in three), which the focus reads as a competency instead; our judgment.
 */
const NAMES_A_QUESTION = 2;

/**
 * The questions whose subject the person's words name, when they ask what to practise: "a question
 * about improve a process please" names "Tell me about a process you mapped and improved", and
 * "deadlines, like when something misses a deadline" names "Tell me about a time you missed a
 * deadline or a goal". Their words and the question's are compared in any form (improve,
 * improvement, improved); those sharing the most come first, then in the order given. `topic` is
 * the words of the topic they chose ("deadlines", "career change"): naming the topic alone names
 * none of its questions, so at least one shared word must be beyond it.
 */
export function questionsNamed(typed: string, questions: readonly Question[], topic: readonly string[] = []): Question[] {
  const said = new Set(contentStems(typed));
  if (said.size < NAMES_A_QUESTION) return [];
  const topicWords = new Set(topic.flatMap(contentStems));
  return questions
    .map((q) => ({ q, shared: contentStems(q.text).filter((w) => said.has(w)) }))
    .filter((m) => m.shared.length >= NAMES_A_QUESTION && m.shared.some((w) => !topicWords.has(w)))
    .sort((a, b) => b.shared.length - a.shared.length)
    .map((m) => m.q);
}
