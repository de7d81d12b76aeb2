import { FORGET_STEP, ROUND_MARK, position } from './turn.js';
import type { FlowState } from './session.js';
import type { Turn } from './turn.js';

/**
 * Words that work at every step. They are checked before an answer is parsed, so
 * "skip" or "back" never end up stored as someone's job title.
 */
export const GLOBAL_COMMANDS = ['help', 'back', 'skip', 'restart', 'status', 'menu', 'repeat', 'forget', 'start'] as const;
export type GlobalCommand = (typeof GLOBAL_COMMANDS)[number];

const COMMAND_WORD = /^[/!]?([a-z]+)$/;

/** A typed message that is exactly one command word ("Back", "/status", "!help"). */
export function commandWord(text: string): string | undefined {
  const match = COMMAND_WORD.exec(text.trim().toLowerCase());
  return match?.[1];
}

export const HELP_TEXT = [
  "I'm Pivot Coach. I help you find the skills you're missing for the tech role you want, pick credentials worth your money and time, and practise your interview stories.",
  'You can say these at any point:',
  '- `status`: where we are and what you have told me',
  '- `back`: the previous question again',
  '- `skip`: leave this question out (when it is optional)',
  '- `repeat`: the current question again',
  '- `restart`: start this part over',
  '- `menu`: pick something else to work on (you can come back later)',
  '- `export`: your plan as files to keep (Markdown, and a calendar file with each step and a weekly study block)',
  '- `forget`: delete everything I know about you',
  'You can stop at any time: when you come back, even weeks later, we carry on where you left off.',
].join('\n');

/** In a conversation a study group shares: no `forget` (it is personal), and some words are for whoever's turn it is. */
export const SHARED_HELP_TEXT = [
  "I'm Pivot Coach. Here we practise together: one of you answers an interview question, another scores it, and the result goes to the one who answered.",
  'Anyone can say:',
  '- `status`: where this round is',
  '- `repeat`: the current question again',
  '- `restart`: start this round over, for everyone',
  'Whoever the question is for can also say `back`, `skip` (when it is optional) or `menu`.',
  'What I know about you alone (your gaps, plan and scores) stays in your own chat with me, where `forget` deletes it.',
].join('\n');

/** `status` changes nothing: where the person is, what they answered here, and what every flow has learnt about them. */
function status(turn: Turn): Turn {
  const flow = turn.flow;
  const step = turn.step;
  const state = turn.session.flow;
  const known = turn.registry.flows.flatMap((f) => f.facts?.(turn.session.profile) ?? []);
  const parked = Object.keys(turn.session.parked).flatMap((id) => turn.registry.get(id)?.title ?? []);
  const paused = parked.length > 0 ? [{ label: 'Paused', value: parked.join(', ') }] : [];
  if (!flow || !step || !state) {
    if (known.length > 0) turn.say({ kind: 'card', title: "What you've told me", fields: [...known, ...paused] });
    return turn.text("We're not in the middle of anything right now.").showMenu('What would you like to work on?');
  }
  const ctx = turn.context();
  const at = position(flow, step, state, ctx);
  const answered = flow.steps.filter((s) => s.id in state.answers).map((s) => ({ label: s.label, value: s.show(state.answers[s.id], ctx) }));
  const fields = [{ label: 'Working on', value: flow.title }, { label: 'Current question', value: `${at.step} of ${at.of}: ${step.label}` }, ...answered];
  const told = known.filter((fact) => !answered.some((a) => a.label === fact.label));
  if (told.length > 0) turn.say({ kind: 'card', title: "What you've told me", fields: told });
  return turn.say({ kind: 'card', title: 'Where we are', fields: [...fields, ...paused] }).askCurrent();
}

function back(turn: Turn): Turn {
  const state = turn.session.flow;
  const flow = turn.flow;
  if (!state || !flow) return turn.text("We're not in the middle of anything right now.").showMenu('What would you like to work on?');
  if (state.trail.at(-1) === ROUND_MARK) reopenRound(state);
  const previous = state.trail.at(-1);
  if (previous === undefined) return turn.text("This is the first question, there's nothing before it.").askCurrent();
  turn.changed = true;
  delete state.draft;
  state.trail.pop();
  state.step = previous;
  const step = turn.step;
  if (step && previous in state.answers) turn.text(`Your earlier answer was: ${step.show(state.answers[previous], turn.context())}`);
  return turn.askCurrent();
}

/** `back` across the end of a round: that round's answers and place come back, as they were. */
function reopenRound(state: FlowState): void {
  state.trail.pop();
  const round = state.round;
  const last = round?.done.pop();
  if (!round || !last) return;
  round.index = Math.max(0, round.items.indexOf(last.item));
  round.attempt = last.attempt;
  Object.assign(state.answers, last.answers);
}

export function runCommand(turn: Turn, name: string, args: string): Turn {
  const flowForWord = turn.registry.forCommand(name);
  if (flowForWord) return turn.startFlow(flowForWord.id);
  switch (name as GlobalCommand) {
    case 'help': {
      const extra = turn.step?.help;
      turn.text(turn.shared ? SHARED_HELP_TEXT : HELP_TEXT);
      if (extra) turn.text(extra);
      return turn.session.flow ? turn.askCurrent() : turn.showMenu('What would you like to work on?');
    }
    case 'repeat':
      return turn.askCurrent();
    case 'status':
      return status(turn);
    case 'back':
      return back(turn);
    case 'skip': {
      const step = turn.step;
      if (!step) return turn.askCurrent();
      if (!step.optional) return turn.text("This question can't be skipped: I need it for what comes next.").askCurrent();
      return turn.skip();
    }
    case 'restart': {
      const flow = turn.flow ?? turn.registry.entry;
      return turn.text(`Starting *${flow.title}* over.`).restartFlow(flow);
    }
    case 'menu':
      if (turn.session.flow) {
        turn.changed = true;
        turn.session.pending = 'menu';
      }
      return turn.showMenu('What would you like to work on? Whatever you leave now stays where it is.');
    case 'start': {
      const wanted = args.trim().toLowerCase();
      const flow = wanted ? turn.registry.forCommand(wanted) ?? turn.registry.get(wanted) : undefined;
      if (flow) return turn.startFlow(flow.id);
      if (!turn.session.flow && (turn.fresh || Object.keys(turn.session.profile).length === 0)) return turn.startFlow(turn.registry.entryId);
      return turn.session.flow ? turn.text('Welcome back!').askCurrent() : turn.showMenu('Welcome back! What would you like to work on?');
    }
    case 'forget':
      if (!turn.session.flow && Object.keys(turn.session.profile).length === 0 && Object.keys(turn.session.parked).length === 0) {
        return turn.text("I don't have anything stored about you.");
      }
      turn.changed = true;
      turn.session.pending = 'forget';
      return turn.say({
        kind: 'question',
        stepId: FORGET_STEP,
        text: "This deletes everything I know about you: your answers, your profile and your progress. It can't be undone. Delete it all?",
        choices: [
          { id: 'yes', label: 'Yes, delete everything' },
          { id: 'no', label: 'No, keep it' },
        ],
      });
    default:
      return turn.text(`I don't know the command "${name}". Say \`help\` to see what I understand.`);
  }
}
