import { analyzeAnswer, type AnswerAnalysis, type AnswerContext, type LabelledAnswer, type QuestionLike, type SkillFinder } from './analyze-answer.js';

/**
 * The one way an answer is scored, for the chat and for `pivot star` alike: both say who the user
 * is in the same terms (the role, their gaps, their credential), and this turns that into what the
 * analyzer reads, so the same answer to the same question gets the same score, parts and advice.
 */

export interface PracticeContext {
  /** The role practised for (a Role from the catalog fits). */
  role?: { id: string; skills: readonly { skill: string; weight: number }[] };
  /** The user's gaps for that role (their gap report), most important first. */
  gaps?: readonly string[];
  /** The user's credential, e.g. "Google Data Analytics Professional Certificate". */
  credentialName?: string;
  extractor?: SkillFinder;
  skillName?: (id: string) => string;
}

/**
 * The skills an answer may name: the user's gaps first (what they are learning is the best
 * evidence), then the role's own skills, most wanted first. Naming any of them counts, so an answer
 * that names SQL for a data analyst is not told it names none because SQL is not one of their gaps.
 */
export function skillsToShow(context: PracticeContext): string[] | undefined {
  const own = context.role ? [...context.role.skills].sort((a, b) => b.weight - a.weight).map((s) => s.skill) : [];
  const all = [...new Set([...(context.gaps ?? []), ...own])];
  return all.length > 0 ? all : undefined;
}

export function answerContext(context: PracticeContext): AnswerContext {
  return {
    role: context.role?.id,
    gapSkills: skillsToShow(context),
    credentialName: context.credentialName?.trim() || undefined,
    extractor: context.extractor,
    skillName: context.skillName,
  };
}

export function scoreAnswer(answer: string | LabelledAnswer, question: QuestionLike, context: PracticeContext = {}): AnswerAnalysis {
  return analyzeAnswer(answer, question, answerContext(context));
}
