import type { CoachData } from '../src/coach-data.js';
import { COMPETENCIES } from '../src/data/questions-schema.js';
import type { Competency, Question } from '../src/data/questions-schema.js';
import { ask, defineFlow, finish, goTo } from '../src/engine/flow.js';
import type { FlowContext, Parsed } from '../src/engine/flow.js';
import { hasWords } from '../src/engine/human-input.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { analyzeAnswer } from '../src/star/analyze-answer.js';
import type { LabelledAnswer } from '../src/star/analyze-answer.js';
import { COMPETENCY_LABELS, addToHistory, feedbackOf, feedbackReplies, progressReplies, readHistory, sessionEntry, summaryReplies } from './interview-practice-replies.js';
import type { Feedback, Result } from './interview-practice-replies.js';
import { MAX_ANSWER_CHARS, STAR_FIELDS, askedFor, labelledParts, practiceRoleStep, questionsFor, roleById } from './practice-role.js';
import type { RolePick } from './practice-role.js';

type Focus = Competency | 'coach';

/**
 * Where a practice session is, carried by the answer step (it loops on itself): the questions
 * picked, which one and which try, the messages collected for this try, the feedback on the last
 * try (and the one before, to show what changed), and the latest score of each question answered.
 */
interface Practice {
  /** The set-up the plan was made for: answering an earlier step again (`back`) makes a new plan. */
  key: string;
  plan: string[];
  index: number;
  attempt: number;
  draft: string;
  /** Feedback given so far; it tags the retry/next buttons so an old button cannot move the session on. */
  given: number;
  feedback?: Feedback;
  before?: Feedback;
  results: Result[];
}

const MAX_QUESTIONS = 10;
/** A first message this long is a whole answer; shorter ones are collected until `done`. */
const WHOLE_ANSWER_WORDS = 40;
const RECENT_SESSIONS = 3;
const DONE = /^(done|finished|that'?s (all|it)|the end)[.!]*$/i;
const PASS = /^(next|pass|next question)[.!]*$/i;
const FOCUS_CHOICES = [{ id: 'coach', label: 'Let the coach choose' }, ...COMPETENCIES.map((c) => ({ id: c, label: COMPETENCY_LABELS[c] }))];
const HOW =
  `Answer with one real story. Type it in one message (${WHOLE_ANSWER_WORDS} words or more counts as your whole answer), ` +
  'in shorter messages ending with `done`, or in the form with the four STAR parts. Say `next` to skip this question.';

const wordCount = (text: string) => text.split(/\s+/).filter(hasWords).length;

export function createInterviewPracticeFlow(data: CoachData) {
  const { questions, extractor, skillName } = data;
  const role = (ctx: FlowContext) => {
    const picked = ctx.answers.role as RolePick | undefined;
    return roleById(data, picked ? picked.id : ctx.profile.targetRole);
  };
  /** The gaps of the user's gap report, when it is for the role practised. */
  const gaps = (ctx: FlowContext): string[] => {
    const report = ctx.profile.gapReport as { role?: unknown; gaps?: { skill?: unknown }[] } | undefined;
    if (!report || report.role !== role(ctx)?.id || !Array.isArray(report.gaps)) return [];
    return report.gaps.flatMap((g) => (typeof g?.skill === 'string' ? [g.skill] : []));
  };
  const focus = (ctx: FlowContext) => ctx.answers.focus as Focus;
  const count = (ctx: FlowContext) => ctx.answers.count as number;
  const question = (state: Practice): Question => questions.byId.get(state.plan[state.index] ?? '') ?? (questions.questions[0] as Question);

  /**
   * The coach's pick: one the role's interviews ask, the career-change question every switcher
   * gets, one where what the user is learning for their gaps is the evidence (seed 002), then
   * other competencies; questions from the last few sessions come last.
   */
  function choose(ctx: FlowContext): Question[] {
    const target = role(ctx);
    const competency = focus(ctx) === 'coach' ? undefined : (focus(ctx) as Competency);
    const recent = new Set(readHistory(ctx.profile.practiceHistory).slice(-RECENT_SESSIONS).flatMap((s) => s.questions.map((q) => q.id)));
    const own = (q: Question) => askedFor(q, target?.id);
    const rank = (q: Question) => (recent.has(q.id) ? 2 : 0) + (own(q) ? 0 : 1);
    const pool = questionsFor(data, target?.id, competency).sort((a, b) => rank(a) - rank(b));
    if (competency) return pool.slice(0, count(ctx));
    const learning = gaps(ctx).length > 0;
    const picked: Question[] = [];
    const covered = new Set<Competency>();
    const fresh = (q: Question) => !picked.includes(q) && !q.competencies.some((c) => covered.has(c));
    const take = (q: Question | undefined) => {
      if (!q) return;
      picked.push(q);
      for (const c of q.competencies) covered.add(c);
    };
    for (const slot of [own, (q: Question) => q.competencies.includes('why-career-change'), (q: Question) => learning && q.invitesCredential]) {
      take(pool.find((q) => slot(q) && fresh(q)));
    }
    while (picked.length < count(ctx) && picked.length < pool.length) take(pool.find(fresh) ?? pool.find((q) => !picked.includes(q)));
    return picked.slice(0, count(ctx));
  }

  function reason(q: Question, ctx: FlowContext): string {
    const target = role(ctx);
    if (target && askedFor(q, target.id)) return `${target.name} interviews ask this one`;
    if (q.competencies.includes('why-career-change')) return 'every career changer gets asked this';
    const learning = gaps(ctx).slice(0, 2).map(skillName);
    if (q.invitesCredential && learning.length > 0) return `what you are learning (${listOf(learning)}) counts as evidence here`;
    return `on ${(COMPETENCY_LABELS[q.competencies[0] as Competency] ?? '').toLowerCase()}`;
  }

  const keyOf = (ctx: FlowContext) => `${count(ctx)}|${focus(ctx)}|${role(ctx)?.id ?? ''}`;
  const newPractice = (ctx: FlowContext): Practice => ({ key: keyOf(ctx), plan: choose(ctx).map((q) => q.id), index: 0, attempt: 1, draft: '', given: 0, results: [] });

  /** The try being answered now: after feedback, the next question or the same one again, as the buttons said. */
  function current(ctx: FlowContext): Practice {
    const saved = ctx.answers.answer as Practice | undefined;
    if (!saved || saved.key !== keyOf(ctx)) return newPractice(ctx);
    if (!saved.feedback) return saved;
    const blank = { draft: '', feedback: undefined, before: undefined };
    if (ctx.answers.after === `next@${saved.given}`) return { ...saved, ...blank, index: saved.index + 1, attempt: 1 };
    return { ...saved, ...blank, attempt: saved.attempt + 1, before: saved.feedback };
  }

  /** `labelled`: the parts as the user split them in the form, which the analyzer takes as given. */
  function scored(state: Practice, ctx: FlowContext, labelled?: LabelledAnswer): Practice {
    const q = question(state);
    const credential = (ctx.profile.credentialPick as { name?: unknown } | undefined)?.name;
    const target = role(ctx);
    const gapSkills = gaps(ctx).length > 0 ? gaps(ctx) : target && [...target.skills].sort((a, b) => b.weight - a.weight).map((s) => s.skill);
    const analysis = analyzeAnswer(labelled ?? state.draft, q, {
      role: target?.id,
      gapSkills,
      credentialName: typeof credential === 'string' ? credential : undefined,
      extractor,
      skillName,
    });
    const feedback = feedbackOf(analysis, state.draft);
    const result: Result = { id: q.id, score: feedback.score, parts: feedback.parts, issue: feedback.issue };
    // The answer itself is not kept once it is scored: only the feedback, until the session ends.
    return { ...state, draft: '', feedback, given: state.given + 1, results: [...state.results.filter((r) => r.id !== q.id), result] };
  }

  function readAnswer(text: string, ctx: FlowContext, form?: Readonly<Record<string, string>>): Parsed<Practice> {
    const state = current(ctx);
    // A submitted form is the whole answer, whatever was typed before it.
    if (form) return { ok: true, value: scored({ ...state, draft: text }, ctx, labelledParts(form)) };
    if (PASS.test(text)) return { ok: true, value: { ...state, draft: '', index: state.index + 1, attempt: 1, before: undefined } };
    if (DONE.test(text)) {
      return state.draft ? { ok: true, value: scored(state, ctx) } : { ok: false, problem: "There's nothing to give feedback on yet." };
    }
    const draft = state.draft ? `${state.draft}\n${text}` : text;
    if (draft.length > MAX_ANSWER_CHARS) {
      return { ok: false, problem: `With that your answer would pass ${MAX_ANSWER_CHARS.toLocaleString('en-US')} characters, so I've kept only what you sent before. Say \`done\` for feedback on it.` };
    }
    const next = { ...state, draft };
    return { ok: true, value: !state.draft && wordCount(text) >= WHOLE_ANSWER_WORDS ? scored(next, ctx) : next };
  }

  function answerPrompt(ctx: FlowContext): string {
    const state = current(ctx);
    const q = question(state);
    const of = `${state.index + 1} of ${state.plan.length}`;
    if (state.draft) return `Got it: ${wordCount(state.draft)} words so far for question ${of}. Keep going, or say \`done\` for feedback.`;
    if (state.attempt > 1) return `*Question ${of}, try ${state.attempt}:* "${q.text}"\nTell it again with the fixes in mind, the same ways as before: one message, several ending with \`done\`, or the form.`;
    const few = state.index === 0 && state.plan.length < count(ctx) ? `There are only ${state.plan.length} questions for that focus, so we'll practise those.\n` : '';
    return `${few}*Question ${of}* (${reason(q, ctx)}):\n"${q.text}"\n${HOW}`;
  }

  const afterChoices = (ctx: FlowContext) => {
    const state = ctx.answers.answer as Practice | undefined;
    const n = state?.given ?? 0;
    const last = !state || state.index >= state.plan.length - 1;
    return [
      { id: `retry@${n}`, label: 'Retry this question' },
      ...(last ? [] : [{ id: `next@${n}`, label: 'Next question' }]),
      { id: `finish@${n}`, label: last ? 'Finish and see my summary' : 'Stop here and see my summary' },
    ];
  };

  return defineFlow({
    id: 'interview-practice',
    title: 'Interview practice',
    menuLabel: 'Practise interview answers',
    commands: ['practice'],
    steps: [
      practiceRoleStep(data, {
        prompt: "Let's practise your interview stories. Which tech role are you interviewing for? For example: data analyst, IT support or UX designer. Say `general` for questions any employer asks.",
        when: (ctx) => !roleById(data, ctx.profile.targetRole),
        saveAs: (value) => (value.id && value.exact ? { targetRole: value.id } : {}),
      }),
      ask.number('count', {
        label: 'Number of questions',
        prompt: (ctx) => {
          const target = role(ctx);
          const opening = ctx.answers.role ? '' : "Let's practise your interview stories. ";
          const forWhat = target ? `We'll practise for *${target.name}* (not right? say \`back\`). ` : "We'll practise the questions any employer asks. ";
          return `${opening}${forWhat}How many questions would you like, from 1 to ${MAX_QUESTIONS}? Three is a good start: each takes about five minutes.`;
        },
        reask: `A number from 1 to ${MAX_QUESTIONS}, for example: 3.`,
        min: 1,
        max: MAX_QUESTIONS,
        integer: true,
      }),
      ask.choice('focus', {
        label: 'Focus',
        prompt: (ctx) => {
          const target = role(ctx);
          const learning = gaps(ctx).slice(0, 3).map(skillName);
          const from = target ? `what *${target.name}* interviews ask${learning.length > 0 ? ` and your gaps (${listOf(learning)})` : ''}` : 'what every career changer gets asked';
          return `What should the questions be about? If you let me choose, I'll pick from ${from}.`;
        },
        reask: 'Pick one by its number or name, for example: 1 to let me choose.',
        choices: FOCUS_CHOICES,
      }),
      ask.longText<Practice>('answer', {
        label: 'Answer',
        fields: STAR_FIELDS,
        prompt: answerPrompt,
        reask: `Tell one real story: one message, shorter messages ending with \`done\`, or the form. Say \`repeat\` to see the question again, or \`next\` to skip it.`,
        help: `${HOW} After the feedback you can retry the question, go on, or finish with a summary.`,
        max: MAX_ANSWER_CHARS,
        interpret: readAnswer,
        display: (value) => `question ${value.index + 1} of ${value.plan.length}${value.feedback ? `, scored ${value.feedback.score}/100` : ''}`,
        next: (value) => (value.index >= value.plan.length ? finish : value.feedback ? goTo('after') : goTo('answer')),
      }),
      ask.choice('after', {
        label: 'After the feedback',
        // Reached by `back` while a later answer is half-collected, there is no feedback to show.
        lead: (ctx) => {
          const state = ctx.answers.answer as Practice;
          const title = `Question ${state.index + 1} of ${state.plan.length}${state.attempt > 1 ? `, try ${state.attempt}` : ''}`;
          return state.feedback ? feedbackReplies(title, state.feedback, state.before) : [];
        },
        prompt: 'What next?',
        reask: 'Pick one by its number or name, for example: 1 to retry.',
        choices: afterChoices,
        next: (choice) => (choice.startsWith('finish') ? finish : goTo('answer')),
      }),
    ],
    finish: (ctx) => {
      const results = (ctx.answers.answer as Practice | undefined)?.results ?? [];
      if (results.length === 0) return { replies: [{ kind: 'text', text: "You didn't answer any questions this time, so there's nothing to add to your practice history." }] };
      const target = role(ctx);
      const entry = sessionEntry(results, target?.id ?? null, ctx.now);
      const text = (id: string) => questions.byId.get(id)?.text ?? id;
      return {
        replies: summaryReplies(results, entry, text, target?.name),
        profile: { practiceHistory: addToHistory(ctx.profile.practiceHistory, entry) },
      };
    },
  });
}

/** `progress`: scores over time, from anywhere; a view, so the user stays at their question. */
export const practiceProgressFlow = defineFlow({
  id: 'practice-progress',
  title: 'Practice progress',
  commands: ['progress'],
  steps: [],
  finish: (ctx) => ({ replies: progressReplies(readHistory(ctx.profile.practiceHistory)) }),
});
