import { readFile } from 'node:fs/promises';
import type { CoachData } from '../coach-data.js';
import type { Role } from '../data/roles-schema.js';
import { buildGapReport } from '../gaps/gap-report.js';
import type { GapReport } from '../gaps/gap-report.js';
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
    have: data.extractor.extract(haveText).map((m) => (m.level ? { skill: m.skill, level: m.level } : { skill: m.skill })),
    postings: postings.map((text) => data.extractor.extract(text).filter((m) => !m.inferredFrom).map((m) => m.skill)),
    skills: data.catalog.skills,
  });
}
