import { formatUsd } from './money.js';
import type { ScoredCredential } from './score-credential.js';
import { weeksOf } from './later-steps.js';
import { freeWayIn } from './toward-named.js';

/**
 * The paths best-stack.ts chooses among: chains along the catalog's ladders (nextSteps) among the
 * candidates, and what each member's money and time mean for the person (its reach), in plan order.
 */

/** Fits the budget; free to study (pay to certify later); certify later; price unknown. */
export type Reach = 'fits' | 'free-route' | 'later' | 'unknown';

/** Every chain along nextSteps among the candidates, from each first rung, up to maxSize long. */
export function chains(candidates: ReadonlyMap<string, ScoredCredential>, maxSize: number, skippable: ReadonlySet<string> = new Set(), starts: ReadonlySet<string> = new Set()): ScoredCredential[][] {
  const found: ScoredCredential[][] = [];
  const extend = (chain: ScoredCredential[]) => {
    found.push(chain);
    if (chain.length === maxSize) return;
    const last = chain[chain.length - 1] as ScoredCredential;
    for (const id of last.credential.nextSteps) {
      const next = candidates.get(id);
      if (next && !chain.includes(next)) extend([...chain, next]);
    }
  };
  // A path starts on the first rung left for the person: a rung with a lower one among the
  // candidates (not held, not outgrown) is reached through it, foundations first.
  // A beginner's course the person's work covers is no rung they must pass: the one after it may start too.
  // The rung after one they hold starts a path too, whatever lies below it among the candidates.
  const reached = new Set([...candidates.values()].filter((c) => !skippable.has(c.credential.id)).flatMap((c) => c.credential.nextSteps));
  for (const start of candidates.values()) if (!reached.has(start.credential.id) || starts.has(start.credential.id)) extend([start]);
  return found;
}

/** Reach of each member in plan order, or undefined when the path cannot be recommended. */
export function reachOf(chain: readonly ScoredCredential[], budgetCents: number | null, deadline: number | undefined): Reach[] | undefined {
  let spent = 0;
  let weeks = 0;
  const reach: Reach[] = [];
  for (const member of chain) {
    const w = weeksOf(member);
    if (deadline !== undefined && (w === null || weeks + w > deadline)) return undefined;
    weeks += w ?? 0;
    const cost = member.cost.expectedCents;
    if (budgetCents === null) reach.push('fits');
    else if (cost !== null && spent + cost <= budgetCents) {
      spent += cost;
      reach.push('fits');
    } else if (freeWayIn(member.credential)) reach.push('free-route');
    else if (reach.some((r) => r === 'later' || r === 'unknown')) return undefined;
    else reach.push(cost === null ? 'unknown' : 'later');
  }
  // An unknown price may start a path (said as unknown, never as fitting); a known price over the budget may not.
  return reach[0] === 'later' ? undefined : reach;
}

export function leftOutReason(pick: ScoredCredential, budgetCents: number | null, deadline: number | undefined): string | undefined {
  const cost = pick.cost.expectedCents;
  const weeks = weeksOf(pick);
  if (deadline !== undefined && weeks === null) return 'hours unknown, so it cannot be shown to fit your deadline';
  if (deadline !== undefined && weeks !== null && weeks > deadline) return `${weeks} weeks alone is over your deadline`;
  if (budgetCents !== null && !freeWayIn(pick.credential)) {
    if (cost === null) return 'price unknown, so it cannot be shown to fit your budget';
    if (cost > budgetCents) return `${formatUsd(cost)} alone is over your budget`;
  }
  return undefined;
}
