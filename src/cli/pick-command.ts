import { monthsDeadline } from '../../flows/deadline-months.js';
import { coveredText } from '../credentials/coverage.js';
import { namedGaps } from '../credentials/named-gaps.js';
import { personFrom } from '../credentials/person.js';
import { recommend } from '../credentials/recommend.js';
import type { CoachData } from '../coach-data.js';
import { PAY_BASIS } from '../credentials/roi.js';
import type { ScoredCredential } from '../credentials/score-credential.js';
import type { Gap } from '../credentials/situation.js';
import { numberProblem, readNumber } from '../engine/human-input.js';
import type { Want } from '../engine/human-input.js';
import { renderPlain } from '../render-plain.js';
import { comparisonLines, pickLine, planReplies, priceCheckLine, stackText } from '../../flows/credential-pick-replies.js';
import { credentialFinder } from '../../flows/named-credentials.js';
import { defineCommand } from './command-spec.js';
import { gapReportFrom, heldFrom, readPosting } from './gap-input.js';
import { askedInPostings } from '../credentials/posting-credentials.js';
import { personReaderOf } from '../skills/read-person.js';
import { resolveRole } from './resolve-role.js';
import { UsageError } from './usage-error.js';
import { marksAsWords } from '../dates/date-marks.js';
import { personToday } from '../dates/person-zone.js';

const PICK_USAGE =
  'pivot pick --role ROLE (--gaps "A, B" | --have "FREE TEXT" [--posting FILE]...) --budget USD --hours H [--months M] [--salary USD] [--held "X, Y"] [--job TITLE --years N] [--json]';


/** What each option counts, so "10 or 15" or "2 hours a day" is said back, not guessed. */
const WANTS: Record<string, Want> = { budget: { unit: 'dollars' }, hours: { unit: 'hours', per: 'week' }, months: { unit: 'months' }, salary: { unit: 'dollars', per: 'year' }, years: { unit: 'years' } };

function amount(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const reading = readNumber(value, WANTS[name]);
  const number = reading.kind === 'number' ? reading.value : undefined;
  const read = reading.kind === 'number' || reading.kind === 'none' ? '' : ` ${numberProblem(reading, WANTS[name])}`;
  if (number === undefined || number < min || number > max) throw new UsageError(`--${name} "${value}" should be a number from ${min} to ${max}.${read}\nUsage: ${PICK_USAGE}`);
  return number;
}

const dollars = (cents: number | null) => (cents === null ? null : cents / 100);

/** "PMP, AWS Cloud Practitioner": each item one catalog credential, named certainly, or a usage error. */
function heldCredentials(data: CoachData, text: string | undefined): { id: string }[] {
  if (text === undefined) return [];
  const finder = credentialFinder(data.credentials.credentials);
  return text
    .split(/[,;]|\band\b/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [found, ...more] = finder.named(item, true);
      if (!found || more.length > 0) throw new UsageError(`--held "${item}" is not one credential I know, for example: "PMP" or "CompTIA A+".`);
      return { id: found.id };
    });
}

/** `pivot pick`: the credential pick's picks, stack, warnings and plan, for coaches and scripts. */
export const pickCommand = defineCommand(
  {
    name: 'pivot pick',
    usage: PICK_USAGE,
    summary: 'The credential pick the chat gives: the top three credentials for your gaps with their true cost and time, the best stack, warnings and a dated plan.',
    options: {
      role: { type: 'string', value: 'ROLE', help: 'the role you want: an id, a name or a job title (required)' },
      gaps: { type: 'string', value: '"A, B"', help: 'the skills you are missing, comma-separated; or use --have' },
      have: { type: 'string', value: '"FREE TEXT"', help: 'the skills you have, to work out the gaps as "pivot gaps" does; or use --gaps' },
      posting: { type: 'string', multiple: true, value: 'FILE', help: 'a text file with one job posting, with --have' },
      budget: { type: 'string', value: 'USD', help: 'what you can spend in US dollars, like 300 or "$1,500" (required)' },
      hours: { type: 'string', value: 'H', help: 'hours a week you can study, 1 to 80 (required)' },
      months: { type: 'string', value: 'M', help: 'a deadline in months, 1 to 120' },
      salary: { type: 'string', value: 'USD', help: 'your current yearly pay, like 66k, to show the pay change and payback' },
      held: { type: 'string', value: '"X, Y"', help: 'credentials you already hold, comma-separated, like "PMP, AWS Cloud Practitioner": never recommended again' },
      job: { type: 'string', value: 'TITLE', help: 'your current job, like "project manager": with --years, entry-level credentials in your own field are set aside' },
      years: { type: 'string', value: 'N', help: 'years in your current job, 0 to 60' },
      json: { type: 'boolean', help: 'print one JSON object instead of the readable picks' },
    },
    examples: ['pivot pick --role "data analyst" --have "Excel, some SQL" --budget 300 --hours 10 --months 6'],
  },
  async (values, data) => {
    if (!values.role?.trim()) throw new UsageError(`--role is required.\nUsage: ${PICK_USAGE}`);
    if ((values.gaps === undefined) === (values.have === undefined)) throw new UsageError(`Give either --gaps or --have, one of the two.\nUsage: ${PICK_USAGE}`);
    if (values.gaps !== undefined && values.posting) throw new UsageError(`--posting goes with --have, not with --gaps.\nUsage: ${PICK_USAGE}`);
    const budgetUsd = amount('budget', values.budget, 0, 1_000_000);
    const hoursPerWeek = amount('hours', values.hours, 1, 80);
    if (budgetUsd === undefined || hoursPerWeek === undefined) throw new UsageError(`--budget and --hours are required.\nUsage: ${PICK_USAGE}`);
    const months = amount('months', values.months, 1, 120);
    const role = resolveRole(data, values.role);

    let gaps: Gap[];
    if (values.gaps !== undefined) {
      const named = data.extractor.extract(values.gaps).filter((m) => !m.inferredFrom);
      if (named.length === 0) throw new UsageError(`--gaps "${values.gaps}" names no skill I know, for example: "SQL, Tableau".`);
      gaps = namedGaps(named.map((m) => m.skill), role, data.credentialIndex.broader);
    } else {
      gaps = (await gapReportFrom(data, role, values.have ?? '', values.posting ?? [])).gaps.map(({ skill, share }) => ({ skill, share }));
    }

    // Today in the terminal's own calendar, as the chat counts from the person's day: at 20:00 in Los Angeles the plan starts today, not on tomorrow's UTC date.
    const today = personToday(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    const situation = {
      hoursPerWeek,
      budgetUsd,
      // Calendar months, as the chat counts them.
      deadlineWeeks: months === undefined ? undefined : monthsDeadline(months, today).weeks,
      currentPayUsd: amount('salary', values.salary, 0, 10_000_000),
      today,
    };
    // Postings given here are the research step, done.
    const done = { research: (values.posting ?? []).length > 0 };
    // The credentials the posting files name, as the chat keeps them from pasted postings: those the catalog does not carry (CISA) too, and how each posting asks.
    const credentialsAsked = askedInPostings(personReaderOf(data), await Promise.all((values.posting ?? []).map(readPosting)), data.credentials.notCarried);
    const person = personFrom(
      {
        credentialsHeld: heldCredentials(data, values.held),
        currentRole: values.job?.trim() || undefined,
        yearsExperience: amount('years', values.years, 0, 60),
        // The role too, so work the role accepts (a plant's control systems for OT security) counts toward experience rules, as in the chat.
        gapReport: { role: role.id, credentialsAsked },
        // What --have says they use, as the chat keeps it: a beginner's course on their own work does not lead the path.
        ...(values.have !== undefined ? { skills: heldFrom(data, values.have).have } : {}),
      },
      (text) => data.roleMatcher.match(text),
      (id) => data.credentials.byId.has(id),
    );
    const gapsSource = (values.posting ?? []).length > 0 ? ('postings' as const) : undefined;
    const rec = recommend({ credentials: data.credentials.credentials, index: data.credentialIndex, role, gaps, gapsSource, situation, person, done, tuition: data.credentials.degreeTuition, roles: data.catalog.roles.byId, notCarried: data.credentials.notCarried });
    const index = data.credentialIndex;
    if (!values.json) {
      const lines = rec.picks.map((pick, i) => pickLine(pick, index, rec.warnings[pick.credential.id] ?? [], i + 1, hoursPerWeek, person.asked?.find((a) => a.id === pick.credential.id)));
      const check = priceCheckLine(rec.picks);
      return [`Top picks for ${role.name}:`, ...lines, ...(check ? [check] : []), '', stackText(rec, index, {}, undefined, person.asked), '', rec.roi.sentence, '', ...comparisonLines(rec, false), '', ...planReplies(rec.plan).flatMap((reply) => renderPlain(reply))].join('\n');
    }
    const pickJson = (pick: ScoredCredential) => ({
      id: pick.credential.id,
      name: pick.credential.name,
      provider: pick.credential.provider,
      totalCostUsd: dollars(pick.cost.expectedCents),
      weeks: pick.time.known ? pick.time.weeks : null,
      hours: pick.time.known ? pick.time.hours : null,
      hoursSource: pick.time.known ? pick.time.source : null,
      hoursBasis: pick.time.known ? pick.time.basis : null,
      level: pick.credential.level,
      vendor: pick.credential.vendor,
      experience: pick.credential.experience.says,
      fit: (rec.fit[pick.credential.id] ?? []).map(({ kind, text }) => ({ kind, text })),
      score: Math.round(pick.score * 1000) / 1000,
      covers: pick.coverage.covered.map((g) => g.skill),
      coversText: coveredText(index, pick.coverage.covered),
      flags: pick.flags,
      goodNews: pick.goodNews,
    });
    const warnings = [...Object.values(rec.warnings).flat(), ...rec.planWarnings];
    return JSON.stringify({
      role: { id: role.id, name: role.name },
      gaps,
      picks: rec.picks.map(pickJson),
      stack: {
        ids: rec.stack.members.map((m) => m.credential.id),
        covered: rec.stack.coverage.covered.map((g) => g.skill),
        uncovered: rec.stack.uncovered.map((g) => g.skill),
        totalCostUsd: dollars(rec.stack.expectedCents),
        nowUsd: dollars(rec.stack.nowCents),
        certifyLaterUsd: dollars(rec.stack.laterCents),
        weeks: rec.stack.weeks,
        path: {
          sentence: rec.stack.path.sentence,
          steps: rec.stack.members.map((m) => ({ id: m.credential.id, name: m.credential.name, level: m.credential.level, vendor: m.credential.vendor, reach: m.reach })),
          next: rec.stack.path.next ?? null,
        },
      },
      // Credentials the postings name that the picks do not show, said beside the advice (no figures for one the catalog does not carry).
      postingsName: rec.postingsName.map((n) => ({ id: n.id, name: n.name, share: n.asked.share, totalCostUsd: n.pick ? dollars(n.pick.cost.expectedCents) : null, weeks: n.pick?.time.known ? n.pick.time.weeks : null, checkAt: n.checkAt ?? null })),
      setAside: rec.setAside.map((s) => ({ id: s.id, name: s.name, kind: s.note.kind, text: s.note.text })),
      readyFirst: rec.readyFirst,
      warnings: [...new Map(warnings.map((w) => [`${w.kind}:${w.text}`, { code: w.kind, message: w.text }])).values()],
      plan: rec.plan.steps.map(({ step, title, due, done }) => ({ step, title, due, done })),
      // The sentence in words: JSON readers get no date marks (its `date` stays ISO for machines).
      deadline: rec.plan.deadline ? { date: rec.plan.deadline.date, fits: rec.plan.deadline.fits, text: marksAsWords(rec.plan.deadline.text) } : null,
      roi: {
        targetPay: dollars(rec.roi.targetPayCents),
        payBasis: rec.roi.targetPayCents === null ? null : PAY_BASIS,
        payChange: dollars(rec.roi.payChangeCents),
        paybackMonths: rec.roi.paybackMonths === null ? null : Math.round(rec.roi.paybackMonths * 10) / 10,
        source: rec.roi.source,
        sentence: rec.roi.sentence,
      },
    });
  },
);
