import { createHash } from 'node:crypto';
import { PLAN_SAVED, PROMPTS, TARGET_ROLES } from './reference-flow.js';
import { MENU_STEP } from '../src/engine/turn.js';

/**
 * What simulated users say, and the loop that has many of them talk at once. Every turn
 * moves the conversation on (an opener, then one valid answer per question), so every
 * turn is a state-changing one; the inputs are written the way people type them.
 */

export interface Said {
  /** What the user typed, or the label of the button they clicked. */
  text: string;
  /** Set when the user clicked a button rather than typing. */
  click?: { stepId: string; choiceId: string };
  /** What the bot must say for the turn to count: the next question, or that the plan is saved. */
  expect: string;
}

export interface Who {
  user: string;
  conversation: string;
}

/** The bot under test: `send` is what is timed; `texts` reads its answer afterwards, to check it. */
export interface Bot<Answer> {
  send(who: Who, said: Said, eventId: string): Promise<Answer>;
  texts(answer: Answer): string[];
}

const QUESTIONS: readonly string[] = Object.values(PROMPTS);
const STEPS = QUESTIONS.length;
/** An opener and one answer per question. */
export const TURNS_PER_FLOW = STEPS + 1;

type Answer = string | { label: string; stepId: string; choiceId: string };

const click = (stepId: string, choiceId: string, label: string): Answer => ({ label, stepId, choiceId });
const roleClick = (index: number): Answer => {
  const role = TARGET_ROLES[index];
  if (!role) throw new Error(`There is no target role ${index}.`);
  return click('target', role.id, role.label);
};

/** Answers to each question in turn, varied per user and per pass through the flow. */
const ANSWERS: readonly (readonly Answer[])[] = [
  ['Sam', 'Priya Natarajan', 'jo', 'Alex Kim', 'María José', "Tom O'Brien"],
  ['high school maths teacher', 'Nurse (ICU)', 'retail store manager', 'accountant, 8 years', 'line cook', 'paralegal'],
  [roleClick(0), '2', 'software developer', roleClick(3), 'first one', roleClick(2)],
  ['10 hrs', 'about 15 hours a week', 'twenty', '8', '12 hours', '5'],
  ['$2,000', '1.5k', '500 dollars', '0', 'about 3000', '$750'],
  ['yeah', 'yes', click('confirm', 'yes', 'Yes'), 'sure', 'yep', 'ok'],
];

const GREETINGS = ['hi', 'Hello!', 'hey there', 'good morning'];

function said(answer: Answer, expect: string): Said {
  if (typeof answer === 'string') return { text: answer, expect };
  return { text: answer.label, click: { stepId: answer.stepId, choiceId: answer.choiceId }, expect };
}

/**
 * Turn `turn` of user `user`: a greeting starts the first pass (any text starts the entry
 * flow for a new user); later passes start from the menu button the engine showed at the end.
 */
export function message(user: number, turn: number): Said {
  const pass = Math.floor(turn / TURNS_PER_FLOW);
  const step = turn % TURNS_PER_FLOW;
  if (step === 0) {
    const opener = pass === 0 ? (GREETINGS[user % GREETINGS.length] as string) : click(MENU_STEP, 'reference', 'Plan my pivot');
    return said(opener, QUESTIONS[0] as string);
  }
  const answers = ANSWERS[step - 1] as readonly Answer[];
  return said(answers[(user + pass) % answers.length] as Answer, QUESTIONS[step] ?? PLAN_SAVED);
}

/**
 * Ids shaped like a chat platform's (Slack's U024BE7LH, Ev0PV52K25): the same length
 * whatever the cohort is called, since they end up in every stored key and event list.
 */
const shortId = (prefix: string, seed: string) => prefix + createHash('sha1').update(seed).digest('hex').slice(0, 10).toUpperCase();

/** The user id of user `index` of a cohort, for checking afterwards what was stored for them. */
export const userOf = (cohort: string, index: number): string => shortId('U', `${cohort}/${index}`);

let eventCount = 0;
const nextEventId = () => `Ev${(eventCount++).toString(36).toUpperCase().padStart(10, '0')}`;

export interface Run {
  /** One entry per turn, in microseconds. */
  latenciesUs: Float64Array;
  seconds: number;
}

/**
 * `users` users talk at once, each waiting for the bot's answer before saying the next
 * thing, `turns` times. `cohort` names fresh users, so each run starts with no sessions.
 */
export async function simulate<Answer>(bot: Bot<Answer>, users: number, turns: number, cohort: string): Promise<Run> {
  const latenciesUs = new Float64Array(users * turns);
  const talk = async (index: number) => {
    const who = { user: userOf(cohort, index), conversation: shortId('D', `${cohort}/${index}`) };
    for (let turn = 0; turn < turns; turn++) {
      const next = message(index, turn);
      const eventId = nextEventId();
      const started = performance.now();
      const answer = await bot.send(who, next, eventId);
      latenciesUs[index * turns + turn] = (performance.now() - started) * 1_000;
      const texts = bot.texts(answer);
      if (!texts.includes(next.expect)) {
        throw new Error(`User ${index} of ${cohort} (${who.user}), turn ${turn}: after "${next.text}" the bot should have said "${next.expect}" but said ${JSON.stringify(texts)}.`);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: users }, (_, index) => talk(index)));
  return { latenciesUs, seconds: (performance.now() - started) / 1_000 };
}
