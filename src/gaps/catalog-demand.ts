import type { SkillCatalog } from '../data/load-data.js';
import type { Role } from '../data/roles-schema.js';

/** One demand of a role's typical (catalog) profile: a skill and the skills that meet it as well. */
export interface CatalogDemand {
  /** The skill the demand is named after: a core competency, a listed skill, or the first of a group. */
  skill: string;
  /** What the person reads: the competency's own name ("Operating systems"), or "Azure or AWS" for a group. */
  name: string;
  /** Every skill that meets the demand; the first is `skill`. */
  alternatives: string[];
  /** The highest weight among the skills folded into it (a core competency's is 1). */
  weight: number;
  core: boolean;
}

/**
 * Skill ids above `id` in the broader hierarchy, nearest first (breadth-first, in the order each
 * skill lists them). Windows -> operating systems; PyTorch -> deep learning, Python -> machine learning.
 */
export function ancestors(skills: Pick<SkillCatalog, 'byId'>, id: string): string[] {
  const seen = new Set<string>([id]);
  const order: string[] = [];
  for (let queue = [id]; queue.length > 0; ) {
    const next: string[] = [];
    for (const current of queue) {
      for (const parent of skills.byId.get(current)?.broader ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        order.push(parent);
        next.push(parent);
      }
    }
    queue = next;
  }
  return order;
}

/**
 * The role's typical demand as a coach reads its profile: a catalog lists every tool the occupation
 * uses, but a hire needs one of a kind. So a tool folds into the listed skill it is an instance of
 * (Windows into operating systems, Tableau into data visualisation, Terraform into infrastructure as
 * code), a skill named as an alternative folds into the demand that names it (Python into "Bash,
 * Python or PowerShell"), and listed tools that share an unlisted parent are one demand either meets
 * (Azure or AWS for an analyst). Either one covers the demand, so they are never two gaps. Order:
 * the role's own order, core competencies first.
 */
export function catalogDemand(role: Role, skills: Pick<SkillCatalog, 'byId'>): CatalogDemand[] {
  const listed = new Map(role.skills.map((s) => [s.skill, s]));
  const namedAlternative = new Map<string, string>();
  for (const s of role.skills) for (const alt of s.alternatives ?? []) if (!namedAlternative.has(alt) && alt !== s.skill) namedAlternative.set(alt, s.skill);

  /** The listed skill whose demand this one belongs to (itself when it stands alone). */
  const home = (id: string, trail: ReadonlySet<string> = new Set()): string => {
    const entry = listed.get(id);
    if (entry?.core || trail.has(id)) return id;
    const via = namedAlternative.get(id) ?? ancestors(skills, id).find((a) => listed.has(a));
    return via === undefined ? id : home(via, new Set([...trail, id]));
  };
  /** An unlisted parent shared with another listed skill that stands alone: "Azure or AWS". */
  const parentOf = (id: string) => skills.byId.get(id)?.broader?.[0];
  const standalone = role.skills.filter((s) => home(s.skill) === s.skill && !s.core);
  const siblings = new Map<string, string[]>();
  for (const s of standalone) {
    const parent = parentOf(s.skill);
    if (parent !== undefined && !listed.has(parent)) siblings.set(parent, [...(siblings.get(parent) ?? []), s.skill]);
  }
  const groupOf = (id: string): string => {
    const parent = parentOf(id);
    const group = parent === undefined ? undefined : siblings.get(parent);
    return group && group.length > 1 ? (group[0] as string) : id;
  };

  const rows = new Map<string, CatalogDemand>();
  const nameOf = (id: string) => skills.byId.get(id)?.name ?? id;
  for (const s of role.skills) {
    const at = home(s.skill);
    const key = at === s.skill && !s.core ? groupOf(s.skill) : at;
    const row = rows.get(key);
    if (!row) {
      const head = listed.get(key);
      const named = (head?.alternatives ?? []).filter((a) => a !== key);
      rows.set(key, { skill: key, name: '', alternatives: [key, ...named], weight: head?.weight ?? s.weight, core: Boolean(head?.core) });
    }
    const target = rows.get(key) as CatalogDemand;
    if (!target.alternatives.includes(s.skill)) target.alternatives.push(s.skill);
    target.weight = Math.max(target.weight, s.weight);
  }
  for (const row of rows.values()) {
    // A competency keeps its own name; a named choice or a group of siblings reads as the choice it is.
    const explicit = listed.get(row.skill)?.alternatives ?? [];
    const isGroup = !listed.get(row.skill)?.core && row.alternatives.length > 1 && explicit.length === 0 && row.alternatives.every((a) => home(a) === a);
    row.name = explicit.length > 0 ? [row.skill, ...explicit].map(nameOf).join(', ').replace(/, ([^,]*)$/, ' or $1') : isGroup ? row.alternatives.map(nameOf).join(' or ') : nameOf(row.skill);
  }
  return [...rows.values()];
}
