import type { CatalogCredential, DegreeTuition, NotCarried } from '../data/credentials-schema.js';
import type { Role } from '../data/roles-schema.js';
import { actionPlan, type ActionPlan } from './action-plan.js';
import { bestStack, TOP_GAPS, type Stack } from './best-stack.js';
import { coverageOf } from './coverage.js';
import { coveredNote, pastByStanding, pastByWork } from './covered-start.js';
import { gapsLeft, provedByHeld } from './held-proves.js';
import { impliedDegree } from './degree-held.js';
import type { CredentialIndex } from './credential-index.js';
import { collectionWarnings, credentialWarnings, postingTermsNote, postingTermsTone, targetWarnings, type CredentialWarning } from './credential-warnings.js';
import { experiencePlausible, fitFor, mainlyFor, NAMED_SHARE, PAST_ENTRY_MONTHS, workCovers, type AskedCredential, type FitNote, type Person, type RoleSkills } from './person-fit.js';
import { rolePay, roi, type Roi, type TargetPay } from './roi.js';
import { byRank, rankCredentials, scoreCredential, type ScoredCredential } from './score-credential.js';
import { sideBySide, tuitionDegree, type ComparisonColumn, type DegreeInputs } from './side-by-side.js';
import { gapName, gapSkills, type Gap, type Situation } from './situation.js';
import { listOf } from '../roles/suggest-roles.js';
import { freeRouteNote, freeRoutesTo, pastStarters, STARTERS, subjectHeld } from './toward-named.js';
import { foundationsFirst, laddersFrom } from './foundations-first.js';
import { unnamedPlatformFor, vendorPlatforms } from './platform-fit.js';

/**
 * Everything the coach says about credentials for one learner, in one pure call: the ranked
 * picks with their cautions and fit to the person, the path to take and what it leaves
 * uncovered, the side-by-side with a certification and a degree, and the dated plan for the path.
 *
 * Candidates are the credentials made for the target role (targetRoles): a course that happens
 * to teach SQL is not a data analyst's credential. Of those, what the person holds, has outgrown
 * or cannot sit yet is set aside with the reason (person-fit.ts); only the rest are scored, so a
 * recommendation scores a handful of credentials whatever the catalog's size.
 *
 * A credential made for another role is shown only for one of the person's top gaps that nothing
 * made for the role covers (Linux for a SOC analyst), and says so; it leads the path only when
 * nothing made for the role is left to recommend. A neighbouring role's exam never comes in for a
 * gap further down (Azure for a project manager) or for one the role's own credentials cover, and a course
 * programme of another role (a data scientist's 18-week certificate for a cloud engineer's Python) never
 * comes in for a gap: only exams that prove the skill, unless the catalog has nothing made for the role.
 *
 * Below a credential most of their postings name, a person the gap report calls close or ready starts on
 * it, past the beginner's rungs the ladder puts below it; and when the budget does not reach it, the rung
 * below it that can be studied free comes in as the way towards it (toward-named.ts). When the catalog
 * has no credential made for the role at all, each pick says it is among the closest (noneForRole).
 *
 * A credential the catalog makes for the role and for others, but which mostly teaches another
 * role's work (AWS Developer for a cloud engineer: person-fit.ts mainlyFor), comes after those made
 * for the role, in the picks and in the path, and says so; not when the person works in that other
 * role or their postings name it.
 *
 * "Pair it with a broader program" (a narrow credential) is said to people new to tech only, and
 * not of a credential the path already pairs with a broader programme: someone already working in a
 * role of the catalog adds a credential to their experience, they do not make a full switch on it.
 */

export const DEFAULT_PICKS = 5;
/** Course programmes (months of courses), as against exams: never borrowed from another role for a gap. */
const PROGRAMMES: ReadonlySet<CatalogCredential['kind']> = new Set(['professional-certificate', 'nanodegree', 'mooc-certificate']);
/** A vendor platform asked for by at least half the postings counts as asked for. */
const ASKED_SHARE = 0.5;

export interface RecommendInput {
  readonly credentials: readonly CatalogCredential[];
  /** Built once at start with buildCredentialIndex. */
  readonly index: CredentialIndex;
  readonly role: Role;
  /** The profile's gapReport.gaps: most important first. */
  readonly gaps: readonly Gap[];
  readonly situation: Situation;
  readonly degree?: DegreeInputs;
  /** Published tuition: the degree compared when no degree is given. */
  readonly tuition?: DegreeTuition;
  /** Who they are beyond their gaps: held credentials, their own field and years, the gap verdict. */
  readonly person?: Person;
  /** The learner's own hours for credentials the catalog has no hours for, by id. */
  readonly ownHours?: Readonly<Record<string, number>>;
  readonly picks?: number;
  /**
   * How many of the picks the person is shown (the chat shows three of them): a credential most of
   * their postings name that is ranked below those, and not on the path, is said in postingsName.
   * Default: every pick.
   */
  readonly shown?: number;
  /** Where the gaps come from: the person's own postings may ask for two vendors, and then the stack may hold both. */
  readonly gapsSource?: 'postings' | 'catalog';
  /** Plan steps already done in the conversation (postings pasted). */
  readonly done?: { readonly research?: boolean; readonly select?: boolean };
  /**
   * The role catalog, to say whose credential a borrowed pick is ("made for cloud engineers"), and
   * from the roles' skills which credentials made for several roles are mainly another role's.
   */
  readonly roles?: ReadonlyMap<string, RoleSkills>;
  /** Credentials the catalog does not carry (data/credentials.json notCarried): one the postings name is said by name, never with a figure. */
  readonly notCarried?: readonly NotCarried[];
}

/**
 * A credential at least half the person's postings name (required or preferred) that is not among the
 * picks: made for another role (Security+ for a GRC analyst), or not carried by the catalog (CISA).
 * Said as an option beside the advice, with its cost and time where the catalog has them, even when
 * the person is close or ready: the screen asks for it whatever their gaps.
 */
export interface PostingNamed {
  readonly id: string;
  readonly name: string;
  readonly asked: AskedCredential;
  /** Scored for the person (cost and time at their hours); absent for one the catalog does not carry. */
  readonly pick?: ScoredCredential;
  /** For one the catalog does not carry: where to check its price and hours ("ISACA's CISA page"). */
  readonly checkAt?: string;
}

/** A caution or good news said under a pick; a free route's names the credential it is the free way towards. */
export interface PickNote extends CredentialWarning {
  readonly leadsTo?: string;
}

export interface SetAside {
  readonly id: string;
  readonly name: string;
  readonly note: FitNote;
  /** It covers at least one of the gaps: worth saying why it is not recommended. */
  readonly coversGap: boolean;
}

export interface Recommendation {
  /** Every candidate covering a gap, best first. */
  readonly ranked: readonly ScoredCredential[];
  /** Fit notes of each ranked credential (experience it expects), by id. */
  readonly fit: Readonly<Record<string, readonly FitNote[]>>;
  /** Candidates for the role not recommended to this person, with why (held, outgrown, needs experience). */
  readonly setAside: readonly SetAside[];
  /** The gap report said they are ready: portfolio and interview practice come first, credentials after, if at all. */
  readonly readyFirst: boolean;
  /**
   * The top gaps (report order) when no credential closes any of them, from the person's postings or
   * when nothing at all is left to recommend: there is no path, and the coach says so and steers to
   * practice, a portfolio piece and networking.
   */
  readonly topGapsUnclosed?: readonly Gap[];
  /** Nothing made for the role is left to recommend: the path is made for another role, and says so. */
  readonly borrowed: boolean;
  /**
   * The catalog has no credential made for the role at all: every pick is the closest made for another
   * role, to be said as that (not as the role's path) with the role's own route, a portfolio piece.
   */
  readonly noneForRole: boolean;
  /** Picks made for another role, by id: the top gaps each fills that nothing made for the role covers. */
  readonly borrowedFor: Readonly<Record<string, readonly Gap[]>>;
  /**
   * Picks that are the free way to study towards a credential the postings name and the budget does not
   * reach (Google IT Support towards CompTIA A+ at $0), by id, with that credential's id: they may cover
   * none of the gaps, and are there for where they lead.
   */
  readonly freeRouteTo: Readonly<Record<string, string>>;
  /** The budget the money was told against; absent when none was given. */
  readonly budgetUsd?: number;
  readonly picks: readonly ScoredCredential[];
  /** Cautions for each pick, by credential id. */
  readonly warnings: Readonly<Record<string, readonly PickNote[]>>;
  readonly stack: Stack;
  /** About the target and the whole collection (held plus stack): degree, badge collecting. */
  readonly planWarnings: readonly CredentialWarning[];
  readonly comparison: readonly ComparisonColumn[];
  /** Credentials the postings name that are not among the ranked picks, said as options. */
  readonly postingsName: readonly PostingNamed[];
  /** For the stack, or the top pick when no stack fits. */
  readonly plan: ActionPlan;
  /** The return on what earning the stack (or the top pick) costs, in words. */
  readonly roi: Roi;
  /** Entry-level pay for the role, or why there is none. */
  readonly pay: TargetPay;
}

export function recommend(input: RecommendInput): Recommendation {
  const { index, role, situation } = input;
  const person = input.person ?? {};
  const gaps = gapsLeft(input.gaps, provedByHeld(index, role.id, person.held ?? []));
  const setAside: SetAside[] = [];
  const fit: Record<string, readonly FitNote[]> = {};
  const fits = (credential: CatalogCredential, record: boolean) => {
    const found = fitFor(credential, person, index);
    if (found.setAside) {
      if (record) setAside.push({ id: credential.id, name: credential.name, note: found.setAside, coversGap: coverageOf(index, [credential.id], gaps).covered.length > 0 });
      return false;
    }
    fit[credential.id] = found.notes;
    return true;
  };
  const forRole = input.credentials.filter((credential) => credential.targetRoles.includes(role.id) && fits(credential, true));
  const offRole = new Map<string, { readonly id: string; readonly name: string }>();
  for (const credential of input.roles ? forRole : []) {
    const other = mainlyFor(credential, role.id, input.roles ?? new Map(), person, index);
    if (other) offRole.set(credential.id, other);
  }
  // A credential most of their postings ask for by name is a candidate whatever gaps it covers: the screen asks for it.
  const required = (person.asked ?? []).filter((a) => a.share >= NAMED_SHARE).map((a) => a.id);
  // Built on a vendor platform nothing of theirs names (Azure for an on-premises network job): no candidate unless it closes a core gap.
  const unnamed = unnamedPlatformFor(index, gaps, person, (gap) => isCoreGap(gap, role, index));
  const covering = rankCredentials(forRole.filter((c) => !unnamed(c)), { index, role, gaps, situation });
  const scoredOf = (ids: (id: string) => boolean, after: readonly ScoredCredential[]) =>
    forRole.filter((c) => ids(c.id) && !after.some((r) => r.credential.id === c.id)).map((c) => scoreCredential(c, { index, role, gaps, situation }));
  const namedOnly = scoredOf((id) => required.includes(id), covering);
  // The free way to study towards a named credential the budget does not reach comes in whatever gaps it covers.
  const freeRoutes = freeRoutesTo(forRole, [...covering.filter((r) => required.includes(r.credential.id)), ...namedOnly], situation.budgetUsd !== undefined);
  const plain = [...covering, ...namedOnly];
  const scored = [...plain, ...scoredOf((id) => freeRoutes.has(id), plain)].sort(byRank);
  // Made mainly for another role: after every credential made for this one, each group by rank.
  const own = [...scored.filter((r) => !offRole.has(r.credential.id)), ...scored.filter((r) => offRole.has(r.credential.id))];
  const nearlyThere = person.verdict === 'close' || person.verdict === 'ready';
  // Beginner's courses the person's work already covers (a project-management course for an event planner of 12 years).
  const pastCourses = new Map(forRole.flatMap((c) => {
    const experience = workCovers(c, person);
    return experience ? [[c.id, pastByWork(experience)] as const] : [];
  }));
  // Close or ready: the beginner's rungs below a credential their postings name are behind them too.
  for (const id of pastStarters(forRole, required, subjectHeld(index, gaps, person.workSkills ?? []))) if (nearlyThere && !pastCourses.has(id)) pastCourses.set(id, pastByStanding(person.verdict === 'ready' ? 'ready' : 'close'));
  // Vendor platforms only (AWS, Salesforce): a tool another company makes (GitHub) starts no vendor's path.
  const vendors = vendorPlatforms(index);
  const topGaps = gaps.slice(0, TOP_GAPS);
  // A credential made for another role comes in only for a top gap nothing made for the role covers
  // (Linux for a SOC analyst); exams that prove a skill, not programmes of another field: a coach does not
  // send a cloud engineer through 18 weeks of a data scientist's course certificate to learn Python.
  const unfilled = topGaps.filter((gap) => !own.some((r) => coverageOf(index, [r.credential.id], [gap]).covered.length > 0));
  const borrowedFor: Record<string, Gap[]> = {};
  // The catalog has no credential made for the role at all (health informatics): what is offered is the
  // closest made for other roles, said as that, never as if the role's own credentials were used up.
  const noneForRole = !input.credentials.some((c) => c.targetRoles.includes(role.id));
  // Then the closest programmes of other roles are its way in; otherwise none is lent for a gap.
  const lent = (c: CatalogCredential) => PROGRAMMES.has(c.kind) && !noneForRole;
  // Someone the gap report calls close or ready is nearly there: what is left is shown with a portfolio
  // piece, networking and interviews, and a credential made for another role (with the entry and
  // fundamentals credentials of that role that come in beside it) would send them down that role's path.
  // They may still ask about any credential by name; it is only not offered.
  if (unfilled.length > 0 && !nearlyThere) {
    for (const c of input.credentials) {
      if (c.targetRoles.includes(role.id) || c.level === 'entry-certificate' || lent(c)) continue;
      // Borrowed only for what the exam is about (its first skill): a Kubernetes exam touches Linux,
      // yet no coach sends a SOC analyst to it for Linux, nor a project manager to Salesforce for reporting.
      const about = unfilled.filter((gap) => gapSkills(gap).includes(c.skills[0] ?? ''));
      const fills = coverageOf(index, [c.id], about).covered.map(({ by: _by, via: _via, ...gap }) => gap);
      if (fills.length > 0 && fits(c, false)) borrowedFor[c.id] = fills;
    }
    // An associate exam whose recommended experience the person lacks ("18 to 24 months in a data role")
    // does not start a path: the fundamentals or entry credentials made for the same roles that teach
    // the same gaps are how people without that experience start, so they come in beside it.
    for (const [id, fills] of Object.entries(borrowedFor)) {
      const exam = index.byId.get(id);
      if (!exam || exam.level !== 'associate' || !(fit[id] ?? []).some((n) => n.kind === 'experience')) continue;
      for (const c of input.credentials) {
        if (borrowedFor[c.id] || c.targetRoles.includes(role.id) || !STARTERS.has(c.level) || lent(c) || !c.targetRoles.some((r) => exam.targetRoles.includes(r))) continue;
        if (coverageOf(index, [c.id], fills).covered.length === fills.length && fits(c, false)) borrowedFor[c.id] = fills;
      }
    }
  }
  const others = rankCredentials(input.credentials.filter((c) => borrowedFor[c.id] !== undefined), { index, role, gaps, situation });
  const stackOf = (from: readonly ScoredCredential[]) =>
    bestStack(from, { index, gaps, situation, named: [...gaps.map((g) => g.skill), ...role.skills.map((s) => s.skill)],
      beginner: !(person.fieldRoles ?? []).includes(role.id),
      experienceMet: forRole.filter((c) => experiencePlausible(c, person)).map((c) => c.id),
      held: person.held ?? [],
      topGapsRequired: input.gapsSource === 'postings',
      required,
      offRole: [...offRole.keys()],
      pastCourses,
      experienced: (person.yearsExperience ?? 0) * 12 >= PAST_ENTRY_MONTHS,
      asked: input.gapsSource === 'postings' ? gaps.filter((g) => g.share >= ASKED_SHARE && vendors.has(g.skill)).map((g) => g.skill) : [],
      // Without postings the role's profile decides the path: its core competencies first.
      ...(input.gapsSource === 'postings' ? {} : { core: gaps.filter((g) => isCoreGap(g, role, index)) }),
    });
  const ownStack = stackOf(own);
  // The path is made for the role whenever one is left; a borrowed path only when none is.
  const usedOthers = ownStack.members.length === 0 && others.length > 0;
  const stack = usedOthers ? stackOf(others) : ownStack;
  // A credential the person's own postings name is theirs to take, whoever the catalog makes it for.
  const namedByPostings = (id: string) => (person.asked ?? []).some((a) => a.id === id);
  const borrowed = usedOthers && stack.members.some((m) => !namedByPostings(m.credential.id));
  const ranked = [...own, ...others];
  for (const pick of others.filter((r) => !namedByPostings(r.credential.id))) {
    const whose = listOf(pick.credential.targetRoles.map((id) => lowerName(input.roles?.get(id)?.name ?? id)));
    const filled = listOf((borrowedFor[pick.credential.id] ?? []).map((g) => gapName(g, index.skillName)));
    const one = (borrowedFor[pick.credential.id] ?? []).length === 1 ? 'one of your top gaps' : 'top gaps of yours';
    const why = noneForRole
      ? `my catalog has no credential made for ${lowerName(role.name)} jobs, and it is among the closest, since it covers ${filled}, ${one}.`
      : `it is here because it covers ${filled}, ${one} that nothing made for ${lowerName(role.name)} in my catalog covers.`;
    fit[pick.credential.id] = [
      { kind: 'borrowed', text: `It is made for another role (${whose}): ${why}` },
      ...(fit[pick.credential.id] ?? []),
    ];
  }
  for (const [id, other] of offRole) {
    const target = lowerName(role.name);
    fit[id] = [
      { kind: 'other-role', text: `It is made mainly for ${lowerName(other.name)} jobs: more of what it teaches is their work than ${target} work, so the credentials made for ${target} jobs come first.` },
      ...(fit[id] ?? []),
    ];
  }
  // A beginner's course the path starts above, since the person's work covers it: said beside it as what it is for them now.
  const lead = stack.members[0]?.credential;
  for (const [id, past] of pastCourses) {
    const course = index.byId.get(id);
    if (!lead || !course?.nextSteps.includes(lead.id)) continue;
    fit[id] = [{ kind: 'work-covers', text: coveredNote(lead, past) }, ...(fit[id] ?? [])];
  }
  // With postings, or when nothing at all is left to recommend, no credential closing a top gap is said as such.
  const unclosed = (input.gapsSource === 'postings' || ranked.length === 0) && topGaps.length > 0 && ranked.every((r) => coverageOf(index, [r.credential.id], topGaps).covered.length === 0);
  // The path comes first, in its order, so the picks and the path tell one story; then the rest by rank.
  const onPath = new Set(stack.members.map((m) => m.credential.id));
  // Below the path, its next rungs (A+ then Network+ after Google IT Support) before an off-path
  // exam of another vendor: the alternatives continue the story the path tells.
  const ahead = laddersFrom(stack.members.map((m) => m.credential), index);
  // The path's rungs left for later come first among them, in the path's order.
  const later = stack.path.later ?? [];
  const afterPath = new Set([...onPath, ...later.map((m) => m.credential.id)]);
  const rest = ranked.filter((r) => !afterPath.has(r.credential.id));
  // The rung the path's sentence names next ("then CCNA") is shown next, so the picks and the sentence agree.
  const said = rest.filter((r) => r.credential.id === stack.path.next?.id);
  const unsaid = rest.filter((r) => r.credential.id !== stack.path.next?.id);
  // Then what the postings name, ahead of what none names: being asked for by name outweighs a score's edge in price, time or partial coverage.
  const byName = (list: readonly ScoredCredential[]) => [...list.filter((r) => required.includes(r.credential.id)), ...list.filter((r) => !required.includes(r.credential.id))];
  const alternatives = [...later, ...said, ...byName(unsaid.filter((r) => ahead.has(r.credential.id))), ...byName(unsaid.filter((r) => !ahead.has(r.credential.id)))];
  // Foundations first among them, for a subject the person is new to (KCNA before CKA).
  const known = new Set([...(person.workSkills ?? []), ...(person.fieldSkills ?? [])]);
  const picks = [...stack.members, ...foundationsFirst(alternatives, index, known)].slice(0, input.picks ?? DEFAULT_PICKS);
  const chosen = stack.members.length > 0 ? stack.members : picks.slice(0, 1);
  const held = (person.held ?? []).flatMap((id) => index.byId.get(id) ?? []);
  const collection = [...new Set([...held, ...chosen.map((m) => m.credential)])];
  const costs = chosen.map((m) => m.cost.toEarnCents);
  const toEarn = costs.some((c) => c === null) ? null : costs.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  const pay = rolePay(role);
  // Someone already in a role of the catalog (or holding one of the role's credentials) adds a credential to their experience.
  const newcomer = (person.fieldRoles ?? []).length === 0 && !held.some((c) => c.targetRoles.includes(role.id));
  // A path that starts with a broader programme (an entry certificate) pairs its later rungs with it already.
  const paired = stack.members[0]?.credential.level === 'entry-certificate' ? new Set([...afterPath, ...ahead]) : new Set<string>();
  const broaderSaid = (id: string) => newcomer && !paired.has(id);
  // What the postings name and the picks do not hold is still said, as an option (not for what they hold or were told is not for them now).
  const notNamed = (a: AskedCredential) => a.share >= NAMED_SHARE && !ranked.some((r) => r.credential.id === a.id) && !setAside.some((s) => s.id === a.id) && !(person.held ?? []).includes(a.id);
  // Ranked, but below the picks shown and named nowhere on the path: said too, with its cost and time, so a credential the postings ask for is never left unsaid.
  const seen = new Set([...picks.slice(0, input.shown ?? picks.length), ...stack.members, ...later].map((m) => m.credential.id));
  if (stack.path.next) seen.add(stack.path.next.id);
  // A beginner's course the path starts above is named in the path's sentence.
  for (const [id, notes] of Object.entries(fit)) if (notes.some((n) => n.kind === 'work-covers')) seen.add(id);
  const unseen = (a: AskedCredential) => a.share >= NAMED_SHARE && !seen.has(a.id) && !(person.held ?? []).includes(a.id);
  const postingsName: PostingNamed[] = [
    ...(person.asked ?? []).filter(unseen).flatMap((asked) => {
      const pick = ranked.find((r) => r.credential.id === asked.id);
      return pick ? [{ id: asked.id, name: pick.credential.name, asked, pick }] : [];
    }),
    ...(person.asked ?? []).filter(notNamed).flatMap((asked) => {
      const credential = index.byId.get(asked.id);
      return credential ? [{ id: asked.id, name: credential.name, asked, pick: scoreCredential(credential, { index, role, gaps, situation }) }] : [];
    }),
    ...(person.askedUncarried ?? []).filter(notNamed).flatMap((asked) => {
      const entry = input.notCarried?.find((n) => n.id === asked.id);
      return entry ? [{ id: asked.id, name: entry.name, asked, checkAt: entry.checkAt }] : [];
    }),
  ];
  return {
    postingsName,
    roi: roi(chosen.length > 0 ? toEarn : null, pay, situation.currentPayUsd, situation.currentIncome),
    pay,
    ranked,
    fit: Object.fromEntries(ranked.map((r) => [r.credential.id, fit[r.credential.id] ?? []])),
    setAside,
    readyFirst: person.verdict === 'ready',
    ...(unclosed ? { topGapsUnclosed: topGaps } : {}),
    borrowed,
    noneForRole,
    borrowedFor,
    freeRouteTo: Object.fromEntries([...freeRoutes].map(([id, target]) => [id, target.id])),
    ...(situation.budgetUsd !== undefined ? { budgetUsd: situation.budgetUsd } : {}),
    picks,
    // The experience a pick expects is said with its other cautions.
    warnings: Object.fromEntries(
      picks.map((pick) => {
        const notes = fit[pick.credential.id] ?? [];
        // Asked for by name (by one posting's terms or most postings), it is not a programme for a full switch:
        // "covers 0% ... pair it with a broader program" is not said of what the screen asks for.
        const asked = required.includes(pick.credential.id) || notes.some((n) => n.kind === 'asked');
        const cautions = credentialWarnings(pick, index, situation.today).filter((w) => w.kind !== 'narrow' || (!asked && broaderSaid(pick.credential.id)));
        // How their postings ask ("requires it within 6 months of hire") says more than the share naming it, so it replaces that note.
        const terms = postingTermsNote(pick.credential, person.asked?.find((a) => a.id === pick.credential.id));
        // That the postings name it is news for the person, not a caution ("Good to know"); a posting that requires it can screen them out, so that stays one.
        // Passing it once is good news too: a retake, not a first attempt.
        const fitNotes = notes.filter((n) => !(terms && n.kind === 'named')).map((n) => ({ kind: warningKind(n.kind), text: n.text, ...(n.kind === 'named' || n.kind === 'lapsed' ? { tone: 'good-news' as const } : {}) }));
        const termsNote = terms ? [{ kind: 'asked' as const, text: terms, tone: postingTermsTone(person.asked?.find((a) => a.id === pick.credential.id)) }] : [];
        const route = freeRoutes.get(pick.credential.id);
        const routeNote: PickNote[] = route ? [{ kind: 'asked', text: freeRouteNote(route), tone: 'good-news', leadsTo: route.name }] : [];
        return [pick.credential.id, [...termsNote, ...routeNote, ...fitNotes, ...cautions]];
      }),
    ),
    stack,
    planWarnings: [...targetWarnings(role), ...collectionWarnings(collection, index, role, gaps, person.held ?? [])],
    // A degree the person gave is compared as given; otherwise a teacher or a CPA is not priced a first degree.
    comparison: sideBySide(ranked, role, situation, input.degree ?? (input.tuition ? tuitionDegree(input.tuition) : undefined), input.degree ? undefined : (person.degreeHeld ?? impliedDegree(person.currentRole))),
    plan: actionPlan({ credentials: chosen.map((m) => m.credential), hoursPerWeek: situation.hoursPerWeek, today: situation.today, ownHours: input.ownHours, deadlineWeeks: situation.deadlineWeeks, done: input.done, entryPayKnown: pay.known, ...(later.length > 0 ? { later: later.map((m) => m.credential.name) } : {}), ...(role.portfolio ? { portfolio: role.portfolio.text } : {}) }),
  };
}

// Made mainly for another role is said as a borrowed pick is: whose credential it is.
const warningKind = (kind: FitNote['kind']): 'asked' | 'borrowed' | 'experience' => (kind === 'asked' || kind === 'named' ? 'asked' : kind === 'borrowed' || kind === 'other-role' ? 'borrowed' : 'experience');

/** "Cloud engineer" is "cloud engineer" inside a sentence; "SOC analyst" and "DevOps engineer" keep their capitals. */
const lowerName = (name: string) => (/^\S[^\s]*[A-Z]/.test(name) ? name : `${name.charAt(0).toLowerCase()}${name.slice(1)}`);

/**
 * A gap is one of the role's core competencies (data/roles.json `core`) when it, an alternative of
 * it, or what it is evidence of is one: Tableau shows data visualisation, core for an analyst.
 */
function isCoreGap(gap: Gap, role: Role, index: CredentialIndex): boolean {
  const core = new Set(role.skills.filter((s) => s.core).map((s) => s.skill));
  return gapSkills(gap).some((id) => core.has(id) || index.broader(id).some((wider) => core.has(wider)));
}
