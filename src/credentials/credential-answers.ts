import { gapName } from './situation.js';
import type { CatalogCredential, NotCarried } from '../data/credentials-schema.js';
import { listOf } from '../roles/suggest-roles.js';
import type { CredentialQuestionKind } from './credential-question.js';
import {
  ASSUMED_HOURS,
  TOP_GAPS,
  bold,
  compareLine,
  costSentences,
  coverWords,
  experienceWords,
  factsOf,
  freeWays,
  pace,
  plain,
  skillsWords,
  timeWords,
  totalSentence,
  type Asker,
  type CredentialWorld,
  type Facts,
} from './credential-words.js';
import { asOfWords, factSource, providerName } from './figure-words.js';
import { formatUsd, toCents } from './money.js';
import { roleWords } from './roi.js';
import { experienceMet, fitFor, type FitNote } from './person-fit.js';
import { postingTermsNote } from './credential-warnings.js';
import { askedCredentialSchema } from './posting-credentials.js';
import { askCountWords } from './posting-asks-words.js';
import { candidates, cheaper, free, setAsideFor, shorter } from './cheaper-answers.js';
import { priceInDispute, straightTo } from './straight-to.js';
import { vendorAnswer, type CloudVendor } from './vendor-answer.js';

export { ASSUMED_HOURS, setAsideFor, type Asker, type CredentialWorld };

/**
 * Answers to questions about credentials ("is X worth it for me?", "what about Y instead?",
 * "anything cheaper / shorter / free?", "how long does X take?", "do employers know X?", "how
 * much is X?", "is the exam online?"), from the catalog and what the person told the coach: their role, top gaps, hours,
 * budget, deadline, held credentials and years. Pure: question kind + credentials + person in,
 * sentences out. Every figure says where it comes from and how old it is; what the catalog does
 * not have is said as "I don't know; check …". The budget is never said to fit or miss an
 * unknown price (it is "price unknown: check the provider").
 */

export interface CredentialAsk {
  readonly kind: CredentialQuestionKind;
  /** The credentials the question names (or means: "it" at a pick), best match first; may be empty for cheaper, shorter and free. */
  readonly credentials: readonly CatalogCredential[];
  /** "at my age": answered with what the credential actually asks of people. */
  readonly age?: boolean;
  /** The cloud vendors a vendor question names (vendor-answer.ts cloudVendorsIn); all of them when absent. */
  readonly vendors?: readonly CloudVendor[];
  /** Their gap report was read from postings they pasted: a posting count is then theirs to read, never "paste some". */
  readonly postingsPasted?: boolean;
}

const LISTED = 3;

// ---------------------------------------------------------------- the answers

const ENTRY: ReadonlySet<string> = new Set(['entry-certificate', 'fundamentals']);

/** Why a credential set aside for the person is not worth it, said as the pick says it, with what to do instead. */
function notForYou(c: CatalogCredential, note: FitNote, asker: Asker, world: CredentialWorld): string {
  if (note.kind === 'held') return `You already hold ${bold(c)}, so taking it again adds nothing: put the time into a portfolio piece or the next credential on your path instead.`;
  if (note.kind === 'below-held') {
    const above = world.index.above.get(c.id);
    const over = world.credentials.find((h) => asker.held.includes(h.id) && above?.has(h.id));
    const step = ENTRY.has(c.level) ? 'the entry-level credential' : 'a step';
    if (over) return `Not for you: ${bold(c)} is ${step} below ${bold(over)}, which you hold, so it would add nothing. Put the time into a portfolio piece or the skills your postings ask for instead.`;
  }
  const reason = note.text.replace(/^It /, `${bold(c)} `);
  // What it teaches may still be asked for: then the experience of doing it is the gap, not the badge.
  const asked = asker.gaps.filter((g) => world.index.evidence.get(c.id)?.has(g.skill));
  const doing = asked.length > 0
    ? ` Your postings do ask for ${listOf(asked.slice(0, 2).map((g) => gapName(g, world.index.skillName)))}; what they want is experience of it on real projects, so run your next project that way and write it up, rather than buying the badge.`
    : '';
  const lead = note.kind === 'needs-experience' ? 'Not yet' : 'Not for you';
  // What it is and costs, so the person can weigh the advice against the facts.
  return `${lead}: ${reason} It teaches ${skillsWords(c, world)}.${doing} ${totalSentence(factsOf(c, asker, world), asker)}`;
}

/**
 * How the person's postings ask for it: their terms when kept ("requires it within 6 months of hire"),
 * else the share naming it, said as naming since the share alone does not say whether they require it.
 */
function postingsAsk(c: CatalogCredential, asker: Asker): string | undefined {
  const named = asker.person?.asked?.find((a) => a.id === c.id);
  if (!named || named.share <= 0) return undefined;
  const pct = Math.round(named.share * 100);
  return postingTermsNote(c, named) ?? `${pct >= 100 ? 'Every one of your postings names' : `${pct}% of your postings name`} ${bold(c)}.`;
}

/** At least one of the person's postings requires it (not only within months of hire): a screen reads the certificate. */
function postingsRequire(c: CatalogCredential, asker: Asker): boolean {
  const parsed = askedCredentialSchema.safeParse(asker.person?.asked?.find((a) => a.id === c.id));
  return parsed.success && (parsed.data.postings ?? []).some((p) => p.asks === 'required' && p.withinMonths === undefined);
}

/**
 * The verdict on a credential that adds little to their experience but their postings name, led by
 * how those postings ask: a posting requiring it outright screens on it ("Yes, for the screen"), and
 * sessions kept before the terms were read are said as the pick says them; one requiring it within
 * months of hire does not bar the application; postings that only prefer or name it make it an edge,
 * never a screen. How many ask which way leads; the pick's trade-off (person-fit.ts) follows.
 */
function askedVerdict(c: CatalogCredential, asker: Asker, note: FitNote): string {
  const named = asker.person?.asked?.find((a) => a.id === c.id);
  const counts = askCountWords(named);
  if (!counts || postingsRequire(c, asker)) return `Yes, for the screen: ${note.text.replace(/^./, (first) => first.toLowerCase())}`;
  const grace = askedCredentialSchema.safeParse(named).data?.postings?.some((p) => p.asks !== 'preferred' && p.withinMonths !== undefined);
  return `${grace ? 'Not to apply, but soon after you start' : 'Only as an extra, not for a screen'}: ${counts}. ${note.text}`;
}

function worth(c: CatalogCredential, asker: Asker, world: CredentialWorld, age: boolean): string {
  const f = factsOf(c, asker, world);
  const others = asker.role && !c.targetRoles.includes(asker.role.id) ? `${listOf(c.targetRoles.map((id) => roleWords(world.roleName(id) ?? id)))} roles rather than ${roleWords(asker.role.name)} roles` : undefined;
  const covers = f.coverage?.covered ?? [];
  const topCovered = covers.filter((g) => asker.gaps.slice(0, TOP_GAPS).some((t) => t.skill === g.skill)).length;
  // Made for other roles and closing none of their top gaps: that is the answer, said first; whether
  // they could sit it yet (and its entry route in that other field) is beside the point.
  const elsewhere = others !== undefined && topCovered === 0;
  const aside = setAsideFor(c, asker, world);
  if (aside && !(elsewhere && aside.kind === 'needs-experience')) return notForYou(c, aside, asker, world);
  const fits = f.cost.expectedCents !== null && (asker.budgetUsd === undefined || f.cost.expectedCents <= toCents(asker.budgetUsd));
  // Outgrown, but their own postings ask for it: said as the trade-off the pick says (person-fit.ts).
  const asked = asker.person ? fitFor(c, asker.person, world.index).notes.find((n) => n.kind === 'asked') : undefined;
  // How their postings ask for it (required within months of hire, preferred), as the pick says it (recommend.ts).
  const postings = postingsAsk(c, asker);
  const verdict = asked
    ? askedVerdict(c, asker, asked)
    : elsewhere && asker.role && !postings
    ? `Little, for ${roleWords(asker.role.name)} jobs: ${bold(c)} is made for ${others}, so it adds little to your applications for them.${f.coverage && covers.length === 0 ? ` It teaches ${skillsWords(c, world)}, none of which is among your gaps.` : ''}`
    : !f.coverage
    ? `Whether ${bold(c)} is worth it depends on the skills you are missing; here is what I know.`
    : covers.length === 0
      ? postings
        // Their postings ask for it by name: worth it for those jobs (a posting that requires it screens on it), whatever it teaches.
        ? postingsRequire(c, asker) ? `Yes, ${bold(c)} is worth it for the jobs that require it.` : `For your applications more than your skills: ${bold(c)} helps where a posting names it.`
        : `Probably not for you: ${bold(c)} teaches ${skillsWords(c, world)}, and none of that is among the gaps I know of${asker.role ? ` for ${roleWords(asker.role.name)} roles` : ''}.`
      : topCovered === 0
        ? postings
          ? `Worth it for your applications: ${postings.charAt(0).toLowerCase()}${postings.slice(1)}`
          : `Only partly: ${coverWords(f, asker, world).replace(/^It /, `${bold(c)} `)}`
        : f.cost.expectedCents === null
          ? `It could be: ${bold(c)} fits your gaps, but I can't weigh its price.`
          : fits
            ? others
              ? `Only as a side step: ${bold(c)} covers some of your gaps, but it is made for ${others}, so it is not the one to take first for yours.`
              : `Yes, ${bold(c)} looks worth it for you.`
            : asker.budgetUsd === 0 && freeWays(f).length > 0
              ? `Yes, as a start: ${bold(c)} fits your gaps and you can begin it free; the certificate itself costs money.`
              : `It fits your gaps, but ${bold(c)} costs more than your budget.`;
  // Covering nothing was said in the verdict.
  // Covering none of the top gaps was said in an "Only partly" verdict too: never twice.
  const covered = (f.coverage && covers.length === 0) || verdict.startsWith('Only partly') ? [] : [coverWords(f, asker, world)];
  // Their own postings naming it is said, as the pick says it, unless the verdict already did.
  const ask = postings && !asked && !verdict.includes(postings.slice(1)) ? [postings] : [];
  // One verdict: a credential made for other roles is said so once, in the verdict when it leads with it.
  const aimed = others && !verdict.startsWith('Little, for') && !verdict.startsWith('Only as a side step') ? ` It is aimed at ${others}.` : '';
  // What of the recommended background they already meet, as the pick says it (person-fit.ts).
  const met = asker.person && c.experience.says ? experienceMet(c, asker.person, world.index).trim() : '';
  // Asked for by name yet teaching none of their gaps: what the study is for them, after how the postings ask.
  const prep = f.coverage && covers.length === 0 && postings && !asked ? [`It teaches ${skillsWords(c, world)}, none of which is among your gaps, so for you most of the study is exam preparation, not new skills.`] : [];
  return [verdict, ...ask, ...prep, ...covered, totalSentence(f, asker), `Time: ${timeWords(f, asker)}.`, ...experienceWords(c, asker, age), ...(met ? [met] : [])].join(' ') + aimed;
}

const LEVEL_IS: Readonly<Record<string, string>> = {
  'entry-certificate': 'an entry-level course certificate',
  fundamentals: 'an entry-level (fundamentals) certification',
  associate: 'an associate-level certification, the step after the fundamentals',
  professional: 'a professional-level certification, for people with years of experience',
  specialty: 'a specialty certification, for people already working in the field',
};

/**
 * "what's CAPM?": what it is from the catalog: its level and provider, who it is made for, the
 * experience it asks (none, or the provider's rule), what it teaches, its cost and time at the
 * person's pace with their sources, and how its exam is sat.
 */
export function whatItIs(c: CatalogCredential, asker: Asker, world: CredentialWorld): string {
  const f = factsOf(c, asker, world);
  const level = LEVEL_IS[c.level] ?? 'a credential';
  const from = c.partner && c.partner !== c.provider ? `${c.provider}, with ${c.partner}` : c.provider;
  const roles = listOf(c.targetRoles.map((id) => roleWords(world.roleName(id) ?? id)));
  const experience = c.experience.says ? ` ${plain(c.experience.says)}.` : c.prerequisites.length > 0 ? ` To sit it you need: ${c.prerequisites.map(plain).join('; ')}.` : '';
  const teaches = c.skills.length > 0 ? ` It teaches ${skillsWords(c, world)}.` : '';
  const sat = ` ${examSentence(c)}`;
  return `${bold(c)}, from ${from}, is ${level}. It is made for ${roles} roles.${experience}${teaches} ${totalSentence(f, asker)} Time: ${timeWords(f, asker)}.${sat}`;
}

/**
 * What its exam is, for "what's ECBA?": "It ends with a 60-minute online exam of 50 questions, which you
 * can sit from home (seen on ...)", from the catalog's exam format with its source; else how it is sat
 * as far as the catalog knows (no exam to book, or not known: the provider's page).
 */
function examSentence(c: CatalogCredential): string {
  const format = c.examFormat;
  const said = format?.delivery?.toLowerCase();
  if (!format || !said) return delivery(c);
  const online = /\bonline\b/.test(said);
  const centre = /\bcent(?:er|re)s?\b|\bin person\b/.test(said);
  const exam = `${format.minutes ? `${format.minutes}-minute ` : ''}${online && !centre ? 'online ' : ''}exam`;
  const article = /^(?:[aeio]|8|1[18]-)/.test(exam) ? 'an' : 'a';
  const size = format.questions ? ` of ${format.questions} questions` : '';
  const where = online && centre ? ', taken online from home or at a test centre' : online ? ', which you can sit from home' : centre ? ', taken at a test centre' : '';
  return `It ends with ${article} ${exam}${size}${where} (${factSource(format, c)}).`;
}

function duration(c: CatalogCredential, asker: Asker, world: CredentialWorld): string {
  const f = factsOf(c, asker, world);
  if (!f.time.known) return `${timeWords(f, asker)}.`;
  const held = asker.held.includes(c.id) ? ' You already hold it, though.' : '';
  return `${bold(c)}: ${timeWords(f, asker)}.${held}`;
}

function cost(c: CatalogCredential, asker: Asker, world: CredentialWorld): string {
  const f = factsOf(c, asker, world);
  const renewal = c.expiry.renew ? ` ${plain(c.expiry.renew)}.` : '';
  return `${costSentences(f, asker)}${f.cost.expectedCents === null ? '' : renewal}`;
}

const ASSESSED: Readonly<Record<string, string>> = {
  quizzes: 'graded quizzes',
  'hands-on-labs': 'hands-on labs',
  capstone: 'a capstone project',
  'portfolio-project': 'a portfolio project',
  'peer-review': 'peer-reviewed assignments',
  'performance-based': 'hands-on tasks',
};

/**
 * "is the exam online?", "can I take it from home?": how the exam is sat, from the catalog's exam
 * format (online from home, at a test centre, or both) with where that was seen; a course with no
 * exam says so; what the catalog does not have is said as not known, with the provider's page.
 * Never guessed from the provider's other exams.
 */
export function delivery(c: CatalogCredential): string {
  const who = providerName(c);
  const check = `check ${who}'s page before you book`;
  const said = c.examFormat?.delivery;
  if (c.examFormat && said) {
    const text = said.toLowerCase();
    const online = /\bonline\b/.test(text);
    const centre = /\bcent(?:er|re)s?\b|\bonsite\b|\bon-site\b|\bin person\b/.test(text);
    const unproctored = /\bunproctored\b/.test(text);
    const proctored = !unproctored && (/\bproctored\b/.test(text) || c.assessment.includes('proctored-exam'));
    const vue = /\bpearson vue\b/.test(text) ? ' through Pearson VUE' : '';
    const since = /\bsince ([A-Z][a-z]+ \d{4})\b/.exec(said)?.[1];
    const how =
      online && unproctored
        ? 'the exam is taken online with no proctor, so you can sit it from home'
        : online && centre
          ? `you can take the exam${vue} online from home${proctored ? ', watched by a proctor over webcam,' : ''} or at a test centre`
          : online
            ? `the exam is taken online${/\bonly\b/.test(text) ? ' only' : ''}${since ? ` (since ${since})` : ''}${proctored ? ', with a proctor watching' : ''}, so you can sit it from home`
            : centre
              ? `the exam is taken at a test centre${vue}; my notes don't say it can be taken from home, so ${check}`
              : `you book the exam${vue}; my notes don't say whether you can take it from home or must go to a test centre, so ${check}`;
    return `${bold(c)}: ${how} (${factSource(c.examFormat, c)}).`;
  }
  const exam = c.assessment.includes('proctored-exam') || c.assessment.includes('online-exam');
  if (!exam && c.assessment.length > 0) {
    const how = c.assessment.flatMap((a) => ASSESSED[a] ?? []);
    return `${bold(c)} has no exam to book: you earn it by finishing its course${c.platform ? ` on ${c.platform}` : ''}, assessed by ${listOf(how)}.`;
  }
  if (c.assessment.includes('online-exam')) return `${bold(c)} ends with an online exam; my notes don't say whether it is watched by a proctor, so ${check}.`;
  return `I don't have how the ${bold(c)} exam is taken (online from home or at a test centre) in my notes: ${check}.`;
}

/** "is the exam online?" with no credential named or under discussion: it depends on which, so one of theirs is offered as the way to ask. */
function whichExam(asker: Asker, world: CredentialWorld): string {
  const pool = candidates(asker, world, undefined).map((f) => f.c);
  const example = pool.find((c) => c.examFormat?.delivery) ?? pool[0];
  const ask = example ? ` Ask me about one by name, for example "is the ${example.name} exam online?".` : ' Ask me about one by name.';
  return `It depends on the credential: some exams are taken online from home, some at a test centre, and course certificates have no exam to book.${ask}`;
}

function employers(c: CatalogCredential, asker: Asker, world: CredentialWorld, pasted: boolean): string {
  const who = c.partner ? `${bold(c)} carries ${c.partner}'s name, which is what hiring managers recognise` : `${bold(c)} comes from ${providerName(c)}, with no industry body's name on it, so check that postings ask for it`;
  const aimed = asker.role && c.targetRoles.includes(asker.role.id) ? `, and it is made for ${roleWords(asker.role.name)} jobs` : `; it is made for ${listOf(c.targetRoles.map((id) => roleWords(world.roleName(id) ?? id)))} jobs`;
  const proof = c.assessment.includes('proctored-exam')
    ? 'It ends with a proctored exam, so it shows you passed a watched test.'
    : c.assessment.includes('performance-based')
      ? 'It is earned with hands-on tasks, not only multiple choice.'
      : c.assessment.includes('capstone') || c.assessment.includes('portfolio-project')
        ? 'It ends with a project you can show an employer.'
        : 'It has no proctored exam, so it proves less than one that does.';
  const badge = c.verifiableBadge === true ? ' Employers can check it online through a digital badge.' : '';
  const rate = c.completionRate ? ` About ${c.completionRate.percent}% of those who start finish it (as of ${asOfWords(c.completionRate.asOf)}).` : '';
  // Their own postings naming it is the evidence that counts: said, and beyond them, where to look.
  const postings = postingsAsk(c, asker);
  const count = postings
    ? `${postings} Beyond your postings I have no count: search a job board for "${c.name}" where you want to work.`
    : pasted
      ? `None of the postings you gave me names it, and beyond them I have no count: search a job board for "${c.name}" where you want to work.`
      : `I don't know how often employers ask for it: I have no count of postings. To check, search a job board for "${c.name}" where you want to work, or paste a few postings in the gap interview (\`gaps\`) and I'll show how many ask for it.`;
  return `${who}${aimed}. ${proof}${badge}${rate} ${count}`;
}

function instead(named: readonly CatalogCredential[], asker: Asker, world: CredentialWorld, age: boolean): string {
  const [first] = named;
  if (!first) return '';
  // One the pick would set aside (CAPM to a PMP holder): why, before any side by side.
  if (setAsideFor(first, asker, world)) return worth(first, asker, world, age);
  const pair = named.length > 1 ? named.slice(0, 2) : asker.current && asker.current.id !== first.id ? [first, asker.current] : [first];
  if (pair.length === 1) return worth(first, asker, world, age);
  const facts = pair.map((c) => factsOf(c, asker, world));
  const [a, b] = facts as [Facts, Facts];
  const held = pair.filter((c) => asker.held.includes(c.id)).map((c) => ` You already hold ${bold(c)}.`).join('');
  // What each does better, said once per credential: "*A* covers more of your gaps; *B* costs less and is quicker".
  const better = new Map<CatalogCredential, string[]>();
  const credit = (f: Facts, what: string) => better.set(f.c, [...(better.get(f.c) ?? []), what]);
  // Gaps weighed by demand: SQL and Tableau asked by most postings outweigh SQL and a rarer skill.
  const covered = (f: Facts) => f.coverage?.value ?? 0;
  if (a.coverage && covered(a) !== covered(b)) credit(covered(a) > covered(b) ? a : b, 'covers more of your gaps');
  if (a.cost.expectedCents !== null && b.cost.expectedCents !== null && a.cost.expectedCents !== b.cost.expectedCents) credit(a.cost.expectedCents < b.cost.expectedCents ? a : b, 'costs less');
  if (a.time.known && b.time.known && a.time.weeks !== b.time.weeks) credit(a.time.weeks < b.time.weeks ? a : b, 'is quicker');
  const unknownPrice = (a.cost.expectedCents === null) !== (b.cost.expectedCents === null) ? ' One price is unknown, so I cannot compare what they cost.' : '';
  const said = [...better].map(([c, what]) => `${bold(c)} ${listOf(what)}`);
  const sum = said.length > 0 ? `\nIn short: ${said.join('; ')}.${unknownPrice}` : unknownPrice;
  // A price the sources disagree about is not said to fit the budget in its line: the straight-to paragraph says the routes.
  const line = (f: Facts) => compareLine(f, priceInDispute(f.c) ? { ...asker, budgetUsd: undefined } : asker, world);
  // A credential with an experience rule, compared: what it asks, whether their years may meet it, its routes and hours.
  const straight = pair.flatMap((c) => straightTo(c, asker, world) ?? []).map((p) => `\n${p}`).join('');
  return `Side by side:\n${facts.map(line).join('\n')}${sum}${held}\n${choiceFor(a, b, asker, world)}${straight}`;
}

/** The share of the person's postings that name a credential (0 when none do, or none were pasted). */
const askedShare = (c: CatalogCredential, asker: Asker) => asker.person?.asked?.find((a) => a.id === c.id)?.share ?? 0;
const shareWords = (share: number) => (share >= 1 ? 'every one of your postings names it' : share >= 0.5 ? `${Math.round(share * 100)}% of your postings name it` : share > 0 ? 'some of your postings name it' : 'none of your postings names it');

/**
 * Which of two credentials to take, for this person, with the reason: a comparison ends in a
 * recommendation, as a coach's does. In order: foundations first (one is a rung below the other on
 * a catalog ladder, or the rung after one they hold: study-hours-and-paths.md Vendor paths); then
 * what more of their postings name; then more of their gaps covered; then cheaper; then quicker.
 * When the one not chosen is named by their postings too, it is said as the next step, not dropped.
 */
export function choiceFor(a: Facts, b: Facts, asker: Asker, world: CredentialWorld): string {
  const below = (x: Facts, y: Facts) => world.index.above.get(x.c.id)?.has(y.c.id) === true;
  // Their experience may meet its rule: it has one, and the fit does not set it aside as needing experience first.
  const plausible = (x: Facts) => (x.c.experience.requiredMonths ?? 0) > 0 && asker.person !== undefined && fitFor(x.c, asker.person, world.index).setAside?.kind !== 'needs-experience';
  const afterHeld = (x: Facts) => asker.held.some((h) => world.index.byId.get(h)?.nextSteps.includes(x.c.id));
  const heldAfter = (x: Facts) => world.credentials.find((h) => asker.held.includes(h.id) && h.nextSteps.includes(x.c.id));
  const shareA = askedShare(a.c, asker);
  const shareB = askedShare(b.c, asker);
  const covered = (f: Facts) => f.coverage?.value ?? 0;
  const cents = (f: Facts) => f.cost.expectedCents ?? Infinity;
  const weeks = (f: Facts) => (f.time.known ? f.time.weeks : Infinity);
  const rules: readonly { order: number; why: (win: Facts, lose: Facts) => string }[] = [
    // A foundation comes first only for someone whose experience may not meet the higher rung's rule yet (PMP after CAPM).
    { order: below(a, b) && !plausible(b) ? -1 : below(b, a) && !plausible(a) ? 1 : 0, why: (win, lose) => `it is the foundation ${bold(lose.c)} builds on` },
    {
      order: afterHeld(a) === afterHeld(b) ? 0 : afterHeld(a) ? -1 : 1,
      why: (win) => `it is the next step after the ${heldAfter(win)?.name ?? 'credential'} you hold`,
    },
    { order: Math.sign(shareB - shareA), why: (win) => shareWords(askedShare(win.c, asker)) },
    { order: Math.abs(covered(a) - covered(b)) > 1e-9 ? Math.sign(covered(b) - covered(a)) : 0, why: () => 'it covers more of your gaps' },
    { order: cents(a) === cents(b) ? 0 : Math.sign(cents(a) - cents(b)), why: (win, lose) => (lose.cost.expectedCents === null ? `its price is known (${formatUsd(cents(win))}), and ${bold(lose.c)}'s is not` : `it costs ${formatUsd(cents(lose) - cents(win))} less`) },
    { order: weeks(a) === weeks(b) ? 0 : Math.sign(weeks(a) - weeks(b)), why: () => `it is quicker ${pace(asker)}` },
  ];
  const rule = rules.find((r) => r.order !== 0);
  if (!rule) return `For you they are level on what I can weigh: choose by which your postings ask for.`;
  const [win, lose] = rule.order < 0 ? [a, b] : [b, a];
  const loseShare = askedShare(lose.c, asker);
  const then = loseShare > 0 ? ` Then ${bold(lose.c)}: ${shareWords(loseShare)}, so it is the next one to add.` : '';
  const fits = win.cost.expectedCents !== null && asker.budgetUsd !== undefined && win.cost.expectedCents <= toCents(asker.budgetUsd) ? `, and it fits your ${formatUsd(toCents(asker.budgetUsd))} budget` : '';
  return `My pick for you: ${bold(win.c)} first, because ${rule.why(win, lose)}${fits}.${then}`;
}


/** The answer, in sentences for the person. */
export function answerCredentialQuestion(ask: CredentialAsk, asker: Asker, world: CredentialWorld): string {
  const named = ask.credentials.slice(0, LISTED);
  const [first] = named;
  const each = (answer: (c: CatalogCredential) => string) => named.map(answer).join('\n');
  switch (ask.kind) {
    case 'cheaper':
      return cheaper(first, asker, world);
    case 'shorter':
      return shorter(first, asker, world);
    case 'free':
      return free(named, asker, world);
    case 'instead':
      return instead(named, asker, world, ask.age === true);
    case 'worth':
      return each((c) => worth(c, asker, world, ask.age === true));
    case 'duration':
      return each((c) => duration(c, asker, world));
    case 'delivery':
      return first ? each(delivery) : whichExam(asker, world);
    case 'employers':
      return each((c) => employers(c, asker, world, ask.postingsPasted === true));
    case 'cost':
      return each((c) => cost(c, asker, world));
    case 'what':
      return each((c) => whatItIs(c, asker, world));
    case 'vendor':
      return vendorAnswer(ask.vendors ?? [], asker, world);
  }
}


/**
 * A credential the catalog does not carry (CySA+, Google's Analytics certification, a technical-
 * writing certificate): no sourced figures, so none are given, only where to check them, what the
 * catalog says about where it sits, a catalog credential the same words may mean, and the role's
 * gaps when the catalog has the role. `known` says a catalog credential's name by id.
 */
export function notCarriedAnswer(entry: NotCarried, known: (id: string) => CatalogCredential | undefined, roleName: (id: string) => string | undefined): string {
  const lines = [`I don't have sourced figures for ${entry.name}, so I can't give you its price or study time. Check ${entry.checkAt}, and search a job board for its name to see whether postings ask for it.`];
  if (entry.says) lines.push(entry.says);
  const meant = (entry.mayMean ?? []).flatMap((id) => known(id) ?? []);
  if (meant.length > 0) lines.push(`If you meant the ${listOf(meant.map(bold))}, that one I know: ask me about it by name.`);
  const role = entry.role ? roleName(entry.role) : undefined;
  if (role) lines.push(`What I can do is show what ${roleWords(role)} postings ask for: say \`gaps\` and name the role.`);
  return lines.join(' ');
}

/** A credential question about one in no notes of mine ("is the Oracle cert worth it?"): said plainly, with the provider's page when the message names a provider I know. */
export function unknownCredentialAnswer(provider: string | undefined): string {
  const where = provider ? `${provider}'s own page` : "its provider's own page";
  return `I don't have sourced figures for that one: it isn't in my notes, so I can't give you its price, study time or how employers see it. Check ${where} for the price, the study hours and the renewal rules, and search a job board for its name to see whether postings ask for it.`;
}

/**
 * "is there anything for sql?": the catalog credentials that teach the skill, best fit for this
 * person first, by the pick's own rules: not set aside for them (held, outgrown, not yet
 * sittable), made for their target role, covering more of their gaps, then cheaper (an unknown
 * price last). None teaching it is said, with how such a skill is learnt instead.
 */
export function skillCredentialsAnswer(skill: string, asker: Asker, world: CredentialWorld): string {
  const name = world.index.skillName(skill);
  const teaching = world.credentials.filter((c) => world.index.evidence.get(c.id)?.has(skill) ?? c.skills.includes(skill));
  if (teaching.length === 0) return `No credential in my catalog teaches ${name}: it is learnt by using it on a real project (at work, as a volunteer or on your own) and shown in a portfolio piece.`;
  const key = (c: CatalogCredential) => {
    const f = factsOf(c, asker, world);
    return { c, f, aside: setAsideFor(c, asker, world) ? 1 : 0, other: asker.role && !c.targetRoles.includes(asker.role.id) ? 1 : 0, covers: f.coverage?.covered.length ?? 0, cents: f.cost.expectedCents ?? Number.MAX_SAFE_INTEGER };
  };
  const ranked = teaching.map(key).sort((a, b) => a.aside - b.aside || a.other - b.other || b.covers - a.covers || a.cents - b.cents || a.c.id.localeCompare(b.c.id));
  const more = ranked.length > LISTED ? `\n${ranked.length - LISTED} more in my catalog teach it too: ask me about any of them by name.` : '';
  return `The credentials in my catalog that teach ${name}, best fit for you first:\n${ranked.slice(0, LISTED).map((r) => compareLine(r.f, asker, world)).join('\n')}${more}`;
}
