import type { Role } from '../data/roles-schema.js';
import type { Gap } from './situation.js';

/** A skill the role does not list: half the weight of a core competency. */
export const UNLISTED_WEIGHT = 0.5;

/**
 * The skills a person names as what they want to learn, as gaps in the order a gap report would
 * rank them: by the role's demand weight (data/roles.json), then, on a tie, a core competency of
 * the role (or a tool that is evidence of one: Tableau of data visualisation) before a tool.
 * There are no postings, so there is no share of postings to break a tie with; a full tie keeps
 * the order they were named in. `broader` is the skill catalog's evidence chain (CredentialIndex.broader).
 */
export function namedGaps(named: readonly string[], role: Role, broader: (id: string) => readonly string[]): Gap[] {
  const weight = new Map(role.skills.map((s) => [s.skill, s.weight]));
  const core = new Set(role.skills.filter((s) => s.core).map((s) => s.skill));
  const isCore = (id: string) => core.has(id) || broader(id).some((wider) => core.has(wider));
  return [...new Set(named)]
    .map((skill, order) => ({ skill, share: weight.get(skill) ?? UNLISTED_WEIGHT, core: isCore(skill), order }))
    .sort((a, b) => b.share - a.share || Number(b.core) - Number(a.core) || a.order - b.order)
    .map(({ skill, share }) => ({ skill, share }));
}
