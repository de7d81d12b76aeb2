import type { CatalogCredential } from '../data/credentials-schema.js';
import type { CredentialIndex } from './credential-index.js';
import type { ScoredCredential } from './score-credential.js';
import { gapSkills, type Gap } from './situation.js';

/**
 * Where a path starts below a credential most of the person's postings name (recommend.ts `required`),
 * among the credentials made for their role. Two cases decide it, each from the catalog's ladders
 * (nextSteps) and the person's own standing, never from a credential's name:
 *
 * - Close or ready (the gap report's verdict): the beginner's rungs below the named credential are
 *   behind them. Someone who builds Power BI dashboards for a CFO starts on PL-300, which her postings
 *   name, not on the beginner's certificate the ladder puts below it.
 * - The named credential is over the budget (or its price unknown) and has no free way in: the rung
 *   below it that can be studied free (free audit or financial aid) is the free way towards it. At $0 a
 *   help-desk switcher whose posting prefers CompTIA A+ studies Google IT Support free now and pays for
 *   the A+ exams later, the cost of certifying.
 */

/** The levels people new to a field start at. */
export const STARTERS: ReadonlySet<string> = new Set(['entry-certificate', 'fundamentals']);

/** A free audit or financial aid: it can be studied at $0, whatever certifying costs. */
export const freeWayIn = (credential: CatalogCredential): boolean => credential.freeAudit === true || credential.financialAid === true;

/**
 * The beginner's rungs made for the role whose next step is a credential the postings name: for a
 * person the gap report calls close or ready, courses they are past (covered-start.ts pastByStanding),
 * so best-stack.ts lets the named rung start the path, first when it is within reach.
 */
export function pastStarters(forRole: readonly CatalogCredential[], required: readonly string[], held: (c: CatalogCredential) => boolean = () => true): string[] {
  return forRole.filter((c) => STARTERS.has(c.level) && c.nextSteps.some((id) => required.includes(id)) && held(c)).map((c) => c.id);
}

/**
 * Whether the person holds some of a beginner's course's subject (its vendor platform, or else the first
 * skill it teaches): it is no gap of theirs, or their work uses it. Close to a cloud job with no AWS at
 * all, AWS's fundamentals exam is still where they start, not a rung they are past.
 */
export function subjectHeld(index: CredentialIndex, gaps: readonly Gap[], workSkills: readonly string[]): (c: CatalogCredential) => boolean {
  const lacking = new Set(gaps.flatMap(gapSkills));
  return (c) => {
    const platforms = index.platforms.get(c.id) ?? [];
    return (platforms.length > 0 ? platforms : c.skills.slice(0, 1)).some((id) => !lacking.has(id) || workSkills.includes(id));
  };
}

/**
 * The rungs with a free way in below a named credential the budget does not reach, by id, with the
 * named credential each leads to. Only with a budget given: with none, nothing is over it.
 */
export function freeRoutesTo(forRole: readonly CatalogCredential[], named: readonly ScoredCredential[], budgetGiven: boolean): Map<string, CatalogCredential> {
  const routes = new Map<string, CatalogCredential>();
  if (!budgetGiven) return routes;
  for (const target of named) {
    if (target.fitsBudget === true || freeWayIn(target.credential)) continue;
    for (const c of forRole) if (freeWayIn(c) && c.nextSteps.includes(target.credential.id) && !routes.has(c.id)) routes.set(c.id, target.credential);
  }
  return routes;
}

/** Said beside the free route, as good news: what it leads to and when the fees come. */
export const freeRouteNote = (target: CatalogCredential): string =>
  `It leads to ${target.name}, which your postings ask for by name: study this now, and pay for ${target.name} when your budget allows; its fees are the cost of certifying later.`;
