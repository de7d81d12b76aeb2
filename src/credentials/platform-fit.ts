import type { CatalogCredential } from '../data/credentials-schema.js';
import { coverageOf } from './coverage.js';
import type { CredentialIndex } from './credential-index.js';
import type { Person } from './person-fit.js';
import { gapSkills, type Gap } from './situation.js';

/**
 * A credential built on a vendor's platform (AZ-104 on Azure) teaches its other skills on that
 * platform: its monitoring is Azure Monitor, its identity is Entra ID. For a job whose postings name
 * neither that platform nor cloud in general (an on-premises county network), and for a person whose
 * work, held credentials and postings' named credentials do not either, it is no candidate unless it
 * covers one of the role's core competencies among the gaps in full. Without postings the role's
 * profile is the gaps, so a platform the role lists is named.
 */
export function onUnnamedPlatform(credential: CatalogCredential, index: CredentialIndex, gaps: readonly Gap[], person: Person, isCore: (gap: Gap) => boolean): boolean {
  const platforms = index.platforms.get(credential.id) ?? [];
  if (platforms.length === 0 || (person.asked ?? []).some((a) => a.id === credential.id)) return false;
  const heldPlatforms = (person.held ?? []).flatMap((id) => index.platforms.get(id) ?? []);
  const named = new Set([...gaps.flatMap(gapSkills), ...(person.workSkills ?? []), ...(person.fieldSkills ?? []), ...heldPlatforms]);
  // Cloud in general (a "cloud computing" gap) names every cloud vendor's platform.
  if (platforms.some((p) => named.has(p) || index.broader(p).some((wider) => named.has(wider)))) return false;
  return !coverageOf(index, [credential.id], gaps.filter(isCore)).covered.some((g) => !g.partial);
}
