import { listOf } from '../roles/suggest-roles.js';
import type { CredentialIndex } from './credential-index.js';
import { gapName, gapSkills } from './situation.js';
import type { Gap } from './situation.js';

/**
 * Demand-weighted coverage: the share of the user's gap demand (Σ share of the gaps covered /
 * Σ share of all gaps) that one credential or a set of them is evidence of. A gap counts once
 * however many credentials cover it; gaps are summed in the user's order so the same covered
 * set always gives exactly the same number.
 *
 * A credential teaching the broader skill of a gap in general (operating systems, for a Windows gap)
 * covers it in part (credential-index.ts `partly`): it counts PARTLY of the gap's share, and is said
 * as "in part", never as covering it, when no credential of the set covers it in full.
 */

/** The share of a gap's demand a credential covering it only in part counts for. */
export const PARTLY = 0.5;

export interface CoveredGap extends Gap {
  /** The credential and its skill that cover this gap (the skill differs when through `broader`). */
  readonly by: string;
  readonly via: string;
  /** Covered only in part, through the broader skill `via` taught in general. */
  readonly partial?: true;
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
    if (found) {
      const [by, map, skill] = found;
      hit += gap.share;
      covered.push({ ...gap, by, via: map.get(skill as string) ?? (skill as string) });
      continue;
    }
    const part = evidence.map(([id]) => [id, index.partly.get(id), skills.find((s) => index.partly.get(id)?.has(s))] as const).find(([, , skill]) => skill !== undefined);
    if (!part) {
      uncovered.push(gap);
      continue;
    }
    const [by, map, skill] = part;
    hit += gap.share * PARTLY;
    covered.push({ ...gap, by, via: map?.get(skill as string) ?? (skill as string), partial: true });
  }
  return { value: total > 0 ? hit / total : 0, covered, uncovered };
}

/**
 * "SQL, R and data visualization (through Tableau)"; gaps covered only in part are said after the
 * rest, once: "Computer networking and Troubleshooting, and in part Firewalls", or "Microsoft Windows
 * in part" alone. `explain` (the "why?" answer) adds what the credential teaches that covers them:
 * "(it covers operating systems, the broader skill Microsoft Windows belongs to)".
 */
export function coveredText(index: CredentialIndex, covered: readonly CoveredGap[], options: { readonly explain?: boolean } = {}): string {
  // A gap named twice in the report ("Tableau" and "Tableau or Power BI") is said once.
  const once = covered.filter((g, i) => covered.findIndex((other) => other.skill === g.skill) === i);
  const full = once.filter((g) => !g.partial).map((g) => (gapSkills(g).includes(g.via) ? gapName(g, index.skillName) : `${gapName(g, index.skillName)} (through ${index.skillName(g.via)})`));
  const partial = once.filter((g) => g.partial);
  if (partial.length === 0) return listOf(full) || 'none of your gaps';
  const parts = listOf(partial.map((g) => gapName(g, index.skillName)));
  const said = full.length > 0 ? `${listOf(full)}, and in part ${parts}` : `${parts} in part`;
  if (!options.explain) return said;
  const why = partial.map((g) => `${index.skillNameInSentence(g.via)}, the broader skill ${index.skillName(g.skill)} belongs to`).join('; ');
  return `${said} (it covers ${why})`;
}

