import type { CatalogCredential } from '../data/credentials-schema.js';
import { addWeeks, isoDay } from './dates.js';
import { checkHoursPerWeek } from './situation.js';
import { timeForHours, timeToFinish, type StudyTime } from './time-to-finish.js';

/**
 * The six-step plan of the seeds, from research to the first paycheck, each step dated from
 * `today` at the learner's hours a week: a step of h hours takes ceil(h ÷ hours a week) weeks and
 * starts when the one before ends. Networking runs alongside studying and the portfolio. Study
 * time comes from the catalog's hours (time-to-finish.ts) or the learner's own estimate; when
 * neither exists, the dates from there on are left empty rather than guessed.
 *
 * The hours for research, selection and the portfolio piece and the job-search window are
 * planning assumptions (PLAN_HOURS, JOB_SEARCH_WEEKS), listed in the plan, not sourced figures.
 */

export const PLAN_HOURS = { research: 6, select: 4, portfolioWithCapstone: 20, portfolioOwnProject: 40 } as const;
export const JOB_SEARCH_WEEKS = 12;
const PROJECT_METHODS = new Set(['capstone', 'portfolio-project']);

export type PlanStepKey = 'research' | 'select' | 'enroll' | 'portfolio' | 'network' | 'interview';

export interface PlanStep {
  readonly step: number;
  readonly key: PlanStepKey;
  readonly title: string;
  readonly actions: readonly string[];
  /** Hours taken from the weekly study time: 0 for a step that runs alongside, null for the job search (a calendar window) or unknown study hours. */
  readonly hours: number | null;
  /** YYYY-MM-DD; null when an earlier step's length is unknown. */
  readonly start: string | null;
  readonly due: string | null;
  readonly note?: string;
}

export interface Milestone {
  readonly id: string;
  readonly name: string;
  readonly time: StudyTime;
  readonly due: string | null;
}

export interface ActionPlan {
  readonly steps: readonly PlanStep[];
  readonly milestones: readonly Milestone[];
  readonly schedule: { readonly sessions: number; readonly hoursPerSession: number; readonly text: string };
  readonly assumptions: readonly string[];
}

export interface PlanInput {
  /** The credentials to take, in study order (a stack's members). */
  readonly credentials: readonly CatalogCredential[];
  readonly hoursPerWeek: number;
  readonly today: Date;
  /** The learner's own hours for credentials the catalog has no hours for, by credential id. */
  readonly ownHours?: Readonly<Record<string, number>>;
  readonly jobSearchWeeks?: number;
}

/** Sessions of about two hours, at most five a week, in half hours. */
export function weeklySchedule(hoursPerWeek: number): ActionPlan['schedule'] {
  const sessions = Math.min(5, Math.max(1, Math.round(hoursPerWeek / 2)));
  const hoursPerSession = Math.round((hoursPerWeek / sessions) * 2) / 2;
  return { sessions, hoursPerSession, text: `${hoursPerWeek} h a week: ${sessions} session${sessions === 1 ? '' : 's'} of about ${hoursPerSession} h, booked in your calendar like appointments` };
}

export function actionPlan(input: PlanInput): ActionPlan {
  const { hoursPerWeek, today, credentials } = input;
  checkHoursPerWeek(hoursPerWeek);
  if (Number.isNaN(today.getTime())) throw new RangeError('today must be a valid date');
  const weeksFor = (hours: number) => Math.ceil(hours / hoursPerWeek);
  const day = (week: number | null) => (week === null ? null : isoDay(addWeeks(today, week)));
  const afterResearch = weeksFor(PLAN_HOURS.research);
  const afterSelect = afterResearch + weeksFor(PLAN_HOURS.select);

  const milestones: Milestone[] = [];
  let afterStudy: number | null = afterSelect;
  for (const credential of credentials) {
    const own = input.ownHours?.[credential.id];
    const time = own === undefined ? timeToFinish(credential, hoursPerWeek) : timeForHours(own, hoursPerWeek, `your estimate of ${own} h`);
    afterStudy = afterStudy === null || !time.known ? null : afterStudy + time.weeks;
    milestones.push({ id: credential.id, name: credential.name, time, due: day(afterStudy) });
  }
  const hasProject = credentials.some((c) => c.assessment.some((m) => PROJECT_METHODS.has(m)));
  const portfolioHours = hasProject ? PLAN_HOURS.portfolioWithCapstone : PLAN_HOURS.portfolioOwnProject;
  const afterPortfolio = afterStudy === null ? null : afterStudy + weeksFor(portfolioHours);
  const searchWeeks = input.jobSearchWeeks ?? JOB_SEARCH_WEEKS;
  const schedule = weeklySchedule(hoursPerWeek);
  const names = credentials.map((c) => c.name);
  const undated = milestones.filter((m) => !m.time.known).map((m) => m.name);

  const studyHours = milestones.reduce<number | null>((sum, m) => (sum === null || !m.time.known ? null : sum + m.time.hours), 0);
  const steps: PlanStep[] = [
    {
      step: 1,
      key: 'research',
      title: 'Research market demand',
      hours: PLAN_HOURS.research,
      start: day(0),
      due: day(afterResearch),
      actions: [
        'List the three tech roles you want from job boards (LinkedIn, Indeed).',
        'Read 10 to 15 postings and note the skills and certifications that keep coming up.',
        'Paste them into the gap interview so your gaps follow real demand.',
      ],
    },
    {
      step: 2,
      key: 'select',
      title: 'Select the credential',
      hours: PLAN_HOURS.select,
      start: day(afterResearch),
      due: day(afterSelect),
      actions: [
        'Apply the three-factor test: market demand, your skill gap, provider credibility.',
        "Check every price and fee on the provider's page before paying.",
        'Audit a free version first where there is one.',
      ],
    },
    {
      step: 3,
      key: 'enroll',
      title: 'Enroll and study on a weekly schedule',
      hours: studyHours,
      start: day(afterSelect),
      due: day(afterStudy),
      actions: [
        names.length > 0 ? `Enroll in ${names.join(', then ')}.` : 'Enroll in the credential you selected.',
        schedule.text,
        ...milestones.map((m) => `Finish ${m.name}${m.due ? ` by ${m.due}` : ''}.`),
      ],
      note: undated.length > 0 ? `No hours published for ${undated.join(', ')}: enter your own estimate from the provider's page to date the rest of the plan.` : undefined,
    },
    {
      step: 4,
      key: 'portfolio',
      title: 'Build the portfolio piece',
      hours: portfolioHours,
      start: day(afterStudy),
      due: day(afterPortfolio),
      actions: [
        hasProject ? 'Complete the capstone and push it to GitHub.' : 'No capstone included: build a project on real data from your own field and push it to GitHub.',
        'Write a one-page case study and feature it on your LinkedIn profile.',
      ],
    },
    {
      step: 5,
      key: 'network',
      title: 'Network with intent',
      hours: 0,
      start: day(afterSelect),
      due: day(afterPortfolio),
      note: 'Runs alongside steps 3 and 4.',
      actions: [
        "Join the program's community (alumni Slack or forum).",
        'Attend two local meetups.',
        'Ask three hiring managers or practitioners for informational interviews, and a peer for a mock interview.',
      ],
    },
    {
      step: 6,
      key: 'interview',
      title: 'Interview and negotiate',
      hours: null,
      start: day(afterPortfolio),
      due: day(afterPortfolio === null ? null : afterPortfolio + searchWeeks),
      actions: ['Tell STAR stories: your past experience plus the new skill solving a business problem.', "Negotiate against the role's pay benchmark."],
    },
  ];
  return {
    steps,
    milestones,
    schedule,
    assumptions: [
      `Planning figures, not sourced: research ${PLAN_HOURS.research} h, selection ${PLAN_HOURS.select} h, portfolio ${portfolioHours} h, job search ${searchWeeks} weeks.`,
      `Study weeks use the catalog's hours at your ${hoursPerWeek} h a week.`,
    ],
  };
}
