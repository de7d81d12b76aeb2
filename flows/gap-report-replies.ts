import type { Catalog } from '../src/data/load-data.js';
import type { Role } from '../src/data/roles-schema.js';
import type { Reply } from '../src/engine/reply.js';
import type { Brought, DemandRow, GapReport, GapRow, RankedRow } from '../src/gaps/gap-report.js';
import { entryPaySentence, rolePay, roundedUsd } from '../src/credentials/roi.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { CLOSE_SHARE } from '../src/gaps/verdict.js';

const CHART_ROWS = 10;
const TOP_GAPS = 3;
const percent = (share: number) => Math.round(share * 100);
/**
 * What the role pays someone starting out (entry-level BLS percentiles, as the credential pick's
 * return uses), with the field's median said as what experience brings, never as a promise.
 */
export function payLine(role: Role): string {
  const pay = rolePay(role);
  const median = pay.known ? ` Half of everyone in the field, experienced staff included, earns more than ${roundedUsd(pay.medianCents)}.` : '';
  return `${entryPaySentence(pay)}${median}`;
}

function sourceLine(report: GapReport): string {
  if (report.source === 'postings') return `Demand is from the ${report.postingsUsed} posting${report.postingsUsed === 1 ? '' : 's'} you pasted.`;
  return "Demand is the typical demand for this role (O*NET's in-demand skills and what credentials for it teach), because there were no postings to read.";
}

/** How often the postings ask for a gap, and how firmly when some only prefer it. */
function askedLine(g: RankedRow): string {
  const soft = g.preferred > 0 ? ` (only preferred in ${g.preferred === 1 ? 'one' : g.preferred} of them)` : '';
  return `asked for in ${percent(g.share)}% of the postings${soft}`;
}

/** Without postings, the role's typical demand in words: a bare weight means nothing to a person. */
function typicalLine(g: RankedRow): string {
  if (g.core) return 'a core skill for this role';
  if (g.weight >= 0.8) return 'among the skills this role asks for most';
  return g.weight >= 0.6 ? 'often asked for in this role' : 'sometimes asked for in this role';
}

// Said only when the criterion before it tied: a coach explains a close call, not every step.
const TIE_BREAK: Partial<Record<RankedRow['rankedBy'], string>> = {
  share: 'ahead of the next one because more postings name it',
  core: 'ahead of the next one because it is a core skill for this role',
};

const STEER =
  'Put your time into a portfolio piece that shows this work, into networking (former colleagues, alumni groups, meetups) and into interview practice, rather than another credential.';

/**
 * The verdict, said first and plainly: ready (with where to put the effort instead of badges),
 * close, or a real gap; and when the target is the job the person does now, or a step down.
 */
export function verdictLine(report: GapReport, currentRole?: string, field?: string): string {
  const { kind, covered, relation, coreMissing } = report.verdict;
  const pct = `about ${percent(covered)}%`;
  const job = currentRole?.trim() ? `*${currentRole.trim()}*` : 'your job now';
  if (report.provenBy && relation === 'same') return provenLine(report, currentRole, field);
  if (field && relation === 'other') return newFieldLine(report, job, field);
  if (report.provenBy && relation === 'step-down') {
    const left = report.gaps.filter((g) => g.core).map((g) => g.name);
    const brings = left.length > 0 ? `you already bring its core apart from ${listOf(left)}, which you can pick up on the job` : 'you already bring what this role asks for';
    return `With the ${report.provenBy} you hold, this is a step down: it takes years of the job above this one to earn, and ${brings}. If that is what you want, say so plainly in applications; if not, aim at roles at your level. ${STEER}`;
  }
  if (relation === 'same') return `This is the job you already do (${job}), so there is no real gap to close. ${STEER}`;
  if (relation === 'step-down') {
    return `This is a step down from ${job}: you already bring what it asks for. If that is what you want (a new field, a different pace), say so plainly in applications; if not, aim at roles at your level. ${STEER}`;
  }
  if (kind === 'ready') return `Good news first: you already cover most of what this role asks (${pct} of it, with every core skill), so you are ready to apply. ${STEER}`;
  if (kind === 'close') {
    const missing = coreMissing.length > 0 ? ` The core skill${coreMissing.length === 1 ? '' : 's'} still missing: ${listOf(coreMissing)}.` : '';
    // Close on the core alone (under half of everything asked): lead with the core, or "close" and a low share read as a contradiction.
    const reach =
      covered >= CLOSE_SHARE
        ? `you already cover ${pct} of the technical skills this role asks for.`
        : `you already have ${report.verdict.coreCovered >= 0.75 ? 'most' : 'half or more'} of the core skills this role is hired on, though only ${pct} of everything ${report.source === 'postings' ? 'your postings list' : 'the role usually asks for'}.`;
    return `You are close: ${reach}${missing} A focused course or project on the gaps below should get you there; no long programme needed.`;
  }
  // The share counts technical skills only: a strength such as customer service is named under what you bring, not here.
  return `There is a real gap to close: you cover ${pct} of the technical skills this role asks for so far, so start with the top gaps below.`;
}

/**
 * The target is the job a credential shows (the PMP for project manager): what the credential
 * proves is said as covered, and what the role adds beyond it is named, never "no gap" for all of it.
 */
function provenLine(report: GapReport, currentRole?: string, field?: string): string {
  const years = currentRole?.trim() ? ` and your years as *${currentRole.trim()}*` : '';
  const proved = report.provenCovers ?? [];
  const cover = proved.length > 0 ? `cover ${listOf(proved)} here` : 'show years of leading projects';
  const adds = report.gaps.slice(0, TOP_GAPS).map((g) => g.name);
  if (adds.length === 0) return `Your ${report.provenBy}${years} ${cover}, and you bring the rest of what this role asks, so there is no real gap to close. ${STEER}`;
  // The same job in another field: what is new is the tech side, not the job.
  const adding = field ? `the role is the same but the field is new, so what it adds is the tech side: ${listOf(adds)}` : `what this role adds is ${listOf(adds)}`;
  return `Your ${report.provenBy}${years} ${cover}; ${adding}. ${THEN[report.verdict.kind]}`;
}

/** After what is left to learn, by how much is left. */
const THEN: Record<GapReport['verdict']['kind'], string> = {
  ready: `That is small, and can be learnt on the job. ${STEER}`,
  close: 'A focused course or project on these should get you there; no long programme needed.',
  gap: 'Start with the top gaps below.',
};

/**
 * The job's title in another field ("construction project manager" aiming at IT project manager):
 * not the job they already do, but the same craft, so what carries over is said before the tech
 * side that is new.
 */
function newFieldLine(report: GapReport, job: string, field: string): string {
  const carried = report.haveAsked.slice(0, TOP_GAPS).map((h) => h.name);
  const carries = carried.length > 0 ? `your ${listOf(carried)} carry over from ${field}` : `what you do in ${field} is the same craft`;
  const adds = report.gaps.slice(0, TOP_GAPS).map((g) => g.name);
  if (adds.length === 0) return `This is your job (${job}) in a new field: ${carries}, and you bring the rest of what this role asks. ${STEER}`;
  return `This is your job (${job}) in a new field, not the job you already do: ${carries}, and what you still need for it in tech is ${listOf(adds)}. ${THEN[report.verdict.kind]}`;
}

/** A skill's name inside a sentence: "finance", but "SQL" and "AWS" as they are. */
const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name);

/** Words in a row two excerpts must share to be the same passage of a posting. */
const SAME_PASSAGE_WORDS = 6;
const wordsOf = (phrase: string) => phrase.replace(/…/g, ' ').toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The excerpts, each passage once: two asks read from one sentence come with overlapping excerpts
 * ("…0-2 years in IT or security, basic…" and "…in IT or security, basic understanding…"), and quoting
 * both reads as the posting asking twice.
 */
export function distinctPassages(phrases: readonly string[]): string[] {
  const kept: string[] = [];
  for (const phrase of phrases) {
    const words = wordsOf(phrase);
    const runs = words.length <= SAME_PASSAGE_WORDS ? [words.join(' ')] : words.slice(0, words.length - SAME_PASSAGE_WORDS + 1).map((_, i) => words.slice(i, i + SAME_PASSAGE_WORDS).join(' '));
    if (!kept.some((k) => runs.some((run) => ` ${wordsOf(k).join(' ')} `.includes(` ${run} `)))) kept.push(phrase);
  }
  return kept;
}

/**
 * Years the postings ask for in a role, field or industry, said beside the verdict: time in the work is no
 * skill to learn, so it is never among the gaps, and what the person brings that a posting accepts is said
 * to count for it ("your 11 years as *bank branch manager* may count for the one that accepts finance").
 */
export function experienceLine(report: GapReport, currentRole?: string, years?: number): string | undefined {
  const asks = report.experience;
  if (asks.length === 0 || report.verdict.relation !== 'other') return undefined;
  const quoted = listOf(distinctPassages(asks.map((a) => a.phrase)).slice(0, 3).map((phrase) => `"${phrase}"`));
  const one = asks.length === 1;
  const open = `${report.postingsUsed === 1 ? 'Your posting also asks' : 'Your postings also ask'} for time in the work: ${quoted}. That comes from doing the job, not from a course, so ${one ? 'it is' : 'those are'} not among your gaps.`;
  const met = asks.filter((a) => a.met);
  const show = 'name your closest work in your applications, and let a portfolio piece show what you can do.';
  if (met.length === 0) return `${open} For ${one ? 'it' : 'them'}, ${show}`;
  const by = met.flatMap((a) => a.metBy);
  const job = currentRole?.trim();
  const fromJob = job && by.some((b) => b.fromJob);
  const span = years !== undefined && years > 0 ? `${years} year${years === 1 ? '' : 's'}` : 'years';
  const names = listOf([...new Set(by.map((b) => inSentence(b.name)))]);
  const who = fromJob ? `Your ${span} as *${job}*` : `Your ${names || 'background'}`;
  const which = met.length === asks.length ? (one ? 'it' : 'them') : `the one${met.length === 1 ? ' that accepts' : 's that accept'} ${names}`;
  const rest = asks.length - met.length;
  const others = rest > 0 ? ` The ${rest === 1 ? 'other asks' : 'others ask'} for time in the role itself: ${show}` : '';
  return `${open} ${who} may count for ${which}.${others}`;
}

/** A core competency held only at a basic level, below the top gaps: the coach names it to deepen. */
function deepenLine(report: GapReport, shown: readonly GapRow[]): string | undefined {
  const deepen = report.gaps.filter((g) => g.deepen && g.core && !shown.includes(g)).map((g) => g.name);
  const core = deepen.length === 1 ? 'it is a core skill' : 'they are core skills';
  return deepen.length > 0 ? `Also deepen ${listOf(deepen)}: you have the basics, and ${core} for this role.` : undefined;
}

const MAX_SHOWN = 6;

/**
 * A strength as the person said it: Customer service (you said "customer complaints all day"),
 * so they see it is theirs and not a quality the coach assumed. The words are left out only when
 * they are the skill's own name; a skill picked from the list by number has no words, and is named.
 */
function saidOf(b: Brought): string {
  const words = b.evidence?.trim();
  if (words && b.fromJob) return `${b.name} (from your job as *${words}*)`;
  return words && words.toLowerCase() !== b.name.toLowerCase() ? `${b.name} (you said "${words}")` : b.name;
}

/** Skills said from the same words share one quote: "Technical support and Troubleshooting (you said "i fix the printers")". */
const listSaid = (brought: readonly Brought[]) => {
  const more = brought.length - MAX_SHOWN;
  const shown = brought.slice(0, more > 0 ? MAX_SHOWN : undefined);
  const groups: Brought[][] = [];
  for (const b of shown) {
    const same = b.evidence ? groups.find((g) => g[0]?.evidence === b.evidence && !!g[0]?.fromJob === !!b.fromJob) : undefined;
    if (same) same.push(b);
    else groups.push([b]);
  }
  const said = groups.map((g) => (g.length === 1 ? saidOf(g[0] as Brought) : saidOf({ ...(g.at(-1) as Brought), name: listOf(g.map((b) => b.name)) })));
  return `${listOf(said)}${more > 0 ? ` and ${more} more` : ''}`;
};

/** Whether the person has a charted skill, for the chart image's colours: only what the report knows either way. */
function hasOf(report: GapReport, name: string): { has?: 'yes' | 'basics' | 'no' } {
  const gap = report.gaps.find((g) => g.name === name);
  if (gap) return { has: gap.deepen ? 'basics' : 'no' };
  return report.have.some((h) => h.name === name && h.share > 0) ? { has: 'yes' } : {};
}

/** Postings that ask to see a portfolio: not a gap, but what the person must show when they apply. */
function portfolioLine(report: GapReport): string | undefined {
  const asked = report.portfolio;
  if (!asked || report.source !== 'postings') return undefined;
  const n = report.postingsUsed;
  const who = asked.asked === n ? (n === 1 ? 'Your posting asks' : `All ${n} of your postings ask`) : `${asked.asked} of your ${n} postings ${asked.asked === 1 ? 'asks' : 'ask'}`;
  const plus = asked.required === 0 ? ', as a plus' : '';
  return `${who} to see a portfolio of your work${plus} ("${asked.phrase}"). It is not a skill to learn but the proof of the others: build one piece that uses your top gaps and link it when you apply.`;
}

/** The gap report as chat replies: the verdict, demand chart, what the user brings, the top gaps, what next. */
export function gapReportReplies(report: GapReport, role: Role, catalog: Catalog, currentRole?: string, years?: number, field?: string): Reply[] {
  const replies: Reply[] = [{ kind: 'text', text: `Here is your gap report for *${report.role.name}*. ${sourceLine(report)}` }];
  const experience = experienceLine(report, currentRole, years);
  const verdict = verdictLine(report, currentRole, field);
  if (report.hardSkillsAsked > 0) replies.push({ kind: 'text', text: experience ? `${verdict}\n${experience}` : verdict });
  else if (experience) replies.push({ kind: 'text', text: experience });
  if (report.postingsUnrecognised > 0) {
    replies.push({ kind: 'text', text: `I couldn't recognise any skills in ${report.postingsUnrecognised} of the postings, so ${report.postingsUnrecognised === 1 ? 'it does' : 'they do'} not count.` });
  }
  const fromPostings = report.source === 'postings';
  replies.push({
    kind: 'chart',
    title: fromPostings ? 'What employers ask for (share of your postings)' : 'What this role asks for (demand weight)',
    unit: fromPostings ? '%' : undefined,
    rows: report.demand.slice(0, CHART_ROWS).map((d) => ({ label: d.name, value: fromPostings ? percent(d.share) : d.share, ...hasOf(report, d.name) })),
  });
  // The level the person said is shown: "SQL (basic)" is why SQL may still be a gap below.
  // Each skill once: technical ones asked for under what you have; soft and domain ones asked for,
  // in your own words, as stories to tell; what the role does not ask for as your career's strengths.
  // A skill a held credential proves says so: "Troubleshooting (basic, from your CompTIA A+)".
  const haveSaid = (h: DemandRow) => {
    const notes = [h.level, h.fromCredential && `from your ${h.fromCredential}`].filter(Boolean);
    return notes.length > 0 ? `${h.name} (${notes.join(', ')})` : h.name;
  };
  const fields = [{ label: 'Skills they ask for that you have', value: listOf(report.haveAsked.map(haveSaid)) || 'none yet' }];
  if (report.toShow.length > 0) fields.push({ label: 'Worth showing in your stories', value: listSaid(report.toShow) });
  if (report.strengths.length > 0) fields.push({ label: 'Strengths you bring from your career', value: listSaid(report.strengths) });
  replies.push({ kind: 'card', title: 'What you bring', fields });

  const top = report.gaps.slice(0, TOP_GAPS);
  if (report.hardSkillsAsked === 0) {
    replies.push({ kind: 'text', text: "I didn't find any technical skills I know in these postings, so I can't rank your gaps from them. Paste the requirements part of a few more postings, or skip them to use the typical demand for the role." });
  } else if (top.length === 0) {
    replies.push({ kind: 'text', text: 'You already have every skill these postings ask for: no badge needed. Put your energy into a portfolio piece that shows it, and into interview practice.' });
  } else {
    const lines = top.map((g, i) => {
      const asked = fromPostings ? askedLine(g) : typicalLine(g);
      const why = i < top.length - 1 ? TIE_BREAK[g.rankedBy] : undefined;
      const deepen = g.deepen ? ' (you have the basics: deepen it)' : '';
      return `${i + 1}. *${g.name}*${deepen}: ${asked}${why ? `, ${why}` : ''}`;
    });
    const ready = report.verdict.kind === 'ready';
    const heading = ready ? 'What is left is small, and can be learnt on the job:' : 'Your top gaps, by demand and what you have:';
    const deepen = deepenLine(report, top);
    replies.push({ kind: 'text', text: `${heading}\n${lines.join('\n')}${deepen ? `\n${deepen}` : ''}` });
  }
  const portfolio = portfolioLine(report);
  if (portfolio) replies.push({ kind: 'text', text: portfolio });
  replies.push({ kind: 'text', text: payLine(role) }, { kind: 'text', text: `_${catalog.attribution.join(' ')}_` });
  return replies;
}
