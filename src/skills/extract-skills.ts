import { normalizeTerm, type SkillCatalog } from '../data/load-data.js';
import type { Skill } from '../data/skills-schema.js';
import { cleanText, LETTER_CLASS, splitSegments, WORD_CLASS, type Segment, type Span } from './clean-text.js';
import { headerLevel, higherLevel, isListJoin, qualifierAfter, qualifierBefore, type SkillLevel } from './skill-levels.js';
import { describesProduct } from './product-facing.js';
import { compileTopics } from './skill-topics.js';

/**
 * Finds the catalog's skills in free text: a pasted job posting, a resume summary, a chat answer
 * ("I know Excel, some SQL and I ran a team of 8"). The matching rules are the ones the notes in
 * data/skills.json set out: whole tokens, longest form first, caseSensitive, needsContext and
 * avoid. Everything that depends on the catalog is compiled once in createSkillExtractor: one
 * trie-shaped expression for all forms, one for all avoid phrases, lookup maps and the broader
 * closure. extract() only runs precompiled expressions: over the text, and over the words near
 * each match for levels and years.
 */

export type { SkillLevel } from './skill-levels.js';

export interface SkillMention {
  /** Skill id from data/skills.json. */
  skill: string;
  level?: SkillLevel;
  years?: number;
  /** The directly named skill this one was inferred from through `broader` (sql from postgresql). */
  inferredFrom?: string;
  /** How many times it was named; for an inferred skill, how many times the skills implying it were. */
  count: number;
}

/** One place a skill is named, in the cleaned text `locate` returns with it. */
export interface LocatedMention {
  skill: string;
  start: number;
  end: number;
  /** The sentence or list item it is in. */
  segment: Segment;
}

export interface SkillExtractor {
  extract(text: string): SkillMention[];
  /**
   * Every direct mention with its place, for readers that need the words around a skill (what
   * level a posting asks it at). Same matching rules as extract; nothing is inferred.
   */
  locate(text: string): { text: string; mentions: LocatedMention[] };
}

interface FormInfo {
  skill: string;
  /** The exact spellings allowed (separators normalised), or null when any case matches. */
  exact: Set<string> | null;
  needsContext: boolean;
  /**
   * In a line all in one case, another capitalisation still counts, given company: "EXCEL" in an
   * ALL-CAPS block, "excel" in a lower-case chat line. Not for acronyms ("hr", "ml" are other
   * words) nor for forms that need context even when well spelled ("GO", "spark").
   */
  caselessOk: boolean;
}

interface Candidate {
  skill: string;
  start: number;
  end: number;
  segment: Segment;
  ambiguous: boolean;
  /** Spelled in another case in a one-case line ("illustrator"): counts only beside a skill of its own family ("photoshop"). */
  byFamily?: boolean;
  level?: SkillLevel;
  years?: number;
}

// In a form, a space or hyphen matches one space, newline or hyphen of the text: "front end
// development" finds "front-end development", "Power\nBI" (a wrapped line) finds Power BI.
const SEPARATORS = /[\s-]+/g;
const SEPARATOR_SOURCE = '[ \\n-]';
const WORD_CHAR = new RegExp(`[${WORD_CLASS}]`);
// A form must not start inside a word, and after its last letter or digit the token must stop:
// no "Go" in "Google", no "C" in "C++", "C#" or "CSS", no "Node" in "Node.js". After a symbol
// ("C++", "C#") a version may follow: "C++17".
const NOT_AFTER_WORD = `(?<![${WORD_CLASS}])`;
const TOKEN_END = `(?:(?<=[${WORD_CLASS}])(?![${WORD_CLASS}+#]|\\.[${WORD_CLASS}])|(?<![${WORD_CLASS}])(?![${LETTER_CLASS}+#]))`;
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
// Words that make an ambiguous form ("R", "Go", "Spark") technical when no other skill is near.
const CONTEXT_WORD = new RegExp(
  `(?<![${WORD_CLASS}])(?:programm[${LETTER_CLASS}]*|languages?|developers?|development|code|coding|codebase|scripting|scripts?|statistic[${LETTER_CLASS}]*|software|engineer[${LETTER_CLASS}]*|librar(?:y|ies)|frameworks?|back-?end|front-?end|full-?stack|microservices?|apis?|compil[${LETTER_CLASS}]*|stack|sprachen?|entwickl[${LETTER_CLASS}]*|lenguajes?|desarroll[${LETTER_CLASS}]*)(?![${WORD_CLASS}])`,
  'i',
);
const NON_SPACE = /\S/;
/** How far back level and years words are read: "at least five years of hands-on experience with ". */
const PREFIX_CHARS = 80;
const SUFFIX_CHARS = 40;

const keyOf = (form: string): string => normalizeTerm(form.replace(SEPARATORS, ' '));

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

function nodeSource(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => (ch === ' ' ? SEPARATOR_SOURCE : ch.replace(REGEX_SYNTAX, '\\$&')) + nodeSource(child));
  // Ending here is the last branch: a longer form sharing this prefix is tried first, and when
  // TOKEN_END rejects it the engine backs up to the shorter one.
  if (node.end) branches.push('');
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/**
 * One expression for many non-empty lower-case keys, to run on lower-cased text, shaped as a trie
 * ("s(?:ql(?: server|)|as)") so each position tries a few first letters instead of a thousand forms.
 */
function trieRegExp(keys: Iterable<string>): RegExp {
  const root: TrieNode = { next: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const byStart = (word: boolean): TrieNode => ({ next: new Map([...root.next].filter(([ch]) => WORD_CHAR.test(ch) === word)), end: false });
  const wordStart = byStart(true);
  const symbolStart = byStart(false); // ".NET" may follow a letter: "VB.NET"
  const alternatives = [
    ...(wordStart.next.size ? [`${NOT_AFTER_WORD}${nodeSource(wordStart)}`] : []),
    ...(symbolStart.next.size ? [nodeSource(symbolStart)] : []),
  ];
  if (!alternatives.length) return /(?!)/g; // no keys: an empty alternation would match everywhere
  return new RegExp(`(?:${alternatives.join('|')})${TOKEN_END}`, 'g');
}

function buildForms(skills: readonly Skill[]): Map<string, FormInfo> {
  const forms = new Map<string, FormInfo>();
  for (const skill of skills) {
    for (const form of [skill.name, ...skill.aliases]) {
      const key = keyOf(form);
      const known = forms.get(key);
      // A form claimed by two skills is a data error (npm run data:check reports it): the first keeps it.
      if (!key || (known && known.skill !== skill.id)) continue;
      const caseSensitive = (skill.caseSensitive ?? []).includes(form);
      const needsContext = (skill.needsContext ?? []).includes(form);
      const caselessOk = !needsContext && form !== form.toUpperCase();
      if (!known) {
        forms.set(key, { skill: skill.id, exact: caseSensitive ? new Set([form.replace(SEPARATORS, ' ')]) : null, needsContext, caselessOk });
        continue;
      }
      // "C-Sharp" and "C Sharp" share a key: the looser spelling decides.
      known.exact = known.exact && caseSensitive ? known.exact.add(form.replace(SEPARATORS, ' ')) : null;
      known.needsContext &&= needsContext;
      known.caselessOk ||= caselessOk;
    }
  }
  return forms;
}

interface AvoidedSpan {
  start: number;
  end: number;
  skills: string[];
  formsFrom?: number;
}

/** A word in an avoid phrase that stands for any one word: "to the * Wi-Fi" is "to the clinic wifi". */
const ANY_WORD = '*';

function buildAvoids(skills: readonly Skill[]): Map<string, string[]> {
  const avoids = new Map<string, string[]>();
  for (const skill of skills) {
    for (const phrase of skill.avoid ?? []) {
      if (phrase.split(' ').includes(ANY_WORD)) continue;
      const key = keyOf(phrase);
      if (key) avoids.set(key, [...(avoids.get(key) ?? []), skill.id]);
    }
  }
  return avoids;
}

/**
 * Avoid phrases with a word left open, as one expression with a group per phrase and a group per
 * open word, and the skills each rules out. The open word stands for the people or place a phrase
 * names ("for library leadership"), so a form that takes it in ("for team leadership") is named whole.
 */
function buildOpenAvoids(skills: readonly Skill[]): { pattern: RegExp; phrases: { group: number; lastOpen: number; skills: string[] }[] } {
  const sources: string[] = [];
  const phrases: { group: number; lastOpen: number; skills: string[] }[] = [];
  let group = 1;
  for (const skill of skills) {
    for (const phrase of skill.avoid ?? []) {
      const words = phrase.split(' ');
      if (!words.includes(ANY_WORD)) continue;
      const own = group++;
      let lastOpen = own;
      const source = words
        .map((w) => {
          if (w !== ANY_WORD) return keyOf(w).replace(REGEX_SYNTAX, '\\$&').replace(/ /g, SEPARATOR_SOURCE);
          lastOpen = group++;
          return `([${WORD_CLASS}'’]+)`;
        })
        .join(`${SEPARATOR_SOURCE}+`);
      sources.push(`(${NOT_AFTER_WORD}${source}${TOKEN_END})`);
      phrases.push({ group: own, lastOpen, skills: [skill.id] });
    }
  }
  return { pattern: sources.length ? new RegExp(sources.join('|'), 'dg') : /(?!)/g, phrases };
}

/** Every skill each skill is evidence of, nearest first (pytorch: deep-learning, python, machine-learning). */
function buildBroader(catalog: SkillCatalog): Map<string, string[]> {
  const closure = new Map<string, string[]>();
  for (const skill of catalog.skills) {
    const found: string[] = [];
    const queue = [...(skill.broader ?? [])];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (id === skill.id || found.includes(id)) continue;
      found.push(id);
      queue.push(...(catalog.byId.get(id)?.broader ?? []));
    }
    if (found.length) closure.set(skill.id, found);
  }
  return closure;
}

/** Each skill's family: the skills it is evidence of directly, and their other children (illustrator: adobe-creative-cloud, photoshop). */
function buildFamilies(catalog: SkillCatalog): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const skill of catalog.skills) {
    const parents = skill.broader ?? [];
    if (!parents.length) continue;
    const members = new Set(parents);
    for (const other of catalog.skills) if (other.id !== skill.id && other.broader?.some((id) => parents.includes(id))) members.add(other.id);
    families.set(skill.id, members);
  }
  return families;
}

export function createSkillExtractor(catalog: SkillCatalog): SkillExtractor {
  const forms = buildForms(catalog.skills);
  const formPattern = trieRegExp(forms.keys());
  const avoids = buildAvoids(catalog.skills);
  const avoidPattern = trieRegExp(avoids.keys());
  const openAvoids = buildOpenAvoids(catalog.skills);
  const broader = buildBroader(catalog);
  const topics = compileTopics();
  const family = buildFamilies(catalog);

  /**
   * Stretches of text inside an avoid phrase ("R&D", "go-to-market"), with the skills they rule out;
   * for a phrase with an open word, only forms starting after that word (`formsFrom`).
   */
  function avoidedSpans(lower: string): AvoidedSpan[] {
    const spans: AvoidedSpan[] = [];
    avoidPattern.lastIndex = 0;
    for (let m = avoidPattern.exec(lower); m; m = avoidPattern.exec(lower)) {
      const skills = avoids.get(m[0]) ?? avoids.get(m[0].replace(SEPARATORS, ' '));
      if (skills) spans.push({ start: m.index, end: m.index + m[0].length, skills });
    }
    openAvoids.pattern.lastIndex = 0;
    for (let m = openAvoids.pattern.exec(lower); m; m = openAvoids.pattern.exec(lower)) {
      const phrase = openAvoids.phrases.find((p) => m?.[p.group] !== undefined);
      const formsFrom = phrase && m.indices?.[phrase.lastOpen]?.[1];
      if (phrase && formsFrom !== undefined) spans.push({ start: m.index, end: m.index + m[0].length, skills: phrase.skills, formsFrom });
      if (m[0].length === 0) openAvoids.pattern.lastIndex++;
    }
    return spans.sort((x, y) => x.start - y.start);
  }

  /** Forms found in the text, minus wrong capitalisation and avoid phrases. `lower` is `text` lower-cased, same length. */
  function candidates(text: string, lower: string, segments: readonly Segment[]): Candidate[] {
    const avoided = avoidedSpans(lower);
    const found: Candidate[] = [];
    let s = 0;
    let a = 0;
    formPattern.lastIndex = 0;
    for (let m = formPattern.exec(lower); m; m = formPattern.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      // Keys have single spaces, so most matches are keys as they stand; "front-end" needs the replace.
      const info = forms.get(m[0]) ?? forms.get(m[0].replace(SEPARATORS, ' '));
      if (!info) continue;
      while ((segments[s + 1]?.start ?? Infinity) <= start) s++;
      const segment = segments[s];
      if (!segment) continue;
      let ambiguous = info.needsContext;
      let byFamily = false;
      const spelled = info.exact ? text.slice(start, end).replace(SEPARATORS, ' ') : '';
      if (info.exact && !info.exact.has(spelled)) {
        if (!segment.caseless || (!info.caselessOk && !family.has(info.skill))) continue;
        ambiguous = true;
        byFamily = !info.caselessOk;
      }
      while ((avoided[a]?.end ?? Infinity) <= start) a++;
      let inAvoided = false;
      for (let i = a; i < avoided.length && (avoided[i]?.start ?? Infinity) <= start && !inAvoided; i++) {
        const span = avoided[i] as AvoidedSpan;
        inAvoided = span.end >= end && span.skills.includes(info.skill) && start >= (span.formsFrom ?? span.start);
      }
      if (inAvoided) continue;
      if (describesProduct(lower, start, end)) continue;
      found.push({ skill: info.skill, start, end, segment, ambiguous, ...(byFamily ? { byFamily } : {}) });
    }
    return found;
  }

  /** Two mentions on one line with only semicolons, no sentence end, between them. */
  const semicolonList = (text: string, a: Candidate, b: Candidate): boolean => {
    if (a.segment.lineEnd !== b.segment.lineEnd) return false;
    const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
    return between.includes(';') && !/[.!?](?=\s|$)/.test(between);
  };

  /** needsContext: keeps an ambiguous mention only with another skill or a technical word in its scope. */
  function confirmed(text: string, found: Candidate[]): Candidate[] {
    if (!found.some((c) => c.ambiguous)) return found;
    const sure = new Set<string>();
    const sureByScope = new Map<Span, Set<string>>();
    for (const c of found) {
      if (c.ambiguous) continue;
      sure.add(c.skill);
      const inScope = sureByScope.get(c.segment.scope);
      if (inScope) inScope.add(c.skill);
      else sureByScope.set(c.segment.scope, new Set([c.skill]));
    }
    const wordInScope = new Map<Span, boolean>();
    const hasContext = (c: Candidate): boolean => {
      // "all in illustrator and photoshop and indesign": a lower-case tool name is meant among its own family's tools.
      if (c.byFamily) return found.some((o) => !o.ambiguous && o.segment.scope === c.segment.scope && family.get(c.skill)?.has(o.skill));
      // Named unambiguously elsewhere ("Golang ... Go"), the skill is known to be meant.
      if (sure.has(c.skill)) return true;
      // "Analyze COBOL programs": a bare everyday form needs its own topic in its sentence, not any technical word.
      const topic = topics.get(c.skill);
      if (topic) {
        const { start, end } = c.segment;
        return topic.word.test(text.slice(start, end)) || found.some((o) => !o.ambiguous && o.segment === c.segment && topic.skills.has(o.skill));
      }
      const others = sureByScope.get(c.segment.scope);
      if (others && (others.size > 1 || !others.has(c.skill))) return true;
      // "incident response; vulnerability scanning; networking; Linux": items of one sentence split by semicolons share their context.
      if (found.some((o) => !o.ambiguous && o.skill !== c.skill && semicolonList(text, c, o))) return true;
      let word = wordInScope.get(c.segment.scope);
      if (word === undefined) wordInScope.set(c.segment.scope, (word = CONTEXT_WORD.test(text.slice(c.segment.scope.start, c.segment.scope.end))));
      return word;
    };
    return found.filter((c) => !c.ambiguous || hasContext(c));
  }

  // A level carries along a list only between skills of one kind: "basic HTML, CSS" is basic CSS,
  // "some SQL, accounting" says nothing about accounting.
  const kindOf = (id: string): string => {
    const category = catalog.byId.get(id)?.category ?? 'tool';
    return category === 'language' || category === 'platform' ? 'tool' : category;
  };

  /** Levels and years: own words first, then a list the mention continues ("Advanced: SQL, Python"), then the list header. */
  function qualify(text: string, mentions: Candidate[]): void {
    const headerLevels = new Map<Span, SkillLevel | undefined>();
    let previous: Candidate | undefined;
    for (const c of mentions) {
      const { segment } = c;
      const sameSegment = previous?.segment === segment ? previous : undefined;
      const from = Math.max(segment.start, sameSegment?.end ?? 0, c.start - PREFIX_CHARS);
      const before = qualifierBefore(text.slice(from, c.start));
      const after = qualifierAfter(text.slice(c.end, Math.min(segment.lineEnd, c.end + SUFFIX_CHARS)));
      const joined = sameSegment && isListJoin(text.slice(sameSegment.end, c.start)) && kindOf(sameSegment.skill) === kindOf(c.skill) ? sameSegment : undefined;
      let fromHeader: SkillLevel | undefined;
      if (segment.header) {
        if (!headerLevels.has(segment.header)) headerLevels.set(segment.header, headerLevel(text.slice(segment.header.start, segment.header.end)));
        fromHeader = headerLevels.get(segment.header);
      }
      c.level = before.level ?? after.level ?? joined?.level ?? fromHeader;
      c.years = before.years ?? after.years ?? joined?.years;
      previous = c;
    }
  }

  function summarize(mentions: readonly Candidate[]): SkillMention[] {
    const direct = new Map<string, SkillMention>();
    for (const c of mentions) {
      let mention = direct.get(c.skill);
      if (!mention) direct.set(c.skill, (mention = { skill: c.skill, count: 0 }));
      mention.count++;
      // Named several times with different levels or years, the strongest wins: a posting that
      // asks for "basic Excel" in the summary and "advanced Excel" in the requirements wants
      // advanced, and a user who claims both has shown the higher one somewhere.
      const level = higherLevel(mention.level, c.level);
      if (level) mention.level = level;
      if (c.years !== undefined && (mention.years === undefined || c.years > mention.years)) mention.years = c.years;
    }
    const inferred = new Map<string, SkillMention>();
    for (const mention of direct.values()) {
      for (const id of broader.get(mention.skill) ?? []) {
        if (direct.has(id)) continue;
        const known = inferred.get(id);
        if (known) known.count += mention.count;
        else inferred.set(id, { skill: id, inferredFrom: mention.skill, count: mention.count });
      }
    }
    return [...direct.values(), ...inferred.values()];
  }

  return {
    locate(text: string): { text: string; mentions: LocatedMention[] } {
      if (!NON_SPACE.test(text)) return { text: '', mentions: [] };
      const clean = cleanText(text);
      const mentions = confirmed(clean, candidates(clean, clean.toLowerCase(), splitSegments(clean)));
      return { text: clean, mentions: mentions.map(({ skill, start, end, segment }) => ({ skill, start, end, segment })) };
    },
    extract(text: string): SkillMention[] {
      if (!NON_SPACE.test(text)) return [];
      const clean = cleanText(text);
      const mentions = confirmed(clean, candidates(clean, clean.toLowerCase(), splitSegments(clean)));
      qualify(clean, mentions);
      return summarize(mentions);
    },
  };
}
