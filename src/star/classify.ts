import {
  FILLER_GAP,
  HEDGE,
  HYPOTHETICAL,
  I_ACTION,
  NARRATIVE_PAST,
  NOT_ACTIONS,
  OUTCOME_VERB,
  REASONING,
  REFLECTION,
  RESULT_PHRASE,
  SITUATION_ANCHOR,
  SITUATION_CONTEXT,
  TASK_OWNED,
  TASK_STAKES,
  TRANSFER,
  WE_ACTION,
} from './cues.js';
import { countWords, type Clause } from './segment.js';
import { findMetrics } from './signals.js';

/**
 * Gives each clause one STAR part from its cues. A clause with no cue continues the part before
 * it ("..., which took three weeks"); at the very start, a past-tense clause sets the scene.
 * "hypothetical" clauses describe what the user would do, not what happened (a False STAR) and
 * count for no part.
 */

export type StarPart = 'situation' | 'task' | 'action' | 'result';
export type Label = StarPart | 'hypothetical' | 'none';

export interface ClassifiedClause extends Clause {
  label: Label;
  /** Past-tense steps with "I" as the subject, and with "we" / "the team". */
  iActions: string[];
  weActions: string[];
  metrics: string[];
  anchored: boolean;
  /** Words of a time or place anchor inside a clause labelled with another part; they count as Situation. */
  anchorWords: number;
  ownedTask: boolean;
  /** A lesson or a link to the target role (STAR+E); transfer is the second kind. */
  reflection: boolean;
  transfer: boolean;
  reasoning: boolean;
}

// Cue weights: an explicit ownership or result phrase outweighs a bare verb, and a number alone
// only tips a clause towards Result. Ties go to the part later in the story (Result, Action,
// Task, Situation): "In 2021 I rebuilt the rota" is the step, the year is its setting.
const WEIGHT = {
  anchor: 2,
  context: 1.5,
  ownedTask: 3,
  stakes: 2,
  iAction: 2,
  weAction: 1.5,
  resultPhrase: 3,
  outcome: 2,
  metric: 1,
  reflection: 3,
} as const;
const TIE_ORDER: readonly StarPart[] = ['result', 'action', 'task', 'situation'];

function verbs(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const verb = (match[1] ?? '').toLowerCase();
    if (!NOT_ACTIONS.has(verb)) found.push(verb);
  }
  return found;
}

export function classifyClauses(clauses: readonly Clause[]): ClassifiedClause[] {
  const out: ClassifiedClause[] = [];
  let previous: Label | undefined;
  let seenAction = false;
  let seenResult = false;
  for (const clause of clauses) {
    // Fillers hide the verb from the cues: "I, um, kind of fixed it" is "I fixed it".
    const text = clause.text.replace(HEDGE, '').replace(FILLER_GAP, ' ');
    const transfer = TRANSFER.test(text);
    const reflection = transfer || REFLECTION.test(text);
    const anchor = SITUATION_ANCHOR.exec(text);
    const anchored = anchor !== null;
    const ownedTask = TASK_OWNED.test(text);
    const iActions = verbs(text, I_ACTION);
    const weActions = verbs(text, WE_ACTION);
    const metrics = findMetrics(text);
    const score: Record<StarPart, number> = {
      situation: (anchored ? WEIGHT.anchor : 0) + (SITUATION_CONTEXT.test(text) ? WEIGHT.context : 0),
      task: ownedTask ? WEIGHT.ownedTask : TASK_STAKES.test(text) ? WEIGHT.stakes : 0,
      action: iActions.length ? WEIGHT.iAction : weActions.length ? WEIGHT.weAction : 0,
      result:
        (RESULT_PHRASE.test(text) ? WEIGHT.resultPhrase : 0) +
        (OUTCOME_VERB.test(text) ? WEIGHT.outcome : 0) +
        (metrics.length ? WEIGHT.metric : 0) +
        (reflection ? WEIGHT.reflection : 0),
    };
    const best = TIE_ORDER.reduce((a, b) => (score[b] > score[a] ? b : a));

    // A number with no other cue is a result only once something has been done ("it took 3
    // weeks" after a step); before that it is part of the scene ("12 of us, 300 tickets").
    const onlyNumber = best === 'result' && score.result === WEIGHT.metric && !seenAction;
    let label: Label;
    // Reflection ("next time I would ask sooner", "what I would bring to this role") is the E of STAR+E, not a False STAR.
    if (!reflection && HYPOTHETICAL.test(text)) label = 'hypothetical';
    // Recognition after the result ("my manager asked me to roll it out") belongs to the Result.
    else if (best === 'task' && seenResult) label = 'result';
    else if (score[best] > 0 && !onlyNumber) label = best;
    else if (previous !== undefined && previous !== 'none') label = previous;
    else label = NARRATIVE_PAST.test(text) ? 'situation' : 'none';

    // "In March 2022 I rebuilt the rota" is a step with its setting: the anchor's words are Situation.
    const anchorWords = anchor && label !== 'situation' ? Math.min(countWords(anchor[0]), clause.words - 1) : 0;
    out.push({ ...clause, label, anchorWords, iActions, weActions, metrics, anchored, ownedTask, reflection, transfer, reasoning: REASONING.test(text) });
    previous = label;
    seenAction ||= label === 'action';
    seenResult ||= label === 'result';
  }
  return out;
}
