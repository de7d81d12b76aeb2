import type { SkillCatalog } from '../data/load-data.js';
import type { Segment } from './clean-text.js';
import { CONTEXT_CUES, CREDENTIAL_NAME_SOURCES, EXPERIENCE_CUES, YEARS_QUALIFIER_CUES, YEARS_SOURCE, TEACHING_CUES, FORWARD_PREFERRED_CUES, INVITATION_CUES, INVITATION_WITHDRAWN_CUES, NOT_REQUIRED_CUES, PREFERRED_CUES, REQUIRED_CUES, SECTION_CUES, type DemandLevel } from './posting-cues.js';
import type { SkillExtractor } from './extract-skills.js';
import { alternatives, ancestorsOf, isBracketExample, namesMethodWithTool, openBrackets, opensKind, type Read } from './posting-alternatives.js';
import { workMentions } from './posting-work.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Reads a job posting the way a careers adviser does: not "which skills are named" but "which
 * does the employer ask for, and how firmly". Each named skill gets a level from the words of
 * its own clause first (they are the most specific: "Python is not required", "Tableau is a
 * plus"), then from a label at the start of its line ("Nice to have: Looker"), then from the
 * heading it sits under ("Benefits", "Preferred qualifications"), and otherwise it is required.
 * Skills joined by "or" are one demand that either satisfies (grouped in posting-alternatives.ts). The vocabulary is in posting-cues.ts.
 */

export type { DemandLevel } from './posting-cues.js';

/** A skill the posting names, at the level it names it, with the words it came from. */
export interface PostingSkill {
  skill: string;
  level: DemandLevel;
  /** The clause the level was read from, as the posting words it. */
  phrase: string;
}

/** Something the posting asks for: one skill, or alternatives any one of which satisfies it. */
export interface PostingDemand {
  /** One id, or several for "Tableau or Power BI". */
  skills: string[];
  level: 'required' | 'preferred';
  phrase: string;
  /**
   * Years in a role, field or industry ("3+ years in business analysis, operations or banking", "2-4 years
   * as a business analyst"): time spent doing the work, met by a background, never a skill to learn.
   */
  experience?: true;
}

/** A posting's ask for a portfolio of the applicant's work ("Portfolio required", "please include a portfolio"). */
export interface PortfolioAsk {
  level: 'required' | 'preferred';
  phrase: string;
}

export interface PostingReading {
  /** Every directly named skill once, at its firmest level (required, preferred, not required, context). */
  skills: PostingSkill[];
  /** What counts towards demand: required and preferred only, alternatives grouped. */
  demands: PostingDemand[];
  /**
   * Whether it asks to see the applicant's work. A portfolio is no skill of the catalog (nothing to
   * learn under that name) but evidence the applicant brings, so it is read beside the demands, never as one.
   */
  portfolio?: PortfolioAsk;
}

type Reader = Pick<SkillExtractor, 'locate'>;

const escape = (phrase: string): string => escapeRegExp(phrase).replace(/ +/g, '\\s+');
/** Whole-word alternation; a phrase ending in a symbol ("preferred:") ends where it ends. */
const cuePattern = (phrases: readonly string[], tail = '') =>
  new RegExp(`(?<![\\w'])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:(?<=\\W)|(?!\\w))${tail}`, 'i');

// "no SQL experience needed", "no prior coding required": a "no" the requirement word closes.
const NO_X_NEEDED = /(?<!\w)no\s+(?:[^\s.;]+\s+){0,4}(?:is\s+|are\s+)?(?:needed|required|necessary|expected)(?!\w)/i;
// "not required, but a plus" is preferred, so "not required" must not be followed by "but".
const NOT_REQUIRED = cuePattern(NOT_REQUIRED_CUES, '(?!,?\\s+but\\b)');
const CONTEXT = cuePattern(CONTEXT_CUES);
const PREFERRED = cuePattern(PREFERRED_CUES);
const FORWARD_PREFERRED = cuePattern(FORWARD_PREFERRED_CUES);
const REQUIRED = cuePattern(REQUIRED_CUES);
const EXPERIENCE = cuePattern(EXPERIENCE_CUES);
const TEACHING = cuePattern(TEACHING_CUES);
const INVITATION = cuePattern(INVITATION_CUES);
const INVITATIONS = new RegExp(INVITATION.source, 'gi');
// "Helpful but not essential: X": the clause that names X opens with the "not essential", and a
// ranking preference before the "but" is what it qualifies; X is preferred, not dropped.
const RANKED_BUT = new RegExp(`(?:${PREFERRED.source})(?:\\s*,?\\s*but)?\\s*$`, 'i');
const ENDS_BUT = /\bbut\s*$/i;
const OPENS_NOT_REQUIRED = new RegExp(`^\\s*(?:is\\s+|are\\s+)?${NOT_REQUIRED.source}`, 'i');
// "Model data in dbt so analysts can self-serve in Power BI": what others use, after the purpose, is context.
// "build data models for reporting", "pipelines that feed analytics": what the hire builds serves others' work, named after it.
const BUILT_FOR = /\b(?:data\s+)?(?:models?|pipelines?|datasets?|data\s+marts?|marts?|warehouses?|tables)\s+(?:(?:that|which)\s+(?:feed|feeds|power|powers|support|supports)|for|to\s+(?:feed|power|support|enable))\s+$/i;
const FORWARD_CONTEXT = /\bso\s+(?:that\s+)?(?:our\s+|the\s+|other\s+)?(?:analysts|users|customers|clients|teams?|the business|colleagues|clinicians|staff|managers|stakeholders)\s+can\b/i;
// "in our iOS and Android app": the employer's product named by its platform, not a skill asked. A
// posting that wants the skill asks for it in a clause of its own, and that firmer level wins.
const OUR_BEFORE = /\bour\s+$/i;
const PRODUCT_AFTER = /^\s*(?:(?:and|or|\/)\s*[\w.+-]+\s+)?(?:apps?|applications?|products?|platforms?|websites?|stores?)\b/i;
// "You'll work closely with our helpdesk team": a team the hire works beside is named by its work, which is theirs, not the hire's.
const TEAM_AFTER = /^\s*(?:(?:and|or|\/)\s*[\w.+-]+\s+)?(?:teams?|department|staff|colleagues|contractors)\b/i;
// "Ledgerline builds accounting software for small firms": the employer, by its name, saying what it does.
// "Lumen Grocers (320 stores) is moving its reporting from SQL Server to Google Cloud": the employer's own project, told as news.
const EMPLOYER_DOES = /^\s*(?!(?:You|We|The|This|That|Our|Your|A|An|Each|Every|In|As|It|They|He|She|Day|Some|All|Most|Must|Nice|Ideally|Experience|Knowledge)\b)[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2}(?:\s*\([^()]*\))?\s+(?:builds|makes|sells|provides|develops|serves|helps|powers|offers|operates|designs|creates|delivers|(?:is|are)\s+(?:moving|migrating|replacing|rebuilding|modernising|modernizing|upgrading|transforming|consolidating)\s+(?:its|their)\b)/;
// "Willingness to learn Git", "keen to pick up SQL": what follows is what the hire will learn, not
// what they must bring, so a skill named after it in its clause is context. "Some Python or keen
// to learn it" names Python before the cue: Python stays what the clause's own words make it.
const TO_LEARN_BEFORE = /\b(?:willing(?:ness)?|keen(?:ness)?|eager(?:ness)?|happy|ready|open(?:ness)?|desire|appetite|curiosity|motivat(?:ed|ion)|drive)\s+to\s+(?:learn|pick\s+up|get\s+to\s+grips\s+with)\b/i;
// "3+ years in product management, or a background in product marketing, UX or engineering" and
// "or closely related experience (product marketing, UX)": the backgrounds the posting also accepts
// are ways to meet the demand before them, not demands of their own; a reader that counts them
// tells a product marketer she lacks marketing. `before` has brackets blanked, so the second form
// ends the words before a bracketed skill.
const ACCEPTED_BACKGROUND = /\bor\s+(?:(?:a|an|some|other)\s+)?(?:(?:related|similar|adjacent|equivalent|relevant|comparable)\s+)?(?:background|experience)\s+(?:in|from|as)\b|\bor\s+(?:(?:a|an|some|other|closely)\s+){0,2}(?:related|similar|adjacent|equivalent|relevant|comparable)\s+(?:experience|background|field|roles?)\s*$/i;
// "Senior Product Manager - B2B SaaS (Workflow Automation)": what qualifies the job title after a
// dash is the team, product or place; the body says what the hire needs. A bracket is not cut off:
// "Product Designer (UX)" names the discipline.
// "3+ years in pre-sales or consulting, or clinical experience with an interest in technology": an
// industry offered after ", or" as another way in is an accepted background, not a demand of its own.
const OR_INDUSTRY_BEFORE = /,\s*or\s+(?:(?:a|an|some|strong|relevant|hands-on)\s+)?$/i;
const BACKGROUND_AFTER = /^\s+(?:experience|background)\b/i;
const TITLE_QUALIFIER = /\s[-–—|]\s/;
// Years in a role, field or industry (posting-cues.ts YEARS_SOURCE says why they are experience, not skills):
// "3+ years experience in", "2-4 years as a", "1-3 years in a SOC, IT support or network role";
const YEARS_QUALIFIERS = `(?:(?:${YEARS_QUALIFIER_CUES.map(escape).join('|')})\\s+)*`;
const YEARS_IN = new RegExp(`${YEARS_SOURCE}(?:['’]s?)?\\s+(?:of\\s+)?${YEARS_QUALIFIERS}(?:experience\\s+|work\\s+)?(?:in|as|within)\\s`, 'i');
// "1-2 years of desktop support or help desk experience": the count and "of" before the work, "experience" or "role" after it;
const YEARS_OF = new RegExp(`${YEARS_SOURCE}\\s+of\\s+${YEARS_QUALIFIERS}(?:[^\\s,;.]+,?\\s+){0,8}$`, 'i');
const OF_WORK_END = /^(?:,?\s+(?:(?:and\s*\/\s*)?or\s+|\/\s*)?[A-Za-z&/-]+){0,6}?\s+(?:experience|roles?|background)\b/i;
// "Business analysis experience (2+ years)".
// "0-2 years in IT", "zero to two years as": a span from nothing sets no minimum, so it asks for no experience.
const YEARS_ALL = new RegExp(YEARS_SOURCE, 'gi');
const FROM_NOTHING = /^0\s*(?:-|–|—|to)/i;
/** The years told nearest the work: the last before it ("0-2 years in IT"), else the first after ("IT experience (0-2 years)"). */
const noMinimum = (before: string, after: string): boolean =>
  FROM_NOTHING.test([...before.matchAll(YEARS_ALL)].at(-1)?.[0] ?? [...after.matchAll(YEARS_ALL)][0]?.[0] ?? '');
const EXPERIENCE_OF_YEARS = new RegExp(`^\\s+experience\\s*(?:\\(|,|:|-|–|of|for)?\\s*(?:at\\s+least\\s+|minimum\\s+(?:of\\s+)?)?${YEARS_SOURCE}`, 'i');
/** The work, field or industry a years clause names; a tool, language or platform in it stays a skill. */
const EXPERIENCE_KINDS: ReadonlySet<string> = new Set(['method', 'domain', 'soft']);
/** A preference that ranks ("a plus", "a bonus"), beyond an invitation ("is welcome"). */
const ranks = (words: string) => PREFERRED.test(words.replace(INVITATIONS, ' ')) || FORWARD_PREFERRED.test(words);
// The rest of the sentence after an invitation: ", but not required." with no other thought between.
const WITHDRAWN = new RegExp(`^\\s*,?\\s*but\\s+(?:it\\s+is\\s+|it's\\s+|is\\s+|are\\s+)?${cuePattern(INVITATION_WITHDRAWN_CUES).source}`, 'i');
const SECTION = {
  preferred: cuePattern(SECTION_CUES.preferred),
  context: new RegExp(`^(?:${SECTION_CUES.context.map(escape).join('|')})(?!\\w)`, 'i'),
  required: cuePattern(SECTION_CUES.required),
};
// "About us", "About Acme", "Why Acme?", "Life at Acme" describe the employer; "About you" and
// "About the role" describe the hire.
const EMPLOYER_HEADING = /^(?:about(?!\s+(?:you|the\s+(?:role|job|position|opportunity)|this\s+(?:role|job|position)))|why\s|life\s+at\s)/i;

// Where a clause ends inside a sentence: another thought starts, so another level may apply.
const CLAUSE_BREAK = /;|\s+but\s+|\s+-+\s+|,\s+(?:while|whereas|though|although)\s+|(?<=(?:required|preferred|a plus|needed|necessary|essential|desirable|nice to have|bonus))\s*,\s+/gi;
const PARENS = /\([^()]*\)/g;
const TRAILING_PARENS = /^\s*\([^()]*\)/;
const MAX_PHRASE = 160;

const CREDENTIAL_NAME = new RegExp(`(?<![\\w+])(?:${CREDENTIAL_NAME_SOURCES.join('|')})(?![\\w+])`, 'gi');
const OR_EQUIVALENT = /^\s*(?:,\s*)?(?:or|\/)\s+(?:an?\s+)?(?:equivalent|comparable|similar)(?!\s+(?:certs?|certifications?|qualifications?|credentials?))/i;
const LEVEL_RANK: Readonly<Record<DemandLevel, number>> = { required: 3, preferred: 2, 'not-required': 1, context: 0 };

interface Line {
  start: number;
  end: number;
  /** The level a label opening this line gives it ("Nice to have: Looker"). */
  label?: DemandLevel;
}

function headingLevel(heading: string): DemandLevel | 'neutral' {
  const h = heading.replace(/^#+\s*/, '').replace(/[:.!?]+$/, '').trim().toLowerCase();
  if (SECTION.preferred.test(h)) return 'preferred';
  if (SECTION.context.test(h) || EMPLOYER_HEADING.test(h)) return 'context';
  if (SECTION.required.test(h)) return 'required';
  return 'neutral';
}

/**
 * The section label an item can start with on its own line ("What you bring: 2+ years in a SOC",
 * "Qualifications - 3 years as a"): quoted back as what the person must bring, the years say it without it.
 */
const SECTION_LABEL = new RegExp(`^(?:${[...SECTION_CUES.required, ...SECTION_CUES.preferred].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*(?::|\\s[-–—])\\s*`, 'i');

const WORDS = /\S+/g;
const BULLET_START = /^\s*(?:[-*+•·▪◦‣●■➢➤►▶→✓✔]|\d{1,2}[.)])\s/;
const KNOWN_HEADINGS = new Set(Object.values(SECTION_CUES).flat());
/**
 * A short line that titles what follows: ends in ":", starts with "#", is in capitals, or is
 * exactly a known heading ("Nice to have"). A bullet is an item, never a heading, however short
 * ("- Python is a plus").
 */
function isHeading(line: string): boolean {
  const t = line.trim();
  const words = t.match(WORDS)?.length ?? 0;
  if (words === 0 || words > 8 || BULLET_START.test(line)) return false;
  if (t.endsWith(':') || t.startsWith('#')) return true;
  if (/[.!?,;)]$/.test(t) || words > 6) return false;
  return (t === t.toUpperCase() && /[A-Z]/.test(t)) || KNOWN_HEADINGS.has(t.toLowerCase()) || EMPLOYER_HEADING.test(t);
}

const SENTENCE = /[.!?]["')]?$/;

/** Whether `at` falls in the qualifier of the posting's first line, its title (see TITLE_QUALIFIER). */
function isTitleQualifier(text: string, at: number): boolean {
  const lead = text.length - text.trimStart().length;
  const nl = text.indexOf('\n', lead);
  if (nl < 0 || at >= nl || at < lead) return false;
  const title = text.slice(lead, nl);
  if (SENTENCE.test(title.trim()) || BULLET_START.test(title) || /:\s/.test(title)) return false;
  const cut = TITLE_QUALIFIER.exec(title);
  return cut !== null && lead + cut.index < at;
}

/** Each line with the section level it sits under. */
function sections(text: string): { lines: Line[]; levels: (DemandLevel | 'neutral')[] } {
  const lines: Line[] = [];
  const levels: (DemandLevel | 'neutral')[] = [];
  let current: DemandLevel | 'neutral' = 'neutral';
  let afterBlank = false;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const label = /^\s*(?:[-*•]\s*)?([^:\n]{2,40}):\s+\S/.exec(line);
    if (isHeading(line)) current = headingLevel(line);
    // A "Nice to have" list ends at a blank line followed by prose: "Full training on AWS is
    // provided." after it is not one more nice-to-have.
    else if (current === 'preferred' && afterBlank && SENTENCE.test(line.trim()) && !BULLET_START.test(line)) current = 'neutral';
    afterBlank = line.trim() === '';
    const labelLevel = label ? headingLevel(label[1] ?? '') : 'neutral';
    lines.push(labelLevel === 'neutral' ? { start, end } : { start, end, label: labelLevel });
    levels.push(current);
    if (nl < 0) break;
    start = nl + 1;
  }
  return { lines, levels };
}

/** The clause of `segment` holding [start, end): the stretch between clause breaks. */
function clauseAround(text: string, segment: Segment, start: number, end: number): { from: number; to: number } {
  const body = text.slice(segment.start, segment.end);
  let from = segment.start;
  let to = segment.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    const at = segment.start + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = Math.min(to, at);
      break;
    }
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  return { from, to };
}

/** The level the words of a clause give; `before` is the part up to the skill, for cues that look forward. */
function cueLevel(words: string, before: string): DemandLevel | undefined {
  if (NOT_REQUIRED.test(words) || NO_X_NEEDED.test(words)) return 'not-required';
  if (CONTEXT.test(words)) return 'context';
  if (PREFERRED.test(words) || FORWARD_PREFERRED.test(before)) return 'preferred';
  if (REQUIRED.test(words)) return 'required';
  return undefined;
}

const squash = (words: string) => words.replace(/\s+/g, ' ').trim();

function phraseOf(text: string, from: number, to: number, start: number): string {
  const whole = squash(text.slice(from, to)).replace(/^[-*•,\s]+/, '');
  if (whole.length <= MAX_PHRASE) return whole;
  const at = Math.max(from, start - MAX_PHRASE / 2);
  return `…${squash(text.slice(at, Math.min(to, at + MAX_PHRASE)))}…`;
}

/**
 * A skill read as required only by default gives way to what the posting says of it elsewhere:
 * "Our operations run on SAP. We don't expect you to know SAP" does not ask for SAP. And a
 * sentence that says the job teaches ("a willingness to learn Docker - we'll teach you") makes
 * what it names context, though the clause naming it says nothing.
 */
function settleDefaults(text: string, reads: Read[]): void {
  const notRequired = new Set(reads.filter((r) => r.level === 'not-required').map((r) => r.skill));
  const teaching = new Map<Segment, boolean>();
  for (const r of reads) {
    if (!r.byDefault) continue;
    if (notRequired.has(r.skill)) {
      r.level = 'not-required';
      continue;
    }
    let teaches = teaching.get(r.segment);
    if (teaches === undefined) teaching.set(r.segment, (teaches = TEACHING.test(text.slice(r.segment.start, r.segment.end))));
    if (teaches) r.level = 'context';
  }
}

// "Portfolio required", "please include a link to your portfolio", "a portfolio is a plus". Not the
// employer's or a product's portfolio: "project portfolio management", "our portfolio companies",
// "manage a portfolio of 40 accounts".
const PORTFOLIO = /(?<![\w-])portfolios?(?![\w-])/i;
const NOT_APPLICANTS_PORTFOLIO = /\b(?:project|investment|product|client|loan|property|brand|programme|program|application|it|software|asset|credit|insurance|our|their|the company's|a growing|its)\s+portfolios?\b|\b(?:manag(?:e|es|ed|ing)|oversee(?:s|ing)?|across|within)\s+(?:a|the|our)?\s*(?:\w+\s+)?portfolios?\b|\bportfolios?\s+(?:management|manager|managers|companies|company|reviews?|analysis|optimi[sz]ation|of (?:products|projects|clients|accounts|brands|properties|loans|investments|companies))\b/i;
const SENTENCES = /[^.!?\n]+[.!?]?/g;

/** The posting's ask for a portfolio, at its firmest level, or undefined when it asks for none. */
function portfolioAsk(text: string, lines: readonly Line[], levels: readonly (DemandLevel | 'neutral')[]): PortfolioAsk | undefined {
  let found: PortfolioAsk | undefined;
  let line = 0;
  for (const m of text.matchAll(SENTENCES)) {
    const sentence = m[0];
    const at = PORTFOLIO.exec(sentence);
    if (!at || NOT_APPLICANTS_PORTFOLIO.test(sentence)) continue;
    while ((lines[line + 1]?.start ?? Infinity) <= m.index) line++;
    const said = cueLevel(sentence, sentence.slice(0, at.index)) ?? lines[line]?.label;
    const section = levels[line] ?? 'neutral';
    const level = said ?? (section === 'neutral' ? 'required' : section);
    if (level !== 'required' && level !== 'preferred') continue;
    if (!found || (found.level === 'preferred' && level === 'required')) found = { level, phrase: squash(sentence).replace(/^[-*•,\s]+/, '') };
  }
  return found;
}

/** What one posting asks for, skill by skill and demand by demand. Pure. */
export function readPosting(reader: Reader, catalog: SkillCatalog, posting: string): PostingReading {
  const located = reader.locate(posting);
  const { text } = located;
  // "Security+ or CISA preferred": a credential's name is read as a credential, never as the skill words in it.
  // "Security+ or equivalent knowledge" asks for the knowledge, which the name then stands for.
  const credentialSpans = [...text.matchAll(CREDENTIAL_NAME)]
    .filter((m) => !OR_EQUIVALENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const named = located.mentions.filter((m) => !credentialSpans.some((c) => c.start <= m.start && m.end <= c.end));
  const mentions = [...named, ...workMentions(text, named, (id) => catalog.byId.has(id))].sort((a, b) => a.start - b.start);
  const { lines, levels } = sections(text);
  const clauses = new Map<string, number>();
  let line = 0;
  const reads: Read[] = mentions.map((m) => {
    while ((lines[line + 1]?.start ?? Infinity) <= m.start) line++;
    const { from, to } = clauseAround(text, m.segment, m.start, m.end);
    const clauseText = text.slice(from, to);
    const paren = [...clauseText.matchAll(PARENS)].find((p) => from + (p.index ?? 0) <= m.start && from + (p.index ?? 0) + p[0].length >= m.end);
    const outer = clauseText.replace(PARENS, (p) => ' '.repeat(p.length));
    const section = levels[line] ?? 'neutral';
    const before = outer.slice(0, m.start - from);
    // "Python (not required)", "SQL (preferred)": a bracket right after a skill qualifies it.
    const trailing = TRAILING_PARENS.exec(text.slice(m.end, to))?.[0];
    let said = (paren ? cueLevel(paren[0], paren[0]) : undefined) ?? (trailing ? cueLevel(trailing, trailing) : undefined) ?? cueLevel(outer, before) ?? lines[line]?.label;
    const prior = text.slice(Math.max(m.segment.start, from - 80), from);
    if (said === 'not-required' && OPENS_NOT_REQUIRED.test(outer) && RANKED_BUT.test(prior) && ENDS_BUT.test(prior) && !INVITATION.test(prior)) said = 'preferred';
    // What others use ("so analysts can self-serve in Power BI") and the employer's own product ("our iOS app") are context.
    const after = text.slice(m.end, Math.min(to, m.end + 40));
    const ownProduct = OUR_BEFORE.test(before) && (PRODUCT_AFTER.test(after) || TEAM_AFTER.test(after));
    const employerSays = EMPLOYER_DOES.test(text.slice(m.segment.start, m.start));
    if ((said === undefined || said === 'required') && (FORWARD_CONTEXT.test(before) || BUILT_FOR.test(before) || ownProduct || employerSays)) said = 'context';
    if (said !== 'not-required' && TO_LEARN_BEFORE.test(before)) said = 'context';
    if ((said === undefined || said === 'required') && ACCEPTED_BACKGROUND.test(before)) said = 'context';
    if ((said === undefined || said === 'required') && catalog.byId.get(m.skill)?.industry && OR_INDUSTRY_BEFORE.test(before) && BACKGROUND_AFTER.test(after)) said = 'context';
    if (said === undefined && isTitleQualifier(text, m.start)) said = 'context';
    const byDefault = said === undefined && section === 'neutral';
    // "Experience in the nonprofit sector is welcome but not required": the invitation is taken back.
    const withdrawn = said === 'preferred' && INVITATION.test(outer) && !ranks(outer) && WITHDRAWN.test(text.slice(to, m.segment.end));
    let level = withdrawn ? 'not-required' : (said ?? (section === 'neutral' ? 'required' : section));
    // An industry is a demand only when the posting asks for experience in it: "our healthcare
    // clients" says where you would work, "2 years in healthcare" says what you must bring.
    const afterOuter = outer.slice(m.end - from);
    const yearsIn = YEARS_IN.test(`${before}${text.slice(m.start, m.end)} `) || (YEARS_OF.test(before) && OF_WORK_END.test(afterOuter)) || EXPERIENCE_OF_YEARS.test(text.slice(m.end, to));
    if (catalog.byId.get(m.skill)?.industry && (level === 'required' || level === 'preferred') && !EXPERIENCE.test(clauseText) && !yearsIn) level = 'context';
    // A role or field asked for "0-2 years" is open to newcomers: no experience demand, only the skill.
    const experience = yearsIn && EXPERIENCE_KINDS.has(catalog.byId.get(m.skill)?.category ?? '') && !noMinimum(before, text.slice(m.end, to));
    const key = `${from}:${to}`;
    if (!clauses.has(key)) clauses.set(key, clauses.size);
    const phrase = phraseOf(text, from, to, m.start);
    return { ...m, level, experience, byDefault, phrase: experience ? phrase.replace(SECTION_LABEL, '') : phrase, clause: clauses.get(key) ?? 0 };
  });
  settleDefaults(text, reads);

  const bySkill = new Map<string, PostingSkill>();
  for (const r of reads) {
    const known = bySkill.get(r.skill);
    if (!known || LEVEL_RANK[r.level] > LEVEL_RANK[known.level]) bySkill.set(r.skill, { skill: r.skill, level: r.level, phrase: r.phrase });
  }

  const asked = new Map<string, PostingDemand>();
  const groups = alternatives(text, reads.filter((r) => r.level === 'required' || r.level === 'preferred'), catalog);
  // "Azure or another cloud platform" names a kind beside one of its members: the posting accepts any skill of
  // that kind. Azure asked elsewhere ("pipelines in Azure Data Factory"), or "BigQuery or Azure Synapse", is then
  // that same open demand, which AWS meets too; never a second demand for one vendor.
  // Only what the open demand names besides its kind folds into it: "SIEM" asked alone stays the kind itself, and
  // "deploy on GCP" beside "cloud platforms (AWS ok)" stays a demand for GCP.
  const open = groups.filter((g) => opensKind(g));
  // "BigQuery or Azure Synapse" beside "Azure or another cloud platform": naming a member, the rest of the kind, it is that demand.
  const namedIn = (o: readonly Read[], r: Read) => o.slice(0, -1).some((m) => m.skill === r.skill);
  const ofKind = (o: readonly Read[], r: Read) => ancestorsOf(catalog, r.skill).includes((o[o.length - 1] as Read).skill);
  const openOf = (g: readonly Read[]) => open.find((o) => o !== g && g.some((r) => namedIn(o, r)) && g.every((r) => namedIn(o, r) || ofKind(o, r)));
  const firmer = new Set<Read[]>();
  const folded = groups.filter((g) => {
    const into = g.every((r) => !r.experience) ? openOf(g) : undefined;
    if (into && g.some((r) => r.level === 'required')) firmer.add(into);
    return into !== undefined;
  });
  const order = new Map<PostingDemand, number>();
  // Single demands first, so "SQL" asked alone is not also folded into "SQL or Python" elsewhere;
  // the result keeps the posting's order.
  for (const group of [...groups.filter((g) => g.length === 1), ...groups.filter((g) => g.length > 1)]) {
    if (folded.includes(group)) continue;
    // "CI/CD (Jenkins or GitHub Actions)", "a SIEM (Splunk or Sentinel)": tools in a bracket after the skill
    // they serve are examples of it, so the demand is for that skill, which either tool meets. "Agile or
    // Scrum" outside a bracket stays two alternatives.
    const head = group[0] as Read;
    const example = (r: Read) =>
      r !== head && (r.skill === head.skill || isBracketExample(r) || ancestorsOf(catalog, r.skill).includes(head.skill)) && openBrackets(text.slice(head.end, r.start)) > 0;
    const skills = namesMethodWithTool(group) ? [(group[group.length - 1] as Read).skill] : [...new Set(group.filter((r) => !example(r)).map((r) => r.skill))];
    const level = group[0]?.level === 'preferred' && !firmer.has(group) ? 'preferred' : 'required';
    const experience = group.every((r) => r.experience);
    // Years in a field and the skill of that field are different asks: "3+ years as a business analyst" beside "business analysis".
    const key = `${experience ? 'experience:' : ''}${skills.slice().sort().join('|')}`;
    const known = asked.get(key);
    if (known) {
      if (level === 'required') known.level = 'required';
      continue;
    }
    // An alternative naming a skill already demanded alone, at least as firmly, adds nothing.
    const covered = (s: string) => {
      const alone = asked.get(s);
      return alone !== undefined && (alone.level === 'required' || level === 'preferred');
    };
    if (skills.length > 1 && skills.some(covered)) continue;
    const demand: PostingDemand = { skills, level, phrase: group[0]?.phrase ?? '', ...(experience ? { experience: true as const } : {}) };
    asked.set(key, demand);
    order.set(demand, group[0]?.start ?? 0);
  }
  const demands = [...order].sort((a, b) => a[1] - b[1]).map(([d]) => d);
  const portfolio = portfolioAsk(text, lines, levels);
  return { skills: [...bySkill.values()], demands, ...(portfolio ? { portfolio } : {}) };
}
