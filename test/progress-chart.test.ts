import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { hoursChart, planProgressReplies } from '../flows/plan-progress.js';
import { chartImages } from '../src/charts/chart-images.js';
import { isWeeksChart, weeksAltText, weeksData, weeksSpec, type WeeksChart } from '../src/charts/progress-spec.js';
import { renderChart, renderPng, renderSvg } from '../src/charts/render-png.js';
import { CHECKIN_LOG_MAX, hoursLogged, logAnswer, type CheckinProfile } from '../src/checkins/checkin-profile.js';
import type { Reply } from '../src/engine/reply.js';
import { progressWeeks, WEEKS_MAX, type CheckinAnswer } from '../src/plan/progress-weeks.js';
import { renderPlain } from '../src/render-plain.js';
import { pngSize } from './support/png-bytes.js';

type Chart = Extract<Reply, { kind: 'chart' }>;

/**
 * Maria's plan, made on Monday 15 March 2027 at 6 hours a week, with check-ins on Fridays at 18:00
 * in Berlin: behind with 4 hours, then done with 6 (step 3 finished that day), no answer the week
 * after, a skip, then behind with 3.
 */
const MADE = '2027-03-15T09:00:00Z';
const STEPS = [
  { step: 1, title: 'Read job postings', due: '2027-03-15', done: true },
  { step: 2, title: 'Choose the credential', due: '2027-03-15', done: true },
  { step: 3, title: 'Enroll and study', due: '2027-03-26', done: true },
  { step: 4, title: 'Build the portfolio piece', due: '2027-07-19' },
  { step: 5, title: 'Network with intent', due: '2027-07-19' },
  { step: 6, title: 'Interview and negotiate', due: '2027-10-11' },
];
const ANSWERS: CheckinAnswer[] = [
  { at: '2027-03-19T17:00:00Z', outcome: 'behind', hours: 4 },
  { at: '2027-03-26T17:00:00Z', outcome: 'done', hours: 6 },
  { at: '2027-04-09T16:00:00Z', outcome: 'skip' },
  { at: '2027-04-16T16:00:00Z', outcome: 'behind', hours: 3 },
];
const TODAY = new Date('2027-04-20T09:00:00Z');
const BERLIN = 'Europe/Berlin';
const weeksOf = (over: Partial<Parameters<typeof progressWeeks>[0]> = {}) =>
  progressWeeks({ madeAt: MADE, steps: STEPS, answers: ANSWERS, hoursPerWeek: 6, today: TODAY, timeZone: BERLIN, ...over });

const profile = (log: CheckinAnswer[] = ANSWERS) => ({
  name: 'Maria',
  hoursPerWeek: 6,
  credentialPick: { ids: ['google-data-analytics'], names: ['Google Data Analytics'], at: MADE },
  plan: { steps: STEPS, names: ['Google Data Analytics'] },
  checkins: { enabled: true, when: { weekday: 5, time: '18:00', timeZone: BERLIN }, setAt: MADE, log },
});
const chartIn = (replies: Reply[]): WeeksChart => {
  const chart = replies.find((r): r is Chart => r.kind === 'chart');
  if (!chart || !isWeeksChart(chart)) throw new Error('no study-hours chart');
  return chart;
};

describe('the plan week by week, from what the session keeps', () => {
  it('adds up the hours logged by the end of each week against the hours planned, and says which weeks had no answer', () => {
    const { points, steps, perWeek } = weeksOf();
    expect(perWeek).toBe(6);
    expect(points.map((p) => [p.week, p.loggedSoFar, p.plannedSoFar, p.hours, p.answered])).toEqual([
      [0, 0, 0, 0, 'no'],
      [1, 4, 6, 4, 'yes'],
      [2, 10, 12, 6, 'yes'],
      [3, 10, 18, 0, 'no'],
      [4, 10, 24, 0, 'skipped'],
      [5, 13, 30, 3, 'yes'],
    ]);
    // Steps 1 and 2 were done as the plan was made, step 3 on the Friday of week 2.
    expect(steps).toEqual([
      { step: 1, week: 0 },
      { step: 2, week: 0 },
      { step: 3, week: 2 },
    ]);
  });

  it('counts weeks in the person\'s own calendar days', () => {
    // 00:30 on Tuesday 23 March in Berlin is still Monday 22 March in UTC: day 8 (week 2) there, day 7 (week 1) here.
    const late: CheckinAnswer[] = [{ at: '2027-03-22T23:30:00Z', outcome: 'done', hours: 6 }];
    const week = (timeZone?: string) => progressWeeks({ madeAt: MADE, steps: [], answers: late, hoursPerWeek: 6, today: new Date('2027-03-23T09:00:00Z'), timeZone }).points.find((p) => p.hours > 0)?.week;
    expect(week(BERLIN)).toBe(2);
    expect(week(undefined)).toBe(1);
  });

  it('counts an answer on the plan\'s first day for week 1, and one from an earlier plan at week 0', () => {
    const answers: CheckinAnswer[] = [
      { at: '2027-03-08T17:00:00Z', outcome: 'done', hours: 5 },
      { at: '2027-03-15T17:00:00Z', outcome: 'done', hours: 6 },
    ];
    const { points } = progressWeeks({ madeAt: MADE, steps: [], answers, hoursPerWeek: 6, today: new Date('2027-03-16T09:00:00Z'), timeZone: BERLIN });
    expect(points.map((p) => [p.week, p.loggedSoFar, p.plannedSoFar])).toEqual([
      [0, 5, 0],
      [1, 11, 6],
    ]);
  });

  it('leaves the weeks before the first answer kept unknown once older ones were dropped, and keeps their hours in the total', () => {
    const { points } = weeksOf({ answers: ANSWERS.slice(1), hoursBefore: 4 });
    expect(points.map((p) => p.loggedSoFar)).toEqual([null, null, 10, 10, 10, 13]);
  });

  it('draws three years at most, the oldest weeks left out', () => {
    const { points } = weeksOf({ today: new Date('2031-03-15T09:00:00Z') });
    expect(points).toHaveLength(WEEKS_MAX);
    expect(points.at(-1)?.loggedSoFar).toBe(13);
    expect(points.at(-1)?.plannedSoFar).toBe(6 * (points.at(-1)?.week ?? 0));
  });

  it('without hours a week, draws no planned line', () => {
    expect(weeksOf({ hoursPerWeek: undefined }).points.every((p) => p.plannedSoFar === null)).toBe(true);
  });
});

describe('the check-in log stays small', () => {
  it(`keeps the last ${CHECKIN_LOG_MAX} answers and the hours of those dropped, so the total never changes`, () => {
    let checkins: CheckinProfile = { enabled: true, setAt: MADE, log: [] };
    for (let i = 0; i < CHECKIN_LOG_MAX + 6; i++) checkins = logAnswer(checkins, { at: new Date(Date.parse(MADE) + (i + 1) * 7 * 86_400_000).toISOString(), outcome: i % 2 ? 'done' : 'behind', hours: i % 2 ? 6 : 2 });
    expect(checkins.log).toHaveLength(CHECKIN_LOG_MAX);
    expect(checkins.hoursBefore).toBe(2 + 6 + 2 + 6 + 2 + 6);
    expect(hoursLogged(checkins)).toBe(((CHECKIN_LOG_MAX + 6) / 2) * 8);
    expect(checkins.log[0]?.at).toBe(new Date(Date.parse(MADE) + 7 * 7 * 86_400_000).toISOString());
  });

  it('adds no hoursBefore while nothing was dropped', () => {
    const checkins = logAnswer({ enabled: true, setAt: MADE, log: [] }, { at: MADE, outcome: 'skip' });
    expect(checkins).toEqual({ enabled: true, setAt: MADE, log: [{ at: MADE, outcome: 'skip' }] });
  });
});

describe('progress: the study-hours chart', () => {
  it('follows the card, with the hours of each week as its text and the weeks for the picture', () => {
    const replies = planProgressReplies(profile(), TODAY);
    expect(replies.map((r) => r.kind)).toEqual(['card', 'chart']);
    const fields = Object.fromEntries((replies[0] as Extract<Reply, { kind: 'card' }>).fields.map((f) => [f.label, f.value]));
    // The card counts the weeks the chart draws: 13 logged by the end of week 5, of 5 × 6 planned.
    expect(fields.Hours).toBe('13 logged of 30 planned so far (6 a week)');
    const chart = chartIn(replies);
    expect(chart.title).toBe('Your study hours, week by week (plan: 6 a week)');
    expect(chart.rows).toEqual([
      { label: 'Week 1', value: 4 },
      { label: 'Week 2', value: 6 },
      { label: 'Week 3 (no check-in)', value: 0 },
      { label: 'Week 4 (skipped)', value: 0 },
      { label: 'Week 5', value: 3 },
    ]);
    expect(chart.weeks.points.at(-1)).toEqual({ week: 5, logged: 13, planned: 30 });
    expect(chart.weeks.steps.map((s) => s.step)).toEqual([1, 2, 3]);
  });

  it('counts a week an answer already covered as planned too', () => {
    // Friday 26 March: one whole week gone, but the answer that day logged week 2's hours.
    const [card] = planProgressReplies(profile(ANSWERS.slice(0, 2)), new Date('2027-03-26T18:00:00Z'));
    expect((card as Extract<Reply, { kind: 'card' }>).fields.find((f) => f.label === 'Hours')?.value).toBe('10 logged of 12 planned so far (6 a week)');
  });

  it('keeps the text to the last 12 weeks; the picture has them all', () => {
    const answers = Array.from({ length: 20 }, (_, i): CheckinAnswer => ({ at: new Date(Date.parse('2027-03-19T17:00:00Z') + i * 7 * 86_400_000).toISOString(), outcome: 'done', hours: 6 }));
    const chart = chartIn(planProgressReplies(profile(answers), new Date('2027-08-02T09:00:00Z')));
    expect(chart.rows.map((r) => r.label)).toEqual(Array.from({ length: 12 }, (_, i) => `Week ${i + 9}`));
    expect(chart.weeks.points).toHaveLength(21);
  });

  it('is not drawn before a check-in was answered, nor without the day the plan was made', () => {
    expect(planProgressReplies(profile([]), TODAY).map((r) => r.kind)).toEqual(['card']);
    const undated = { ...profile(), credentialPick: { ids: [], names: ['Google Data Analytics'] } };
    expect(planProgressReplies(undated, TODAY).map((r) => r.kind)).toEqual(['card']);
    expect(hoursChart(weeksOf({ today: new Date(MADE), answers: [], steps: STEPS.slice(0, 2) }), true)).toBeUndefined();
  });

  it('in the terminal, stays text: the hours of each week as bars', () => {
    const lines = renderPlain(chartIn(planProgressReplies(profile(), TODAY)));
    expect(lines[0]).toBe('Your study hours, week by week (plan: 6 a week)');
    expect(lines.slice(1).map((l) => l.trim().replace(/[█·]+/, '|'))).toEqual(['Week 1                | 4 h', 'Week 2                | 6 h', 'Week 3 (no check-in)  | 0 h', 'Week 4 (skipped)      | 0 h', 'Week 5                | 3 h']);
  });
});

describe('the study-hours picture', () => {
  const chart = chartIn(planProgressReplies(profile(), TODAY));

  it('draws both lines week by week, and a marker per week in which steps were done', () => {
    const { lines, marks } = weeksData(chart);
    expect(lines.filter((l) => l.series === 'Hours planned').map((l) => [l.week, l.hours])).toEqual([[0, 0], [1, 6], [2, 12], [3, 18], [4, 24], [5, 30]]);
    expect(lines.filter((l) => l.series === 'Hours logged so far').map((l) => [l.week, l.hours])).toEqual([[0, 0], [1, 4], [2, 10], [3, 10], [4, 10], [5, 13]]);
    expect(marks).toEqual([
      { week: 0, hours: 0, label: 'Steps 1, 2' },
      { week: 2, hours: 10, label: 'Step 3' },
    ]);
  });

  it('leaves the weeks whose hours are not kept off the logged line', () => {
    const dropped: WeeksChart = { ...chart, weeks: { ...chart.weeks, points: chart.weeks.points.map((p) => (p.week < 2 ? { ...p, logged: null } : p)) } };
    expect(weeksData(dropped).lines.filter((l) => l.series === 'Hours logged so far').map((l) => l.week)).toEqual([2, 3, 4, 5]);
  });

  it('says its figures as alt text, week by week, then the steps', () => {
    expect(weeksAltText(chart).split('\n')).toEqual([
      'Your study hours, week by week (plan: 6 a week)',
      'Week 1: 4 hours logged so far, 6 planned.',
      'Week 2: 10 hours logged so far, 12 planned.',
      'Week 3: 10 hours logged so far, 18 planned.',
      'Week 4: 10 hours logged so far, 24 planned.',
      'Week 5: 13 hours logged so far, 30 planned.',
      'Steps 1 and 2 done when the plan was made; step 3 done in week 2.',
    ]);
  });

  it('keeps the alt text within what Slack and Discord take, the earliest weeks left out first', () => {
    const points = Array.from({ length: 60 }, (_, week) => ({ week, logged: week * 5, planned: week * 6 }));
    const long: WeeksChart = { ...chart, weeks: { points, steps: [{ step: 3, week: 30 }] } };
    const alt = weeksAltText(long).split('\n');
    expect(alt.join('\n').length).toBeLessThanOrEqual(1000);
    expect(alt[1]).toMatch(/^\(Weeks 1 to \d+ are left out here\.\)$/);
    expect(alt.at(-2)).toBe('Week 59: 295 hours logged so far, 354 planned.');
    expect(alt.at(-1)).toBe('Step 3 done in week 30.');
  });

  it('is a PNG twice the size of its SVG, with the figures at the lines\' ends and the steps named', async () => {
    const svg = await renderSvg(weeksSpec(chart));
    const png = await renderPng(weeksSpec(chart));
    const decoded = PNG.sync.read(png);
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
    expect(pngSize(png)).toEqual({ width: Math.round(width * 2), height: decoded.height });
    expect(decoded.width).toBeGreaterThan(1000);
    expect(decoded.height).toBeGreaterThan(500);
    for (const text of ['13 h logged', '30 h planned', 'Steps 1, 2', 'Step 3', 'weeks since your plan was made', 'Hours logged so far', 'Hours planned']) expect(svg).toContain(text);
  });

  it('draws logged in blue, planned in grey and the steps in orange, on white', async () => {
    const colours = (png: Buffer) => {
      const { data } = PNG.sync.read(png);
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return { seen, first: `${data[0]},${data[1]},${data[2]}` };
    };
    const { seen, first } = colours(await renderPng(weeksSpec(chart)));
    expect(first).toBe('255,255,255');
    expect(seen.has('0,114,178')).toBe(true);
    expect(seen.has('136,136,136')).toBe(true);
    expect(seen.has('230,159,0')).toBe(true);
    const none: WeeksChart = { ...chart, weeks: { ...chart.weeks, steps: [] } };
    expect(colours(await renderPng(weeksSpec(none))).seen.has('230,159,0')).toBe(false);
  });

  it('compiles without Vega-Lite warnings', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await renderSvg(weeksSpec(chart));
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('goes out as progress.png with its alt text; the gap chart keeps its bars', async () => {
    const bars: Chart = { kind: 'chart', title: 'What employers ask for', unit: '%', rows: [{ label: 'SQL', value: 80 }] };
    const images = await chartImages([chart, bars], renderChart);
    expect(images.get(chart)?.filename).toBe('progress.png');
    expect(images.get(chart)?.alt).toBe(weeksAltText(chart));
    expect(images.get(bars)?.filename).toBe('chart.png');
  });
});
