import { ask, defineFlow, handOver } from '../src/engine/flow.js';
import type { FlowContext, SaidChoice } from '../src/engine/flow.js';
import { contentStems } from '../src/engine/read/content-words.js';
import { readLoosely } from './loose-choice.js';
import { MENU_WORDS } from './menu-words.js';
import { welcomeFacts } from './profile-facts.js';

const MENTION = /<[@!#][^>]*>|@(?:everyone|here|channel)\b/i;
const LETTER = /\p{L}/u;
/** The longest name kept: a name is said back in every greeting. */
const NAME_MAX = 60;

/** Greetings said before a name ("hi", "Good morning.", "hello there,"), one or more. */
const GREETING =
  /^(?:(?:hi+|hello+|hey+|hiya|heya|howdy|hola|greetings|yo|good (?:morning|afternoon|evening|day)|morning|evening)(?: there| coach| pivot(?: coach)?| all| everyone)?(?:[\s,.!:;~-]+|$))+/iu;
/** The words that introduce a name: "my name is", "I'm", "im", "this is", "call me". */
const INTRODUCES = /(?:^|[\s,.!;:])(?:my name(?:'s|’s| is)|name(?:'s|’s| is)|i(?:'|’)?m|i am|this is|it(?:'|’)?s|(?:you can |just |please )?call me|people call me)\s+(.+)$/iu;
/** Where a name ends: the end of its sentence, or words that go on about something else ("and I want ..."). */
const NAME_ENDS = /[.,!?;:()]|\s(?:and|but|from|here|btw|by the way|nice|pleased|thanks|thank you|i|i'm|im)(?=\s|$)/iu;
/** Words that start no name: "I'm a teacher", "I'm looking for ...", "I'm new here". */
const NOT_A_NAME =
  /^(?:a|an|the|my|your|not|just|so|very|really|new|here|looking|trying|hoping|thinking|wanting|interested|currently|working|moving|changing|switching|ready|fine|good|great|ok|okay|well|glad|happy|excited|nervous|back|sorry|from|in|at|on|with|about|going|still|also|too|doing|feeling|curious|confused|stuck|retired|unemployed|between|over|under|\d)(?![\p{L}'’-])/iu;

/**
 * The name in what people type when asked for it: "hi im aisha" is aisha, "Good morning. My name is Bob
 * Kowalski." is Bob Kowalski, "Sam here" is Sam, a bare name is kept as typed (spaces tidied, a closing
 * full stop dropped). `greeting`: only a greeting was typed. `notName`: they said something about
 * themselves that is no name ("I'm a teacher").
 */
export function nameSaid(text: string): { name: string } | { greeting: true } | { notName: true } {
  const tidy = text.replace(/\s+/g, ' ').trim();
  const rest = tidy.replace(GREETING, '').trim();
  if (rest === '' || !LETTER.test(rest)) return LETTER.test(tidy) ? { greeting: true } : { name: tidy };
  const introduced = INTRODUCES.exec(rest)?.[1];
  const said = (introduced ?? rest).split(NAME_ENDS)[0]?.trim().replace(/\s+here$/i, '') ?? '';
  if (introduced !== undefined && (said === '' || NOT_A_NAME.test(said))) return { notName: true };
  // A name with no introduction is kept to its first clause ("Ann Marie", "J. R. Smith", not "Ray, 52, electrician"
  // nor "Ann (she/her)"), without a closing full stop; a bracket inside a word stays, so markdown typed as a
  // name ("[Ann](https://…)") is kept whole and shown escaped, never cut into something that looks clean.
  const name = introduced === undefined ? (rest.split(/[,;!?]|\s\(/)[0] ?? '').trim().replace(/\s+here$/i, '').replace(/\.+$/, '') : said;
  return { name: name === '' ? rest : name.slice(0, NAME_MAX).trim() };
}

/** The menu with the ways people name each option, for reading a typed answer. */
const menuOf = (ctx: FlowContext): SaidChoice[] => ctx.menu.map((c) => ({ ...c, words: MENU_WORDS[c.id]?.words ?? [] }));

/** One line for each option (those that were close, or all), so the person can pick knowing what each does. */
function whatEachDoes(menu: readonly SaidChoice[], ids: readonly string[]): string {
  const shown = ids.length > 1 ? menu.filter((c) => ids.includes(c.id)) : menu;
  const lines = shown.map((c) => `- *${c.label}*${MENU_WORDS[c.id] ? `: ${MENU_WORDS[c.id]?.does}` : ''}`);
  const lead = ids.length > 1 ? "That could be more than one of these, so here's what each does:" : "That isn't one of the options as far as I can tell, so here's what each does:";
  return `${lead}\n${lines.join('\n')}\n`;
}

const firstStep = ask.choice('first', {
  label: 'First thing to work on',
  prompt: ({ answers }) => `Good to meet you, ${String(answers.name)}. What would you like to work on first?`,
  reask: 'Pick one of the options by its number or its name, for example: 1.',
  choices: menuOf,
  when: ({ menu }) => menu.length > 0,
  next: (flow) => handOver(flow),
});

/** The welcome's menu reads what people say ("gaps first", "which cert"), and when unsure says what each option does. */
const welcomeChoice: typeof firstStep = {
  ...firstStep,
  parse: (input, ctx) => {
    const parsed = firstStep.parse(input, ctx);
    if (parsed.ok || input.kind !== 'text') return parsed;
    const menu = menuOf(ctx);
    const reading = readLoosely(menu, input.text);
    // A number out of range or no words at all keeps the usual answer.
    if (reading.kind === 'unsure' && !contentStems(input.text).some((w) => LETTER.test(w))) return parsed;
    return reading.kind === 'pick' ? { ok: true, value: reading.id } : { ok: false, problem: whatEachDoes(menu, reading.ids) };
  },
};

/** The first conversation: who you are, then straight into what you came for. */
export const welcomeFlow = defineFlow({
  id: 'welcome',
  title: 'Welcome',
  facts: welcomeFacts,
  steps: [
    ask.text('name', {
      label: 'Your name',
      prompt:
        "Hi, I'm Pivot Coach. I help people moving into tech find the skills they're missing, pick credentials worth their money, and practise interview stories. What should I call you?",
      reask: 'What should I call you? A first name is fine, for example: Sam.',
      // A name said in a sentence ("Good morning. My name is Bob Kowalski.") is longer than the name it holds.
      max: 200,
      // A name is said back in every greeting: a mention or a bare number would ping or puzzle people.
      interpret: (text) => {
        if (MENTION.test(text) || !LETTER.test(text)) return { ok: false, problem: "That doesn't look like a name I can greet you by." };
        const said = nameSaid(text);
        if ('greeting' in said) return { ok: false, problem: 'Hello!' };
        if ('notName' in said) return { ok: false, problem: 'Thanks, I will ask about that in a moment.' };
        return { ok: true, value: said.name };
      },
      saveAs: 'name',
    }),
    welcomeChoice,
  ],
  finish: () => ({ replies: [{ kind: 'text', text: 'Say `help` at any time to see what I understand.' }] }),
});
