import type { SkillCatalog } from '../data/load-data.js';
import type { Role } from '../data/roles-schema.js';
import type { SkillCategory } from '../data/skills-schema.js';
import type { SkillLevel } from '../skills/extract-skills.js';

/** A skill the user says they have, as far as the gap report needs it. */
export interface HeldSkill {
  skill: string;
  level?: SkillLevel;
}

export interface GapReportInput {
  role: Role;
  have: readonly HeldSkill[];
  /** The skill ids recognised in each pasted posting, one array per posting. */
  postings: readonly (readonly string[])[];
  skills: SkillCatalog;
}

export interface DemandRow {
  skill: string;
  name: string;
  /** Share of the postings that ask for it (0 to 1), or the role catalog's demand weight. */
  share: number;
}

export interface GapReport {
  role: { id: string; name: string };
  /** Where demand came from: the user's postings, or the role catalog when there were none to use. */
  source: 'postings' | 'catalog';
  postingsUsed: number;
  /** Pasted postings in which no skill was recognised; they do not count towards demand. */
  postingsUnrecognised: number;
  demand: DemandRow[];
  have: DemandRow[];
  /** Soft and domain skills the user brings: what mid-career switchers should lead with. */
  strengths: string[];
  /** Demanded soft skills the user did not mention: worth showing in interview stories. */
  toShow: string[];
  /** Hard skills ranked by demand times absence (a basic level counts as half there), most important first. */
  gaps: DemandRow[];
  /** How many technical (not soft or domain) skills are in demand: none means no gaps can be ranked. */
  hardSkillsAsked: number;
  /** Share of the demand for hard skills the user already covers, 0 to 1. */
  coverage: number;
}

const TRANSFERABLE: ReadonlySet<SkillCategory> = new Set(['soft', 'domain']);

function demandFromPostings(postings: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const posting of postings) for (const skill of new Set(posting)) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  return new Map([...counts].map(([skill, count]) => [skill, count / postings.length]));
}

const byShare = (a: DemandRow, b: DemandRow) => b.share - a.share || a.name.localeCompare(b.name);

/** The gap report: pure, so the chat flow and `pivot gaps` give the same answer for the same input. */
export function buildGapReport({ role, have, postings, skills }: GapReportInput): GapReport {
  const usable = postings.filter((p) => p.length > 0);
  const source = usable.length > 0 ? 'postings' : 'catalog';
  const shares = source === 'postings' ? demandFromPostings(usable) : new Map(role.skills.map((s) => [s.skill, s.weight]));
  const row = (skill: string): DemandRow => ({ skill, name: skills.byId.get(skill)?.name ?? skill, share: shares.get(skill) ?? 0 });
  const isHard = (skill: string) => !TRANSFERABLE.has(skills.byId.get(skill)?.category ?? 'tool');
  const level = new Map(have.map((h) => [h.skill, h.level]));
  const absence = (skill: string) => (!level.has(skill) ? 1 : level.get(skill) === 'basic' ? 0.5 : 0);

  const demand = [...shares.keys()].map(row).sort(byShare);
  const hard = demand.filter((d) => isHard(d.skill));
  const hardTotal = hard.reduce((sum, d) => sum + d.share, 0);
  const gaps = hard
    .filter((d) => absence(d.skill) > 0)
    .map((d) => ({ ...d, score: d.share * absence(d.skill) }))
    .sort((a, b) => b.score - a.score || byShare(a, b))
    .map(({ score: _score, ...d }) => d);
  return {
    role: { id: role.id, name: role.name },
    source,
    postingsUsed: usable.length,
    postingsUnrecognised: postings.length - usable.length,
    demand,
    have: have.map((h) => row(h.skill)).sort(byShare),
    strengths: have.filter((h) => !isHard(h.skill)).map((h) => row(h.skill).name),
    toShow: demand.filter((d) => !isHard(d.skill) && !level.has(d.skill)).map((d) => d.name),
    gaps,
    hardSkillsAsked: hard.length,
    coverage: hardTotal > 0 ? hard.reduce((sum, d) => sum + d.share * (1 - absence(d.skill)), 0) / hardTotal : 1,
  };
}
