import { checkinsOf, hoursLogged } from '../src/checkins/checkin-profile.js';
import { defineFlow } from '../src/engine/flow.js';
import type { Flow } from '../src/engine/flow.js';
import type { Reply } from '../src/engine/reply.js';
import { dayMark } from '../src/dates/date-marks.js';
import { personZone } from '../src/dates/person-zone.js';
import { planProgress } from '../src/plan/plan-progress.js';
import { progressWeeks, type ProgressWeeks } from '../src/plan/progress-weeks.js';
import { profileOf } from './profile.js';

type Chart = Extract<Reply, { kind: 'chart' }>;

/** Weeks the text bars show: the picture has them all, the text the recent ones. */
const RECENT_WEEKS = 12;

/**
 * The study-hours chart: in words (the rows), the hours said for each recent week; as a picture
 * (`weeks`), hours logged so far against planned with the steps done marked. None before a
 * check-in was answered: with nothing logged the picture would only show the plan running away.
 */
export function hoursChart(weeks: ProgressWeeks, answered: boolean): Chart | undefined {
  const shown = weeks.points.filter((p) => p.week > 0).slice(-RECENT_WEEKS);
  if (!answered || shown.length === 0) return undefined;
  const note = { no: ' (no check-in)', skipped: ' (skipped)', yes: '' } as const;
  return {
    kind: 'chart',
    title: weeks.perWeek === null ? 'Your study hours, week by week' : `Your study hours, week by week (plan: ${weeks.perWeek} a week)`,
    unit: ' h',
    rows: shown.map((p) => ({ label: `Week ${p.week}${note[p.answered]}`, value: p.hours })),
    weeks: {
      points: weeks.points.map((p) => ({ week: p.week, logged: p.loggedSoFar, planned: p.plannedSoFar })),
      steps: [...weeks.steps],
    },
  };
}

/**
 * `progress`: the plan so far (steps done, hours logged against planned, projected finish), then
 * the interview practice scores as practice's own view shows them. Registered after that view,
 * so the word leads here and both are said.
 */
export function planProgressReplies(profile: Readonly<Record<string, unknown>>, now: Date): Reply[] {
  const { plan, hoursPerWeek, credentialPick, checkins } = profileOf({ profile });
  if (!plan) return [];
  const madeAt = credentialPick?.at;
  const weeks = madeAt
    ? progressWeeks({ madeAt, steps: plan.steps, answers: checkins?.log ?? [], hoursBefore: checkins?.hoursBefore, hoursPerWeek, today: now, timeZone: checkins?.when?.timeZone })
    : undefined;
  // The card's hours planned count the weeks the chart draws, so the two never disagree.
  const p = planProgress({ steps: plan.steps, hoursPerWeek, madeAt, hoursLogged: hoursLogged(checkinsOf(profile)), today: now, weeks: weeks?.points.at(-1)?.week });
  // Dates marked for each platform to show in the person's calendar (src/dates/date-marks.ts).
  const dayInWords = (day: string) => dayMark(day, personZone(profile));
  const fields = [
    { label: 'Steps done', value: `${p.done} of ${p.of}` },
    ...(p.next ? [{ label: 'Now', value: `step ${p.next.step}, ${p.next.title}${p.next.due ? `, by ${dayInWords(p.next.due)}` : ''}` }] : []),
    { label: 'Hours', value: p.hoursPlanned === null ? `${p.hoursLogged} logged` : `${p.hoursLogged} logged of ${p.hoursPlanned} planned so far (${hoursPerWeek} a week)` },
    { label: 'Projected finish', value: p.finish ? dayInWords(p.finish) : 'not dated yet' },
    ...plan.steps.map((s) => ({ label: `${s.step}. ${s.title}`, value: s.done ? `done on ${s.due ? dayInWords(s.due) : 'a date not kept'}` : s.due ? `by ${dayInWords(s.due)}` : 'date to be set' })),
  ];
  const chart = weeks ? hoursChart(weeks, (checkins?.log.length ?? 0) > 0) : undefined;
  return [{ kind: 'card', title: 'Your plan so far', fields }, ...(chart ? [chart] : [])];
}

export function createProgressFlow(practiceProgress: Flow): Flow {
  return defineFlow({
    id: 'progress',
    title: 'Your progress',
    commands: ['progress'],
    steps: [],
    finish: (ctx) => {
      const plan = planProgressReplies(ctx.profile, ctx.now);
      const practice = practiceProgress.finish(ctx).replies ?? [];
      return { replies: [...plan, ...practice] };
    },
  });
}
