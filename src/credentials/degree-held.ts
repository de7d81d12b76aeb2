import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Whether the person already holds a degree: one they state anywhere in the conversation ("BSc
 * chemistry", "I have a master's in biology", readStatedDegree, kept in the profile as degreeHeld),
 * or the job they say they do: a public-school
 * teacher's licence needs a bachelor's, a CPA's about 150 semester hours (data/degree-holders.json,
 * each an entry of data/roles.json degreeRequired, whose aliases are the titles matched). The
 * side-by-side then leaves out a first four-year degree, which such a person would never take
 * again, and says why. The lists are read once, when first asked, and checked with zod.
 */

const holdersSchema = z.strictObject({
  version: z.literal(1),
  note: z.string().min(1),
  source: z.string().min(1),
  asOf: z.string().min(4),
  confidence: z.enum(['V', 'S', 'U']),
  jobs: z.array(z.strictObject({ id: z.string().min(1), degree: z.string().min(1) })).min(1),
});
const licensedSchema = z.object({ degreeRequired: z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) })) });

export interface DegreeHeldJob {
  readonly id: string;
  /** The job's name in roles.json ("Public school teacher (K-12)"). */
  readonly name: string;
  readonly titles: readonly string[];
  /** What its licence requires, in words for the person ("a bachelor's degree"). */
  readonly degree: string;
}

const HOLDERS = new URL('../../data/degree-holders.json', import.meta.url);
const ROLES = new URL('../../data/roles.json', import.meta.url);
let loaded: readonly DegreeHeldJob[] | undefined;

/** The jobs whose licence implies a degree; throws at the first call when a listed id is not in roles.json. */
export function degreeHeldJobs(): readonly DegreeHeldJob[] {
  if (loaded) return loaded;
  const holders = holdersSchema.parse(JSON.parse(readFileSync(HOLDERS, 'utf8')));
  const licensed = new Map(licensedSchema.parse(JSON.parse(readFileSync(ROLES, 'utf8'))).degreeRequired.map((d) => [d.id, d]));
  loaded = holders.jobs.map((job) => {
    const entry = licensed.get(job.id);
    if (!entry) throw new Error(`data/degree-holders.json: job "${job.id}" is not an id of data/roles.json degreeRequired`);
    return { id: job.id, name: entry.name, titles: entry.aliases, degree: job.degree };
  });
  return loaded;
}


/**
 * The job of `jobs` a person's own words for their work name ("English teacher for 30 years" is a
 * teacher), by a title as whole words in any case; a capitalised title of three or four letters
 * (CPA, DDS) must be typed in capitals, and one of two (MD, GP) is not read at all.
 */
export function impliedDegree(currentRole: string | undefined, jobs: readonly DegreeHeldJob[] = degreeHeldJobs()): DegreeHeldJob | undefined {
  if (!currentRole) return undefined;
  return jobs.find((job) =>
    job.titles.some((title) => {
      // Two capitals (MD, GP) are other things too: a managing director is no physician.
      if (/^[A-Z]{2}$/.test(title)) return false;
      const caseless = !/^[A-Z]{3,4}$/.test(title);
      return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(title)}s?(?![A-Za-z0-9])`, caseless ? 'i' : '').test(currentRole);
    }),
  );
}

/**
 * A degree the person states: a bachelor's or higher, said in their words ("BSc chemistry", "MBA",
 * "bachelor's in nursing", "PhD in physics", "degree in biology"). Kept in the profile (degreeHeld)
 * and read by the side-by-side, which then offers no first four-year degree. An associate degree is
 * not read: a four-year degree may still be a real option after one.
 */
export const STATED_DEGREE_LEVELS = ['bachelor', 'master', 'doctorate', 'degree'] as const;
export const statedDegreeSchema = z.strictObject({
  /** "degree" when the words say a degree without its level ("a degree in biology"). */
  level: z.enum(STATED_DEGREE_LEVELS),
  /** The words it was read from, as typed ("BSc chemistry"), said back to the person. */
  said: z.string().min(1).max(80),
});
export type StatedDegree = z.infer<typeof statedDegreeSchema>;

const FIELD = String.raw`(?:\s+(?:in|of)\s+[a-z][a-z&-]*(?:\s+[a-z][a-z&-]*)?|\s+(?!and\b|in\b|of\b|from\b|at\b)[a-z][a-z&-]{2,}(?:\s+(?:science|engineering|studies))?)?`;
const DEGREE_WORDS: readonly [RegExp, StatedDegree['level']][] = [
  [new RegExp(String.raw`\b(?:ph\.?\s?d|doctorate|doctoral degree|dphil)\b${FIELD}`, 'i'), 'doctorate'],
  [new RegExp(String.raw`\b(?:master'?s(?:\s+degree)?|m\.?\s?sc|mba|m\.?\s?eng|m\.?\s?ed|m\.?a\.?\s+in|m\.?s\.?\s+in)\b${FIELD}`, 'i'), 'master'],
  [new RegExp(String.raw`\b(?:bachelor'?s?(?:\s+degree)?|b\.?\s?sc|b\.?\s?eng|b\.?\s?com|b\.?a\.?\s+in|b\.?s\.?\s+in|undergrad(?:uate)? degree|(?:college|university|4[- ]year|four[- ]year) degree)\b${FIELD}`, 'i'), 'bachelor'],
  [new RegExp(String.raw`\bdegree\s+in\s+[a-z][a-z&-]*(?:\s+[a-z][a-z&-]*)?`, 'i'), 'degree'],
];
/** "no degree", "without a degree", "working on my bachelor's", "dropped out of": not held (yet); an associate degree is not read. */
const NOT_HELD = /\b(?:associate'?s?|no|not|never|without|don'?t have|do not have|dropped out|didn'?t finish|did not finish|unfinished|working (?:on|towards?)|studying for|doing (?:a|my)|plan(?:ning)? to|want(?:ing)? to|thinking (?:of|about)|should i|would a|do i need|need a|get a|getting a)\b[^.,;!?]{0,25}$/i;

/** The degree a message states the person holds, or undefined. */
export function readStatedDegree(text: string): StatedDegree | undefined {
  for (const [pattern, level] of DEGREE_WORDS) {
    const found = pattern.exec(text);
    if (!found) continue;
    if (NOT_HELD.test(text.slice(0, found.index)) || /\?\s*$/.test(text.slice(found.index).split(/[.!\n]/)[0] ?? '')) return undefined;
    const said = found[0].trim().replace(/\s+/g, ' ').replace(/(?:\s+(?:and|in|of|from|at|with|for))+$/i, '');
    return { level, said: said.slice(0, 80) };
  }
  return undefined;
}
