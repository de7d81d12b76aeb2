import { ask, defineFlow, goTo } from '../../src/engine/flow.js';
import type { Actor } from '../../src/engine/flow.js';
import { FlowRegistry } from '../../src/engine/flow-registry.js';

/** A flow that uses every kind of step, a branch, a condition and an optional step. */
export const planFlow = defineFlow({
  id: 'plan',
  title: 'Plan',
  menuLabel: 'Make a plan',
  commands: ['plan'],
  steps: [
    ask.text('role', { label: 'Current role', prompt: 'What is your current role?', reask: 'Your job title, for example: Accountant.', saveAs: 'currentRole' }),
    ask.number('years', { label: 'Years of experience', prompt: 'How many years have you done it?', reask: 'A number of years, for example: 12.', min: 0, max: 60, integer: true }),
    ask.choice('target', {
      label: 'Target role',
      prompt: 'Which role do you want?',
      reask: 'Pick one by number or name, for example: 1.',
      choices: [
        { id: 'data', label: 'Data analyst' },
        { id: 'cloud', label: 'Cloud engineer' },
        { id: 'ux', label: 'UX designer' },
      ],
      saveAs: 'targetRole',
    }),
    ask.longText('posting', {
      label: 'Job posting',
      prompt: 'Paste a data analyst job posting.',
      reask: 'Paste the text of a posting, or say skip.',
      optional: true,
      when: ({ answers }) => answers.target === 'data',
    }),
    ask.number('budget', { label: 'Budget', prompt: 'What can you spend, in US dollars?', reask: 'An amount, for example: $500 or 0.', min: 0, max: 100_000, unit: 'dollars', optional: true, saveAs: 'budget' }),
    ask.yesNo('confirm', {
      label: 'Confirmed',
      prompt: 'Shall I make the plan?',
      reask: 'Yes or no, for example: yes.',
      next: (ok) => (ok ? undefined : goTo('role')),
    }),
  ],
  finish: ({ answers }) => ({ replies: [{ kind: 'text', text: `Plan made for a move to ${String(answers.target)}.` }], profile: { planned: true } }),
});

export const practiceFlow = defineFlow({
  id: 'practice',
  title: 'Practice',
  menuLabel: 'Practise interviews',
  commands: ['practice'],
  steps: [ask.text('story', { label: 'Story', prompt: 'Tell me about a time you learned something fast.', reask: 'A short story, please.' })],
  finish: () => ({ replies: [{ kind: 'text', text: 'Thanks for the story.' }] }),
});

export const greetFlow = defineFlow({
  id: 'greet',
  title: 'Welcome',
  steps: [ask.text('name', { label: 'Your name', prompt: 'Hi! What should I call you?', reask: 'A first name, for example: Sam.', max: 60, saveAs: 'name' })],
  finish: () => ({ handover: 'plan' }),
});

const who = (value: unknown) => value as Actor | undefined;
const MARKS = [
  { id: 'clear', label: 'Clear' },
  { id: 'short', label: 'Short' },
  { id: 'true', label: 'True story' },
];

/**
 * A shared flow for two members: one tells a line, another marks it, and the marks are kept
 * in the teller's own profile, once per round of the conversation.
 */
export const duetFlow = defineFlow({
  id: 'duet',
  title: 'Duet',
  menuLabel: 'Practise together',
  commands: ['duet'],
  shared: true,
  steps: [
    ask.claim('teller', { label: 'Teller', prompt: 'Who tells first?', reask: 'Click the button or say "me".', button: "I'll tell" }),
    ask.text('line', { label: 'Line', prompt: (ctx) => `${who(ctx.answers.teller)?.name ?? 'Teller'}, tell us a line.`, reask: 'One line, please.', onlyFrom: (ctx) => who(ctx.answers.teller) }),
    ask.claim('judge', {
      label: 'Judge',
      prompt: 'Who marks it?',
      reask: 'Click the button or say "me".',
      button: "I'll mark",
      exclude: (ctx) => who(ctx.answers.teller),
      excludeReason: "You told it, so someone else marks it.",
    }),
    ask.checklist('marks', { label: 'Marks', prompt: 'Tick what was true.', reask: 'Numbers from the list, for example: 1 3.', items: MARKS, onlyFrom: (ctx) => who(ctx.answers.judge) }),
  ],
  finish: ({ answers, profile }) => {
    const round = typeof profile.rounds === 'number' ? profile.rounds + 1 : 1;
    const teller = who(answers.teller) as Actor;
    const marks = answers.marks as string[];
    return {
      replies: [{ kind: 'text', text: `Round ${round}: ${teller.name ?? teller.id} got ${marks.length} of ${MARKS.length}.` }],
      profile: { rounds: round },
      deliver: [{ to: teller.id, id: `round-${round}`, profile: (own) => ({ duets: [...(Array.isArray(own.duets) ? own.duets : []), { round, marks }] }) }],
    };
  },
});

export const sampleRegistry = () => new FlowRegistry([greetFlow, planFlow, practiceFlow, duetFlow], greetFlow.id);
