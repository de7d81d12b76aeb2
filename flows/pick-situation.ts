import type { CoachData } from '../src/coach-data.js';
import { personFrom } from '../src/credentials/person.js';
import { namedGaps } from '../src/credentials/named-gaps.js';
import { recommend } from '../src/credentials/recommend.js';
import type { Recommendation } from '../src/credentials/recommend.js';
import type { ScoredCredential } from '../src/credentials/score-credential.js';
import { gapSkills, type Gap, type Situation } from '../src/credentials/situation.js';
import { personToday, personZone } from '../src/dates/person-zone.js';
import { buildGapReport } from '../src/gaps/gap-report.js';
import type { Role } from '../src/data/roles-schema.js';
import type { FlowContext } from '../src/engine/flow.js';
import { answerOf } from './changed-answers.js';
import { PICKS_SHOWN, type Standing } from './credential-pick-replies.js';
import { monthsDeadline } from './deadline-months.js';
import { payOf } from './pay-answer.js';
import { profileOf } from './profile.js';
import type { GapReportFacts } from './profile.js';
import { besidePicks } from './typed-pick.js';

/**
 * What the pick's answers come to: the role and gaps it picks for, the person's situation (budget,
 * hours, deadline, pay, each as changed since), and the recommendation made from them. The
 * conversation that asks for them is flows/credential-pick.ts.
 */

/** Free to take, free to audit, or with financial aid: a way in that costs nothing up front. */
const freeWayIn = (pick: ScoredCredential) => pick.cost.expectedCents === 0 || pick.credential.freeAudit === true || pick.credential.financialAid === true;
/** Tools and ways of working (skills.json categories), learnt on the job rather than from a credential. */
const BY_DOING: ReadonlySet<string> = new Set(['tool', 'platform', 'language', 'method']);

export function pickSituation(data: CoachData) {
  const { catalog, credentials, credentialIndex: index, roleMatcher } = data;
  /** The gap report, when it is for a role the catalog still has. */
  const storedReport = (ctx: FlowContext): GapReportFacts | undefined => {
    const stored = profileOf(ctx).gapReport;
    return stored && catalog.roles.byId.has(stored.role) ? stored : undefined;
  };
  /** The gap report when it has gaps: one with none leaves nothing to pick for. */
  const report = (ctx: FlowContext) => (storedReport(ctx)?.gaps.length ? storedReport(ctx) : undefined);
  /** Picking for the report's gaps: the person has it and did not say no to it. */
  const usesReport = (ctx: FlowContext) => report(ctx) !== undefined && ctx.answers['use-gaps'] !== false;
  /**
   * A pick left for a new gap interview resumes where it was, and the new report may have no gaps:
   * the report's role then stands in for a role that was never asked.
   */
  const role = (ctx: FlowContext): Role => catalog.roles.byId.get(String(usesReport(ctx) ? report(ctx)?.role : (ctx.answers.role ?? storedReport(ctx)?.role))) as Role;
  /** Gaps from the gap report, or the skills named now, weighted by the role's demand for them. */
  const gaps = (ctx: FlowContext): Gap[] => {
    if (usesReport(ctx)) return report(ctx)?.gaps ?? [];
    const named = ctx.answers.want;
    if (!Array.isArray(named)) return [];
    return namedGaps(named as string[], role(ctx), index.broader);
  };
  /** What the role asks for that the person has not said they have: what a gap interview without postings would find. */
  const typicalGaps = (ctx: FlowContext): string[] => {
    const have = profileOf(ctx).skills ?? [];
    return buildGapReport({ role: role(ctx), have, postings: [], skills: catalog.skills }).gaps.map((g) => g.skill);
  };
  /** The deadline on the calendar ("8 months" from today), with the whole weeks the credential logic counts in. */
  const deadlineOf = (ctx: FlowContext) => {
    const months = answerOf(ctx, 'deadline') as number | undefined;
    return months === undefined ? undefined : monthsDeadline(months, personToday(ctx.now, personZone(ctx.profile)));
  };
  /** Only asked once hours and budget are answered: the flow ends before them only when it hands over. */
  const situation = (ctx: FlowContext): Situation => ({
    hoursPerWeek: answerOf(ctx, 'hours') as number,
    budgetUsd: answerOf(ctx, 'budget') as number,
    deadlineWeeks: deadlineOf(ctx)?.weeks,
    // Pay from work, or what the person lives on instead (a pension is not a salary to compare with).
    ...payOf(answerOf(ctx, 'pay')),
    today: ctx.now,
  });
  const standing = (ctx: FlowContext, rec: Recommendation): Standing => {
    const top = rec.topGapsUnclosed ?? [];
    const verdict = usesReport(ctx) ? report(ctx)?.verdict?.kind : undefined;
    const learntByDoing = top.length > 0 && top.every((g) => gapSkills(g).every((id) => BY_DOING.has(catalog.skills.byId.get(id)?.category ?? '')));
    return { ...(verdict ? { verdict } : {}), learntByDoing };
  };
  /**
   * A recommendation costs about 20 ms (every stack of up to three is tried), and asking the last
   * question reads it for the prompt, the choices and the answer: the last one is kept, keyed by
   * everything it depends on.
   */
  let last: { key: string; rec: Recommendation } | undefined;
  const recommendation = (ctx: FlowContext): Recommendation => {
    const proctoredOk = answerOf(ctx, 'proctored-ok') !== false;
    const freeFirst = answerOf(ctx, 'free-first') === true;
    const profile = profileOf(ctx);
    const verdict = usesReport(ctx) ? report(ctx)?.verdict?.kind : undefined;
    const person = personFrom({ ...profile, verdict }, (text) => roleMatcher.match(text), (id) => credentials.byId.has(id));
    const inputs = { role: role(ctx).id, gaps: gaps(ctx), situation: situation(ctx), proctoredOk, freeFirst, person };
    const key = JSON.stringify(inputs);
    if (last?.key === key) return last.rec;
    const pool = credentials.credentials.filter((c) => proctoredOk || !c.assessment.includes('proctored-exam'));
    const gapsSource = usesReport(ctx) ? report(ctx)?.source : undefined;
    const rec = recommend({ credentials: pool, index, role: role(ctx), gaps: inputs.gaps, gapsSource, situation: inputs.situation, person, picks: pool.length, shown: PICKS_SHOWN, tuition: credentials.degreeTuition, roles: catalog.roles.byId, notCarried: credentials.notCarried });
    // "Free or audit first" orders the picks after the path: the path stays first, in its order, and
    // its rungs left for later (which the path sentence names) right after it, so the list and the
    // recommended path tell one story; the free routes the path already starts with are first. A
    // stable sort keeps the score order within the rest.
    const onPath = new Set([...rec.stack.members, ...(rec.stack.path.later ?? [])].map((m) => m.credential.id));
    const rest = rec.picks.filter((p) => !onPath.has(p.credential.id));
    const ordered = freeFirst ? [...rec.picks.filter((p) => onPath.has(p.credential.id)), ...rest.sort((a, b) => Number(freeWayIn(b)) - Number(freeWayIn(a)))] : rec.picks;
    last = { key, rec: { ...rec, picks: ordered.slice(0, PICKS_SHOWN) } };
    return last.rec;
  };
  const shown = (ctx: FlowContext) => recommendation(ctx).picks;
  const offeredBeside = (ctx: FlowContext) => besidePicks(recommendation(ctx));
  /** Every credential the coach offers on screen: the picks, then the options beside them. */
  const choosable = (ctx: FlowContext): ScoredCredential[] => [...shown(ctx), ...offeredBeside(ctx)];
  return { storedReport, report, usesReport, role, gaps, typicalGaps, deadlineOf, situation, standing, recommendation, shown, offeredBeside, choosable };
}
