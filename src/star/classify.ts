import {
  COORDINATED_STEP,
  DAY_TIME,
  ELIDED_STEP,
  I_PRESENT_VERB,
  NARRATIVE_PAST,
  NOT_ACTIONS,
  OUTCOME_TIME,
  OUTCOME_TIME_END,
  PROBLEM_CHANGE,
  STANDING_COUNT,
} from './cues.js';
import { countWords, type Clause } from './segment.js';
import { WEIGHT, readCues, stepAt, verbs, type Cues } from './clause-cues.js';

/**
 * Gives each clause one STAR part from its cues and its place in the story. A clause with no cue
 * continues the part before it ("..., which took three weeks"); at the very start, a past-tense
 * clause sets the scene; after the last step, a new sentence about something that happened is
 * the outcome. "hypothetical" clauses describe what the user would do, not what happened (a
 * False STAR) and count for no part; in an answer made of them, nothing else is a real part.
 */

export type StarPart = 'situation' | 'task' | 'action' | 'result';
export type Label = StarPart | 'hypothetical' | 'none';

export interface ClassifiedClause extends Clause {
  label: Label;
  /** Steps with "I" as the subject (or a bullet with none), and with "we" / "the team". */
  iActions: string[];
  weActions: string[];
  /** Measures of an outcome: the numbers of a Result clause (a count in a step or the scene is not one). */
  metrics: string[];
  /** A time or place anchor in the set-up (up to the first step). */
  anchored: boolean;
  /** Says when it happened ("last March", "in 2021"), wherever in the answer. */
  timeAnchored: boolean;
  /** Words of a time or place anchor inside a clause labelled with another part; they count as Situation. */
  anchorWords: number;
  ownedTask: boolean;
  /** A lesson or a link to the target role (STAR+E); transfer is the second kind. */
  reflection: boolean;
  transfer: boolean;
  reasoning: boolean;
  /** Told in the past ("I checked", "it was"): a step in the present may be a habit's. */
  past: boolean;
}

const TIE_ORDER: readonly StarPart[] = ['result', 'action', 'task', 'situation'];

/** A measure against the plan: "only four hours behind", "two days early", "one week late instead of three". */
/** "... and finished it in half the usual time": work completed in a measured time is how it came out. */
const FINISHED_IN = /^(?:(?:and|so) )?(?:then )?(?:(?:i|we) )?(?:finished|completed|cleared|delivered|closed|wrapped up)\b[^.;!?]*\b(?:in|within) /i;
const AGAINST_PLAN = /\b(?:early|earlier|ahead|sooner|late|behind|instead of)\b/i;
const YEARS_HELD = /\bfor (?:about |around |nearly |almost |over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|a couple of) years\b/i;
const OTHERS_BELIEVE = /^(?:(?:and|so|but) )?(?:they|he|she|people|everyone|everybody|(?:most|many|some|the) (?:of (?:them|the) )?[\w-]+)(?: [\w-]+)? (?:think|thought|believe|believed|assume|assumed|were sure|was sure|were convinced|was convinced)\b/i;
const I_OPENS = /^(?:(?:and|so|but|then) )?i\b/i;
/** "A resident wouldn't eat her meals", "the printer kept jamming": what would not go right, opening the story, is its scene. */
const WOULD_NOT = /\b(?:wouldn'?t|would not|couldn'?t|could not|refused to|kept)\b/i;

const OFFER = /\bi (?:then |also )?(?:offered|volunteered) to\b/i;
const STATE_AFTER = /\b(?:was|were|is|are|felt|seemed|became|looked)\b/i;
/** What did not have to be paid or suffered: "and we paid no penalties", "and we lost no customers". */
const NOTHING_LOST = /^(?:and|so|but) (?:(?:i|we|they|the [\w-]+) )?(?:paid|had|lost|got|missed|needed|received|saw|took) (?:no|zero|not (?:a|one) (?:single )?)\b/i;
/** What was won or reached: "got the deal", "won the tender", "landed the account", "reached the target". */
const WON = /\b(?:got|won|landed|secured|closed|signed|reached|hit|made|passed|kept|saved)\b (?:the|a|an|our|their|that|this|it|them)\b/i;
/** A step that found or counted what was wrong: "I found", "we counted", "I identified". */
const FOUND = /\b(?:found|counted|identified|discovered|spotted|flagged|uncovered|tallied|listed|logged|turned up)\b/i;
const COUNT_WORD = '(?:[$£€]?\\d[\\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|hundreds|dozens|a few|several|a couple)';
/** A clause that opens on a count: "38 posted in the wrong currency", "and 15 that never migrated", "$640,000 in all". */
const COUNT_OPENS = new RegExp(String.raw`^(?:(?:and|plus|with|so) )?(?:another |a further |about |around |over |nearly |almost |roughly |some )?${COUNT_WORD}\b(?!\s*(?:am|pm|a\.m\.|p\.m\.)\b)`, 'i');
/** A measure set against what it would have been: "on day 6 instead of day 9", "in 3 days instead of 5", "four hours instead of two days". */
const INSTEAD_OF = new RegExp(String.raw`\b${COUNT_WORD}\b[^.;!?]{0,25}? instead of (?:the (?:usual |normal |planned )?)?(?:[a-z]+ )?${COUNT_WORD}\b`, 'i');
/** Set against before: "as in the quarter before", "than the year before", "than last month". */
const THAN_BEFORE = /\b(?:than|as) (?:in |during |over |at )?(?:(?:the|that|a|our) (?:[a-z]+ )?(?:before|previous|prior)\b|before\b|last (?:year|month|quarter|week|term|season|time)\b|(?:the )?(?:previous|prior) [a-z]+)/i;
/** A deadline met, said as a time: "everyone was at their new desk by 9 am on Monday". */
const DONE_BY = /\bby (?:\d|noon|midday|lunchtime|the (?:deadline|morning|weekend|start|end)|then|(?:the )?(?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/** Where the story is, for one clause: what came before it and whether any step follows. */
interface Place {
  previous: Label | undefined;
  /** A step of this sentence, before this clause, found or counted something ("I found 212 duplicate invoices"). */
  foundInSentence: boolean;
  /** A habit ("Usually I...", "I would...") was told earlier in this sentence. */
  inHabit: boolean;
  /** The part named by the last heading ("Situation:", "what I did:"), in a headed answer. */
  section: StarPart | undefined;
  seenAction: boolean;
  seenResult: boolean;
  /** No step is told after this clause. */
  afterLastStep: boolean;
  /** No step is told after this clause, which may be the last one. */
  noStepAfter: boolean;
  /** A step with the subject of an earlier step in its sentence left out ("..., booked the transport"). */
  elided: boolean;
  /** The next clause, in the same sentence, is a step ("..., we cut the menu to seven and we prepped the sauces"). */
  stepFollows: boolean;
  /** How many clauses have been read as steps so far. */
  steps: number;
  /**
   * Present-tense steps tell a story: the answer has a past somewhere, or no habit marker at all
   * ("When I work in supermarket in Lagos, many customers complain. We open two more till").
   */
  narrated: boolean;
}

function stepScore(c: Cues, narrated: boolean): number {
  if (c.iActions.length) return WEIGHT.iAction;
  if (c.weActions.length) return WEIGHT.weAction;
  if (narrated && c.presentStep) return c.presentStep === 'i' ? WEIGHT.iPresentStep : WEIGHT.wePresentStep;
  return c.otherStep ? WEIGHT.otherStep : 0;
}

function label(c: Cues, at: Place): Label {
  if (c.heading) return c.heading;
  if (c.hypothetical) return 'hypothetical';
  // Under a heading, the writer has said which part this is, as in the practice form: "the
  // problem: sales had dropped" is the scene. Only an outcome said in so many words differs.
  // Under a "Situation:" heading before any step, an outcome phrase is how the problem came about
  // ("Two bookings ended up on the same Saturday").
  const sceneHeading = at.section === 'situation' && !at.seenAction;
  if (at.section && !(c.statedResult && at.section !== 'result' && !sceneHeading)) return at.section;
  // "Usually I make a list and I put the urgent things first": the habit runs to the sentence's
  // end. Its other clauses are no part of a story, and not another "I would" to count either.
  const inHabit = at.inHabit && !c.clause.sentenceStart;
  if (inHabit && c.tenseUnclear && !c.past) return 'none';
  if (at.seenAction && at.noStepAfter && c.metrics.length > 0 && FINISHED_IN.test(c.clause.text)) return 'result';
  // "I found 212 duplicate invoices, 38 posted in the wrong currency, and 15 that never migrated, $640,000 in all":
  // the counts after a finding, in its sentence, are what the step found (the size of the problem), not an outcome.
  if (at.foundInSentence && at.previous === 'action' && !c.clause.sentenceStart && COUNT_OPENS.test(c.clause.text) && !c.statedResult) return 'action';
  // "we closed on day 6 instead of day 9", "we finished in 3 days instead of 5": after the steps, a
  // measure set against what it would have been is the outcome, though told as one more thing done.
  if (at.seenAction && c.opensStatement && INSTEAD_OF.test(c.clause.text)) return 'result';
  // "In that quarter the team reviewed fewer claims but caught twice as many as in the quarter before":
  // the last sentence, someone else's, set against before the steps, is the outcome.
  if (at.seenAction && at.noStepAfter && c.clause.sentenceStart && !c.firstPerson && THAN_BEFORE.test(c.clause.text)) return 'result';
  // "Late deliveries halved, and we paid no penalties that year": a loss that did not come, joined to the outcome, is more of it.
  if (at.previous === 'result' && !c.clause.sentenceStart && NOTHING_LOST.test(c.clause.text)) return 'result';
  // "When our office of 40 moved to Sutton, I was given three weeks": a sentence opening on what
  // happened to others, before any step, is the scene; its numbers count the scene, not an outcome.
  if (c.scene && c.clause.sentenceStart && !at.seenAction && !c.statedResult && !c.reflection) return 'situation';
  // The question the first step serves is the aim of the work ("I analysed ten years of trips | to
  // see where new docking stations should go"); after later steps, it is why that step was taken.
  if (c.purpose) return at.steps === 1 && at.previous === 'action' ? 'task' : (at.previous ?? 'none');
  // "So I taught Year 9 science for about six years, and ...": opening the answer, years of a job
  // are who the candidate was when it happened, the scene, not a step of one event.
  if (at.previous === undefined && c.iActions.length > 0 && YEARS_HELD.test(c.clause.text)) return 'situation';
  const score: Record<StarPart, number> = {
    // The scene is set before the first step; later, a place or "we had" continues the part before.
    // One sign of the scene is enough; two ("at our store") are not a stronger one.
    // A step with its date ("Last year our team launched...") is the step: the date's words count
    // as Situation all the same (anchorWords).
    situation: at.seenAction ? 0 : Math.max(c.anchor && !stepScore(c, at.narrated) ? WEIGHT.anchor : 0, c.context ? WEIGHT.context : 0),
    task: c.task,
    action: stepScore(c, at.narrated),
    // Carrying on is an outcome said of its own ("and we kept selling all afternoon"); with its subject
    // left out after a step ("we followed the procedure, kept recording on all cameras") it is one more step.
    result: c.result + ((c.change || (c.keptGoing && !at.elided)) && at.seenAction ? WEIGHT.change : 0),
  };
  const best = TIE_ORDER.reduce((a, b) => (score[b] > score[a] ? b : a));
  // In an answer with no past, no time and no place, "I make a list every morning", "I just stay
  // positive", "Own it, fix it" are what the candidate does or advises in general: a False STAR.
  if (score[best] === 0 && !at.narrated && (c.firstPerson || c.imperative) && !c.past) return 'hypothetical';

  // Recognition after the work ("my manager asked me to train the others") belongs to the Result.
  // After the last step, "we had to go back to the old process" once an outcome is told is more of it.
  if (best === 'task' && at.afterLastStep && (at.seenResult || (at.seenAction && c.delegation))) return 'result';
  // "... then I offered to redo it for free": once the steps have begun, the candidate's offer to
  // the person in the story is one more step, not the work taken on.
  if (best === 'task' && at.seenAction && c.iActions.length > 0 && OFFER.test(c.clause.text)) return 'action';
  // A number with no other cue is a result only once something has been done ("it took 3
  // weeks" after a step); before that it is part of the scene ("12 of us, 300 tickets"), and in
  // a list of steps it is a count of the step ("..., booked the transport two months ahead").
  const elidedStep = at.elided;
  // The past before the story's past is how the problem came about: before the steps, even with an
  // outcome verb ("I'd been so focused on new clients that I stopped visiting them"); after them,
  // with no more than a number ("nobody had checked in for six months", what a step found). With an
  // outcome verb after the steps it is the outcome ("by the summer the club had doubled"). A step of
  // the candidate's in the clause ("I cut the scope to what the client had asked for") is the step.
  // A step with its subject left out ("..., rang everyone who had lapsed") is a step: its past
  // perfect is inside a relative clause, not the clause's own.
  const backstory =
    c.backstory &&
    !at.elided &&
    !c.statedResult &&
    c.iActions.length + c.weActions.length === 0 &&
    (at.seenAction ? score.result <= WEIGHT.metric && score.task === 0 && !c.nowState && !OUTCOME_TIME.test(c.clause.text) : best === 'result' || score[best] === 0);
  // "By the switch-over date every nurse had used it", "All forty had logged in within a fortnight":
  // after the last step, a new sentence saying when things stood, told in the past before the past, is where the steps got to: the outcome.
  if (c.backstory && at.seenAction && at.afterLastStep && c.clause.sentenceStart && !c.firstPerson && (OUTCOME_TIME.test(c.clause.text) || OUTCOME_TIME_END.test(c.clause.text))) return 'result';
  if (backstory) return 'situation';
  // Before the first step, with steps still to come, a change told without a result phrase or a
  // number ("I noticed that picking errors went up every Friday", "two of my staff stopped talking")
  // is the problem the steps answer: the scene.
  // Unless the candidate's own step is the clause's verb, tied with a word of an outcome said as the
  // step's purpose ("I set up a reminders page and made a leaderboard for handing homework in on time").
  // "they think 60th percentile means their kid got 60 percent": what people believed before the
  // steps, numbers and all, is the problem the steps answer, not a measured outcome.
  if (best === 'result' && !at.seenAction && !c.statedResult && OTHERS_BELIEVE.test(c.clause.text)) return 'situation';
  const ownStep = c.iActions.length > 0 && score.action >= score.result;
  if (best === 'result' && score.result > 0 && !at.seenAction && !at.afterLastStep && !c.statedResult && c.metrics.length === 0 && !c.reflection) return ownStep ? 'action' : 'situation';
  // A dated change to something else before the steps ("Last December at our warehouse the orders
  // doubled in a week") is the problem, measured or not: a result told first names who did it.
  // Undated, a rise or fall opening the story ("Our sales dropped 20% over the summer", "Complaints
  // went up to 30 a week") is the problem too: the result comes after the action, and one told
  // first says what was achieved ("Our event sold out in four days").
  const problemFirst = c.anchor !== null || (c.clause.sentenceStart && (at.previous === undefined || at.previous === 'situation') && PROBLEM_CHANGE.test(c.clause.text));
  if (best === 'result' && !at.seenAction && !at.afterLastStep && !c.statedResult && !c.reflection && problemFirst && c.othersEvent && !c.firstPerson) return 'situation';
  // "I set up a triage rota. We had 40 tickets a day.": after the steps, a count that stood, with no
  // change said, is the scene told late, not a measured outcome.
  if (best === 'result' && at.seenAction && score.result === WEIGHT.metric && !c.change && !c.nowState && STANDING_COUNT.test(c.clause.text)) return 'situation';
  // "... and now I write all the weekly reports": after the steps, how things stand now is the outcome.
  if (at.seenAction && c.nowState && c.presentStep && !c.past && (best === 'action' || score[best] === 0)) return 'result';
  // "We sat down, we cut the menu from twelve mains to seven and we prepped the sauces": between two
  // steps of one sentence, the candidate's own change is one more step, its numbers what was changed.
  if (best === 'result' && at.previous === 'action' && at.stepFollows && c.iActions.length + c.weActions.length > 0 && !c.reflection) return 'action';
  const onlyNumber = best === 'result' && score.result === WEIGHT.metric && (!at.seenAction || elidedStep);
  if (onlyNumber && elidedStep) return 'action';
  // "After that we sold about forty more loaves a day": the last sentence, opening on when things
  // turned out, with a measure, is the outcome, even told as one more thing done.
  if (at.seenAction && at.noStepAfter && c.opensStatement && c.metrics.length > 0 && OUTCOME_TIME.test(c.clause.text)) return 'result';
  // "..., and eventually we got the deal": the last step, opening on when things turned out, says what was won: the outcome.
  if (at.seenAction && at.noStepAfter && c.opensStatement && OUTCOME_TIME.test(c.clause.text) && WON.test(c.clause.text)) return 'result';
  // After the steps, a new sentence saying where things stood by a deadline is the outcome.
  if (at.seenAction && at.afterLastStep && c.clause.sentenceStart && !c.firstPerson && STATE_AFTER.test(c.clause.text) && DONE_BY.test(c.clause.text)) return 'result';
  if (score[best] > 0 && !onlyNumber) return best;
  // "Eventually the owner hired another person": a sentence that opens on when things turned out,
  // about something that happened, is the outcome, even where the candidate told no step of their own.
  if (at.previous !== undefined && c.opensStatement && OUTCOME_TIME.test(c.clause.text) && (c.othersEvent || c.nowState)) return 'result';
  // "After that she was fine": how someone or something was, once the steps were done.
  if (at.seenAction && at.afterLastStep && c.opensStatement && OUTCOME_TIME.test(c.clause.text) && STATE_AFTER.test(c.clause.text)) return 'result';
  // "... when the coach company cancelled": the circumstance of a step is the scene, wherever it is told.
  if (c.scene) return 'situation';
  // The story's end: a new statement about what someone else did after the last step ("The client renewed").
  // A learner's past counts as one ("The client take the flyers at 8").
  if (at.seenAction && at.afterLastStep && c.opensStatement && (c.othersEvent || c.nowState || c.storyPast)) return 'result';
  if (at.previous === 'hypothetical' || inHabit) {
    // A past event after "I would..." is the story starting, not more of the habit.
    if (c.past || c.othersEvent) return at.seenAction ? 'action' : 'situation';
    // The rest of the habit's sentence, or a new one with no cue ("For example, ...",
    // "Communication matters"): no part of a story.
    return 'none';
  }
  if (elidedStep) return 'action';
  if (at.previous !== undefined && at.previous !== 'none') return at.previous;
  // Before any step, something that was so or happened ("the shop flooded") sets the scene.
  return NARRATIVE_PAST.test(c.clause.text) || (!at.seenAction && (c.othersEvent || WOULD_NOT.test(c.clause.text))) ? 'situation' : 'none';
}

/**
 * A False STAR (at least as many "I would" clauses as steps, and no real time named) has no real
 * scene, step, goal or outcome either: "In retail there's always too much to do" is a habit's
 * setting, "it helped everyone" a habit's outcome, "we got through it" one more general
 * statement. A measured outcome ("the wait fell to 4 days") is kept: that is real, even in an
 * answer told badly. An answer that names a time ("For example, last year...") tells an event.
 */
function withoutFalseParts(labels: Label[], cues: readonly Cues[]): Label[] {
  const hypothetical = labels.filter((l) => l === 'hypothetical').length;
  const steps = labels.filter((l) => l === 'action').length;
  const event = cues.some((c, n) => c.timeAnchored && labels[n] !== 'hypothetical');
  if (hypothetical === 0 || hypothetical < steps || event) return labels;
  return labels.map((l, n) => {
    const c = cues[n] as Cues;
    const real = l === 'hypothetical' || c.heading || (l === 'result' && c.metrics.length > 0);
    return real ? l : 'none';
  });
}

/**
 * What the story says it stopped short of: a step that tells no "how" ("I dealt with it and got it
 * sorted") is no Action; a sentence saying the outcome is not known yet ("The inspection was
 * postponed, so I don't know yet how it went") holds no Result, and a "Result:" heading over only
 * that is none either; someone's plan the candidate then refused ("my manager wanted to skip the
 * check, and I told him I wouldn't sign") is the scene, not a task taken on.
 */
function storyEnds(labels: Label[], cues: readonly Cues[]): Label[] {
  const out = labels.map((l, n) => (l === 'action' && (cues[n] as Cues).vagueStep ? 'none' : l));
  let start = 0;
  for (let n = 0; n <= cues.length; n++) {
    if (n < cues.length && (n === 0 || !(cues[n] as Cues).clause.sentenceStart)) continue;
    const sentence = cues.slice(start, n);
    if (sentence.some((c) => c.unknownOutcome && !c.reflection))
      for (let k = start; k < n; k++) if (out[k] === 'result' && (cues[k] as Cues).metrics.length === 0 && !(cues[k] as Cues).reflection) out[k] = 'none';
    sentence.forEach((c, k) => {
      const refused = sentence.slice(k + 1).some((later) => later.refusal);
      if (out[start + k] === 'task' && refused && !c.ownedTask) out[start + k] = 'situation';
    });
    start = n;
  }
  // A "Result:" heading with nothing left under it is no Result.
  cues.forEach((c, n) => {
    if (!c.heading || out[n] !== c.heading) return;
    const end = cues.findIndex((later, k) => k > n && later.heading !== undefined);
    if (!out.slice(n + 1, end === -1 ? cues.length : end).includes(c.heading)) out[n] = 'none';
  });
  return out;
}

/** "..., took a while", "took ages": how long something took, which is no step of anyone's. */
const TIME_SPENT = /^(?:(?:and|but|so|then) )?(?:it )?took (?:a (?:long |good )?while|ages|forever|long|some time|a long time|(?:a few |several |many |about |like |\d+ |two |three |four )?(?:minutes|hours|days|weeks|months))\b/i;
/** The verbs of a step whose subject is left out: "walked each group round and buddied every new starter". */
function elidedVerbs(text: string): string[] {
  if (TIME_SPENT.test(text)) return [];
  const first = ELIDED_STEP.exec(text)?.[0].split(' ').at(-1)?.toLowerCase();
  const more = [...text.matchAll(COORDINATED_STEP)].map((m) => (m[1] ?? '').toLowerCase());
  return [...new Set([...(first ? [first] : []), ...more])].filter((verb) => verb && !NOT_ACTIONS.has(verb));
}

export function classifyClauses(clauses: readonly Clause[]): ClassifiedClause[] {
  const read = clauses.map(readCues);
  // Told as a story: a past somewhere, a time, or a place with no habit marked ("When I work in
  // supermarket in Lagos, many customers complain"). "I just stay positive" is none of them.
  const habit = read.some((c) => c.hypothetical || c.habitual);
  // "Normally I let them finish ... and I tell them what I can do right now": in a habit's answer,
  // "right now" is the moment of the habit, not the time of one event.
  const cues = habit ? read.map((c) => (c.presentTime ? { ...c, anchor: null, timeAnchored: false } : c)) : read;
  // A past said of someone else ("she asked if I could help") tells a story as well as one of the candidate's.
  // A past inside a habit's own frame ("Most of the time it turns out we just had different
  // information") is how the habit usually goes, not one event told.
  const narrated = cues.some((c) => (c.past && !c.habitual) || c.storyPast || c.timeAnchored || (c.anchor !== null && !habit));
  // "I picked two champions, rewrote the template ... and spent the first fortnight on the ward":
  // a step whose subject is left out, after a step in the same sentence, with no outcome of its own.
  const elided: boolean[] = [];
  // Whose step it shares: "I wrote an induction, walked each group round ..." is the writer's own.
  const elidedWho: ('i' | 'we' | undefined)[] = [];
  let stepInSentence = false;
  let who: 'i' | 'we' | undefined;
  cues.forEach((c, n) => {
    // "I noticed the chart was wrong, flagged it to the doctor": a sentence the candidate opens
    // lends its "I" to a step told after it with no subject, even when what it opened with was no step.
    if (c.clause.sentenceStart) [stepInSentence, who] = I_OPENS.test(c.clause.text) ? [true, 'i'] : [false, undefined];
    elided[n] = stepInSentence && !c.clause.sentenceStart && c.result <= WEIGHT.metric && !c.task && ELIDED_STEP.test(c.clause.text);
    elidedWho[n] = elided[n] ? who : undefined;
    stepInSentence ||= (!c.hypothetical && stepScore(c, narrated) > 0) || (elided[n] ?? false);
    if (!c.hypothetical && stepScore(c, narrated) > 0) who = c.iActions.length || c.presentStep === 'i' ? 'i' : c.weActions.length || c.presentStep === 'we' ? 'we' : who;
  });
  const lastStep = cues.findLastIndex((c, n) => !c.hypothetical && (stepScore(c, narrated) > 0 || elided[n]));
  const stepFollows = (n: number): boolean => {
    const next = cues[n + 1];
    return next !== undefined && !next.clause.sentenceStart && !next.hypothetical && (stepScore(next, narrated) > 0 || (elided[n + 1] ?? false));
  };
  const labels: Label[] = [];
  let seenAction = false;
  let seenResult = false;
  let steps = 0;
  let inHabit = false;
  let foundInSentence = false;
  // A heading alone on its line ("Action:") names the lines under it; with words after it on its
  // line ("Task: I needed to cut no-shows"), only those.
  let section: StarPart | undefined;
  let headingAlone = false;
  cues.forEach((c, n) => {
    if (c.heading) [section, headingAlone] = [c.heading, true];
    else if (c.clause.lineStart && !headingAlone) section = undefined;
    else if (!c.clause.lineStart && cues[n - 1]?.heading) headingAlone = false;
    if (c.clause.sentenceStart) foundInSentence = false;
    const l = label(c, {
      previous: labels.at(-1),
      foundInSentence,
      inHabit,
      section,
      seenAction,
      seenResult,
      afterLastStep: n > lastStep,
      noStepAfter: n >= lastStep,
      elided: elided[n] ?? false,
      steps,
      narrated,
      stepFollows: stepFollows(n),
    });
    labels.push(l);
    foundInSentence ||= l === 'action' && FOUND.test(c.clause.text);
    inHabit = l === 'hypothetical' || (inHabit && !c.clause.sentenceStart && l === 'none');
    seenAction ||= l === 'action';
    if (l === 'action') steps++;
    seenResult ||= l === 'result';
  });

  let setUp = true;
  return withoutFalseParts(storyEnds(labels, cues), cues).map((l, n) => {
    const c = cues[n] as Cues;
    // An anchor counts as the setting only in the set-up: "in the first two months" in a Result is not a scene.
    // In a step, a day or an hour told after its verb ("... and ran a test batch on Friday night")
    // dates that step inside a plan, not the story: "On a Saturday at 7pm I restarted the router" does.
    const anchored = c.anchor !== null && setUp && l !== 'none' && (l !== 'action' || !DAY_TIME.test(c.anchor[0]) || c.anchor.index < stepAt(c.said));
    setUp &&= l !== 'action';
    // "In March 2022 I rebuilt the rota" is a step with its setting: the anchor's words are Situation.
    const anchorWords = anchored && c.anchor && l !== 'situation' ? Math.min(countWords(c.anchor[0]), c.clause.words - 1) : 0;
    // A step told in the present ("first i check cable", as a learner tells the past) is as much the
    // person's own step as "I checked": counted with "I" once it is read as a step of the story.
    const presentVerbs = l === 'action' && c.presentStep === 'i' && c.iActions.length === 0 ? verbs(c.clause.text, I_PRESENT_VERB) : [];
    // A step with its subject left out is the step of whoever took the step before it in the sentence.
    const shared = l === 'action' && elidedWho[n] && c.iActions.length + c.weActions.length === 0 ? elidedVerbs(c.clause.text) : [];
    return {
      ...c.clause,
      label: l,
      anchorWords,
      iActions: presentVerbs.length > 0 ? presentVerbs : elidedWho[n] === 'i' && shared.length > 0 ? shared : c.iActions,
      weActions: elidedWho[n] === 'we' && shared.length > 0 ? shared : c.weActions,
      // "..., radioed ahead, and we delivered everything only four hours behind": how the last step
      // came out against the plan is the outcome's measure, though told as one more step.
      metrics: l === 'result' ? c.metrics : l === 'action' && n === lastStep ? c.metrics.filter((m) => AGAINST_PLAN.test(m)) : [],
      anchored,
      timeAnchored: c.timeAnchored,
      ownedTask: c.ownedTask,
      reflection: c.reflection,
      transfer: c.transfer,
      reasoning: c.reasoning,
      past: c.past,
    };
  });
}
