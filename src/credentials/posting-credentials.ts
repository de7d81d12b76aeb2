import type { PersonReader } from '../skills/read-person.js';
import type { AskedCredential } from './person-fit.js';

/**
 * The catalog credentials a job posting names ("Preferred: CSM or PSM certification", "PMP
 * required"), read the way a person's own credentials are read (read-person.ts). In a posting "a
 * plus" is the nice-to-have idiom, never CompTIA A+, so it is taken out first. The chat's gap
 * interview and `pivot pick --posting` read postings with this one function.
 */
export function credentialsNamed(reader: PersonReader, posting: string): string[] {
  return [...new Set(reader.read(posting.replace(/\ba plus\b/gi, 'welcome')).credentials.map((c) => c.id))];
}

/** Each credential named, with the share of the postings that name it (postings passed in are the ones counted). */
export function askedShares(named: readonly (readonly string[])[]): AskedCredential[] {
  if (named.length === 0) return [];
  const ids = [...new Set(named.flat())];
  return ids.map((id) => ({ id, share: named.filter((list) => list.includes(id)).length / named.length }));
}
