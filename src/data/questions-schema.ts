import { z } from 'zod';
import { idSchema, text } from './skills-schema.js';

/**
 * The shape of data/questions.json: behavioural interview questions for STAR practice. Cross-checks
 * zod cannot see (unique ids, role ids that exist, competency coverage) live in load-questions.ts.
 */

/** What a behavioural question probes. Career changers get asked the first two far more than graduates. */
export const COMPETENCIES = [
  'learning-fast',
  'why-career-change',
  'teamwork',
  'conflict',
  'leadership-without-authority',
  'failure',
  'customer-focus',
  'data-driven-decision',
  'ambiguity',
  'prioritisation',
  'communicating-to-non-experts',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

/** A question for every role family, instead of listing all of them. */
export const ANY_ROLE = 'any';

export const competencySchema = z.enum(COMPETENCIES, { error: `one of ${COMPETENCIES.join(', ')}` });

export const questionSchema = z.strictObject({
  id: idSchema,
  text: text('the question as an interviewer would ask it'),
  competencies: z.array(competencySchema, { error: 'a list of competencies' }).min(1, { error: 'at least one competency' }),
  /** Role ids from data/roles.json, or ["any"]. */
  roles: z.array(idSchema, { error: `a list of role ids, or ["${ANY_ROLE}"]` }).min(1, { error: `at least one role id, or "${ANY_ROLE}"` }),
  /** True when a good answer can use the user's credential or its capstone as the story. */
  invitesCredential: z.boolean({ error: 'true or false' }),
  /**
   * "story" (the default): a behavioural question asking for one past event, read as STAR.
   * "motivation": why the person is changing careers, answered with a reason, what they have done
   * about it and why this role; no before-and-after number is asked of it.
   */
  kind: z.enum(['story', 'motivation'], { error: 'story or motivation' }).optional(),
  followUps: z.array(text('a follow-up question'), { error: 'a list of follow-up questions' }).optional(),
});

/**
 * The ways people name each competency when asked what to practise ("stakeholders", "a mistake",
 * "time management"): read at the focus question, never shown. Every competency has some.
 */
export const focusWordsSchema = z.record(
  competencySchema,
  z.array(text('a word or phrase'), { error: 'a list of words or phrases' }).min(1, { error: 'at least one word or phrase' }),
  { error: 'an object with the words for each competency' },
);

export const questionsFileSchema = z.strictObject({
  version: z.literal(1, { error: '1' }),
  notes: z.array(text('a note'), { error: 'a list of notes' }).min(1, { error: 'at least one note (where the questions come from)' }),
  focusWords: focusWordsSchema,
  questions: z.array(questionSchema, { error: 'a list of questions' }).min(1, { error: 'at least one question' }),
});

export type Question = z.infer<typeof questionSchema>;
export type QuestionsFile = z.infer<typeof questionsFileSchema>;
export type FocusWords = z.infer<typeof focusWordsSchema>;
