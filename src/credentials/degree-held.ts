import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Whether the job a person says they do implies they already hold a degree: a public-school
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

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
      return new RegExp(`(?<![A-Za-z0-9])${escaped(title)}s?(?![A-Za-z0-9])`, caseless ? 'i' : '').test(currentRole);
    }),
  );
}
