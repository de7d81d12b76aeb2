import type { Catalog } from '../src/data/load-data.js';
import type { Role } from '../src/data/roles-schema.js';
import type { Reply } from '../src/engine/reply.js';
import type { GapReport, RankedRow } from '../src/gaps/gap-report.js';
import { entryPaySentence, rolePay, roundedUsd } from '../src/credentials/roi.js';
import { listOf } from '../src/roles/suggest-roles.js';

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
  if (g.weight >= 0.8) return 'among the skills this role asks for most';
  return g.weight >= 0.6 ? 'often asked for in this role' : 'sometimes asked for in this role';
}

// Said only when the criterion before it tied: a coach explains a close call, not every step.
const TIE_BREAK: Partial<Record<RankedRow['rankedBy'], string>> = {
  share: 'ahead of the next one because more postings name it',
  core: 'ahead of the next one because it is a core skill for this role',
};

/** The gap report as chat replies: demand chart, what the user brings, the top gaps, what next. */
export function gapReportReplies(report: GapReport, role: Role, catalog: Catalog): Reply[] {
  const replies: Reply[] = [{ kind: 'text', text: `Here is your gap report for *${report.role.name}*. ${sourceLine(report)}` }];
  if (report.postingsUnrecognised > 0) {
    replies.push({ kind: 'text', text: `I couldn't recognise any skills in ${report.postingsUnrecognised} of the postings, so ${report.postingsUnrecognised === 1 ? 'it does' : 'they do'} not count.` });
  }
  const fromPostings = report.source === 'postings';
  replies.push({
    kind: 'chart',
    title: fromPostings ? 'What employers ask for (share of your postings)' : 'What this role asks for (demand weight)',
    unit: fromPostings ? '%' : undefined,
    rows: report.demand.slice(0, CHART_ROWS).map((d) => ({ label: d.name, value: fromPostings ? percent(d.share) : d.share })),
  });
  const fields = [{ label: 'Skills they ask for that you have', value: listOf(report.have.filter((h) => h.share > 0).map((h) => h.name)) || 'none yet' }];
  if (report.strengths.length > 0) fields.push({ label: 'Strengths you bring from your career', value: listOf(report.strengths) });
  if (report.toShow.length > 0) fields.push({ label: 'Worth showing in your stories', value: listOf(report.toShow.slice(0, 3)) });
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
      return `${i + 1}. *${g.name}*: ${asked}${why ? `, ${why}` : ''}`;
    });
    replies.push({ kind: 'text', text: `Your top gaps, by demand and what you have:\n${lines.join('\n')}` });
  }
  replies.push({ kind: 'text', text: payLine(role) }, { kind: 'text', text: `_${catalog.attribution.join(' ')}_` });
  return replies;
}
