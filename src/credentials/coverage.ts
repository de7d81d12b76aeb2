import { listOf } from '../roles/suggest-roles.js';
import type { CredentialIndex } from './credential-index.js';
import { gapName, gapSkills } from './situation.js';
import type { Gap } from './situation.js';

/**
 * Demand-weighted coverage: the share of the user's gap demand (Σ share of the gaps covered /
 * Σ share of all gaps) that one credential or a set of them is evidence of. A gap counts once
 * however many credentials cover it; gaps are summed in the user's order so the same covered
 * set always gives exactly the same number.
 */

export interface CoveredGap extends Gap {
  /** The credential and its skill that cover this gap (the skill differs when through `broader`). */
  readonly by: string;
  readonly via: string;
}

export interface Coverage {
  /** 0..1; 0 when there are no gaps. */
  readonly value: number;
  readonly covered: readonly CoveredGap[];
  readonly uncovered: readonly Gap[];
}

export function coverageOf(index: CredentialIndex, credentialIds: readonly string[], gaps: readonly Gap[]): Coverage {
  const evidence = credentialIds.map((id) => {
    const map = index.evidence.get(id);
    if (!map) throw new Error(`credential "${id}" is not in the credential index`);
    return [id, map] as const;
  });
  const covered: CoveredGap[] = [];
  const uncovered: Gap[] = [];
  let total = 0;
  let hit = 0;
  for (const gap of gaps) {
    total += gap.share;
    // "Tableau or Power BI": a credential teaching either meets the demand.
    const skills = gapSkills(gap);
    const found = evidence.map(([id, map]) => [id, map, skills.find((s) => map.has(s))] as const).find(([, , skill]) => skill !== undefined);
    if (!found) {
      uncovered.push(gap);
      continue;
    }
    const [by, map, skill] = found;
    hit += gap.share;
    covered.push({ ...gap, by, via: map.get(skill as string) ?? (skill as string) });
  }
  return { value: total > 0 ? hit / total : 0, covered, uncovered };
}

/** "SQL, R and data visualization (through Tableau)". */
export function coveredText(index: CredentialIndex, covered: readonly CoveredGap[]): string {
  // A gap named twice in the report ("Tableau" and "Tableau or Power BI") is said once.
  const once = covered.filter((g, i) => covered.findIndex((other) => other.skill === g.skill) === i);
  const names = once.map((g) => (gapSkills(g).includes(g.via) ? gapName(g, index.skillName) : `${gapName(g, index.skillName)} (through ${index.skillName(g.via)})`));
  return listOf(names) || 'none of your gaps';
}
