import type { Question } from '../data/questions-schema.js';
import type { ClassifiedClause, Label, StarPart } from './classify.js';
import { FILLER_GAP, HEDGE } from './cues.js';
import type { Hedges, Pronouns } from './signals.js';
import {
  FILLER_MIN_COUNT,
  FILLER_RATE_LIMIT,
  FIRST_PERSON_MIN,
  MAX_SUGGESTIONS,
  ONE_LINER_SECONDS,
  PART_SCORE,
  PART_WEIGHT,
  PENALTY,
  QUOTE_CHARS,
  QUOTE_WORDS,
  SAGA_SHARE,
  SHORT_SECONDS,
  TARGET_SECONDS,
  TOO_LONG,
  WORDS_PER_MINUTE,
} from './star-rubric.js';

/**
 * Turns what the analyzer found into scores, at most three suggestions that quote the user's own
 * words, and one probing follow-up, the way an interviewer handles an Incomplete STAR
 * (star-rubric.md B3: the biggest fix first, a Result template with a placeholder, a probe).
 */

export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];

export interface Findings {
  question: Pick<Question, 'competencies' | 'invitesCredential' | 'followUps'>;
  /** The normalised answer. */
  text: string;
  clauses: readonly ClassifiedClause[];
  words: number;
  speakingSeconds: number;
  present: Record<StarPart, boolean>;
  shares: Record<StarPart, number>;
  /** Words before the first Action clause, as a share of the answer. */
  setupShare: number;
  pronouns: Pronouns;
  firstPersonRatio: number;
  hasMetric: boolean;
  reflection: boolean;
  hedges: Hedges;
  hypothetical: boolean;
  gapSkills: readonly string[];
  relevantSkills: readonly string[];
  mentionsCredential: boolean | null;
  credentialName?: string;
  role?: string;
  skillName: (id: string) => string;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

const weDominates = (f: Findings): boolean => f.firstPersonRatio < FIRST_PERSON_MIN && f.pronouns.we >= 2;
const fillerHeavy = (f: Findings): boolean => f.hedges.count >= FILLER_MIN_COUNT && f.hedges.count / Math.max(1, f.words) >= FILLER_RATE_LIMIT;
const tooLong = (f: Findings): boolean => f.speakingSeconds > TOO_LONG.seconds || f.words > TOO_LONG.words;
const tooLongTimes = (f: Findings): number => (tooLong(f) ? Math.max(1, Math.ceil(f.speakingSeconds / TOO_LONG.seconds - 1)) : 0);
const labelled = (f: Findings, label: Label): ClassifiedClause[] => f.clauses.filter((c) => c.label === label);

export function partScores(f: Findings): Record<StarPart, number> {
  const s = PART_SCORE;
  const actions = labelled(f, 'action');
  const iSteps = actions.reduce((n, c) => n + c.iActions.length, 0);
  const weSteps = actions.reduce((n, c) => n + c.weActions.length, 0);
  const distinctVerbs = new Set(actions.flatMap((c) => [...c.iActions, ...c.weActions])).size;
  const largest = STAR_PARTS.every((p) => f.shares.action >= f.shares[p]);
  const setup = f.setupShare <= SAGA_SHARE ? s.situation.notSaga : f.setupShare > 0.5 ? s.situation.saga : 0;
  return {
    situation: f.present.situation ? clamp(s.situation.present + (f.clauses.some((c) => c.anchored) ? s.situation.anchored : 0) + setup, 0, s.max) : 0,
    task: f.present.task ? s.task.present + (labelled(f, 'task').some((c) => c.ownedTask) ? s.task.owned : 0) : 0,
    action: f.present.action
      ? s.action.present +
        (largest ? s.action.largest : 0) +
        (iSteps > 0 && iSteps >= weSteps ? s.action.firstPerson : 0) +
        (distinctVerbs >= 2 || actions.some((c) => c.reasoning) ? s.action.specific : 0)
      : 0,
    result: f.present.result ? s.result.present + (f.hasMetric ? s.result.metric : 0) + (f.reflection ? s.result.reflection : 0) : 0,
  };
}

export function overallScore(f: Findings, parts: Record<StarPart, number>): number {
  const base = STAR_PARTS.reduce((sum, p) => sum + (PART_WEIGHT[p] * parts[p]) / PART_SCORE.max, 0);
  const penalties =
    (weDominates(f) ? PENALTY.weDominates : 0) +
    PENALTY.tooLong * Math.min(PENALTY.tooLongMaxTimes, tooLongTimes(f)) +
    (f.hypothetical ? PENALTY.hypothetical : 0) +
    (fillerHeavy(f) ? PENALTY.fillers * Math.min(PENALTY.fillersMaxTimes, Math.floor(f.hedges.count / f.words / FILLER_RATE_LIMIT)) : 0) +
    (f.mentionsCredential === false ? PENALTY.credentialMissing : 0);
  return Math.round(clamp(base - penalties, 0, 100));
}

const CLOSING_PUNCTUATION = /[\s.,;:!?]+$/;
const LEADING_GAP = /^[ ,]+/;
const WE_WORD = /\b(?:we|our|us)\b/i;

/** The user's words, cut to QUOTE_WORDS words or QUOTE_CHARS characters, without closing punctuation. */
function excerpt(text: string): { words: string; cut: boolean } {
  const all = text.split(' ', QUOTE_WORDS + 1);
  const joined = all.slice(0, QUOTE_WORDS).join(' ');
  // A pasted run with no spaces is one "word": the character cap keeps it to a line.
  const cut = all.length > QUOTE_WORDS || joined.length > QUOTE_CHARS;
  return { words: joined.slice(0, QUOTE_CHARS).replace(CLOSING_PUNCTUATION, ''), cut };
}
export function quote(text: string): string {
  const { words, cut } = excerpt(text);
  return `"${words}${cut ? '...' : ''}"`;
}

const WE_TO_I: [RegExp, string][] = [
  [/\b(?:we|the team|my team)\b/gi, 'I'],
  [/\bour\b/gi, 'my'],
  [/\bus\b/g, 'me'],
];
/** "we fixed the report" -> "I fixed the report": the same step, owned. */
const asI = (text: string): string => WE_TO_I.reduce((out, [pattern, to]) => out.replace(pattern, to), excerpt(text).words);
// HEDGE is global (for counting); a per-clause count needs no shared lastIndex, matchAll clones it.
const hedgeCount = (text: string): number => [...text.matchAll(HEDGE)].length;
const withoutHedges = (text: string): string =>
  quote(
    text
      .replace(HEDGE, '')
      .replace(FILLER_GAP, ' ')
      .replace(LEADING_GAP, '')
      .trim(),
  );
function mostHedged(clauses: readonly ClassifiedClause[]): ClassifiedClause | undefined {
  let most = 0;
  let found: ClassifiedClause | undefined;
  for (const c of clauses) {
    const count = hedgeCount(c.text);
    if (count > most) [most, found] = [count, c];
  }
  return found;
}
const duration = (s: number): string => (s >= 90 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`);
const TARGET = `${TARGET_SECONDS.min}-${TARGET_SECONDS.max} s (about ${Math.round((TARGET_SECONDS.min * WORDS_PER_MINUTE) / 60)}-${Math.round((TARGET_SECONDS.max * WORDS_PER_MINUTE) / 60)} words)`;

/** At most MAX_SUGGESTIONS, most important first: a False STAR or a missing part before polish. */
export function suggestions(f: Findings): string[] {
  const opening = f.clauses[0];
  const closing = f.clauses.at(-1);
  if (!opening || !closing) {
    return ['Write your answer as one real story: when and where it happened, what you had to do, what you did yourself, and what changed because of it.'];
  }
  const first = (label: Label) => f.clauses.find((c) => c.label === label);
  const last = (label: Label) => f.clauses.findLast((c) => c.label === label);
  const step = first('action') ?? opening;
  const { present } = f;
  const out: (string | false)[] = [];

  const hypothetical = first('hypothetical');
  out.push(
    f.hypothetical &&
      !!hypothetical &&
      `You wrote ${quote(hypothetical.text)}: that is what you would do, not what you did. Tell one real time it happened: "In [month, year], at [place], I ..."`,
  );
  out.push(
    f.speakingSeconds < ONE_LINER_SECONDS &&
      `${quote(f.text)} takes about ${Math.max(1, f.speakingSeconds)} s to say; a full story needs ${TARGET}: where you were, what you had to do, your steps, what changed.`,
  );
  const scene = last('task') ?? last('situation') ?? opening;
  out.push(!f.hypothetical && !present.action && `You set the scene (${quote(scene.text)}) but never say what you did. Give two or three steps of your own: "First I ..., then I ..., because ..."`);
  const lastStep = last('action') ?? closing;
  out.push(present.action && !present.result && `You end on ${quote(lastStep.text)}: say what changed because of it, with a number if you can: "As a result, [what] went from [before] to [after]."`);
  const weClause = f.clauses.find((c) => c.weActions.length > 0) ?? f.clauses.find((c) => WE_WORD.test(c.text));
  out.push(weDominates(f) && !!weClause && `You wrote ${quote(weClause.text)}: say what you did yourself: "${asI(weClause.text)} and I ..."`);
  const outcome = f.clauses.findLast((c) => c.label === 'result' && !c.reflection) ?? last('result');
  out.push(!!outcome && !f.hasMetric && `You wrote ${quote(outcome.text)}: add how much: "... from [before] to [after] in [weeks]", or what someone said about it.`);
  out.push(
    f.mentionsCredential === false &&
      `This question invites your ${f.credentialName ?? 'certificate'} as evidence. After ${quote(step.text)}, add: "For my capstone in ${f.credentialName ? `the ${f.credentialName}` : '[the certificate]'}, I ..."`,
  );
  out.push(
    present.action &&
      f.setupShare > SAGA_SHARE &&
      `Your set-up, from ${quote(opening.text)}, takes ${Math.round(f.setupShare * 100)}% of the answer before you say what you did. Keep it to one or two sentences.`,
  );
  out.push(tooLong(f) && `At ${f.words} words (about ${duration(f.speakingSeconds)}) this runs past 2 minutes. Cut the set-up that starts ${quote(opening.text)} and keep your steps and the result.`);
  const context = first('situation') ?? opening;
  out.push(present.action && !present.task && `After ${quote(context.text)}, say what you had to achieve: "My goal was to ..." or "I was responsible for ..."`);
  out.push(present.action && !present.situation && `Before ${quote(opening.text)}, say when and where it happened: "In [month, year], at [place], ..."`);
  out.push(
    f.question.competencies.includes('failure') &&
      !f.clauses.some((c) => c.reflection && !c.transfer) &&
      `After ${quote(closing.text)}, say what you learned and what you do differently now: "I learned ..., so now I ..."`,
  );
  const hedged = mostHedged(f.clauses) ?? opening;
  out.push(
    fillerHeavy(f) &&
      `You wrote ${quote(hedged.text)}: drop the fillers (${f.hedges.forms.slice(0, 3).join(', ')}); ${withoutHedges(hedged.text)} sounds surer.`,
  );
  out.push(
    present.action &&
      f.speakingSeconds >= ONE_LINER_SECONDS &&
      f.speakingSeconds < SHORT_SECONDS &&
      `At about ${f.speakingSeconds} s this is short of the ${TARGET} interviewers expect: say more about how you did ${quote(step.text)}: what you tried first, and why.`,
  );
  const names = f.gapSkills.slice(0, 3).map(f.skillName).join(', ');
  out.push(
    f.gapSkills.length > 0 &&
      f.relevantSkills.length === 0 &&
      `The answer names none of the skills ${f.role ? `a ${f.role.replaceAll('-', ' ')} job` : 'this role'} asks for. Where it is true, name the tool you used in ${quote(step.text)}: for example ${names}.`,
  );
  const result = last('result');
  out.push(
    !!result &&
      !f.clauses.some((c) => c.transfer) &&
      `End by linking ${quote(result.text)} to the job you want: "... and that is what I would bring to this role."`,
  );
  return out.filter((s): s is string => typeof s === 'string').slice(0, MAX_SUGGESTIONS);
}

/** The probe an interviewer would ask next (star-rubric.md B3, item 3). */
export function followUp(f: Findings): string {
  if (f.words === 0 || f.hypothetical) return 'Can you tell me about one specific time that happened? When was it?';
  if (!f.present.action) return 'What did you do yourself, step by step?';
  if (!f.present.result) return 'What happened in the end, and how did you know it had worked?';
  if (weDominates(f)) return 'What was your part in that, specifically?';
  if (!f.hasMetric) return 'How did you measure that?';
  return f.question.followUps?.[0] ?? 'What would you do differently next time?';
}
