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
  const maps = credentialIds.map((id) => {
    const map = index.evidence.get(id);
    if (!map) throw new Error(`credential "${id}" is not in the credential index`);
    return map;
  });
  const covered: CoveredGap[] = [];
  const uncovered: Gap[] = [];
  let total = 0;
  let hit = 0;
  // Plain loops with no tuples: the stack search calls this for every candidate set, so it is the
  // recommendation's inner loop (bench/domain-bench.ts).
  for (const gap of gaps) {
    total += gap.share;
    // "Tableau or Power BI": a credential teaching either meets the demand.
    const skills = gapSkills(gap);
    const full = firstMatch(maps, skills);
    if (full) {
      hit += gap.share;
      covered.push({ ...gap, by: credentialIds[full.at] as string, via: full.via });
      continue;
    }
    const part = firstMatch(credentialIds.map((id) => index.partly.get(id)), skills);
    if (!part) {
      uncovered.push(gap);
      continue;
    }
    hit += gap.share * PARTLY;
    covered.push({ ...gap, by: credentialIds[part.at] as string, via: part.via, partial: true });
  }
  return { value: total > 0 ? hit / total : 0, covered, uncovered };
}

/** The first credential (in the set's order) whose evidence has one of the skills, and the skill it teaches for it. */
function firstMatch(maps: readonly (ReadonlyMap<string, string> | undefined)[], skills: readonly string[]): { at: number; via: string } | undefined {
  for (let at = 0; at < maps.length; at++) {
    const map = maps[at];
    if (!map) continue;
    for (const skill of skills) {
      if (map.has(skill)) return { at, via: map.get(skill) ?? skill };
    }
  }
  return undefined;
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


/** How far one credential covers each gap: 0 not, PARTLY in part, 1 in full. */
const NONE = 0;

/**
 * Coverage of many sets drawn from the same credentials and gaps, each credential looked up once:
 * the stack search asks it of every candidate path, where calling coverageOf each time was most
 * of a recommendation's time. `value` is coverageOf(...).value exactly (the same sum in the same order).
 */
export interface CoverageTable {
  /** coverageOf(index, ids, gaps).value */
  value(ids: readonly string[]): number;
  /** Whether the set covers any of the first `count` gaps, in full or in part. */
  coversAny(ids: readonly string[], count?: number): boolean;
  /** How far the set covers gap `at`: 0 not, PARTLY in part, 1 in full. */
  weight(ids: readonly string[], at: number): number;
}

export function coverageTable(index: CredentialIndex, credentialIds: Iterable<string>, gaps: readonly Gap[]): CoverageTable {
  const weights = new Map<string, Float64Array>();
  for (const id of credentialIds) {
    const full = index.evidence.get(id);
    if (!full) throw new Error(`credential "${id}" is not in the credential index`);
    const part = index.partly.get(id);
    weights.set(
      id,
      Float64Array.from(gaps, (gap) => {
        const skills = gapSkills(gap);
        if (skills.some((s) => full.has(s))) return 1;
        return part && skills.some((s) => part.has(s)) ? PARTLY : NONE;
      }),
    );
  }
  const rowsOf = (ids: readonly string[]) =>
    ids.map((id) => {
      const row = weights.get(id);
      if (!row) throw new Error(`credential "${id}" is not in this coverage table`);
      return row;
    });
  const best = (rows: readonly Float64Array[], i: number) => {
    let w = NONE;
    for (const row of rows) if ((row[i] as number) > w) w = row[i] as number;
    return w;
  };
  return {
    value(ids) {
      const rows = rowsOf(ids);
      let total = 0;
      let hit = 0;
      gaps.forEach((gap, i) => {
        total += gap.share;
        const w = best(rows, i);
        if (w === 1) hit += gap.share;
        else if (w === PARTLY) hit += gap.share * PARTLY;
      });
      return total > 0 ? hit / total : 0;
    },
    coversAny(ids, count = gaps.length) {
      const rows = rowsOf(ids);
      for (let i = 0; i < Math.min(count, gaps.length); i++) if (best(rows, i) > NONE) return true;
      return false;
    },
    weight: (ids, at) => best(rowsOf(ids), at),
  };
}
