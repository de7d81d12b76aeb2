import { CREDENTIAL_LEVELS } from '../data/credentials-schema.js';
import type { CredentialIndex } from './credential-index.js';
import type { CatalogCredential } from '../data/credentials-schema.js';
import type { ScoredCredential } from './score-credential.js';

/**
 * Picks in an order a person new to a subject can follow: an exam is listed after the one below it on
 * its track (KCNA before CKA for someone with no Kubernetes yet), whatever their scores. Below is the
 * catalog's ladder where it records one (nextSteps), otherwise the same vendor's exam on the same
 * subject (the first skill it teaches) at a lower level. Someone whose work already uses the subject
 * sees the picks by rank.
 */

const rank = (level: string) => CREDENTIAL_LEVELS.indexOf(level as (typeof CREDENTIAL_LEVELS)[number]);

/** `low` is a rung under `high`: on its ladder, or the same vendor's lower exam on the same subject. */
export function isBelow(low: ScoredCredential['credential'], high: ScoredCredential['credential'], index: CredentialIndex): boolean {
  if (index.above.get(low.id)?.has(high.id)) return true;
  return low.vendor === high.vendor && low.skills[0] !== undefined && low.skills[0] === high.skills[0] && rank(low.level) < rank(high.level);
}

/** The list with each rung moved just before the first exam above it, for subjects the person is new to. */
export function foundationsFirst<T extends ScoredCredential>(list: readonly T[], index: CredentialIndex, known: ReadonlySet<string>): T[] {
  const out: T[] = [];
  const place = (pick: T) => {
    if (out.includes(pick)) return;
    const subject = pick.credential.skills[0];
    if (subject !== undefined && !known.has(subject)) {
      for (const low of list) if (low !== pick && !out.includes(low) && isBelow(low.credential, pick.credential, index)) place(low);
    }
    out.push(pick);
  };
  list.forEach(place);
  return out;
}

/** Every credential reachable along nextSteps from the path's last member: its rungs ahead. */
export function laddersFrom(path: readonly CatalogCredential[], index: CredentialIndex): Set<string> {
  const ahead = new Set<string>();
  let step = path.at(-1)?.nextSteps ?? [];
  while (step.length > 0) {
    const fresh = step.filter((id) => !ahead.has(id));
    fresh.forEach((id) => ahead.add(id));
    step = fresh.flatMap((id) => index.byId.get(id)?.nextSteps ?? []);
  }
  return ahead;
}
