import type { DegreeTuition } from '../data/credentials-schema.js';
import { weeksText } from './time-to-finish.js';
import type { Role } from '../data/roles-schema.js';
import { formatUsd, toCents } from './money.js';
import { rolePay, roi, type Roi } from './roi.js';
import type { ScoredCredential } from './score-credential.js';
import type { Situation } from './situation.js';
import { horizonText } from './true-cost.js';
import { listOf } from '../roles/suggest-roles.js';
import type { DegreeHeldJob, StatedDegree } from './degree-held.js';

/**
 * The top pick, a formal certification and a degree side by side: cost, time, return.
 *
 * The certification is the best-ranked industry certification other than the top pick. The
 * catalog has no degree, and the seeds' degree prices are unsourced marketing claims, so the
 * degree's cost and length are inputs: when they are absent the column says so and computes
 * nothing. Every text is said to the person as it is.
 */

export const NO_SOURCED_FIGURE = 'no sourced figure';

export interface DegreeInputs {
  readonly label?: string;
  readonly costUsd?: number;
  readonly months?: number;
  /** Where the figures come from (the program's own page), shown with them. */
  readonly source?: string;
}

export interface ComparisonColumn {
  readonly kind: 'top-pick' | 'certification' | 'degree';
  /** The credential or degree compared; null when there is none to show. */
  readonly name: string | null;
  readonly costCents: number | null;
  readonly costText: string;
  readonly weeks: number | null;
  readonly timeText: string;
  readonly roi: Roi | null;
  readonly roiText: string;
}

function pickColumn(kind: 'top-pick' | 'certification', pick: ScoredCredential | undefined, situation: Situation): ComparisonColumn {
  if (!pick) {
    const none = kind === 'top-pick' ? 'no credential covers your gaps' : 'no industry certification in my catalog covers your gaps';
    return { kind, name: null, costCents: null, costText: none, weeks: null, timeText: none, roi: null, roiText: '' };
  }
  const { cost, time } = pick;
  return {
    kind,
    name: pick.credential.name,
    costCents: cost.expectedCents,
    costText: cost.expectedCents === null ? 'price unknown: check the provider' : `${formatUsd(cost.expectedCents)} over ${horizonText(cost.horizonMonths)}`,
    weeks: time.known ? time.weeks : null,
    timeText: time.known ? `about ${weeksText(time.weeks)} at ${situation.hoursPerWeek} hours a week (${time.basis})` : 'time unknown',
    roi: pick.roi,
    roiText: pick.roi.short,
  };
}

/**
 * The degree compared when the person gives none: the first sector of the catalog's published
 * tuition (College Board's average sticker price) × the years of a degree, the other sectors named
 * with their totals. Sticker prices: grants lower what many people pay.
 */
export function tuitionDegree(tuition: DegreeTuition): DegreeInputs {
  const [first, ...rest] = tuition.sectors;
  if (!first) return {};
  const total = (annualUsd: number) => formatUsd(toCents(annualUsd * tuition.years));
  const others = rest.length > 0 ? `; ${listOf(rest.map((r) => `${total(r.annualUsd)} at ${r.says}`))}` : '';
  return {
    label: `a degree at ${first.says}`,
    costUsd: first.annualUsd * tuition.years,
    months: tuition.years * 12,
    source: `${tuition.edition}: average published tuition and fees for ${tuition.academicYear}, ${formatUsd(toCents(first.annualUsd))} a year for ${tuition.years} years${others}`,
  };
}

function degreeColumn(degree: DegreeInputs, role: Role, situation: Situation): ComparisonColumn {
  const source = degree.source ? `, from ${degree.source}` : ', your figure';
  const costCents = degree.costUsd === undefined ? null : toCents(degree.costUsd);
  const weeks = degree.months === undefined ? null : Math.ceil((degree.months * 52) / 12);
  const degreeRoi = costCents === null ? null : roi(costCents, rolePay(role), situation.currentPayUsd, situation.currentIncome);
  return {
    kind: 'degree',
    name: degree.label ?? 'a degree',
    costCents,
    costText: costCents === null ? "I have no sourced price for a degree: enter the program's own price to compare" : `${formatUsd(costCents)}${source}`,
    weeks,
    timeText: degree.months === undefined ? "enter the program's length to compare" : degree.months % 12 === 0 ? `${degree.months / 12} years of full-time study` : `${degree.months} months of full-time study`,
    roi: degreeRoi,
    roiText: degreeRoi === null ? 'No payback to work out without its price.' : `${degreeRoi.short} Pay lost while studying is not counted.`,
  };
}

/**
 * The degree column for a person who said they hold a degree, or whose job implies one (degree-held.ts): no first
 * four-year degree is priced for them, since they would never take one again; the column says why,
 * and that the fair comparison, a graduate certificate, has no sourced price in my notes.
 */
function degreeHeldColumn(held: DegreeHeldJob | StatedDegree): ComparisonColumn {
  const why = 'said' in held ? `you told me "${held.said}"` : `a ${lowerFirst(held.name.replace(/\s*\([^)]*\)/g, ''))}'s licence needs ${held.degree}`;
  const text = `You already hold a degree (${why}), so I leave out a four-year degree; a graduate certificate would be the fair comparison, and I have no sourced price for one`;
  return { kind: 'degree', name: null, costCents: null, costText: text, weeks: null, timeText: text, roi: null, roiText: '' };
}
const lowerFirst = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

/**
 * Three columns: the top of `ranked`, its best industry certification (not the top pick), a degree;
 * for someone who already holds a degree, the degree column says so instead of pricing a first one.
 */
export function sideBySide(ranked: readonly ScoredCredential[], role: Role, situation: Situation, degree: DegreeInputs = {}, degreeHeld?: DegreeHeldJob | StatedDegree): ComparisonColumn[] {
  const [top] = ranked;
  const certification = ranked.find((pick) => pick !== top && pick.credential.kind === 'industry-certification');
  return [pickColumn('top-pick', top, situation), pickColumn('certification', certification, situation), degreeHeld ? degreeHeldColumn(degreeHeld) : degreeColumn(degree, role, situation)];
}
