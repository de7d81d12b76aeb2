import type { OtherIncome } from './current-income.js';

/** What the learner tells us, shared by every module that scores, costs or plans for them. */

/** One of the user's gaps as the profile keeps it (gap-report.ts): demand share 0..1. */
export interface Gap {
  readonly skill: string;
  readonly share: number;
  /** "Tableau or Power BI": every skill that meets this demand, `skill` first; absent for one skill. */
  readonly alternatives?: readonly string[];
  /** The demand as the gap report named it ("Tableau or Power BI"); absent for one skill. */
  readonly name?: string;
}

/** The gap as the person read it in their report: "Tableau or Power BI", not just "Tableau". */
export const gapName = (gap: Gap, skillName: (id: string) => string): string => gap.name ?? skillName(gap.skill);

/** Every skill that meets the demand: one credential teaching any of them covers it. */
export const gapSkills = (gap: Gap): readonly string[] => (gap.alternatives && gap.alternatives.length > 0 ? gap.alternatives : [gap.skill]);

export interface Situation {
  /** Hours a week the learner can study. */
  readonly hoursPerWeek: number;
  /** What they can spend over the horizon; absent when they did not say (no budget check). */
  readonly budgetUsd?: number;
  /** Weeks until they want to be done studying; absent when they did not say. */
  readonly deadlineWeeks?: number;
  /** Current yearly pay; absent means ROI cannot be computed (it is never assumed). */
  readonly currentPayUsd?: number;
  /** What currentPayUsd is when it is not pay from work (a pension, benefits), or that there is none: no raise is worked out from it. */
  readonly currentIncome?: OtherIncome;
  /** Months over which costs are totalled; DEFAULT_HORIZON_MONTHS when absent. */
  readonly horizonMonths?: number;
  /** Passed in, never read from the clock, so results are reproducible. */
  readonly today: Date;
}

/** Three years: the span the ROI uses ("return over three years"). */
export const DEFAULT_HORIZON_MONTHS = 36;

export const horizonOf = (situation: Situation): number => situation.horizonMonths ?? DEFAULT_HORIZON_MONTHS;

/** Hours a week to plan with: every week count and date is divided out of it, so it must be a positive number. */
export function checkHoursPerWeek(hoursPerWeek: number): void {
  // Not only 0: a caller that never asked (undefined) would otherwise get NaN weeks and an invalid date.
  if (typeof hoursPerWeek !== 'number' || !Number.isFinite(hoursPerWeek) || hoursPerWeek <= 0) {
    throw new RangeError(`hoursPerWeek must be a positive number, got ${hoursPerWeek}`);
  }
}

/** Rejects inputs that would make the arithmetic meaningless (a zero-hour week divides by zero). */
export function checkSituation(situation: Situation): void {
  const positive = (value: number | undefined, what: string, allowZero = false) => {
    if (value === undefined) return;
    if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
      throw new RangeError(`${what} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${value}`);
    }
  };
  checkHoursPerWeek(situation.hoursPerWeek);
  positive(situation.budgetUsd, 'budgetUsd', true);
  positive(situation.deadlineWeeks, 'deadlineWeeks');
  positive(situation.currentPayUsd, 'currentPayUsd', true);
  positive(situation.horizonMonths, 'horizonMonths');
  if (Number.isNaN(situation.today.getTime())) throw new RangeError('today must be a valid date');
}
