import { z } from 'zod';
import { hasWords, numberProblem, parseHumanNumber, readChoice, readNumber, readYesNo } from './human-input.js';
import type { ChoiceReading, Period, Unit, Want } from './human-input.js';
import type { Choice, Reply } from './reply.js';

/**
 * The vocabulary flows are written in. A flow is a list of steps; each step says what it
 * asks, what a valid answer is (a zod schema that also coerces human input), how to ask
 * again when the answer is not valid, and where to go next. Schemas are built once, when
 * the flow is defined, never on a turn.
 */

/** Who sent the event being answered; `name` is how a shared conversation shows them. */
export interface Actor {
  id: string;
  name?: string;
}

export interface FlowContext {
  readonly answers: Readonly<Record<string, unknown>>;
  /** In a shared conversation, the conversation's profile: a person's own lives in their session. */
  readonly profile: Readonly<Record<string, unknown>>;
  readonly now: Date;
  /** The flows a user can start from the menu, for steps that offer what to do next. */
  readonly menu: readonly Choice[];
  readonly actor: Actor;
  /** The session belongs to a conversation its members share, not to the actor. */
  readonly shared: boolean;
  /** Inside a repeated group of steps (see `repeat`): the item and try this round is about. */
  readonly round?: Round;
  /** The rounds of the flow's repeated group finished so far, oldest first. */
  readonly rounds?: readonly RoundRecord[];
  /** What the person has sent so far for a step that collects several messages (see `collect`). */
  readonly draft?: string;
}

/** One pass through a repeated group: its item (a question to practise), which of how many, which try. */
export interface Round {
  readonly item: string;
  readonly index: number;
  readonly of: number;
  readonly attempt: number;
  /** The group's answers on the previous try at this item, so a step can say what changed. */
  readonly previous?: Readonly<Record<string, unknown>>;
}

/** A finished round: its item and try, and what the group's steps were answered then. */
export interface RoundRecord {
  readonly item: string;
  readonly attempt: number;
  readonly answers: Readonly<Record<string, unknown>>;
}

export type AnswerInput =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; choiceId: string }
  | { kind: 'choices'; choiceIds: readonly string[] }
  | { kind: 'form'; fields: Record<string, string> };

/**
 * `chatter`: the input was not meant as an answer at all (in a shared conversation it gets no reply).
 * `draft`: not an answer yet but part of one (a step that collects several messages): keep it.
 * `note`: how an answer was read when the person did not say it outright ("I'll take that as no."), said before what comes next.
 */
export type Parsed<T = unknown> = { ok: true; value: T; note?: string } | { ok: false; problem: string; chatter?: boolean; draft?: string };

/**
 * Where a step leads: another step of this flow, another flow, or the flow's end; inside a
 * repeated group, the same item again (`again`, a retry) or the next item (`nextRound`).
 */
export type Transition = { to: string } | { handover: string; at?: string } | { finish: true } | { again: true } | { nextRound: true };

export const goTo = (step: string): Transition => ({ to: step });
export const handOver = (flow: string, at?: string): Transition => (at ? { handover: flow, at } : { handover: flow });
export const finish: Transition = { finish: true };
export const again: Transition = { again: true };
/** The next item of the repeated group; after the last one, the step after the group. */
export const nextRound: Transition = { nextRound: true };

type Prompt = string | ((ctx: FlowContext) => string);

interface StepOptions<T> {
  /** How the answer is named in `status`. */
  label: string;
  prompt: Prompt;
  /** Said after the specific problem when an answer is not valid; give an example. */
  reask: string;
  optional?: boolean;
  /**
   * For an optional step: "none", "no" or its own thing denied ("no deadline", "no rush") leave
   * it out as `skip` does, instead of being read as an answer.
   */
  nothingSkips?: boolean;
  /** Where the answer is also kept in the profile for later flows: a field name, or the fields to set. */
  saveAs?: string | ((value: T, ctx: FlowContext) => Record<string, unknown>);
  help?: string;
  /** Ask this step only when the condition holds; otherwise move past it. */
  when?: (ctx: FlowContext) => boolean;
  next?: (value: T, ctx: FlowContext) => Transition | undefined;
  /** Said before the question each time it is asked (not on a re-ask): feedback as a chart, a card. */
  lead?: (ctx: FlowContext) => Reply[];
  /**
   * In a shared conversation, the one member this step waits for. Others' messages are left
   * alone (members talk among themselves too); their clicks get a polite refusal.
   */
  onlyFrom?: (ctx: FlowContext) => Actor | undefined;
  /** Asked only when another step's answer leads here (a confirmation): not counted ahead in "step 2 of 6". */
  detour?: boolean;
  /**
   * Words that are otherwise the engine's commands everywhere, read by this step as its answer
   * (`skip` at a practice question passes the question, where the engine would refuse to skip).
   */
  ownWords?: RegExp;
}

/**
 * A step as its builder made it, which knows its answer's type: `step.of(ctx)` reads the answer
 * it stored, so flows read answers without casts. Only this step's parse stores under its id.
 */
export interface TypedStep<T> extends Step {
  of(ctx: Pick<FlowContext, 'answers'>): T | undefined;
}

/** Steps asked once per item and again on a retry; see `repeat`. */
export interface RepeatGroup {
  readonly id: string;
  /** The items, fixed when the group is entered from outside (a new practice plan). */
  readonly items: (ctx: FlowContext) => readonly string[];
  readonly first: string;
  readonly last: string;
}

export interface Step {
  readonly id: string;
  readonly label: string;
  readonly reask: string;
  readonly optional: boolean;
  readonly nothingSkips?: boolean;
  readonly saveAs?: string | ((value: unknown, ctx: FlowContext) => Record<string, unknown>);
  readonly help?: string;
  readonly when?: (ctx: FlowContext) => boolean;
  readonly next?: (value: unknown, ctx: FlowContext) => Transition | undefined;
  readonly lead?: (ctx: FlowContext) => Reply[];
  readonly onlyFrom?: (ctx: FlowContext) => Actor | undefined;
  readonly detour?: boolean;
  readonly ownWords?: RegExp;
  readonly group?: RepeatGroup;
  /** The question; `text` replaces its wording when asking again after an answer that did not fit. */
  ask(ctx: FlowContext, text?: string): Reply;
  parse(input: AnswerInput, ctx: FlowContext): Parsed;
  /** A stored answer as the user would say it, for `status` and `back`. */
  show(value: unknown, ctx: FlowContext): string;
}

export interface FormField {
  id: string;
  label: string;
  placeholder?: string;
}

/**
 * A change to another member's own profile, from a shared conversation (peer practice keeps the
 * result for the one who answered). The engine writes it before the conversation's turn commits.
 */
export interface Delivery {
  /** The member's user id, on the same platform and tenant. */
  to: string;
  /** The same on every retry of the turn: a delivery id is applied once. */
  id: string;
  /** The fields to set, given the member's profile as it is stored now. */
  profile: (profile: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

export interface FlowOutcome {
  replies?: Reply[];
  profile?: Record<string, unknown>;
  /** Starts another flow at once: only for a flow the person asked for (a welcome's "what first?"). */
  handover?: string;
  /**
   * What naturally comes next, offered first in the menu with `text` as the question, and the
   * coach waits: a finished flow never starts another one unasked.
   */
  offer?: { flow: string; text: string };
  deliver?: Delivery[];
}

export interface Flow {
  readonly id: string;
  readonly title: string;
  /** Listed in the menu with this label when present. */
  readonly menuLabel?: string;
  /**
   * Other ways people name this flow at a menu ("gaps", "which cert", "mock interview"), read with
   * the words of its label when a typed answer is not the label itself; never shown as a list.
   */
  readonly menuWords?: readonly string[];
  /** What this flow does, in one line, said beside its label when a menu answer fits no option or several. */
  readonly does?: string;
  /** Words that start this flow from anywhere, e.g. `practice`. */
  readonly commands?: readonly string[];
  /** Runs only in a conversation's shared session, and is the only kind of flow that runs there. */
  readonly shared?: boolean;
  /** No steps makes a view (`plan`, `progress`): its finish is shown, and the user stays where they were. */
  readonly steps: readonly Step[];
  /** What this flow has learnt about the person, in words, from the profile fields it writes (for `status`). */
  facts?(profile: Readonly<Record<string, unknown>>): { label: string; value: string }[];
  finish(ctx: FlowContext): FlowOutcome;
}

export function defineFlow(flow: Flow): Flow {
  const ids = new Set<string>();
  for (const step of flow.steps) {
    if (ids.has(step.id)) throw new Error(`Flow "${flow.id}" has two steps with the id "${step.id}".`);
    if (step.id.startsWith('$')) throw new Error(`Flow "${flow.id}": step ids starting with "$" are the engine's.`);
    ids.add(step.id);
  }
  return flow;
}

/**
 * Steps asked once for each item `items` gives (the questions of a practice session), in order:
 * a step's `again` asks the group's first step for the same item, `nextRound` for the next one,
 * and the group's last step goes on to the next item by default. The engine keeps each round's
 * answers (`ctx.rounds`), so a flow reads like one round of the conversation.
 */
export function repeat(id: string, options: { items: (ctx: FlowContext) => readonly string[]; steps: readonly Step[] }): Step[] {
  const first = options.steps[0];
  const last = options.steps.at(-1);
  if (!first || !last) throw new Error(`The repeated group "${id}" has no steps.`);
  const group: RepeatGroup = { id, items: options.items, first: first.id, last: last.id };
  return options.steps.map((step) => ({ ...step, group }));
}

const render = (prompt: Prompt, ctx: FlowContext): string => (typeof prompt === 'string' ? prompt : prompt(ctx));

function fromSchema(schema: z.ZodType, raw: unknown): Parsed {
  const result = schema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, problem: result.error.issues[0]?.message ?? 'That did not fit.' };
}

/** Text-like steps accept a typed message or a submitted form (its fields joined). */
function textOf(input: AnswerInput): string | undefined {
  if (input.kind === 'text') return input.text;
  if (input.kind === 'form') return Object.values(input.fields).join('\n\n');
  return undefined;
}

const NOT_A_BUTTON = 'That answer needs typing rather than a button.';

function build<T>(id: string, options: StepOptions<T>, parts: Pick<Step, 'ask' | 'parse' | 'show'>): TypedStep<T> {
  return {
    of: (ctx) => ctx.answers[id] as T | undefined,
    id,
    label: options.label,
    reask: options.reask,
    optional: options.optional ?? false,
    nothingSkips: options.optional === true && options.nothingSkips === true,
    saveAs: options.saveAs as Step['saveAs'],
    help: options.help,
    when: options.when,
    next: options.next as Step['next'],
    lead: options.lead,
    onlyFrom: options.onlyFrom,
    detour: options.detour,
    ownWords: options.ownWords,
    ...parts,
  };
}

function textSchema(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'That was empty.')
    .max(max, `That's longer than I can keep for this question (${max.toLocaleString('en-US')} characters at most).`)
    .refine(hasWords, "I couldn't find any words in that.");
}

/**
 * Free-text steps may turn the text into something richer (a matched role, extracted skills)
 * or refuse it with a reason; `display` then says the stored value back in words.
 */
interface Interpretation<T> {
  /** `form` is the submitted form's fields, when the text came from one: what the user labelled, by field. */
  interpret?: (text: string, ctx: FlowContext, form?: Readonly<Record<string, string>>) => Parsed<T>;
  display?: (value: T, ctx: FlowContext) => string;
}

/**
 * A submitted form is labelled by the user only when it carries the step's own fields; any other
 * form (a terminal's pasted lines, an older form) is just the text typed into it.
 */
function labelledForm(input: AnswerInput, fields: readonly FormField[] | undefined): Readonly<Record<string, string>> | undefined {
  if (input.kind !== 'form' || !fields) return undefined;
  return Object.keys(input.fields).some((key) => fields.some((field) => field.id === key)) ? input.fields : undefined;
}

function textStep<T>(id: string, options: StepOptions<T> & Interpretation<T>, schema: z.ZodType, ask: Step['ask'], fields?: readonly FormField[]): TypedStep<T> {
  const { interpret, display } = options;
  return build(id, options, {
    ask,
    parse: (input, ctx) => {
      const text = textOf(input);
      if (text === undefined) return { ok: false, problem: NOT_A_BUTTON };
      const parsed = fromSchema(schema, text);
      return parsed.ok && interpret ? interpret(parsed.value as string, ctx, labelledForm(input, fields)) : parsed;
    },
    show: (value, ctx) => (display ? display(value as T, ctx) : String(value)),
  });
}

export const ask = {
  /** A short answer on one line: a name, a job title. */
  text<T = string>(id: string, options: StepOptions<T> & Interpretation<T> & { max?: number }): TypedStep<T> {
    const schema = textSchema(options.max ?? 200);
    return textStep(id, options, schema, (ctx, text) => ({ kind: 'text', text: text ?? render(options.prompt, ctx) }));
  },

  /**
   * Long free text (a job posting, an interview answer): adapters open a form where they can.
   * `fields` splits the form (Situation, Task, Action, Result); a typed message is still the whole answer.
   */
  longText<T = string>(
    id: string,
    options: StepOptions<T> &
      Interpretation<T> & { max?: number; fieldLabel?: string; placeholder?: string; fields?: readonly FormField[]; collect?: Collect },
  ): TypedStep<T> {
    const schema = textSchema(options.max ?? 20_000);
    const fields = options.fields ?? [{ id: 'text', label: options.fieldLabel ?? options.label, placeholder: options.placeholder }];
    const { collect } = options;
    const step = textStep(
      id,
      options,
      schema,
      (ctx, text) => ({
        kind: 'long-text',
        stepId: id,
        text: text ?? (collect && ctx.draft ? collect.progress(ctx.draft, ctx) : render(options.prompt, ctx)),
        fields: [...fields],
      }),
      fields,
    );
    return collect ? { ...step, parse: collecting(step, schema, collect, fields) } : step;
  },

  /**
   * A number typed any way people type them: "$2,000", "10 hrs", "ten", "about 85k", "maybe a year".
   * `unit` is what the reader looks for ("I'm 45, been nursing 20 years" is 20 for years) and
   * converts to ("half a year" is 6 for months); `per` is the period the figure is for (hours
   * default to a week). An answer that is not one number ("10 or 15", "€500", "2 hours a day")
   * is said back with a question, never guessed.
   */
  number(
    id: string,
    options: StepOptions<number> & { min: number; max: number; integer?: boolean; unit?: Unit; per?: Period; display?: (value: number, ctx: FlowContext) => string },
  ): TypedStep<number> {
    const unit = options.unit ? ` ${options.unit}` : '';
    const want: Want = { unit: options.unit, per: options.per ?? (options.unit === 'hours' ? 'week' : undefined) };
    let number = z.number();
    if (options.integer) number = number.int('A whole number, please.');
    const range = number
      .min(options.min, `That's less than ${options.min.toLocaleString('en-US')}${unit}.`)
      .max(options.max, `That's more than ${options.max.toLocaleString('en-US')}${unit}.`);
    return build(id, options, {
      ask: (ctx, text) => ({ kind: 'text', text: text ?? render(options.prompt, ctx) }),
      parse: (input) => {
        const text = textOf(input);
        if (text === undefined) return { ok: false, problem: NOT_A_BUTTON };
        const reading = readNumber(text, want);
        return reading.kind === 'number' ? fromSchema(range, reading.value) : { ok: false, problem: numberProblem(reading, want) };
      },
      // `display` says the number with its unit ("$105,000 a year") in `status` and `back`.
      show: (value, ctx) => (options.display ? options.display(value as number, ctx) : String(value)),
    });
  },

  /**
   * Yes or no, by button or typed with words around it: "no, I can pay within my budget", "yeah sure".
   * `orElse`: the answer the question's hint offers ("Not sure? Say no"), taken and said back when
   * the person leaves it to the coach ("doesn't matter to me", "either is fine").
   */
  yesNo(id: string, options: StepOptions<boolean> & { orElse?: boolean }): TypedStep<boolean> {
    const choices = [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ];
    return build(id, options, {
      ask: (ctx, text) => ({ kind: 'question', stepId: id, text: text ?? render(options.prompt, ctx), choices }),
      parse: (input) => {
        const typed = input.kind === 'choice' ? input.choiceId : textOf(input);
        const reading = typed === undefined ? undefined : readYesNo(typed);
        if (reading?.kind === 'yes') return { ok: true, value: true };
        if (reading?.kind === 'no') return { ok: true, value: false };
        if (reading?.kind === 'either' && options.orElse !== undefined) return { ok: true, value: options.orElse, note: `I'll take that as ${options.orElse ? 'yes' : 'no'}.` };
        return { ok: false, problem: 'I need a yes or a no.' };
      },
      show: (value) => (value ? 'yes' : 'no'),
    });
  },
  /**
   * One of a list: by button, by number when the number is the whole answer ("2", "option 2",
   * "the second one"), or by typing (part of) the label.
   */
  choice(
    id: string,
    options: StepOptions<string> & { choices: readonly SaidChoice[] | ((ctx: FlowContext) => readonly SaidChoice[]); display?: (value: string, ctx: FlowContext) => string | undefined },
  ): TypedStep<string> {
    const list = (ctx: FlowContext) => (typeof options.choices === 'function' ? options.choices(ctx) : options.choices);
    return build(id, options, {
      // The sayings are for reading typed answers; the buttons show the labels only.
      ask: (ctx, text) => ({ kind: 'question', stepId: id, text: text ?? render(options.prompt, ctx), choices: list(ctx).map(({ words: _words, ...choice }) => choice) }),
      parse: (input, ctx) => {
        const choices = list(ctx);
        if (input.kind === 'choice') {
          const picked = choices.find((c) => c.id === input.choiceId);
          return picked ? { ok: true, value: picked.id } : { ok: false, problem: NOT_AN_OPTION };
        }
        const reading = readChoice(choices, textOf(input) ?? '');
        return reading.kind === 'pick' ? { ok: true, value: reading.choice.id } : { ok: false, problem: choiceProblem(reading) };
      },
      // `display` says an answer that is not a decision (a question asked through a button) in words of its own.
      show: (value, ctx) => options.display?.(value as string, ctx) ?? list(ctx).find((c) => c.id === value)?.label ?? String(value),
    });
  },
  /**
   * Tick all that apply (a scorer's checklist): by a multi-select, or typed as numbers or labels
   * ("1 3 4", "1, 3 and 4", "all", "none"). The value is the ticked ids in the list's order.
   */
  checklist(id: string, options: StepOptions<string[]> & { items: readonly Choice[] | ((ctx: FlowContext) => readonly Choice[]) }): TypedStep<string[]> {
    const list = (ctx: FlowContext) => (typeof options.items === 'function' ? options.items(ctx) : options.items);
    return build(id, options, {
      ask: (ctx, text) => ({ kind: 'checklist', stepId: id, text: text ?? render(options.prompt, ctx), items: [...list(ctx)] }),
      parse: (input, ctx) => {
        const items = list(ctx);
        const ids = input.kind === 'choices' ? input.choiceIds : input.kind === 'choice' ? [input.choiceId] : undefined;
        if (ids) {
          const known = ids.every((picked) => items.some((item) => item.id === picked));
          return known ? { ok: true, value: inOrder(items, new Set(ids)) } : { ok: false, problem: "That isn't one of the options." };
        }
        const text = textOf(input);
        return text === undefined ? { ok: false, problem: NOT_A_BUTTON } : readTicks(items, text);
      },
      show: (value, ctx) => {
        const ticked = list(ctx).filter((item) => (value as string[]).includes(item.id)).map((item) => item.label);
        return ticked.length > 0 ? ticked.join('; ') : 'none';
      },
    });
  },

  /**
   * A part one member takes in a shared conversation ("I'll answer"): whoever clicks or says so.
   * The value is that member; `exclude` names one who can't take it (the answerer can't score).
   */
  claim(id: string, options: StepOptions<Actor> & { button: string; exclude?: (ctx: FlowContext) => Actor | undefined; excludeReason?: string }): TypedStep<Actor> {
    const choices = [{ id: 'claim', label: options.button }];
    return build(id, options, {
      ask: (ctx, text) => ({ kind: 'question', stepId: id, text: text ?? render(options.prompt, ctx), choices }),
      parse: (input, ctx) => {
        const text = input.kind === 'choice' ? undefined : textOf(input);
        const claimed = input.kind === 'choice' ? input.choiceId === 'claim' : text !== undefined && (CLAIM.test(text.trim()) || matchChoice(choices, text) !== undefined);
        if (!claimed) return { ok: false, problem: "I didn't catch who's taking this part.", chatter: input.kind === 'text' };
        if (options.exclude?.(ctx)?.id === ctx.actor.id) return { ok: false, problem: options.excludeReason ?? "You can't take this part." };
        return { ok: true, value: ctx.actor };
      },
      show: (value) => (value as Actor).name ?? 'a member',
    });
  },
};

/**
 * An option of `ask.choice` with the other ways people say it, as data: `words: ['stop', "that's it"]`
 * on Finish. A typed answer that is one of them picks it (see readChoice).
 */
export type SaidChoice = Choice & { readonly words?: readonly string[] };

/** A long answer sent as several messages: collected until `done`, or whole at once when it is long enough. */
export interface Collect {
  /** The word that ends the answer ("done"). */
  done: RegExp;
  /** A first message that is a whole answer by itself. */
  whole: (text: string) => boolean;
  /** Messages that stand alone whatever was collected (`next` to pass): what was collected is dropped. */
  alone?: RegExp;
  /** Said while collecting, instead of the question. */
  progress: (draft: string, ctx: FlowContext) => string;
  /** Said for `done` when nothing was collected. */
  empty: string;
  /**
   * A message that is neither part of the answer nor the answer ("not sure", a bare number meant
   * for a later question): what to say to it, with what was collected kept as it is.
   */
  aside?: (text: string, draft: string, ctx: FlowContext) => string | undefined;
}

/**
 * Typed messages add to the draft the engine keeps (`ctx.draft`), and so do pasted lines sent as
 * a one-field form (the terminal's); a form with the step's own fields, or a button, is read at once.
 */
function collecting(step: Step, schema: z.ZodType, collect: Collect, fields: readonly FormField[]): Step['parse'] {
  return (input, ctx) => {
    const typed = input.kind === 'text' || (input.kind === 'form' && !labelledForm(input, fields)) ? textOf(input) : undefined;
    if (typed === undefined) return step.parse(input, ctx);
    const text = typed.trim();
    const draft = ctx.draft ?? '';
    if (collect.alone?.test(text)) return step.parse({ kind: 'text', text }, ctx);
    const aside = collect.aside?.(text, draft, ctx);
    if (aside !== undefined) return { ok: false, problem: aside };
    if (collect.done.test(text)) return draft ? step.parse({ kind: 'text', text: draft }, ctx) : { ok: false, problem: collect.empty };
    const joined = draft ? `${draft}\n${text}` : text;
    if (!draft && collect.whole(text)) return step.parse({ kind: 'text', text: joined }, ctx);
    const checked = fromSchema(schema, joined);
    if (!checked.ok) return { ok: false, problem: draft ? `${checked.problem} I've kept what you sent before.` : checked.problem };
    return { ok: false, problem: '', draft: joined };
  };
}

const CLAIM = /^(me|i will|i'?ll do it|i'?ll take it|mine)[.!]*$/i;
const NONE = /^(none|nothing|no|0|none of them|nope)[.!]*$/i;
const ALL = /^(all|all of them|everything)[.!]*$/i;

const inOrder = (items: readonly Choice[], ids: ReadonlySet<string>) => items.filter((item) => ids.has(item.id)).map((item) => item.id);

/**
 * One ticked item: its number (digits, a number word, an ordinal) or its whole label or id.
 * Not a fragment of a label, as for one choice: among many ticks, "one" must not tick "someone".
 */
function tickOf(items: readonly Choice[], word: string): Choice | undefined {
  const number = parseHumanNumber(word);
  if (typeof number === 'number') return Number.isInteger(number) ? items[number - 1] : undefined;
  const text = word.toLowerCase();
  const ordinal = ORDINALS.indexOf(text);
  if (ordinal >= 0) return items[ordinal];
  return items.find((item) => item.label.toLowerCase() === text || item.id.toLowerCase() === text);
}

function readTicks(items: readonly Choice[], text: string): Parsed<string[]> {
  const typed = text.trim();
  if (NONE.test(typed)) return { ok: true, value: [] };
  if (ALL.test(typed)) return { ok: true, value: items.map((item) => item.id) };
  const ticked = new Set<string>();
  for (const part of typed.split(/[,;\n]|\band\b|&/i).map((p) => p.trim()).filter(Boolean)) {
    // "1 3 4" or "one three" is several ticks; anything else is one label.
    const words = part.split(/\s+/);
    const several = words.length > 1 && words.every((w) => typeof parseHumanNumber(w) === 'number');
    for (const word of several ? words : [part]) {
      const item = tickOf(items, word);
      if (!item) return { ok: false, problem: `I couldn't match "${word.length > 40 ? `${word.slice(0, 37)}...` : word}" to the list.` };
      ticked.add(item.id);
    }
  }
  return ticked.size > 0 ? { ok: true, value: inOrder(items, ticked) } : { ok: false, problem: "I couldn't find any of the list's numbers in that." };
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const NOT_AN_OPTION = "That isn't one of the options.";

function choiceProblem(reading: Exclude<ChoiceReading<Choice>, { kind: 'pick' }>): string {
  if (reading.kind === 'ambiguous') {
    const labels = reading.choices.map((c) => c.label);
    return `That could be ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}: which one?`;
  }
  if (reading.kind === 'out-of-range') return `${NOT_AN_OPTION} There ${reading.count === 1 ? 'is only 1' : `are ${reading.count}`}, numbered from 1.`;
  return NOT_AN_OPTION;
}

/** "2", "2)", "second", "the fourth one", the label, its id, or a fragment that fits exactly one label. */
export function matchChoice(choices: readonly Choice[], typed: string): Choice | undefined {
  const reading = readChoice(choices, typed);
  return reading.kind === 'pick' ? reading.choice : undefined;
}
