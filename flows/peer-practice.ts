import { z } from 'zod';
import type { CoachData } from '../src/coach-data.js';
import type { Question } from '../src/data/questions-schema.js';
import { ask, defineFlow } from '../src/engine/flow.js';
import type { Actor, FlowContext, Parsed } from '../src/engine/flow.js';
import { hasWords } from '../src/engine/human-input.js';
import { scoreAnswer } from '../src/star/score-answer.js';
import type { LabelledAnswer } from '../src/star/analyze-answer.js';
import { peerChecklist, scorePeerChecklist } from '../src/star/peer-checklist.js';
import type { PeerItem } from '../src/star/peer-checklist.js';
import { addToHistory, feedbackOf } from './interview-practice-replies.js';
import { INTRO, listenFor, peerEntry, plainNote, roundReplies } from './peer-practice-replies.js';
import type { CoachScore } from './peer-practice-replies.js';
import { MAX_ANSWER_CHARS, STAR_FIELDS, askedFor, labelledParts, practiceRoleStep, questionsFor, roleById } from './practice-role.js';

/**
 * Practice with a peer, in a study group's shared conversation: one member answers a question
 * (out loud, or typed), another scores it with the rubric as a checklist, and the result goes to
 * the answerer's own practice history. The answer's words are never kept, not even between turns:
 * a typed answer is scored in the turn it arrives and only the scores stay.
 */

/** What the answer step keeps: when it came (it makes the round's delivery id) and the coach's scores of a typed answer. */
interface Answered {
  at: string;
  coach?: CoachScore;
}

/** What the conversation keeps between rounds: how many there were and the questions asked, latest last. */
const roundsSchema = z.object({ round: z.number().int().nonnegative(), asked: z.array(z.string()) }).catch({ round: 0, asked: [] });

/** The answerer says they answered out loud (a call, a voice channel, the same room). */
const SPOKEN = /^(spoken|done|finished|i'?m done|that'?s it|out loud|aloud|(i )?(said it|told it|answered( it)?)( out loud| aloud)?)[.!]*$/i;
/**
 * A typed message shorter than this is the answerer talking to the group, not their answer: a
 * story with a situation, steps and a result takes more words. Our judgment.
 */
const MIN_TYPED_WORDS = 15;
const NOTE_MAX = 300;

const wordCount = (text: string) => text.split(/\s+/).filter(hasWords).length;
const nameOf = (actor: Actor | undefined, fallback: string) => actor?.name ?? fallback;
const toChoices = (items: readonly PeerItem[]) => items.map(({ id, label }) => ({ id, label }));

export function createPeerPracticeFlow(data: CoachData) {
  const answererStep = ask.claim('answerer', {
    label: 'Answering',
    button: "I'll answer",
    prompt: INTRO,
    reask: `Click "I'll answer", or say \`me\`, if you're answering this round.`,
  });
  const answerer = (ctx: FlowContext) => answererStep.of(ctx);
  const answererName = (ctx: FlowContext) => nameOf(answerer(ctx), 'The answerer');
  const roleStep = practiceRoleStep(data, {
    prompt: (ctx) => `${answererName(ctx)}, which tech role are you interviewing for? For example: data analyst, IT support or UX designer. Say \`general\` for questions any employer asks.`,
    onlyFrom: answerer,
  });
  const roleId = (ctx: FlowContext) => roleStep.of(ctx)?.id ?? undefined;
  const scorerStep = ask.claim('scorer', {
    label: 'Scoring',
    button: "I'll score",
    prompt: (ctx) => `${answererName(ctx)} answers this round. Who is scoring? You'll get a short checklist of what to listen for.`,
    reask: `Click "I'll score", or say \`me\`, if you're scoring this round.`,
    exclude: answerer,
    excludeReason: "You're answering this round, so someone else scores it.",
  });
  const scorer = (ctx: FlowContext) => scorerStep.of(ctx);
  const scorerName = (ctx: FlowContext) => nameOf(scorer(ctx), 'The scorer');
  const rounds = (ctx: FlowContext) => roundsSchema.parse(ctx.profile.peerPractice);

  /**
   * The round's question: one not asked in this conversation yet (else the one asked longest ago),
   * the role's own before the ones any employer asks. Worked out again on each turn from what does
   * not change during a round, so every step sees the same question.
   */
  function question(ctx: FlowContext): Question {
    const role = roleId(ctx);
    const { asked } = rounds(ctx);
    const rank = (q: Question) => asked.lastIndexOf(q.id) * 2 + (askedFor(q, role) ? 0 : 1);
    // Never empty: every role has the questions for any role.
    return questionsFor(data, role).sort((a, b) => rank(a) - rank(b))[0] as Question;
  }

  function coachScore(answer: string | LabelledAnswer, text: string, ctx: FlowContext): CoachScore {
    // Scored as `pivot star --role` scores it: the role practised, with no one's own gaps or credential.
    const target = data.catalog.roles.byId.get(roleId(ctx) ?? '');
    const { score, parts, issue, motivation } = feedbackOf(scoreAnswer(answer, question(ctx), { role: target, extractor: data.extractor, skillName: data.skillName }), text);
    return { score, parts, issue, ...(motivation ? { motivation: true, said: motivation } : {}) };
  }

  /** A submitted form is scored by the parts as the answerer labelled them. */
  function readAnswer(text: string, ctx: FlowContext, form?: Readonly<Record<string, string>>): Parsed<Answered> {
    const at = ctx.now.toISOString();
    if (SPOKEN.test(text)) return { ok: true, value: { at } };
    const words = wordCount(text);
    if (words < MIN_TYPED_WORDS) {
      return { ok: false, problem: `That's ${words} word${words === 1 ? '' : 's'}, short for a whole answer, so I haven't scored it.` };
    }
    return { ok: true, value: { at, coach: coachScore(form ? labelledParts(form) : text, text, ctx) } };
  }

  function answerPrompt(ctx: FlowContext): string {
    const role = roleById(data, roleId(ctx));
    const q = question(ctx);
    return [
      `*${answererName(ctx)}*, your question${role ? ` for ${role.name}` : ''}:`,
      `"${q.text}"`,
      'Answer out loud (on a call, in a voice channel or face to face) and say `spoken` when you have finished, or type your whole answer here in one message or in the form. ' +
        // A question about the move itself asks for reasons, not one story.
        (q.kind === 'motivation' ? 'Your own reasons and what you have done about them, 1 to 2 minutes.' : 'One real story, about 2 minutes.'),
    ].join('\n');
  }

  const answerStep = ask.longText<Answered>('answer', {
    label: 'Answer',
    fields: STAR_FIELDS,
    lead: (ctx) => listenFor(scorerName(ctx), answererName(ctx), peerChecklist(question(ctx))),
    prompt: answerPrompt,
    reask: 'Say `spoken` once you have answered out loud, or type your whole answer in one message or in the form. Say `repeat` to see the question again.',
    max: MAX_ANSWER_CHARS,
    onlyFrom: answerer,
    interpret: readAnswer,
    display: (value) => (value.coach ? 'typed (my score comes at the end)' : 'said out loud'),
  });
  const scoreStep = ask.checklist('score', {
    label: 'Checklist',
    prompt: (ctx) =>
      `${scorerName(ctx)}, tick what you heard in ${answererName(ctx)}'s answer: click them, or type their numbers (for example "1 3 4"), \`all\` or \`none\`.` +
      (answerStep.of(ctx)?.coach ? " It was typed, so I've scored it too: you'll see my scores next to yours." : ''),
    reask: 'Type the numbers of what you heard, for example "1 3 4", or say `all` or `none`.',
    onlyFrom: scorer,
    // The credential item belongs only to questions that invite it.
    items: (ctx) => toChoices(peerChecklist(question(ctx))),
  });
  const noteStep = ask.text('note', {
    label: 'Note',
    prompt: (ctx) => `Last thing, ${scorerName(ctx)}: one thing that worked, or one thing ${answererName(ctx)} could change (${NOTE_MAX} characters at most). Say \`skip\` to leave it out.`,
    reask: 'One short sentence, or say `skip`.',
    optional: true,
    max: NOTE_MAX,
    onlyFrom: scorer,
    interpret: (text) => ({ ok: true, value: plainNote(text) }),
  });

  return defineFlow({
    id: 'peer-practice',
    title: 'Peer practice',
    menuLabel: 'Practise with a peer',
    commands: ['peer'],
    shared: true,
    steps: [answererStep, roleStep, scorerStep, answerStep, scoreStep, noteStep],
    finish: (ctx) => {
      const q = question(ctx);
      const answered = answerStep.of(ctx);
      const to = answerer(ctx);
      // The flow finishes only after every step but the note was answered.
      if (!answered || !to) throw new Error('Peer practice finished without an answerer or an answer.');
      // What the peer heard of a motivation answer shows in the round; the history keeps the score and what was missed.
      const { heard, ...peer } = scorePeerChecklist(scoreStep.of(ctx) ?? [], peerChecklist(q));
      const note = noteStep.of(ctx);
      const { round, asked } = rounds(ctx);
      const by = scorerName(ctx);
      // Stable on every retry of this turn, and apart from the answerer's rounds in other conversations.
      const id = `peer-practice:${round + 1}:${answered.at}`;
      const entry = peerEntry({ id, at: ctx.now, role: roleId(ctx) ?? null, question: q.id, coach: answered.coach, peer: { by, ...peer, note } });
      return {
        replies: roundReplies({ answerer: answererName(ctx), scorer: by, question: q.text, peer: { ...peer, ...(heard ? { heard } : {}) }, coach: answered.coach, note }),
        // As many as the bank holds, so no question comes back before the role's others have been asked.
        profile: { peerPractice: { round: round + 1, asked: [...asked, q.id].slice(-data.questions.questions.length) } },
        deliver: [{ to: to.id, id, profile: (own) => ({ practiceHistory: addToHistory(own.practiceHistory, entry) }) }],
      };
    },
  });
}
