import type { ActionPlan } from '../src/credentials/action-plan.js';
import type { CredentialIndex } from '../src/credentials/credential-index.js';
import { coveredText } from '../src/credentials/coverage.js';
import { formatUsd } from '../src/credentials/money.js';
import type { Recommendation } from '../src/credentials/recommend.js';
import type { ScoredCredential } from '../src/credentials/score-credential.js';
import { listOf } from '../src/roles/suggest-roles.js';
import type { Reply } from '../src/engine/reply.js';

/** How the credential pick talks: picks, the stack, the side-by-side and the plan as chat replies. */

export const PICKS_SHOWN = 3;

const costOf = (pick: ScoredCredential) =>
  pick.cost.expectedCents === null ? 'price unknown: check the provider\'s page' : `${formatUsd(pick.cost.expectedCents)} over ${pick.cost.horizonMonths} months`;
const timeOf = (pick: ScoredCredential) => (pick.time.known ? `about ${pick.time.weeks} weeks` : 'time unknown');

export function pickLine(pick: ScoredCredential, index: CredentialIndex, warnings: readonly { text: string }[], rank: number): string {
  const c = pick.credential;
  const cautions = [...pick.flags, ...warnings.map((w) => w.text)];
  return [
    `${rank}. *${c.name}* (${c.provider}): ${costOf(pick)}, ${timeOf(pick)}, score ${Math.round(pick.score * 100)}.`,
    `   Covers: ${coveredText(index, pick.coverage.covered)}.`,
    ...(cautions.length > 0 ? [`   Watch out: ${cautions.join('; ')}.`] : []),
  ].join('\n');
}

export function stackText(rec: Recommendation, index: CredentialIndex): string {
  const { stack } = rec;
  if (stack.members.length === 0) return 'No combination fits your budget and time as given, so there is no recommended stack; the picks above are still worth a look.';
  const names = listOf(stack.members.map((m) => `*${m.credential.name}*`));
  const cost = stack.expectedCents === null ? 'a total I cannot give (a price is unknown)' : formatUsd(stack.expectedCents);
  const weeks = stack.weeks === null ? 'a time I cannot give (hours unknown)' : `about ${stack.weeks} weeks one after the other`;
  const left = stack.uncovered.length > 0 ? ` Still uncovered: ${listOf(stack.uncovered.slice(0, 5).map((g) => index.skillName(g.skill)))}.` : '';
  return `Recommended stack: ${names}, ${cost}, ${weeks}. It covers ${coveredText(index, stack.coverage.covered)}.${left}`;
}

const COLUMN = { 'top-pick': 'Top pick', certification: 'Industry certification', degree: 'Degree' } as const;

export function comparisonLines(rec: Recommendation): string[] {
  return [
    'Side by side (cost, time, return):',
    ...rec.comparison.map((column) => `- ${COLUMN[column.kind]}${column.name ? ` (${column.name})` : ''}: ${column.costText}; ${column.timeText}; ${column.roiText}`),
  ];
}

export function planReplies(plan: ActionPlan): Reply[] {
  return [
    {
      kind: 'card',
      title: 'Your plan',
      fields: plan.steps.map((step) => ({ label: `${step.step}. ${step.title}`, value: `${step.due ? `by ${step.due}` : 'date depends on study hours we do not know yet'}: ${step.actions.join('; ')}` })),
    },
    { kind: 'text', text: `Weekly schedule: ${plan.schedule.text}` },
    { kind: 'text', text: `_Planning assumptions: ${plan.assumptions.join(' ')}_` },
  ];
}
