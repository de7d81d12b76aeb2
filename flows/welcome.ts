import { ask, defineFlow, handOver } from '../src/engine/flow.js';
import type { FlowContext, SaidChoice } from '../src/engine/flow.js';
import { contentStems } from '../src/engine/read/content-words.js';
import { readLoosely } from './loose-choice.js';
import { MENU_WORDS } from './menu-words.js';
import { welcomeFacts } from './profile-facts.js';

const MENTION = /<[@!#][^>]*>|@(?:everyone|here|channel)\b/i;
const LETTER = /\p{L}/u;

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
      max: 60,
      // A name is said back in every greeting: a mention or a bare number would ping or puzzle people.
      interpret: (text) =>
        MENTION.test(text) || !LETTER.test(text)
          ? { ok: false, problem: "That doesn't look like a name I can greet you by." }
          : { ok: true, value: text.replace(/\s+/g, ' ') },
      saveAs: 'name',
    }),
    welcomeChoice,
  ],
  finish: () => ({ replies: [{ kind: 'text', text: 'Say `help` at any time to see what I understand.' }] }),
});
