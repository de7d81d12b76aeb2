import type { AnswerInput, FlowContext, Step } from './flow.js';
import { readQuestion } from './read/question.js';
import type { Turn } from './turn.js';

/**
 * A question of the person's own, typed where the coach asked something else ("is there a free
 * option?" at the budget question). The engine notices it and gives it to an answerer the
 * registry was built with; it knows nothing of roles or prices itself, so an engine without an
 * answerer only says it can't answer, and either way the step is asked again.
 */
export interface OffScriptQuestion {
  /** The question as typed, without an answer sent with it. */
  text: string;
  /** An answer sent with it ("Data analyst, what does it pay?"), or empty. */
  rest: string;
  flow: string;
  step: string;
  /** The step's label and help, for "why do you ask?", and its example, for "what do you mean?". */
  label: string;
  help?: string;
  reask: string;
  /** How many questions are left in this part, for "how long does this take?". */
  stepsLeft: number;
  /**
   * The ids of the choices on screen when the step is a menu (the picks: "pick:<id>", best first),
   * so "how long will it take me?" and "is it worth it?" are answered about what the person sees.
   */
  choices?: readonly string[];
  ctx: FlowContext;
  /**
   * Not shaped like a question ("what about tableau instead", "do employers care about CAPM"
   * without a question mark) and not an answer the step can read: the answerer answers it only
   * when it is sure what is asked, else the step says what it needed, as it always did.
   */
  tentative?: boolean;
}

/** `answered`: from what the coach knows; false for an acknowledgement with where to look. */
export interface OffScriptReply {
  text: string;
  answered: boolean;
}

export type OffScriptAnswerer = (question: OffScriptQuestion) => OffScriptReply;

const UNANSWERED: OffScriptReply = { text: "That's a good question, but not one I can answer here. Let's carry on:", answered: false };

function stepsLeft(turn: Turn, step: Step, ctx: FlowContext): number {
  const steps = turn.flow?.steps ?? [];
  return steps.slice(steps.indexOf(step) + 1).filter((s) => !s.when || s.when(ctx)).length;
}

const MAX_TENTATIVE = 200;
/**
 * A prompt longer than this many lines is a list the person has just read (the picks, the skills
 * to number): after an aside it is asked again by the step's short re-ask, its choices still
 * attached, rather than printed whole again.
 */
const MAX_REPRINTED_LINES = 6;

/** The question again after an aside: the prompt as asked, or the step's short re-ask when the prompt is a long list. */
export function askedAgain(step: Pick<Step, 'reask'>, prompt: string): string {
  return prompt.split('\n').length > MAX_REPRINTED_LINES ? step.reask : prompt;
}

/**
 * A message the step cannot read that may still be a question ("what about tableau instead"): the
 * answerer is asked, and only a sure answer is given; otherwise the step reads it as before.
 */
function answerTentative(turn: Turn, step: Step, text: string): Turn | undefined {
  const typed = text.trim();
  const answerer = turn.registry.offScript;
  if (!answerer || typed === '' || typed.length > MAX_TENTATIVE || typed.includes('\n')) return undefined;
  const ctx = turn.context();
  const asked = step.ask(ctx);
  if (asked.kind !== 'text' && asked.kind !== 'question') return undefined;
  if (step.parse({ kind: 'text', text: typed }, ctx).ok) return undefined;
  const choices = asked.kind === 'question' ? asked.choices.map((c) => c.id) : undefined;
  const reply = answerer({ text: typed, rest: '', flow: turn.flow?.id ?? '', step: step.id, label: step.label, help: step.help, reask: step.reask, stepsLeft: stepsLeft(turn, step, ctx), ctx, tentative: true, ...(choices ? { choices } : {}) });
  return reply.answered ? turn.text(reply.text).askCurrent(askedAgain(step, asked.text)) : undefined;
}

/**
 * A question typed between parts (a flow just finished, the menu shown): "why that one?", "is 56
 * too old for this?", "what does a data analyst earn?". Shaped like a question, it is answered as
 * it would be at any step (or said to be outside the coach's notes, with where to look), then the
 * menu; not shaped like one, only a sure answer is given. Otherwise undefined, and the menu reads
 * the message as before. `sureOnly` gives only a sure answer, shaped like a question or not: the
 * caller has another reading ("gaps again?" picks the gap interview) that goes before "not in my notes".
 */
export function answerAtRest(turn: Turn, text: string, sureOnly = false): Turn | undefined {
  const typed = text.trim();
  const answerer = turn.registry.offScript;
  if (!answerer || turn.shared || typed === '' || typed.length > MAX_TENTATIVE || typed.includes('\n')) return undefined;
  const reading = readQuestion(typed);
  const asked = reading.kind === 'question';
  const reply = answerer({ text: asked ? reading.question : typed, rest: '', flow: '', step: '', label: '', reask: '', stepsLeft: 0, ctx: turn.context(), tentative: !asked });
  if (!reply.answered && (!asked || sureOnly)) return undefined;
  // "Back to my question:" leads into a question that is not asked here: the menu comes instead.
  const said = reply.answered ? reply.text : reply.text.replace(/\s*[^.!?]*:$/, '');
  return turn.text(said).showMenu('What would you like to do next?');
}

/**
 * "why? 1" at a menu: the question comes first and what follows is what it is about, not a second
 * answer. When the whole message reads as one option and the words after the question alone would
 * read as another ("1" alone chooses the first option), the message is one request for that option,
 * and taking the rest as a choice would do what was never asked.
 */
function asksAboutRest(step: Step, ctx: FlowContext, text: string, reading: { question: string; rest: string }): boolean {
  if (reading.rest === '' || !text.trim().startsWith(reading.question)) return false;
  const whole = step.parse({ kind: 'text', text }, ctx);
  if (!whole.ok) return false;
  const rest = step.parse({ kind: 'text', text: reading.rest }, ctx);
  return !rest.ok || rest.value !== whole.value;
}

/**
 * The turn when the answer is a question to the coach, else undefined (the step reads it).
 * Only short answers to one-line and choice questions: a long text (a posting, an interview
 * story) contains questions that are part of it. In a shared conversation members ask each
 * other things, so nothing is read as a question to the coach there.
 */
export function answerOffScript(turn: Turn, step: Step, answer: AnswerInput): Turn | undefined {
  if (answer.kind !== 'text' || turn.shared) return undefined;
  const reading = readQuestion(answer.text);
  if (reading.kind !== 'question') return answerTentative(turn, step, answer.text);
  const ctx = turn.context();
  const asked = step.ask(ctx);
  if (asked.kind !== 'text' && asked.kind !== 'question') return undefined;
  // At a menu, a question that names an option asks for it: "can I retry?", "why Google Data Analytics?".
  if (asked.kind === 'question' && reading.rest === '' && step.parse(answer, ctx).ok) return undefined;
  if (asked.kind === 'question' && asksAboutRest(step, ctx, answer.text, reading)) return undefined;
  const question: OffScriptQuestion = {
    text: reading.question,
    rest: reading.rest,
    flow: turn.flow?.id ?? '',
    step: step.id,
    label: step.label,
    help: step.help,
    reask: step.reask,
    stepsLeft: stepsLeft(turn, step, ctx),
    ctx,
    ...(asked.kind === 'question' ? { choices: asked.choices.map((c) => c.id) } : {}),
  };
  const reply = turn.registry.offScript?.(question) ?? UNANSWERED;
  // "Accountant. How long does this take?": the answer is taken too, when the step can use it.
  if (reading.rest !== '') {
    const parsed = step.parse({ kind: 'text', text: reading.rest }, ctx);
    if (parsed.ok) return (reply.answered ? turn.text(reply.text) : turn).answer(parsed.value);
  }
  return turn.text(reply.text).askCurrent(askedAgain(step, asked.text));
}
