import { loadCatalog } from './data/load-data.js';
import type { Catalog, CatalogPaths } from './data/load-data.js';
import { RoleMatcher } from './roles/match-role.js';
import { createSkillExtractor } from './skills/extract-skills.js';
import type { SkillExtractor } from './skills/extract-skills.js';

/**
 * Everything the flows and the command line know about the world, loaded and validated once
 * at start (a bad data file stops the start) and compiled once: nothing here is rebuilt on a turn.
 */
export interface CoachData {
  catalog: Catalog;
  extractor: SkillExtractor;
  roleMatcher: RoleMatcher;
  skillName(id: string): string;
}

export async function loadCoachData(paths: CatalogPaths = {}): Promise<CoachData> {
  const catalog = await loadCatalog(paths);
  return {
    catalog,
    extractor: createSkillExtractor(catalog.skills),
    roleMatcher: new RoleMatcher(catalog.roles),
    skillName: (id) => catalog.skills.byId.get(id)?.name ?? id,
  };
}
