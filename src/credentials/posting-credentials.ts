import type { PersonReader } from '../skills/read-person.js';
import type { AskedCredential } from './person-fit.js';

/**
 * How a posting asks for something: "CSM preferred", "A+ required", "Sec+ desired". In a posting
 * these words (and "a plus", read as "welcome") ask for a credential as surely as "certification" does, so a short form that needs a
 * credential word beside it (A+, CSM, PSM, SAA, CLF: person-cues.ts CREDENTIAL_FORMS) is read there.
 */
const ASKS = /\b(?:required|requirement|preferred|desired|mandatory|must have|must hold|nice to have|welcome)\b/gi;

/**
 * The catalog credentials a job posting names ("Preferred: CSM or PSM certification", "PMP
 * required", "CCNA or Network+ required"), read the way a person's own credentials are read
 * (read-person.ts), by their names and the short forms people type. In a posting "a plus" is the
 * nice-to-have idiom, never CompTIA A+, so it is taken out first; the posting's own asking words
 * are said as a credential word. The chat's gap interview and `pivot pick --posting` read
 * postings with this one function.
 */
export function credentialsNamed(reader: PersonReader, posting: string): string[] {
  const asked = posting.replace(/\ba plus\b/gi, 'welcome').replace(ASKS, (word) => `${word} certification`);
  return [...new Set(reader.read(asked).credentials.map((c) => c.id))];
}

/** Each credential named, with the share of the postings that name it (postings passed in are the ones counted). */
export function askedShares(named: readonly (readonly string[])[]): AskedCredential[] {
  if (named.length === 0) return [];
  const ids = [...new Set(named.flat())];
  return ids.map((id) => ({ id, share: named.filter((list) => list.includes(id)).length / named.length }));
}
