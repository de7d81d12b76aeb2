import { readFile } from 'node:fs/promises';
import { listedSkills } from '../skills/listed-skills.js';
import type { CoachData } from '../coach-data.js';
import type { Role } from '../data/roles-schema.js';
import { buildGapReport } from '../gaps/gap-report.js';
import type { GapReport } from '../gaps/gap-report.js';
import { readPosting as readPostingLevels } from '../skills/posting-levels.js';
import { UsageError } from './usage-error.js';

/** What `pivot gaps` and `pivot pick` read the same way: posting files and "what I have" text. */

export async function readPosting(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the posting file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  if (text.trim() === '') throw new UsageError(`The posting file ${file} is empty: paste a job ad into it.`);
  return text;
}

/** The gap report for free text about what the user has and the posting files given. */
export async function gapReportFrom(data: CoachData, role: Role, haveText: string, postingFiles: readonly string[]): Promise<GapReport> {
  const postings = await Promise.all(postingFiles.map(readPosting));
  return buildGapReport({
    role,
    have: listedSkills(data.extractor, haveText).map((m) => (m.level ? { skill: m.skill, level: m.level } : { skill: m.skill })),
    // At their level, as the chat reads them: "a plus" counts half, "not required" and the employer's own industry not at all.
    postings: postings.map((text) => readPostingLevels(data.extractor, data.catalog.skills, text).demands),
    skills: data.catalog.skills,
  });
}
