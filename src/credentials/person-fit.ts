import type { CatalogCredential } from '../data/credentials-schema.js';
import { listOf } from '../roles/suggest-roles.js';
import type { CredentialIndex } from './credential-index.js';
import { firstTitle, titleInSentence } from './job-title.js';
import { isLeadingTitle } from './leading-titles.js';
import type { StatedDegree } from './degree-held.js';
import type { PostingAsk } from './posting-credentials.js';

/**
 * Whether a credential fits the person, beyond their gaps: what they hold, the work they have
 * done and the experience the credential expects. Pure; the caller reads the person from the
 * profile (or the command line) with personFrom in person.ts.
 *
 * Set aside (never recommended, said with why):
 * - held: they have it;
 * - below-held: a credential they hold builds on it (CAPM under a PMP, Cloud Practitioner under
 *   Solutions Architect);
 * - alternative-held: the catalog calls it an alternative to one they hold (CSM next to PSM I);
 * - covered-by-held: every skill it teaches is already proved by what they hold;
 * - outgrown: an entry certificate or fundamentals exam in the field they already work in (their
 *   job, or a held credential that requires practice in it, like the PMP), after
 *   PAST_ENTRY_MONTHS there, when at least half of what it teaches is that field's own skills;
 * - needs-experience: the provider requires experience they have not said they have (PMP's 36
 *   months of leading projects); not when their years in a managing or leading job plausibly meet
 *   it: then the provider's rule is said beside it and they judge.
 * Asked for: a credential the person's own postings name is never set aside as outgrown. A
 * screen that asks for a CSM filters out a PMP of 16 years without one, so the coach says the
 * postings ask for it, that it adds little to their experience, and that it gets them past the filter.
 * Shown beside a pick: the experience the provider recommends, when they may not have it (or what
 * it expects you to know, when there is no figure and they are new to the field).
 */

/**
 * Three years in the field: PMI's line between CAPM and PMP (36 months leading projects), and
 * past every associate step's recommended experience in the ladders (6 to 24 months,
 * study-hours-and-paths.md), so an entry-level credential in one's own field adds little by then.
 */
export const PAST_ENTRY_MONTHS = 36;

export type Verdict = 'ready' | 'close' | 'gap';

export interface Person {
  /** Catalog ids of credentials they hold. */
  readonly held?: readonly string[];
  /**
   * Catalog ids of credentials they passed once and let lapse: not held (nothing builds on them), but
   * taking one again is a retake of an exam they passed, not a first attempt (fitFor, experienceMet).
   */
  readonly lapsed?: readonly string[];
  /** Role ids their own work is in (their current job, matched to the role catalog). */
  readonly fieldRoles?: readonly string[];
  /** The skills that work proves: the matched role's skills. */
  readonly fieldSkills?: readonly string[];
  readonly yearsExperience?: number;
  /** Their job in their own words, for sentences ("project manager"). */
  readonly currentRole?: string;
  /** A degree they said they hold ("BSc chemistry"): no first four-year degree is priced for them (degree-held.ts). */
  readonly degreeHeld?: StatedDegree;
  /** The gap report's verdict: "ready" puts portfolio and interview practice before any credential. */
  readonly verdict?: Verdict;
  /**
   * Skills they said they use in their work, beyond a beginner's level (not "basic", not only
   * inferred from another): a beginner's course on one of them adds little to their years (workCovers).
   */
  readonly workSkills?: readonly string[];
  /** Catalog credentials their own postings name, with the share of those postings naming each. */
  readonly asked?: readonly AskedCredential[];
  /** Credentials their postings name that the catalog does not carry (CISA): said by name, never with a figure. */
  readonly askedUncarried?: readonly AskedCredential[];
  /** Their work that the target role counts as its own field (a role's experienceFrom, person.ts). */
  readonly fieldsAccepted?: readonly AcceptedField[];
}

/** Work a role counts as its own: years in it count toward the role's credentials' experience, as `counts` says. */
export interface AcceptedField {
  readonly role: string;
  readonly field: string;
  /** Ends "your 24 years as a maintenance supervisor count toward it ...". */
  readonly counts: string;
}

export interface AskedCredential {
  readonly id: string;
  /** 0 to 1: the share of the person's postings that name it. */
  readonly share: number;
  /** How each posting naming it asks (posting-credentials.ts); absent in sessions saved before it was kept. */
  readonly postings?: readonly PostingAsk[];
}

/**
 * borrowed: made for another role, shown because it fills a top gap nothing made for the target
 * role covers (recommend.ts); asked: the postings name it, though it adds little to the person's
 * experience; named: most of the postings name it; other-role: made for the target role too, but
 * mainly for another one (mainlyFor); work-covers: a beginner's course their work covers, which the
 * path starts above (workCovers, recommend.ts).
 */
export type FitKind =
  | 'held'
  | 'below-held'
  | 'alternative-held'
  | 'covered-by-held'
  | 'outgrown'
  | 'needs-experience'
  | 'experience'
  | 'asked'
  | 'named'
  | 'borrowed'
  | 'other-role'
  /** A beginner's course their work covers, which the path starts above (workCovers). */
  | 'work-covers'
  /** One they passed once and let lapse: a retake, not a first attempt, so the experience it expects is not said. */
  | 'lapsed';

/** Named by at least half the person's postings: said beside the pick (fewer is one employer's wish). */
export const NAMED_SHARE = 0.5;

export interface FitNote {
  readonly kind: FitKind;
  /** A sentence to the person, about "it" (the credential is named where the note is shown). */
  readonly text: string;
}

export interface Fit {
  /** Why it is not recommended; undefined when it may be. */
  readonly setAside?: FitNote;
  readonly notes: readonly FitNote[];
}

const ENTRY_LEVELS: ReadonlySet<string> = new Set(['entry-certificate', 'fundamentals']);

const article = (words: string) => (/^[aeiou]/i.test(words) ? `an ${words}` : `a ${words}`);
const years = (n: number) => `${Math.round(n)} year${Math.round(n) === 1 ? '' : 's'}`;

/** Works in one of the roles the credential is for. */
const inField = (credential: CatalogCredential, person: Person) => (person.fieldRoles ?? []).some((id) => credential.targetRoles.includes(id));

/**
 * Held credentials that require years of practice in a field the credential is for (a PMP's 36
 * months leading projects): holding one proves the person works in that field, whatever their
 * job title says ("logistics operations manager" with a PMP has run projects).
 */
function practisedBy(credential: CatalogCredential, person: Person, index: CredentialIndex): CatalogCredential[] {
  return (person.held ?? [])
    .flatMap((id) => index.byId.get(id) ?? [])
    .filter((held) => (held.experience.requiredMonths ?? 0) > 0 && held.targetRoles.some((r) => credential.targetRoles.includes(r)));
}

function heldNames(person: Person, index: CredentialIndex, only?: (held: CatalogCredential) => boolean): string[] {
  return (person.held ?? []).flatMap((id) => index.byId.get(id) ?? []).filter((c) => !only || only(c)).map((c) => c.name);
}

function setAsideReason(credential: CatalogCredential, person: Person, index: CredentialIndex): FitNote | undefined {
  const held = person.held ?? [];
  if (held.includes(credential.id)) return { kind: 'held', text: 'You already hold it.' };
  const above = index.above.get(credential.id);
  const over = held.find((id) => above?.has(id));
  if (over) return { kind: 'below-held', text: `You hold ${index.byId.get(over)?.name ?? over}, which builds on it, so it would add nothing.` };
  const alternative = held.find((id) => credential.alternatives.includes(id) || index.byId.get(id)?.alternatives.includes(credential.id));
  if (alternative) return { kind: 'alternative-held', text: `It is an alternative to ${index.byId.get(alternative)?.name ?? alternative}, which you hold.` };
  const proved = new Set(held.flatMap((id) => [...(index.evidence.get(id)?.keys() ?? [])]));
  if (held.length > 0 && credential.skills.length > 0 && credential.skills.every((skill) => proved.has(skill))) {
    return { kind: 'covered-by-held', text: `What it teaches is already proved by your ${listOf(heldNames(person, index))}.` };
  }
  const months = (person.yearsExperience ?? 0) * 12;
  const practised = practisedBy(credential, person, index);
  const field = inField(credential, person) || practised.length > 0;
  if (ENTRY_LEVELS.has(credential.level) && field && months >= PAST_ENTRY_MONTHS) {
    // What it teaches of the field's own skills; a vendor platform (Azure in an AI exam) is not the field's craft.
    const own = new Set([...(person.fieldSkills ?? []), ...practised.flatMap((c) => c.skills)]);
    const vendor = new Set(index.platforms.get(credential.id) ?? []);
    const taught = credential.skills.filter((s) => !vendor.has(s));
    // A taught skill counts as the field's when it, or a skill it is evidence of (Scrum of Agile), is.
    const wider = index.evidence.get(credential.id);
    const isOwn = (s: string) => own.has(s) || [...(wider ?? [])].some(([skill, from]) => from === s && own.has(skill));
    const ownShare = taught.length === 0 ? 0 : taught.filter(isOwn).length / taught.length;
    if (ownShare >= 0.5) {
      const job = person.currentRole ? ` as ${article(titleInSentence(person.currentRole))}` : ' in the field';
      const alsoHeld = heldNames(person, index, (c) => c.targetRoles.some((r) => credential.targetRoles.includes(r)));
      const and = alsoHeld.length > 0 ? ` and your ${listOf(alsoHeld)}` : '';
      return { kind: 'outgrown', text: `It adds little to your ${years(person.yearsExperience ?? 0)}${job}${and}, since it is meant for people new to the field.` };
    }
  }
  const { requiredMonths, says } = credential.experience;
  // One they passed once met what it asked for then: a lapsed credential is retaken, never "one for later".
  if (requiredMonths !== null && !(field && months >= requiredMonths) && !mayHaveLed(person, requiredMonths) && !(person.lapsed ?? []).includes(credential.id)) {
    const below = [...index.byId.values()].find((c) => c.nextSteps.includes(credential.id) && c.targetRoles.some((r) => credential.targetRoles.includes(r)));
    const route = below ? ` ${below.name} is the way in until then.` : '';
    return { kind: 'needs-experience', text: `${says} It is one for later, once you have that experience.${route}` };
  }
  return undefined;
}

/**
 * Years enough in a job that manages or leads (a marketing manager of 18 years): they have likely led
 * projects in it, so "not yet" is not the coach's to say. The provider's rule is said instead and the
 * person judges whether their work meets it (the note beside the pick, or the answer to "is it worth it").
 * The title words (captain, supervisor, chief) are data/leading-titles.json.
 */
// Months in a managing job are not all months leading projects (an office manager of 4 years runs the
// office most of the time), so only twice the required months make the provider's rule plausibly met.
const LEADING_SHARE = 0.5;
function mayHaveLed(person: Person, requiredMonths: number): boolean {
  return (person.yearsExperience ?? 0) * 12 * LEADING_SHARE >= requiredMonths && isLeadingTitle(person.currentRole);
}

/**
 * The experience a credential requires (PMP's 36 months of leading projects) is plausibly theirs: years
 * enough in a field it is made for, or in a job that manages or leads (mayHaveLed). A path may then
 * start on it, though they are new to the target role's field.
 */
export function experiencePlausible(credential: CatalogCredential, person: Person): boolean {
  const required = credential.experience.requiredMonths;
  if (required === null || required <= 0) return false;
  return (inField(credential, person) && (person.yearsExperience ?? 0) * 12 >= required) || mayHaveLed(person, required);
}

/** "Your postings ask for it (2 of your 3)": the share said in words a person counts in. */
function askedText(share: number): string {
  const pct = Math.round(share * 100);
  return pct >= 100 ? 'every one of your postings asks for it' : `${pct}% of your postings ask for it`;
}

/**
 * What a credential that adds little to their experience is still worth, by how their postings ask
 * for it: past a screen where one requires it, needed soon after hire where one requires it within
 * months, and optional where they only prefer it ("CSM a plus" is no screen). How each posting asks is
 * said beside it (postingTermsNote); the share is said only with the screen, or when no terms were
 * kept (older sessions).
 */
function askedTradeOff(little: string, asked: AskedCredential): string {
  const terms = asked.postings ?? [];
  if (terms.length === 0 || terms.some((t) => t.asks === 'required' && t.withinMonths === undefined)) {
    return `${askedText(asked.share).replace(/^./, (c) => c.toUpperCase())}. ${little}, but it gets your application past a screen that asks for it.`;
  }
  if (terms.some((t) => t.asks !== 'preferred' && t.withinMonths !== undefined)) return `${little}, but where a posting requires it within months of hire you would need it soon after starting.`;
  if (terms.every((t) => t.asks === 'preferred')) return `${little}, so it is optional: no posting of yours requires it, though having it can put you ahead where one prefers it.`;
  return `${little}; your postings name it without saying they require it, so it can help you stand out there.`;
}

/**
 * What of the recommended background the person already has, said after the provider's words so
 * they know where they stand: the rung below on the catalog's ladder that they hold (A+ before
 * Network+), and their years of work. Years count only when their work is in a field the
 * credential's experience rule is about: a role it is made for (or a held credential that proves
 * practice in one), a managing job for a rule about leading projects, or work the target role counts
 * as its own (plant control systems for OT security, fieldsAccepted). Years in another field
 * are said plainly as that ("your 22 years as an army logistics sergeant are in another field"),
 * never as counting where they could point to the work.
 */
export function experienceMet(credential: CatalogCredential, person: Person, index: CredentialIndex): string {
  if ((person.lapsed ?? []).includes(credential.id)) return ` ${LAPSED}`;
  const below = (person.held ?? []).flatMap((id) => index.byId.get(id) ?? []).filter((h) => h.nextSteps.includes(credential.id));
  const { recommendedMonths, requiredMonths } = credential.experience;
  const workYears = person.yearsExperience ?? 0;
  // The figure the provider asks for: recommended, or required when it only says that.
  const expected = recommendedMonths ?? requiredMonths;
  // "network cable installer, low voltage electrician": the first of the titles they gave.
  const title = firstTitle(person.currentRole);
  const job = title ? ` as ${article(titleInSentence(title))}` : '';
  const led = requiredMonths !== null && mayHaveLed(person, requiredMonths);
  const accepted = inField(credential, person) || practisedBy(credential, person, index).length > 0;
  const from = (person.fieldsAccepted ?? []).find((f) => credential.targetRoles.includes(f.role));
  let work = '';
  if (expected !== null && expected > 0 && workYears > 0) {
    if (accepted && workYears * 12 >= expected) work = `your ${years(workYears)}${job} count toward it`;
    // Managing is not all leading projects: their years count where they led them.
    else if (led) work = `your ${years(workYears)}${job} count toward the experience where you can point to ${ledWork(credential, index)} work in them`;
    // Work the role counts as its own (plant control systems for OT security): counted, as the role's data says how.
    else if (from) work = `your ${years(workYears)}${job} count toward it ${from.counts}${platformLeft(credential, person, index)}`;
    // Only a field we know is another: their job, said by its title, or matched to a role the credential is not for.
    // Their title is said back only when it matched a role of the catalog: a title typed freely may carry a typo ("truck drivr").
    else if (!accepted && (title || (person.fieldRoles ?? []).length > 0)) work = `your ${years(workYears)}${(person.fieldRoles ?? []).length > 0 ? job : ' of work'} ${Math.round(workYears) === 1 ? 'is in another field, so it does' : 'are in another field, so they do'} not count toward it`;
  }
  // Only a held credential the provider's words name meets that part: holding CC is not holding the Network+ recommended.
  const named = below.filter((h) => namedIn(credential.experience.says ?? '', h));
  if (named.length > 0) return ` You hold ${listOf(named.map((h) => h.name))}, so you meet that part${work ? `; ${work}` : ''}.`;
  if (below.length > 0) return ` You hold ${listOf(below.map((h) => h.name))}, which leads to it${work ? `; ${work}` : ''}.`;
  return work ? ` ${work.charAt(0).toUpperCase()}${work.slice(1)}.` : '';
}

/** Said of a credential they passed once and let lapse, in place of the experience it expects. */
const LAPSED = 'You passed it before and it has lapsed, so taking it again is a retake of an exam you have passed, not a first attempt: check what the current exam covers that yours did not.';

/**
 * Years from work the role counts as its own do not give a vendor's platform: "; hands-on AWS is the part
 * to add" when the credential is built on one their work does not use.
 */
function platformLeft(credential: CatalogCredential, person: Person, index: CredentialIndex): string {
  const own = new Set([...(person.workSkills ?? []), ...(person.fieldSkills ?? [])]);
  const left = (index.platforms.get(credential.id) ?? []).filter((p) => !own.has(p));
  return left.length > 0 ? `; hands-on ${listOf(left.map((p) => index.skillName(p)))} is the part to add` : '';
}

/** Whether a provider's words name this credential: by its name without the exam code, with or without the vendor word, or a short form. */
function namedIn(says: string, held: CatalogCredential): boolean {
  const name = held.name.replace(/\s*\([^)]*\)$/, '');
  const forms = [name, name.replace(/^\S+\s+/, ''), ...(held.aliases ?? [])].map((f) => f.toLowerCase()).filter((f) => f.length > 1);
  const lower = says.toLowerCase();
  return forms.some((f) => new RegExp(`(?<![\\w+])${f.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}(?![\\w+])`).test(lower));
}

/** "project management" inside a sentence, but a tool or platform keeps its capital (Salesforce). */
function ledWork(credential: CatalogCredential, index: CredentialIndex): string {
  const first = credential.skills[0] ?? '';
  const named = (index.toolFamilies.get(credential.id) ?? []).includes(first) || (index.platforms.get(credential.id) ?? []).includes(first);
  return named ? index.skillName(first) : index.skillName(first).toLowerCase();
}

export function fitFor(credential: CatalogCredential, person: Person, index: CredentialIndex): Fit {
  const setAside = setAsideReason(credential, person, index);
  const asked = person.asked?.find((a) => a.id === credential.id);
  if (setAside?.kind === 'outgrown' && asked) {
    // "It adds little to your 16 years ... since it is meant for people new to the field." said as the trade-off it is.
    const little = setAside.text.replace(/, since it is meant for people new to the field\.$/, '');
    return { notes: [{ kind: 'asked', text: askedTradeOff(little, asked) }] };
  }
  if (setAside) return { setAside, notes: [setAside] };
  // Most of their postings name it: said first, since the screen asks for it ("Every one of your postings asks for it by name.").
  const named: FitNote[] = asked && asked.share >= NAMED_SHARE ? [{ kind: 'named', text: `${askedText(asked.share).replace(/^./, (c) => c.toUpperCase())} by name.` }] : [];
  // Passed once and lapsed: a retake, said as that, without the experience a first attempt expects.
  if ((person.lapsed ?? []).includes(credential.id)) return { notes: [...named, { kind: 'lapsed', text: LAPSED }] };
  const { recommendedMonths, says } = credential.experience;
  const field = inField(credential, person);
  const months = field ? (person.yearsExperience ?? 0) * 12 : 0;
  // No figure (null) is still said to someone new to the field: it names what to know first.
  if ((recommendedMonths === null && !field) || (recommendedMonths !== null && recommendedMonths > 0 && months < recommendedMonths)) {
    return { notes: [...named, { kind: 'experience', text: `${says}${experienceMet(credential, person, index)} Plan hands-on practice alongside the study.` }] };
  }
  return { notes: named };
}

/**
 * A beginner's programme (an entry certificate) whose subject, the first skill it teaches, the person
 * already uses in their work, after PAST_ENTRY_MONTHS of working: a project-management course for an
 * event planner of 12 years who runs $250k events. Their experience covers what it is made to teach,
 * so it should not lead their path when its next rung is within reach (best-stack.ts); it can still
 * be one way to meet that rung's prerequisite (CAPM's 23 hours of education). Returns how their
 * experience is said ("12 years as an event planner"), or undefined when it does not cover it.
 */
export function workCovers(credential: CatalogCredential, person: Person): string | undefined {
  const subject = credential.skills[0];
  const months = (person.yearsExperience ?? 0) * 12;
  if (credential.level !== 'entry-certificate' || subject === undefined || months < PAST_ENTRY_MONTHS || !(person.workSkills ?? []).includes(subject)) return undefined;
  const title = firstTitle(person.currentRole);
  return `${years(person.yearsExperience ?? 0)}${title ? ` as ${article(titleInSentence(title))}` : ' of work'}`;
}

/** A role as mainlyFor reads it: its name and the skills the role catalog lists for it. */
export interface RoleSkills {
  readonly name: string;
  readonly skills?: readonly { readonly skill: string }[];
}

/**
 * At most this share of what a credential teaches being the target role's work, with another of its
 * roles' work a larger share, makes it mainly that other role's credential.
 */
export const ROLE_SHARE = 0.5;

/**
 * The role a credential is mainly made for when that is not the target: the catalog lists AWS
 * Developer for cloud engineers and software developers alike, yet half of what it teaches (REST
 * APIs, CI/CD for applications) is a developer's work. Mainly another role's when at most ROLE_SHARE
 * of what it teaches is among the target role's skills (or is evidence of one) and a larger share is
 * among another of its roles'. Not when the person works in that other role (a developer moving to
 * cloud) or their own postings name it: then it is theirs. Undefined when it fits the target, or the
 * roles' skills are not known.
 */
export function mainlyFor(
  credential: CatalogCredential,
  target: string,
  roles: ReadonlyMap<string, RoleSkills>,
  person: Person,
  index: CredentialIndex,
): { readonly id: string; readonly name: string } | undefined {
  const taught = credential.skills;
  if (taught.length === 0 || credential.targetRoles.length < 2 || (person.asked ?? []).some((a) => a.id === credential.id && a.share > 0)) return undefined;
  const share = (id: string): number | undefined => {
    const listed = roles.get(id)?.skills;
    if (!listed) return undefined;
    const has = new Set(listed.map((s) => s.skill));
    return taught.filter((skill) => has.has(skill) || index.broader(skill).some((wider) => has.has(wider))).length / taught.length;
  };
  const own = share(target);
  if (own === undefined || own > ROLE_SHARE) return undefined;
  let best: { id: string; share: number } | undefined;
  for (const id of credential.targetRoles) {
    const other = id === target ? undefined : share(id);
    if (other !== undefined && other > own && (!best || other > best.share)) best = { id, share: other };
  }
  if (!best || (person.fieldRoles ?? []).includes(best.id)) return undefined;
  return { id: best.id, name: roles.get(best.id)?.name ?? best.id };
}
