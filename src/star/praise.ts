import type { ClassifiedClause } from './classify.js';
import { SITUATION_ANCHOR } from './cues.js';
import { changedPractice, labelled, measuredOutcome, outcomes, ownSteps, quote, rightLength, sentenceAround, sentenceFrom, strongestStep, vagueResult, weDominates, withoutConnector, type Findings } from './feedback.js';
import { countPronouns, mentionsCredential, namesCredential, voiceOf } from './signals.js';
import { QUOTE_CHARS, QUOTE_WORDS } from './star-rubric.js';
import { TARGET_SPOKEN } from './suggestions.js';
import { motivationClause } from './motivation.js';
import { TASK_GOAL } from './task-cues.js';

/**
 * What an answer does well, each with the user's words that show it, so praise is as specific as
 * the advice ("you measured the result: 'from 40 a month to 6'"), and a retry can say what is new.
 */

export type StrengthKind =
  | 'measured'
  | 'own-steps'
  | 'real-time'
  | 'task'
  | 'result'
  | 'steps'
  | 'scene'
  | 'lesson'
  | 'credential'
  | 'length'
  // A motivation answer's own: why this work, why now, what carries over, what was done about it.
  | 'why-tech'
  | 'why-now'
  | 'carries-over'
  | 'done-so-far';

export interface Strength {
  kind: StrengthKind;
  /** The user's words that show it, as they wrote them (no quotation marks, a little past a quote's length); none for the length. */
  words?: string;
  /** The praise, to the user. */
  text: string;
  /** A lesson told as what is done differently since (a guide written, others shown the fix), not as a thing learned. */
  changed?: boolean;
}

/**
 * A measure with what it measures: "errors went from 40 a month to 6", "close went from nine days
 * to four", "cut costs by 30%". Bounded repeats only. A time of day ("by 7am") and a code ("568a")
 * are not amounts: the digits may not run on into letters or a clock.
 */
const AMOUNT = String.raw`(?:[$£€]?\d[\d,.]*(?: ?%| percent| per cent)?(?![\p{L}\d]|:\d| ?(?:am|pm|a\.m|p\.m|o'clock)\b)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|half)\b)`;
/** What the amount is counted in: "a week", "per 1,000 line-days", "hours". */
const UNIT = String.raw`(?: (?:seconds|minutes|hours|days|weeks|months|years|a (?:day|week|month|year)|per (?:[\d,.]+ )?[\p{L}-]+|(?:a|an|each|every) [\p{L}-]+))?`;
const FROM_TO = new RegExp(
  String.raw`\bfrom (?:about |around |roughly |over |under |nearly |almost )?${AMOUNT}[^;:!?]{0,30}? to (?:about |around |under |just |only |nearly )?${AMOUNT}${UNIT}`,
  'iu',
);
/** "fell to 1.1 per 1,000 line-days", "down to six": the change's end point, said with its verb. */
const CHANGED_TO = new RegExp(
  String.raw`\b(?:fell|dropped|rose|grew|went|came|cut|brought|got|climbed|halved|doubled|reduced|increased|decreased|down|up)(?: (?:down|up|it))? to (?:about |around |under |just |only |nearly )?${AMOUNT}${UNIT}`,
  'iu',
);
// A word must lead in ("cut costs by 30%"): "by 30%" alone says what of nothing.
const BY_AMOUNT = new RegExp(String.raw`(?<=[\p{L}'-] )by (?:about |around |over |nearly |almost )?(?:${AMOUNT}|a third|a quarter|two thirds|three quarters)`, 'iu');
/** Words kept before a measure when its whole clause is too long to quote, so "15 minutes" reads as "the wait fell to 15 minutes". */
const LEAD_IN_WORDS = 4;
/** "in two months", "after 35 minutes", "within a week,": when the change happened, a phrase to keep whole or leave out whole. */
const LEADING_TIME = /^(?:(?:and|but|so|then) )?(?:in|within|after|over|inside|for) (?:about |around |just |only |roughly )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|\d+) [\p{L}]+,? /iu;
const wordCount = (text: string): number => text.split(' ').filter(Boolean).length;

/**
 * The words of a clause up to the end of its measure, starting where a phrase starts: the whole
 * clause when it fits a quote, else without a leading "in two months", else a few words before the
 * measure. Never "months stockouts went from ...".
 */
function measureSpan(text: string, at: number, end: number): string {
  const whole = text.slice(0, end).trim();
  if (wordCount(whole) <= QUOTE_WORDS) return whole;
  const rest = whole.replace(LEADING_TIME, '');
  if (wordCount(rest) <= QUOTE_WORDS) return rest;
  const before = text.slice(0, at).split(' ').filter(Boolean).slice(-LEAD_IN_WORDS).join(' ');
  return `${before} ${text.slice(at, end)}`.trim();
}

/**
 * The result's measure, the change before any figure alone: a "from ... to ..." span, else "by ..."
 * or "fell to ...", else the clause with the most measures (a trailing "not 2.3" is the lesser one).
 */
function measureWords(clauses: readonly ClassifiedClause[]): string | undefined {
  const measured = clauses.filter((c) => c.metrics.length > 0);
  for (const pattern of [FROM_TO, BY_AMOUNT, CHANGED_TO]) {
    for (const c of measured) {
      const span = pattern.exec(c.text);
      if (span) return measureSpan(c.text, span.index, span.index + span[0].length);
    }
  }
  // A figure in digits ("82 percent") says more than a count in words beside it ("two other teachers adopted it").
  const inDigits = measured.filter((c) => c.metrics.some((m) => /\d/.test(m)));
  const pool = inDigits.length > 0 ? inDigits : measured;
  const most = Math.max(0, ...pool.map((c) => c.metrics.length));
  const clause = pool.findLast((c) => c.metrics.length === most);
  if (!clause) return undefined;
  const at = clause.text.indexOf(clause.metrics[0] ?? '');
  if (at < 0) return clause.text;
  const span = measureSpan(clause.text, at, clause.text.length);
  // Cut inside a phrase ("it out to like 60 stores using what we learned"): rather the clause from its
  // start up to its last measure and what that counts ("the chain rolled it out to like 60 stores").
  const whole = clause.text.trim();
  if (at === 0 || span === whole || span === whole.replace(LEADING_TIME, '') || whole.startsWith(span.split(' ')[0] ?? '')) return span;
  let end = at;
  for (const m of clause.metrics) {
    const found = clause.text.indexOf(m, end);
    if (found >= 0) end = found + m.length;
  }
  end += /^ [\p{L}-]+/u.exec(clause.text.slice(end))?.[0].length ?? 0;
  const upTo = clause.text.slice(0, end).trim();
  return wordCount(upTo) <= QUOTE_WORDS ? upTo : span;
}

/** One word past what a quote shows, so a quote made from the kept words later still ends in "...". */
const kept = (text: string): string => text.split(' ', QUOTE_WORDS + 1).join(' ').slice(0, QUOTE_CHARS + 1);
/** A clause told with "we" more than with "I". */
const saysWe = (text: string): boolean => {
  const { i, we } = countPronouns(text);
  return we > i;
};
const anchorAt = (c: ClassifiedClause): number => Math.max(0, SITUATION_ANCHOR.exec(c.text)?.index ?? 0);


/** Every strength found, in no particular order; praise picks and orders them. */
export function findStrengths(f: Findings): Strength[] {
  if (f.words === 0 || f.hypothetical) return [];
  const found: Strength[] = [];
  const add = (kind: StrengthKind, text: string | undefined, praise: (q: string) => string) => {
    if (text === undefined) return;
    const shown = withoutConnector(text);
    found.push({ kind, words: kept(shown), text: praise(quote(shown)) });
  };
  // A credential only chosen is credited only where the answer names it.
  const credits = f.credentialName && !f.credentialHeld ? namesCredential : mentionsCredential;
  const credential = f.mentionsCredential ? f.clauses.find((c) => credits(c.text, f.credentialName)) : undefined;
  const length = (): void => {
    if (rightLength(f)) found.push({ kind: 'length', text: `At about ${f.speakingSeconds} s spoken, it fits the ${TARGET_SPOKEN} an interviewer expects.` });
  };
  // A motivation answer is praised for what it says about the move, never for a scene, steps or a result.
  if (f.question.kind === 'motivation') {
    add('why-tech', motivationClause(f, 'whyTech')?.text, (q) => `You say why you want this work: ${q}.`);
    add('why-now', motivationClause(f, 'whyNow')?.text, (q) => `You say why now: ${q}.`);
    add('carries-over', motivationClause(f, 'carriesOver')?.text, (q) => `You say what carries over from your work: ${q}.`);
    add('done-so-far', credential ? undefined : motivationClause(f, 'done')?.text, (q) => `You say what you have already done about it: ${q}.`);
    add('credential', credential?.text, (q) => `You use your ${f.credentialName ?? 'course'} as evidence: ${q}.`);
    length();
    return found;
  }
  // Only a measure the reader put in the Result is praised as one: a number in a late step is not a result.
  const results = outcomes(f);
  add('measured', measuredOutcome(f) ? measureWords(results) : undefined, (q) => `You measured the result: ${q}.`);
  // The strongest own step: a deed done for the task, never a thought or an admission ("I make typing errors sometimes").
  const deed = strongestStep(f) ?? ownSteps(f)[0];
  // Praised for "I" only where the steps are mostly the person's: one "i answered those" among "we did a demo" and "we got the deal" is not.
  const mine = weDominates(f) || voiceOf(f.firstPersonRatio) !== 'i' ? undefined : deed;
  add('own-steps', mine?.text, (q) => `You say what you did yourself, with "I": ${q}.`);
  const anchored = f.clauses.find((c) => c.anchored && c.label !== 'hypothetical');
  add('real-time', anchored && sentenceFrom(f, anchored, anchorAt(anchored)), (q) => `You anchor it in one real situation: ${q}.`);
  const tasks = labelled(f, 'task');
  // The task said in so many words ("my task was to cut no-shows") is quoted before a request ("the dentists asked me to fix it").
  const task = tasks.find((c) => c.ownedTask && TASK_GOAL.test(c.text)) ?? tasks.find((c) => c.ownedTask) ?? tasks[0];
  // "We had to find more people" is the team's aim: praised as that, not as the person's own.
  const teamTask = task !== undefined && !task.ownedTask && saysWe(task.text);
  add('task', task?.text, (q) => (teamTask ? `You say what the team had to achieve: ${q}.` : `You say what was yours to achieve: ${q}.`));
  // "It went well" is not praised as a change: nothing in it says what changed.
  const outcome = results.find((c) => !c.reflection && !vagueResult(c.text)) ?? results.find((c) => !vagueResult(c.text));
  add('result', outcome?.text, (q) => `You say what changed because of it: ${q}.`);
  // Only what the person did is praised: a step said with "we" ("we split the work") is not theirs to be praised for.
  add('steps', deed?.text, (q) => `You walk through the steps: ${q}.`);
  add('scene', labelled(f, 'situation')[0]?.text, (q) => `You set the scene: ${q}.`);
  const learned = f.clauses.find((c) => c.reflection && !c.transfer);
  // A change put in place ("proposed a rule that ...", "my leads fix it in 5 minutes now") is what is done differently since, not a thing learned.
  const lesson = learned ?? changedPractice(f);
  add('lesson', lesson && sentenceAround(f, lesson), (q) => (learned ? `You end with what you learned: ${q}.` : `You end with what is done differently since: ${q}.`));
  const told = found.at(-1);
  if (lesson && !learned && told?.kind === 'lesson') told.changed = true;
  add('credential', credential?.text, (q) => `You use your ${f.credentialName ?? 'course'} as evidence: ${q}.`);
  length();
  return found;
}

/** Most telling first: what interviewers most often miss is the best thing to be praised for. */
export const PRAISE_ORDER: readonly StrengthKind[] = [
  'measured',
  'own-steps',
  'real-time',
  'task',
  'result',
  'lesson',
  'done-so-far',
  'credential',
  'why-tech',
  'carries-over',
  'why-now',
  'steps',
  'scene',
  'length',
];
/** A strength that says more than another makes that one redundant in praise. */
const COVERS: Partial<Record<StrengthKind, StrengthKind>> = { measured: 'result', 'own-steps': 'steps', 'real-time': 'scene' };

/** The `count` strengths most worth praising, leaving out `said` (already named, e.g. as improvements). */
export function praise(strengths: readonly Strength[], count: number, said: ReadonlySet<StrengthKind> = new Set()): Strength[] {
  const covered = new Set(strengths.flatMap((s) => (COVERS[s.kind] ? [COVERS[s.kind]] : [])));
  const rank = (s: Strength) => PRAISE_ORDER.indexOf(s.kind);
  return strengths
    .filter((s) => !said.has(s.kind) && !covered.has(s.kind))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, count);
}
