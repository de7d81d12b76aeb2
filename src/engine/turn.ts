import type { Actor, Delivery, Flow, FlowContext, RepeatGroup, Round, Step, Transition } from './flow.js';
import type { FlowRegistry } from './flow-registry.js';
import type { Choice, Reply } from './reply.js';
import type { FlowState, Session } from './session.js';

/** Engine-owned pseudo-steps: their buttons are answered by the engine, not by a flow. */
export const MENU_STEP = '$menu';
export const FORGET_STEP = '$forget';
/** In a trail: the end of a round of a repeated group, which `back` undoes. */
export const ROUND_MARK = '$round';

/**
 * One turn's work on a session: it moves through flows, collects the replies, and records
 * whether anything changed, so the engine knows whether (and what) to write. The session
 * object is this turn's own copy (freshly parsed), so mutating it in place is safe.
 */
export class Turn {
  readonly replies: Reply[] = [];
  /** Changes to other members' profiles that this turn's commit depends on (see Delivery). */
  readonly deliveries: Delivery[] = [];
  changed = false;
  deleted = false;

  constructor(
    readonly session: Session,
    readonly registry: FlowRegistry,
    readonly now: Date,
    readonly actor: Actor,
    /** The session is a conversation's, shared by its members. */
    readonly shared = false,
    /** The session's owner has not talked to the coach before. */
    readonly fresh = false,
  ) {}

  say(...replies: Reply[]): this {
    this.replies.push(...replies);
    return this;
  }

  text(text: string): this {
    return this.say({ kind: 'text', text });
  }

  context(state: FlowState | null = this.session.flow): FlowContext {
    const { session, now, registry, actor, shared } = this;
    const ctx: FlowContext = { answers: state?.answers ?? {}, profile: session.profile, now, menu: registry.menu, actor, shared };
    const draft = state?.draft && state.draft.step === state.step ? state.draft.text : undefined;
    return state?.round ? { ...ctx, round: roundOf(state.round), rounds: state.round.done, draft } : draft ? { ...ctx, draft } : ctx;
  }

  get flow(): Flow | undefined {
    return this.session.flow ? this.registry.get(this.session.flow.id) : undefined;
  }

  get step(): Step | undefined {
    const state = this.session.flow;
    return state ? this.flow?.steps.find((step) => step.id === state.step) : undefined;
  }

  /** Asks the current question again, with its place in the flow; `text` rewords it. */
  askCurrent(text?: string): this {
    const flow = this.flow;
    const step = this.step;
    if (!flow || !step) return this.showMenu('What would you like to work on?');
    const ctx = this.context();
    const lead = text === undefined && step.lead ? step.lead(ctx) : [];
    const asked = step.ask(ctx, text);
    const awaited = this.shared ? step.onlyFrom?.(ctx) : undefined;
    const question = awaited && 'stepId' in asked ? { ...asked, awaits: { ...awaited } } : asked;
    return this.say({ kind: 'progress', label: flow.title, ...position(flow, step, this.session.flow as FlowState, ctx) }, ...lead, question);
  }

  /** Keeps what was sent so far for a step that collects several messages, and asks for more. */
  keepDraft(text: string): this {
    const state = this.session.flow;
    if (!state) return this.askCurrent();
    this.changed = true;
    state.draft = { step: state.step, text };
    return this.askCurrent();
  }

  /**
   * The flows to start, always in the registry's one order, so a number means the same option
   * at every menu; what a finished flow offers is said in its sentence (and "yes" takes it).
   */
  menuChoices(): Choice[] {
    return [...this.registry.menu];
  }

  showMenu(text: string): this {
    const choices = this.menuChoices();
    if (choices.length === 0) return this.text(`${text} There is nothing else to start yet.`);
    return this.say({ kind: 'question', stepId: MENU_STEP, text, choices });
  }

  /** Starts a flow, or resumes it where it was parked; the flow being left is parked. */
  startFlow(id: string, at?: string): this {
    const flow = this.registry.get(id);
    if (!flow) return this.showMenu(`I don't know "${id}".`);
    const { session } = this;
    if (flow.steps.length === 0) return this.show(flow);
    if (session.flow?.id === id && !at) return this.askCurrent();
    this.changed = true;
    delete session.offer;
    if (session.flow && session.flow.id !== id) session.parked[session.flow.id] = session.flow;
    const parked = session.parked[id];
    delete session.parked[id];
    if (parked && !at) {
      session.flow = parked;
      const step = this.step;
      // Another flow may have changed what this one's conditions read while it was parked: a
      // step that no longer applies is passed over, as it would have been on the way in.
      // A step that still applies keeps its half-written draft.
      if (step) {
        this.text(`Picking up *${flow.title}* where you left it.`);
        return !step.when || step.when(this.context()) ? this.askCurrent() : this.moveTo(flow, flow.steps.indexOf(step));
      }
    }
    return this.restartFlow(flow, at);
  }

  /** A view changes nothing: what it shows, then the question the user was at. */
  private show(flow: Flow): this {
    this.say(...(flow.finish(this.context()).replies ?? []));
    return this.session.flow ? this.askCurrent() : this.showMenu('What would you like to do next?');
  }

  /** A fresh start of the flow, at its first step or at `at`; earlier answers in it are dropped. */
  restartFlow(flow: Flow, at?: string): this {
    this.changed = true;
    this.session.flow = { id: flow.id, step: flow.steps[0]?.id ?? '', answers: {}, trail: [] };
    const start = at ? flow.steps.findIndex((step) => step.id === at) : 0;
    return this.moveTo(flow, Math.max(0, start));
  }

  /** Records a valid answer, keeps it in the profile if the step says so, and moves on. */
  answer(value: unknown): this {
    const flow = this.flow;
    const step = this.step;
    const state = this.session.flow;
    if (!flow || !step || !state) return this.askCurrent();
    this.changed = true;
    delete state.draft;
    state.answers[step.id] = value;
    if (typeof step.saveAs === 'string') this.session.profile[step.saveAs] = value;
    else if (step.saveAs) Object.assign(this.session.profile, step.saveAs(value, this.context()));
    state.trail.push(step.id);
    this.follow(flow, step.next?.(value, this.context()));
    // A step that loops on itself (one posting after another) leaves nothing new to go back to;
    // a new round of a repeated group does (its end is marked in the trail).
    if (this.session.flow === state && state.step === step.id && state.trail.at(-1) === step.id) state.trail.pop();
    return this;
  }

  /** Leaves an optional step unanswered and goes on in order. */
  skip(): this {
    const flow = this.flow;
    const step = this.step;
    const state = this.session.flow;
    if (!flow || !step || !state) return this.askCurrent();
    this.changed = true;
    delete state.draft;
    delete state.answers[step.id];
    if (typeof step.saveAs === 'string') delete this.session.profile[step.saveAs];
    state.trail.push(step.id);
    return this.moveTo(flow, flow.steps.indexOf(step) + 1);
  }

  private follow(flow: Flow, transition: Transition | undefined): this {
    const current = this.step;
    if (!transition) return this.moveTo(flow, current ? flow.steps.indexOf(current) + 1 : 0);
    if ('to' in transition) {
      const index = flow.steps.findIndex((step) => step.id === transition.to);
      if (index < 0) throw new Error(`Flow "${flow.id}" goes to an unknown step "${transition.to}".`);
      return this.moveTo(flow, index);
    }
    if ('handover' in transition) return this.finishFlow(flow, transition.handover, transition.at);
    if ('again' in transition || 'nextRound' in transition) return this.endRound(flow, 'again' in transition);
    return this.finishFlow(flow);
  }

  /**
   * Ends this round of the current step's group: its answers are kept with the round, then the
   * same item is asked again (`retry`) or the next one; after the last item, the step after the group.
   */
  private endRound(flow: Flow, retry: boolean): this {
    const state = this.session.flow as FlowState;
    const step = this.step;
    const group = step?.group;
    if (!step || !group || !state.round) throw new Error(`Flow "${flow.id}": a round can only end inside a repeated group.`);
    const round = state.round;
    const members = flow.steps.filter((s) => s.group?.id === group.id);
    const answers = Object.fromEntries(members.filter((s) => s.id in state.answers).map((s) => [s.id, state.answers[s.id]]));
    round.done.push({ item: round.items[round.index] ?? '', attempt: round.attempt, answers, at: step.id });
    for (const member of members) delete state.answers[member.id];
    state.trail.push(ROUND_MARK);
    if (retry) round.attempt += 1;
    else {
      round.index += 1;
      round.attempt = 1;
    }
    const after = flow.steps.indexOf(members.at(-1) as Step) + 1;
    return this.moveTo(flow, round.index < round.items.length ? flow.steps.indexOf(members[0] as Step) : after);
  }

  /** Goes to the first step at or after `index` whose condition holds, or finishes. */
  private moveTo(flow: Flow, index: number): this {
    const state = this.session.flow as FlowState;
    const from = this.step;
    delete state.draft;
    for (let i = index; i < flow.steps.length; i++) {
      const step = flow.steps[i] as Step;
      if (step.when && !step.when(this.context())) continue;
      if (step.group && (from?.group?.id !== step.group.id || state.round?.group !== step.group.id) && !this.enterGroup(step.group)) {
        i = flow.steps.findIndex((s) => s.id === step.group?.last);
        continue;
      }
      state.step = step.id;
      return this.askCurrent();
    }
    return this.finishFlow(flow);
  }

  /** A group entered from outside starts over with its items as they are now; false when there are none. */
  private enterGroup(group: RepeatGroup): boolean {
    const state = this.session.flow as FlowState;
    const items = [...group.items(this.context())];
    state.round = { group: group.id, items, index: 0, attempt: 1, done: [] };
    return items.length > 0;
  }

  private finishFlow(flow: Flow, handover?: string, at?: string): this {
    const outcome = flow.finish(this.context());
    this.changed = true;
    Object.assign(this.session.profile, outcome.profile);
    this.deliveries.push(...(outcome.deliver ?? []));
    this.session.flow = null;
    this.say(...(outcome.replies ?? []));
    const next = handover ?? outcome.handover;
    if (next && this.registry.get(next)) return this.startFlow(next, at);
    if (outcome.offer && this.registry.get(outcome.offer.flow)) {
      this.session.offer = outcome.offer.flow;
      return this.showMenu(outcome.offer.text);
    }
    return this.showMenu('What would you like to do next?');
  }
}

function roundOf(round: NonNullable<FlowState['round']>): Round {
  const item = round.items[round.index] ?? '';
  const previous = round.done.findLast((r) => r.item === item && r.attempt === round.attempt - 1)?.answers;
  return { item, index: round.index, of: round.items.length, attempt: round.attempt, ...(previous ? { previous } : {}) };
}

/**
 * "Step 2 of 6" counts the questions this person is asked: the ones answered on the way here
 * (in the trail, or answered before the trail was kept),
 * this one, and the ones ahead whose condition holds now (a detour is counted once taken); a
 * repeated group is one question however many rounds it has.
 */
export function position(flow: Flow, step: Step, state: FlowState, ctx: FlowContext): { step: number; of: number } {
  const keyOf = (s: Step) => s.group?.id ?? s.id;
  const here = keyOf(step);
  const index = flow.steps.findIndex((s) => keyOf(s) === here);
  // A branch back to an earlier step (a "no" at a confirmation) counts from there again.
  const behind = new Set<string>();
  for (const id of [...state.trail, ...Object.keys(state.answers)]) {
    const at = flow.steps.findIndex((s) => s.id === id);
    if (at >= 0 && at < index) behind.add(keyOf(flow.steps[at] as Step));
  }
  const ahead = new Set<string>();
  for (const next of flow.steps.slice(index + 1)) {
    const key = keyOf(next);
    if (key === here || behind.has(key) || next.detour || (next.when && !next.when(ctx))) continue;
    ahead.add(key);
  }
  return { step: behind.size + 1, of: behind.size + 1 + ahead.size };
}
