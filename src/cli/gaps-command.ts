import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { gapReportReplies } from '../../flows/gap-report-replies.js';
import type { CoachData } from '../coach-data.js';
import { buildGapReport } from '../gaps/gap-report.js';
import { renderPlain } from '../render-plain.js';
import { resolveRole } from './resolve-role.js';
import { UsageError } from './usage-error.js';

export const GAPS_USAGE = 'pivot gaps --role ROLE --have "FREE TEXT" [--posting FILE]... [--json]';

async function readPosting(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the posting file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  if (text.trim() === '') throw new UsageError(`The posting file ${file} is empty: paste a job ad into it.`);
  return text;
}

/** `pivot gaps`: the same report as the chat's gap interview, for coaches and scripts. */
export async function gapsCommand(args: string[], data: CoachData): Promise<string> {
  const { values } = parseArgs({
    args,
    options: { role: { type: 'string' }, have: { type: 'string' }, posting: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.role?.trim()) throw new UsageError(`--role is required.\nUsage: ${GAPS_USAGE}`);
  if (values.have === undefined) throw new UsageError(`--have is required (say "none" if you are starting from scratch).\nUsage: ${GAPS_USAGE}`);
  const role = resolveRole(data, values.role);
  const postings = await Promise.all((values.posting ?? []).map(readPosting));
  const have = data.extractor.extract(values.have).map((m) => (m.level ? { skill: m.skill, level: m.level } : { skill: m.skill }));
  const report = buildGapReport({
    role,
    have,
    postings: postings.map((text) => data.extractor.extract(text).filter((m) => !m.inferredFrom).map((m) => m.skill)),
    skills: data.catalog.skills,
  });
  if (!values.json) return gapReportReplies(report, role, data.catalog).flatMap(renderPlain).join('\n');
  const row = ({ skill, name, share }: { skill: string; name: string; share: number }) => ({ skill: name, id: skill, share: Math.round(share * 1000) / 1000 });
  return JSON.stringify({
    role: report.role,
    source: report.source,
    postingsUsed: report.postingsUsed,
    postingsUnrecognised: report.postingsUnrecognised,
    demand: report.demand.map(row),
    have: report.have.map((h) => h.name),
    strengths: report.strengths,
    gaps: report.gaps.map(row),
    coverage: Math.round(report.coverage * 1000) / 1000,
    attribution: data.catalog.attribution,
  });
}
