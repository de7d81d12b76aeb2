import type { Reply } from '../src/engine/reply.js';
import { STAR_PARTS } from '../src/star/feedback.js';
import type { MotivationReading } from '../src/star/analyze-answer.js';
import type { MotivationPoint, PeerItem, PeerScore } from '../src/star/peer-checklist.js';
import { PART_SCORE } from '../src/star/star-rubric.js';
import { ISSUES, PART_LABEL } from './interview-practice-replies.js';
import type { Issue, PartScores, PeerResult, PracticeSession } from './interview-practice-replies.js';

/**
 * What peer practice says in the shared conversation, and the history entry it keeps for the
 * member who answered.
 */

/** What the coach keeps of a typed answer: its scores and the kind of its biggest fix, never its words. */
export interface CoachScore {
  score: number;
  parts: PartScores;
  issue?: Issue;
  /** A motivation question's answer: the coach reads no STAR parts in it, so none are compared or kept. */
  motivation?: boolean;
  /** What the coach read in that answer, to set beside what the peer heard. */
  said?: MotivationReading;
}

export const INTRO =
  "Let's practise interview answers together. One of you answers an interview question, the other scores the answer with a checklist I'll give them, " +
  'and I keep the result in the practice history of the one who answered (the scores, never the answer). Who is answering this round?';

/** Said to the scorer before the answer, so they know what to listen for while it is spoken. */
export function listenFor(scorer: string, answerer: string, items: readonly PeerItem[]): Reply[] {
  return [{ kind: 'text', text: [`*${scorer}*, while ${answerer} answers, listen for:`, ...items.map((item) => `- ${item.label}`)].join('\n') }];
}

/**
 * A member's note, shown inside the coach's own formatting: one line and no markup of its own,
 * so it cannot pose as the coach's bullets or bold. Mentions lose their brackets; adapters
 * already keep them from notifying anyone.
 */
export const plainNote = (text: string): string => text.replace(/[*_`~<>|]/g, '').replace(/\s+/g, ' ').trim();

/** Part scores this far apart (on 0-5) are a real disagreement, not rounding; our judgment. */
const DISAGREE = 2;

export interface Round {
  answerer: string;
  scorer: string;
  question: string;
  peer: PeerScore;
  /** Only when the answer was typed. */
  coach?: CoachScore;
  note?: string;
}

/** The four things a motivation answer says, as the checklist and the coach name them. */
const POINT_LABEL: Record<MotivationPoint, string> = { whyTech: 'Why this work', whyNow: 'Why now', carriesOver: 'What carries over', done: 'What they have done' };
const POINTS = Object.keys(POINT_LABEL) as MotivationPoint[];
const yesNo = (said: boolean) => (said ? 'yes' : 'no');

/** A motivation answer: what the peer heard of the four, beside what the coach read in a typed one. */
function pointsReply({ scorer, coach }: Round, heard: Record<MotivationPoint, boolean>): Reply[] {
  const said = coach?.said;
  if (!said) return [{ kind: 'card', title: `What ${scorer} heard`, fields: POINTS.map((p) => ({ label: POINT_LABEL[p], value: yesNo(heard[p]) })) }];
  const apart = POINTS.filter((p) => heard[p] !== said[p]);
  return [
    { kind: 'card', title: `What ${scorer} heard and what I read`, fields: POINTS.map((p) => ({ label: POINT_LABEL[p], value: `${scorer} ${yesNo(heard[p])}, me ${yesNo(said[p])}` })) },
    {
      kind: 'text',
      text:
        apart.length > 0
          ? `We differ on ${apart.map((p) => POINT_LABEL[p].toLowerCase()).join(', ')}: worth talking through what ${scorer} heard there that I didn't, or the other way round.`
          : `${scorer} and I heard the same things.`,
    },
  ];
}

function partsReply(round: Round): Reply[] {
  const { scorer, peer, coach } = round;
  if (peer.heard) return pointsReply(round, peer.heard);
  const peerParts = peer.parts ?? { situation: 0, task: 0, action: 0, result: 0 };
  const title = `${scorer}'s checklist, per STAR part (0-${PART_SCORE.max})`;
  if (!coach || coach.motivation) return [{ kind: 'chart', title, rows: STAR_PARTS.map((p) => ({ label: PART_LABEL[p], value: peerParts[p] })) }];
  const apart = STAR_PARTS.filter((p) => Math.abs(peerParts[p] - coach.parts[p]) >= DISAGREE);
  return [
    {
      kind: 'card',
      title: `${scorer} and me, per STAR part (0-${PART_SCORE.max})`,
      fields: STAR_PARTS.map((p) => ({ label: PART_LABEL[p], value: `${scorer} ${peerParts[p]}, me ${coach.parts[p]}` })),
    },
    {
      kind: 'text',
      text:
        apart.length > 0
          ? `We differ on ${apart.map((p) => PART_LABEL[p]).join(', ')}: worth talking through what ${scorer} heard there that I didn't, or the other way round.`
          : `${scorer} and I agree within a point on every part.`,
    },
  ];
}

function workOn({ scorer, peer, coach }: Round): string {
  const fromMe = coach?.issue ? [`- From my reading: ${ISSUES[coach.issue]}`] : [];
  if (peer.missed.length === 0 && fromMe.length === 0) return `${scorer} ticked everything on the checklist: keep telling it this way, in under 2 minutes.`;
  const missed = peer.missed.length > 0 ? [`What to work on (not ticked by ${scorer}):`, ...peer.missed.map((label) => `- ${label}`)] : [`${scorer} ticked everything on the checklist.`];
  return [...missed, ...fromMe].join('\n');
}

/** The end of a round, in the conversation: both scores, the parts, what to work on, the note, where it is kept. */
export function roundReplies(round: Round): Reply[] {
  const { answerer, scorer, question, peer, coach, note } = round;
  const scores = [`${scorer}'s checklist: *${peer.score}/100*.`, ...(coach ? [`My reading of the typed answer: *${coach.score}/100*.`] : [])];
  return [
    { kind: 'text', text: [`*${answerer} answered, ${scorer} scored:* "${question}"`, scores.join(' ')].join('\n') },
    ...partsReply(round),
    { kind: 'text', text: workOn(round) },
    ...(note ? [{ kind: 'text' as const, text: `${scorer}'s note: "${note}"` }] : []),
    {
      kind: 'text',
      text: `Saved to ${answerer}'s practice history: ${answerer}, \`progress\` shows it whenever you ask me on your own here. Next round, swap: ${scorer} answers and ${answerer} scores (say \`peer\`).`,
    },
  ];
}

/**
 * The answerer's history entry. Its score is the coach's when the answer was typed (the same
 * analysis as their solo sessions, so `progress` compares like with like), else the peer's.
 */
export function peerEntry(entry: { id: string; at: Date; role: string | null; question: string; coach?: CoachScore; peer: PeerResult }): PracticeSession {
  const { score, parts } = entry.coach ?? entry.peer;
  // A motivation question keeps no parts, whoever scored it.
  const story = !entry.coach?.motivation && parts !== undefined;
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    role: entry.role,
    questions: [story ? { id: entry.question, score, parts } : { id: entry.question, score }],
    average: score,
    scoredBy: entry.coach ? 'coach' : 'peer',
    peer: entry.peer,
  };
}
