import { FORGOTTEN_REPLY, notYoursText } from './replies.js';
import { GLOBAL_COMMANDS, commandWord, runCommand } from './commands.js';
import { matchChoice } from './flow.js';
import type { AnswerInput, Flow } from './flow.js';
import type { FlowRegistry } from './flow-registry.js';
import { parseYesNo, secretNotice } from './human-input.js';
import type { Inbound } from './inbound.js';
import { commandText } from './read/keywords.js';
import { givesNothing } from './read/nothing-to-give.js';
import { answerAtRest, answerOffScript } from './off-script.js';
import { newSession } from './session.js';
import type { Session } from './session.js';
import { FORGET_STEP, MENU_STEP, Turn } from './turn.js';

const globalWords = new Set<string>(GLOBAL_COMMANDS);

/** The command this event is, whether sent as a command or typed as a word; undefined for answers. */
export function asCommandName(inbound: Inbound, registry?: FlowRegistry): string | undefined {
  if (inbound.kind === 'command') return inbound.name.toLowerCase();
  if (inbound.kind !== 'text') return undefined;
  // "Skip.", "SKIP!" and "I'd rather not say" are the command as much as "skip".
  const word = commandWord(commandText(inbound.text));
  return word && (globalWords.has(word) || registry?.forCommand(word)) ? word : undefined;
}

function asAnswer(inbound: Inbound): AnswerInput | undefined {
  if (inbound.kind === 'text') return { kind: 'text', text: inbound.text };
  if (inbound.kind === 'choice') return { kind: 'choice', choiceId: inbound.choiceId };
  if (inbound.kind === 'choices') return { kind: 'choices', choiceIds: inbound.choiceIds };
  if (inbound.kind === 'form') return { kind: 'form', fields: inbound.fields };
  return undefined;
}

function confirmForget(turn: Turn, inbound: Inbound): Turn {
  const yes = inbound.kind === 'choice' ? inbound.choiceId === 'yes' : inbound.kind === 'text' && parseYesNo(inbound.text) === true;
  if (yes) {
    turn.deleted = true;
    return turn.say(FORGOTTEN_REPLY);
  }
  turn.changed = true;
  turn.session.pending = null;
  return turn.text('Okay, nothing was deleted.').askCurrent();
}

/**
 * After `menu` in the middle of a flow, a typed label or number picks from the menu; anything
 * else still answers the paused question, as before.
 */
function menuPick(turn: Turn, inbound: Inbound): Turn | undefined {
  turn.session.pending = null;
  turn.changed = true;
  const picked = inbound.kind === 'text' ? matchChoice(turn.menuChoices(), inbound.text) : undefined;
  return picked ? turn.startFlow(picked.id) : undefined;
}

/** The stored place names a flow or step that a later release removed: start that part again rather than get stuck. */
function resumeChangedFlow(turn: Turn): Turn {
  const flow = turn.flow;
  turn.changed = true;
  turn.session.flow = null;
  turn.text('This part of the coach has changed since we last spoke, so we need to start it again. Sorry about that!');
  return flow ? turn.restartFlow(flow) : turn.showMenu('What would you like to work on?');
}

const SHARED_FORGET = "`forget` deletes what I know about you, so say it to me in a direct message: here it would wipe this shared practice for everyone.";
/** Commands that move the conversation for whoever the step waits for. */
const MOVES = new Set(['back', 'skip', 'menu']);

/** A word in someone's own chat that starts a flow of shared conversations (`peer`). */
function sharedFlowFor(inbound: Inbound, registry: FlowRegistry): Flow | undefined {
  const word = asCommandName(inbound, registry.shared);
  return word && !registry.forCommand(word) ? registry.shared?.forCommand(word) : undefined;
}

/** In a shared conversation, the member the current step waits for when it is not the sender. */
function waitingForOther(turn: Turn): string | undefined {
  const awaited = turn.shared ? turn.step?.onlyFrom?.(turn.context()) : undefined;
  return awaited && awaited.id !== turn.actor.id ? awaited.name ?? 'someone else' : undefined;
}

/**
 * The whole decision of one turn, with no I/O: given the stored session (or none) and
 * what the user did, what changes and what to say. Invalid answers change nothing.
 * `registry` is the one for the session's kind: a person's, or a shared conversation's.
 */
export function decide(stored: Session | null, inbound: Inbound, registry: FlowRegistry, now: Date): Turn {
  const shared = inbound.scope === 'conversation';
  // A session a delivery created (a peer's score) has not met its owner yet: greet them as new.
  const fresh = !stored || stored.greeted === false;
  const turn = new Turn(stored ?? newSession(now), registry, now, { id: inbound.user, name: inbound.userName }, shared, fresh);
  if (turn.session.greeted === false) {
    delete turn.session.greeted;
    turn.changed = true;
  }
  // The person's zone as their platform tells it, kept for plan dates and times (src/dates/person-zone.ts).
  if (!shared && inbound.timeZone && turn.session.profile.timeZone !== inbound.timeZone) {
    turn.session.profile.timeZone = inbound.timeZone;
    turn.changed = true;
  }
  // Secrets were left out where the message entered: say so first, whatever the turn says next.
  if (inbound.kind !== 'command' && inbound.masked) turn.text(secretNotice(inbound.masked));
  if (turn.session.pending === 'forget') return confirmForget(turn, inbound);
  const afterMenu = turn.session.pending === 'menu';
  const fromMenu = afterMenu ? menuPick(turn, inbound) : undefined;
  if (fromMenu) return fromMenu;
  if (turn.session.flow && !turn.step) return resumeChangedFlow(turn);

  const elsewhere = shared ? undefined : sharedFlowFor(inbound, registry);
  if (elsewhere) {
    turn.text(`*${elsewhere.title}* happens in a conversation you share with your study group, not here: start it there with \`${asCommandName(inbound, registry.shared)}\`.`);
    return turn.session.flow ? turn.askCurrent() : turn.showMenu('What would you like to work on here?');
  }

  // A step may read a command word as its own answer (`skip` at a practice question).
  const ownWord = inbound.kind === 'text' && turn.step?.ownWords?.test(inbound.text.trim()) === true;
  const command = ownWord ? undefined : asCommandName(inbound, registry);
  if (command && shared && command === 'forget') return turn.text(SHARED_FORGET);
  const other = waitingForOther(turn);
  if (command && other && MOVES.has(command)) return turn.text(`That's for ${other} to decide: this question is theirs.`);
  if (command) return runCommand(turn, command, inbound.kind === 'command' ? inbound.args : '');

  if (inbound.kind === 'choice' && inbound.stepId === MENU_STEP) return turn.startFlow(inbound.choiceId);
  if (inbound.kind === 'choice' && inbound.stepId === FORGET_STEP) {
    return turn.text('That question has already been answered, so nothing was deleted.').askCurrent();
  }

  const step = turn.step;
  if (!step) {
    if (fresh) return turn.startFlow(registry.entryId);
    const picked = inbound.kind === 'text' ? matchChoice(turn.menuChoices(), inbound.text) : undefined;
    if (picked) return turn.startFlow(picked.id);
    const offered = turn.session.offer && inbound.kind === 'text' ? parseYesNo(inbound.text) : undefined;
    if (offered === true) return turn.startFlow(turn.session.offer as string);
    if (offered === false) return turn.showMenu('No problem. What would you like to work on instead?');
    // "why that one?" after a pick, "is the PMP worth it?" at the menu: answered when the coach is sure.
    const aside = inbound.kind === 'text' ? answerAtRest(turn, inbound.text) : undefined;
    if (aside) return aside;
    // Members of a shared conversation talk among themselves between rounds.
    return shared && inbound.kind === 'text' ? turn : turn.showMenu('What would you like to work on?');
  }

  if (other) return inbound.kind === 'text' ? turn : turn.text(notYoursText(other));

  const clickedFor = inbound.kind === 'choice' || inbound.kind === 'choices' || inbound.kind === 'form' ? inbound.stepId : undefined;
  if (clickedFor !== undefined && clickedFor !== step.id) {
    return turn.text("That was for an earlier question, so I've left it alone. Here's where we are:").askCurrent();
  }

  const answer = asAnswer(inbound);
  if (!answer) return turn.askCurrent();
  const aside = answerOffScript(turn, step, answer);
  if (aside) return aside;
  if (step.nothingSkips && answer.kind === 'text' && givesNothing(answer.text)) return turn.skip();
  const parsed = step.parse(answer, turn.context());
  // Members of a shared conversation talk among themselves: what was not meant for the step gets
  // no answer, unless the sender has just asked for the menu and is answering it.
  if (!parsed.ok && shared && parsed.chatter && !afterMenu) return turn;
  if (!parsed.ok && parsed.draft !== undefined) return turn.keepDraft(parsed.draft);
  if (!parsed.ok) return turn.askCurrent(`${parsed.problem} ${step.reask}`);
  return (parsed.note ? turn.text(parsed.note) : turn).answer(parsed.value);
}
