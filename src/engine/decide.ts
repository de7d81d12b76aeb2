import { FORGOTTEN_REPLY, notYoursText } from './replies.js';
import { GLOBAL_COMMANDS, commandWord, runCommand } from './commands.js';
import { matchChoice } from './flow.js';
import type { AnswerInput, Flow } from './flow.js';
import type { FlowRegistry } from './flow-registry.js';
import { parseYesNo, secretNotice } from './human-input.js';
import type { Inbound } from './inbound.js';
import { contentStems } from './read/content-words.js';
import { commandText } from './read/keywords.js';
import { readLoosely } from './read/loose-choice.js';
import type { LooseReading } from './read/loose-choice.js';
import { acceptsOffer, acknowledgement, readRestMessage } from './read/request.js';
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

const LETTER = /\p{L}/u;
/** A request for a part of the coach is short: a longer message at rest is about something else and starts nothing. */
const MAX_PICK_WORDS = 12;

/**
 * What a message typed at the menu at rest means when it is not a label or a number: "gaps first",
 * "now the cert stuff", "practice pls", read by each option's label and the words people use for
 * its flow (a flow's menuWords), as the welcome reads them. Undefined when it says nothing to read
 * (no words, "hi", "thanks") or there is no menu.
 */
function readRestMenu(turn: Turn, text: string): LooseReading | undefined {
  const menu = turn.registry.said(turn.menuChoices());
  if (menu.length === 0 || !contentStems(text).some((w) => LETTER.test(w))) return undefined;
  if (text.trim().split(/\s+/).length > MAX_PICK_WORDS) return { kind: 'unsure', ids: [] };
  return readLoosely(menu, text);
}

/** "what does the credential pick do?", "how does practice work?": a question about an option, not a request for it. */
const ASKS_WHAT_IT_DOES = /^(?:what|how)\b.*\b(?:do|does|work|works|mean|means|involve|involves)\W*$/i;

/** One line for each option (the close ones, or all), on what its flow does, before the menu again. */
function whatEachDoes(turn: Turn, ids: readonly string[]): string {
  const menu = turn.menuChoices();
  const shown = ids.length > 1 ? menu.filter((c) => ids.includes(c.id)) : menu;
  const lines = shown.map((c) => {
    const does = turn.registry.get(c.id)?.does;
    return `- *${c.label}*${does ? `: ${does}` : ''}`;
  });
  const lead = ids.length > 1 ? "That could be more than one of these, so here's what each does:" : "I'm not sure which of these you mean, so here's what each does:";
  return `${lead}\n${lines.join('\n')}`;
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
    const typed = inbound.kind === 'text' ? inbound.text : undefined;
    const picked = typed !== undefined ? matchChoice(turn.menuChoices(), typed) : undefined;
    if (picked) return turn.startFlow(picked.id);
    // "gaps first", "now the cert stuff", "no, practice": the option meant. A part starts only when
    // asked for: "thanks, the skills report is great" and "I need to think about my skills" talk
    // about one; "great, thanks!" is not a yes to the part offered.
    const kind = typed !== undefined ? readRestMessage(typed) : 'plain';
    const asked = kind === 'request' || kind === 'plain';
    const meant = typed !== undefined && !shared ? readRestMenu(turn, typed) : undefined;
    const offer = turn.session.offer;
    const yesNo = offer && typed !== undefined ? parseYesNo(typed) : undefined;
    const offered = yesNo === true && !acceptsOffer(typed ?? '') ? undefined : yesNo;
    if (offered === true) return turn.startFlow(offer as string);
    if (offered === false && meant?.kind === 'pick' && meant.id !== offer) return turn.startFlow(meant.id);
    if (offered === false) return turn.showMenu('No problem. What would you like to work on instead?');
    if (meant?.kind === 'pick' && typed !== undefined && asked) {
      // A sure answer to it as a question comes first: "is a certificate worth it?" is answered, not a pick.
      const sure = answerAtRest(turn, typed, true);
      if (sure) return sure;
      const flow = turn.registry.get(meant.id);
      if (!flow?.does || !ASKS_WHAT_IT_DOES.test(typed.trim())) return turn.startFlow(meant.id);
      return turn.text(`*${flow.menuLabel ?? flow.title}* ${flow.does}. Say its name or number to start it.`).showMenu('What would you like to work on?');
    }
    // "why that one?" after a pick, "is the PMP worth it?" at the menu: answered when the coach is sure.
    const aside = typed !== undefined ? answerAtRest(turn, typed) : undefined;
    if (aside) return aside;
    // A remark about a part is acknowledged; one about something else is shown what each part does.
    const thanked = shared || (kind === 'statement' && meant?.kind !== 'pick') ? undefined : acknowledgement(kind);
    if (thanked) return turn.text(thanked).showMenu('What would you like to work on next?');
    if (meant && (meant.kind === 'unsure' || !asked)) return turn.text(whatEachDoes(turn, meant.kind === 'unsure' ? meant.ids : [])).showMenu('What would you like to work on?');
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
