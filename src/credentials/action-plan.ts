import type { CatalogCredential } from '../data/credentials-schema.js';
import { dayMark } from '../dates/date-marks.js';
import { listOf } from '../roles/suggest-roles.js';
import { addWeeks, isoDay } from './dates.js';
import { deadlineCheck, type DeadlineCheck } from './plan-deadline.js';
import { hasCapstone, JOB_SEARCH_WEEKS, PLAN_HOURS, timeline, type TimelineInput } from './plan-timeline.js';
import { checkHoursPerWeek, DEFAULT_HORIZON_MONTHS } from './situation.js';
import { trueCost } from './true-cost.js';
import type { StudyTime } from './time-to-finish.js';

export { JOB_SEARCH_WEEKS, PLAN_HOURS } from './plan-timeline.js';
export type { DeadlineCheck } from './plan-deadline.js';

/**
 * The six-step plan of the seeds, from research to the first paycheck, each step dated from
 * `today` at the learner's hours a week (plan-timeline.ts): a step of h hours takes ceil(h ÷ hours
 * a week) weeks and starts when the one before ends. Networking runs alongside studying and the
 * portfolio. Study time comes from the catalog's hours (every credential has them: the provider's
 * figure or a labelled planning estimate) or the learner's own estimate; only a credential without
 * either leaves the dates from there on empty rather than guessed.
 *
 * Steps the person has already done in the conversation (postings pasted: research; a
 * credential chosen: selection) are marked done on today's date, not repeated as advice. With a
 * deadline, the plan says whether studying ends inside it, which later steps miss it and by how
 * many weeks, and what would fit (plan-deadline.ts).
 *
 * Every credential chosen is dated, each with its own milestone. A path cut for the plan (the rest
 * would run far past the deadline or past a year) names the rungs left for later in the study step,
 * undated: this plan is the part a person can keep.
 *
 * The portfolio step is the role's own piece (data/roles.json `portfolio`: case studies for UX, a
 * home lab for IT support, a project one ran for a PM), shown where that role's work is shown,
 * never GitHub for every role; a capstone is finished and built into that piece. Its hours are a planning estimate (plan-timeline.ts) and
 * the step says how they were counted.
 *
 * With no credential (none closes the person's top gaps, or they chose none), there is nothing to
 * select or enrol in: the plan is research, the role's portfolio piece as the study, networking
 * alongside it and the interviews, dated the same way, and the deadline is checked against the
 * portfolio piece's end.
 */

/** Ways of being assessed that are an exam alone: no course, so no programme with a community of its own. */
const EXAM_METHODS: ReadonlySet<string> = new Set(['proctored-exam', 'online-exam', 'performance-based']);
const examOnly = (c: CatalogCredential) => c.assessment.length > 0 && c.assessment.every((m) => EXAM_METHODS.has(m));

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
  /** Done earlier in the conversation: dated today, with what was done instead of advice. */
  readonly done: boolean;
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
  readonly deadline?: DeadlineCheck;
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
  /** Weeks until the person wants to be done studying. */
  readonly deadlineWeeks?: number;
  /** Steps already done in the conversation. */
  readonly done?: { readonly research?: boolean; readonly select?: boolean };
  /** The target role's portfolio piece (data/roles.json `portfolio`), a sentence to the person. */
  readonly portfolio?: string;

  /**
   * Rungs of the path left for after this plan, by name, in order (best-stack.ts cuts a path that runs
   * far past the deadline or past a year): said in the study step as what comes next, never dated here.
   */
  readonly later?: readonly string[];
  /**
   * The top gaps the portfolio piece is to use, by name: with no credential, the top gaps (learnt by
   * doing); with credentials, the top gaps they leave uncovered, which nothing else in the plan practises.
   */
  readonly practise?: readonly string[];
  /**
   * The role has an entry-level pay figure (roles.json entryPay): the negotiation is then against it;
   * without one (product manager) it is from the person's current pay and the postings' ranges.
   */
  readonly entryPayKnown?: boolean;
  /**
   * The person's IANA zone: `today` is already their calendar day; the dates the plan's sentences
   * name are marked in it (src/dates/date-marks.ts), for each platform to show in its own way.
   */
  readonly timeZone?: string;
  /** The credentials in the plan a posting lets come after hiring, by name: the deadline check then says to apply while studying. */
  readonly afterHire?: readonly string[];
}

/**
 * How to study a credential free when its provider lets you (data/credentials.json freeAudit,
 * financialAid) and earning it costs money: audit it or apply for financial aid, and pay for the
 * certificate (or the exam, for one that ends in an exam) later, when you want it. Nothing for one
 * that is free to earn, or has no free way in: there is nothing to tell apart.
 */
export function freeStudy(credential: CatalogCredential, hoursPerWeek: number, named: boolean): string | undefined {
  const ways = [credential.freeAudit === true && 'audit it', credential.financialAid === true && 'apply for financial aid'].filter((w): w is string => typeof w === 'string');
  if (ways.length === 0 || trueCost(credential, { hoursPerWeek, horizonMonths: DEFAULT_HORIZON_MONTHS }).toEarnCents === 0) return undefined;
  const paid = credential.costs.some((l) => l.type === 'exam' && !l.optional && l.amountUsd > 0) ? 'the exam when you are ready to sit it' : 'the certificate later, when you want it';
  return `You can study ${named ? credential.name : 'it'} free: ${ways.join(', or ')}. Pay for ${paid}.`;
}

/** Sessions of about two hours, at most five a week, in half hours. */
export function weeklySchedule(hoursPerWeek: number): ActionPlan['schedule'] {
  const sessions = Math.min(5, Math.max(1, Math.round(hoursPerWeek / 2)));
  const hoursPerSession = Math.round((hoursPerWeek / sessions) * 2) / 2;
  return { sessions, hoursPerSession, text: `${hoursPerWeek} hours a week: ${sessions} session${sessions === 1 ? '' : 's'} of about ${hoursPerSession} hours, booked in your calendar like appointments.` };
}

/**
 * The portfolio piece's hours said as the planning estimate they are: "Planning estimate: 40 hours
 * for the piece and 20 more for each of the 3 skills it must teach you from scratch, 100 hours in all."
 */
export function portfolioHoursWords(baseHours: number, toLearn: number, total: number): string {
  const each = toLearn === 1 ? 'the skill' : `each of the ${toLearn} skills`;
  return `Planning estimate, not a measured figure: ${baseHours} hours for the piece and ${PLAN_HOURS.perSkillToLearn} more for ${each} it must teach you from scratch, ${total} hours in all.`;
}

/** A piece of work for a role the plan has no portfolio text for (a test's role): no place to show it is assumed. */
const ANY_PIECE = 'Build a piece of work on real data from your own field that uses the skills, and write up what you did and what came of it.';

export function actionPlan(input: PlanInput): ActionPlan {
  const { hoursPerWeek, today, credentials } = input;
  checkHoursPerWeek(hoursPerWeek);
  if (Number.isNaN(today.getTime())) throw new RangeError('today must be a valid date');
  const day = (week: number | null) => (week === null ? null : isoDay(addWeeks(today, week)));
  const researched = input.done?.research === true;
  // Without a credential there is nothing to select or study: the portfolio piece follows the research.
  const none = credentials.length === 0;
  const selected = input.done?.select === true;
  const searchWeeks = input.jobSearchWeeks ?? JOB_SEARCH_WEEKS;
  const counted: TimelineInput = { credentials, ownHours: input.ownHours, researched, selected, toLearn: input.practise?.length ?? 0, jobSearchWeeks: searchWeeks };

  const plan = timeline(counted, hoursPerWeek);
  const { afterResearch, afterSelect, afterStudy, afterPortfolio, afterSearch, portfolioHours } = plan;
  const milestones: Milestone[] = plan.study.map((s) => ({ id: s.credential.id, name: s.credential.name, time: s.time, due: day(s.end) }));
  const baseHours = plan.portfolioBase;
  const toLearn = input.practise?.length ?? 0;
  const schedule = weeklySchedule(hoursPerWeek);
  const names = credentials.map((c) => c.name);
  const unknownHours = milestones.filter((m) => !m.time.known).map((m) => m.name);
  const estimated = milestones.some((m) => m.time.known && m.time.source === 'estimate');
  const later = input.later ?? [];

  const studyHours = milestones.reduce<number | null>((sum, m) => (sum === null || !m.time.known ? null : sum + m.time.hours), 0);
  const practising = input.practise && input.practise.length > 0 ? listOf([...input.practise]) : undefined;
  const several = credentials.length > 1;
  // A top gap the credentials leave uncovered is practised here, or nowhere in the plan.
  const practised = !practising ? '' : none ? ` Use ${practising} in it: they are learnt by doing.` : ` Use ${practising} in it: ${several ? 'your credentials do' : 'your credential does'} not teach ${input.practise?.length === 1 ? 'it' : 'them'}.`;
  const piece = input.portfolio ?? ANY_PIECE;
  // A capstone is most of the piece; the role's text says what the piece is and where that work is shown (a portfolio site for UX, GitHub for code).
  const capstone = input.portfolio ? `Finish the capstone and build your portfolio piece from it. ${input.portfolio}` : 'Finish the capstone and write up what you did and what came of it.';
  const portfolioFirst = `${none ? piece : hasCapstone(credentials) ? capstone : `${piece} ${several ? 'Your credentials have' : 'Your credential has'} no capstone, so this is your evidence.`}${practised}`;
  // An exam has no programme to belong to: its study groups and the vendor's own community stand in for one.
  const community = none
    ? 'Join a community of people who do the job, such as a local user group or an online forum.'
    : credentials.every(examOnly)
      ? `Join a study group for ${several ? 'the exams' : 'the exam'}, or the vendor's own community of people taking ${several ? 'them' : 'it'}.`
      : "Join the program's community, such as its alumni Slack or forum.";
  // No pay figure for the role (said in the gap report): the person's own pay and the postings' ranges are what there is.
  const negotiate = input.entryPayKnown === false ? 'Negotiate from your current pay and the pay ranges in the postings you read, since I have no pay figure for the role.' : "Negotiate against the role's entry-level pay.";
  const drafted: Omit<PlanStep, 'step'>[] = [
    {
      key: 'research',
      title: researched ? 'Read job postings' : 'Research market demand',
      hours: researched ? 0 : PLAN_HOURS.research,
      start: day(0),
      due: day(afterResearch),
      done: researched,
      actions: researched
        ? ['You pasted job postings into the gap interview, so your gaps follow real demand.']
        : [
            'Read 10 to 15 job postings for the role on LinkedIn or Indeed and note the skills and certifications that keep coming up.',
            'Paste them into the gap interview (say `gaps`) so your gaps follow real demand.',
          ],
    },
    {
      key: 'select',
      title: selected ? `Choose the credential${credentials.length > 1 ? 's' : ''}` : 'Select the credential',
      hours: selected ? 0 : PLAN_HOURS.select,
      start: day(selected ? 0 : afterResearch),
      due: day(selected ? 0 : afterSelect),
      done: selected,
      actions: selected
        ? [`You chose ${listOf(names)}.`]
        : ['Weigh market demand, your skill gaps and how well known the provider is.', "Check every price and fee on the provider's page before paying.", 'Audit a free version first where there is one.'],
    },
    {
      key: 'enroll',
      title: 'Enroll and study on a weekly schedule',
      hours: studyHours,
      start: day(afterSelect),
      due: day(afterStudy),
      done: false,
      actions: [
        names.length > 0 ? `Enroll in ${names.join(', then ')}.` : 'Enroll in the credential you selected.',
        ...credentials.flatMap((c) => freeStudy(c, hoursPerWeek, several) ?? []),
        ...(several ? milestones.map((m) => `Finish ${m.name}${m.due ? ` by ${dayMark(m.due, input.timeZone)}` : ''}.`) : []),
        ...(selected ? ["Check every price and fee on the provider's page before paying."] : []),
        ...(later.length > 0 ? [`${later.join(', then ')} can come after this plan, once you have finished; I have not dated ${later.length > 1 ? 'them' : 'it'} here.`] : []),
      ],
      note: unknownHours.length > 0 ? `I have no study hours for ${unknownHours.join(' or ')}: tell me your own estimate from the provider's page to date the rest of the plan.` : undefined,
    },
    {
      key: 'portfolio',
      title: 'Build the portfolio piece',
      hours: portfolioHours,
      start: day(afterStudy),
      due: day(afterPortfolio),
      done: false,
      actions: [portfolioFirst, ...(toLearn > 0 ? [portfolioHoursWords(baseHours, toLearn, portfolioHours)] : []), 'Write a one-page case study and feature it on your LinkedIn profile.'],
    },
    {
      key: 'network',
      title: 'Network with intent',
      hours: 0,
      start: day(afterSelect),
      due: day(afterPortfolio),
      done: false,
      note: none ? 'Runs alongside the portfolio piece.' : 'Runs alongside steps 3 and 4.',
      actions: [
        community,
        'Attend two local meetups.',
        'Ask three hiring managers or practitioners for informational interviews, and a peer for a mock interview.',
      ],
    },
    {
      key: 'interview',
      title: 'Interview and negotiate',
      hours: null,
      start: day(afterPortfolio),
      due: day(afterSearch),
      done: false,
      actions: ['Tell STAR stories: your past experience plus the new skill solving a business problem.', negotiate],
    },
  ];
  const steps: PlanStep[] = drafted.filter((s) => !none || (s.key !== 'select' && s.key !== 'enroll')).map((s, i) => ({ ...s, step: i + 1 }));
  const deadline =
    input.deadlineWeeks === undefined
      ? undefined
      : deadlineCheck({ weeks: input.deadlineWeeks, hoursPerWeek, none, jobSearchWeeks: searchWeeks, at: (h) => (h === hoursPerWeek ? plan : timeline(counted, h)), day: (week) => isoDay(addWeeks(today, week)), timeZone: input.timeZone, ...(input.afterHire?.length ? { afterHire: input.afterHire } : {}) });
  const studyBasis = none ? 'There is no credential to study: the portfolio piece is your evidence.' : estimated ? 'Study weeks use planning estimates where the provider publishes no hours.' : "Study weeks use the providers' own hours.";
  return {
    steps,
    milestones,
    schedule,
    ...(deadline ? { deadline } : {}),
    assumptions: [
      `I assumed ${researched ? '' : `${PLAN_HOURS.research} hours to read postings, `}${selected || none ? '' : `${PLAN_HOURS.select} hours to choose, `}${portfolioHours} hours for the portfolio piece and ${searchWeeks} weeks of job search: change them to your pace.`,
      studyBasis,
    ],
  };
}
