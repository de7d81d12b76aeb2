import type { Question } from '../data/questions-schema.js';
import { classifyClauses, type ClassifiedClause, type StarPart } from './classify.js';
import { STAR_PARTS, concreteResult, followUp, overallScore, ownSteps, partScores, rightLength, weDominates, type Findings } from './feedback.js';
import { motivationScore, motivationStrong, readMotivation, type MotivationReading } from './motivation.js';
import { findStrengths, type Strength } from './praise.js';
import { countWords, normalizeAnswer, segment } from './segment.js';
import { countPronouns, findHedges, findMetrics, firstPersonRatio, mentionsCredential, namedSkills, namesCredential, type SkillFinder } from './signals.js';
import { RESULT_TAIL_SHARE, WORDS_PER_MINUTE } from './star-rubric.js';
import { MINOR_KINDS, falseStarKind, suggestions, type SuggestionKind } from './suggestions.js';
import { plausiblyUsed } from './tool-family.js';

/**
 * STAR feedback on one written answer to a behavioural question: which parts are there and how
 * much of the answer each takes, who did it ("I" or "we"), whether the result is measured, length,
 * fillers, a False STAR ("I would..."), the role's skills and the credential where the question
 * invites it. Pure: the same answer always gets the same feedback, and nothing is read or written.
 */

export type { StarPart } from './classify.js';
export type { SkillFinder } from './signals.js';
export type { Strength, StrengthKind } from './praise.js';
export type { SuggestionKind } from './suggestions.js';
export type { MotivationReading } from './motivation.js';

export interface AnswerContext {
  /** The target role id, for the wording of suggestions. */
  role?: string;
  /** The role's display name ("IT support specialist"), for the wording of suggestions. */
  roleName?: string;
  /** The skills the role asks for; a tool suggestion names only these. */
  roleSkills?: readonly string[];
  /** Skill ids the person has: a tool suggestion names only these. */
  skillsHeld?: readonly string[];
  /** A tool, language or platform, not a broad competency; without it no tool is suggested. */
  isTool?: (id: string) => boolean;
  /** False when the credential is only chosen, not done: then it is not evidence yet. */
  credentialHeld?: boolean;
  /** Whether the credential ends in a capstone; unset when unknown, and then no capstone is spoken of. */
  credentialCapstone?: boolean;
  /** Skill ids the user should show for the role, e.g. the gaps of their gap report. */
  gapSkills?: readonly string[];
  /** The user's credential, e.g. "Google Data Analytics Professional Certificate". */
  credentialName?: string;
  /** Finds skills in the answer (CoachData's extractor); without it, gap skill ids are matched as words. */
  extractor?: SkillFinder;
  /** Display names for skill ids in suggestions (CoachData's skillName). */
  skillName?: (id: string) => string;
}

export interface PartFeedback {
  present: boolean;
  /** Share of the answer's STAR words (0-1); the four shares sum to 1 when any part is present. */
  share: number;
  /** 0 (missing) to 5 (strong); see PART_SCORE in star-rubric.ts. */
  score: number;
}

export interface AnswerAnalysis {
  /** The STAR parts of a story; for a motivation question, which has none, every part absent and 0. */
  parts: Record<StarPart, PartFeedback>;
  /** For a motivation question, what it says about the move (why tech, why now, what carries over, what was done); null for a story. */
  motivation: MotivationReading | null;
  /** I-forms / (I-forms + we-forms); with neither, 1 when the speaker is named at all ("tell my boss"), else 0. */
  firstPersonRatio: number;
  /** A number, amount or counted change in the Result, or anywhere in the last ~30% outside the set-up. */
  hasMetric: boolean;
  /** The measures found there, as written ("40%", "$2,000", "two hours a week"). */
  metrics: string[];
  words: number;
  /** At WORDS_PER_MINUTE; the target is 90-120 s. */
  speakingSeconds: number;
  /** Distinct hedges and fillers, lower case, in order of first use. */
  hedges: string[];
  hedgeCount: number;
  /** A False STAR: what the user would or usually does, not one real event. */
  hypothetical: boolean;
  /** Which False STAR: what they would do ("would") or what they usually do ("habit"); null for a real story. */
  falseStar: 'would' | 'habit' | null;
  /** A learning or "next time" statement (the E of STAR+E). */
  reflection: boolean;
  relevantSkills: string[];
  /** null when the question does not invite the credential. */
  mentionsCredential: boolean | null;
  /** 0-100. */
  score: number;
  /** At most three, most important first, each quoting the answer where it has words. */
  suggestions: string[];
  /** The kind of each suggestion, in the same order ("result", "i-not-we", ...). */
  issues: SuggestionKind[];
  /** What the answer does well, each with the user's words that show it. */
  strengths: Strength[];
  /**
   * All four parts, the user's own steps with "I", a measured result, 60-120 s spoken and nothing
   * but polish (or the credential) left to suggest: the feedback leads with praise.
   */
  strong: boolean;
  /** What an interviewer would ask next. */
  followUp: string;
}

export type QuestionLike = Pick<Question, 'competencies' | 'invitesCredential' | 'followUps' | 'kind'>;

/** An answer the user split into the four STAR parts themselves (the practice form); blank parts are missing. */
export type LabelledAnswer = Partial<Record<StarPart, string>>;

/** "after 35 minutes", "within two days", "in 3 hours": how long the outcome took. */
/** "... found him in the changing rooms after like 5 mins": the same, closing the step just before the outcome. */
const TIME_TAKEN = new RegExp(
  [
    String.raw`^(?:(?:and|but|so|then) )?(?:after|within|in) (?:about |around |just |only |roughly |under |less than |like )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b`,
    // Only "after": "... asked the printer to send it within two days" is a deadline set, not the time it took.
    String.raw`\bafter (?:about |around |just |only |roughly |under |less than |like )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)[.!]*$`,
  ].join('|'),
  'i',
);
const VOICE_PARTS: ReadonlySet<string> = new Set(['action', 'task']);
/** The speaker named in any role: "I" after "where", "me", "my boss". */
const SELF = /\b(?:i|me|my|mine|myself)\b/i;
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * The parts in STAR order, joined by line breaks (where segment() always ends a clause), with the
 * first word of each part, so every clause can be traced back to the part it was written in.
 */
function joinParts(answer: LabelledAnswer): { text: string; starts: { part: StarPart; from: number }[] } {
  const starts: { part: StarPart; from: number }[] = [];
  const pieces: string[] = [];
  let words = 0;
  for (const part of STAR_PARTS) {
    const piece = normalizeAnswer(answer[part] ?? '');
    const count = countWords(piece);
    if (count === 0) continue;
    starts.push({ part, from: words });
    pieces.push(piece);
    words += count;
  }
  return { text: pieces.join('\n'), starts };
}

/**
 * The user's own labels win over the cues, except for a False STAR ("I would..."), which is worth
 * flagging wherever it was written; anchors inside a labelled part stay with that part.
 */
function applyLabels(clauses: ClassifiedClause[], starts: { part: StarPart; from: number }[]): ClassifiedClause[] {
  return clauses.map((clause) => {
    const part = starts.findLast((s) => s.from <= clause.firstWord)?.part;
    if (!part || clause.label === 'hypothetical') return clause;
    return { ...clause, label: part, anchorWords: 0 };
  });
}

/** Tools the person has that the role asks for: the only ones a suggestion may tell them to name. */
function toolsToName(context: AnswerContext): string[] {
  const { skillsHeld, isTool } = context;
  if (!skillsHeld || !isTool) return [];
  const asked = new Set(context.roleSkills ?? context.gapSkills ?? []);
  return [...new Set(skillsHeld)].filter((id) => asked.has(id) && isTool(id));
}

const OURSELVES = /\bourselves\b/gi;

export function analyzeAnswer(answer: string | LabelledAnswer, question: QuestionLike, context: AnswerContext = {}): AnswerAnalysis {
  const labelled = typeof answer === 'string' ? undefined : joinParts(answer);
  const { text, words, clauses: raw } = segment(labelled ? labelled.text : (answer as string));
  const clauses = labelled ? applyLabels(classifyClauses(raw), labelled.starts) : classifyClauses(raw);

  const partWords: Record<StarPart, number> = { situation: 0, task: 0, action: 0, result: 0 };
  for (const c of clauses) {
    if (!(c.label in partWords)) continue;
    partWords[c.label as StarPart] += c.words - c.anchorWords;
    partWords.situation += c.anchorWords;
  }
  const starWords = STAR_PARTS.reduce((sum, p) => sum + partWords[p], 0);
  const shares = Object.fromEntries(STAR_PARTS.map((p) => [p, starWords ? partWords[p] / starWords : 0])) as Record<StarPart, number>;

  const firstAction = clauses.find((c) => c.label === 'action');
  const setupShare = words === 0 ? 0 : firstAction ? firstAction.firstWord / words : (partWords.situation + partWords.task) / words;

  // The tail is every clause reaching into the last RESULT_TAIL_SHARE of the words: clause-sized,
  // so a one-sentence answer is all tail. Set-up clauses there ("we had 300 tickets") do not count.
  const tailFrom = words * (1 - RESULT_TAIL_SHARE);
  const measured = clauses.filter(
    (c) => c.label === 'result' || c.metrics.length > 0 || (c.firstWord + c.words > tailFrom && c.label !== 'situation' && c.label !== 'task' && c.label !== 'hypothetical'),
  );
  // "after 35 minutes we print again and all trucks leave on time": the time the outcome took, said
  // in the clause just before it, is its measure (findMetrics keeps only the amount).
  const timeTaken = clauses.flatMap((c, n) => {
    const span = clauses[n + 1]?.label === 'result' && c.label !== 'situation' && c.label !== 'task' ? TIME_TAKEN.exec(c.text) : null;
    return span ? findMetrics(span[0]) : [];
  });
  const metrics = [...measured.flatMap((c) => c.metrics), ...timeTaken];

  const hypotheticalClauses = clauses.filter((c) => c.label === 'hypothetical').length;
  // "I always make sure ... I break the idea into steps, I use examples": with no time said and
  // nothing told in the past, steps in the present are the habit's own, not one time's.
  const storyTold = clauses.some((c) => c.timeAnchored || (c.label === 'action' && c.past));
  const realSteps = clauses.filter((c) => c.label === 'action' && (storyTold || c.past)).length;
  // Who did the steps: "we had 300 tickets" in the scene or "we hit the target" in the result says
  // nothing about who did the work. Without a step that names anyone, the whole answer is read.
  const pronouns = countPronouns(text);
  const voiced = clauses.filter((c) => VOICE_PARTS.has(c.label));
  // "..., and started butchering it ourselves": in the candidate's own step, "ourselves" names no one else doing it.
  const own = (c: ClassifiedClause): string => (c.iActions.length > 0 && c.weActions.length === 0 ? c.text.replace(OURSELVES, ' ') : c.text);
  const stepPronouns = countPronouns(voiced.map(own).join('\n'));
  // A step told with no subject at all ("Wrote a script that...") is the writer's own, as a bullet is.
  // One that shares the subject of the step before it in its sentence is that subject's: "we split the
  // list, rang every member" is the team's.
  const unnamed = voiced.filter((c) => c.iActions.length + c.weActions.length > 0 && countPronouns(own(c)).i + countPronouns(own(c)).we === 0);
  stepPronouns.i += unnamed.filter((c) => c.iActions.length > 0).length;
  stepPronouns.we += unnamed.filter((c) => c.iActions.length === 0).length;
  // With no one named doing anything ("Own it, fix it, tell my boss"; "It was the week of the
  // inspection at my school"), the answer is the speaker's own if it speaks of them at all.
  const ratio =
    stepPronouns.i + stepPronouns.we > 0
      ? firstPersonRatio(stepPronouns)
      : pronouns.i + pronouns.we > 0
        ? firstPersonRatio(pronouns)
        : SELF.test(text)
          ? 1
          : 0;
  const hedges = findHedges(text);
  const gapSkills = context.gapSkills ?? [];

  const findings: Findings = {
    question,
    clauses,
    measured,
    words,
    speakingSeconds: Math.round((words / WORDS_PER_MINUTE) * 60),
    text,
    shares,
    present: Object.fromEntries(STAR_PARTS.map((p) => [p, partWords[p] > 0])) as Record<StarPart, boolean>,
    setupShare,
    pronouns,
    firstPersonRatio: ratio,
    hasMetric: metrics.length > 0,
    reflection: clauses.some((c) => c.reflection),
    hedges,
    // "I would always listen first. For example, last March a guest ... I moved him": a real time with
    // real steps is a story, told after a habit. Without a real step it is still what they would do.
    hypothetical: hypotheticalClauses > 0 && hypotheticalClauses >= realSteps && !(realSteps > 0 && clauses.some((c) => c.timeAnchored && c.label !== 'hypothetical' && c.label !== 'none')),
    gapSkills,
    relevantSkills: words ? namedSkills(text, gapSkills, context.extractor) : [],
    // Only someone with a credential is told to use it; without one, a course named anyway still counts.
    // A course only chosen is not evidence yet: naming it anyway counts (the person has started it),
    // leaving it out costs nothing, and a bare "certificate" or "badge" is not credited as that course.
    mentionsCredential: !question.invitesCredential
      ? null
      : !context.credentialName
        ? mentionsCredential(text) || null
        : context.credentialHeld !== false
          ? mentionsCredential(text, context.credentialName)
          : namesCredential(text, context.credentialName) || null,
    credentialName: context.credentialName,
    credentialHeld: context.credentialHeld ?? true,
    credentialCapstone: context.credentialCapstone,
    role: context.role,
    roleName: context.roleName,
    toolsToName: toolsToName(context),
    plausiblyUsed: (tool, step) => plausiblyUsed(tool, step, context.extractor, context.skillName ?? ((id) => id)),
    skillName: context.skillName ?? ((id) => id),
  };
  const motivation = question.kind === 'motivation' ? readMotivation(findings) : null;
  // A motivation answer is no story: it has no Situation, Task, Action or Result to score or chart.
  const scores = motivation ? { situation: 0, task: 0, action: 0, result: 0 } : partScores(findings);
  const advice = suggestions(findings);
  const present = STAR_PARTS.every((p) => findings.present[p]);
  // Majors come before polish in the advice, so no major in the first three means none at all. The
  // credential is the last major: a strong work story is still strong without it, told to add it.
  const onlyPolish = advice.every((s) => MINOR_KINDS.has(s.kind) || s.kind === 'credential');
  const strong = motivation
    ? motivationStrong(findings, motivation) && onlyPolish
    : present && !findings.hypothetical && !weDominates(findings) && ownSteps(findings).length > 0 && concreteResult(findings) && rightLength(findings) && onlyPolish;
  return {
    parts: Object.fromEntries(
      STAR_PARTS.map((p) => [p, motivation ? { present: false, share: 0, score: 0 } : { present: partWords[p] > 0, share: round3(shares[p]), score: scores[p] }]),
    ) as Record<StarPart, PartFeedback>,
    motivation,
    firstPersonRatio: round3(findings.firstPersonRatio),
    hasMetric: findings.hasMetric,
    metrics,
    words,
    speakingSeconds: findings.speakingSeconds,
    hedges: hedges.forms,
    hedgeCount: hedges.count,
    hypothetical: findings.hypothetical,
    falseStar: falseStarKind(clauses, findings.hypothetical) ?? null,
    reflection: findings.reflection,
    relevantSkills: [...findings.relevantSkills],
    mentionsCredential: findings.mentionsCredential,
    score: motivation ? motivationScore(findings) : overallScore(findings, scores),
    suggestions: advice.map((s) => s.text),
    issues: advice.map((s) => s.kind),
    strengths: findStrengths(findings),
    strong,
    followUp: followUp(findings),
  };
}
