import { z } from 'zod';
import type { PersonReader } from '../skills/read-person.js';
import type { AskedCredential } from './person-fit.js';
import { escapeRegExp } from '../text/escape-regexp.js';

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
 * are said as a credential word. A dash before a name's level ("AWS Certified Solutions Architect -
 * Associate") would end the clause the name is read in, so it is read as a space. The chat's gap interview and `pivot pick --posting` read
 * postings with this one function.
 */
export function credentialsNamed(reader: PersonReader, posting: string, notCarried: readonly Uncarried[] = []): string[] {
  const asked = posting
    .replace(A_PLUS_IDIOM, 'welcome')
    .replace(ASKS, (word) => `${word} certification`)
    // "Solutions Architect - Associate": a dash before a name's level joins it, as people type it without one.
    .replace(LEVEL_DASH, ' ');
  // "Must keep an active, non-expired CCNA": a posting names a credential whatever it says of lapsing, which is about a person.
  const reading = reader.read(asked);
  const carried = [...reading.credentials, ...(reading.lapsed ?? [])].map((c) => c.id);
  // "Security+ or CISA preferred": CISA, which the catalog does not carry, is still named by the posting.
  const uncarried = notCarried.filter((entry) => entry.names.some((name) => readsAsCredential(name) && namedIn(posting, name))).map((entry) => entry.id);
  return [...new Set([...carried, ...uncarried])];
}

/**
 * The nice-to-have idiom and its stronger forms, as postings write them: "a plus", "a strong plus", "a big
 * plus", "a definite advantage", "is an asset". Never "plus" alone ("Security+ plus 2 years"), and an
 * asset or advantage only where the clause ends on it, so "an asset management system" is no preference.
 */
const WEIGHT = '(?:(?:very|strong|big|huge|major|definite|real|great|significant|distinct|added|nice)\\s+)?';
const A_PLUS_IDIOM = new RegExp(`\\ban?\\s+${WEIGHT}plus\\b`, 'gi');
const A_PLUS_SAID = new RegExp(A_PLUS_IDIOM.source, 'i');
const AN_ASSET = new RegExp(`\\ban?\\s+${WEIGHT}(?:asset|advantage|bonus)\\b(?=\\s*(?:$|[.,;:!)]|\\s(?:but|though|if|for|to|in|when|not)\\b))`, 'i');

/** A spaced hyphen or dash before the level word of an exam's name (AWS writes "– Associate", postings "- Associate"). */
const LEVEL_DASH = /\s+[-–—]\s+(?=(?:Associate|Professional|Specialty|Foundational|Practitioner|Expert)\b)/gi;

/** A credential the catalog does not carry (data/credentials.json notCarried): its id and the names people type. */
export interface Uncarried {
  readonly id: string;
  readonly names: readonly string[];
}

/**
 * A name that reads as a credential in a posting: an acronym or a "+" name (CISA, CySA+), or one with a
 * credential word (Terraform Associate, technical writing certificate). "HashiCorp Terraform" in a
 * posting is the tool, not its exam.
 */
const CREDENTIAL_WORD = /\b(?:cert|certs|certified|certification|certificate|associate|foundation|qualification|auditor|tester)\b/i;
const readsAsCredential = (name: string): boolean => /[A-Z]{2,}|\+/.test(name) || CREDENTIAL_WORD.test(name);
/** A name as whole words, as written ("CISA", not "cisa" inside "precisa"); a name in capitals only in capitals, so "Cisa" in a sentence is not read. */
const namedIn = (posting: string, name: string): boolean => {
  const upper = name === name.toUpperCase();
  return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name).replace(/[\s-]+/g, '[\\s-]?')}(?![A-Za-z0-9+])`, upper ? '' : 'i').test(posting);
};

/** Each credential named, with the share of the postings that name it (postings passed in are the ones counted). */
export function askedShares(named: readonly (readonly string[])[]): AskedCredential[] {
  if (named.length === 0) return [];
  const ids = [...new Set(named.flat())];
  return ids.map((id) => ({ id, share: named.filter((list) => list.includes(id)).length / named.length }));
}

/**
 * How one posting asks for a credential it names: required or preferred (or not said), and the
 * grace a "required within 6 months of hire" gives. A credential required within months of hire
 * does not bar the application the way a plain "required" does, so a coach says which it is.
 */
export const postingAskSchema = z.object({
  asks: z.enum(['required', 'preferred']).optional(),
  /** The grace in whole months, rounded up ("within 90 days" is 3): what sets it apart from a plain "required". */
  withinMonths: z.number().int().positive().optional(),
  /** The grace in the posting's own unit ("90 days", "6 weeks"), to say it back as the posting put it. */
  within: z.string().optional(),
});
export type PostingAsk = z.infer<typeof postingAskSchema>;

/** A credential the postings name: the share naming it and, for each posting that names it, how it asks. */
export const askedCredentialSchema = z.object({
  id: z.string(),
  share: z.number().min(0).max(1),
  /** One entry per posting naming it; absent in sessions saved before postings' terms were kept. */
  postings: z.array(postingAskSchema).optional(),
});
export type AskedWithTerms = z.infer<typeof askedCredentialSchema>;

const REQUIRED = /\b(?:required|requirements?|mandatory|must (?:have|hold|obtain|pass|earn|get))\b/i;
const PREFERRED_WORDS = /\b(?:preferred|preferably|desired|desirable|nice[ -]to[ -]have|welcome|bonus|advantageous|beneficial)\b/i;
const preferredIn = (words: string): boolean => PREFERRED_WORDS.test(words) || A_PLUS_SAID.test(words) || AN_ASSET.test(words);
const NOT_REQUIRED = /\bnot (?:required|mandatory)\b/i;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18,
  'twenty-four': 24, thirty: 30, sixty: 60, ninety: 90,
};
const WITHIN = /\bwithin\s+(?:(?:the|your)\s+first\s+)?(\d{1,3}|[a-z-]+)\s+(days?|weeks?|months?|years?)\b/i;
/** Average days in each unit, to round a grace up to whole months (365.25 days a year, so a year is 12 months). */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };

function askOf(words: string): PostingAsk['asks'] {
  if (preferredIn(words) || NOT_REQUIRED.test(words)) return 'preferred';
  return REQUIRED.test(words) ? 'required' : undefined;
}

/** "Required within 90 days of hire": the grace, in months rounded up and in the posting's own words. */
function withinOf(words: string): Pick<PostingAsk, 'withinMonths' | 'within'> | undefined {
  const [, said, unitSaid] = WITHIN.exec(words) ?? [];
  if (!said || !unitSaid) return undefined;
  const count = /^\d+$/.test(said) ? Number(said) : NUMBER_WORDS[said.toLowerCase()];
  if (count === undefined || count <= 0) return undefined;
  const unit = unitSaid.toLowerCase().replace(/s$/, '');
  const months = Math.ceil((count * (DAYS_IN[unit] ?? 1)) / (DAYS_IN.month ?? 1) - 1e-9);
  return { withinMonths: months, within: `${count} ${unit}${count === 1 ? '' : 's'}` };
}

/**
 * The credentials a posting names, each with how it asks for them, read line by line and, within a
 * line, clause by clause: "PMP required, 5+ years managing projects. CSM a plus." requires the PMP and
 * only prefers the CSM. A clause without an asking word takes the next one's in its sentence ("CSM, PSM
 * or SAFe preferred"), else the one before it; a sentence without one takes the line's own heading
 * ("Preferred: Security+. CySA+.") or the heading the line sits under ("Requirements:" then "- CCNA").
 * The ids are those credentialsNamed reads in the whole posting, so the two never disagree on what is named.
 */
export function credentialTerms(reader: PersonReader, posting: string, notCarried: readonly Uncarried[] = []): ({ id: string } & PostingAsk)[] {
  const terms = new Map<string, PostingAsk>(credentialsNamed(reader, posting, notCarried).map((id) => [id, {}]));
  const unread = (id: string) => terms.has(id) && Object.keys(terms.get(id) ?? {}).length === 0;
  const set = (ids: readonly string[], asks: PostingAsk['asks'], within: ReturnType<typeof withinOf>) => {
    for (const id of ids) terms.set(id, { ...(asks ? { asks } : {}), ...within });
  };
  let section: PostingAsk['asks'];
  for (const line of posting.split(/\r?\n/)) {
    // A heading alone on its line ("Requirements:", "Nice to have:") sets how the lines under it ask.
    if (/^\s*[A-Za-z][A-Za-z ,/&-]{0,40}:\s*$/.test(line)) {
      section = askOf(line);
      continue;
    }
    const lead = /^\s*([A-Za-z][A-Za-z ,/&-]{0,40}):/.exec(line)?.[1];
    const lineAsk = (lead ? askOf(lead) : undefined) ?? section;
    for (const sentence of line.split(SENTENCE)) {
      const clauses = sentence.split(CLAUSE);
      const asks = clauses.map(askOf);
      clauses.forEach((clause, i) => {
        const here = credentialsNamed(reader, clause, notCarried).filter(unread);
        if (here.length === 0) return;
        const from = asks[i] ? i : [...asks.keys()].find((k) => k > i && asks[k]) ?? [...asks.keys()].reverse().find((k) => k < i && asks[k]);
        set(here, from === undefined ? lineAsk : asks[from], withinOf(clause) ?? (from === undefined ? undefined : withinOf(clauses[from] ?? '')) ?? graceAfter(clauses[i + 1], (c) => credentialsNamed(reader, c, notCarried).length > 0));
      });
    }
    // A short form read only beside the line's other words ("CSM, PSM or SAFe preferred": "CSM" alone is a job title): the line's word.
    const rest = credentialsNamed(reader, line, notCarried).filter(unread);
    if (rest.length > 0) set(rest, askOf(line) ?? section, withinOf(line));
  }
  return [...terms].map(([id, ask]) => ({ id, ...ask }));
}

/**
 * The grace a clause after the credential's own gives it as another way to meet the ask: "A+ required, or
 * obtained within 1 year of hire", "Security+ required; or willingness to earn it within 6 months". Only a
 * clause starting with "or" that names no credential of its own, so "Security+ required, CISSP within 2
 * years" gives Security+ no grace.
 */
function graceAfter(next: string | undefined, namesOne: (clause: string) => boolean): ReturnType<typeof withinOf> {
  return next !== undefined && /^\s*or\b/i.test(next) && !namesOne(next) ? withinOf(next) : undefined;
}

/** A posting's sentences, and the comma or semicolon clauses that set one ask beside another. */
const SENTENCE = /(?<=[.!?])\s+/;
const CLAUSE = /[,;]\s*/;

/** Each credential named, with its share of the postings and how each posting naming it asks (terms[i] is posting i's). */
export function askedTerms(terms: readonly (readonly ({ id: string } & PostingAsk)[])[]): AskedWithTerms[] {
  return askedShares(terms.map((list) => list.map((t) => t.id))).map((a) => ({
    ...a,
    postings: terms.flatMap((list) => list.filter((t) => t.id === a.id).map(({ id: _id, ...ask }) => ask)),
  }));
}

/**
 * What a set of postings asks for by name, as the chat keeps it from pasted postings: every credential
 * named (those the catalog does not carry too, CISA), with its share and how each posting asks.
 * `pivot pick --posting` reads posting files with this, so it and the chat never disagree.
 */
export function askedInPostings(reader: PersonReader, postings: readonly string[], notCarried: readonly Uncarried[] = []): AskedWithTerms[] {
  return askedTerms(postings.map((posting) => credentialTerms(reader, posting, notCarried)));
}

/**
 * The shortest grace the postings give, in the posting's own words ("90 days", "6 months"), for
 * "require it within 90 days of hire". Sessions saved before the words were kept say months.
 */
export function shortestGrace(terms: readonly PostingAsk[]): string | undefined {
  const grace = terms.filter((t) => t.withinMonths !== undefined).sort((a, b) => (a.withinMonths ?? 0) - (b.withinMonths ?? 0))[0];
  if (grace?.withinMonths === undefined) return undefined;
  return grace.within ?? `${grace.withinMonths} month${grace.withinMonths === 1 ? '' : 's'}`;
}
