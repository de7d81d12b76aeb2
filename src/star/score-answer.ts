import { analyzeAnswer, type AnswerAnalysis, type AnswerContext, type LabelledAnswer, type QuestionLike, type SkillFinder } from './analyze-answer.js';

/**
 * The one way an answer is scored, for the chat and for `pivot star` alike: both say who the user
 * is in the same terms (the role, their gaps, their credential), and this turns that into what the
 * analyzer reads, so the same answer to the same question gets the same score, parts and advice.
 */

export interface PracticeContext {
  /** The role practised for (a Role from the catalog fits). */
  role?: { id: string; name?: string; skills: readonly { skill: string; weight: number }[] };
  /** The user's gaps for that role (their gap report), most important first. */
  gaps?: readonly string[];
  /** The user's credential, e.g. "Google Data Analytics Professional Certificate". */
  credentialName?: string;
  /**
   * Whether they hold it (done) or only chose it (credential pick, plan): a chosen course is not
   * evidence yet. Unset means held, as `pivot star --credential` says "a credential you have".
   */
  credentialHeld?: boolean;
  /** Whether the credential ends in a capstone (its assessment in data/credentials.json); unset when unknown. */
  credentialCapstone?: boolean;
  /** Skill ids the person has (their profile's skills): the only tools a suggestion may name. */
  skillsHeld?: readonly string[];
  /** Whether a skill is a tool (a tool, language or platform), not a broad method or soft skill. */
  isTool?: (id: string) => boolean;
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
    roleName: context.role?.name,
    gapSkills: skillsToShow(context),
    roleSkills: context.role?.skills.map((s) => s.skill),
    skillsHeld: context.skillsHeld,
    isTool: context.isTool,
    credentialName: context.credentialName?.trim() || undefined,
    credentialHeld: context.credentialHeld ?? true,
    credentialCapstone: context.credentialCapstone,
    extractor: context.extractor,
    skillName: context.skillName,
  };
}

export function scoreAnswer(answer: string | LabelledAnswer, question: QuestionLike, context: PracticeContext = {}): AnswerAnalysis {
  return analyzeAnswer(answer, question, answerContext(context));
}

/** What a person's profile says they have, in the terms scoreAnswer reads (a Profile fits). */
export interface HeldEvidence {
  skills?: readonly { skill: string }[];
  credentialsHeld?: readonly { id: string }[];
  credentialPick?: { ids?: readonly string[]; names: readonly string[] };
}

/** Skill categories that name a tool someone uses; the rest (method, domain, soft) are competencies. */
const TOOL_CATEGORIES: ReadonlySet<string> = new Set(['tool', 'language', 'platform']);

/**
 * The practice context a profile gives: the skills held, and the pick's first credential, held
 * only when credentialsHeld lists it (a pick is a plan, not a certificate). `categoryOf` is the
 * skill catalog's category, which tells a tool from a broad skill. `hasCapstone` is whether a
 * credential's assessment has a capstone: only then may feedback speak of one.
 */
export function evidenceFromProfile(
  profile: HeldEvidence,
  categoryOf: (id: string) => string | undefined,
  hasCapstone?: (credentialId: string) => boolean | undefined,
): Pick<PracticeContext, 'skillsHeld' | 'credentialName' | 'credentialHeld' | 'credentialCapstone' | 'isTool'> {
  const name = profile.credentialPick?.names[0];
  const id = profile.credentialPick?.ids?.[0];
  const held = new Set((profile.credentialsHeld ?? []).map((c) => c.id));
  return {
    skillsHeld: (profile.skills ?? []).map((s) => s.skill),
    credentialName: name,
    credentialHeld: id !== undefined && held.has(id),
    credentialCapstone: id === undefined ? undefined : hasCapstone?.(id),
    isTool: (skill) => TOOL_CATEGORIES.has(categoryOf(skill) ?? ''),
  };
}
