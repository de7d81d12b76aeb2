/**
 * How well and for how long a text says a skill is known: "basic Excel", "advanced knowledge of
 * Python", "5+ years of SQL", "SQL (3+ years)", "Excel: expert", "Advanced: SQL, Python". The
 * extractor cuts the few words around a mention out of its sentence; these patterns only read
 * those. A level word counts only when nothing but connecting words ("knowledge of", "experience
 * with") stands between it and the skill, so "advanced degree and SQL" says nothing about SQL.
 */

import { WORD_CLASS } from './clean-text.js';

export type SkillLevel = 'basic' | 'intermediate' | 'advanced';

const LEVEL_RANK: Readonly<Record<SkillLevel, number>> = { basic: 1, intermediate: 2, advanced: 3 };

export interface Qualifier {
  level?: SkillLevel;
  years?: number;
}

// "a bit of", "learning", "dabbled in": how people say they have started on a skill.
const BASIC = String.raw`basics?|some|familiarity|familiar|beginners?|entry[- ]level|introductory|elementary|foundational|exposure|limited|(?:a )?(?:little )?bit of|(?:a )?little bit|a little|dabbled(?: in| with)?|dabbling(?: in| with)?|learning|novice|rusty`;
const INTERMEDIATE = String.raw`intermediate|working knowledge|solid|good|decent|competent|comfortable|(?:fairly |quite |pretty )?confident|moderate`;
const ADVANCED = String.raw`advanced|expert|very good(?: at)?|really good(?: at)?|power user|expertise|strong|deep|proficient|proficiency|mastery|excellent|extensive|in-depth|fluent|fluency|highly skilled`;
const LEVEL_CAPTURE = `(?:(${BASIC})|(${INTERMEDIATE})|(${ADVANCED}))`;
const LEVEL_ANY = `${BASIC}|${INTERMEDIATE}|${ADVANCED}`;

const FILLER = String.raw`knowledge|understanding|experienced?|skills?|skillset|proficiency|familiarity|command|grasp|expertise|background|users?|level|hands-on|practical|working|ability|competency|competence|programming|coding|usage|use|using|with|of|in|on|at|to|the|an?|and|or`;
const YEARS_FILLER = `${FILLER}|professional|relevant|industry|work|total|proven|commercial|plus|${LEVEL_ANY}`;
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty';
const NUMBER_VALUES = new Map(NUMBER_WORDS.split('|').map((word, i) => [word, i < 12 ? i + 1 : i === 12 ? 15 : 20]));

const START = `(?<![${WORD_CLASS}])`;
const END = `(?![${WORD_CLASS}])`;
// Separators inside a chain of words; each chain step must then start with a letter, so the
// split between separator and word is unique and a failed match gives up in linear time.
const SEP = String.raw`[\s:*'"\-]`;
const TAIL = String.raw`[\s:*'"()\-]*$`;
const YEARS_CORE = String.raw`(\d{1,2}(?:\.\d)?|${NUMBER_WORDS})${END}(?:\s*\(\d{1,2}\+?\))?(?:\s*(?:-|to)\s*(?:\d{1,2}|${NUMBER_WORDS})${END})?\s*\+?\s*(?:years?|yrs?)${END}\.?'?`;

const LEVEL_BEFORE = new RegExp(`${START}${LEVEL_CAPTURE}${END}(?:${SEP}+(?:${FILLER})${END})*${TAIL}`, 'i');
const YEARS_BEFORE = new RegExp(`${START}${YEARS_CORE}(?:${SEP}+(?:${YEARS_FILLER})${END})*${TAIL}`, 'i');
const LEVEL_AFTER = new RegExp(
  String.raw`^\s*(?:[(:\-]\s*${LEVEL_CAPTURE}${END}|(?:at|on)\s+(?:an?\s+)?${LEVEL_CAPTURE}\s+level${END})`,
  'i',
);
// "for" only with years: "Excel for advanced reporting" is not a level of Excel.
const YEARS_AFTER = new RegExp(String.raw`^\s*(?:[(:\-]|for)\s*(?:(?:over|about|around|almost|nearly|at least)\s+)?${YEARS_CORE}`, 'i');
const LIST_JOIN = /^(?:[\s,/&+*()]|and|or|plus|as well as|und|oder|y|o|et|ou)*$/i;
const MAX_JOIN = 40;

function levelOf(match: RegExpExecArray, first: number): SkillLevel | undefined {
  if (match[first]) return 'basic';
  if (match[first + 1]) return 'intermediate';
  if (match[first + 2]) return 'advanced';
  return undefined;
}

function yearsOf(match: RegExpExecArray | null): number | undefined {
  const value = match?.[1]?.toLowerCase();
  if (value === undefined) return undefined;
  return NUMBER_VALUES.get(value) ?? Number(value);
}

/** The level and years in the words just before a skill, e.g. "some", "5+ years of", "Advanced: ". */
export function qualifierBefore(prefix: string): Qualifier {
  const level = LEVEL_BEFORE.exec(prefix);
  return { level: level ? levelOf(level, 1) : undefined, years: yearsOf(YEARS_BEFORE.exec(prefix)) };
}

/** The level and years just after a skill: "(3+ years)", ": advanced", " for five years", " at an expert level". */
export function qualifierAfter(suffix: string): Qualifier {
  const level = LEVEL_AFTER.exec(suffix);
  return { level: level ? (levelOf(level, 1) ?? levelOf(level, 4)) : undefined, years: yearsOf(YEARS_AFTER.exec(suffix)) };
}

/** The level a list header gives its items: "Advanced:", "Basic knowledge of:". */
export function headerLevel(header: string): SkillLevel | undefined {
  const level = LEVEL_BEFORE.exec(header);
  return level ? levelOf(level, 1) : undefined;
}

/** Only commas, slashes and "and"/"or" lie between two skills, so the second continues the first's list. */
export function isListJoin(gap: string): boolean {
  return gap.length <= MAX_JOIN && LIST_JOIN.test(gap);
}

export function higherLevel(a: SkillLevel | undefined, b: SkillLevel | undefined): SkillLevel | undefined {
  if (!a) return b;
  if (!b) return a;
  return LEVEL_RANK[b] > LEVEL_RANK[a] ? b : a;
}
