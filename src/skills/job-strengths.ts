import type { SkillCatalog } from '../data/load-data.js';
import type { PersonReader } from './read-person.js';

/**
 * The field a job title shows ("paralegal at a mid-size law firm" is Legal): the domain skills read from
 * the job as the person said it, apart from those they named themselves. The gap report lists them as
 * strengths from their career, and a question whether that background counts is answered with them.
 */
export function jobStrengths(reader: PersonReader, skills: Pick<SkillCatalog, 'byId'>, jobSaid: string, alreadySaid: ReadonlySet<string>): string[] {
  return reader
    .read(jobSaid)
    .skills.filter((s) => !s.inferredFrom && !alreadySaid.has(s.skill) && skills.byId.get(s.skill)?.category === 'domain')
    .map((s) => s.skill);
}
