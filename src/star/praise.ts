import type { ClassifiedClause } from './classify.js';
import { SITUATION_ANCHOR } from './cues.js';
import { labelled, ownSteps, quote, rightLength, sentenceFrom, vagueResult, weDominates, withoutConnector, type Findings } from './feedback.js';
import { countPronouns, mentionsCredential } from './signals.js';
import { QUOTE_CHARS, QUOTE_WORDS } from './star-rubric.js';
import { TARGET_SPOKEN } from './suggestions.js';

/**
 * What an answer does well, each with the user's words that show it, so praise is as specific as
 * the advice ("you measured the result: 'from 40 a month to 6'"), and a retry can say what is new.
 */

export type StrengthKind = 'measured' | 'own-steps' | 'real-time' | 'task' | 'result' | 'steps' | 'scene' | 'lesson' | 'credential' | 'length';

export interface Strength {
  kind: StrengthKind;
  /** The user's words that show it, as they wrote them (no quotation marks, a little past a quote's length); none for the length. */
  words?: string;
  /** The praise, to the user. */
  text: string;
}

/**
 * A measure with what it measures: "errors went from 40 a month to 6", "close went from nine days
 * to four", "cut costs by 30%". At most three words lead in, and none across a comma, so "As a
 * result," stays out. Bounded repeats only.
 */
const AMOUNT = String.raw`(?:[$£€]?\d[\d,.]*(?: ?%| percent| per cent)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|half)\b)`;
/** What the amount is counted in: "a week", "per 1,000 line-days", "hours". */
const UNIT = String.raw`(?: (?:seconds|minutes|hours|days|weeks|months|years|a (?:day|week|month|year)|per (?:[\d,.]+ )?[\p{L}-]+|(?:a|an|each|every) [\p{L}-]+))?`;
const FROM_TO = new RegExp(
  String.raw`(?:[\p{L}'-]+ ){0,3}from (?:about |around |roughly |over |under |nearly |almost )?${AMOUNT}[^;:!?]{0,30}? to (?:about |around |under |just |only |nearly )?${AMOUNT}${UNIT}`,
  'iu',
);
/** "fell to 1.1 per 1,000 line-days", "down to six": the change's end point, said with its verb. */
const CHANGED_TO = new RegExp(
  String.raw`(?:[\p{L}'-]+ ){0,3}(?:fell|dropped|rose|grew|went|came|cut|brought|got|climbed|halved|doubled|reduced|increased|decreased|down|up)(?: (?:down|up|it))? to (?:about |around |under |just |only |nearly )?${AMOUNT}${UNIT}`,
  'iu',
);
const BY_AMOUNT = new RegExp(String.raw`(?:[\p{L}'-]+ ){1,3}by (?:about |around |over |nearly |almost )?(?:${AMOUNT}|a third|a quarter|two thirds|three quarters)`, 'iu');
/** Words kept before a bare measure, so "15 minutes" reads as "the wait fell to 15 minutes". */
const LEAD_IN_WORDS = 4;

/**
 * The result's measure, the change before any figure alone: a "from ... to ..." span, else "by ..."
 * or "fell to ...", else the clause with the most measures (a trailing "not 2.3" is the lesser one).
 */
function measureWords(clauses: readonly ClassifiedClause[]): string | undefined {
  const measured = clauses.filter((c) => c.metrics.length > 0);
  for (const pattern of [FROM_TO, BY_AMOUNT, CHANGED_TO]) {
    for (const c of measured) {
      const span = pattern.exec(c.text);
      if (span) return span[0];
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
  const before = clause.text.slice(0, at).split(' ').filter(Boolean).slice(-LEAD_IN_WORDS).join(' ');
  return `${before} ${clause.text.slice(at)}`.trim();
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
  // Only a measure the reader put in the Result is praised as one: a number in a late step is not a result.
  add('measured', f.hasMetric ? measureWords(labelled(f, 'result')) : undefined, (q) => `You measured the result: ${q}.`);
  const mine = weDominates(f) ? undefined : ownSteps(f)[0];
  add('own-steps', mine?.text, (q) => `You say what you did yourself, with "I": ${q}.`);
  const anchored = f.clauses.find((c) => c.anchored && c.label !== 'hypothetical');
  add('real-time', anchored && sentenceFrom(f, anchored, anchorAt(anchored)), (q) => `You anchor it in one real situation: ${q}.`);
  const tasks = labelled(f, 'task');
  const task = tasks.find((c) => c.ownedTask) ?? tasks[0];
  // "We had to find more people" is the team's aim: praised as that, not as the person's own.
  const teamTask = task !== undefined && !task.ownedTask && saysWe(task.text);
  add('task', task?.text, (q) => (teamTask ? `You say what the team had to achieve: ${q}.` : `You say what was yours to achieve: ${q}.`));
  // "It went well" is not praised as a change: nothing in it says what changed.
  const outcome = f.clauses.find((c) => c.label === 'result' && !c.reflection && !vagueResult(c.text)) ?? labelled(f, 'result').find((c) => !vagueResult(c.text));
  add('result', outcome?.text, (q) => `You say what changed because of it: ${q}.`);
  // Only what the person did is praised: a step said with "we" ("we split the work") is not theirs to be praised for.
  add('steps', ownSteps(f)[0]?.text, (q) => `You walk through the steps: ${q}.`);
  add('scene', labelled(f, 'situation')[0]?.text, (q) => `You set the scene: ${q}.`);
  add('lesson', f.clauses.find((c) => c.reflection && !c.transfer)?.text, (q) => `You end with what you learned: ${q}.`);
  const credential = f.mentionsCredential ? f.clauses.find((c) => mentionsCredential(c.text, f.credentialName)) : undefined;
  add('credential', credential?.text, (q) => `You use your ${f.credentialName ?? 'course'} as evidence: ${q}.`);
  if (rightLength(f)) found.push({ kind: 'length', text: `At about ${f.speakingSeconds} s spoken, it fits the ${TARGET_SPOKEN} an interviewer expects.` });
  return found;
}

/** Most telling first: what interviewers most often miss is the best thing to be praised for. */
export const PRAISE_ORDER: readonly StrengthKind[] = ['measured', 'own-steps', 'real-time', 'task', 'result', 'lesson', 'credential', 'steps', 'scene', 'length'];
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
