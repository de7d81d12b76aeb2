import { z } from 'zod';
import type { Competency } from '../src/data/questions-schema.js';
import { shortDay } from '../src/dates/person-zone.js';
import type { Reply } from '../src/engine/reply.js';
import type { AnswerAnalysis, MotivationReading, StarPart, Strength, SuggestionKind } from '../src/star/analyze-answer.js';
import { coachNotes } from '../src/star/coach-notes.js';
import { motivationSummary } from '../src/star/motivation.js';
import { STAR_PARTS } from '../src/star/feedback.js';
import { FIRST_PERSON_MIN, PART_SCORE } from '../src/star/star-rubric.js';
import { whatChanged } from './practice-retry.js';

/**
 * What interview practice says: feedback on an answer (and what changed since the last try),
 * the summary of a session, and `progress` over sessions; plus the history kept in the profile.
 */

export type PartScores = Record<StarPart, number>;

/** How the focus choice names each competency. */
export const COMPETENCY_LABELS: Record<Competency, string> = {
  'learning-fast': 'Learning fast',
  'why-career-change': 'Why you are changing careers',
  teamwork: 'Teamwork',
  conflict: 'Disagreements and conflict',
  'leadership-without-authority': 'Leading without authority',
  failure: 'Failures and mistakes',
  'customer-focus': 'Customers and users',
  'data-driven-decision': 'Decisions with data',
  ambiguity: 'Unclear situations',
  prioritisation: 'Priorities and deadlines',
  'communicating-to-non-experts': 'Explaining to non-experts',
};

/** The one thing to work on, named by kind so a session can count which comes up most; most important first. */
export const ISSUES = {
  'real-event': 'Tell one real time it happened ("In [month, year], at [place], I ..."), not what you would usually do.',
  'own-steps': 'Say what you did yourself, step by step: "First I ..., then I ..., because ..."',
  result: 'End each story with what changed because of what you did.',
  'i-not-we': 'Say "I", not "we": make clear which steps were yours.',
  measure: 'Put a number on your results: "... from [before] to [after] in [weeks]", or what someone said about it.',
  'set-the-scene': 'Open with when and where it happened, and what you had to achieve.',
  'whole-story': 'Tell the whole story, in 1-2 minutes: where you were, what you had to do, your steps, what changed.',
  'longer-steps': 'Give each story 1-2 minutes: say more about your own steps, what you did first and why.',
  // Said of an answer past 2 minutes, whether its set-up or its steps run long: both are named.
  shorter: 'Keep each story under 2 minutes: a sentence or two of set-up, the two or three steps that changed the outcome, and the result.',
  'sooner-to-steps': 'Get to what you did sooner: the set-up in one or two sentences, then your steps and the result.',
  credential: 'Where a question invites it, use your certificate or its capstone as evidence.',
  // Polish: said only when no answer had anything bigger to fix.
  'more-steps': 'Give your steps more room: say what you tried first and why you chose it, so each story takes 1-2 minutes.',
  'link-to-role': 'End each story by linking what changed to the job you want.',
  lesson: 'When a story went wrong, end it with what you learned and what you do differently now.',
  fillers: 'Drop the fillers and hedges: say each step as a plain statement.',
  'name-tools': 'Where a question is about data or learning, name the tools you used and what you did with them.',
} as const;
export type Issue = keyof typeof ISSUES;

/**
 * The session-level fix each suggestion kind stands for, so the summary says what the feedback
 * said: a long set-up in an answer of the right length is "get to your steps sooner", never "keep
 * it under 2 minutes", which only an answer past 2 minutes is told.
 */
const ISSUE_OF: Partial<Record<SuggestionKind, Issue>> = {
  story: 'whole-story',
  'real-event': 'real-event',
  'own-steps': 'own-steps',
  result: 'result',
  'i-not-we': 'i-not-we',
  measure: 'measure',
  'set-up': 'sooner-to-steps',
  scene: 'set-the-scene',
  task: 'set-the-scene',
  'too-short': 'whole-story',
  'too-long': 'shorter',
  credential: 'credential',
};
/** The session-level polish each minor suggestion stands for; a credential not yet studied has none to practise. */
const POLISH_OF: Partial<Record<SuggestionKind, Issue>> = {
  'more-detail': 'more-steps',
  transfer: 'link-to-role',
  lesson: 'lesson',
  fillers: 'fillers',
  skills: 'name-tools',
};

const WE = /\b(?:we|our|us)\b/i;

/** The biggest fix in an answer: the kind of its first suggestion, which the analyzer ranks. `_text` is no longer read. */
export function issueOf(a: AnswerAnalysis, _text?: string): Issue | undefined {
  for (const kind of a.issues) {
    // A short answer with all four parts was told to say more about its steps, not to tell the whole story.
    if (kind === 'too-short' && STAR_PARTS.every((p) => a.parts[p].present)) return 'longer-steps';
    const issue = ISSUE_OF[kind];
    if (issue) return issue;
  }
  return undefined;
}
/** The first polish of an answer with nothing bigger to fix. */
export function polishOf(a: Pick<AnswerAnalysis, 'issues'>): Issue | undefined {
  if (a.issues.some((kind) => ISSUE_OF[kind])) return undefined;
  return a.issues.map((kind) => POLISH_OF[kind]).find((issue) => issue !== undefined);
}

/**
 * Feedback on one try, kept in the flow until the session ends (suggestions and strengths quote the
 * answer). The fields after `issue` came later: feedback saved before them has none, and a retry
 * compared with it says only what the scores show.
 */
export interface Feedback {
  score: number;
  parts: PartScores;
  suggestions: string[];
  followUp: string;
  issue?: Issue;
  /** With no `issue`, the first polish suggested, for the summary. */
  polish?: Issue;
  /** The kind of each suggestion. */
  issues?: SuggestionKind[];
  strengths?: Strength[];
  strong?: boolean;
  seconds?: number;
  /** "We" where the user's own part was unclear. */
  saidWe?: boolean;
  /** What the user would do, not one real time. */
  hypothetical?: boolean;
  /** Of a hypothetical: a habit ("I always..."), not what they would do ("I would..."). */
  habit?: boolean;
  /** An answer to a motivation question: what it says about the move. It has no STAR parts to show. */
  motivation?: MotivationReading;
}

// A quote can span two messages (or form fields): keep each one on one line.
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

export const feedbackOf = (a: AnswerAnalysis, text: string): Feedback => ({
  score: a.score,
  parts: Object.fromEntries(STAR_PARTS.map((p) => [p, a.parts[p].score])) as PartScores,
  suggestions: a.suggestions.map(oneLine),
  followUp: a.followUp,
  issue: issueOf(a),
  ...(polishOf(a) ? { polish: polishOf(a) } : {}),
  issues: a.issues,
  strengths: a.strengths.map((s) => ({ ...s, text: oneLine(s.text), ...(s.words === undefined ? {} : { words: oneLine(s.words) }) })),
  strong: a.strong,
  seconds: a.speakingSeconds,
  saidWe: a.firstPersonRatio < FIRST_PERSON_MIN && WE.test(text),
  hypothetical: a.hypothetical,
  habit: a.falseStar === 'habit',
  ...(a.motivation ? { motivation: a.motivation } : {}),
});

export const PART_LABEL: Record<StarPart, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/**
 * Feedback on one answer: the score and, on a retry, what changed in words; the parts as a chart
 * (for a story; a motivation answer gets what it says about the move instead, in a sentence);
 * then what a coach says: praise first for a strong answer, else what works and the fixes.
 */
export function feedbackReplies(title: string, now: Feedback, before?: Feedback): Reply[] {
  const change = before ? whatChanged(now, before) : undefined;
  const head = [`*${title}: ${now.score}/100*`, ...(before ? [`Since your last try: ${before.score} → ${now.score} (${signed(now.score - before.score)}).`, ...(change?.lines ?? [])] : [])];
  const notes = coachNotes(
    { strong: now.strong ?? false, strengths: now.strengths ?? [], suggestions: now.suggestions, issues: now.issues ?? [] },
    { retry: before !== undefined, said: change?.said },
  );
  const parts: Reply[] = now.motivation
    ? [{ kind: 'text', text: motivationSummary(now.motivation) }]
    : [{ kind: 'chart', title: `Your STAR parts (0-${PART_SCORE.max})`, rows: STAR_PARTS.map((p) => ({ label: PART_LABEL[p], value: now.parts[p] })) }];
  return [{ kind: 'text', text: head.join('\n') }, ...parts, { kind: 'text', text: [...notes, `An interviewer might ask next: "${now.followUp}"`].join('\n') }];
}

/** What the profile keeps of each session: question ids and scores, never the answers. */
const partsSchema = z.object({ situation: z.number(), task: z.number(), action: z.number(), result: z.number() });
/** A study-group member's checklist score of the answer (peer practice). */
const peerSchema = z.object({
  by: z.string(),
  score: z.number(),
  /** None for a motivation question's checklist: it listens for the reasons, not STAR parts. */
  parts: partsSchema.optional(),
  /** The checklist items they did not tick. */
  missed: z.array(z.string()).optional(),
  note: z.string().optional(),
});
const sessionSchema = z.object({
  /** Peer practice delivers its entry from another conversation's turn, which may run twice: one id, one entry. */
  id: z.string().optional(),
  at: z.string(),
  role: z.string().nullable(),
  /** A motivation question keeps no parts: it has no Situation, Task, Action or Result. */
  questions: z.array(z.object({ id: z.string(), score: z.number(), parts: partsSchema.optional() })),
  average: z.number(),
  /**
   * Who scored `questions`: the coach's analysis of a written answer (absent in solo practice,
   * where it always is), or the peer's checklist of an answer said out loud.
   */
  scoredBy: z.enum(['coach', 'peer']).optional(),
  peer: peerSchema.optional(),
});
export type PracticeSession = z.infer<typeof sessionSchema>;
export type PeerResult = z.infer<typeof peerSchema>;
export interface Result {
  id: string;
  score: number;
  parts: PartScores;
  issue?: Issue;
  /** The answer's first polish when it had nothing bigger to fix (Feedback's `polish`). */
  polish?: Issue;
  /** An answer to a motivation question: no STAR parts are kept or averaged for it. */
  motivationQuestion?: boolean;
}

/** The stored history; an entry in an older or broken shape is left out rather than failing. */
export function readHistory(value: unknown): PracticeSession[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = sessionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Sessions kept: enough for a trend over weeks, small enough for one read per turn. */
const HISTORY_SESSIONS = 20;

/** The history with `entry` at the end (the oldest ones dropped past HISTORY_SESSIONS); unchanged if an entry with its id is there. */
export function addToHistory(value: unknown, entry: PracticeSession): PracticeSession[] {
  const history = readHistory(value);
  if (entry.id !== undefined && history.some((s) => s.id === entry.id)) return history;
  return [...history, entry].slice(-HISTORY_SESSIONS);
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const partMeans = (rows: { parts?: PartScores }[]) => {
  const stories = rows.flatMap((r) => (r.parts ? [r.parts] : []));
  return Object.fromEntries(STAR_PARTS.map((p) => [p, oneDecimal(mean(stories.map((parts) => parts[p])))])) as PartScores;
};
const hasParts = (rows: { parts?: PartScores }[]): boolean => rows.some((r) => r.parts !== undefined);

export function sessionEntry(results: Result[], role: string | null, at: Date): PracticeSession {
  const questions = results.map(({ id, score, parts, motivationQuestion }) => (motivationQuestion ? { id, score } : { id, score, parts }));
  return { at: at.toISOString(), role, questions, average: Math.round(mean(results.map((r) => r.score))) };
}

/** The most frequent of `issues`; a tie goes to the more important one. */
function mostFrequent(issues: readonly (Issue | undefined)[]): Issue | undefined {
  const counts = new Map<Issue, number>();
  for (const issue of issues) if (issue) counts.set(issue, (counts.get(issue) ?? 0) + 1);
  return (Object.keys(ISSUES) as Issue[]).filter((i) => counts.has(i)).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
}

/**
 * The one thing to work on, from the same findings as the feedback on each answer: the fix said
 * most often; with none, the polish said most often; with neither, practice out loud.
 */
export function oneThing(results: readonly Pick<Result, 'issue' | 'polish'>[]): string {
  const fix = mostFrequent(results.map((r) => r.issue));
  if (fix) return ISSUES[fix];
  const polish = mostFrequent(results.map((r) => r.polish));
  return polish ? `Nothing big. To polish: ${ISSUES[polish]}` : 'Nothing big: practise your stories out loud, each in 1-2 minutes.';
}

const partList = (parts: StarPart[]): string => (parts.length === 1 ? PART_LABEL[parts[0] as StarPart] : `${parts.slice(0, -1).map((p) => PART_LABEL[p]).join(', ')} and ${PART_LABEL[parts.at(-1) as StarPart]}`);
const ofMax = (n: number): string => `${n} of ${PART_SCORE.max} on average`;

/**
 * The strongest and weakest STAR parts over a session, named only when they are real: a part at 0
 * is never the strongest, and when every part scored the same there is nothing to pick.
 */
export function partsTakeaway(parts: PartScores): { label: string; value: string }[] {
  const values = STAR_PARTS.map((p) => parts[p]);
  const [top, bottom] = [Math.max(...values), Math.min(...values)];
  if (top === 0) return [{ label: 'Your STAR parts', value: 'None of the four parts scored yet: tell one real story, with the steps you took yourself.' }];
  if (bottom === PART_SCORE.max) return [{ label: 'Your STAR parts', value: `All four at ${PART_SCORE.max} of ${PART_SCORE.max}: keep telling your stories this way.` }];
  if (top === bottom) return [{ label: 'Your STAR parts', value: `All four parts scored the same, ${ofMax(top)}: none stands out as stronger or weaker.` }];
  const strongest = STAR_PARTS.filter((p) => parts[p] === top);
  const weakest = STAR_PARTS.filter((p) => parts[p] === bottom);
  return [
    { label: strongest.length > 1 ? 'Strongest parts' : 'Strongest part', value: `${partList(strongest)} (${ofMax(top)})` },
    { label: weakest.length > 1 ? 'Weakest parts' : 'Weakest part', value: `${partList(weakest)} (${bottom === 0 ? 'missing every time' : ofMax(bottom)})` },
  ];
}

const LABEL_CHARS = 48;
/** A question as a chart label: cut at the last whole word that fits, ending in "…", never mid-word ("respo..."). */
export function shortLabel(text: string, max = LABEL_CHARS): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const atWord = room.slice(0, room.lastIndexOf(' ')).replace(/[\s,;:.!?-]+$/, '');
  return `${atWord || room}…`;
}

/**
 * `isStory` tells a STAR question from a motivation one ("why tech now?"), which has no Situation,
 * Task, Action or Result to average: the part averages and the takeaway read the stories only.
 */
export function summaryReplies(
  results: Result[],
  entry: PracticeSession,
  questionText: (id: string) => string,
  roleName?: string,
  isStory: (id: string) => boolean = () => true,
): Reply[] {
  const stories = results.filter((r) => isStory(r.id) && !r.motivationQuestion);
  const parts = partMeans(stories);
  const count = `${results.length} question${results.length === 1 ? '' : 's'}`;
  return [
    { kind: 'text', text: `*Practice summary*${roleName ? ` for ${roleName}` : ''}: ${count}, average *${entry.average}/100*.` },
    { kind: 'chart', title: 'Your score per question (0-100)', rows: results.map((r, i) => ({ label: `${i + 1}. ${shortLabel(questionText(r.id))}`, value: r.score })) },
    ...(stories.length === 0 ? [] : [{ kind: 'chart' as const, title: 'Average per STAR part (0-5)', rows: STAR_PARTS.map((p) => ({ label: PART_LABEL[p], value: parts[p] })) }]),
    {
      kind: 'card',
      title: 'What to take away',
      fields: [...(stories.length === 0 ? [] : partsTakeaway(parts)), { label: 'The one thing to work on', value: oneThing(results) }],
    },
    { kind: 'text', text: "I've saved these scores (not your answers) with your practice history. Say `progress` any time to see them over time." },
  ];
}

const CHART_SESSIONS = 12;

/** How a peer session is told apart in the chart: whose score it shows. */
const withPeer = (s: PracticeSession): string => (!s.peer ? '' : s.scoredBy === 'peer' ? `, scored by ${s.peer.by}` : `, with ${s.peer.by}`);

/** The scores over time; each session named by its day where the person is (`zone`, UTC when unknown). */
export function progressReplies(history: PracticeSession[], zone: string | undefined, now: Date): Reply[] {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) {
    return [{ kind: 'text', text: "You haven't finished a practice session yet. Say `practice` to start one: after each session I keep your scores here." }];
  }
  const skipped = Math.max(0, history.length - CHART_SESSIONS);
  const rows = history.slice(skipped).map((s, i) => ({ label: `${skipped + i + 1}. ${shortDay(s.at, zone, now)} (${s.questions.length} q${withPeer(s)})`, value: s.average }));
  const replies: Reply[] = [{ kind: 'chart', title: 'Your average score per practice session (0-100)', rows }];
  if (history.some((s) => s.peer)) {
    replies.push({ kind: 'text', text: 'With a peer, a typed answer counts my score and one said out loud counts the peer\'s checklist score.' });
  }
  if (history.length === 1) {
    replies.push({ kind: 'text', text: `One session so far: ${last.average}/100. Practise again to see the trend.` });
    return replies;
  }
  // The parts of stories only: a session of motivation questions alone has none to compare.
  const [from, to] = [partMeans(first.questions), partMeans(last.questions)];
  replies.push({ kind: 'text', text: `Over ${history.length} sessions your average went from ${first.average} to ${last.average} (${signed(last.average - first.average)}).` });
  if (hasParts(first.questions) && hasParts(last.questions)) {
    replies.push({ kind: 'card', title: 'By STAR part, first session → latest (0-5)', fields: STAR_PARTS.map((p) => ({ label: PART_LABEL[p], value: `${from[p]} → ${to[p]}` })) });
  }
  return replies;
}
