import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CatalogCredential } from '../data/credentials-schema.js';
import { weeklySchedule } from '../credentials/action-plan.js';
import { formatUsd } from '../credentials/money.js';
import { lineSource } from '../credentials/figure-words.js';
import { trueCost } from '../credentials/true-cost.js';

/**
 * The plan a person takes away (Markdown, iCalendar, JSON), built from what their profile keeps:
 * the dated steps, the chosen credentials, hours a week and budget. One document feeds every
 * format, so the chat's `export` and `pivot plan` say the same thing. Pure: the catalog and the
 * moment of export are given.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/** What the export reads from a profile; validated here because the profile is stored JSON. */
export const planSourceSchema = z.object({
  plan: z.object({
    steps: z.array(z.object({ step: z.number().int().min(1), title: z.string().min(1), due: day.nullable(), done: z.boolean().optional() })).min(1),
    names: z.array(z.string()),
  }),
  credentialPick: z.object({ ids: z.array(z.string()).default([]), names: z.array(z.string()), at: z.string().optional() }).optional(),
  hoursPerWeek: z.number().positive().optional(),
  budgetUsd: z.number().min(0).optional(),
});
export type PlanSource = z.infer<typeof planSourceSchema>;

/** The horizon of the credential pick's "true cost": three years, renewals included. */
export const COST_HORIZON_MONTHS = 36;

export interface PlanCostLine {
  readonly text: string;
  /** Where the figure was seen and when, in words for the person ("seen on a third-party website, certqna.pages.dev, as of May 2026, …"). */
  readonly says: string;
  /** Where the figure was seen, as the catalog records it: for a reader of the JSON, never the Markdown. */
  readonly source: string;
  readonly asOf: string;
  readonly verified: boolean;
}

export interface PlanCredential {
  readonly id: string;
  readonly name: string;
  readonly provider: string;
  /** Expected total over COST_HORIZON_MONTHS in US dollars; null when unknown (never counted as $0). */
  readonly totalUsd: number | null;
  readonly totalText: string;
  readonly costs: readonly PlanCostLine[];
  /** "check the price on the provider's page before paying" and the like, said as they are. */
  readonly checks: readonly string[];
}

export interface PlanDocument {
  /** Stable for one plan: the calendar's UIDs derive from it, so a re-import updates instead of duplicating. */
  readonly id: string;
  readonly title: string;
  /** The UTC day the plan was made (YYYY-MM-DD), for a reader of the JSON; the Markdown says `madeAt`'s day where the person is. */
  readonly madeOn: string | null;
  /** The moment the plan was made (an ISO instant), when the pick kept it. */
  readonly madeAt: string | null;
  readonly steps: readonly { readonly step: number; readonly title: string; readonly due: string | null; readonly done: boolean }[];
  readonly credentials: readonly PlanCredential[];
  readonly hoursPerWeek: number | null;
  readonly budgetUsd: number | null;
  readonly routine: { readonly sessions: number; readonly hoursPerSession: number; readonly text: string } | null;
  /** First and last day of the weekly study block: from the first open step to the portfolio piece's due date. */
  readonly studyFrom: string | null;
  readonly studyUntil: string | null;
  /** The last dated step: where the plan ends. */
  readonly finish: string | null;
  readonly totalUsd: number | null;
}

const listOf = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function planId(source: PlanSource): string {
  // The pick's time identifies one plan; a plan without it is identified by its content.
  const basis = source.credentialPick?.at ?? JSON.stringify([source.plan.names, source.plan.steps.map((s) => [s.step, s.title])]);
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}

function credentialCosts(credential: CatalogCredential, hoursPerWeek: number): PlanCredential {
  const cost = trueCost(credential, { hoursPerWeek, horizonMonths: COST_HORIZON_MONTHS });
  const totalUsd = cost.expectedCents === null ? null : cost.expectedCents / 100;
  return {
    id: credential.id,
    name: credential.name,
    provider: credential.provider,
    totalUsd,
    totalText: cost.expectedCents === null ? `total unknown: ${cost.unknownReason ?? 'I have no current price for it'}` : `${formatUsd(cost.expectedCents)} over 3 years`,
    costs: [...cost.items, ...cost.optional].map((item) => ({
      text: `${item.text}${cost.optional.includes(item) ? ' (only if you need it)' : ''}`,
      says: lineSource(item.line, credential),
      source: item.line.source,
      asOf: item.line.asOf,
      verified: item.line.verifiedOnProviderPage,
    })),
    checks: cost.flags,
  };
}

/** Ten hours a week when the profile lacks them: only used to count monthly fees, and said in the document. */
const HOURS_FALLBACK = 10;

export function planDocument(source: PlanSource, credentials: ReadonlyMap<string, CatalogCredential>): PlanDocument {
  const { plan } = source;
  const hoursPerWeek = source.hoursPerWeek ?? null;
  const steps = [...plan.steps].sort((a, b) => a.step - b.step).map((s) => ({ step: s.step, title: s.title, due: s.due, done: s.done === true }));
  const chosen = (source.credentialPick?.ids ?? []).flatMap((id) => credentials.get(id) ?? []);
  const priced = chosen.map((c) => credentialCosts(c, hoursPerWeek ?? HOURS_FALLBACK));
  const dated = steps.flatMap((s) => (s.due ? [s.due] : []));
  const firstOpen = steps.find((s) => !s.done);
  const started = steps.filter((s) => s.done && s.due).map((s) => s.due as string);
  // Studying starts once the done steps end (or the day the plan was made) and runs to the portfolio piece (step 4).
  const studyFrom = started.at(-1) ?? source.credentialPick?.at?.slice(0, 10) ?? dated[0] ?? null;
  const portfolio = steps.find((s) => s.step === 4)?.due ?? null;
  const totals = priced.map((c) => c.totalUsd);
  return {
    id: planId(source),
    title: `Your plan: ${listOf(plan.names) || 'your next steps'}`,
    madeOn: source.credentialPick?.at?.slice(0, 10) ?? null,
    madeAt: source.credentialPick?.at ?? null,
    steps,
    credentials: priced,
    hoursPerWeek,
    budgetUsd: source.budgetUsd ?? null,
    routine: hoursPerWeek === null ? null : weeklySchedule(hoursPerWeek),
    studyFrom: firstOpen ? studyFrom : null,
    studyUntil: firstOpen ? portfolio : null,
    finish: dated.length > 0 ? [...dated].sort().at(-1) ?? null : null,
    totalUsd: totals.length > 0 && totals.every((t) => t !== null) ? totals.reduce<number>((sum, t) => sum + (t ?? 0), 0) : null,
  };
}

/** "Friday 14 May 2027": a plan date in words (now in src/dates, with the marks chat replies carry). */
export { dayInWords } from '../dates/date-marks.js';
