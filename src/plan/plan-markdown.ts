import { providerName } from '../credentials/figure-words.js';
import { formatUsd } from '../credentials/money.js';
import { personDay } from '../dates/person-zone.js';
import { dayInWords, type PlanDocument } from './plan-document.js';

/**
 * The plan as a Markdown file: steps with their dates, the study routine, what each credential
 * costs line by line with where the figure was seen, and what to check before paying. Written for
 * the person (it opens in any editor or notes app), not as a report.
 */

/** Characters that would turn a title into Markdown markup, escaped so it reads as written. */
const escape = (text: string): string => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]#<>|~])/g, '\\$1');

const usd = (amount: number): string => formatUsd(Math.round(amount * 100));

function stepLine(step: PlanDocument['steps'][number]): string {
  const when = step.due === null ? 'date to be set once the study hours are known' : step.done ? `done on ${dayInWords(step.due)}` : `by ${dayInWords(step.due)}`;
  return `${step.step}. ${step.done ? '~~' : '**'}${escape(step.title)}${step.done ? '~~' : '**'}: ${when}`;
}

/**
 * The day the plan was made in the person's calendar (`timeZone`, their profile's): a plan made on
 * a Sunday evening in Los Angeles was made on Sunday, though it was Monday in UTC. Without a zone,
 * the UTC day, as the plan's own dates were counted then.
 */
function madeOn(doc: PlanDocument, timeZone: string | undefined): string | null {
  const at = doc.madeAt === null ? Number.NaN : Date.parse(doc.madeAt);
  return Number.isNaN(at) ? doc.madeOn : personDay(new Date(at), timeZone);
}

export function planMarkdown(doc: PlanDocument, timeZone?: string): string {
  const made = madeOn(doc, timeZone);
  const facts = [
    made ? `Made on ${dayInWords(made)}` : undefined,
    doc.hoursPerWeek === null ? undefined : `${doc.hoursPerWeek} hours a week`,
    doc.budgetUsd === null ? undefined : `budget ${usd(doc.budgetUsd)}`,
  ].filter((f): f is string => f !== undefined);
  const lines = [`# ${escape(doc.title)}`, ''];
  if (facts.length > 0) lines.push(`${facts.join(' · ')}`, '');
  lines.push('## Steps', '', ...doc.steps.map(stepLine), '');
  if (doc.finish) lines.push(`If all goes to plan, you finish on ${dayInWords(doc.finish)}.`, '');
  if (doc.routine) {
    lines.push('## Weekly study routine', '', doc.routine.text);
    if (doc.studyFrom && doc.studyUntil) lines.push(`From ${dayInWords(doc.studyFrom)} to ${dayInWords(doc.studyUntil)}; the calendar file (.ics) puts it in your calendar.`);
    lines.push('');
  }
  if (doc.credentials.length > 0) {
    lines.push('## Costs', '');
    for (const c of doc.credentials) {
      // "Tableau (Salesforce)" is said as Tableau: brackets inside the heading's brackets read as a slip.
      lines.push(`### ${escape(c.name)} (${escape(providerName(c))})`, '', `Total: ${c.totalText}.`, '');
      // Where each figure was seen, in words: the catalog's raw source notes are for the JSON export.
      for (const cost of c.costs) lines.push(`- ${escape(cost.text)}. ${escape(cost.says.charAt(0).toUpperCase() + cost.says.slice(1))}.`);
      if (c.costs.length === 0) lines.push('- I have no price line for it.');
      for (const check of c.checks) lines.push(`- Note: ${escape(check)}.`);
      lines.push('');
    }
    if (doc.credentials.length > 1) lines.push(doc.totalUsd === null ? 'Total for all: unknown while a price is unknown.' : `Total for all: ${usd(doc.totalUsd)} over 3 years.`, '');
  }
  lines.push('---', '', 'Made by Pivot Coach. Prices change: check each one on the provider\'s page before paying.');
  return `${lines.join('\n')}\n`;
}
