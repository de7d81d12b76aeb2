import type { AskedCredential } from '../src/credentials/person-fit.js';
import { askedShares, askedTerms, credentialTerms, credentialsNamed, type PostingAsk } from '../src/credentials/posting-credentials.js';
import { readStatedDegree, type StatedDegree } from '../src/credentials/degree-held.js';
import type { CoachData } from '../src/coach-data.js';
import { jobStrengths } from '../src/skills/job-strengths.js';
import { personReaderOf, type HeldCredential, type PersonReading } from '../src/skills/read-person.js';
import { lapsedLine } from '../src/credentials/lapsed-words.js';
import { profileOf } from './profile.js';
import type { PostingItem } from '../src/gaps/gap-report.js';
import { readPosting as readPostingLevels, type PortfolioAsk } from '../src/skills/posting-levels.js';
import { gapFacts } from './profile-facts.js';
import type { Role } from '../src/data/roles-schema.js';
import { ask, defineFlow, goTo, finish } from '../src/engine/flow.js';
import type { FlowContext, Parsed } from '../src/engine/flow.js';
import { buildGapReport } from '../src/gaps/gap-report.js';
import type { HeldSkill } from '../src/gaps/gap-report.js';
import { isKeyword, readUnsure } from '../src/engine/human-input.js';
import { listOf, suggestRoles } from '../src/roles/suggest-roles.js';
import { gapReportReplies } from './gap-report-replies.js';
import { closestRoles } from '../src/roles/closest-roles.js';
import { readJobTitle } from './profile-job-title.js';
import { relationWhy } from '../src/roles/role-relation.js';
import { saysNotSure } from './not-sure.js';
import { withCareerYears, yearsOf } from './profile-years.js';

/** What the target question resolved to; the role itself is kept in the profile as targetRole. */
/** `suggested`: roles read from what an unsure answer said besides "not sure" ("not sure, I like numbers"). */
/** `said`: the title as typed when the role is only a guess, so a "no" can offer the closest roles to it. */
type Target = { kind: 'role'; id: string; exact: boolean; said?: string } | { kind: 'degree-required'; id: string } | { kind: 'unsure'; suggested?: Suggested };
/** `every`: the person could not say what they enjoy, so every role is listed with who it suits. */
/** `unknown`: a title the catalog does not know, and these are the closest roles to it, each with why. */
type Suggested = { roles: { id: string; reasons: string[] }[]; every?: boolean; unknown?: string };
/** Each posting's demands at their level (older sessions kept bare skill ids, read as required). */
/** terms[i]: how posting i asks for each credential it names (absent in sessions saved before it was kept). */
type Postings = { postings: PostingItem[][]; done: boolean; credentials?: string[][]; terms?: ({ id: string } & PostingAsk)[][]; portfolios?: (PortfolioAsk | null)[] };
/** A skill the person has, with the words it was read from (none when picked by number). */
type Held = HeldSkill & { evidence?: string; inferredFrom?: string };
/**
 * What the person said they have: skills at their level, credentials they hold (never recommended
 * back), and what they said that is no tech skill (a licence, first aid), set aside. Older
 * sessions kept a bare list of skills.
 */
type Have = { skills: Held[]; credentials: HeldCredential[]; lapsed?: HeldCredential[]; setAside: string[]; degree?: StatedDegree };
/** A degree said in an answer ("BSc chemistry"), kept in the profile so no first degree is priced for them. */
const degreeSaid = (text: string): Record<string, unknown> => {
  const degree = readStatedDegree(text);
  return degree ? { degreeHeld: degree } : {};
};
const MAX_READ_BACK = 8;

const unsureSuggested = (value: Target | undefined): Suggested | undefined => (value?.kind === 'unsure' ? value.suggested : undefined);

const MAX_POSTINGS = 15;
const LISTED_SKILLS = 10;
const NO_POSTINGS = /^(none|no|nope|no postings?|i (don'?t|do not) have (any|one)( postings?)?|i have none|haven'?t got (any|one))[.!]*$/i;
/**
 * A short message that says there is no posting to give, in any words: "i dont have any job ads,
 * just use typical", "no ads yet, skip", "none to hand". Read only when no skill was found in it:
 * a posting that happens to say "no" or "none" still asks for skills.
 */
const NO_POSTINGS_SAID =
  /\b(?:(?:don'?t|dont|do not|haven'?t|have not|havent|never|can'?t|cannot|couldn'?t) (?:have|got|find|get)|no|none|nothing|without)\b[\w\s'-]{0,30}\b(?:postings?|posts|ads?|adverts?|advertisements?|listings?|jobs?|vacanc(?:y|ies)|any|one|to hand|yet)\b|\b(?:use|go with|just do|give me|stick with) (?:the |a )?typical\b|\btypical (?:ones?|demand|skills|posting)\b|^(?:just )?skip\b/i;
const MAX_NO_POSTINGS_SAID = 160;
const saysNoPostings = (text: string): boolean => text.trim().length <= MAX_NO_POSTINGS_SAID && !text.includes('\n') && NO_POSTINGS_SAID.test(text);
/** A posting speaks of "you" and "we"; a short line in the first person singular ("had network+ from 2016, my knees are done") is the person speaking. */
const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|i'd|my|me|myself)\b/i;
const saysAboutSelf = (text: string): boolean => text.trim().length <= MAX_NO_POSTINGS_SAID && !text.includes('\n') && FIRST_PERSON.test(text);
/** A list item that is only the numbers of listed skills: "3", "2 4", "#5", "1)". */
const PICKS = /^\s*(#?\d{1,2}[.)]?\s*)+$/;
const EVERY_ROLE = /^(show (me )?(all|them all|every role|all roles)|all( roles)?|every role|list them)[.!]*$/i;

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const ANOTHER_ROLE = 'another-role';
export function createGapInterviewFlow(data: CoachData) {
  const { catalog, extractor, roleMatcher, skillName } = data;
  const person = personReaderOf(data);
  const credentialName = (id: string) => data.credentials.credentials.find((c) => c.id === id)?.name ?? id;
  const haveOf = (ctx: FlowContext): Have | undefined => {
    const value = haveStep.of(ctx) as Have | HeldSkill[] | undefined;
    return Array.isArray(value) ? { skills: value, credentials: [], setAside: [] } : value;
  };
  /**
   * Credentials held, added to those the profile already knows (a second interview does not forget the
   * PMP); one now said to have lapsed moves from held to lapsed.
   */
  const withHeld = (ctx: FlowContext, { credentials: found, lapsed = [] }: Pick<PersonReading, 'credentials' | 'lapsed'>): Record<string, unknown> => {
    if (found.length === 0 && lapsed.length === 0) return {};
    const merged = (known: readonly { id: string; evidence?: string }[], more: readonly HeldCredential[]) => [...known, ...more.filter((c) => !known.some((k) => k.id === c.id))];
    const held = merged(profileOf(ctx).credentialsHeld ?? [], found).filter((c) => !lapsed.some((l) => l.id === c.id));
    const gone = merged(profileOf(ctx).credentialsLapsed ?? [], lapsed).filter((c) => !found.some((f) => f.id === c.id));
    return { credentialsHeld: held, ...(gone.length > 0 ? { credentialsLapsed: gone } : {}) };
  };
  const role = (id: unknown): Role | undefined => catalog.roles.byId.get(String(id));
  const targetRole = (ctx: FlowContext) => role(profileOf(ctx).targetRole) as Role;
  const target = (ctx: FlowContext) => targetStep.of(ctx);
  /** The role, or degree-required occupation, that the target answer named. */
  const targetId = (ctx: FlowContext) => {
    const value = target(ctx);
    return value && value.kind !== 'unsure' ? value.id : undefined;
  };
  const regulated = (ctx: FlowContext) => catalog.roles.degreeRequired.find((d) => d.id === targetId(ctx));
  const listed = (ctx: FlowContext) => [...targetRole(ctx).skills].sort((a, b) => b.weight - a.weight).slice(0, LISTED_SKILLS);
  const postingsSoFar = (ctx: FlowContext) => postingsStep.of(ctx)?.postings ?? [];
  /** Suggestions from what someone enjoys and the tools they name; none without a reason. */
  const suggest = (text: string): Suggested['roles'] =>
    suggestRoles(catalog.roles, text, extractor.extract(text).map((m) => m.skill), skillName).map((s) => ({ id: s.role.id, reasons: s.reasons }));
  /** A guess the person said no to: the closest roles to what they typed, the guess left out. */
  const rejectedGuess = (ctx: FlowContext): Suggested | undefined => {
    const value = target(ctx);
    if (value?.kind !== 'role' || value.exact || confirmStep.of(ctx) !== false || !value.said) return undefined;
    const roles = closestRoles(catalog.roles, value.said).filter((c) => c.role.id !== value.id);
    return roles.length > 0 ? { roles: roles.map((c) => ({ id: c.role.id, reasons: [c.reason] })), unknown: value.said } : undefined;
  };
  const suggestions = (ctx: FlowContext): Suggested | undefined => (target(ctx)?.kind === 'role' ? rejectedGuess(ctx) : (enjoysStep.of(ctx) ?? unsureSuggested(target(ctx))));
  const everyRole = (): Suggested => ({ roles: catalog.roles.roles.map((r) => ({ id: r.id, reasons: [`it suits someone who ${r.goodFor[0]}`] })), every: true });

  /**
   * "1, 3 and Python": an item of the list that is only numbers picks from the listed skills, the
   * rest is read as free text, numbers and all ("a team of 8" is not the eighth skill).
   */
  function readSkills(text: string, ctx: FlowContext): Parsed<Have> {
    if (isKeyword(text, 'none')) return { ok: true, value: { skills: [], credentials: [], setAside: [] } };
    if (saysNotSure(text)) return { ok: false, problem: 'No problem: give the numbers of any below you have used, even a little, or say `none` and I will count them all as skills to gain.' };
    const options = listed(ctx);
    const items = text.split(/[,;&\n]|\band\b/);
    const numbered = items.filter((item) => PICKS.test(item));
    const picked = numbered
      .flatMap((item) => item.match(/\d+/g) ?? [])
      .map(Number)
      .flatMap((n) => (n >= 1 && n <= options.length ? [{ skill: options[n - 1]?.skill as string }] : []));
    // Only picks are taken out: the rest is read as typed ("fixing the register and printers" is one thing done).
    const written = numbered.length > 0 ? items.filter((item) => !PICKS.test(item)).join(', ') : text;
    const reading: PersonReading = written.trim() ? person.read(written) : { skills: [], credentials: [], setAside: [] };
    const seen = new Set<string>();
    const skills: Held[] = [...reading.skills, ...picked].filter((s) => !seen.has(s.skill) && seen.add(s.skill));
    if (skills.length > 0) return { ok: true, value: { skills, credentials: reading.credentials, ...(reading.lapsed ? { lapsed: reading.lapsed } : {}), setAside: reading.setAside } };
    if (reading.setAside.length > 0) {
      const them = reading.setAside.length === 1 ? 'it is' : 'they are';
      return { ok: false, problem: `${capital(listOf(reading.setAside))}: worth having, but ${them} not a tech skill, so I leave ${reading.setAside.length === 1 ? 'it' : 'them'} out of your gaps and strengths.` };
    }
    return { ok: false, problem: "I couldn't recognise any skills in that." };
  }

  /** A skill as the person will recognise it: "SQL (basic)", "Customer service (from \"guest complaints\")". */
  function heardSkill(held: Held): { name: string; quote?: string } {
    const name = skillName(held.skill);
    const level = held.level ? ` (${held.level})` : '';
    // The words are shown when they do not name the skill: "Customer service from "guest complaints"", not "Excel from "excel"".
    const words = held.evidence?.toLowerCase() ?? '';
    const named = name.toLowerCase().split(/[^a-z0-9+#]+/).some((word) => word.length >= 3 && words.includes(word));
    return { name: `${name}${level}`, ...(held.evidence && !named ? { quote: held.evidence } : {}) };
  }

  /**
   * Skills read from the same words are said together, the words once: "Computer hardware, Technical
   * support and Troubleshooting from "i fix the printers when broken"", not the quote after each. Once
   * a quote covers several skills the parts are split by semicolons, so no "and" reads across two quotes.
   */
  function heardSentence(held: readonly Held[], more: string): string {
    const groups: { names: string[]; quote?: string }[] = [];
    for (const { name, quote } of held.map(heardSkill)) {
      const same = groups.find((g) => g.quote === quote && (quote !== undefined || g === groups.at(-1)));
      if (same) same.names.push(name);
      else groups.push({ names: [name], ...(quote ? { quote } : {}) });
    }
    if (groups.every((g) => g.quote === undefined || g.names.length === 1)) return `${listOf(held.map(heardSkill).map((h) => `${h.name}${h.quote ? ` from "${h.quote}"` : ''}`))}${more}`;
    return `${groups.map((g) => `${listOf(g.names)}${g.quote ? ` from "${g.quote}"` : ''}`).join('; ')}${more}`;
  }

  /** "Troubleshooting (basic)": a skill a credential proves, named in a sentence. */
  const heardLevel = (held: Held) => `${skillName(held.skill)}${held.level ? ` (${held.level})` : ''}`;

  /** What the coach understood from the person's own words, said back before the postings. */
  function heardLine(ctx: FlowContext): string {
    const have = haveOf(ctx);
    if (!have || (have.skills.length === 0 && have.credentials.length === 0)) return '';
    // What a held credential proves is said with the credential, not listed as their words.
    const direct = have.skills.filter((s) => !s.inferredFrom && !s.fromCredential);
    const more = direct.length > MAX_READ_BACK ? ` and ${direct.length - MAX_READ_BACK} more` : '';
    const lines = direct.length > 0 ? [`From what you told me, you bring ${heardSentence(direct.slice(0, MAX_READ_BACK), more)}.`] : [];
    // Credentials from this answer and from the current job ("Project manager, PMP certified").
    const held = [...new Set([...(profileOf(ctx).credentialsHeld ?? []), ...have.credentials].map((c) => c.id))];
    if (held.length > 0) lines.push(`You already hold ${listOf(held.map(credentialName))}, so I won't suggest ${held.length === 1 ? 'it' : 'them'} again.`);
    const lapsed = (have.lapsed ?? []).map((c) => c.id).filter((id) => !held.includes(id));
    if (lapsed.length > 0) lines.push(lapsedLine(lapsed.map(credentialName)));
    const proved = have.skills.filter((s) => s.fromCredential);
    const certifying = held.length + lapsed.length;
    if (proved.length > 0) lines.push(`I count what ${certifying === 1 ? 'it certifies' : 'they certify'} as yours at the level the exam shows: ${listOf(proved.map(heardLevel))}.`);
    if (have.setAside.length > 0) lines.push(`I left out ${listOf(have.setAside)}: worth having, but not tech skills.`);
    return `${lines.join(' ')}\n\n`;
  }

  /** The credentials the read postings name, each with the share of them that do (postings where no skill was read do not count). */
  function credentialsAsked(ctx: FlowContext, source: 'postings' | 'catalog'): { credentialsAsked?: readonly AskedCredential[] } {
    const step = postingsStep.of(ctx);
    const read = (_: unknown, i: number) => (step?.postings[i]?.length ?? 0) > 0;
    const named = step?.credentials ?? [];
    // Sessions saved before how postings ask was kept have names only.
    const asked = step?.terms?.length === named.length ? askedTerms(step.terms.filter(read)) : askedShares(named.filter(read));
    return source === 'postings' && asked.length > 0 ? { credentialsAsked: asked } : {};
  }

  function readPosting(text: string, ctx: FlowContext): Parsed<Postings> {
    const postings = postingsSoFar(ctx);
    // Someone with no posting to hand gets the report from the role's typical demand, not an empty posting counted.
    const credentials = postingsStep.of(ctx)?.credentials ?? postings.map(() => []);
    const terms = postingsStep.of(ctx)?.terms ?? credentials.map(() => []);
    const portfolios = postingsStep.of(ctx)?.portfolios ?? postings.map(() => null);
    if (isKeyword(text, 'done') || NO_POSTINGS.test(text.trim()) || saysNotSure(text)) return { ok: true, value: { postings, done: true, credentials, terms, portfolios } };
    // Only what the posting asks for counts: "a plus" at half weight, "not required" and the employer's own industry never.
    const { demands, portfolio } = readPostingLevels(extractor, catalog.skills, text);
    // "I don't have any job ads, just use typical": said plainly, and no empty posting counted.
    if (demands.length === 0 && saysNoPostings(text)) {
      const note = postings.length === 0 ? `No postings, then: I'll use the typical demand for *${targetRole(ctx).name}* instead.` : "That's all of them, then.";
      return { ok: true, value: { postings, done: true, credentials, terms, portfolios }, note };
    }
    // Said about themselves, not pasted from an ad: no empty posting counted, and the posting asked for again.
    if (demands.length === 0 && saysAboutSelf(text)) {
      return { ok: false, problem: "That sounds like something about you rather than a job posting, so I haven't counted it as one." };
    }
    const next = [...postings, demands];
    // The credentials it names ("Preferred: CSM or PSM certification").
    const named = credentialsNamed(person, text, data.credentials.notCarried);
    return { ok: true, value: { postings: next, done: next.length >= MAX_POSTINGS, credentials: [...credentials, named], terms: [...terms, credentialTerms(person, text, data.credentials.notCarried)], portfolios: [...portfolios, portfolio ?? null] } };
  }

  /**
   * The target role, however it is said: a role ("what about data analyst?"), a degree-required
   * job, or not sure, where what else was said is read for suggestions ("not sure, I like numbers
   * and explaining things") or for a role named tentatively ("not sure, maybe data analyst").
   */
  function readTarget(text: string): Parsed<Target> {
    // "show me all" before naming one: every role, with who it suits.
    if (EVERY_ROLE.test(text.trim())) return { ok: true, value: { kind: 'unsure', suggested: everyRole() } };
    const unsure = readUnsure(text);
    const said = unsure.kind === 'unsure' ? unsure.rest : text;
    const match = said === '' ? ({ kind: 'unsure' } as const) : roleMatcher.match(said);
    if (match.kind === 'role') {
      const exact = match.exact && unsure.kind === 'sure';
      return { ok: true, value: { kind: 'role', id: match.role.id, exact, ...(exact ? {} : { said: said.trim() }) } };
    }
    if (match.kind === 'degree-required') return { ok: true, value: { kind: 'degree-required', id: match.entry.id } };
    // A title the catalog does not know ("product owner", "growth hacker"): the closest roles, each with why, to confirm.
    const closest = match.kind === 'none' ? closestRoles(catalog.roles, said) : [];
    if (closest.length > 0) return { ok: true, value: { kind: 'unsure', suggested: { roles: closest.map((c) => ({ id: c.role.id, reasons: [c.reason] })), unknown: said.trim() } } };
    const roles = match.kind === 'none' ? suggest(said) : [];
    if (roles.length > 0) return { ok: true, value: { kind: 'unsure', suggested: { roles } } };
    if (match.kind === 'none' && unsure.kind === 'sure') return { ok: false, problem: "I don't know that role yet." };
    return { ok: true, value: { kind: 'unsure' } };
  }

  /** "SQL", "Tableau or Power BI", "Python (a plus)". */
  function demandWords(item: PostingItem): string {
    if (typeof item === 'string') return skillName(item);
    const names = item.skills.map(skillName);
    const either = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
    return item.level === 'preferred' ? `${either} (a plus)` : either;
  }

  function postingsPrompt(ctx: FlowContext): string {
    const postings = postingsSoFar(ctx);
    const last = postings.at(-1);
    if (!last) {
      return `${heardLine(ctx)}Now paste a job posting for *${targetRole(ctx).name}* (the whole ad is fine). Paste them one at a time, up to ${MAX_POSTINGS}: the more you give me, the better I can see what keeps coming up. Say \`skip\` to use the typical demand for the role instead.`;
    }
    // A skill asked twice, as the work and as years in the field ("risk assessments" and "2+ years in
    // compliance, audit, risk"), is two demands for the report but one skill to read back.
    const asked = [...new Set(last.map(demandWords))];
    const found = asked.length > 0 ? `I found ${listOf(asked.slice(0, 8))}${asked.length > 8 ? ` and ${asked.length - 8} more` : ''}.` : "I couldn't find any skills it asks for, so it won't count.";
    const portfolio = postingsStep.of(ctx)?.portfolios?.[postings.length - 1];
    const show = portfolio && asked.length > 0 ? ` It also asks to see a portfolio of your work${portfolio.level === 'preferred' ? ' (a plus)' : ''}.` : '';
    return `Posting ${postings.length} read: ${found}${show} Paste another, or say \`done\` for your report.`;
  }

  const targetStep = ask.text<Target>('target', {
    label: 'Target role',
    prompt: 'Which tech role are you aiming for? For example: data analyst, cloud engineer, UX designer, IT support or project manager. If you are not sure yet, say `not sure`.',
    reask: 'Type a role such as data analyst, cybersecurity analyst, web developer or business analyst, say `show me all` to see every role I know, or say `not sure`.',
    interpret: readTarget,
    display: (value) => (value.kind === 'unsure' ? 'not sure yet' : value.kind === 'role' ? (role(value.id)?.name ?? value.id) : value.id),
    saveAs: (value) => (value.kind === 'role' && value.exact ? { targetRole: value.id } : {}),
    next: (value) => {
      if (value.kind === 'unsure') return goTo(value.suggested ? 'suggested' : 'enjoys');
      if (value.kind === 'degree-required') return goTo('adjacent');
      return goTo(value.exact ? 'have' : 'confirm-role');
    },
  });
  const confirmStep = ask.yesNo('confirm-role', {
    label: 'Target role confirmed',
    prompt: (ctx) => `Did you mean *${role(targetId(ctx))?.name}*?`,
    reask: 'Yes or no, for example: yes. Not sure? Say no: you can type the role another way, or say `not sure` and we will work it out together.',
    when: (ctx) => target(ctx)?.kind === 'role',
    saveAs: (yes, ctx): Record<string, unknown> => (yes ? { targetRole: targetId(ctx) } : {}),
    // "No" to a guess offers the closest roles to what was typed, with "Another role"; with none close, the question again.
    next: (yes, ctx) => (yes ? goTo('have') : goTo(rejectedGuess(ctx) ? 'suggested' : 'target')),
  });
  const enjoysStep = ask.text<Suggested>('enjoys', {
    label: 'What you enjoy',
    prompt: "No problem, let's work it out. What do you enjoy doing at work, and what do you already know? For example: \"I like spreadsheets and solving puzzles, and I know Excel\".",
    reask: 'Tell me a little more: what you like doing (numbers, people, building things, design, organising...) and tools you know, or say `show me all` to see every role.',
    max: 1_000,
    when: (ctx) => target(ctx)?.kind === 'unsure' && !unsureSuggested(target(ctx)),
    interpret: (text) => {
      if (saysNotSure(text) || EVERY_ROLE.test(text.trim())) return { ok: true, value: everyRole() };
      const have = extractor.extract(text).map((m) => m.skill);
      const roles = suggestRoles(catalog.roles, text, have, skillName).map((s) => ({ id: s.role.id, reasons: s.reasons }));
      return roles.length > 0 ? { ok: true, value: { roles } } : { ok: false, problem: "I couldn't match that to a role yet." };
    },
    display: (value) => listOf(value.roles.map((r) => role(r.id)?.name ?? r.id)),
  });
  const haveStep = ask.text<Have>('have', {
    label: 'Skills you have',
    prompt: (ctx) => {
      const lines = listed(ctx).map((s, i) => `${i + 1}) ${skillName(s.skill)}`);
      return `Which skills do you already have? Write freely (for example: "Excel, some SQL, I managed a team of 8"), give the numbers of the ones below, or both. Say \`none\` if you're starting from scratch.\n${lines.join('\n')}`;
    },
    reask: 'Name tools or methods you have used, like "Excel, budgeting, customer service", give numbers from the list, or say `none`.',
    max: 4_000,
    interpret: (text, ctx) => {
      const read = readSkills(text, ctx);
      const degree = read.ok ? readStatedDegree(text) : undefined;
      return read.ok && degree ? { ok: true, value: { ...read.value, degree } } : read;
    },
    display: (value) => {
      const have: Have = Array.isArray(value) ? { skills: value as HeldSkill[], credentials: [], setAside: [] } : value;
      const skills = listOf(have.skills.filter((s) => !s.inferredFrom).map((s) => `${skillName(s.skill)}${s.level ? ` (${s.level})` : ''}`)) || 'none yet';
      return have.credentials.length > 0 ? `${skills}; you hold ${listOf(have.credentials.map((c) => credentialName(c.id)))}` : skills;
    },
    saveAs: (value, ctx) => ({ skills: value.skills, ...withHeld(ctx, value), ...(value.degree ? { degreeHeld: value.degree } : {}) }),
  });
  const postingsStep = ask.longText<Postings>('postings', {
    label: 'Job postings',
    fieldLabel: 'Job posting',
    placeholder: 'Paste the whole job ad here',
    prompt: postingsPrompt,
    reask: 'Paste the text of a job posting, say `done` for your report, or `skip` to use the typical demand for the role.',
    optional: true,
    // Room for a long ad pasted with its page around it; the extractor reads 50 KB in a few ms.
    max: 60_000,
    interpret: readPosting,
    display: (value) => `${value.postings.length} posting${value.postings.length === 1 ? '' : 's'}`,
    next: (value) => (value.done ? finish : goTo('postings')),
  });

  /**
   * The field a job title shows ("ICU nurse": healthcare, "self-employed electrician": electrical
   * work and running a business), when the person did not name it in their list: a strength of
   * their career, said as coming from the job. Only domain skills: a title proves the field, not a
   * tool or a level (the relation of job to target is src/roles/role-relation.ts's).
   */
  function fromJob(ctx: FlowContext): Held[] {
    const { currentRole, currentRoleSaid } = profileOf(ctx);
    const job = currentRole?.trim();
    if (!job) return [];
    const said = new Set((haveOf(ctx)?.skills ?? []).map((s) => s.skill));
    // Read from the answer as said (its field words too), credited to the job by its title.
    return jobStrengths(person, catalog.skills, currentRoleSaid ?? job, said).map((skill) => ({ skill, evidence: job, fromJob: true as const }));
  }

  /** What the profile already holds is confirmed, not asked again (a second gap interview, another role). */
  const knownStep = ask.yesNo('known', {
    label: 'Current job still right',
    prompt: (ctx) => {
      const { currentRole, yearsExperience } = profileOf(ctx);
      const years = yearsExperience === undefined ? '' : `, with about ${yearsExperience} years of work behind you`;
      return `Let's find the skills between you and the tech role you want. Last time you told me you work as *${currentRole}*${years}. Is that still right?`;
    },
    reask: 'Yes or no, for example: yes. Say no and I will ask again.',
    when: (ctx) => profileOf(ctx).currentRole !== undefined,
  });
  const askAgain = (ctx: FlowContext) => knownStep.of(ctx) !== true;

  return defineFlow({
    id: 'gap-interview',
    title: 'Skill gaps',
    facts: (profile) => gapFacts(data, profile),
    menuLabel: 'Find my skill gaps',
    commands: ['gaps'],
    steps: [
      knownStep,
      ask.text('current-role', {
        label: 'Current role',
        prompt: (ctx) =>
          knownStep.of(ctx) === false ? 'What is your job now (or your most recent one)?' : "Let's find the skills between you and the tech role you want. What is your current (or most recent) job?",
        reask: 'Your job title is enough, for example: Accountant, or Retail store manager.',
        max: 120,
        when: askAgain,
        // "Project manager, PMP certified": the credential is recorded as held from here too. A sentence
        // ("i own an insurance agency, been in insurance sales 22 yrs") is kept as said, and its job
        // title ("insurance agency owner") is what the coach says back.
        saveAs: (text: string, ctx) => ({ currentRole: readJobTitle(text).title, currentRoleSaid: text.trim(), ...withHeld(ctx, person.read(text)), ...degreeSaid(text) }),
      }),
      // "1 yr at helpdesk, 21 in the army" is a working life of 22 years in two parts (profile-years.ts).
      withCareerYears(
        ask.number('years', {
          label: 'Years of experience',
          prompt: 'And roughly how many years have you been working, in all?',
          reask: 'A number of years, for example: 15 or "twenty". A rough guess is fine, or say `skip`.',
          min: 0,
          max: 60,
          integer: true,
          unit: 'years',
          // The report does not need it: someone who cannot say is not held up.
          optional: true,
          when: askAgain,
          saveAs: (value) => yearsOf(value),
        }),
      ),
      targetStep,
      confirmStep,
      enjoysStep,
      ask.choice('suggested', {
        label: 'Chosen role',
        prompt: (ctx) => {
          const { roles, every, unknown } = suggestions(ctx) as Suggested;
          const lines = roles.map((r) => `- *${role(r.id)?.name}*: ${r.reasons.join('; ')}.`);
          const opening = every
            ? 'Here is every role I know, with who it suits:'
            : unknown
              ? target(ctx)?.kind === 'role'
                ? `Then these are the closest roles I know to *${unknown}*:`
                : `I don't know *${unknown}* as a role of its own yet. These are the closest I know:`
              : 'From what you said, these could suit you:';
          return `${opening}\n${lines.join('\n')}\nWhich would you like to explore?`;
        },
        reask: 'Pick the one that sounds closest, by its number or name, for example: 1, or choose "Another role" to name one yourself.',
        // "Another role" keeps a guess from becoming a dead end: the person names the role themselves.
        choices: (ctx) => [...(suggestions(ctx)?.roles ?? []).map((r) => ({ id: r.id, label: role(r.id)?.name ?? r.id })), { id: ANOTHER_ROLE, label: 'Another role' }],
        when: (ctx) => target(ctx)?.kind === 'unsure' || rejectedGuess(ctx) !== undefined,
        saveAs: (id) => (id === ANOTHER_ROLE ? {} : { targetRole: id }),
        next: (id) => goTo(id === ANOTHER_ROLE ? 'target' : 'have'),
      }),
      ask.choice('adjacent', {
        label: 'Role instead',
        prompt: (ctx) => {
          const entry = regulated(ctx);
          const lines = entry?.adjacent.map((a) => `- *${role(a.role)?.name}*: ${a.reason}`) ?? [];
          return `*${entry?.name}* needs a degree or licence that no micro-credential can replace. ${entry?.requirement ?? ''}\nThese roles build on the same strengths and can be reached with credentials:\n${lines.join('\n')}\nWhich would you like to explore?`;
        },
        reask: 'Pick the one closest to what you want, by its number or name, for example: 1. You can look at another one later with `gaps`.',
        choices: (ctx) => regulated(ctx)?.adjacent.map((a) => ({ id: a.role, label: role(a.role)?.name ?? a.role })) ?? [],
        when: (ctx) => target(ctx)?.kind === 'degree-required',
        saveAs: (id) => ({ targetRole: id }),
      }),
      haveStep,
      postingsStep,
    ],
    finish: (ctx) => {
      const target = targetRole(ctx);
      const relation = relationWhy(roleMatcher, catalog.roles, target, profileOf(ctx).currentRole, (profileOf(ctx).credentialsHeld ?? []).map((c) => c.id));
      const report = buildGapReport({ role: target, have: [...(haveOf(ctx)?.skills ?? []), ...fromJob(ctx)], postings: postingsSoFar(ctx), portfolios: postingsStep.of(ctx)?.portfolios, skills: catalog.skills, ...relation });
      return {
        replies: gapReportReplies(report, target, catalog, profileOf(ctx).currentRole, profileOf(ctx).yearsExperience, relation.field),
        profile: {
          gapReport: {
            role: target.id,
            source: report.source,
            // "Tableau or Power BI" keeps both, so the pick counts a credential teaching either and names the demand as the report did.
            gaps: report.gaps.map(({ skill, share, alternatives, name }) => ({ skill, share, ...(alternatives.length > 1 ? { alternatives, name } : {}) })),
            verdict: { kind: report.verdict.kind, covered: report.verdict.covered },
            ...credentialsAsked(ctx, report.source),
            at: ctx.now.toISOString(),
          },
        },
        // Ready: interview practice, not more credentials.
        offer:
          report.gaps.length > 0 && report.verdict.kind !== 'ready'
            ? { flow: 'credential-pick', text: 'What would you like to do next? Picking credentials that close these gaps is the natural next step.' }
            : { flow: 'interview-practice', text: 'What would you like to do next? With no gap to close, practising your interview stories is the best next step.' },
      };
    },
  });
}
