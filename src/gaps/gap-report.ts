import type { SkillCatalog } from '../data/load-data.js';
import type { Role } from '../data/roles-schema.js';
import type { SkillCategory } from '../data/skills-schema.js';
import type { SkillLevel } from '../skills/extract-skills.js';
import { LEVEL_WEIGHT } from '../skills/posting-cues.js';
import type { PortfolioAsk, PostingDemand } from '../skills/posting-levels.js';
import { ancestors, catalogDemand } from './catalog-demand.js';
import { verdictOf, type RoleRelation, type Verdict } from './verdict.js';

export type { RoleRelation, Verdict, VerdictKind } from './verdict.js';

/** A skill the user says they have, as far as the gap report needs it. */
export interface HeldSkill {
  skill: string;
  level?: SkillLevel;
  /** The person's own words it was read from (none when picked from the list by number). */
  evidence?: string;
  /** Set when it only follows from another skill held (spreadsheets from Excel): never listed on its own. */
  inferredFrom?: string;
  /** Read from the person's job title ("ICU nurse": healthcare), not from their list: `evidence` is the title. */
  fromJob?: true;
  /** Proved by a credential they hold, not named in their words (troubleshooting from the A+). */
  fromCredential?: { id: string; name: string };
}

/** Something the person said they bring, named as the report shows it, with their words. */
export interface Brought {
  skill: string;
  name: string;
  /** What they said it was read from ("customer complaints all day"), when they said it in words. */
  evidence?: string;
  /** The evidence is their job title, said as the job, not quoted as their words about a skill. */
  fromJob?: true;
}

/**
 * One thing a posting asks for. A bare skill id is a required demand for that skill alone
 * (what callers that do not read levels pass); a PostingDemand carries its level and alternatives.
 */
export type PostingItem = string | PostingDemand;

export interface GapReportInput {
  role: Role;
  have: readonly HeldSkill[];
  /** What each pasted posting asks for, one array per posting. */
  postings: readonly (readonly PostingItem[])[];
  skills: SkillCatalog;
  /** Each posting's ask for a portfolio, in the order of `postings` (absent or null: it asks for none). */
  portfolios?: readonly (PortfolioAsk | null | undefined)[];
  /** How the target relates to the person's job now (src/roles/role-relation.ts); unknown counts as other. */
  relation?: RoleRelation;
  /** The credential that showed the relation ("PMP"), when the job title did not. */
  provenBy?: string;
  /**
   * The skills that credential proves (roles.json `proves`). Someone shown to do the job by a
   * credential, not by their job title, holds only these by it; the rest of the role is read from
   * what they told us, as for anyone.
   */
  proves?: readonly string[];
}

/**
 * In the catalog's typical demand a common tool counts half against a core competency when the
 * verdict adds up coverage: the catalog lists every tool the occupation uses, where one posting
 * names a few of them. Ranking is unaffected (core competencies already weigh more than any tool).
 */
export const CATALOG_TOOL_SHARE = 0.5;

/** What put a row above the next one: the first criterion on which they differ. */
export type RankReason = 'weight' | 'share' | 'core' | 'tie' | 'last';

export interface DemandRow {
  /** The skill id; for alternatives, the first one named. */
  skill: string;
  /** The display name; for alternatives, "Tableau or Power BI". */
  name: string;
  /** Every skill that satisfies this demand: one, or the alternatives. */
  alternatives: string[];
  /** Share of the postings that ask for it at all (0 to 1), or the role catalog's demand weight. */
  share: number;
  /**
   * What ranks it: from postings, the share of postings weighted by level (required counts 1,
   * preferred LEVEL_WEIGHT.preferred); from the catalog, the role's demand weight.
   */
  weight: number;
  /** A core competency of the role (data/roles.json `core`, with its source there), or a tool that is evidence of one. */
  core: boolean;
  /** In how many postings it was required, and in how many only preferred. */
  required: number;
  preferred: number;
  /** The posting phrase it was first read from, when it came from postings. */
  phrase?: string;
  /** In `have`: the level the person said they have it at ("some SQL": basic). */
  level?: SkillLevel;
  /** In `have`: the held credential it is read from ("CompTIA A+"), when their words did not name it. */
  fromCredential?: string;
}

export interface RankedRow extends DemandRow {
  /** Why it ranks above the next row. */
  rankedBy: RankReason;
}

export interface GapRow extends RankedRow {
  /** The person has it at a basic level: a gap to deepen, not to start. */
  deepen: boolean;
}

/**
 * Years a posting asks for in a role, field or industry ("3+ years experience in business analysis, operations
 * or banking"): time spent doing the work, which no course gives, so never a skill gap. Met when the person
 * holds one of the backgrounds of each part (their industry from their job counts: a bank branch manager
 * meets "or banking"); said beside the verdict, with what may count for it.
 */
export interface ExperienceAsk {
  /** The posting's words. */
  phrase: string;
  level: 'required' | 'preferred';
  /** In how many of the postings used. */
  postings: number;
  /** Each part asked, as the backgrounds any one of which meets it: [["business-analysis", "finance"]]. */
  parts: string[][];
  /** Every part is met by something the person holds (or the target is their own job). */
  met: boolean;
  /** What the person holds that meets a part, with their words or their job. */
  metBy: Brought[];
}

export interface GapReport {
  role: { id: string; name: string };
  /** Where demand came from: the user's postings, or the role catalog when there were none to use. */
  source: 'postings' | 'catalog';
  postingsUsed: number;
  /** Pasted postings in which no skill was recognised; they do not count towards demand. */
  postingsUnrecognised: number;
  demand: RankedRow[];
  /** Every skill held, with the demand it meets (share 0 when none): what the chart colours by. */
  have: DemandRow[];
  /**
   * What the person told us, each skill once and in one place (src/gaps/gap-report.ts says which):
   * `haveAsked` the technical skills (and held assets such as a clearance) the demand asks for;
   * `toShow` the soft and domain skills it asks for, worth a story; `strengths` what the role does
   * not ask for, which the career brings. Skills only inferred (spreadsheets from Excel) are in none.
   */
  haveAsked: DemandRow[];
  /** Demanded soft and domain skills the person said they have, with their words: worth showing in interview stories. */
  toShow: Brought[];
  /** What the person said they bring that the demand does not ask for (budgeting for an analyst): what mid-career switchers lead with. */
  strengths: Brought[];
  /** Hard skills ranked by weight times absence (a basic level counts as half there), then share, then core. */
  gaps: GapRow[];
  /** How many technical (not soft or domain) demands there are: none means no gaps can be ranked. */
  hardSkillsAsked: number;
  /** Share of the weighted demand for hard skills the user already covers, 0 to 1. */
  coverage: number;
  /** Years in a role, field or industry the postings ask for: experience, counted apart from the skills (ExperienceAsk). */
  experience: ExperienceAsk[];
  /** Ready, close or a real gap, with the share covered (src/gaps/verdict.ts says where the lines are and why). */
  verdict: Verdict;
  /**
   * How many of the postings used ask to see a portfolio, and how many of those require one, with the
   * first posting's words. Not a gap (a portfolio is no skill to learn) but what the applicant must show.
   */
  portfolio?: { asked: number; required: number; phrase: string };
  /** The credential that showed the target is the person's job or below it ("PMP"), when their job title did not. */
  provenBy?: string;
  /** The demanded skills (display names) that credential proves, most demanded first. */
  provenCovers?: string[];
}

const TRANSFERABLE: ReadonlySet<SkillCategory> = new Set(['soft', 'domain']);

const asDemand = (item: PostingItem): PostingDemand => (typeof item === 'string' ? { skills: [item], level: 'required', phrase: '' } : item);
const keyOf = (skills: readonly string[]) => [...skills].sort().join('|');

interface Tally {
  skills: string[];
  required: number;
  preferred: number;
  phrase: string;
}

/**
 * The demands of all postings grouped the way a reader hears them: a set of alternatives ("Agile or
 * Scrum") and a skill named alone elsewhere ("Scrum", "Agile", or "Kanban", narrower than Agile) are
 * one demand when the lone skill is one of the alternatives or narrower than one of them; two sets
 * of alternatives are one when one holds the other. A lone skill broader than the alternatives stays apart
 * ("data visualization" does not satisfy "Tableau or Power BI"), and so do two skills named alone
 * (Windows and operating systems are different asks). Returns, for each distinct set of skills,
 * the merged alternatives it belongs to.
 */
function mergeAlternatives(sets: readonly (readonly string[])[], skills: Pick<SkillCatalog, 'byId'>): Map<string, string[]> {
  const parent = sets.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  // A lone skill: one of the alternatives, or narrower than one of them. Two sets: one holds the
  // other ("AWS or Azure" within "AWS, Azure or GCP"); sets that only overlap ("Zendesk or
  // Confluence", "Confluence or SharePoint") are different asks, or one tool would satisfy both.
  const within = (lone: string, group: readonly string[]) => group.some((g) => g === lone || ancestors(skills, lone).includes(g));
  // A set naming a kind beside one of its members ("Azure or another cloud platform") holds any set of that kind's
  // skills too: "AWS or Azure", "BigQuery or Azure Synapse" are the same cloud demand.
  const kindsOf = (set: readonly string[]) => set.filter((k) => set.some((x) => x !== k && ancestors(skills, x).includes(k)));
  const inside = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x) || kindsOf(b).some((k) => ancestors(skills, x).includes(k)));
  const holds = (a: readonly string[], b: readonly string[]) => inside(a, b) || inside(b, a);
  sets.forEach((a, i) => {
    if (a.length >= 2) {
      sets.forEach((b, j) => {
        if (j > i && b.length >= 2 && holds(a, b)) parent[find(j)] = find(i);
      });
      return;
    }
    // A lone skill joins the first set it belongs to only, so it never chains two sets together.
    const group = sets.findIndex((b) => b.length >= 2 && within(a[0] as string, b));
    if (group >= 0) parent[find(i)] = find(group);
  });
  const merged = new Map<number, string[]>();
  sets.forEach((set, i) => {
    const root = find(i);
    const into = merged.get(root) ?? [];
    for (const id of set) if (!into.includes(id)) into.push(id);
    merged.set(root, into);
  });
  return new Map(sets.map((set, i) => [keyOf(set), merged.get(find(i)) as string[]]));
}

/** Demands across postings, merged as mergeAlternatives says, in order of first appearance. */
function tallyPostings(postings: readonly (readonly PostingItem[])[], skills: Pick<SkillCatalog, 'byId'>): Map<string, Tally> {
  const sets = new Map<string, string[]>();
  for (const demand of postings.flat().map(asDemand)) if (!sets.has(keyOf(demand.skills))) sets.set(keyOf(demand.skills), demand.skills);
  const mergedOf = mergeAlternatives([...sets.values()], skills);
  const tallies = new Map<string, Tally>();
  for (const posting of postings) {
    const levels = new Map<string, { demand: PostingDemand; skills: string[]; required: boolean }>();
    for (const demand of posting.map(asDemand)) {
      const merged = mergedOf.get(keyOf(demand.skills)) ?? demand.skills;
      const key = keyOf(merged);
      const known = levels.get(key);
      if (!known) levels.set(key, { demand, skills: merged, required: demand.level === 'required' });
      else known.required ||= demand.level === 'required';
    }
    for (const [key, { demand, skills: merged, required }] of levels) {
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = { skills: merged, required: 0, preferred: 0, phrase: demand.phrase }));
      if (required) tally.required++;
      else tally.preferred++;
    }
  }
  return tallies;
}

/**
 * The experience asks of the postings: each posting's experience demands grouped by the words they came from
 * ("2-4 years as a business analyst or similar role in financial services" asks for the role and the industry),
 * the same words in several postings said once. `holds` says whether the person meets one part; `meetsBy` what of theirs does.
 */
function experienceAsks(postings: readonly (readonly PostingItem[])[], holds: (part: readonly string[]) => boolean, meetsBy: (part: readonly string[]) => Brought[]): ExperienceAsk[] {
  const asks = new Map<string, ExperienceAsk>();
  for (const posting of postings) {
    const here = new Map<string, ExperienceAsk>();
    for (const demand of posting.map(asDemand).filter((d) => d.experience)) {
      const ask = here.get(demand.phrase) ?? { phrase: demand.phrase, level: demand.level, postings: 1, parts: [], met: true, metBy: [] };
      here.set(demand.phrase, ask);
      if (demand.level === 'required') ask.level = 'required';
      ask.parts.push([...demand.skills]);
    }
    for (const ask of here.values()) {
      const known = asks.get(ask.phrase);
      if (known) known.postings++;
      else asks.set(ask.phrase, ask);
    }
  }
  for (const ask of asks.values()) {
    ask.met = ask.parts.every(holds);
    const by = ask.parts.flatMap(meetsBy);
    ask.metBy = by.filter((b, i) => by.findIndex((o) => o.skill === b.skill) === i);
  }
  return [...asks.values()];
}

/** Rank by weight, then share of postings, then core competency; never by the alphabet. */
const RANK_KEYS: readonly [Exclude<RankReason, 'tie' | 'last'>, (row: DemandRow) => number][] = [
  ['weight', (r) => r.weight],
  ['share', (r) => r.share],
  ['core', (r) => (r.core ? 1 : 0)],
];
const EPSILON = 1e-9;

/** Sorts by the rank keys (stable: a full tie keeps first-seen order) and says what separated each row from the next. */
export function rankRows<T extends DemandRow>(rows: readonly T[], score: (row: T) => number = (r) => r.weight): (T & { rankedBy: RankReason })[] {
  const keys: [RankReason, (row: T) => number][] = [['weight', score], ...RANK_KEYS.slice(1)];
  const compare = (a: T, b: T) => {
    for (const [, key] of keys) {
      const d = key(b) - key(a);
      if (Math.abs(d) > EPSILON) return d;
    }
    return 0;
  };
  const sorted = [...rows].sort(compare);
  return sorted.map((row, i) => {
    const next = sorted[i + 1];
    const reason = next ? (keys.find(([, key]) => Math.abs(key(row) - key(next)) > EPSILON)?.[0] ?? 'tie') : 'last';
    return { ...row, rankedBy: reason };
  });
}

/** The gap report: pure, so the chat flow and `pivot gaps` give the same answer for the same input. */
/** The portfolio asks of the postings that count (those where a skill was read). */
function portfolioOf(postings: readonly (readonly PostingItem[])[], portfolios: GapReportInput['portfolios']): GapReport['portfolio'] {
  const asks = (portfolios ?? []).filter((ask, i): ask is PortfolioAsk => !!ask && (postings[i]?.length ?? 0) > 0);
  const first = asks[0];
  return first ? { asked: asks.length, required: asks.filter((a) => a.level === 'required').length, phrase: first.phrase } : undefined;
}

export function buildGapReport({ role, have, postings, skills, portfolios, relation = 'other', provenBy, proves }: GapReportInput): GapReport {
  const usable = postings.filter((p) => p.length > 0);
  // Years in a role or field are experience, said apart; the skills are read from the rest.
  const skillAsks = usable.map((p) => p.filter((item) => !asDemand(item).experience));
  const portfolio = portfolioOf(postings, portfolios);
  const source = usable.length > 0 ? 'postings' : 'catalog';
  const core = new Set(role.skills.filter((s) => s.core).map((s) => s.skill));
  // A tool is evidence of the competency it serves: Tableau shows data visualisation, so it
  // ranks as core where data visualisation is core.
  const isCore = (id: string): boolean => {
    const seen = new Set<string>();
    for (let queue = [id]; queue.length > 0; ) {
      const next = queue.pop() as string;
      if (core.has(next)) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue = [...queue, ...(skills.byId.get(next)?.broader ?? [])];
    }
    return false;
  };
  const nameOf = (id: string) => skills.byId.get(id)?.name ?? id;
  // "Cloud computing (Microsoft Azure or AWS)": a kind named with its members reads as the kind, its members as examples.
  const namesOf = (alternatives: readonly string[]) => {
    const kind = alternatives.find((k) => alternatives.every((x) => x === k || ancestors(skills, x).includes(k)));
    const others = alternatives.filter((x) => x !== kind).map(nameOf);
    return kind && others.length > 1 ? `${nameOf(kind)} (${others.join(' or ')})` : alternatives.map(nameOf).join(' or ');
  };
  const rowOf = (alternatives: string[], share: number, weight: number, required: number, preferred: number, phrase?: string): DemandRow => ({
    skill: alternatives[0] ?? '',
    name: namesOf(alternatives),
    alternatives,
    share,
    weight,
    core: alternatives.some(isCore),
    required,
    preferred,
    ...(phrase ? { phrase } : {}),
  });
  const rows =
    source === 'postings'
      ? [...tallyPostings(skillAsks, skills).values()].map((t) =>
          rowOf(t.skills, (t.required + t.preferred) / usable.length, (t.required * LEVEL_WEIGHT.required + t.preferred * LEVEL_WEIGHT.preferred) / usable.length, t.required, t.preferred, t.phrase))
      : catalogDemand(role, skills).map((d) => ({ ...rowOf(d.alternatives, d.weight, d.weight, 0, 0), name: d.name, core: d.core }));

  const isHard = (row: { alternatives: readonly string[] }) => row.alternatives.some((id) => !TRANSFERABLE.has(skills.byId.get(id)?.category ?? 'tool'));
  // A skill held covers itself and what it is an instance of: Windows covers operating systems,
  // PostgreSQL covers SQL. The best level among them counts.
  const absenceByskill = new Map<string, number>();
  for (const h of have) {
    const absent = h.level === 'basic' ? 0.5 : 0;
    for (const id of [h.skill, ...ancestors(skills, h.skill)]) absenceByskill.set(id, Math.min(absent, absenceByskill.get(id) ?? 1));
  }
  const absenceOf = (id: string) => absenceByskill.get(id) ?? 1;
  // Someone doing the job (or the one above it) holds its core competencies by doing it. A
  // credential that shows the job (the PMP) proves only its own skills: the PMP shows the
  // project-management core, not Jira or the SDLC of a software team.
  const byJob = relation === 'same' || relation === 'step-down';
  const proven = (row: DemandRow) =>
    proves ? row.alternatives.some((a) => proves.some((p) => p === a || ancestors(skills, p).includes(a))) : row.core;
  // Alternatives: the one the user knows best covers the demand.
  const absence = (row: DemandRow) => (byJob && proven(row) ? 0 : Math.min(...row.alternatives.map(absenceOf)));

  const demand = rankRows(rows);
  const hard = demand.filter(isHard);
  const counted = (d: DemandRow) => d.weight * (source === 'catalog' && !d.core ? CATALOG_TOOL_SHARE : 1);
  const share = (rows: readonly DemandRow[]) => {
    const total = rows.reduce((sum, d) => sum + counted(d), 0);
    return total > 0 ? rows.reduce((sum, d) => sum + counted(d) * (1 - absence(d)), 0) / total : 1;
  };
  const coverage = share(hard);
  const hardCore = hard.filter((d) => d.core);
  const gaps = rankRows(hard.filter((d) => absence(d) > 0), (d) => d.weight * absence(d)).map((g) => ({ ...g, deepen: absence(g) < 1 }));
  const covers = (id: string, d: DemandRow) => d.alternatives.some((a) => a === id || ancestors(skills, id).includes(a));
  const held = (id: string): DemandRow => {
    const asked = demand.filter((d) => covers(id, d));
    const best = asked.reduce<DemandRow | undefined>((top, d) => (!top || d.weight > top.weight ? d : top), undefined);
    return best ? { ...rowOf([id], best.share, best.weight, best.required, best.preferred, best.phrase) } : rowOf([id], 0, 0, 0, 0);
  };
  // Each skill the person named goes to one place: asked and technical (or a held asset such as a
  // clearance) is what they have; asked and soft or domain is a story to tell; not asked is a
  // strength of their career. A skill only inferred from another (spreadsheets from Excel) is
  // listed through the one they named. A skill a held credential proves counts where it is asked,
  // said as the credential's ("from your CompTIA A+"); the rest of its syllabus is no career strength.
  const named = have.filter((h) => !h.inferredFrom);
  const heldRow = (h: HeldSkill): DemandRow => ({ ...held(h.skill), ...(h.level ? { level: h.level } : {}), ...(h.fromCredential ? { fromCredential: h.fromCredential.name } : {}) });
  const asked = (h: HeldSkill) => demand.some((d) => covers(h.skill, d));
  const shownAsHave = (h: HeldSkill) => isHard({ alternatives: [h.skill] }) || skills.byId.get(h.skill)?.asset === true;
  const brought = (h: HeldSkill): Brought => ({ skill: h.skill, name: nameOf(h.skill), ...(h.evidence ? { evidence: h.evidence } : {}), ...(h.fromJob ? { fromJob: true as const } : {}) });
  const demandRank = (h: HeldSkill) => demand.findIndex((d) => covers(h.skill, d));
  // Years in the work are met by work: a skill read only from a held exam (security operations from
  // Security+) is no time spent doing it.
  const worked = named.filter((h) => !h.fromCredential);
  const workedIn = (id: string) => worked.some((h) => h.skill === id || ancestors(skills, h.skill).includes(id));
  const byExamOnly = (id: string) => !workedIn(id) && named.some((h) => h.skill === id && h.fromCredential);
  const experience = experienceAsks(usable, (part) => byJob || part.some((id) => absenceOf(id) < 1 && !byExamOnly(id)), (part) =>
    worked.filter((h) => part.some((id) => id === h.skill || ancestors(skills, h.skill).includes(id))).map(brought));
  return {
    role: { id: role.id, name: role.name },
    source,
    postingsUsed: usable.length,
    postingsUnrecognised: postings.length - usable.length,
    demand,
    have: rankRows(have.map((h) => ({ ...held(h.skill), ...(h.level ? { level: h.level } : {}) }))).map(({ rankedBy: _r, ...row }) => row),
    haveAsked: rankRows(named.filter((h) => asked(h) && shownAsHave(h)).map(heldRow)).map(({ rankedBy: _r, ...row }) => row),
    // Only what they said: a quality the postings ask for that the person never named is not theirs to show.
    toShow: named.filter((h) => asked(h) && !shownAsHave(h)).sort((a, b) => demandRank(a) - demandRank(b)).map(brought),
    strengths: named.filter((h) => !asked(h) && !h.fromCredential).map(brought),
    gaps,
    hardSkillsAsked: hard.length,
    coverage,
    experience,
    verdict: verdictOf({
      covered: coverage,
      coreCovered: share(hardCore),
      coreMissing: hardCore.filter((d) => absence(d) === 1).map((d) => d.name),
      // Postings that name none of the role's core competencies show nothing about them: "every core skill held"
      // would be vacuous there (a plant supervisor told he was ready for a security job with no security skill).
      coreHeld: hardCore.length > 0 && hardCore.every((d) => absence(d) === 0),
      relation,
      byCredential: proves !== undefined,
      experience: { asked: experience.length, met: experience.filter((e) => e.met).length },
    }),
    ...(portfolio ? { portfolio } : {}),
    ...(provenBy ? { provenBy } : {}),
    ...(provenBy && byJob ? { provenCovers: demand.filter((d) => proven(d)).map((d) => d.name) } : {}),
  };
}
