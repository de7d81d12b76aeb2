import { ask, defineFlow, handOver } from '../src/engine/flow.js';
import { welcomeFacts } from './profile-facts.js';

const MENTION = /<[@!#][^>]*>|@(?:everyone|here|channel)\b/i;
const LETTER = /\p{L}/u;

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
    ask.choice('first', {
      label: 'First thing to work on',
      prompt: ({ answers }) => `Good to meet you, ${String(answers.name)}. What would you like to work on first?`,
      reask: 'Pick one of the options by its number or its name, for example: 1.',
      choices: ({ menu }) => menu,
      when: ({ menu }) => menu.length > 0,
      next: (flow) => handOver(flow),
    }),
  ],
  finish: () => ({ replies: [{ kind: 'text', text: 'Say `help` at any time to see what I understand.' }] }),
});
