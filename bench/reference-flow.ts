import { ask, defineFlow } from '../src/engine/flow.js';
import type { Choice } from '../src/engine/reply.js';

/**
 * The flow every benchmark runs: six questions of the four kinds a real flow uses. The
 * botbuilder comparison asks the same questions, so the prompts and choices live here.
 */

export const TARGET_ROLES: readonly Choice[] = [
  { id: 'data', label: 'Data analyst' },
  { id: 'ux', label: 'UX designer' },
  { id: 'dev', label: 'Software developer' },
  { id: 'cloud', label: 'Cloud engineer' },
];

export const PROMPTS = {
  name: 'Hi, I am Pivot Coach. What should I call you?',
  currentRole: 'What do you do for a living today?',
  target: 'Which role do you want to move into?',
  hours: 'How many hours a week can you spend on learning?',
  budget: 'How much can you spend on courses and certificates, in US dollars?',
  confirm: 'Shall I build your plan from these answers?',
} as const;

export const PLAN_SAVED = 'Your plan is saved.';
export const PLAN_DROPPED = 'Okay, I will not build a plan for now.';

export const referenceFlow = defineFlow({
  id: 'reference',
  title: 'Plan my pivot',
  menuLabel: 'Plan my pivot',
  steps: [
    ask.text('name', { label: 'Your name', prompt: PROMPTS.name, reask: 'A first name is fine, for example: Sam.', max: 60, saveAs: 'name' }),
    ask.text('currentRole', { label: 'Current role', prompt: PROMPTS.currentRole, reask: 'Your job title, for example: nurse.', saveAs: 'currentRole' }),
    ask.choice('target', {
      label: 'Target role',
      prompt: PROMPTS.target,
      reask: 'Pick one by its number or its name, for example: 1.',
      choices: TARGET_ROLES,
      saveAs: 'targetRole',
    }),
    ask.number('hours', { label: 'Hours a week', prompt: PROMPTS.hours, reask: 'A number of hours, for example: 10.', min: 1, max: 60, unit: 'hours' }),
    ask.number('budget', { label: 'Budget', prompt: PROMPTS.budget, reask: 'An amount, for example: $500 or 0.', min: 0, max: 100_000, unit: 'dollars' }),
    ask.yesNo('confirm', { label: 'Build the plan', prompt: PROMPTS.confirm, reask: 'Yes or no, for example: yes.' }),
  ],
  finish: ({ answers }) => ({
    replies: [{ kind: 'text', text: answers.confirm ? PLAN_SAVED : PLAN_DROPPED }],
    profile: { hoursPerWeek: answers.hours, budget: answers.budget, planConfirmed: answers.confirm },
  }),
});
