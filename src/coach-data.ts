import { buildCredentialIndex } from './credentials/credential-index.js';
import type { CredentialIndex } from './credentials/credential-index.js';
import { loadCatalog } from './data/load-data.js';
import type { Catalog, CatalogPaths } from './data/load-data.js';
import { loadCredentials } from './data/load-credentials.js';
import type { CredentialCatalog } from './data/load-credentials.js';
import { loadQuestions } from './data/load-questions.js';
import type { QuestionBank } from './data/load-questions.js';
import { RoleMatcher } from './roles/match-role.js';
import { createSkillExtractor } from './skills/extract-skills.js';
import type { SkillExtractor } from './skills/extract-skills.js';

/**
 * Everything the flows and the command line know about the world, loaded and validated once
 * at start (a bad data file stops the start) and compiled once: nothing here is rebuilt on a turn.
 */
export interface CoachData {
  catalog: Catalog;
  credentials: CredentialCatalog;
  credentialIndex: CredentialIndex;
  questions: QuestionBank;
  extractor: SkillExtractor;
  roleMatcher: RoleMatcher;
  skillName(id: string): string;
}

export async function loadCoachData(paths: CatalogPaths = {}): Promise<CoachData> {
  const catalog = await loadCatalog(paths);
  const [credentials, questions] = await Promise.all([loadCredentials(catalog.skills, catalog.roles), loadQuestions(catalog.roles)]);
  return {
    catalog,
    credentials,
    credentialIndex: buildCredentialIndex(credentials.credentials, catalog.skills),
    questions,
    extractor: createSkillExtractor(catalog.skills),
    roleMatcher: new RoleMatcher(catalog.roles),
    skillName: (id) => catalog.skills.byId.get(id)?.name ?? id,
  };
}
