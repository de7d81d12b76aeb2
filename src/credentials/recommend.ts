import type { CatalogCredential, DegreeTuition } from '../data/credentials-schema.js';
import type { Role } from '../data/roles-schema.js';
import { actionPlan, type ActionPlan } from './action-plan.js';
import { bestStack, type Stack } from './best-stack.js';
import type { CredentialIndex } from './credential-index.js';
import { collectionWarnings, credentialWarnings, targetWarnings, type CredentialWarning } from './credential-warnings.js';
import { rolePay, roi, type Roi, type TargetPay } from './roi.js';
import { rankCredentials, type ScoredCredential } from './score-credential.js';
import { sideBySide, tuitionDegree, type ComparisonColumn, type DegreeInputs } from './side-by-side.js';
import type { Gap, Situation } from './situation.js';

/**
 * Everything the coach says about credentials for one learner, in one pure call: the ranked
 * picks with their cautions, the best stack and what it leaves uncovered, the side-by-side
 * with a certification and a degree, and the dated plan for the stack.
 */

export const DEFAULT_PICKS = 5;

export interface RecommendInput {
  readonly credentials: readonly CatalogCredential[];
  /** Built once at start with buildCredentialIndex. */
  readonly index: CredentialIndex;
  readonly role: Role;
  /** The profile's gapReport.gaps: most important first. */
  readonly gaps: readonly Gap[];
  readonly situation: Situation;
  readonly degree?: DegreeInputs;
  /** Published tuition: the degree compared when no degree is given. */
  readonly tuition?: DegreeTuition;
  /** Credentials the learner already holds, by id: they count towards badge collecting. */
  readonly held?: readonly string[];
  /** The learner's own hours for credentials the catalog has no hours for, by id. */
  readonly ownHours?: Readonly<Record<string, number>>;
  readonly picks?: number;
  /** Plan steps already done in the conversation (postings pasted). */
  readonly done?: { readonly research?: boolean; readonly select?: boolean };
}

export interface Recommendation {
  /** Every credential covering a gap, best first. */
  readonly ranked: readonly ScoredCredential[];
  readonly picks: readonly ScoredCredential[];
  /** Cautions for each pick, by credential id. */
  readonly warnings: Readonly<Record<string, readonly CredentialWarning[]>>;
  readonly stack: Stack;
  /** About the target and the whole collection (held plus stack): degree, badge collecting. */
  readonly planWarnings: readonly CredentialWarning[];
  readonly comparison: readonly ComparisonColumn[];
  /** For the stack, or the top pick when no stack fits. */
  readonly plan: ActionPlan;
  /** The return on what earning the stack (or the top pick) costs, in words. */
  readonly roi: Roi;
  /** Entry-level pay for the role, or why there is none. */
  readonly pay: TargetPay;
}

export function recommend(input: RecommendInput): Recommendation {
  const { index, role, gaps, situation } = input;
  const ranked = rankCredentials(input.credentials, { index, role, gaps, situation });
  const picks = ranked.slice(0, input.picks ?? DEFAULT_PICKS);
  const stack = bestStack(ranked, { index, gaps, situation });
  const chosen = stack.members.length > 0 ? stack.members : picks.slice(0, 1);
  const held = (input.held ?? []).flatMap((id) => index.byId.get(id) ?? []);
  const collection = [...new Set([...held, ...chosen.map((m) => m.credential)])];
  const costs = chosen.map((m) => m.cost.toEarnCents);
  const toEarn = costs.some((c) => c === null) ? null : costs.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  return {
    roi: roi(chosen.length > 0 ? toEarn : null, rolePay(role), situation.currentPayUsd),
    pay: rolePay(role),
    ranked,
    picks,
    warnings: Object.fromEntries(picks.map((pick) => [pick.credential.id, credentialWarnings(pick, index, situation.today)])),
    stack,
    planWarnings: [...targetWarnings(role), ...collectionWarnings(collection, index, role, gaps)],
    comparison: sideBySide(ranked, role, situation, input.degree ?? (input.tuition ? tuitionDegree(input.tuition) : undefined)),
    plan: actionPlan({ credentials: chosen.map((m) => m.credential), hoursPerWeek: situation.hoursPerWeek, today: situation.today, ownHours: input.ownHours, deadlineWeeks: situation.deadlineWeeks, done: input.done }),
  };
}
