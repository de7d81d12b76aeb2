import type { Role } from '../src/data/roles-schema.js';
import { roleWords } from '../src/credentials/roi.js';
import { listOf } from '../src/roles/suggest-roles.js';
import type { GapReportFacts } from './profile.js';

/**
 * What a careers coach says to a question about the person (flows/person-asides.ts reads them):
 * the verdict their gap report gave, what their role and postings ask of code, and a confidence
 * worry answered with their own record. Pure: the person's facts and the role in, sentences out.
 * No figure is made up: a share is their own postings', a verdict their own report's, and where
 * nothing is known the answer says where to find out.
 */

/** The facts about the person these answers read (the profile's fields, the role's name for skill ids). */
export interface PersonSaid {
  readonly report?: GapReportFacts;
  /** What they said they do, as the gap interview heard it, with their words when it quoted them. */
  readonly skills: readonly { readonly skill: string; readonly level?: string; readonly evidence?: string }[];
  readonly currentRole?: string;
  readonly yearsExperience?: number;
  /** Names of credentials they hold. */
  readonly heldNames: readonly string[];
  skillName(id: string): string;
}

const TOP = 3;
const percent = (share: number) => `about ${Math.round(share * 100)}%`;
/** How many of their postings name a skill, from the report's share. */
const shareWords = (share: number) => (share >= 1 ? 'every one of them' : share >= 0.5 ? `${Math.round(share * 100)}% of them` : 'some of them');
const bold = (text: string) => `*${text}*`;
/** A gap as the report says it: "SQL (deepen the basics you have)". */
function gapWords(gap: GapReportFacts['gaps'][number], person: PersonSaid): string {
  const name = gap.name ?? person.skillName(gap.skill);
  return person.skills.some((s) => s.skill === gap.skill && s.level === 'basic') ? `${name} (deepen the basics you have)` : name;
}
const topGaps = (person: PersonSaid) => listOf((person.report?.gaps ?? []).slice(0, TOP).map((g) => gapWords(g, person)));
const demandFrom = (report: GapReportFacts) => (report.source === 'postings' ? 'your postings ask for' : 'the role usually asks for');

/**
 * "am I already qualified?": the verdict their own gap report gave, with the gaps that stand between
 * them and it and what to do now. Without a report, how to get one.
 */
export function qualifiedAnswer(person: PersonSaid, role: Role | undefined): string {
  const report = person.report;
  if (!report?.verdict || (role && report.role !== role.id)) {
    const about = role ? ` for ${bold(role.name)}` : '';
    return `I can tell you once I have compared what you bring with what the jobs ask${about}: the gap interview (\`gaps\`) takes a few minutes, reads a few postings you paste, and ends with a plain verdict (ready, close, or a real gap) and your top gaps.`;
  }
  const { kind, covered } = report.verdict;
  const gaps = topGaps(person);
  const where = demandFrom(report);
  if (kind === 'ready') {
    return `Yes: your gap report says you are ready to apply, covering ${percent(covered)} of the technical skills ${where}. Apply now, and put your time into a portfolio piece, networking and interview practice (\`practice\`) rather than another credential.${gaps ? ` What is left (${gaps}) can be learnt on the job or shown in that portfolio piece.` : ''}`;
  }
  if (kind === 'close') {
    return `Nearly: your gap report says you are close, covering ${percent(covered)} of the technical skills ${where}.${gaps ? ` What stands between you and the rest is ${gaps}: a focused course or project on each, not a long programme.` : ''} You can start applying to the postings you match best while you close them.`;
  }
  return `Not yet: your gap report shows a real gap, with ${percent(covered)} of the technical skills ${where} covered so far.${gaps ? ` Start with ${gaps}; ` : ' '}your plan in the credential pick (\`pick\`) puts a date on each step, and your years of work still count in interviews.`;
}

/** A skill said as code: a programming, scripting or query language (skills.json category `language`). */
export interface CodeSkill {
  readonly id: string;
  readonly name: string;
}

/**
 * "do i need to learn coding for this??": what the role is hired on (its core competencies in
 * roles.json, each with its source), what their own postings ask for, and what they already have.
 * `languages` are the skills the catalog files as languages; `asked` the language the question
 * names ("do i need python"), when it names one.
 */
export function codingAnswer(person: PersonSaid, role: Role | undefined, languages: readonly CodeSkill[], asked?: CodeSkill): string {
  if (!role) return 'It depends on the role: some tech jobs are mostly code (software developer, web developer), many ask for little or none (project manager, UX designer, IT support). Tell me the role you want and I will say what my notes show for it.';
  const isCode = new Map(languages.map((l) => [l.id, l.name]));
  const wanted = asked ? [asked.id] : [...isCode.keys()];
  const name = (id: string) => isCode.get(id) ?? person.skillName(id);
  const core = role.skills.filter((s) => s.core && wanted.includes(s.skill)).map((s) => name(s.skill));
  const has = person.skills.filter((s) => wanted.includes(s.skill)).map((s) => `${name(s.skill)}${s.level ? ` (${s.level})` : ''}`);
  const report = person.report?.role === role.id ? person.report : undefined;
  const gaps = (report?.gaps ?? []).filter((g) => wanted.includes(g.skill));
  const what = asked ? asked.name : 'code';
  const lead =
    core.length > 0
      ? `Yes, some: ${listOf(core)} ${core.length === 1 ? 'is' : 'are'} among the core skills ${roleWords(role.name)} jobs are hired on, so expect to write ${asked ? asked.name : 'it'} at work.`
      : asked
        ? `No: ${asked.name} is not among the core skills ${roleWords(role.name)} jobs are hired on.`
        : `Not as a programmer does: no programming or query language is among the core skills ${roleWords(role.name)} jobs are hired on.`;
  const first = gaps[0] && (gaps[0].name ?? name(gaps[0].skill));
  const which = gaps.length === 1 ? 'that is the one' : 'those are the ones';
  const own =
    report?.source === 'postings'
      ? gaps.length > 0
        ? ` Your postings name ${listOf(gaps.map((g) => `${g.name ?? name(g.skill)} (${shareWords(g.share)})`))}${core.length > 0 ? ' too' : ''}, so ${which} to learn ${core.length > 0 ? 'first' : 'if you learn any'}; ask me "anything for ${first}?" for the courses that teach it.`
        : ` None of your postings lists ${asked ? asked.name : 'a language'} among the skills you are missing.`
      : gaps.length > 0
        ? ` ${listOf(gaps.map((g) => g.name ?? name(g.skill)))} ${gaps.length === 1 ? 'is' : 'are'} among the skills the role usually asks for that you don't have yet; paste a few real postings in the gap interview (\`gaps\`) to see whether your employers ask for ${gaps.length === 1 ? 'it' : 'them'}.`
        : ` Paste a few real postings in the gap interview (\`gaps\`) and I'll show which of them ask for ${what} at all.`;
  const already = has.length > 0 ? ` You already have ${listOf(has)}.` : '';
  return `${lead}${own}${already}`;
}

/**
 * "will tech people take me seriously?": honest that some will doubt a newcomer, no figure invented,
 * and what earns their respect, from the person's own record: their years and job, what they hold,
 * the gaps their plan closes, and interview practice to tell that experience as evidence.
 */
export function confidenceAnswer(person: PersonSaid, role: Role | undefined): string {
  const years = person.yearsExperience !== undefined && person.currentRole ? `your ${person.yearsExperience} years as ${person.currentRole}` : person.currentRole ? `your work as ${person.currentRole}` : 'your years of work';
  const held = person.heldNames.length > 0 ? `, and ${listOf(person.heldNames.map(bold))},` : '';
  const target = role ? `${roleWords(role.name)} teams` : 'tech teams';
  const gaps = topGaps(person);
  return [
    `Yes, when you lead with what you have done. Some people will doubt a newcomer at first; what changes their mind is evidence.`,
    `${years.charAt(0).toUpperCase()}${years.slice(1)}${held} show judgement and delivery that ${target} value and many candidates can't show.`,
    gaps ? `Speak their language on ${gaps}, which your plan closes, and show one piece of real work in the field.` : 'Show one piece of real work in the field.',
    'Then tell your experience as short stories with numbers; `practice` helps you do that.',
  ].join(' ');
}

const LEAD_WITH = 3;
const quoted = (evidence: string | undefined) => (evidence ? ` ("${evidence}")` : '');

/**
 * "would my legal background count for anything?": yes, and how, from their own gap report. The strengths
 * their job shows (`fromJob`: the field a job title is in, "Legal" for a paralegal), the work they said they
 * do that the role asks for, in their words, to lead with; and what it does not cover yet (their top gaps).
 * Without anything said yet, how to find out.
 */
export function backgroundAnswer(person: PersonSaid, role: Role | undefined, fromJob: readonly string[]): string {
  const asked = new Set(role?.skills.map((s) => s.skill) ?? []);
  const report = role && person.report?.role === role.id ? person.report : undefined;
  const gapIds = new Set(report?.gaps.map((g) => g.skill) ?? []);
  const target = role ? `${roleWords(role.name)} jobs` : 'the jobs you want';
  const work = person.skills.filter((s) => asked.has(s.skill) && !fromJob.includes(s.skill));
  // Their own words first (evidence is what an employer can check), then what the role weighs most.
  const weight = new Map(role?.skills.map((s) => [s.skill, s.weight]) ?? []);
  const ranked = [...work].sort((a, b) => Number(!a.evidence) - Number(!b.evidence) || (weight.get(b.skill) ?? 0) - (weight.get(a.skill) ?? 0));
  // One sentence of theirs read as several skills ("the rota in Excel": Excel and spreadsheets) is one thing to lead with.
  const lead = ranked.filter((s, i) => !s.evidence || ranked.findIndex((o) => o.evidence === s.evidence) === i).slice(0, LEAD_WITH);
  const years = person.yearsExperience !== undefined && person.currentRole ? `your ${person.yearsExperience} years as ${bold(person.currentRole)}` : person.currentRole ? `your work as ${bold(person.currentRole)}` : undefined;
  if (!years && lead.length === 0) {
    return `It usually does: most of what people did before carries over in some form. Tell me your job and what you do in it in the gap interview (\`gaps\`), and I'll show which of it ${target} ask for and what to learn on top.`;
  }
  const strengths = fromJob.map((id) => person.skillName(id));
  const lines = [
    `Yes, it counts${years ? `: ${years}${strengths.length > 0 ? ` bring ${listOf(strengths)}, a strength your gap report names` : ' are experience many candidates lack'}` : ''}.`,
  ];
  if (lead.length > 0) {
    const said = lead.map((s) => `${person.skillName(s.skill)}${s.level === 'basic' ? ' at a basic level' : ''}${quoted(s.evidence)}`);
    lines.push(`More than that, you already do work ${target} ask for: ${listOf(said)}. Lead with ${lead.length === 1 ? 'it' : 'those'} in your applications and interviews, named as the posting names ${lead.length === 1 ? 'it' : 'them'}, with a number where you have one.`);
  } else if (role) {
    lines.push(`Say in your applications which of your tasks match the posting's words: that is how that experience gets read as relevant.`);
  }
  const gaps = topGaps(person);
  if (gaps && gapIds.size > 0) lines.push(`What it doesn't cover yet is ${gaps}: that is what your plan is for.`);
  return lines.join(' ');
}

/** What a credential asks of people before they earn it, as the data has it (credentials.json), and where to check. */
export interface CredentialAsks {
  readonly name: string;
  /** Prerequisites and recommended experience, in sentences; empty when the data holds none. */
  readonly rules: readonly string[];
  /** Whether the rules are known at all: a credential outside the catalog has none sourced. */
  readonly sourced: boolean;
  readonly checkAt: string;
}

/**
 * "Is CISA realistic for someone like me?": what the credential asks of people first, set against the
 * person's years and work, and where it fits in their path. No rule is made up: without a sourced one the
 * answer says so and where to check.
 */
export function realisticAnswer(person: PersonSaid, asks: CredentialAsks): string {
  const years = person.yearsExperience !== undefined && person.currentRole ? `your ${person.yearsExperience} years as ${bold(person.currentRole)}` : person.currentRole ? `your work as ${bold(person.currentRole)}` : 'your experience';
  if (!asks.sourced) {
    return `I don't know what experience ${asks.name} asks for: my notes have no sourced rule for it, so check ${asks.checkAt} before you plan on it. Set what it asks against ${years}: experience rules usually count only years in the work the credential is about, so if yours are not there yet, it is a later step, taken once you have them, not a first one.`;
  }
  if (asks.rules.length === 0) return `${asks.name} asks for no experience or prerequisite in my notes, so yes, it is open to you now; check ${asks.checkAt} to be sure before you book it.`;
  return `${asks.name} asks for this first: ${asks.rules.join(' ')} Set that against ${years}: only time in that work counts, so if yours is not there yet, it is a later step, taken once you have it, not a first one. Check ${asks.checkAt} for what it accepts in place of experience.`;
}
