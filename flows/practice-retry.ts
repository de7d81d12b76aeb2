import type { StarPart, Strength, StrengthKind } from '../src/star/analyze-answer.js';
import { STAR_PARTS, quote } from '../src/star/feedback.js';
import { SHORT_SECONDS, TOO_LONG } from '../src/star/star-rubric.js';
import { TARGET_SPOKEN, duration } from '../src/star/suggestions.js';
import type { Feedback } from './interview-practice-replies.js';

/**
 * What a retry changed, said the way a coach would: what is there now that was not ("Your result
 * is there now: '...'"), quoting the new try, and what slipped since the last one; the part scores
 * follow as numbers, never alone.
 */

export interface Change {
  lines: string[];
  /** Strengths named as improvements, which the praise after them should not repeat. */
  said: Set<StrengthKind>;
}

const PART_NAME: Record<StarPart, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
/** Most important first, in the coach's order of fixes; more than this many reads as a list, not a coach. */
const MAX_IMPROVEMENTS = 4;
const ORDER: readonly StrengthKind[] = [
  'real-time',
  'result',
  'own-steps',
  'steps',
  'measured',
  'task',
  'scene',
  'why-tech',
  'done-so-far',
  'carries-over',
  'why-now',
  'length',
  'lesson',
  'credential',
];

const byKind = (strengths: readonly Strength[] | undefined): Map<StrengthKind, Strength> => new Map((strengths ?? []).map((s) => [s.kind, s]));

function lengthNow(now: Feedback, before: Feedback): string {
  const [was, is] = [before.seconds ?? 0, now.seconds ?? 0];
  if (was < SHORT_SECONDS) return `It is a whole story now: about ${duration(is)} spoken, up from ${duration(was)}.`;
  if (was > TOO_LONG.seconds) return `It fits in 2 minutes now: about ${duration(is)} spoken, down from ${duration(was)}.`;
  return `It is the right length now: about ${duration(is)} spoken.`;
}

function improvements(now: Feedback, before: Feedback, said: Set<StrengthKind>): string[] {
  const [had, has] = [byKind(before.strengths), byKind(now.strengths)];
  const gained = (kind: StrengthKind) => has.has(kind) && !had.has(kind);
  const q = (kind: StrengthKind) => quote(has.get(kind)?.words ?? '');
  // Each line names the strengths it covers, so the praise after it leaves them out.
  const say: Record<StrengthKind, () => { line?: string; covers: StrengthKind[] }> = {
    'real-time': () => ({
      // A habit ("I always...") was never what they would do: each kind of False STAR is named as it was.
      line: !before.hypothetical
        ? `You say when and where it happened now: ${q('real-time')}.`
        : before.habit
          ? `You tell one real time it happened now, not a general habit: ${q('real-time')}.`
          : `You tell one real time now, not what you would do: ${q('real-time')}.`,
      covers: ['real-time', 'scene'],
    }),
    // A result said before without what changed ("the client was happy in the end") was there, only vague.
    result: () => {
      const opening = before.parts.result > 0 ? 'You say what changed now' : 'Your result is there now';
      return gained('measured')
        ? { line: `${opening}, with a number: ${q('measured')}.`, covers: ['result', 'measured'] }
        : { line: `${opening}: ${q('result')}.`, covers: ['result'] };
    },
    'own-steps': () => ({
      line: before.saidWe ? `You say "I" now where you said "we": ${q('own-steps')}.` : `You say what you did yourself now: ${q('own-steps')}.`,
      covers: ['own-steps', 'steps'],
    }),
    steps: () => ({ line: `You say what you did now: ${q('steps')}.`, covers: ['steps'] }),
    measured: () => ({ line: `You measured the result now: ${q('measured')}.`, covers: ['measured'] }),
    task: () => ({ line: `You say what you had to achieve now: ${q('task')}.`, covers: ['task'] }),
    scene: () => ({ line: `You set the scene now: ${q('scene')}.`, covers: ['scene'] }),
    length: () => ({ line: lengthNow(now, before), covers: ['length'] }),
    // A write-up or a fix shown to others is what is done differently since, not a thing learned.
    lesson: () => ({
      line: has.get('lesson')?.changed ? `You now end with what is done differently since: ${q('lesson')}.` : `You say what you learned now: ${q('lesson')}.`,
      covers: ['lesson'],
    }),
    credential: () => ({ line: `You use your certificate as evidence now: ${q('credential')}.`, covers: ['credential', 'done-so-far'] }),
    'why-tech': () => ({ line: `You say why you want this work now: ${q('why-tech')}.`, covers: ['why-tech'] }),
    'why-now': () => ({ line: `You say why now: ${q('why-now')}.`, covers: ['why-now'] }),
    'carries-over': () => ({ line: `You say what carries over from your work now: ${q('carries-over')}.`, covers: ['carries-over'] }),
    'done-so-far': () => ({ line: `You say what you have already done about it now: ${q('done-so-far')}.`, covers: ['done-so-far'] }),
  };
  // A scene set where a real time was already told is no news.
  const covered = new Set<StrengthKind>(had.has('real-time') ? ['scene'] : []);
  const lines: string[] = [];
  for (const kind of ORDER) {
    if (!gained(kind) || covered.has(kind) || lines.length === MAX_IMPROVEMENTS) continue;
    const { line, covers } = say[kind]();
    for (const c of covers) covered.add(c);
    if (!line) continue;
    lines.push(line);
    for (const c of covers) said.add(c);
  }
  return lines;
}

/** What the last try had and this one lost, where losing it matters. */
function slipped(now: Feedback, before: Feedback): string[] {
  const [had, has] = [byKind(before.strengths), byKind(now.strengths)];
  const lost = (kind: StrengthKind) => had.has(kind) && !has.has(kind);
  return [
    lost('real-time') && now.hypothetical && (now.habit ? 'Last time you told one real time it happened; this time it is a general habit.' : 'Last time you told one real time; this time it is what you would do.'),
    lost('result') && 'Last time you said what changed; this time the result is missing.',
    lost('measured') && has.has('result') && 'Last time your result had a number; this time it has none.',
    lost('own-steps') && now.saidWe && 'Last time you said "I" for your steps; this time it is mostly "we".',
    lost('task') && 'Last time you said what you had to achieve; this time that is missing.',
    lost('length') && `Last time it fit in ${TARGET_SPOKEN}; this time it is about ${duration(now.seconds ?? 0)} spoken.`,
  ].filter((line): line is string => typeof line === 'string');
}

/** Feedback saved before strengths were kept: only the parts that appeared can be named. */
function fromParts(now: Feedback, before: Feedback): string[] {
  const appeared = STAR_PARTS.filter((p) => before.parts[p] === 0 && now.parts[p] > 0).map((p) => PART_NAME[p]);
  if (appeared.length === 0) return [];
  const names = appeared.length === 1 ? appeared[0] : `${appeared.slice(0, -1).join(', ')} and ${appeared.at(-1)}`;
  return [`Your ${names} ${appeared.length === 1 ? 'is' : 'are'} there now.`];
}

export function whatChanged(now: Feedback, before: Feedback): Change {
  const said = new Set<StrengthKind>();
  // A motivation answer has no STAR parts: only what it says about the move is compared.
  const story = !now.motivation && !before.motivation;
  const moved = story ? STAR_PARTS.filter((p) => before.parts[p] !== now.parts[p]).map((p) => `${PART_NAME[p]} ${before.parts[p]} → ${now.parts[p]}`) : [];
  const scores = moved.length > 0 ? [`Part scores: ${moved.join(', ')}.`] : [];
  if (now.strengths === undefined || before.strengths === undefined) return { lines: [...(story ? fromParts(now, before) : []), ...scores], said };
  const better = improvements(now, before, said);
  const worse = slipped(now, before);
  const lines = [
    ...(better.length > 0 ? ['What improved:', ...better.map((l) => `- ${l}`)] : []),
    ...(worse.length > 0 ? ['What slipped:', ...worse.map((l) => `- ${l}`)] : []),
    ...(better.length + worse.length === 0 ? ['This try has the same strengths and gaps as the last one.'] : []),
    ...scores,
  ];
  return { lines, said };
}
