import type { CredentialIndex } from './credential-index.js';
import { gapSkills, type Gap } from './situation.js';

/**
 * What a held credential proves for the role aimed at: a job-ready entry certificate made for that
 * role (Google Data Analytics for a data analyst) was taught every skill on its list, so those skills
 * are not gaps to pick the next credential for, even when the person named only the certificate. A
 * fundamentals exam (AZ-900) proves the basics only (a posting asking to administer Azure asks for
 * more), and an experienced professional's credential (a PMP) proves years in the field, not each
 * topic its exam touches (a posting's Scrum is still a gap); their own rungs are set aside elsewhere.
 */
export function provedByHeld(index: CredentialIndex, roleId: string, held: readonly string[]): ReadonlySet<string> {
  return new Set(
    held
      .flatMap((id) => index.byId.get(id) ?? [])
      .filter((c) => c.level === 'entry-certificate' && c.targetRoles.includes(roleId))
      .flatMap((c) => [...(index.evidence.get(c.id)?.keys() ?? [])]),
  );
}

/** The gaps a held credential does not already prove (a gap met by any of its alternatives counts as proved). */
export function gapsLeft(gaps: readonly Gap[], proved: ReadonlySet<string>): readonly Gap[] {
  return proved.size === 0 ? gaps : gaps.filter((g) => !gapSkills(g).some((s) => proved.has(s)));
}
