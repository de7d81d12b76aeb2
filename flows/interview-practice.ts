import type { CoachData } from '../src/coach-data.js';
import { practiceFacts } from './profile-facts.js';
import { personZone } from '../src/dates/person-zone.js';
import { COMPETENCIES } from '../src/data/questions-schema.js';
import type { Competency, Question } from '../src/data/questions-schema.js';
import { again, ask, defineFlow, finish, goTo, nextRound, repeat, type Transition } from '../src/engine/flow.js';
import type { FlowContext, SaidChoice } from '../src/engine/flow.js';
import { hasWords } from '../src/engine/human-input.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { profileOf } from './profile.js';
import { evidenceFromProfile, scoreAnswer } from '../src/star/score-answer.js';
import type { LabelledAnswer } from '../src/star/analyze-answer.js';
import { COMPETENCY_LABELS, addToHistory, feedbackOf, feedbackReplies, progressReplies, sessionEntry, summaryReplies } from './interview-practice-replies.js';
import type { Feedback, Result } from './interview-practice-replies.js';
import { MAX_ANSWER_CHARS, STAR_FIELDS, askedFor, labelledParts, practiceRoleStep, questionsFor, roleById } from './practice-role.js';
import { readLoosely } from './loose-choice.js';
import { contentStems } from '../src/engine/read/content-words.js';
import { questionsNamed } from '../src/star/match-question.js';

type Focus = Competency | 'coach';

/**
 * One try at a question: scored, passed with `next`, started over with `retry`, or the session
 * ended with `stop`. Only the feedback is kept, never the answer.
 */
type Attempt = { kind: 'scored'; feedback: Feedback } | { kind: 'passed' } | { kind: 'restarted' } | { kind: 'stopped' };

const MAX_QUESTIONS = 10;
/** A first message this long is a whole answer; shorter ones are collected until `done`. */
const WHOLE_ANSWER_WORDS = 40;
const RECENT_SESSIONS = 3;
const DONE = /^(done|finished|i'?m done|i am done|that'?s (all|it)|the end)[.!]*$/i;
/**
 * The practice's own words, which act whenever they are the whole message, even halfway through
 * an answer told in several messages: never added to it as more of the story.
 */
const MOVES: readonly { kind: Exclude<Attempt['kind'], 'scored'>; words: RegExp }[] = [
  { kind: 'passed', words: /^[/!]?(next|pass|next question|next one|skip|skip it|skip this one|skip this question|move on)[.!]*$/i },
  { kind: 'restarted', words: /^[/!]?(retry|redo|again|try again|start again|start over)[.!]*$/i },
  { kind: 'stopped', words: /^[/!]?(stop|stop here|finish|quit|enough|end practice)[.!]*$/i },
];
const MOVE = new RegExp(MOVES.map((m) => m.words.source).join('|'), 'i');
const moveOf = (text: string) => MOVES.find((m) => m.words.test(text.trim()))?.kind;
/** `skip` is the engine's everywhere else; at a question of this practice it passes the question. */
const SKIP = /^[/!]?skip[.!]*$/i;
/** Not an answer but a plea for help with one. */
const UNSURE = /^(not sure|i'?m not sure|no idea|i have no idea|i don'?t know|idk|dunno|i can'?t think of (one|any|anything)|nothing comes to mind|no clue)[.!?]*$/i;
/** A number on its own: meant for a list of options, not a story. */
const BARE_NUMBER = /^(option |number |#)?\d{1,2}[.)]?$/i;
/**
 * A retry said as a request: "try that one again", "do it again", "redo this question", "have another go". The
 * choice reader takes "I would like to", "can I" and "please" off around them, so "I would like to try that one
 * again, please." is one of these.
 */
const RETRY_SAID = [
  ...['try', 'do', 'answer', 'redo', 'retry', 'attempt'].flatMap((verb) =>
    ['it', 'that', 'this', 'that one', 'this one', 'the question', 'this question', 'that question', 'the same question'].flatMap((what) => [
      `${verb} ${what} again`,
      ...(verb === 'redo' || verb === 'retry' ? [`${verb} ${what}`] : []),
    ]),
  ),
  'go again', 'try once more', 'one more try', 'one more go', 'another go', 'another try', 'another attempt',
  'have another go', 'have another try', 'give it another go', 'give it another try', 'have another go at it', 'have a second go',
];
/** How people say each choice after the feedback, besides its label and number. */
const AFTER_WORDS = {
  retry: ['retry', 'again', 'try again', 'redo', 'one more time', 'let me try again', 'start again', ...RETRY_SAID],
  next: ['next', 'next one', 'move on', 'skip', 'skip it', 'go on', 'carry on', 'pass'],
  // Another question: the next one, or after the last a new one (the practice starts over after its summary).
  more: ['one more', 'one more question', 'another question', 'another one', 'get one more question', 'get another question', 'have one more question', 'have another question', 'give me another', 'more questions', 'keep going'],
  finish: ['stop', 'enough', "that's it", "that's enough", "that's all", "i'm done", 'done', 'quit', 'finish', 'summary', 'end'],
} as const;
const MORE: Transition = { handover: 'interview-practice', at: 'answer' };
const HOW =
  `Answer with one real story. Type it in one message (${WHOLE_ANSWER_WORDS} words or more counts as your whole answer), ` +
  'in shorter messages ending with `done`, or in the form with the four STAR parts. Say `next` to skip this question.';

/** How `status` says a try that was not scored. */
const SAID: Partial<Record<Attempt['kind'], string>> = { passed: 'passed', restarted: 'started over', stopped: 'stopped the practice here' };

const wordCount = (text: string) => text.split(/\s+/).filter(hasWords).length;
const scoredIn = (attempt: Attempt | undefined): Feedback | undefined => (attempt?.kind === 'scored' ? attempt.feedback : undefined);
const LETTER = /\p{L}/u;
const isCompetency = (id: string | undefined): id is Competency => (COMPETENCIES as readonly string[]).includes(id ?? '');
/**
 * The focus as stored: a competency, or `coach`; after a slash, the questions the person's words
 * named ("when something misses a deadline"), to be asked first; after a second, those that share
 * a word of theirs ("a difficult stakeholder"), to be asked next.
 */
const focusValue = (competency: string, named: readonly Question[], related: readonly Question[] = []) => {
  const ids = (qs: readonly Question[]) => qs.map((q) => q.id).join(',');
  return related.length > 0 ? `${competency}/${ids(named)}/${ids(related)}` : named.length > 0 ? `${competency}/${ids(named)}` : competency;
};
const readFocus = (value: string | undefined): { id: string | undefined; named: string[]; related: string[] } => {
  const [id, named, related] = (value ?? '').split('/');
  return { id, named: named ? named.split(',') : [], related: related ? related.split(',') : [] };
};

/**
 * The questions of a topic that share a word the person used beyond the topic's name: "working
 * with a difficult stakeholder" is a conflict topic, and within it the questions about a
 * stakeholder, or someone difficult, come before one about a manager. Most words shared first.
 */
function sharingWords(typed: string, label: string, questions: readonly Question[]): Question[] {
  const named = new Set(contentStems(label));
  const said = new Set(contentStems(typed).filter((w) => LETTER.test(w) && !named.has(w)));
  if (said.size === 0) return [];
  return questions
    .map((q) => ({ q, shared: new Set(contentStems(q.text).filter((w) => said.has(w))).size }))
    .filter((m) => m.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .map((m) => m.q);
}

export function createInterviewPracticeFlow(data: CoachData) {
  const { questions, extractor, skillName } = data;
  const focusChoices: SaidChoice[] = [
    { id: 'coach', label: 'Let the coach choose', words: ['you choose', 'you pick', 'surprise me', 'anything', "don't mind", 'whatever'] },
    ...COMPETENCIES.map((c) => ({ id: c, label: COMPETENCY_LABELS[c], words: questions.focusWords[c] })),
  ];
  const role = (ctx: FlowContext) => {
    const picked = roleStep.of(ctx);
    return roleById(data, picked ? picked.id : profileOf(ctx).targetRole);
  };
  /** The gaps of the user's gap report, when it is for the role practised. */
  const gaps = (ctx: FlowContext): string[] => {
    const report = profileOf(ctx).gapReport;
    return report && report.role === role(ctx)?.id ? report.gaps.map((g) => g.skill) : [];
  };
  const focus = (ctx: FlowContext): Focus => {
    const { id } = readFocus(focusStep.of(ctx));
    return isCompetency(id) ? id : 'coach';
  };
  /** The questions the person's words named at the focus, to ask first. */
  const named = (ctx: FlowContext): string[] => readFocus(focusStep.of(ctx)).named;
  /** The questions sharing a word of theirs, to ask next. */
  const related = (ctx: FlowContext): string[] => readFocus(focusStep.of(ctx)).related;
  const count = (ctx: FlowContext) => countStep.of(ctx) ?? 1;
  const question = (ctx: FlowContext): Question => questions.byId.get(ctx.round?.item ?? '') ?? (questions.questions[0] as Question);

  /**
   * The coach's pick: one the role's interviews ask, the career-change question every switcher
   * gets, one where what the user is learning for their gaps is the evidence (seed 002), then
   * other competencies; questions from the last few sessions come last. A chosen focus asks
   * only that competency's questions, those about nothing else first ("explaining to non-experts"
   * is asked "a time you explained something technical", before a business analyst's question that
   * only touches it), then the role's own.
   */
  function choose(ctx: FlowContext): Question[] {
    const target = role(ctx);
    const chosen = focus(ctx);
    const competency = chosen === 'coach' ? undefined : chosen;
    const recent = new Set((profileOf(ctx).practiceHistory ?? []).slice(-RECENT_SESSIONS).flatMap((s) => s.questions.map((q) => q.id)));
    const own = (q: Question) => askedFor(q, target?.id);
    const onlyFocus = (q: Question) => !!competency && q.competencies.length === 1 && q.competencies[0] === competency;
    const rank = (q: Question) => (recent.has(q.id) ? 4 : 0) + (competency && !onlyFocus(q) ? 2 : 0) + (own(q) ? 0 : 1);
    // What the person's words named comes first, as they named it; then what shares a word of theirs.
    const order = (ids: string[]) => (q: Question) => (ids.includes(q.id) ? ids.indexOf(q.id) : ids.length);
    const [namedRank, relatedRank] = [order(named(ctx)), order(related(ctx))];
    const pool = questionsFor(data, target?.id, competency).sort((a, b) => namedRank(a) - namedRank(b) || relatedRank(a) - relatedRank(b) || rank(a) - rank(b));
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
    const chosen = focus(ctx);
    if (chosen !== 'coach' && named(ctx).includes(q.id)) return 'the one closest to what you asked for';
    if (chosen !== 'coach') return `on ${COMPETENCY_LABELS[chosen].toLowerCase()}, as you asked`;
    if (target && askedFor(q, target.id)) return `${target.name} interviews ask this one`;
    if (q.competencies.includes('why-career-change')) return 'every career changer gets asked this';
    const learning = gaps(ctx).slice(0, 2).map(skillName);
    if (q.invitesCredential && learning.length > 0) return `what you are learning (${listOf(learning)}) counts as evidence here`;
    return `on ${(COMPETENCY_LABELS[q.competencies[0] as Competency] ?? '').toLowerCase()}`;
  }

  /** `labelled`: the parts as the user split them in the form, which the analyzer takes as given. */
  function score(text: string, ctx: FlowContext, labelled?: LabelledAnswer): Attempt {
    // What the person has (profile skills, a credential done, not only chosen) is what feedback may ask them to name.
    const held = evidenceFromProfile(
      profileOf(ctx),
      (id) => data.catalog.skills.byId.get(id)?.category,
      (id) => data.credentials.credentials.find((c) => c.id === id)?.assessment.includes('capstone'),
    );
    const analysis = scoreAnswer(labelled ?? text, question(ctx), { role: role(ctx), gaps: gaps(ctx), ...held, extractor, skillName });
    return { kind: 'scored', feedback: feedbackOf(analysis, text) };
  }

  function answerPrompt(ctx: FlowContext): string {
    const round = ctx.round;
    const q = question(ctx);
    const of = `${(round?.index ?? 0) + 1} of ${round?.of ?? 1}`;
    const over = answerStep.of(ctx)?.kind === 'restarted' ? "Let's start this answer over: I've set aside what you had.\n" : '';
    if (round && round.attempt > 1) {
      return `${over}*Question ${of}, try ${round.attempt}:* "${q.text}"\nTell it again with the fixes in mind, the same ways as before: one message, several ending with \`done\`, or the form.`;
    }
    if (over) return `${over}*Question ${of}:* "${q.text}"\n${HOW}`;
    if (round && round.attempt > 1) {
      return `*Question ${of}, try ${round.attempt}:* "${q.text}"\nTell it again with the fixes in mind, the same ways as before: one message, several ending with \`done\`, or the form.`;
    }
    const few = round && round.index === 0 && round.of < count(ctx) ? `There are only ${round.of} questions for that focus, so we'll practise those.\n` : '';
    return `${few}*Question ${of}* (${reason(q, ctx)}):\n"${q.text}"\n${HOW}`;
  }

  /** The latest scored try at each question, in the order asked. */
  function results(ctx: FlowContext): Result[] {
    const latest = new Map<string, Feedback>();
    for (const round of ctx.rounds ?? []) {
      const feedback = scoredIn(answerStep.of(round));
      if (feedback) latest.set(round.item, feedback);
    }
    const now = scoredIn(answerStep.of(ctx));
    if (now && ctx.round) latest.set(ctx.round.item, now);
    // A motivation question is known by its kind, so feedback saved before it was marked counts too.
    return [...latest].map(([id, f]) => ({ id, score: f.score, parts: f.parts, issue: f.issue, polish: f.polish, ...(f.motivation || questions.byId.get(id)?.kind === 'motivation' ? { motivationQuestion: true } : {}) }));
  }

  /** Retry, next or finish; the ids name the round so that an old button cannot move a later round on. */
  const afterChoices = (ctx: FlowContext): SaidChoice[] => {
    const round = ctx.round;
    const tag = `${round?.index ?? 0}.${round?.attempt ?? 1}`;
    const last = !round || round.index >= round.of - 1;
    return [
      { id: `retry@${tag}`, label: 'Retry this question', words: AFTER_WORDS.retry },
      last
        ? { id: `more@${tag}`, label: 'One more question', words: AFTER_WORDS.more }
        : { id: `next@${tag}`, label: 'Next question', words: [...AFTER_WORDS.next, ...AFTER_WORDS.more] },
      // After the last question, "next" too means the summary.
      { id: `finish@${tag}`, label: last ? 'Finish and see my summary' : 'Stop here and see my summary', words: last ? [...AFTER_WORDS.finish, ...AFTER_WORDS.next] : AFTER_WORDS.finish },
    ];
  };

  /** Said to a message that is neither the story nor a move: a plea for help, or a bare number. */
  function aside(text: string, draft: string, ctx: FlowContext): string | undefined {
    if (UNSURE.test(text)) {
      return (
        "That's all right: most people need a moment. Think of one real time, from any job, course or volunteering, even a small one. " +
        'A STAR answer tells it in four parts: the Situation (when and where), your Task (what you had to achieve), ' +
        'the Actions you took yourself, and the Result (what changed). Start with the first sentence that comes to mind, or say `next` to skip this question.'
      );
    }
    if (!BARE_NUMBER.test(text)) return undefined;
    const n = `question ${(ctx.round?.index ?? 0) + 1}`;
    return draft
      ? `A number on its own isn't part of your story, so I've left it out. You're still answering ${n} (${wordCount(draft)} words so far): say \`done\` for feedback, \`retry\` to start it over, \`next\` to skip it or \`stop\` for your summary.`
      : `A number on its own isn't an answer to ${n}. Tell one real story, or say \`next\` to skip it or \`stop\` for your summary.`;
  }

  const roleStep = practiceRoleStep(data, {
    prompt: "Let's practise your interview stories. Which tech role are you interviewing for? For example: data analyst, IT support or UX designer. Say `general` for questions any employer asks.",
    when: (ctx) => !roleById(data, profileOf(ctx).targetRole),
    saveAs: (value) => (value.id && value.exact ? { targetRole: value.id } : {}),
  });
  const countStep = ask.number('count', {
    label: 'Number of questions',
    prompt: (ctx) => {
      const target = role(ctx);
      const opening = roleStep.of(ctx) ? '' : "Let's practise your interview stories. ";
      const forWhat = target ? `We'll practise for *${target.name}* (not right? say \`back\`). ` : "We'll practise the questions any employer asks. ";
      return `${opening}${forWhat}How many questions would you like, from 1 to ${MAX_QUESTIONS}? Three is a good start: each takes about five minutes.`;
    },
    reask: `A number from 1 to ${MAX_QUESTIONS}, for example: 3.`,
    min: 1,
    max: MAX_QUESTIONS,
    integer: true,
  });
  const focusStep = ask.choice('focus', {
    label: 'Focus',
    prompt: (ctx) => {
      const target = role(ctx);
      const learning = gaps(ctx).slice(0, 3).map(skillName);
      const from = target ? `what *${target.name}* interviews ask${learning.length > 0 ? ` and your gaps (${listOf(learning)})` : ''}` : 'what every career changer gets asked';
      return `What should the questions be about? If you let me choose, I'll pick from ${from}.`;
    },
    reask: 'Pick one by its number or name, for example: 1 to let me choose.',
    choices: focusChoices,
    display: (value) => focusChoices.find((c) => c.id === readFocus(value).id)?.label ?? value,
  });
  /**
   * The focus in the person's words: a topic said in a sentence or in a second language ("a question
   * about improve a process please", "deadlines, like when something misses a deadline") is read by
   * the words of each topic; words that name one question's subject put that question first.
   */
  const focusReading: typeof focusStep = {
    ...focusStep,
    parse: (input, ctx) => {
      const parsed = focusStep.parse(input, ctx);
      if (input.kind !== 'text') return parsed;
      const offered = questionsFor(data, role(ctx)?.id);
      const loose = parsed.ok ? undefined : readLoosely(focusChoices, input.text);
      const said = parsed.ok ? String(parsed.value) : loose?.kind === 'pick' ? loose.id : undefined;
      if (said === 'coach') return { ok: true, value: said };
      const topicWords = (id: string) => focusChoices.filter((c) => c.id === id).flatMap((c) => [c.label, ...(c.words ?? [])]);
      const subject = questionsNamed(input.text, offered, said ? topicWords(said) : []);
      // A topic said, or else the topic of the question named.
      const picked = said ?? subject[0]?.competencies[0];
      if (picked === undefined) {
        const close = loose?.kind === 'unsure' ? focusChoices.filter((c) => loose.ids.includes(c.id)).map((c) => c.label) : [];
        if (close.length > 1) return { ok: false, problem: `That could be ${close.slice(0, -1).join(', ')} or ${close.at(-1)}: which one?` };
        return contentStems(input.text).some((w) => LETTER.test(w)) ? { ok: false, problem: "I don't have a topic by that name." } : parsed;
      }
      const inTopic = subject.filter((q) => q.competencies.includes(picked as Competency));
      const label = focusChoices.find((c) => c.id === picked)?.label ?? '';
      const topic = offered.filter((q) => q.competencies.includes(picked as Competency) && !inTopic.includes(q));
      return { ok: true, value: focusValue(picked, inTopic, sharingWords(input.text, label, topic)) };
    },
  };
  const answerStep = ask.longText<Attempt>('answer', {
    label: 'Answer',
    fields: STAR_FIELDS,
    prompt: answerPrompt,
    reask: 'Tell one real story: one message, shorter messages ending with `done`, or the form. Say `repeat` to see the question again, or `next` to skip it.',
    help: `${HOW} After the feedback you can retry the question, go on, or finish with a summary.`,
    max: MAX_ANSWER_CHARS,
    collect: {
      done: DONE,
      alone: MOVE,
      aside,
      whole: (text) => wordCount(text) >= WHOLE_ANSWER_WORDS,
      progress: (draft, ctx) =>
        `Got it: ${wordCount(draft)} words so far for question ${(ctx.round?.index ?? 0) + 1} of ${ctx.round?.of ?? 1}. Keep going, or say \`done\` for feedback.`,
      empty: "There's nothing to give feedback on yet.",
    },
    ownWords: SKIP,
    interpret: (text, ctx, form) => {
      const move = form ? undefined : moveOf(text);
      return { ok: true, value: form ? score(text, ctx, labelledParts(form)) : move ? { kind: move } : score(text, ctx) };
    },
    display: (value) => SAID[value.kind] ?? (value.kind === 'scored' ? `scored ${value.feedback.score}/100` : ''),
    next: (value) => (value.kind === 'passed' ? nextRound : value.kind === 'restarted' ? goTo('answer') : value.kind === 'stopped' ? finish : undefined),
  });
  const afterChoice = ask.choice('after', {
    label: 'After the feedback',
    lead: (ctx) => {
      const feedback = scoredIn(answerStep.of(ctx));
      const round = ctx.round;
      if (!feedback || !round) return [];
      const title = `Question ${round.index + 1} of ${round.of}${round.attempt > 1 ? `, try ${round.attempt}` : ''}`;
      return feedbackReplies(title, feedback, scoredIn(round.previous && answerStep.of({ answers: round.previous })));
    },
    prompt: 'What next?',
    reask: 'Pick one by its number or name, for example: 1 to retry.',
    choices: afterChoices,
    ownWords: SKIP,
    // One more after the last: this session's summary is kept, then a new session asks one question (its choice
    // puts the questions just practised last).
    next: (choice) => (choice.startsWith('retry') ? again : choice.startsWith('next') ? nextRound : choice.startsWith('more') ? MORE : finish),
  });
  /** "try that one again, please": the comma before a closing please or thanks keeps no choice from being read. */
  const afterStep: typeof afterChoice = {
    ...afterChoice,
    parse: (input, ctx) => afterChoice.parse(input.kind === 'text' ? { ...input, text: input.text.replace(/,\s*(please|pls|thanks|thank you)\b/gi, ' $1') } : input, ctx),
  };

  return defineFlow({
    id: 'interview-practice',
    title: 'Interview practice',
    facts: practiceFacts,
    menuLabel: 'Practise interview answers',
    commands: ['practice'],
    steps: [
      roleStep,
      countStep,
      focusReading,
      // One round per question: the answer (one message, several ended by `done`, or the form), its feedback, then what next.
      ...repeat('question', { items: (ctx) => choose(ctx).map((q) => q.id), steps: [answerStep, afterStep] }),
    ],
    finish: (ctx) => {
      const done = results(ctx);
      if (done.length === 0) return { replies: [{ kind: 'text', text: "You didn't answer any questions this time, so there's nothing to add to your practice history." }] };
      const target = role(ctx);
      const entry = sessionEntry(done, target?.id ?? null, ctx.now);
      const text = (id: string) => questions.byId.get(id)?.text ?? id;
      return {
        replies: summaryReplies(done, entry, text, target?.name, (id) => questions.byId.get(id)?.kind !== 'motivation'),
        profile: { practiceHistory: addToHistory(profileOf(ctx).practiceHistory, entry) },
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
  finish: (ctx) => ({ replies: progressReplies(profileOf(ctx).practiceHistory ?? [], personZone(ctx.profile), ctx.now) }),
});
