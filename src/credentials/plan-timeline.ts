import type { CatalogCredential } from '../data/credentials-schema.js';
import { timeForHours, timeToFinish, type StudyTime } from './time-to-finish.js';

/**
 * When each part of the plan ends, in whole weeks from today, at a number of hours a week: reading
 * postings, choosing, each credential, the portfolio piece and the job search, one after the other.
 * A step of h hours takes ceil(h ÷ hours a week) weeks. Pure, so the plan can be dated at the
 * person's hours and counted again at other hours to say exactly what would fit their deadline.
 *
 * The hours for research, selection and the portfolio piece and the job-search window are
 * planning assumptions (PLAN_HOURS, JOB_SEARCH_WEEKS), said as such in the plan. The portfolio
 * piece's hours grow with what it must teach: its base (20 hours finishing a capstone, 40 building
 * a piece of one's own) plus 20 hours for each top gap nothing else in the plan teaches, since the
 * piece is then where that skill is learnt from scratch. The 20 hours per skill is the plan's own
 * unit for one focused piece of work (the capstone figure), not a measured figure.
 */

export const PLAN_HOURS = { research: 6, select: 4, portfolioWithCapstone: 20, portfolioOwnProject: 40, perSkillToLearn: 20 } as const;
export const JOB_SEARCH_WEEKS = 12;
const PROJECT_METHODS: ReadonlySet<string> = new Set(['capstone', 'portfolio-project']);

/** A credential whose assessment is a project: finishing it is most of the portfolio piece. */
export const hasCapstone = (credentials: readonly CatalogCredential[]): boolean => credentials.some((c) => c.assessment.some((m) => PROJECT_METHODS.has(m)));

export interface TimelineInput {
  /** What is studied, in order. */
  readonly credentials: readonly CatalogCredential[];
  /** The learner's own hours for credentials the catalog has no hours for, by credential id. */
  readonly ownHours?: Readonly<Record<string, number>>;
  readonly researched: boolean;
  readonly selected: boolean;
  /** How many top gaps the portfolio piece must teach from scratch. */
  readonly toLearn: number;
  readonly jobSearchWeeks: number;
}

export interface StudyEnd {
  readonly credential: CatalogCredential;
  readonly time: StudyTime;
  /** The week it is finished; null from a credential without hours on. */
  readonly end: number | null;
}

export interface Timeline {
  readonly afterResearch: number;
  readonly afterSelect: number;
  readonly study: readonly StudyEnd[];
  readonly afterStudy: number | null;
  readonly portfolioBase: number;
  readonly portfolioHours: number;
  readonly afterPortfolio: number | null;
  readonly afterSearch: number | null;
}

export function timeline(input: TimelineInput, hoursPerWeek: number): Timeline {
  const weeksFor = (hours: number) => Math.ceil(hours / hoursPerWeek);
  // Without a credential there is nothing to select or study: the portfolio piece follows the research.
  const none = input.credentials.length === 0;
  const afterResearch = input.researched ? 0 : weeksFor(PLAN_HOURS.research);
  const afterSelect = afterResearch + (input.selected || none ? 0 : weeksFor(PLAN_HOURS.select));
  const study: StudyEnd[] = [];
  let afterStudy: number | null = afterSelect;
  for (const credential of input.credentials) {
    const own = input.ownHours?.[credential.id];
    const time = own === undefined ? timeToFinish(credential, hoursPerWeek) : timeForHours(own, hoursPerWeek, `your estimate of ${own} h`);
    afterStudy = afterStudy === null || !time.known ? null : afterStudy + time.weeks;
    study.push({ credential, time, end: afterStudy });
  }
  const portfolioBase = hasCapstone(input.credentials) ? PLAN_HOURS.portfolioWithCapstone : PLAN_HOURS.portfolioOwnProject;
  const portfolioHours = portfolioBase + input.toLearn * PLAN_HOURS.perSkillToLearn;
  const afterPortfolio = afterStudy === null ? null : afterStudy + weeksFor(portfolioHours);
  const afterSearch = afterPortfolio === null ? null : afterPortfolio + input.jobSearchWeeks;
  return { afterResearch, afterSelect, study, afterStudy, portfolioBase, portfolioHours, afterPortfolio, afterSearch };
}
