import { readFile } from 'node:fs/promises';
import { personReaderOf, type HeldCredential, type PersonSkill } from '../skills/read-person.js';
import type { CoachData } from '../coach-data.js';
import type { Role } from '../data/roles-schema.js';
import { buildGapReport } from '../gaps/gap-report.js';
import type { GapReport, HeldSkill } from '../gaps/gap-report.js';
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

/**
 * What `--have` says, read as the chat reads the person: skills at their level with the words
 * they came from, credentials held (never recommended back), and what is no tech skill, set aside.
 */
export function heldFrom(data: CoachData, haveText: string): { have: (HeldSkill & Pick<PersonSkill, 'evidence' | 'inferredFrom'>)[]; credentials: HeldCredential[]; setAside: string[] } {
  if (/^\s*none\s*$/i.test(haveText)) return { have: [], credentials: [], setAside: [] };
  const { skills, credentials, setAside } = personReaderOf(data).read(haveText);
  return { have: skills, credentials, setAside };
}

/** The gap report for free text about what the user has and the posting files given. */
export async function gapReportFrom(data: CoachData, role: Role, haveText: string, postingFiles: readonly string[]): Promise<GapReport> {
  const postings = await Promise.all(postingFiles.map(readPosting));
  return buildGapReport({
    role,
    have: heldFrom(data, haveText).have,
    // At their level, as the chat reads them: "a plus" counts half, "not required" and the employer's own industry not at all.
    postings: postings.map((text) => readPostingLevels(data.extractor, data.catalog.skills, text).demands),
    skills: data.catalog.skills,
  });
}
