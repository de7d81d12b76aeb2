import {
  COORDINATED_STEP,
  HABITUAL,
  HABIT_OPENING,
  HAPPENED_PRESENT,
  HYPOTHETICAL,
  IMPERATIVE,
  I_ACTION,
  I_ONGOING_STEP,
  I_PRESENT_JOB,
  I_PRESENT_STEP,
  LEARNER_PAST,
  METHOD,
  NAMED_PLACE,
  NOT_ACTIONS,
  NOW_STATE,
  PAST_FORMS,
  PERCEIVED,
  PLACE_ANCHOR,
  PLUPERFECT,
  PRESENT_TIME,
  PURPOSE,
  PURPOSE_AFTER,
  REASONING,
  REPORTED_WOULD,
  SAME_IN_PRESENT,
  SITUATION_CONTEXT,
  STEP_SAID,
  SUBJECTLESS_STEP,
  SUBORDINATE_SCENE,
  TIME_ANCHOR,
  TOLD_IN_PAST,
  WE_ACTION,
  WE_PRESENT_STEP,
} from './cues.js';
import { CHANGE, HEADING, KEPT_GOING, OUTCOME_VERB, REFLECTION, RESULT_PHRASE, TRANSFER } from './result-cues.js';
import { DELEGATION, TASK_GOAL, TASK_OWNED, TASK_STAKES } from './task-cues.js';
import { FILLER_GAP, HEDGE } from './signal-cues.js';
import { REFUSAL, UNKNOWN_OUTCOME, VAGUE_STEP } from './story-end-cues.js';
import type { Clause } from './segment.js';
import { findMetrics } from './signals.js';
import type { StarPart } from './classify.js';

/**
 * What one clause says on its own, before its place in the story is known: its time or place, its
 * steps and who took them, a goal, an outcome, a habit. classify.ts weighs these by where the clause
 * is in the story; split from it along that seam.
 */

// Cue weights: an explicit ownership, goal or result phrase outweighs a bare verb, and a number
// alone only tips a clause towards Result. Ties go to the part later in the story (Result,
// Action, Task, Situation): "In 2021 I rebuilt the rota" is the step, the year is its setting.
export const WEIGHT = {
  anchor: 2,
  context: 1.5,
  ownedTask: 3,
  goal: 3,
  stakes: 2,
  iAction: 2,
  weAction: 1.5,
  iPresentStep: 2,
  wePresentStep: 1.5,
  otherStep: 1.5,
  resultPhrase: 3,
  outcome: 2,
  change: 2,
  metric: 1,
  reflection: 3,
} as const;
const HEADING_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];
/** What one clause says on its own, before its place in the story is known. */
export interface Cues {
  clause: Clause;
  heading?: StarPart;
  hypothetical: boolean;
  habitual: boolean;
  reflection: boolean;
  transfer: boolean;
  anchor: RegExpExecArray | null;
  timeAnchored: boolean;
  /** The only time said is now ("right now", "currently"): in a habit's answer, no event's time. */
  presentTime: boolean;
  /** Opens on a plain verb with no subject ("Own it, fix it"): advice, unless the answer tells a past. */
  imperative: boolean;
  context: boolean;
  ownedTask: boolean;
  task: number;
  delegation: boolean;
  iActions: string[];
  weActions: string[];
  /** The clause's words as the cues read them (fillers out); anchor's index is into this. */
  said: string;
  /** A step told in the present, with "I" or "we" ("so I call the supplier"). */
  presentStep: 'i' | 'we' | undefined;
  /**
   * A step said another way: "What I did was add the maps", "by renegotiating with two couriers",
   * a learner's "I was going to the warehouse and counting".
   */
  otherStep: boolean;
  /** Result cues that need no step before them, and the numbers. */
  result: number;
  /** "As a result", "my manager thanked me", a lesson: an outcome said in so many words. */
  statedResult: boolean;
  change: boolean;
  keptGoing: boolean;
  metrics: string[];
  past: boolean;
  /** Every step verb could as well be present ("I put the hardest job first"). */
  tenseUnclear: boolean;
  scene: boolean;
  /** Opens a sentence, or a new subject after "and / so / but". */
  opensStatement: boolean;
  othersEvent: boolean;
  /** Told in the past before the story's past ("had checked", "I'd been"): background. */
  backstory: boolean;
  /** "to see where ...": the question a step serves. */
  purpose: boolean;
  nowState: boolean;
  /** An "I" or "we" as the subject, in any tense. */
  firstPerson: boolean;
  /** Something that happened, told in the past (or a learner's past) of someone else: the answer tells a story. */
  storyPast: boolean;
  reasoning: boolean;
  /** Only steps that say it was handled, not how ("I dealt with it and got it sorted"). */
  vagueStep: boolean;
  /** The outcome said not to be known yet ("so I don't know yet how it went"). */
  unknownOutcome: boolean;
  /** The candidate refusing what someone wanted ("I told him I wouldn't sign"). */
  refusal: boolean;
}

// "We worked together", "I worked through the night": working at the problem is a step, where
// "I worked at a bank" is the job the story is set in.
const HABIT_LIKENED = /\b(?:i|we) (?:always|usually|normally|typically|generally) (?:do|did)\b(?! (?:is|was)\b)/gi;
const WORKED_AT_IT = /^ (?:together|with|on|through|late|overtime|closely|hard|out|alongside|nights|weekends|around)\b/i;
const DID_THE_WORK = /^ (?:all|every|each|both|the whole|the rest of|half|the (?:first|last|other|remaining)|(?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+)) [\w-]+/i;
const KEPT_HAPPENING = /^ (?:on )?(?:running (?:out|late|short|over)|getting|losing|missing|breaking|forgetting|falling|going (?:wrong|down|off)|failing|crashing|coming (?:back|in)|having to|hearing|finding)\b/i;

export function verbs(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const verb = (match[1] ?? match[2] ?? '').toLowerCase();
    const after = text.slice(match.index + match[0].length);
    const atIt = verb === 'worked' && WORKED_AT_IT.test(after);
    // "I did all six machines": "did" with the work counted out is a step, not an auxiliary or "did well".
    const didWork = verb === 'did' && DID_THE_WORK.test(after);
    // "we kept running out of paper": what kept happening to us is the trouble, not a step of ours.
    if (verb === 'kept' && KEPT_HAPPENING.test(after)) continue;
    if (!NOT_ACTIONS.has(verb) || atIt || didWork) found.push(verb);
  }
  return found;
}

function firstMatchAt(text: string, pattern: RegExp): number {
  for (const match of text.matchAll(pattern)) return match.index;
  return text.length;
}
/** Where a clause's first step verb starts (its length when it has none); asked only where it matters, as it runs the step patterns again. */
export const stepAt = (text: string): number => Math.min(firstMatchAt(text, I_ACTION), firstMatchAt(text, WE_ACTION));

/** A length of time ("one month", "two weeks"), not a date: inside a goal, the time given for the work. */
const DURATION = /^(?:(?:only|just|about|around) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|a couple of) (?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?)$/i;
/** Something that came to the candidate: "we got an order for", "I received a complaint from"; not "we got the order out". */
const RECEIVED = /\b(?:i|we) (got|received) (?:a|an|the|this|one|another|two|three|\d+) (?:[\w-]+ ){0,2}?(?:orders?|calls?|phone calls?|complaints?|requests?|emails?|letters?|bookings?|messages?|enquiry|enquiries|inquiry|inquiries|referrals?|tickets?)\b(?! (?:out|in|done|ready|off|away|through|back|sent|delivered|packed|shipped|to)\b)/i;
const SAID_BEFORE_AIM = /\b(?:said|told (?:me|us|everyone|the team)|made (?:it )?clear|insisted|explained)(?: that)? ?$/i;
const TRAILING_MARKS = /[\s:.]+$/;
const LEADING_WORDS = /^(?:(?:and|so|but|then|and then|after that),? )?([^,;:.!?]*)/i;
const WORDS = /[\p{L}'&-]+/gu;
// "The client renewed" has its verb within the first few words; "Within a month the desk handled" too.
const SUBJECT_WORDS = 7;
const PERFECT_SINCE = /^(?:(?:and|so) )?(?:i've|i have) (?:[\w'-]+ ){1,12}?(?:ever )?since[.!]*$/i;
const PRESENT_MODAL = new Set(['can', "can't", 'cannot', 'will', "won't", 'must', "mustn't", 'should', "shouldn't", 'may', 'might', 'do', "don't", 'does', "doesn't", 'to']);

/**
 * A statement about someone or something else with a verb of something happening ("The client
 * renewed", "All thirty passed"); "It was hard" has no such verb: a comment, not an outcome.
 * Word by word over the first few words, so the cost does not grow with the clause.
 */
function othersEvent(text: string, pastOnly = false): boolean {
  const words = (LEADING_WORDS.exec(text)?.[1] ?? '').toLowerCase().match(WORDS) ?? [];
  for (const [n, word] of words.slice(0, SUBJECT_WORDS + 1).entries()) {
    if (word === 'i' || word === 'we') return false;
    // After a present or future modal the verb is its bare form: "you can't let things fester" is no past.
    if (PRESENT_MODAL.has(words[n - 1] ?? '')) continue;
    if (n > 0 && ((word.length > 3 && word.endsWith('ed')) || PAST_FORMS.has(word) || (!pastOnly && HAPPENED_PRESENT.has(word)))) return true;
  }
  return false;
}
const CONJUNCTION = /^(?:and|so|but)\b/i;
const I_SUBJECT = /^(?:(?:and|so|but|then) )?i\b/i;
const FIRST_PERSON = /\b(?:i|we)\b/i;

function headingPart(text: string): StarPart | undefined {
  const match = HEADING.exec(text.replace(TRAILING_MARKS, ''));
  return match ? HEADING_PARTS[match.slice(1).findIndex((group) => group !== undefined)] : undefined;
}

/**
 * "I would ask them", "I always check": what the person would or usually does. Not what was said
 * then ("I said I would do it"), nor, after a step told in the past, the aim of that step ("I moved
 * the bake to 10 am so that we always had fresh loaves").
 */
function hypotheticalIn(text: string, pastStep: boolean): boolean {
  // "I dealt with him calmly, (like) I always do": after a step told in the past, the habit's "do"
  // stands for that step, likened to the habit; the step is the event.
  const own = (pastStep ? text.replace(HABIT_LIKENED, ' ') : text).replace(REPORTED_WOULD, ' ');
  const purpose = pastStep ? PURPOSE_AFTER.exec(own) : null;
  return HYPOTHETICAL.test(purpose ? own.slice(0, purpose.index) : own);
}

export function readCues(clause: Clause): Cues {
  // Fillers hide the verb from the cues: "I, um, kind of fixed it" is "I fixed it".
  const text = clause.text.replace(HEDGE, '').replace(FILLER_GAP, ' ').trim();
  const transfer = TRANSFER.test(text);
  const reflection = transfer || REFLECTION.test(text);
  const dated = TIME_ANCHOR.exec(text);
  const owned = TASK_OWNED.exec(text);
  const stated = TASK_GOAL.exec(text);
  const sure = owned ?? stated;
  // Where no surer cue opens the clause, someone's aim may come before it: "My manager wanted the
  // wait under ten minutes and asked me to ..." is all aim, its "under ten minutes" no outcome.
  const stakes = sure === null || sure.index > 0 ? TASK_STAKES.exec(text) : null;
  const goal = sure ?? stakes;
  // What follows "my goal was to" or "I was asked to" is the aim, not the outcome: result cues
  // count only before the task phrase ("As a result I was asked to roll it out" keeps its result).
  // "my manager said the tills had to be working by six": what was said is the aim, so the saying is no outcome either.
  const outcomeText = goal ? text.slice(0, Math.min(goal.index, stakes?.index ?? goal.index)).replace(SAID_BEFORE_AIM, '') : text;
  // "Our clinic had one month to ...", "I was given a week to ...": the time given for the work is
  // part of the aim, not when the story happened.
  const given = dated && goal && DURATION.test(dated[0]) && dated.index >= goal.index && dated.index < goal.index + goal[0].length;
  const time = given ? null : dated;
  const metrics = findMetrics(outcomeText);
  const iActions = verbs(text, I_ACTION);
  // "I used React and Twilio and wrote tests": a second step sharing the first one's "I".
  if (I_SUBJECT.test(text)) for (const m of text.matchAll(COORDINATED_STEP)) if (!NOT_ACTIONS.has((m[1] ?? '').toLowerCase())) iActions.push((m[1] ?? '').toLowerCase());
  const subjectless = clause.sentenceStart && iActions.length === 0 ? SUBJECTLESS_STEP.exec(text) : null;
  if (subjectless?.[1] && !NOT_ACTIONS.has(subjectless[1].toLowerCase())) iActions.push(subjectless[1].toLowerCase());
  // "I've told that story on every training day since": what has come of the story since, not a step in it.
  if (PERFECT_SINCE.test(text)) iActions.length = 0;
  const weActions = verbs(text, WE_ACTION);
  // "We got an order for 300 loaves", "I had a call from a parent": what arrived is the scene, not a step.
  const arrived = RECEIVED.exec(text)?.[1]?.toLowerCase();
  if (arrived) for (const list of [iActions, weActions]) if (list.includes(arrived)) list.splice(list.indexOf(arrived), 1);
  const hasStep = iActions.length + weActions.length > 0;
  const presentJob = !hasStep && I_PRESENT_JOB.test(text);
  const presentStep = hasStep || presentJob ? undefined : I_PRESENT_STEP.test(text) ? 'i' : WE_PRESENT_STEP.test(text) ? 'we' : undefined;
  return {
    clause,
    heading: headingPart(text),
    hypothetical: !reflection && (hypotheticalIn(text, iActions.length + weActions.length > 0) || (iActions.length + weActions.length === 0 && !TOLD_IN_PAST.test(text) && HABIT_OPENING.test(text))),
    habitual: HABITUAL.test(text),
    reflection,
    transfer,
    anchor: time ?? PLACE_ANCHOR.exec(text) ?? NAMED_PLACE.exec(text),
    timeAnchored: time !== null,
    presentTime: time !== null && PRESENT_TIME.test(time[0]),
    imperative: IMPERATIVE.test(text),
    context: presentJob || SITUATION_CONTEXT.test(text) || PERCEIVED.test(text),
    ownedTask: owned !== null,
    task: owned ? WEIGHT.ownedTask : stated ? WEIGHT.goal : goal ? WEIGHT.stakes : 0,
    delegation: DELEGATION.test(text),
    iActions,
    weActions,
    said: text,
    presentStep,
    // Only where no surer step was found: these run over every "I" of a long paste.
    otherStep: !hasStep && !presentStep && (STEP_SAID.test(text) || METHOD.test(text) || I_ONGOING_STEP.test(text)),
    statedResult: reflection || RESULT_PHRASE.test(outcomeText),
    result:
      (RESULT_PHRASE.test(outcomeText) ? WEIGHT.resultPhrase : 0) +
      (OUTCOME_VERB.test(outcomeText) ? WEIGHT.outcome : 0) +
      (metrics.length ? WEIGHT.metric : 0) +
      (reflection ? WEIGHT.reflection : 0),
    change: CHANGE.test(outcomeText),
    keptGoing: KEPT_GOING.test(outcomeText),
    metrics,
    past: TOLD_IN_PAST.test(text) || [...iActions, ...weActions].some((verb) => !SAME_IN_PRESENT.has(verb)),
    tenseUnclear: iActions.length + weActions.length > 0 && [...iActions, ...weActions].every((verb) => SAME_IN_PRESENT.has(verb)),
    scene: SUBORDINATE_SCENE.test(text),
    opensStatement: clause.sentenceStart || CONJUNCTION.test(text),
    othersEvent: othersEvent(text) && !PLUPERFECT.test(text),
    backstory: PLUPERFECT.test(text),
    purpose: PURPOSE.test(text),
    nowState: NOW_STATE.test(text),
    firstPerson: FIRST_PERSON.test(text),
    storyPast: (othersEvent(text, true) && !PLUPERFECT.test(text)) || LEARNER_PAST.test(text),
    reasoning: REASONING.test(text),
    vagueStep: hasStep && VAGUE_STEP.test(text),
    unknownOutcome: UNKNOWN_OUTCOME.test(text),
    refusal: REFUSAL.test(text),
  };
}
