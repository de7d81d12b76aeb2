import type { SkillCatalog } from '../data/load-data.js';
import { cleanText } from './clean-text.js';
import type { SkillExtractor, SkillLevel, SkillMention } from './extract-skills.js';
import { listedSkills } from './listed-skills.js';
import { CREDENTIAL_FORMS, CREDENTIAL_LAPSED_CUES, CREDENTIAL_NOT_YET_CUES, CREDENTIAL_WORDS, HOBBY_CUES, MOVED_FROM_CUES, NOT_SKILL_CUES, NOT_YET_CUES, WORK_CUES } from './person-cues.js';
import { higherLevel } from './skill-levels.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Reads what a person says about themselves the way a careers coach listens: "I do the month-end
 * close and the variance reports" is accounting and reporting; "fixing the register and printers
 * when they break" is hardware troubleshooting and technical support; "some SQL" is SQL at a basic
 * level; "PMP certified" is project management and the PMP held; "I want to learn Power BI" is
 * not Power BI yet; "a full driving licence" and "I love hiking" are neither gaps nor strengths.
 * Every skill keeps the words it was read from, so the coach can show why. The catalog's names
 * and aliases are read by the skill extractor (as for a posting); everyday phrasing by the cues
 * in person-cues.ts; credentials by their catalog names and the ways people type them.
 */

export interface PersonSkill {
  /** Skill id from data/skills.json. */
  skill: string;
  level?: SkillLevel;
  /** The person's words it was read from. */
  evidence: string;
  /** The directly named skill this one follows from through `broader` (spreadsheets from Excel). */
  inferredFrom?: string;
  /**
   * The held credential this skill is read from, when the person's words did not name it: an A+
   * holder troubleshoots at a basic level (the report says "from your CompTIA A+").
   */
  fromCredential?: { id: string; name: string };
}

export interface HeldCredential {
  /** Credential id from data/credentials.json. */
  id: string;
  evidence: string;
}

export interface PersonReading {
  skills: PersonSkill[];
  /** Credentials held now. */
  credentials: HeldCredential[];
  /** Credentials held once and let lapse ("had network+ from 2016, let it lapse in 2019"): what they taught counts, the credential does not. */
  lapsed?: HeldCredential[];
  /** What was said that is no tech skill ("full UK driving licence", "first aid trained"), as said. */
  setAside: string[];
}

export interface PersonReader {
  read(text: string): PersonReading;
}

interface CredentialInfo {
  id: string;
  name: string;
  /** The catalog skills the credential certifies (data/credentials.json `skills`). */
  skills?: readonly string[];
  /** fundamentals, entry-certificate, associate, professional. */
  level?: string;
}

/**
 * The level a credential proves its skills at: a fundamentals exam or an entry certificate shows
 * the basics, an associate exam working knowledge; a professional credential (PMP, with its years
 * of led projects) shows the skill held, with no cap.
 */
const CREDENTIAL_LEVEL: Readonly<Record<string, SkillLevel | undefined>> = { fundamentals: 'basic', 'entry-certificate': 'basic', associate: 'intermediate', professional: undefined };

interface Span {
  start: number;
  end: number;
}

const escape = (phrase: string): string => escapeRegExp(phrase).replace(/[ -]+/g, '[\\s-]*');
/** Whole words, where "+" continues a token ("A+", "Network+"). */
const whole = (source: string, flags = 'gi') => new RegExp(`(?<![\\w+])(?:${source})(?![\\w+])`, flags);
const anyOf = (sources: readonly string[]) => whole(sources.join('|'));

// Clauses end at sentence ends, lines, semicolons, commas outside brackets (not in "2,000"), " - ", "but"; items
// also at commas in brackets, "and", "&", "+" and "/": "excel (vlookups, pivot tables)" holds two
// items, "SQL daily (advanced)" one, with its level.
const CLAUSE_BREAK = /[.!?](?=\s|$)|[;\n]|(?:(?<!\d),|,(?!\d{3}(?!\d)))(?![^()]*\))|\s[-–]+\s|\s->\s|\s(?:but|so|though|although|plus)\s/gi;
// A slash between two single letters is one word: "A/B tests", "I/O".
const ITEM_BREAK = /[&+]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!(?:^|[^A-Za-z0-9])[A-Za-z])\/|\/(?![A-Za-z](?:[^A-Za-z0-9]|$))|\sand\s|\sor\s/gi;
const MAX_EVIDENCE = 90;
// "html css basics", "Excel expert", "i know excel pretty well": a level said after the list.
const TAIL_LEVEL = /(?:^|[\s(:,-])(?:(basics?|beginner|novice|(?:a )?little(?: bit)?|a bit|entry level)|(intermediate|pretty well|pretty good|decent|ok|okay|good|(?:fairly |quite |pretty )?confident)|(expert|advanced|very well|really well|power user|guru|wizard|ninja|pro|fluent))\s*\)?\s*[!.]?\s*$/i;
// A level said on its own after what it is about: "..., intermediate I'd say", "(pivot tables - fairly confident)",
// "photoshop, illustrator, indesign - advanced".
const LEVEL_ALONE = /^\s*(?:(?:at )?(?:an? )?(?:(basics?|beginner|novice|entry level)|(intermediate|decent|(?:fairly |quite |pretty )?confident|comfortable)|(expert|advanced|fluent))(?: level)?)(?:\s+(?:i'?d say|i would say|i think|i guess|probably|maybe|by now|now|overall|at least))?\s*[)!.]*\s*$/i;
// A level said once for a whole list: "SQL and Tableau at a beginner level".
const LIST_LEVEL = /\s(?:at|on)\s+(?:an?\s+)?(?:(basic|beginners?|novice|entry)|(intermediate)|(advanced|expert))\s+level\s*[)!.]*\s*$/i;
const TECH_CATEGORIES: ReadonlySet<string> = new Set(['tool', 'language', 'platform']);
const LEVELLESS: ReadonlySet<string> = new Set(['soft', 'domain']);

function spans(text: string, breaks: RegExp, from = 0, to = text.length): Span[] {
  const found: Span[] = [];
  let start = from;
  breaks.lastIndex = 0;
  const body = text.slice(from, to);
  for (let m = breaks.exec(body); m; m = breaks.exec(body)) {
    found.push({ start, end: from + m.index });
    start = from + m.index + m[0].length;
    if (m[0].length === 0) breaks.lastIndex++;
  }
  found.push({ start, end: to });
  return found.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

// "and I managed a team of 6" is said back as "I managed a team of 6".
const squash = (words: string) => words.replace(/\s+/g, ' ').replace(/^[\s,;:\-–•*]+|[\s,;:\-–]+$/g, '').replace(/^(?:and|or|also|plus|&)\s+/i, '');
const evidenceOf = (words: string) => {
  // A list item cut from inside brackets ("tested the flowsheets, helped people at the elbow)") loses the bracket it closes.
  const said = squash(words).replace(/^([^(]*)\)$/, '$1').replace(/^\(([^)]*)$/, '$1');
  return said.length <= MAX_EVIDENCE ? said : `${said.slice(0, MAX_EVIDENCE - 1)}…`;
};

const levelOf = (match: RegExpExecArray): SkillLevel | undefined => (match[1] ? 'basic' : match[2] ? 'intermediate' : match[3] ? 'advanced' : undefined);

/** Forms of a catalog credential's name: the name, without its bracket, the code in the bracket. */
function nameForms(name: string): { certain: string[]; withWord: string[] } {
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const code = /\(([^)]*)\)/.exec(name)?.[1]?.trim();
  const short = bare.replace(/^Microsoft Certified:\s*/i, '').replace(/\s+(?:Professional Certificate|Certification|Certificate|Nanodegree)$/i, '').trim();
  const certain = [name, bare, ...(code && /\d|^[A-Z]{3,}(?:\s+I+)?$/.test(code) ? [code] : [])];
  return { certain, withWord: short !== bare ? [short] : [] };
}

/** What a person reader is built from: the coach's data (src/coach-data.ts) has this shape. */
export interface PersonReaderData {
  extractor: SkillExtractor;
  catalog: { skills: SkillCatalog };
  credentials: { credentials: readonly CredentialInfo[] };
}

const readers = new WeakMap<PersonReaderData, PersonReader>();

/** One reader per loaded data, compiled on first use: the chat and the command line share it. */
export function personReaderOf(data: PersonReaderData): PersonReader {
  let reader = readers.get(data);
  if (!reader) readers.set(data, (reader = createPersonReader(data.extractor, data.catalog.skills, data.credentials.credentials)));
  return reader;
}

export function createPersonReader(extractor: SkillExtractor, catalog: SkillCatalog, credentials: readonly CredentialInfo[]): PersonReader {
  const cues = WORK_CUES.map((cue) => ({ pattern: whole(cue.pattern), skills: cue.skills.filter((id) => catalog.byId.has(id)), level: cue.level, given: cue.given, readsSource: cue.readsSource }));
  const movedFrom = anyOf(MOVED_FROM_CUES);
  const notSkill = anyOf(NOT_SKILL_CUES);
  const hobby = anyOf(HOBBY_CUES);
  const notYet = anyOf(NOT_YET_CUES);
  const credentialNotYet = anyOf(CREDENTIAL_NOT_YET_CUES);
  const credentialLapsed = anyOf(CREDENTIAL_LAPSED_CUES);
  const credentialWord = whole(CREDENTIAL_WORDS, 'i');
  const known = new Set(credentials.map((c) => c.id));
  const unambiguous = new Set(catalog.skills.filter((s) => !s.needsContext?.length).map((s) => s.id));
  const forms = credentials.map((c) => {
    const fromName = nameForms(c.name);
    const extra = CREDENTIAL_FORMS[c.id] ?? {};
    const compile = (list: readonly string[]) => (list.length ? whole([...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|'), 'i') : undefined);
    // A form the table says needs a credential word ("CSM") needs one even when the name gives it as its code.
    const needsWord = new Set((extra.withWord ?? []).map((form) => form.toLowerCase()));
    const certain = [...fromName.certain, ...(extra.certain ?? [])].filter((form) => !needsWord.has(form.toLowerCase()));
    return { id: c.id, certain: compile(certain), withWord: compile([...fromName.withWord, ...(extra.withWord ?? [])]) };
  });
  // What holding a credential proves: the skills it certifies (its catalog skills, and those its
  // own name says, "Azure Fundamentals"). What it is about (those its name says, and its first
  // catalog skill) at the level its exam shows; the rest of its syllabus at a basic level at most,
  // since one exam covers it in breadth: a PMP holds project management, not a software team's Agile.
  const credentialSkills = new Map(
    credentials.map((c) => {
      // What its name says, and what that is part of (a Certified ScrumMaster knows Agile as well as Scrum).
      const named = extractor.extract(c.name).map((m) => m.skill);
      const about = new Set([...named, ...(c.skills ?? []).slice(0, 1)]);
      const level = c.level ? CREDENTIAL_LEVEL[c.level] : undefined;
      const skills = [...new Set([...named, ...(c.skills ?? [])])]
        .filter((id) => catalog.byId.has(id))
        .map((id): { id: string; level: SkillLevel | undefined } => ({ id, level: about.has(id) ? level : 'basic' }));
      const name = c.name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/^Microsoft Certified:\s*/i, '').trim();
      return [c.id, { skills, name }] as const;
    }),
  );

  /** Where `skill` is first named in `text` (cleaned already), as typed or capitalised as a list item is read. */
  const placeOf = (skill: string, text: string): number | undefined => {
    for (const form of [text, text.replace(/\p{L}+/gu, (w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`)]) {
      const located = extractor.locate(form);
      // Positions hold only if cleaning left the text as it was.
      if (located.text !== form) continue;
      const hit = located.mentions.find((m) => m.skill === skill);
      if (hit) return hit.start;
    }
    return undefined;
  };

  /** Blanks [start, end) out of `chars`, keeping the length so positions still line up. */
  const blank = (chars: string[], from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };

  /** A credential name in `words` ("Network+", "CSM"). */
  const namesOne = (words: string) =>
    forms.some((form) =>
      [form.certain, form.withWord].some((pattern) => {
        if (!pattern) return false;
        pattern.lastIndex = 0;
        return pattern.test(words);
      }),
    );
  /**
   * Held once, not now: the lapse said in the credential's clause ("my expired PMP") or in the next
   * one when that names no credential of its own ("had network+ from 2016, let it lapse in 2019").
   */
  const saysLapsed = (words: string, next: string | undefined) =>
    [words, ...(next !== undefined && !namesOne(next) ? [next] : [])].some((w) => {
      credentialLapsed.lastIndex = 0;
      return credentialLapsed.test(w);
    });

  /** The credentials held, and where their names are written (`names`, filled in); those let lapse apart. */
  function heldCredentials(text: string, clauses: readonly Span[], names: Span[]): { held: HeldCredential[]; lapsed: HeldCredential[] } {
    const held = new Map<string, HeldCredential>();
    const lapsed = new Map<string, HeldCredential>();
    for (const [i, clause] of clauses.entries()) {
      const words = text.slice(clause.start, clause.end);
      const after = clauses[i + 1];
      credentialNotYet.lastIndex = 0;
      if (credentialNotYet.test(words)) continue;
      const hit = (pattern: RegExp | undefined) => {
        if (!pattern) return false;
        pattern.lastIndex = 0;
        return pattern.test(words);
      };
      const certain = forms.filter((form) => known.has(form.id) && hit(form.certain));
      // "PMP and CSM": beside a certain credential, a form that needs a credential word has one.
      const hasWord = credentialWord.test(words) || certain.length > 0;
      const named = [...certain, ...(hasWord ? forms.filter((form) => known.has(form.id) && !certain.includes(form) && hit(form.withWord)) : [])];
      const into = named.length > 0 && saysLapsed(words, after && text.slice(after.start, after.end)) ? lapsed : held;
      for (const form of named) {
        if (!into.has(form.id)) into.set(form.id, { id: form.id, evidence: evidenceOf(words) });
        for (const pattern of [form.certain, form.withWord]) {
          if (!pattern) continue;
          for (const m of words.matchAll(new RegExp(pattern.source, 'gi'))) names.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length });
        }
      }
    }
    for (const id of held.keys()) lapsed.delete(id);
    return { held: [...held.values()], lapsed: [...lapsed.values()] };
  }

  return {
    read(said: string): PersonReading {
      const text = cleanText(said);
      const clauses = spans(text, CLAUSE_BREAK);
      const chars = [...text];
      // A licence or a first-aid course is blanked everywhere: nothing in it is a skill or a credential.
      const setAside: string[] = [];
      for (const m of text.matchAll(notSkill)) {
        blank(chars, m.index, m.index + m[0].length);
        if (!setAside.includes(m[0].trim())) setAside.push(m[0].trim());
      }
      // The old home of imported records ("imported contacts from spreadsheets") is no tool of theirs.
      const moved = [...text.matchAll(movedFrom)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      for (const span of moved) blank(chars, span.start, span.end);
      const withoutNotSkills = chars.join('');
      const credentialNames: Span[] = [];
      const { held: credentialsHeld, lapsed } = heldCredentials(withoutNotSkills, clauses, credentialNames);
      // "I did the Google IT Support certificate": the skill words in a held credential's name are
      // the credential, which proves its skills below (shown as "from your ..."), not words of the person's own.
      for (const name of credentialNames) blank(chars, name.start, name.end);
      const hobbies: Span[] = [];
      for (const clause of clauses) {
        const words = withoutNotSkills.slice(clause.start, clause.end);
        notYet.lastIndex = 0;
        const wanted = notYet.exec(words);
        if (wanted) blank(chars, clause.start + wanted.index, clause.end);
        hobby.lastIndex = 0;
        const pastime = hobby.exec(words);
        if (pastime && !wanted) {
          hobbies.push({ start: clause.start + pastime.index, end: clause.end });
          blank(chars, clause.start + pastime.index, clause.end);
        }
      }
      const masked = chars.join('');
      // What is said back as evidence: the words read, with the old home of imported records put back.
      const shownChars = [...masked];
      for (const span of moved) for (let i = span.start; i < span.end; i++) shownChars[i] = text[i] as string;
      const shown = shownChars.join('');

      const skills = new Map<string, PersonSkill>();
      // Skills whose level is only the most some words show ("terminating cat6": basic networking),
      // not a level the person said: words that name the skill plainly lift the cap.
      const capped = new Set<string>();
      // Where the words quoted for a soft or industry skill start in the text.
      const quotedAt = new Map<string, number>();
      const add = (skill: string, evidence: string, said?: SkillLevel, inferredFrom?: string, cap?: SkillLevel, at?: number) => {
        // A level is kept for what can be learnt to a level (a tool, a method), not for "good at explaining".
        const levelless = LEVELLESS.has(catalog.byId.get(skill)?.category ?? '');
        const level = levelless ? undefined : (said ?? cap);
        const known = skills.get(skill);
        if (!known) {
          skills.set(skill, { skill, ...(level ? { level } : {}), evidence: evidenceOf(evidence), ...(inferredFrom ? { inferredFrom } : {}) });
          if (level && !said) capped.add(skill);
          if (at !== undefined) quotedAt.set(skill, at);
          return;
        }
        // A soft or industry skill has no level to weigh, so the coach quotes where it was first said: the work
        // ("im charge nurse on a 24 bed icu"), not a later aside that names it ("those are clinical not tech lol").
        if (levelless && !inferredFrom && !known.inferredFrom && at !== undefined && at < (quotedAt.get(skill) ?? Infinity)) {
          known.evidence = evidenceOf(evidence);
          quotedAt.set(skill, at);
          return;
        }
        if (capped.has(skill) && !inferredFrom && (said || !cap)) {
          // Named plainly ("networking") or at a level said: that, not the cap, is what they hold, and
          // those words, not the ones that showed only the basics, are what the coach quotes.
          capped.delete(skill);
          if (said) known.level = said;
          else delete known.level;
          known.evidence = evidenceOf(evidence);
          return;
        }
        if (cap && !said) return;
        const higher = higherLevel(known.level, level);
        if (higher) known.level = higher;
        if (known.inferredFrom && !inferredFrom) {
          delete known.inferredFrom;
          known.evidence = evidenceOf(evidence);
        }
      };

      // Where each named skill was said: the first clause (or list item) that names it, and where that starts.
      const evidence = new Map<string, string>();
      const evidenceAt = new Map<string, number>();
      // Levels from the words of each clause alone: in "basic Python, Excel" the "basic" is Python's.
      const levels = new Map<string, SkillLevel>();
      const itemLevel = new Map<string, SkillLevel>();
      // The tools, languages and platforms each clause names, for a level said after them on its own.
      const namedIn: string[][] = [];
      // Tools a list names only beside its neighbours: "photoshop, illustrator, indesign" is three clauses,
      // and "illustrator" alone may be the job; after Photoshop it is the tool.
      const inList: SkillMention[] = [];
      clauses.forEach((clause, index) => {
        let inClause = listedSkills(extractor, masked.slice(clause.start, clause.end), unambiguous);
        const before = clauses[index - 1];
        const words = masked.slice(clause.start, clause.end).trim();
        if (inClause.length === 0 && before && namedIn[index - 1]?.length && words.split(/\s+/).length <= 2 && !/[.!?;\n]/.test(masked.slice(before.end, clause.start))) {
          const beside = new Set(listedSkills(extractor, masked.slice(before.start, before.end), unambiguous).map((m) => m.skill));
          const list = `${masked.slice(before.start, before.end)}, ${words}`.replace(/\p{L}+/gu, (w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`);
          inClause = extractor.extract(list).filter((m) => !beside.has(m.skill) && TECH_CATEGORIES.has(catalog.byId.get(m.skill)?.category ?? ''));
          for (const m of inClause) if (!m.inferredFrom && !evidence.has(m.skill)) {
            evidence.set(m.skill, words);
            evidenceAt.set(m.skill, clause.start);
          }
          inList.push(...inClause.filter((m) => !m.inferredFrom));
        }
        for (const m of inClause) {
          const level = m.inferredFrom ? undefined : higherLevel(levels.get(m.skill), m.level);
          if (level) levels.set(m.skill, level);
        }
        namedIn.push(inClause.filter((m) => !m.inferredFrom && TECH_CATEGORIES.has(catalog.byId.get(m.skill)?.category ?? '')).map((m) => m.skill));
        const items = spans(masked, ITEM_BREAK, clause.start, clause.end);
        const namedByItem = items.map((item) => listedSkills(extractor, masked.slice(item.start, item.end), unambiguous).filter((m) => !m.inferredFrom));
        // The clause when it is short ("fixing the register and printers when they break"), else the item.
        const clauseSaid = shown.slice(clause.start, clause.end);
        items.forEach((item, k) => {
          const words = masked.slice(item.start, item.end);
          const named = namedByItem[k] ?? [];
          const said = squash(clauseSaid).length <= MAX_EVIDENCE ? clauseSaid : shown.slice(item.start, item.end);
          for (const m of named) if (!evidence.has(m.skill)) {
            evidence.set(m.skill, said);
            evidenceAt.set(m.skill, said === clauseSaid ? clause.start : item.start);
          }
          const tail = TAIL_LEVEL.exec(words);
          const level = tail ? levelOf(tail) : undefined;
          if (level) for (const m of named) if (!m.level && !itemLevel.has(m.skill)) itemLevel.set(m.skill, level);
        });
        // "SQL and Tableau at a beginner level": said once, for the whole list.
        const listLevel = LIST_LEVEL.exec(masked.slice(clause.start, clause.end));
        if (listLevel) for (const m of namedByItem.flat()) if (!m.level && !itemLevel.has(m.skill) && TECH_CATEGORIES.has(catalog.byId.get(m.skill)?.category ?? '')) itemLevel.set(m.skill, levelOf(listLevel) as SkillLevel);
        // A level on its own ("intermediate I'd say", "- advanced") is about the tools just before it: the
        // clause before, and the short list items before that in the same sentence.
        const alone = LEVEL_ALONE.exec(masked.slice(clause.start, clause.end));
        if (!alone || namedIn[index]?.length) return;
        const level = levelOf(alone) as SkillLevel;
        for (let j = index - 1; j >= 0; j--) {
          for (const id of namedIn[j] ?? []) if (!itemLevel.has(id) && !levels.has(id)) itemLevel.set(id, level);
          const here = clauses[j] as Span;
          const before = clauses[j - 1];
          const short = masked.slice(here.start, here.end).trim().split(/\s+/).length <= 2;
          if (!short || !before || /[.!?;\n]/.test(masked.slice(before.end, here.start))) break;
        }
      });
      const found = listedSkills(extractor, masked, unambiguous);
      const mentions = [...found, ...inList.filter((m) => !found.some((f) => f.skill === m.skill))];
      // A skill the whole text names but no clause alone does ("R" made sure of by "python" in the next
      // clause) is quoted from the clause that holds it, never from the start of the text.
      for (const m of mentions) if (!m.inferredFrom && !evidence.has(m.skill)) {
        const at = placeOf(m.skill, masked);
        const clause = at === undefined ? undefined : clauses.find((c) => c.start <= at && at < c.end);
        if (clause) {
          evidence.set(m.skill, shown.slice(clause.start, clause.end));
          evidenceAt.set(m.skill, clause.start);
        }
      }
      // An ambiguous form ("R") is only read beside its neighbours, and so is its level.
      const levelOfMention = (m: SkillMention) => levels.get(m.skill) ?? itemLevel.get(m.skill) ?? (unambiguous.has(m.skill) ? undefined : m.level);
      for (const m of mentions.filter((x) => !x.inferredFrom)) add(m.skill, evidence.get(m.skill) ?? shown, levelOfMention(m), undefined, undefined, evidenceAt.get(m.skill));

      // Everyday descriptions of the work, clause by clause.
      // Cues that need another skill named (`given`) go second, when every clause has been read.
      const matches = (cue: (typeof cues)[number], span: Span) => {
        cue.pattern.lastIndex = 0;
        return cue.pattern.test((cue.readsSource ? shown : masked).slice(span.start, span.end));
      };
      // The clause when it is short, else the list item the words are in ("i documented the whole AP process"), as for named skills.
      const quoted = (cue: (typeof cues)[number], clause: Span): Span =>
        squash(shown.slice(clause.start, clause.end)).length <= MAX_EVIDENCE ? clause : (spans(masked, ITEM_BREAK, clause.start, clause.end).find((item) => matches(cue, item)) ?? clause);
      for (const givenPass of [false, true]) {
        for (const clause of clauses) {
          for (const cue of cues) {
            if ((cue.given !== undefined) !== givenPass || (cue.given && !skills.has(cue.given))) continue;
            if (!matches(cue, clause)) continue;
            const said = quoted(cue, clause);
            for (const id of cue.skills) add(id, shown.slice(said.start, said.end), undefined, undefined, cue.level, said.start);
          }
        }
      }
      // In a pastime only named tools count: "I build websites with React for fun".
      for (const span of hobbies) {
        const words = text.slice(span.start, span.end);
        for (const m of listedSkills(extractor, words, unambiguous)) {
          if (!m.inferredFrom && TECH_CATEGORIES.has(catalog.byId.get(m.skill)?.category ?? '')) add(m.skill, words, m.level);
        }
      }
      // A held credential proves the skills it certifies, at the level its exam shows them, unless
      // the person's own words already said how well they know one ("advanced Windows").
      // One let lapse still proves what it taught: knowledge once had shortens the study, though the credential is not current.
      for (const held of [...credentialsHeld, ...lapsed]) {
        const proves = credentialSkills.get(held.id);
        if (!proves) continue;
        const from = { id: held.id, name: proves.name };
        for (const { id, level } of proves.skills) {
          const known = skills.get(id);
          // Words that only show the basics ("racking switches") give way to what the exam proves (Network+).
          if (known && capped.has(id) && known.level !== level && higherLevel(known.level, level) !== known.level) {
            capped.delete(id);
            if (level) known.level = level;
            else delete known.level;
            known.evidence = held.evidence;
            known.fromCredential = from;
          }
          if (known) continue;
          add(id, held.evidence, undefined, undefined, level);
          const read = skills.get(id);
          if (read) read.fromCredential = from;
        }
      }
      // A skill that follows from another is known no better than it: basic PostgreSQL is basic SQL
      // at most. Only the basic level carries: advanced Word is not advanced Microsoft Office.
      for (const m of mentions.filter((x) => x.inferredFrom)) {
        const from = skills.get(m.inferredFrom as string);
        add(m.skill, from?.evidence ?? '', undefined, m.inferredFrom, from?.level === 'basic' ? 'basic' : undefined);
      }
      return { skills: [...skills.values()], credentials: credentialsHeld, ...(lapsed.length > 0 ? { lapsed } : {}), setAside };
    },
  };
}
