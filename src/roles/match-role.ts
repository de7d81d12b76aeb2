import type { RoleCatalog } from '../data/load-data.js';
import { normalizeTerm } from '../data/load-data.js';
import type { DegreeRequired, Role } from '../data/roles-schema.js';
import { titleReadings } from './short-forms.js';

/**
 * What a typed target role means: a role from the catalog (exactly, or a close guess the user
 * should confirm), a role that legally needs a degree or licence, or nothing we know.
 */
export type RoleMatch =
  | { kind: 'role'; role: Role; exact: boolean }
  | { kind: 'degree-required'; entry: DegreeRequired }
  | { kind: 'unsure' }
  | { kind: 'none' };

const UNSURE = /^(?:i'?m |i am )?(?:not sure|unsure|don'?t know|no idea|dunno|idk|not decided|undecided|help me (?:choose|decide)|\?+)(?: yet)?$/;
const FILLER = new Set(['a', 'an', 'the', 'to', 'be', 'become', 'i', 'want', 'would', 'like', 'role', 'job', 'as', 'in', 'into', 'of', 'work', 'working', 'career', 'position', 'junior', 'entry', 'level', 'senior', 'and', 'or']);
/** Short titles ("RN", "MD", "PE") only count when they are the whole answer, never inside a sentence. */
const MIN_CONTAINED_ALIAS = 4;
const GUESS_THRESHOLD = 0.5;
/**
 * The kind of worker a title names, shared by many unrelated jobs: "instructional designer" and
 * "UX designer" share only "designer", which says nothing about the work. A guess must share a
 * word that says what the work is (stems, as compared below).
 */
const GENERIC_TITLE_WORDS = new Set(['designer', 'manager', 'analyst', 'engineer', 'specialist', 'developer', 'administrator', 'admin', 'architect', 'coordinator', 'consultant', 'technician', 'officer', 'assistant', 'associate', 'lead', 'director', 'executive', 'representative', 'advisor', 'adviser', 'expert', 'professional', 'worker', 'tech', 'dev'].map((w) => stemOf(w)));

const words = (text: string) => normalizeTerm(text).replace(/[^\p{L}\p{N}+#./ -]+/gu, ' ').split(/[\s/-]+/).filter((w) => w && !FILLER.has(w));
/** "analyst", "analysis" and "analytics" are one idea for matching titles. */
function stemOf(word: string): string {
  return word.length > 5 ? word.slice(0, 5) : word;
}
const stem = stemOf;

interface Candidate<T> {
  value: T;
  title: string;
  stems: string[];
  words: string[];
  joined: string;
}

function candidates<T>(items: readonly T[], titles: (item: T) => readonly string[]): Candidate<T>[] {
  return items.flatMap((value) =>
    titles(value).map((title) => {
      const w = words(title);
      return { value, title: normalizeTerm(title), stems: w.map(stem), words: w, joined: w.join('') };
    }),
  );
}

/** Built once at start: every title of every role, and of every degree-required occupation. */
export class RoleMatcher {
  private readonly roles: Candidate<Role>[];
  private readonly regulated: Candidate<DegreeRequired>[];
  /** Titles close to a role but not the same job ("product owner"): never guessed, suggested with reasons (closest-roles.ts). */
  private readonly related: readonly string[];

  constructor(catalog: RoleCatalog) {
    this.roles = candidates(catalog.roles, (role) => [role.id.replaceAll('-', ' '), role.name, ...role.aliases]);
    this.regulated = candidates(catalog.degreeRequired, (entry) => [entry.name, ...entry.aliases]);
    this.related = catalog.roles.flatMap((role) => (role.relatedTitles ?? []).map((r) => normalizeTerm(r.title)));
  }

  match(text: string): RoleMatch {
    const typed = normalizeTerm(text).replace(/[.!]+$/, '');
    if (typed === '') return { kind: 'none' };
    if (UNSURE.test(typed)) return { kind: 'unsure' };
    const exact = this.roles.find((c) => c.title === typed) ?? longestContained(this.roles, typed);
    if (exact) return { kind: 'role', role: exact.value, exact: true };
    const short = this.shortForm(typed);
    if (short) return short;
    const regulatedExactly = this.regulated.find((c) => c.title === typed);
    if (regulatedExactly) return { kind: 'degree-required', entry: regulatedExactly.value };
    // A related title before a licensed job inside it: a "solutions architect" designs systems, not buildings.
    if (this.related.some((title) => containsPhrase(typed, title))) return { kind: 'none' };
    const regulated = this.regulated.find((c) => c.title.length >= MIN_CONTAINED_ALIAS && containsPhrase(typed, c.title));
    if (regulated) return { kind: 'degree-required', entry: regulated.value };
    const guess = best(this.roles, words(typed));
    return guess ? { kind: 'role', role: guess, exact: false } : { kind: 'none' };
  }

  /**
   * "sf admin", "sys admin", "ba": a title said with short forms (short-forms.ts). One role named
   * by every reading is that role; two ("pm": project or product manager) are a question for the
   * person, so none is chosen and the closest roles offer both; a reading naming no title
   * exactly may still be a guess ("sec eng"), confirmed like any other.
   */
  private shortForm(typed: string): RoleMatch | undefined {
    const readings = titleReadings(typed);
    if (readings.length === 0) return undefined;
    const named = new Set(readings.flatMap((reading) => {
      const found = this.roles.find((c) => c.title === reading) ?? longestContained(this.roles, reading);
      return found ? [found.value] : [];
    }));
    const [only] = named;
    if (named.size > 1) return { kind: 'none' };
    if (only) return { kind: 'role', role: only, exact: true };
    const guess = readings.length === 1 ? best(this.roles, words(readings[0] ?? '')) : undefined;
    return guess ? { kind: 'role', role: guess, exact: false } : undefined;
  }
}

/** "I want to be a data scientist" names a title outright. */
function longestContained<T>(pool: Candidate<T>[], typed: string): Candidate<T> | undefined {
  let found: Candidate<T> | undefined;
  for (const c of pool) {
    if (c.title.length >= MIN_CONTAINED_ALIAS && containsPhrase(typed, c.title) && c.title.length > (found?.title.length ?? 0)) found = c;
  }
  return found;
}

function containsPhrase(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  const before = text[at - 1];
  const after = text[at + phrase.length];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/** "analysis" and "analyst", "marketing" and "marketer": one word when this much of it is the same. */
const SAME_WORD_START = 6;
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** "dev" for developer, "admin" for administrator: a typed word of three letters or more may be a prefix. */
const sameWord = (typed: string, title: string) => typed === title || (typed.length >= 3 && title.startsWith(typed));

/**
 * The title sharing the largest part of its words with the typed text, if that part is large
 * enough and no other role shares as much: a tie is a question for the user, not a guess.
 */
function best<T>(pool: Candidate<T>[], typedWords: string[]): T | undefined {
  if (typedWords.length === 0) return undefined;
  const typedStems = typedWords.map(stem);
  const typedJoined = typedWords.join('');
  const scores = new Map<T, number>();
  for (const c of pool) {
    const sharedStems = typedStems.filter((t) => c.stems.some((s) => sameWord(t, s)));
    const shared = sharedStems.length;
    // "cyber security" against "cybersecurity": the same letters without the space.
    const sameLetters = c.joined === typedJoined;
    // Only the kind of worker in common ("designer") is no guess: the title is another job. Nor is
    // a short common start ("interior" and "interaction"): the word itself must be shared.
    const saysTheWork = typedWords.some((t) => !GENERIC_TITLE_WORDS.has(stem(t)) && c.words.some((w) => sameWord(t, w) || commonStart(t, w) >= SAME_WORD_START));
    if (!sameLetters && !saysTheWork) continue;
    const score = sameLetters ? 1 : shared / Math.max(c.stems.length, typedStems.length);
    scores.set(c.value, Math.max(score, scores.get(c.value) ?? 0));
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < GUESS_THRESHOLD || (second && second[1] === first[1])) return undefined;
  return first[0];
}
