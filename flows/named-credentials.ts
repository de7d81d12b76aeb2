import type { CatalogCredential } from '../src/data/credentials-schema.js';

/**
 * The credentials a question names ("is a Scrum badge worth it?", "how much is the CompTIA A+?",
 * "AZ-900"), found by the words of their names, ids and providers. A word shared by many
 * credentials ("Google", "data") counts for little, one that only two share ("scrum") for a lot,
 * so "Google Data Analytics" finds one certificate and "Google" alone finds none in particular.
 */

/** Words that name no credential in particular. */
const GENERIC = new Set([
  'the', 'of', 'and', 'for', 'in', 'a', 'an', 'i', 'ii', 'to', 'on', 'it', 'is', 'me', 'my', 'be', 'do', 'or', 'worth', 'cost', 'how', 'much',
  'what', 'does', 'certificate', 'certification', 'certifications', 'certified', 'cert', 'certs', 'professional', 'associate', 'exam',
  'course', 'courses', 'badge', 'credential', 'credentials', 'fundamentals', 'program', 'long', 'take', 'free', 'there', 'any', 'one',
]);
/** How much a word must single out before a question counts as naming a credential. */
const MIN_SCORE = 0.3;
/** A word only one credential has, or several shared by few. */
const CERTAIN_SCORE = 1;
/** Credentials scoring within this share of the best are named too ("Scrum": PSM I and CSM). */
const NEAR_BEST = 0.7;
const MAX_NAMED = 3;

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/\b([a-z]+) plus\b/g, '$1+')
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length > 1 && !GENERIC.has(w));

export interface CredentialFinder {
  /** `certain`: only a name that singles one out ("PMP", "CompTIA A+"), for a question about nothing else. */
  named(question: string, certain?: boolean): CatalogCredential[];
}

export function credentialFinder(credentials: readonly CatalogCredential[]): CredentialFinder {
  const wordsOf = new Map(credentials.map((c) => [c, [...new Set(words(`${c.name} ${c.id.replaceAll('-', ' ')} ${c.provider}`))]]));
  // "scrum" names "ScrumMaster" too: a typed word of four letters or more may start a longer one.
  const matches = (typed: string, own: string) => typed === own || (typed.length >= 4 && own.startsWith(typed));
  const hits = (typed: string) => credentials.filter((c) => wordsOf.get(c)?.some((own) => matches(typed, own)));

  return {
    named(question, certain = false) {
      const score = new Map<CatalogCredential, number>();
      for (const typed of new Set(words(question))) {
        const found = hits(typed);
        for (const c of found) score.set(c, (score.get(c) ?? 0) + 1 / found.length);
      }
      const scored = [...score].map(([c, value]) => ({ c, score: value }));
      const best = Math.max(0, ...scored.map((s) => s.score));
      if (best < (certain ? CERTAIN_SCORE : MIN_SCORE)) return [];
      const named = scored.filter((s) => s.score >= best * NEAR_BEST).sort((a, b) => b.score - a.score);
      return named.length > MAX_NAMED ? [] : named.map((s) => s.c);
    },
  };
}
