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
 *
 * Cloud in general, and the profile of the role their job matches, name every vendor's platform only
 * while the person's own postings, work and credentials name none: postings that ask for AWS (as a gap,
 * or through an AWS credential they name) and a person whose work is on AWS name one vendor, and another
 * vendor's platform exam (Google Cloud's or Azure's for AWS-only postings) is no candidate at all,
 * whatever gaps it covers: it teaches those skills on a platform none of their jobs use.
 */
export function onUnnamedPlatform(credential: CatalogCredential, index: CredentialIndex, gaps: readonly Gap[], person: Person, isCore: (gap: Gap) => boolean): boolean {
  return unnamedPlatformFor(index, gaps, person, isCore)(credential);
}

/** onUnnamedPlatform for many credentials of one person: what names a platform is worked out once. */
export function unnamedPlatformFor(index: CredentialIndex, gaps: readonly Gap[], person: Person, isCore: (gap: Gap) => boolean): (credential: CatalogCredential) => boolean {
  const platformsOf = (ids: readonly string[]) => ids.flatMap((id) => index.platforms.get(id) ?? []);
  // What the person's postings, own work and credentials name.
  const theirs = new Set([...gaps.flatMap(gapSkills), ...(person.workSkills ?? []), ...platformsOf(person.held ?? []), ...platformsOf((person.asked ?? []).map((a) => a.id))]);
  // Another vendor named there: a platform not among theirs is not theirs, whatever the profile of their job lists.
  const vendors = vendorPlatforms(index);
  const vendorNamed = [...theirs].some((id) => vendors.has(id));
  // The role their job matches (its profile's skills) names platforms too.
  const named = person.fieldSkills?.length ? new Set([...theirs, ...person.fieldSkills]) : theirs;
  return (credential) => {
    const platforms = index.platforms.get(credential.id) ?? [];
    if (platforms.length === 0 || (person.asked ?? []).some((a) => a.id === credential.id)) return false;
    if (platforms.some((p) => theirs.has(p))) return false;
    if (vendorNamed) return true;
    if (platforms.some((p) => named.has(p))) return false;
    // Cloud in general (a "cloud computing" gap) names every cloud vendor's platform.
    if (platforms.some((p) => index.broader(p).some((wider) => named.has(wider)))) return false;
    return !coverageOf(index, [credential.id], gaps.filter(isCore)).covered.some((g) => !g.partial);
  };
}

const VENDORS = new WeakMap<CredentialIndex, ReadonlySet<string>>();

/**
 * Every vendor platform some credential of the catalog is built on (AWS, Azure, Google Cloud, Salesforce),
 * worked out once per index: a platform its credential's own vendor makes (its id is the vendor's, or its
 * name carries the vendor's: Microsoft Azure), or a part of one (Agentforce of Salesforce). A tool another
 * company makes that a programme happens to teach (GitHub in Meta's back-end certificate, Windows in
 * Google's IT certificate) is no vendor's path.
 */
export function vendorPlatforms(index: CredentialIndex): ReadonlySet<string> {
  let found = VENDORS.get(index);
  if (!found) {
    const own = (id: string, vendor: string) => {
      const said = vendor.toLowerCase().replace(/-/g, ' ');
      return id === vendor || index.skillName(id).toLowerCase().includes(said);
    };
    const made = new Set<string>();
    for (const [id, platforms] of index.platforms) {
      const vendor = index.byId.get(id)?.vendor ?? '';
      for (const p of platforms) if (own(p, vendor) || index.broader(p).some((wider) => own(wider, vendor))) made.add(p);
    }
    found = made;
    VENDORS.set(index, found);
  }
  return found;
}
