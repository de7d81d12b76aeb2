/**
 * How a plan moves as the weeks go by, from weekly check-ins: the step this week is about, a step
 * marked done, the steps still open moved later when the person is behind, and where the plan
 * now ends. Pure: dates are YYYY-MM-DD calendar days, as the plan stores them.
 */

export interface PlanStepState {
  readonly step: number;
  readonly title: string;
  readonly due: string | null;
  readonly done?: boolean;
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The first step not done yet, in plan order: what this week is about. */
export const currentStep = <S extends PlanStepState>(steps: readonly S[]): S | undefined => [...steps].sort((a, b) => a.step - b.step).find((s) => !s.done);

/** The step marked done, dated the day it was said. */
export const markDone = <S extends PlanStepState>(steps: readonly S[], step: number, today: string): S[] => steps.map((s) => (s.step === step ? { ...s, done: true, due: today } : s));

/**
 * Days to move the open steps when `hoursDone` of `hoursPlanned` were studied this week: the
 * shortfall at the person's pace, in whole days (none when on track or ahead).
 */
export function slipDays(hoursPlanned: number, hoursDone: number): number {
  if (hoursPlanned <= 0 || hoursDone >= hoursPlanned) return 0;
  return Math.ceil(((hoursPlanned - hoursDone) / hoursPlanned) * 7);
}

/** The open steps with a date moved `days` later; done steps keep theirs. */
export const shiftOpen = <S extends PlanStepState>(steps: readonly S[], days: number): S[] => steps.map((s) => (s.done || s.due === null || days === 0 ? s : { ...s, due: addDays(s.due, days) }));

/** The last date in the plan: when it is projected to end. */
export function projectedFinish(steps: readonly PlanStepState[]): string | null {
  const dated = steps.flatMap((s) => (s.due ? [s.due] : [])).sort();
  return dated.at(-1) ?? null;
}

export interface PlanProgress {
  readonly done: number;
  readonly of: number;
  /** Hours the person said they studied, from their check-ins. */
  readonly hoursLogged: number;
  /** Hours a week × whole weeks since the plan was made: what the plan asked for so far. */
  readonly hoursPlanned: number | null;
  readonly finish: string | null;
  readonly next: PlanStepState | undefined;
}

/** `weeks`: how many weeks the plan has run, when the caller counted them (progress-weeks.ts); else whole weeks since `madeAt`. */
export function planProgress(input: { steps: readonly PlanStepState[]; hoursPerWeek?: number; madeAt?: string; hoursLogged: number; today: Date; weeks?: number }): PlanProgress {
  const weeks = input.weeks !== undefined ? input.weeks : input.madeAt ? Math.max(0, Math.floor((input.today.getTime() - Date.parse(input.madeAt)) / (7 * DAY_MS))) : null;
  return {
    done: input.steps.filter((s) => s.done).length,
    of: input.steps.length,
    hoursLogged: input.hoursLogged,
    hoursPlanned: weeks === null || input.hoursPerWeek === undefined ? null : weeks * input.hoursPerWeek,
    finish: projectedFinish(input.steps),
    next: currentStep(input.steps),
  };
}
