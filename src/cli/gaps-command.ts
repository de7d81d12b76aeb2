import { gapReportReplies } from '../../flows/gap-report-replies.js';
import { renderPlain } from '../render-plain.js';
import { defineCommand } from './command-spec.js';
import { buildGapReport, type DemandRow } from '../gaps/gap-report.js';
import { readPosting as readPostingLevels } from '../skills/posting-levels.js';
import { heldFrom, readPosting } from './gap-input.js';
import { resolveRole } from './resolve-role.js';
import { relationWhy } from '../roles/role-relation.js';
import { UsageError } from './usage-error.js';

const GAPS_USAGE = 'pivot gaps --role ROLE --have "FREE TEXT" [--current "JOB"] [--posting FILE]... [--json]';

/** `pivot gaps`: the same report as the chat's gap interview, for coaches and scripts. */
export const gapsCommand = defineCommand(
  {
    name: 'pivot gaps',
    usage: GAPS_USAGE,
    summary: 'The skill-gap report the chat gives: what a role (or its postings) asks for, what you bring, and your top gaps.',
    options: {
      role: { type: 'string', value: 'ROLE', help: 'the role you want: an id, a name or a job title, like "data analyst" (required)' },
      have: { type: 'string', value: '"FREE TEXT"', help: 'the skills you have, as you would say them; "none" if you start from scratch (required)' },
      current: { type: 'string', value: '"JOB"', help: 'the job you do now, like "senior data analyst": a target that is your job or a step down from it is said so' },
      posting: { type: 'string', multiple: true, value: 'FILE', help: 'a text file with one job posting; without any, the role catalog\'s typical demand' },
      json: { type: 'boolean', help: 'print one JSON object instead of the report' },
    },
    examples: ['pivot gaps --role "data analyst" --have "Excel, some SQL" --posting ad1.txt --posting ad2.txt'],
  },
  async (values, data) => {
    if (!values.role?.trim()) throw new UsageError(`--role is required.\nUsage: ${GAPS_USAGE}`);
    if (values.have === undefined) throw new UsageError(`--have is required (say "none" if you are starting from scratch).\nUsage: ${GAPS_USAGE}`);
    const role = resolveRole(data, values.role);
    // Each posting read at its levels: only required and preferred demands count (see posting-levels.ts).
    const files = values.posting ?? [];
    const readings = (await Promise.all(files.map(readPosting))).map((text) => readPostingLevels(data.extractor, data.catalog.skills, text));
    const held = heldFrom(data, values.have);
    const relation = relationWhy(data.roleMatcher, data.catalog.roles, role, values.current, held.credentials.map((c) => c.id));
    const report = buildGapReport({ role, have: held.have, postings: readings.map((r) => r.demands), skills: data.catalog.skills, ...relation });
    // The field of the job they do now, as the chat says it: "your job in a new field", not "a different job".
    if (!values.json) return gapReportReplies(report, role, data.catalog, values.current, undefined, relation.field).flatMap((reply) => renderPlain(reply)).join('\n');
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const row = (d: DemandRow & { rankedBy?: string; deepen?: boolean }) => ({
      skill: d.name, id: d.skill, ...(d.alternatives.length > 1 ? { alternatives: d.alternatives } : {}),
      share: round(d.share), weight: round(d.weight), core: d.core, ...(d.rankedBy ? { rankedBy: d.rankedBy } : {}), ...(d.phrase ? { phrase: d.phrase } : {}),
      ...(d.deepen ? { deepen: true } : {}),
    });
    const name = (id: string) => data.catalog.skills.byId.get(id)?.name ?? id;
    return JSON.stringify({
      role: report.role,
      source: report.source,
      postingsUsed: report.postingsUsed,
      postingsUnrecognised: report.postingsUnrecognised,
      postings: readings.map((r, i) => ({ file: files[i], skills: r.skills.map((s) => ({ skill: name(s.skill), id: s.skill, level: s.level, phrase: s.phrase })) })),
      demand: report.demand.map(row),
      have: report.have.map((h) => h.name),
      // How --have was read: each skill at its level with the words it came from, credentials held, what is no tech skill.
      haveRead: held.have.filter((h) => !h.inferredFrom).map((h) => ({ skill: name(h.skill), id: h.skill, ...(h.level ? { level: h.level } : {}), evidence: h.evidence })),
      credentialsHeld: held.credentials,
      setAside: held.setAside,
      strengths: report.strengths.map((s) => s.name),
      gaps: report.gaps.map(row),
      coverage: Math.round(report.coverage * 1000) / 1000,
      // ready | close | gap, with the share of weighted demand covered (src/gaps/verdict.ts says where the lines are and why).
      verdict: { ...report.verdict, covered: round(report.verdict.covered), coreCovered: round(report.verdict.coreCovered) },
      attribution: data.catalog.attribution,
    });
  },
);
