import type { CredentialLevel } from '../data/credentials-schema.js';
import { coverageOf, coverageTable, type Coverage } from './coverage.js';
import type { CredentialIndex } from './credential-index.js';
import { byCodeUnits, toCents } from './money.js';
import { byRank, type ScoredCredential } from './score-credential.js';
import type { Gap, Situation } from './situation.js';
import { cutPath, laterSentence, weeksOf } from './later-steps.js';
import { skipSentence, type Past } from './covered-start.js';
import { nextRung } from './next-rung.js';
import { chains, leftOutReason, reachOf, type Reach } from './stack-chains.js';

/**
 * The recommended stack: one path of one to three credentials, each the next step of the one
 * before on a ladder of the catalog (nextSteps: AWS Cloud Practitioner → Solutions Architect,
 * A+ → Network+ → Security+), so it is in plan order, foundations first, and stays with one
 * vendor except where a ladder itself crosses (Google IT Support → CompTIA A+). A path starts on
 * the lowest rung left for the person: rungs they hold or have outgrown are no candidates. Searching paths instead of every subset keeps the
 * search to a handful of candidates (the catalog has no ladder longer than three).
 *
 * Money along the path, in plan order: a member whose known total fits what is left of the budget
 * "fits"; one with a free way in (free audit or financial aid) that does not is a "free route"
 * (study free, pay to certify later); any other is "later" (its fees are the cost of certifying
 * later) or "unknown" (no price). With no budget every member fits. A path never begins with a
 * known price over the budget, and goes at most one rung past what the budget reaches. With a deadline every member must end inside it (unknown
 * hours never do).
 *
 * A deadline no path fits does not leave the person without one: the best path is chosen as if
 * there were none, and the plan says by how much it misses. A path that runs far past the deadline,
 * or far past a year with none, is cut to its first rungs that fit (at least one): those are the
 * plan, and the rest is said as coming later (path.later; later-steps.ts).
 *
 * Postings that ask for a second vendor's platform add the first rung of that vendor's path
 * (secondVendor), said in the sentence; otherwise the stack keeps to one vendor.
 *
 * Best: holding the credentials most of the person's postings ask for by name; then holding none
 * made mainly for another role than the target (ctx.offRole: AWS Developer for a cloud engineer from
 * operations); then not built on
 * another vendor's platform than the one the person's postings, then the
 * role's profile, name first (AWS for a cloud role that lists AWS first; a path on no vendor's
 * platform is neither); for a beginner in the field, starting with an entry certificate or a
 * fundamentals exam; not starting below a rung their postings name that a credential they hold leads to
 * (ISC2 CC → Security+: a CC holder starts on Security+), nor, after years of work, on a long beginner's
 * programme below a named rung a fundamentals exam also leads to; covering their most important gap in full within reach (what fits, is free or has an
 * unknown price: the first pick should close the first gap); without postings, closing most of the
 * role's core competencies within reach (the role's profile decides the path, not a tool it also
 * lists); then most gap demand covered by what fits; then by what fits or is free; then by the whole
 * path; then fewer members that do not fit; then fewer members; cheaper; quicker; higher summed
 * score; ids.
 */

export const MAX_STACK_SIZE = 3;
const ENTRY_LEVELS: ReadonlySet<string> = new Set(['entry-certificate', 'fundamentals']);

export type { Reach } from './stack-chains.js';

export interface StackMember extends ScoredCredential {
  readonly reach: Reach;
}

export interface StackPath {
  /** One sentence: why these, in this order ("Start with X, which Y builds on."). */
  readonly sentence: string;
  /** The rung after the last member, when the catalog has one for this role. */
  readonly next?: {
    readonly id: string;
    readonly name: string;
    readonly level: CredentialLevel;
    /** Most of the person's postings name it: said as asked for, not as the ladder's next step. */
    readonly named?: boolean;
  };
  /**
   * Rungs of the chosen path left for after the plan, in order, because the whole path runs past the
   * deadline (or far past a year with none: later-steps.ts); said in the sentence as coming later.
   */
  readonly later?: readonly StackMember[];
  /** Weeks of the whole path, later rungs included, when some were left for later. */
  readonly fullWeeks?: number | null;
}

export interface Stack {
  readonly members: readonly StackMember[];
  readonly coverage: Coverage;
  /** Summed expected totals of every member; null when a member's is unknown. */
  readonly expectedCents: number | null;
  /** What fits the budget now (free routes count 0). */
  readonly nowCents: number;
  /** What certifying the free routes and the "later" members costs; null when one is unknown. */
  readonly laterCents: number | null;
  /** Summed weeks of study, one after the other; null when a member's hours are unknown. */
  readonly weeks: number | null;
  readonly uncovered: readonly Gap[];
  readonly path: StackPath;
  /** Candidates no stack may start with, with why. */
  readonly leftOut: readonly { readonly id: string; readonly reason: string }[];
}

export interface StackContext {
  readonly index: CredentialIndex;
  readonly gaps: readonly Gap[];
  readonly situation: Situation;
  readonly maxSize?: number;
  /**
   * Skill ids in the order the person's postings (their gaps), then the role's profile, name them:
   * a path built on the platform named first (AWS before Azure for a cloud role that lists AWS
   * first) is preferred. Absent: no vendor preference.
   */
  readonly named?: readonly string[];
  /** New to the role's field: a path starts with an entry certificate or a fundamentals exam where one is left. */
  readonly beginner?: boolean;
  /**
   * Credentials whose required experience the person plausibly has though new to the field (PMP for an
   * airline captain of 24 years who led a rollout, person-fit.ts experiencePlausible): a path may start there.
   */
  readonly experienceMet?: readonly string[];
  /** Credentials the person holds: the rung after one they hold is where they start, whatever its level. */
  readonly held?: readonly string[];
  /**
   * Vendor platforms the person's own postings ask for (AWS and Azure): when they ask for a second
   * one the path does not teach, the first rung of that vendor's path is added, said as such.
   */
  readonly asked?: readonly string[];
  /** The gaps are the person's postings' demand: a path must close one of the top TOP_GAPS. */
  readonly topGapsRequired?: boolean;
  /**
   * Without postings, the gaps that are the role's core competencies (data/roles.json `core`): the
   * role's profile decides the path, so one that closes more of them within reach comes first
   * (Google Data Analytics, for SQL, spreadsheets and visualisation, before an Azure data exam
   * that only touches SQL). Absent with postings: their demand decides.
   */
  readonly core?: readonly Gap[];
  /**
   * Credentials at least half the person's postings ask for by name (a CSM): a path holding one comes
   * first, and it may be a path for that alone, since the screen asks for the credential, not a skill.
   */
  readonly required?: readonly string[];
  /**
   * Candidates made mainly for another role than the target, which the person does not work in
   * (person-fit.ts mainlyFor): a path holding one comes after a path without.
   */
  readonly offRole?: readonly string[];
  /**
   * Beginner's courses the person is past, by id, with why (covered-start.ts Past): their work covers
   * it (person-fit.ts workCovers), or the gap report says they are close or ready (toward-named.ts
   * pastStarters). When the next rung of one is a credential their postings name (ctx.required), that
   * rung may start a path of its own, and a path starting with the course comes after one starting on
   * that rung, if it is within reach.
   */
  readonly pastCourses?: ReadonlyMap<string, Past>;
  /**
   * Years of work behind them (person-fit.ts PAST_ENTRY_MONTHS), in any field: towards a credential their
   * postings name, the short fundamentals exam below it starts the path rather than a long beginner's
   * programme below it (ISC2 CC, 6 weeks, before Security+ for a plant supervisor of 24 years, not
   * Google's 25-week certificate): a programme for people new to work adds weeks, not a way in.
   */
  readonly experienced?: boolean;
}

/** The person's top gaps, by the report's order of demand: a path must close one of them. */
export const TOP_GAPS = 3;

const sumOrNull = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((total, v) => total + (v ?? 0), 0);


interface Candidate {
  /** How many credentials the postings require by name the path leaves out. */
  readonly requiredLeft: number;
  /** 1 when the path starts with a beginner's course the person's work covers while a path starting on its named next rung is within reach. */
  readonly coveredLead: number;
  /** How many members are made mainly for another role than the target. */
  readonly offRole: number;
  /** 1 when the path is built on another vendor's platform than the one the person's postings and role name first. */
  readonly otherVendor: number;
  /** 1 when a beginner's path starts above the fundamentals. */
  readonly startsHigh: number;
  /**
   * 1 when an experienced person's path starts with an entry certificate below a named rung that a fundamentals exam within
   * reach also leads to, or when any path starts on a rung below a named rung that a credential they hold leads to.
   */
  readonly longStart: number;
  /** 1 when the path, within reach, leaves the person's most important gap uncovered. */
  readonly missesTop: number;
  /** Without postings: how many of the role's core competencies among the gaps the path leaves uncovered by what fits or is free at a known price. */
  readonly coreLeft: number;
  readonly members: readonly StackMember[];
  /** The share of the gaps' demand the whole path covers. */
  readonly coverage: number;
  readonly fitsValue: number;
  readonly reachValue: number;
  readonly outside: number;
  readonly cost: number | null;
  readonly weeks: number | null;
  readonly score: number;
  readonly key: string;
}

const nullLast = (a: number | null, b: number | null): number => (a ?? Infinity) - (b ?? Infinity) || 0;
const more = (a: number, b: number) => (Math.abs(a - b) > 1e-12 ? b - a : 0);

function better(a: Candidate, b: Candidate): number {
  return (
    a.requiredLeft - b.requiredLeft ||
    a.coveredLead - b.coveredLead ||
    a.offRole - b.offRole ||
    a.otherVendor - b.otherVendor ||
    a.startsHigh - b.startsHigh ||
    a.longStart - b.longStart ||
    a.missesTop - b.missesTop ||
    a.coreLeft - b.coreLeft ||
    more(a.fitsValue, b.fitsValue) ||
    more(a.reachValue, b.reachValue) ||
    more(a.coverage, b.coverage) ||
    a.outside - b.outside ||
    a.members.length - b.members.length ||
    nullLast(a.cost, b.cost) ||
    nullLast(a.weeks, b.weeks) ||
    b.score - a.score ||
    byCodeUnits(a.key, b.key)
  );
}

/**
 * "Start with X, which Y builds on, then Z." or, alone, "Start with X; Y builds on it when you are
 * ready." A next rung the person's postings name is said as that, not as a ladder: "then Y, which
 * your postings also ask for by name".
 */
function pathSentence(members: readonly StackMember[], next: StackPath['next'], skipped = ''): string {
  const [first, ...rest] = members.map((m) => m.credential.name);
  if (first === undefined) return '';
  // Started above a beginner's course: why, right after the first rung, then the rest of the path.
  if (skipped) {
    const then = [...rest, ...(next ? [next.named ? `${next.name}, which your postings also ask for by name` : `${next.name}, when you are ready`] : [])];
    return `Start with ${first}.${skipped}${then.length > 0 ? ` Then ${then.join(', then ')}.` : ''}`;
  }
  if (rest.length === 0) {
    if (!next) return `Start with ${first}.`;
    return next.named ? `Start with ${first}; then ${next.name}, which your postings also ask for by name.` : `Start with ${first}; ${next.name} builds on it when you are ready.`;
  }
  const [second, ...later] = rest;
  return `Start with ${first}, which ${second} builds on${later.length > 0 ? `, then ${later.join(', then ')}` : ''}.`;
}

/**
 * One vendor, unless the person's postings ask for two: the first rung (an entry certificate, a
 * fundamentals exam, or the rung after one they hold) of the best path on a second vendor platform
 * they ask for and the path does not teach, when it still fits the size, budget and deadline rules.
 */
function secondVendor(
  path: readonly StackMember[],
  all: readonly ScoredCredential[][],
  ctx: StackContext,
  budgetCents: number | null,
  deadline: number | undefined,
  afterHeld: (id: string) => boolean,
): { member: StackMember; reach: Reach[]; platform: string } | undefined {
  if (path.length === 0 || path.length >= (ctx.maxSize ?? MAX_STACK_SIZE)) return undefined;
  const taught = new Set(path.flatMap((m) => ctx.index.platforms.get(m.credential.id) ?? []));
  const platform = (ctx.asked ?? []).find((p) => !taught.has(p));
  if (platform === undefined) return undefined;
  const firsts = all
    .map((chain) => chain[0] as ScoredCredential)
    .filter((c, i, list) => list.indexOf(c) === i)
    .filter((c) => (ctx.index.platforms.get(c.credential.id) ?? []).includes(platform) && (ENTRY_LEVELS.has(c.credential.level) || afterHeld(c.credential.id)))
    .sort(byRank);
  for (const first of firsts) {
    const reach = reachOf([...path, first], budgetCents, deadline);
    if (reach) return { member: { ...first, reach: reach[reach.length - 1] as Reach }, reach, platform };
  }
  return undefined;
}

export function bestStack(candidates: readonly ScoredCredential[], ctx: StackContext): Stack {
  const { budgetUsd, deadlineWeeks } = ctx.situation;
  const budgetCents = budgetUsd === undefined ? null : toCents(budgetUsd);
  const byId = new Map([...candidates].sort((a, b) => byCodeUnits(a.credential.id, b.credential.id)).map((c) => [c.credential.id, c]));
  const leftOut: { id: string; reason: string }[] = [];
  for (const pick of byId.values()) {
    const reason = leftOutReason(pick, budgetCents, deadlineWeeks);
    if (reason) leftOut.push({ id: pick.credential.id, reason });
  }
  // The vendor the person's postings, then the role's profile, name first among the paths' platforms.
  // Beginner's courses the person's work covers whose next rung their postings name: that rung may start a path.
  const skippable = new Set([...(ctx.pastCourses ?? new Map()).keys()].filter((id) => byId.get(id)?.credential.nextSteps.some((n) => byId.has(n) && (ctx.required ?? []).includes(n))));
  const afterCovered = (id: string) => [...skippable].some((s) => byId.get(s)?.credential.nextSteps.includes(id));
  const afterHeld = (id: string) => (ctx.held ?? []).some((h) => ctx.index.byId.get(h)?.nextSteps.includes(id));
  // Named rungs a held credential leads to (Security+ after ISC2 CC): the path starts there, not on a rung below it.
  const heldWays = new Set((ctx.required ?? []).filter((id) => byId.has(id) && afterHeld(id)));
  // A rung whose required experience they plausibly have starts a path too, whatever lies below it (PMP, not CAPM first, for a captain of 24 years).
  const all = chains(byId, ctx.maxSize ?? MAX_STACK_SIZE, skippable, new Set([...heldWays, ...(ctx.experienceMet ?? []).filter((id) => byId.has(id))]));
  const platformsOf = (chain: readonly ScoredCredential[]) => chain.flatMap((m) => ctx.index.platforms.get(m.credential.id) ?? []);
  const offered = new Set(all.flatMap(platformsOf));
  const preferred = (ctx.named ?? []).find((id) => offered.has(id));
  const top = ctx.gaps[0];
  // The role's core competencies each candidate covers, as bits, worked out once rather than per path.
  const core = (ctx.core ?? []).slice(0, 30);
  const coreTable = coverageTable(ctx.index, byId.keys(), core);
  const coreBits = new Map([...byId.keys()].map((id) => [id, core.reduce((bits, _gap, i) => (coreTable.weight([id], i) > 0 ? bits | (1 << i) : bits), 0)]));
  const table = coverageTable(ctx.index, byId.keys(), ctx.gaps);
  const coreLeftOf = (ids: readonly string[]) => {
    let bits = 0;
    for (const id of ids) bits |= coreBits.get(id) ?? 0;
    let left = 0;
    for (let i = 0; i < core.length; i++) if ((bits & (1 << i)) === 0) left++;
    return left;
  };
  const choose = (deadline: number | undefined): Candidate | undefined => {
    // A path starting on the named rung after a covered course is within reach: only then does the course not lead.
    const skipReachable = skippable.size > 0 && all.some((chain) => afterCovered(chain[0]?.credential.id ?? '') && reachOf(chain, budgetCents, deadline) !== undefined);
    // Named rungs a fundamentals exam within reach leads to: an experienced person starts there, not on a beginner's programme.
    const shortWays = new Set(
      ctx.experienced
        ? all.filter((chain) => chain[0]?.credential.level === 'fundamentals' && reachOf(chain, budgetCents, deadline) !== undefined).flatMap((chain) => chain[0]?.credential.nextSteps ?? []).filter((id) => (ctx.required ?? []).includes(id))
        : [],
    );
    let best: Candidate | undefined;
    for (const chain of all) {
      const reach = reachOf(chain, budgetCents, deadline);
      if (!reach) continue;
      const members = chain.map((m, i) => ({ ...m, reach: reach[i] as Reach }));
      const ids = chain.map((m) => m.credential.id);
      const value = (keep: (r: Reach) => boolean) => table.value(ids.filter((_, i) => keep(reach[i] as Reach)));
      const candidate: Candidate = {
        requiredLeft: (ctx.required ?? []).filter((id) => byId.has(id) && !ids.includes(id)).length,
        coveredLead: skipReachable && skippable.has(ids[0] ?? '') ? 1 : 0,
        offRole: ids.filter((id) => ctx.offRole?.includes(id)).length,
        otherVendor: platformsOf(chain).some((p) => p !== preferred) ? 1 : 0,
        startsHigh: ctx.beginner && !ENTRY_LEVELS.has(chain[0]?.credential.level ?? '') && !afterHeld(chain[0]?.credential.id ?? '') && !afterCovered(chain[0]?.credential.id ?? '') && !(ctx.experienceMet ?? []).includes(chain[0]?.credential.id ?? '') ? 1 : 0,
        // Closing it means covering it in full: a general course that covers it only in part (cloud computing for an AWS gap) does not.
        longStart:
          (chain[0]?.credential.level === 'entry-certificate' && chain[0].credential.nextSteps.some((id) => shortWays.has(id))) || chain[0]?.credential.nextSteps.some((id) => heldWays.has(id))
            ? 1
            : 0,
        missesTop: top === undefined || table.weight(ids.filter((_, i) => reach[i] !== 'later'), 0) === 1 ? 0 : 1,
        // Within reach here is what fits, or is free to study at a known price to certify: an unknown price is not known to be in reach.
        coreLeft: core.length > 0 ? coreLeftOf(ids.filter((_, i) => reach[i] === 'fits' || (reach[i] === 'free-route' && chain[i]?.cost.expectedCents !== null))) : 0,
        members,
        coverage: table.value(ids),
        fitsValue: value((r) => r === 'fits'),
        reachValue: value((r) => r === 'fits' || r === 'free-route'),
        outside: reach.filter((r) => r !== 'fits').length,
        cost: sumOrNull(chain.map((m) => m.cost.expectedCents)),
        weeks: sumOrNull(chain.map(weeksOf)),
        score: chain.reduce((s, m) => s + m.score, 0),
        key: ids.join(' '),
      };
      // With the person's own postings, a path closes at least one of their top gaps (the report's
      // order of demand): a cheap exam covering only a skill further down ("AWS, a plus" for a
      // project manager) is not a path. The role's typical profile ranks by catalog weight, not
      // demand, so there any gap counts.
      const closesTop = ids.some((id) => ctx.required?.includes(id)) || table.coversAny(ids, ctx.topGapsRequired ? TOP_GAPS : undefined);
      if (closesTop && (!best || better(candidate, best) < 0)) best = candidate;
    }
    return best;
  };
  // No path fits the deadline: the best one regardless, cut below to what the plan can hold, and the plan says how far it misses.
  const inTime = choose(deadlineWeeks);
  const deadline = inTime || deadlineWeeks === undefined ? deadlineWeeks : undefined;
  const best = inTime ?? (deadline === deadlineWeeks ? undefined : choose(undefined));
  const path = best?.members ?? [];
  const second = secondVendor(path, all, ctx, budgetCents, deadline, afterHeld);
  const whole = second ? [...path.map((m, i) => ({ ...m, reach: second.reach[i] as Reach })), second.member] : path;
  const { members, later, fullWeeks } = cutPath(whole, deadlineWeeks);
  const ids = members.map((m) => m.credential.id);
  const coverage = coverageOf(ctx.index, ids, ctx.gaps);
  const first = later[0];
  const next = first
    ? { id: first.credential.id, name: first.credential.name, level: first.credential.level, ...(ctx.required?.includes(first.credential.id) ? { named: true } : {}) }
    : nextRung(path, byId, ctx);
  const now = members.filter((m) => m.reach === 'fits').reduce((sum, m) => sum + (m.cost.expectedCents ?? 0), 0);
  const outside = members.filter((m) => m.reach !== 'fits');
  const keptSecond = second && members.includes(second.member);
  const also = keptSecond ? ` Your postings also ask for ${ctx.index.skillName(second.platform)}, so add ${second.member.credential.name}, where that vendor's path starts.` : '';
  // Started above a beginner's course the person's work covers: said why, with the course as one way to meet the rung's prerequisite.
  const lead = members[0];
  const passed = lead && afterCovered(lead.credential.id) ? [...skippable].map((id) => byId.get(id)).find((c) => c?.credential.nextSteps.includes(lead.credential.id)) : undefined;
  const past = passed && ctx.pastCourses?.get(passed.credential.id);
  const skipped = lead && passed && past ? skipSentence(lead, passed, past) : '';
  const sentence = later.length > 0 ? `${pathSentence(members, undefined, skipped)} ${laterSentence(later, fullWeeks, ctx)}` : `${pathSentence(path, next, skipped)}${also}`;
  return {
    members,
    coverage,
    expectedCents: members.length > 0 ? sumOrNull(members.map((m) => m.cost.expectedCents)) : 0,
    nowCents: now,
    laterCents: sumOrNull(outside.map((m) => m.cost.expectedCents)),
    weeks: members.length > 0 ? sumOrNull(members.map(weeksOf)) : 0,
    uncovered: coverage.uncovered,
    path: { sentence, ...(next ? { next } : {}), ...(later.length > 0 ? { later, fullWeeks } : {}) },
    leftOut,
  };
}
