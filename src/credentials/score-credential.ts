import type { CatalogCredential } from '../data/credentials-schema.js';
import type { Role } from '../data/roles-schema.js';
import { coverageOf, coveredText, PARTLY, type Coverage } from './coverage.js';
import type { CredentialIndex } from './credential-index.js';
import { credibility, type Credibility } from './credibility.js';
import { UNKNOWN_VALUE, weightedSum, type Factor } from './factor.js';
import { byCodeUnits, formatUsd, toCents } from './money.js';
import { rolePay, roi, type RolePay, type Roi } from './roi.js';
import { checkSituation, horizonOf, type Gap, type Situation } from './situation.js';
import { timeToFinish, type StudyTime, weeksText } from './time-to-finish.js';
import { PRICE_UNKNOWN, trueCost, type TrueCost } from './true-cost.js';

/**
 * The score of one credential for one learner: a weighted sum of four factors in 0..1.
 * - coverage 0.45: the gap demand it covers (Σ share of covered gaps, half for one covered only in part; coverage.ts) against a
 *   realistic target, the demand of the user's five most-demanded gaps, capped at 1. Measured
 *   against all gaps, a role with 30 of them would keep every credential under 0.25 and coverage
 *   would stop deciding anything. Market demand and the skill gap, two of the seeds' three
 *   factors, both live here, so it weighs most.
 * - credibility 0.25: the third factor (credibility.ts).
 * - cost fit 0.15 and time fit 0.15: constraints more than merits; the budget also orders the
 *   ranking (below), so they only need to separate otherwise similar picks.
 * Cost fit: with a budget, a known total within it scores 1 − 0.5 × total ÷ budget (0.5..1, free
 * is 1), over it 0.5 × budget ÷ total (below 0.5); with no budget, 1 ÷ (1 + total ÷ $1,000). An
 * unknown total scores 0 and never fits a budget. Time fit: with a deadline, within it 1, over it
 * 0.5 × deadline ÷ weeks; with no deadline, 1 ÷ (1 + weeks ÷ 26) (six months halves it); unknown
 * hours score UNKNOWN_VALUE.
 *
 * Ranking: only credentials covering at least one gap; first by budget tier (fits the budget;
 * then a free-audit or financial-aid way in; then the rest), then by score, then by id, so the
 * same input always gives the same order and a zero budget puts free, audit and aid options first.
 */

export const SCORE_WEIGHTS = { coverage: 0.45, credibility: 0.25, cost: 0.15, time: 0.15 } as const;
/** With no budget, the total at which the cost factor halves. */
const COST_SCALE_CENTS = 100_000;
/** With no deadline, the weeks at which the time factor halves. */
const TIME_SCALE_WEEKS = 26;
/** How many of the user's top gaps one credential is expected to cover at best. */
export const COVERAGE_TARGET_GAPS = 5;

export interface ScoringContext {
  readonly index: CredentialIndex;
  readonly role: Role;
  readonly gaps: readonly Gap[];
  readonly situation: Situation;
}

export type BudgetTier = 0 | 1 | 2;

export interface ScoredCredential {
  readonly credential: CatalogCredential;
  readonly score: number;
  /** coverage, credibility, cost, time: what "why?" prints. */
  readonly factors: readonly Factor[];
  readonly coverage: Coverage;
  readonly credibility: Credibility;
  readonly cost: TrueCost;
  readonly time: StudyTime;
  readonly roi: Roi;
  /** null when no budget was given; false whenever the total is unknown. */
  readonly fitsBudget: boolean | null;
  /** null when no deadline was given; false whenever the hours are unknown. */
  readonly fitsDeadline: boolean | null;
  /** 0: fits the budget (or none given); 1: free audit or financial aid; 2: the rest. */
  readonly budgetTier: BudgetTier;
  /** Cautions to be shown with the pick, wherever it is shown. */
  readonly flags: readonly string[];
  /** Good news about the pick (a free way in), said on its own rather than among the cautions. */
  readonly goodNews: readonly string[];
}

const factor = (key: keyof typeof SCORE_WEIGHTS, label: string, value: number, known: boolean, reason: string): Factor => ({
  key,
  label,
  weight: SCORE_WEIGHTS[key],
  value,
  known,
  reason,
});

function costFit(cost: TrueCost, budgetUsd: number | undefined): Factor {
  const total = cost.expectedCents;
  if (total === null) return factor('cost', 'Cost fit', 0, false, `${PRICE_UNKNOWN}; an unknown price never counts as fitting a budget`);
  const over = `${formatUsd(total)} over ${cost.horizonMonths} months`;
  if (budgetUsd === undefined) return factor('cost', 'Cost fit', 1 / (1 + total / COST_SCALE_CENTS), true, `${over}; no budget given`);
  const budget = toCents(budgetUsd);
  if (total <= budget) return factor('cost', 'Cost fit', total === 0 ? 1 : 1 - (0.5 * total) / budget, true, `${over}, within your ${formatUsd(budget)} budget`);
  return factor('cost', 'Cost fit', (0.5 * budget) / total, true, `${over}, over your ${formatUsd(budget)} budget`);
}

function timeFit(time: StudyTime, deadlineWeeks: number | undefined): Factor {
  if (!time.known) return factor('time', 'Time fit', UNKNOWN_VALUE, false, time.reason);
  const weeks = `${weeksText(time.weeks)} (${time.basis})`;
  if (deadlineWeeks === undefined) return factor('time', 'Time fit', 1 / (1 + time.weeks / TIME_SCALE_WEEKS), true, `${weeks}; no deadline given`);
  if (time.weeks <= deadlineWeeks) return factor('time', 'Time fit', 1, true, `${weeks}, within your ${deadlineWeeks}-week deadline`);
  return factor('time', 'Time fit', (0.5 * deadlineWeeks) / time.weeks, true, `${weeks}, over your ${deadlineWeeks}-week deadline`);
}

/** With a budget given, what is not known to fit ranks after what fits: a free way in first. */
function budgetTier(credential: CatalogCredential, fitsBudget: boolean | null, budgetGiven: boolean): BudgetTier {
  if (fitsBudget === true || !budgetGiven) return 0;
  return credential.freeAudit === true || credential.financialAid === true ? 1 : 2;
}

/**
 * By how much a known total misses the budget: "$4 over your $400 budget" says $404 against $400 is
 * near; a $0 budget is simply "over your budget", since the whole price is the amount over.
 */
function overBy(totalCents: number | null, budgetUsd: number | undefined): string {
  if (totalCents === null || budgetUsd === undefined || budgetUsd <= 0) return 'over your budget';
  const budget = toCents(budgetUsd);
  return `${formatUsd(totalCents - budget)} over your ${formatUsd(budget)} budget`;
}

interface BudgetNotes {
  readonly caution?: string;
  readonly goodNews?: string;
}

/**
 * What the budget means for a credential over it or of unknown price: a known price over the
 * budget is a caution; a free way in (free audit, financial aid) is good news, said apart from it.
 */
function budgetNotes(credential: CatalogCredential, fitsBudget: boolean | null, over: string): BudgetNotes {
  const ways = [credential.freeAudit === true && 'study it free (audit)', credential.financialAid === true && 'apply for financial aid'].filter(Boolean);
  // A known price over the budget with no free way in is what certifying costs later, never "within" it.
  if (ways.length === 0) return fitsBudget === false ? { caution: `${over}: its fees are the cost of certifying later` } : {};
  return { ...(fitsBudget === false ? { caution: over } : {}), goodNews: `you can ${ways.join(' or ')}` };
}

/** What a ranking computes once for all credentials. */
interface Prepared {
  readonly pay: RolePay;
  /** The demand of the user's COVERAGE_TARGET_GAPS most-demanded gaps. */
  readonly targetShare: number;
}

function prepare(ctx: ScoringContext): Prepared {
  const shares = ctx.gaps.map((g) => g.share).sort((a, b) => b - a);
  return { pay: rolePay(ctx.role), targetShare: shares.slice(0, COVERAGE_TARGET_GAPS).reduce((sum, share) => sum + share, 0) };
}

function coverageFit(coverage: Coverage, targetShare: number, index: CredentialIndex): Factor {
  // A gap covered only in part counts PARTLY of its demand, as in coverageOf: never as much as one covered in full.
  const covered = coverage.covered.reduce((sum, g) => sum + g.share * (g.partial ? PARTLY : 1), 0);
  const value = targetShare > 0 ? Math.min(1, covered / targetShare) : 0;
  const reason = `covers ${coveredText(index, coverage.covered)}: ${Math.round(coverage.value * 100)}% of your demand-weighted gaps, ${Math.round(value * 100)}% of the demand of your top ${COVERAGE_TARGET_GAPS}`;
  return factor('coverage', 'Coverage', value, true, reason);
}

/** Scores one credential; a ranking passes what it prepared once for all of them. */
export function scoreCredential(credential: CatalogCredential, ctx: ScoringContext, prepared: Prepared = prepare(ctx)): ScoredCredential {
  const { situation } = ctx;
  const time = timeToFinish(credential, situation.hoursPerWeek);
  const cost = trueCost(credential, { hoursPerWeek: situation.hoursPerWeek, horizonMonths: horizonOf(situation) });
  const coverage = coverageOf(ctx.index, [credential.id], ctx.gaps);
  const cred = credibility(credential, situation.today);
  const known = cred.parts.filter((p) => p.known).length;
  const factors = [
    coverageFit(coverage, prepared.targetShare, ctx.index),
    factor('credibility', 'Credibility', cred.value, known > 0, `${known} of ${cred.parts.length} signals known: ${cred.parts.map((p) => `${p.label.toLowerCase()} ${p.known ? p.value.toFixed(2) : 'unknown'}`).join(', ')}`),
    costFit(cost, situation.budgetUsd),
    timeFit(time, situation.deadlineWeeks),
  ];
  // An unknown price neither fits nor misses the budget: it is unknown.
  const fitsBudget = situation.budgetUsd === undefined || cost.expectedCents === null ? null : cost.expectedCents <= toCents(situation.budgetUsd);
  const fitsDeadline = situation.deadlineWeeks === undefined ? null : time.known && time.weeks <= situation.deadlineWeeks;
  const tier = budgetTier(credential, fitsBudget, situation.budgetUsd !== undefined);
  const notes: BudgetNotes = fitsBudget === true || situation.budgetUsd === undefined ? {} : budgetNotes(credential, fitsBudget, overBy(cost.expectedCents, situation.budgetUsd));
  return {
    credential,
    score: weightedSum(factors),
    factors,
    coverage,
    credibility: cred,
    cost,
    time,
    // What earning it costs is what the new job's pay has to repay; renewals come later.
    roi: roi(cost.toEarnCents, prepared.pay, situation.currentPayUsd, situation.currentIncome),
    fitsBudget,
    fitsDeadline,
    budgetTier: tier,
    flags: [...cost.flags, ...(notes.caution === undefined ? [] : [notes.caution])],
    goodNews: notes.goodNews === undefined ? [] : [notes.goodNews],
  };
}

export const byRank = (a: ScoredCredential, b: ScoredCredential): number =>
  a.budgetTier - b.budgetTier || b.score - a.score || byCodeUnits(a.credential.id, b.credential.id);

/** Every credential that covers at least one gap, best first (see the ranking rule above). */
export function rankCredentials(credentials: readonly CatalogCredential[], ctx: ScoringContext): ScoredCredential[] {
  checkSituation(ctx.situation);
  const prepared = prepare(ctx);
  return credentials
    .map((credential) => scoreCredential(credential, ctx, prepared))
    .filter((scored) => scored.coverage.covered.length > 0)
    .sort(byRank);
}
