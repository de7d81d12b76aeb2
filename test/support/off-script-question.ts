import type { FlowContext } from '../../src/engine/flow.js';
import type { OffScriptQuestion } from '../../src/engine/off-script.js';

const NOW = new Date('2026-12-07T09:00:00Z');

/**
 * A question typed at the credential pick's choice, as the engine hands it to an off-script
 * answerer: `choices` are the picks on screen, `answers` the pick's answers as the flow stores them.
 */
export const pickQuestion = (text: string, { choices = [], answers = {} }: { choices?: string[]; answers?: Record<string, unknown> } = {}): OffScriptQuestion => ({
  text,
  rest: '',
  flow: 'credential-pick',
  step: 'choose',
  label: 'Choice',
  reask: 'By its number.',
  stepsLeft: 0,
  ctx: { answers, profile: {}, now: NOW, menu: [], actor: { id: 'u' }, shared: false } satisfies FlowContext,
  choices,
});
