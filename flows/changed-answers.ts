import type { FlowContext, Parsed, Step } from '../src/engine/flow.js';
import { goTo } from '../src/engine/flow.js';
import { readNumber } from '../src/engine/human-input.js';
import { moneyOnly } from '../src/engine/read/number.js';
import { readChange } from '../src/engine/read/change.js';
import { givesNothing } from '../src/engine/read/nothing-to-give.js';

/**
 * A person changes their mind mid-conversation: "actually 300" right after a $500 budget, "wait
 * actually i can do 10 hours" at the picks. The engine stores an answer only under the step being
 * asked, so a change to an earlier answer is kept with the answer of the step where it was said
 * (`$changes`), that step is asked again, and the flow reads its answers through `answerOf`,
 * which applies the changes in the order they were made. A change records the value it replaced:
 * an answer given again with `back` is not overruled by a change made to the old one.
 */

/** An earlier answer that can be changed later, and how it is named and said back. */
export interface Changeable {
  readonly step: Step;
  /** "Budget", "Study time": as in "Budget changed to $300." */
  readonly name: string;
  /** Words that name this answer in a message ("budget", "hours", "a week"). */
  readonly words: RegExp;
  /** The value as the person would say it: "$300", "10 hours a week". */
  readonly said: (value: unknown, ctx: FlowContext) => string;
  /** It is an amount of money: "ok maybe fifty bucks", offered on its own, may change it. */
  readonly money?: true;
  /**
   * Whether what is said can be this answer at all, beyond what its question would accept: asked at its
   * own question "1" is a pay to ask about, but said later "one" or "$50" is never a new yearly pay.
   */
  readonly holds?: (said: string) => boolean;
}

interface Change {
  readonly step: string;
  readonly from: unknown;
  readonly to: unknown;
  /** Made after every change numbered lower, wherever it was said. */
  readonly n: number;
}

/** A step's stored answer when a change to an earlier answer was said at it. */
interface WithChanges {
  readonly $changes: readonly Change[];
  readonly own?: unknown;
  /** The step was left out after the change: it is not asked again. */
  readonly skipped?: true;
}

/** "skip", "Skip.", "/skip": the engine's word, read by an optional step that may hold a change. */
const SKIP_WORD = /^[/!]?skip[.!]*$/i;
const hasChanges = (stored: unknown): stored is WithChanges => typeof stored === 'object' && stored !== null && '$changes' in stored;
/** The step's own answer, without changes said at it (undefined while it is still to be answered). */
export const ownAnswer = (stored: unknown): unknown => (hasChanges(stored) ? stored.own : stored);
const changesAt = (stored: unknown): readonly Change[] => (hasChanges(stored) ? stored.$changes : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Answers = Pick<FlowContext, 'answers'>;
const allChanges = (ctx: Answers): Change[] => Object.values(ctx.answers).flatMap(changesAt).sort((a, b) => a.n - b.n);

/** What the flow reads instead of `ctx.answers[id]`: the answer as the person has it now, after every change made to it since. */
export function answerOf(ctx: Answers, id: string): unknown {
  let value = ownAnswer(ctx.answers[id]);
  for (const change of allChanges(ctx)) if (change.step === id && same(change.from, value)) value = change.to;
  return value;
}

export type ChangeReading =
  | { kind: 'none' }
  /** An answer to the question being asked, with the words of changing round it ("sorry I meant no"). */
  | { kind: 'answer'; parsed: Parsed }
  | { kind: 'change'; target: Changeable; value: unknown; marked: boolean }
  /** The change named one answer but its value does not fit it ("change my budget to lots"). */
  | { kind: 'refused'; target: Changeable; problem: string }
  /** It fits more than one answer (the question being asked among them): which is for the person to say. */
  | { kind: 'which'; value: string; targets: readonly Changeable[]; current?: Changeable };

/**
 * What a message typed at `current` changes, if anything. A change is marked by its words
 * ("actually", "make that") or names an earlier answer ("budget 300"); which answer is meant is
 * decided by what the value fits (each step's own reading: "$" is not hours, 300 is not hours a
 * week) and by the words naming it. A bare number that fits one earlier answer only is that
 * answer; one that also fits the question being asked, or several answers, is asked about.
 */
/** Words a person uses of themselves. */
const OF_ONESELF = /\b(?:i|i'm|im|i'd|id|i've|my|me|mine)\b/;
/** Said before an amount offered instead of the one given: "ok maybe fifty bucks", "i can do $50", "fine, 40 dollars". */
const OFFERING =
  /^(?:(?:ok(?:ay)?|alright|all right|fine|well|hmm|so|then|maybe|perhaps|possibly|i guess|i suppose|i think|let'?s say|say|(?:i|we) (?:can|could) (?:do|manage|spare|find|put in|stretch to)|i'?ll do)[,.]?\s+)+/;
const offersMoney = (rest: string) => OFFERING.test(rest) && moneyOnly(rest.replace(OFFERING, '')) !== undefined;

export function readChangeAt(text: string, current: Step, earlier: readonly Changeable[], currentTarget: Changeable | undefined, ctx: FlowContext): ChangeReading {
  const said = readChange(text);
  // A what-if ("how long at 12 hours a week?") is answered at those hours by the off-script answers; nothing changes.
  if (said.whatIf) return { kind: 'none' };
  const holds = (t: Changeable) => t.holds?.(said.rest) ?? true;
  // "ok maybe fifty bucks" after a budget of $0: an amount of money offered on its own names the money answers it can
  // be. At a question that asks for money itself ("ok maybe 50k dollars" at the pay), it answers that question.
  const offered = !said.marked && currentTarget?.money !== true && offersMoney(said.rest);
  const named = offered ? earlier.filter((t) => t.money && holds(t)) : earlier.filter((t) => t.words.test(said.rest));
  const currentNamed = currentTarget?.words.test(said.rest) === true;
  const marked = said.marked || offered;
  if (!marked && named.length === 0) return { kind: 'none' };
  // Unmarked, a change is said of the person ("my budget is 300 now") or names the answer before its value ("current
  // pay 52k"): "the first job wants 2 years sql", beside a question, is what a posting asks, not a new deadline.
  const valueAt = said.rest.search(/\d/);
  const namedFirst = named.some((t) => (t.words.exec(said.rest)?.index ?? Infinity) < (valueAt < 0 ? Infinity : valueAt));
  if (!marked && !OF_ONESELF.test(said.rest) && !namedFirst) return { kind: 'none' };
  if (said.rest === '') return { kind: 'none' };
  const reading = (step: Step) => step.parse({ kind: 'text', text: said.rest }, ctx);
  // Unnamed, only a number can be an earlier answer given again: "sorry I meant no" answers a yes/no.
  const among = named.length > 0 ? named : currentNamed || readNumber(said.rest).kind === 'none' ? [] : earlier;
  const fits = among.filter((t) => holds(t) && reading(t.step).ok);
  const currentFits = (named.length === 0 || currentNamed) && reading(current).ok;
  if (fits.length === 0) {
    const [only] = named;
    // Only a change said as one is refused: "no, paid is ok if better" at a yes/no names pay but answers the question.
    const refused = only && named.length === 1 && !currentNamed && marked ? reading(only.step) : undefined;
    if (only && refused && !refused.ok) return { kind: 'refused', target: only, problem: refused.problem };
    return currentFits ? { kind: 'answer', parsed: reading(current) } : { kind: 'none' };
  }
  if (fits.length === 1 && !currentFits) {
    const target = fits[0] as Changeable;
    const parsed = reading(target.step);
    return parsed.ok ? { kind: 'change', target, value: parsed.value, marked } : { kind: 'none' };
  }
  return { kind: 'which', value: said.rest, targets: fits, ...(currentFits && currentTarget ? { current: currentTarget } : {}) };
}

/** "Did you mean 5 as your study time, or as a change to your budget?", with how to say which. */
function askWhich(reading: Extract<ChangeReading, { kind: 'which' }>): string {
  const here = reading.current ? `as your ${reading.current.name.toLowerCase()}` : 'as your answer here';
  const names = reading.targets.map((t) => t.name.toLowerCase());
  const changed = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
  const example = reading.targets.map((t) => `"${t.name.toLowerCase()} ${reading.value}"`).join(' or ');
  return `Did you mean ${reading.value} ${here}, or as a change to your ${changed}? Say it with what it is for, for example ${example}.`;
}

/**
 * The flow's steps from the first changeable one on, each able to take a change to a changeable
 * answer given already (said back, the step asked again), and each changeable one saying its
 * answer as changed (`status`, `back`). The flow reads its answers with `answerOf`.
 */
export function withChanges(steps: readonly Step[], changeable: readonly Changeable[]): Step[] {
  const targets = new Map(changeable.map((t) => [t.step.id, t]));
  /** The changeable answers given already, other than the one being asked, which a message at `step` may change. */
  const given = (step: Step, ctx: FlowContext) => changeable.filter((t) => t.step.id !== step.id && answerOf(ctx, t.step.id) !== undefined);

  const wrap = (step: Step): Step => {
    const target = targets.get(step.id);
    return {
      ...step,
      // The engine's own skip would drop the answer, and with it a change said at this step: skipping is read here.
      ...(step.optional ? { nothingSkips: false, ownWords: step.ownWords ?? SKIP_WORD } : {}),
      parse: (input, ctx) => {
        const stored = ctx.answers[step.id];
        if (step.optional && input.kind === 'text' && (SKIP_WORD.test(input.text.trim()) || (step.nothingSkips === true && givesNothing(input.text)))) {
          return { ok: true, value: hasChanges(stored) ? ({ $changes: stored.$changes, skipped: true } satisfies WithChanges) : undefined };
        }
        const earlier = given(step, ctx);
        const reading = input.kind === 'text' && earlier.length > 0 ? readChangeAt(input.text, step, earlier, target, ctx) : { kind: 'none' as const };
        if (reading.kind === 'refused') return { ok: false, problem: reading.problem };
        if (reading.kind === 'which') return { ok: false, problem: askWhich(reading) };
        if (reading.kind === 'change') {
          const { target: changed, value } = reading;
          const from = answerOf(ctx, changed.step.id);
          // The same value again changes nothing; unmarked ("10 hours" at the deadline), it is an answer to the wrong question.
          if (same(from, value)) return reading.marked ? { ok: false, problem: `Your ${changed.name.toLowerCase()} stays ${changed.said(value, ctx)}.` } : step.parse(input, ctx);
          const change: Change = { step: changed.step.id, from, to: value, n: (allChanges(ctx).at(-1)?.n ?? 0) + 1 };
          return { ok: true, value: { $changes: [...changesAt(stored), change] } satisfies WithChanges, note: `${changed.name} changed to ${changed.said(value, ctx)}.` };
        }
        const parsed = reading.kind === 'answer' ? reading.parsed : step.parse(input, ctx);
        if (!parsed.ok || !hasChanges(stored)) return parsed;
        return { ...parsed, value: { $changes: stored.$changes, own: parsed.value } satisfies WithChanges };
      },
      // After a change the step is asked again: its own answer is still to come.
      next: (value, ctx) => (hasChanges(value) && value.own === undefined && !value.skipped ? goTo(step.id) : step.next?.(ownAnswer(value), ctx)),
      saveAs: (value, ctx) => {
        const own = ownAnswer(value);
        const saved = own === undefined ? {} : typeof step.saveAs === 'string' ? { [step.saveAs]: own } : (step.saveAs?.(own, ctx) ?? {});
        // Answers changed here keep the profile in step with them (the budget `status` and later parts read).
        const changed = changesAt(value).flatMap((c) => {
          const t = targets.get(c.step);
          const field = t?.step.saveAs;
          const now = answerOf(ctx, c.step);
          if (!t || !field) return [];
          return typeof field === 'string' ? [{ [field]: now }] : [field(now, ctx)];
        });
        return Object.assign({}, saved, ...changed) as Record<string, unknown>;
      },
      show: (value, ctx) => {
        const own = target ? answerOf(ctx, step.id) : ownAnswer(value);
        if (own !== undefined) return step.show(own, ctx);
        return hasChanges(value) && value.skipped ? 'none' : 'not answered yet';
      },
    };
  };
  const first = Math.min(...changeable.map((t) => steps.findIndex((s) => s.id === t.step.id)));
  return steps.map((s, i) => (i >= first ? wrap(s) : s));
}
