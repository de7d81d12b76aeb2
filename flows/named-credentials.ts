import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { plainQuestion, readCredentialQuestion, type CredentialQuestionKind } from '../src/credentials/credential-question.js';
import { cloudVendorsIn, type CloudVendor } from '../src/credentials/vendor-answer.js';

/**
 * The credentials a question names ("is a Scrum badge worth it?", "how much is the CompTIA A+?",
 * "how long wud az900 take me"), found by the words of their names, ids and providers. A word
 * shared by many credentials ("Google", "data") counts for little, one that only two share
 * ("scrum") for a lot, so "Google Data Analytics" finds one certificate and "Google" alone finds
 * none in particular; `byProvider` then says which credentials "the google cert" could be, for
 * the person's role to decide.
 */

/** Words that name no credential in particular. */
const GENERIC = new Set([
  'the', 'of', 'and', 'for', 'in', 'a', 'an', 'i', 'ii', 'to', 'on', 'it', 'is', 'me', 'my', 'be', 'do', 'or', 'worth', 'cost', 'how', 'much',
  'what', 'does', 'certificate', 'certification', 'certifications', 'certified', 'cert', 'certs', 'professional', 'associate', 'exam',
  'course', 'courses', 'badge', 'credential', 'credentials', 'fundamentals', 'program', 'long', 'take', 'free', 'there', 'any', 'one',
  'instead', 'about', 'than', 'cheaper', 'shorter', 'quicker', 'faster', 'employers', 'know', 'care', 'really', 'actually', 'even', 'just',
  'that', 'this', 'with', 'at', 'age', 'market', 'job', 'jobs', 'vs', 'get', 'need', 'time', 'version', 'other', 'options', 'something', 'anything', 'else', 'better',
]);
/**
 * Other spellings of words in credential names ("admin" for administrator, "frontend" for front).
 * Short forms of one credential ("sec+", "k8s", "aws saa") are its own, in credentials.json aliases.
 * Only words a name or id already has are targets, so a spelling of a word the catalog drops finds
 * nothing rather than something else.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  admin: ['administrator'],
  scrummaster: ['scrum', 'master'],
  nanodegree: ['nanodegree', 'udacity'],
  frontend: ['front'],
  backend: ['back'],
  powerbi: ['power'],
  amazon: ['aws'],
  cybersec: ['cybersecurity'],
};
/** How much a word must single out before a question counts as naming a credential. */
const MIN_SCORE = 0.3;
/** A word only one credential has, or several shared by few. */
const CERTAIN_SCORE = 1;
/** Credentials scoring within this share of the best are named too ("Scrum": PSM I and CSM). */
const NEAR_BEST = 0.7;
const MAX_NAMED = 3;

/**
 * "AZ-900", "az 900" and "az900" are one word; "a plus" is "a+"; "ScrumMaster" is "scrum master".
 * Applied to the catalog's names and to what people type alike.
 */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\b([a-z]+) plus\b/g, '$1+')
    .replace(/\b([a-z]{1,4})[\s-]?(\d{2,4})\b/g, '$1$2')
    .replace(/\bfront[\s-]end\b/g, 'front')
    .replace(/\bback[\s-]end\b/g, 'back')
    .split(/[^a-z0-9+#]+/)
    .flatMap((w) => ALIASES[w] ?? [w])
    .filter((w) => w.length > 1 && !GENERIC.has(w));

/** The first word of a provider or vendor ("Tableau (Salesforce)" is Tableau, "Scrum.org" is Scrum). */
const firstWord = (name: unknown): string | undefined => (typeof name === 'string' ? name.toLowerCase().split(/[^a-z0-9+]+/).find((w) => w.length > 1) : undefined);

export interface CredentialFinder {
  /** `certain`: only a name that singles one out ("PMP", "CompTIA A+"), for a question about nothing else. */
  named(question: string, certain?: boolean): CatalogCredential[];
  /** Every credential of a provider the question names ("the google cert", "anything from AWS"). */
  byProvider(question: string): CatalogCredential[];
}

export function credentialFinder(credentials: readonly CatalogCredential[]): CredentialFinder {
  // A credential's short forms ("k8s", "sec+") are words of its own, as its name's are.
  const wordsOf = new Map(credentials.map((c) => [c, [...new Set(words(`${c.name} ${c.id.replaceAll('-', ' ')} ${c.provider} ${(c.aliases ?? []).join(' ')}`))]]));
  // "scrum" names "ScrumMaster" too: a typed word of four letters or more may start a longer one.
  const matches = (typed: string, own: string) => typed === own || (typed.length >= 4 && own.startsWith(typed));
  const hits = (typed: string) => credentials.filter((c) => wordsOf.get(c)?.some((own) => matches(typed, own)));
  // The vendor field is read when the catalog has one (another change adds it), else the provider and partner.
  const providerWords = new Map(
    credentials.map((c) => [c, new Set([firstWord(c.provider), firstWord(c.partner), firstWord((c as { vendor?: unknown }).vendor)].filter((w): w is string => w !== undefined))]),
  );

  return {
    named(question, certain = false) {
      const score = new Map<CatalogCredential, number>();
      const matched = new Map<CatalogCredential, Set<string>>();
      for (const typed of new Set(words(question))) {
        const found = hits(typed);
        for (const c of found) {
          score.set(c, (score.get(c) ?? 0) + 1 / found.length);
          matched.set(c, (matched.get(c) ?? new Set<string>()).add(typed));
        }
      }
      const scored = [...score].map(([c, value]) => ({ c, score: value }));
      const best = Math.max(0, ...scored.map((s) => s.score));
      if (best < (certain ? CERTAIN_SCORE : MIN_SCORE)) return [];
      // Near the best, or singled out by a word of its own ("ISC2 CC vs Security+" names both).
      const near = scored.filter((s) => s.score >= best * NEAR_BEST || s.score >= CERTAIN_SCORE);
      // "Google Data Analytics" is that certificate, not also "Google Advanced Data Analytics": of two
      // found by the same words, the one whose own words were more fully typed.
      const share = (c: CatalogCredential) => (matched.get(c)?.size ?? 0) / (wordsOf.get(c)?.length ?? 1);
      const within = (a: Set<string> | undefined, b: Set<string> | undefined) => [...(a ?? [])].every((w) => b?.has(w));
      const named = near
        .filter((s) => !near.some((o) => o !== s && within(matched.get(s.c), matched.get(o.c)) && (matched.get(o.c)?.size ?? 0) + share(o.c) > (matched.get(s.c)?.size ?? 0) + share(s.c)))
        .sort((a, b) => b.score - a.score);
      return named.length > MAX_NAMED ? [] : named.map((s) => s.c);
    },
    byProvider(question) {
      const typed = new Set(words(question));
      return credentials.filter((c) => [...(providerWords.get(c) ?? [])].some((w) => typed.has(w)));
    },
  };
}

/** Kinds that make sense without a credential named ("anything cheaper?", "is the exam online?" asked before one is chosen): for the person's role. */
const STANDALONE: ReadonlySet<CredentialQuestionKind> = new Set(['cheaper', 'shorter', 'free', 'delivery', 'vendor']);
/** Words that point back at the credential under discussion: "is it worth it?", "how long is that cert?". */
const POINTS_BACK = /\b(?:cert|certs|certificate|certification|credential|course|exam|badge|this one|that one|the top (?:one|pick)|the first (?:one|pick)|your (?:top )?pick)\b/;

/** Entry steps first; a credential without a level (or one not known here) ranks with the entry steps. */
const LEVELS = ['entry-certificate', 'fundamentals', 'associate', 'professional', 'specialty'];
const levelRank = (c: CatalogCredential): number => {
  const level = (c as { level?: unknown }).level;
  const rank = typeof level === 'string' ? LEVELS.indexOf(level) : -1;
  return rank < 0 ? 0 : Math.max(0, rank - 1);
};

/** Where a comparison divides: "X or Y", "X vs Y", "X rather than Y". */
const COMPARED = /\b(?:or|vs\.?|versus|than|instead of|rather than|compared (?:to|with))\b/i;

export interface CredentialContext {
  /** The person's target role id: "the google cert" for a data analyst is Google Data Analytics. */
  readonly role?: string;
  /** The credential the conversation is about, for "is it worth it?". */
  readonly current?: CatalogCredential;
  /** The current credential was just explained or chosen at the picks: a bare "it" means it ("how long does it take?"). */
  readonly justDiscussed?: boolean;
}

/**
 * The credential question a message asks and the credentials it means, or undefined when it is
 * not one (a question about pay, the process or the coach's own questions). A kind that needs a
 * credential (worth, duration, employers, instead, cost) needs one named, one of a named provider
 * for the person's role, or the one under discussion pointed at.
 */
/** "the google cert" for a data analyst: the provider's first step for the role, when the catalog says which that is. */
function providersFirstStep(text: string, finder: CredentialFinder, role: string | undefined): CatalogCredential[] {
  if (!role) return [];
  const ofProvider = finder.byProvider(text).filter((c) => c.targetRoles.includes(role));
  const first = Math.min(...ofProvider.map(levelRank));
  const usual = ofProvider.filter((c) => levelRank(c) === first);
  return usual.length > 0 && usual.length <= MAX_NAMED ? usual : [];
}

const vendorOf = (c: CatalogCredential): string => (c as { vendor?: string }).vendor ?? c.provider;

/**
 * What one side of a comparison means, one credential where it can be: its name, else a provider's
 * first step for the role ("google cert"). A product or provider name that finds several of one
 * vendor's credentials ("tableau": Desktop Specialist and Certified Data Analyst) means the one that
 * fits the person, the vendor's first step for their role, since the other side is what it is
 * compared with: "google cert vs tableau" weighs Google's certificate against Tableau's first exam,
 * never Tableau's two exams against each other.
 */
function sideMeans(side: string, finder: CredentialFinder, role: string | undefined): CatalogCredential[] {
  const named = finder.named(side);
  if (named.length === 0) return providersFirstStep(side, finder, role);
  if (named.length === 1 || new Set(named.map(vendorOf)).size > 1) return named;
  const forRole = role ? named.filter((c) => c.targetRoles.includes(role)) : [];
  const pool = forRole.length > 0 ? forRole : named;
  const first = Math.min(...pool.map(levelRank));
  return pool.filter((c) => levelRank(c) === first);
}

export function readCredentialAsk(
  text: string,
  finder: CredentialFinder,
  context: CredentialContext = {},
): { kind: CredentialQuestionKind; credentials: CatalogCredential[]; vendors?: CloudVendor[] } | undefined {
  // "PL-300 or Tableau Certified Data Analyst?": each side of a comparison names its own.
  const sides = text.split(COMPARED).filter((side) => side.trim() !== '');
  const meant = sides.length > 1 ? sides.map((side) => sideMeans(side, finder, context.role)) : [];
  const each = [...new Set(meant.flat())];
  // Two credentials either side of "or" ask which, with no other word for it.
  // "should I do CCNA or Network+?" asks which: a comparison, not two separate "is it worth it?" answers.
  const comparing = each.length >= 2 && each.length <= MAX_NAMED;
  // Each side found its own: the comparison is between those, whatever the whole message's words find together.
  const sideBySide = comparing && meant.filter((found) => found.length > 0).length >= 2;
  const asked = readCredentialQuestion(text);
  const kind = comparing && (asked === undefined || asked === 'worth') ? 'instead' : asked;
  if (!kind) return undefined;
  let credentials = finder.named(text);
  if ((sideBySide || each.length > credentials.length) && each.length <= MAX_NAMED && each.length > 0) credentials = each;
  if (credentials.length === 0) credentials = providersFirstStep(text, finder, context.role);
  const plain = plainQuestion(text);
  const it = /\bit\b/.test(plain) && (kind === 'worth' || kind === 'delivery' || context.justDiscussed === true);
  if (credentials.length === 0 && context.current && (POINTS_BACK.test(plain) || it)) credentials = [context.current];
  if (credentials.length === 0 && !STANDALONE.has(kind)) return undefined;
  // "aws or azure?": the vendors weighed, for the answer to compare (src/credentials/vendor-answer.ts).
  if (kind === 'vendor') return { kind, credentials: [], vendors: cloudVendorsIn(text) };
  return { kind, credentials };
}
