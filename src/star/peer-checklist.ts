import type { StarPart } from './analyze-answer.js';
import { STAR_PARTS } from './feedback.js';
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

/**
 * A part item counts toward its STAR part's score. A whole-answer item belongs to no part: missed,
 * it takes `penalty` points off the overall score, the way the coach's B3 modifiers do.
 */
export type PeerItem = (ItemBase & { part: StarPart }) | (ItemBase & { part: 'whole'; penalty: number });

export const PEER_CHECKLIST: readonly PeerItem[] = [
  { id: 'real-event', label: 'One real, specific time (not "usually" or "I would")', part: 'situation', source: 'falseStar' },
  { id: 'when-where', label: 'When and where it happened, in a sentence or two', part: 'situation', source: 'practitioners' },
  { id: 'own-task', label: 'What they had to achieve themselves, and what was at stake', part: 'task', source: 'rubricB1' },
  { id: 'i-not-we', label: 'Said "I", not "we", for the steps they took', part: 'action', source: 'rubricB1' },
  { id: 'steps', label: 'Concrete steps, in order, with their reasons', part: 'action', source: 'rubricB1' },
  { id: 'action-most', label: 'Most of the answer was about what they did', part: 'action', source: 'practitioners' },
  { id: 'result-evidence', label: 'A result with a number, or other evidence (what someone said about it)', part: 'result', source: 'amazon' },
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

/** The checklist for a question: with the credential item only where the question invites it. */
export const peerChecklist = (question: { invitesCredential: boolean }): readonly PeerItem[] => (question.invitesCredential ? WITH_CREDENTIAL : PEER_CHECKLIST);

export interface PeerScore {
  /** 0-100, comparable with the coach's score (same part weights, same kind of modifiers). */
  score: number;
  /** 0-PART_SCORE.max per part, as the coach's feedback shows them. */
  parts: Record<StarPart, number>;
  /** Labels of the items not ticked, in checklist order: what to work on. */
  missed: string[];
}

/**
 * Scores a ticked checklist the way the coach scores an answer. Each part scores the share of its
 * items ticked, on the coach's 0-5 scale (rounded, like the coach's whole-point part scores); the
 * overall score weighs the parts with PART_WEIGHT, as the coach does, then takes off the penalty
 * of each whole-answer item not ticked. Unknown ids are ignored. A part with no items in the list
 * scores 0 and drops out of the weighting.
 */
export function scorePeerChecklist(ticked: readonly string[], items: readonly PeerItem[]): PeerScore {
  const yes = new Set(ticked);
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
  const penalties = items.reduce((sum, item) => sum + (item.part === 'whole' && !yes.has(item.id) ? item.penalty : 0), 0);
  return {
    score: Math.round(Math.min(100, Math.max(0, base - penalties))),
    parts,
    missed: items.filter((item) => !yes.has(item.id)).map((item) => item.label),
  };
}
