import { parseArgs } from 'node:util';
import { gapReportReplies } from '../../flows/gap-report-replies.js';
import type { CoachData } from '../coach-data.js';
import { renderPlain } from '../render-plain.js';
import { gapReportFrom } from './gap-input.js';
import { resolveRole } from './resolve-role.js';
import { UsageError } from './usage-error.js';

export const GAPS_USAGE = 'pivot gaps --role ROLE --have "FREE TEXT" [--posting FILE]... [--json]';

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
  const report = await gapReportFrom(data, role, values.have, values.posting ?? []);
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
