import type { MotivationReading, StarPart } from './analyze-answer.js';
import { STAR_PARTS } from './feedback.js';
import { MOTIVATION_WEIGHT } from './motivation.js';
import { PART_SCORE, PART_WEIGHT, PENALTY } from './star-rubric.js';
import type { SOURCES } from './star-rubric.js';

/**
 * What a peer listens for when a study-group member answers out loud, written from
 * /work/shared/reference/star-rubric.md: the per-part rows of B1 and the whole-answer rows of B2.
 * A peer can hear these without training, unlike the analyzer's word counts. Each item names the
 * source the reference gives for that point; where B1 states a point without naming one of its
 * sources, the item cites B1 itself rather than guess which; the credential item is our own criterion, like the coach's credential check.
 */

interface ItemBase {
  id: string;
  /** What to listen for, short enough for a checkbox (80 characters at most). */
  label: string;
  source: keyof typeof SOURCES;
}

/** One of the four things a motivation answer says (src/star/motivation.ts). */
export type MotivationPoint = keyof MotivationReading;

/**
 * A part item counts toward its STAR part's score. A whole-answer item belongs to no part: missed,
 * it takes `penalty` points off the overall score, the way the coach's B3 modifiers do. A
 * motivation item (a motivation question has no STAR parts) carries `weight` points of 100, as the
 * coach weighs the same thing in motivationScore; `point` is what it listens for, if one of the four.
 */
export type PeerItem =
  | (ItemBase & { part: StarPart })
  | (ItemBase & { part: 'whole'; penalty: number })
  | (ItemBase & { part: 'motivation'; weight: number; point?: MotivationPoint });

export const PEER_CHECKLIST: readonly PeerItem[] = [
  { id: 'real-event', label: 'One real, specific time (not "usually" or "I would")', part: 'situation', source: 'falseStar' },
  { id: 'when-where', label: 'When and where it happened, in a sentence or two', part: 'situation', source: 'practitioners' },
  { id: 'own-task', label: 'What they had to achieve themselves, and what was at stake', part: 'task', source: 'rubricB1' },
  { id: 'i-not-we', label: 'Said "I", not "we", for the steps they took', part: 'action', source: 'rubricB1' },
  { id: 'steps', label: 'Concrete steps, in order, with their reasons', part: 'action', source: 'rubricB1' },
  { id: 'action-most', label: 'Most of the answer was about what they did', part: 'action', source: 'practitioners' },
  // "No one got hurt" or "the client renewed" has no number to tell and is still evidence (checkable-outcome.ts).
  { id: 'result-evidence', label: 'A concrete result: a number where one exists, or what anyone could check', part: 'result', source: 'amazon' },
  { id: 'learned', label: 'What they learned, or would do differently', part: 'result', source: 'ddi' },
  // The coach charges the same for running long, and asks for more under about 45 s.
  { id: 'length', label: 'Between 1 and 2 minutes: more than a line, no rambling', part: 'whole', source: 'practitioners', penalty: PENALTY.tooLong },
  // The coach cannot check relevance; as much as its other B3 modifiers.
  { id: 'relevant', label: 'Answered the question that was asked', part: 'whole', source: 'amazon', penalty: 10 },
];

/** Only for questions that invite the user's credential or capstone as evidence. */
export const CREDENTIAL_ITEM: PeerItem = {
  id: 'credential',
  label: 'Used their course, certificate or capstone as evidence',
  part: 'whole',
  source: 'rubricB3',
  penalty: PENALTY.credentialMissing,
};

const WITH_CREDENTIAL: readonly PeerItem[] = [...PEER_CHECKLIST, CREDENTIAL_ITEM];

/**
 * What a peer listens for when the question asks why the move ("why tech, why now?"): no story, so
 * no Situation, Task, Action or Result, but the four things the coach reads in such an answer, with
 * the coach's weights. Why now is asked for and coached, not scored, as the coach does: many honest
 * answers have no turning point to name. A course or certificate is what was done, so no separate
 * credential item.
 */
export const MOTIVATION_CHECKLIST: readonly PeerItem[] = [
  { id: 'why-tech', label: 'Why they want this work: a reason of their own', part: 'motivation', point: 'whyTech', weight: MOTIVATION_WEIGHT.reason, source: 'careerChange' },
  { id: 'why-now', label: 'Why now: what changed, or why this is the time', part: 'motivation', point: 'whyNow', weight: 0, source: 'careerChange' },
  { id: 'carries-over', label: 'What carries over from the work they do today', part: 'motivation', point: 'carriesOver', weight: MOTIVATION_WEIGHT.linked, source: 'careerChange' },
  { id: 'done-so-far', label: "What they've done about it already: a course, a project, a first step", part: 'motivation', point: 'done', weight: MOTIVATION_WEIGHT.done, source: 'careerChange' },
  { id: 'length', label: 'Between 1 and 2 minutes: more than a line, no rambling', part: 'motivation', weight: MOTIVATION_WEIGHT.length, source: 'practitioners' },
  { id: 'relevant', label: 'Answered the question that was asked', part: 'whole', source: 'amazon', penalty: 10 },
];

/**
 * The checklist for a question: the motivation checklist for a question about the move itself;
 * else the STAR checklist, with the credential item only where the question invites it.
 */
export const peerChecklist = (question: { invitesCredential: boolean; kind?: string }): readonly PeerItem[] =>
  question.kind === 'motivation' ? MOTIVATION_CHECKLIST : question.invitesCredential ? WITH_CREDENTIAL : PEER_CHECKLIST;

export interface PeerScore {
  /** 0-100, comparable with the coach's score (same part weights, same kind of modifiers). */
  score: number;
  /** 0-PART_SCORE.max per part, as the coach's feedback shows them; none for a motivation checklist. */
  parts?: Record<StarPart, number>;
  /** For a motivation checklist: which of the four things the peer heard. */
  heard?: Record<MotivationPoint, boolean>;
  /** Labels of the items not ticked, in checklist order: what to work on. */
  missed: string[];
}

/** A motivation checklist scored as the coach scores the answer: the weights of what was heard, less the penalties. */
function scoreMotivation(yes: ReadonlySet<string>, items: readonly PeerItem[]): PeerScore {
  const heard: Record<MotivationPoint, boolean> = { whyTech: false, whyNow: false, carriesOver: false, done: false };
  let base = 0;
  for (const item of items) {
    if (item.part !== 'motivation' || !yes.has(item.id)) continue;
    base += item.weight;
    if (item.point) heard[item.point] = true;
  }
  return { score: clampScore(base - penaltiesOf(yes, items)), heard, missed: items.filter((item) => !yes.has(item.id)).map((item) => item.label) };
}

const penaltiesOf = (yes: ReadonlySet<string>, items: readonly PeerItem[]): number =>
  items.reduce((sum, item) => sum + (item.part === 'whole' && !yes.has(item.id) ? item.penalty : 0), 0);
const clampScore = (score: number): number => Math.round(Math.min(100, Math.max(0, score)));

/**
 * Scores a ticked checklist the way the coach scores an answer. A motivation checklist scores the
 * weights of what was heard (scoreMotivation). Otherwise each part scores the share of its
 * items ticked, on the coach's 0-5 scale (rounded, like the coach's whole-point part scores); the
 * overall score weighs the parts with PART_WEIGHT, as the coach does, then takes off the penalty
 * of each whole-answer item not ticked. Unknown ids are ignored. A part with no items in the list
 * scores 0 and drops out of the weighting.
 */
export function scorePeerChecklist(ticked: readonly string[], items: readonly PeerItem[]): PeerScore {
  const yes = new Set(ticked);
  if (items.some((item) => item.part === 'motivation')) return scoreMotivation(yes, items);
  const parts = {} as Record<StarPart, number>;
  let weighted = 0;
  let weights = 0;
  for (const part of STAR_PARTS) {
    const own = items.filter((item) => item.part === part);
    const share = own.length === 0 ? 0 : own.filter((item) => yes.has(item.id)).length / own.length;
    parts[part] = Math.round(share * PART_SCORE.max);
    if (own.length === 0) continue;
    weighted += (PART_WEIGHT[part] * parts[part]) / PART_SCORE.max;
    weights += PART_WEIGHT[part];
  }
  const base = weights === 0 ? 100 : (100 * weighted) / weights;
  return {
    score: clampScore(base - penaltiesOf(yes, items)),
    parts,
    missed: items.filter((item) => !yes.has(item.id)).map((item) => item.label),
  };
}
