import type { TopLevelSpec } from 'vega-lite';
import { ALT_TEXT_LIMIT, CHART_FONT, CHART_WIDTH, type Chart } from './chart-spec.js';

/** A chart reply that carries the plan week by week (flows/plan-progress.ts). */
export type WeeksChart = Chart & { weeks: NonNullable<Chart['weeks']> };
export const isWeeksChart = (chart: Chart): chart is WeeksChart => chart.weeks !== undefined;

const PLOT_HEIGHT = 220;
/** Room on the right for the figures at the lines' ends, so nobody has to read the axis. */
const END_LABELS = 110;
// Okabe-Ito, as the gap chart: blue for what was done, grey for the plan, orange for a step finished.
const LOGGED_COLOR = '#0072b2';
const PLANNED_COLOR = '#888888';
const STEP_COLOR = '#e69f00';
const LEGEND = { title: null, orient: 'bottom', direction: 'horizontal', symbolType: 'stroke', symbolStrokeWidth: 2.5 } as const;
const LOGGED = 'Hours logged so far';
const PLANNED = 'Hours planned';

/** One row of the lines' data: a series' hours by the end of a week. */
export interface LineRow {
  week: number;
  hours: number;
  series: typeof LOGGED | typeof PLANNED;
}

/** One marker per week in which steps were done, on the logged line, named by the steps. */
export interface StepMark {
  week: number;
  hours: number;
  label: string;
}

const stepWords = (steps: readonly number[]): string => (steps.length === 1 ? `step ${steps[0]}` : `steps ${steps.slice(0, -1).join(', ')} and ${steps.at(-1)}`);
const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The data the picture draws: both lines, weeks with no hours known left out of the logged one. */
export function weeksData(chart: WeeksChart): { lines: LineRow[]; marks: StepMark[] } {
  const { points, steps } = chart.weeks;
  const lines: LineRow[] = [
    ...points.flatMap((p) => (p.planned === null ? [] : [{ week: p.week, hours: p.planned, series: PLANNED } as const])),
    ...points.flatMap((p) => (p.logged === null ? [] : [{ week: p.week, hours: p.logged, series: LOGGED } as const])),
  ];
  const byWeek = new Map<number, number[]>();
  for (const s of steps) byWeek.set(s.week, [...(byWeek.get(s.week) ?? []), s.step]);
  // The diamonds say 'done' (the subtitle does): the label only names the steps.
  const marks = [...byWeek].map(([week, numbers]) => ({ week, hours: points.find((p) => p.week === week)?.logged ?? 0, label: capital(stepWords(numbers).replace(/ and /, ', ')) }));
  return { lines, marks };
}

const PLOT_WIDTH = CHART_WIDTH - END_LABELS - 60;
/** Headroom over the highest line for the steps' names, in rows at the top of the plot. */
const HEADROOM = 1.22;
const LABEL_ROW = 13;
const POINTS_UP_TO = 52;

/** A step marker as drawn: its dotted rule up to its name at the top, in the first row it fits. */
interface PlacedMark extends StepMark {
  ceiling: number;
  row: number;
  end: boolean;
}

/**
 * Names read left to right at the top of the plot, each beside its rule; one that would run into
 * the name before it drops a row (at most three rows), and the last week's is set to the left of
 * its rule, clear of the figures at the lines' ends.
 */
function placeMarks(marks: readonly StepMark[], from: number, to: number, ceiling: number): PlacedMark[] {
  const perWeek = PLOT_WIDTH / Math.max(1, to - from);
  const rowEnds = [-Infinity, -Infinity, -Infinity];
  return marks.map((mark) => {
    const x = (mark.week - from) * perWeek;
    const width = mark.label.length * 6.5 + 8;
    const end = mark.week === to && mark.week !== from;
    const [left, right] = end ? [x - width, x] : [x, x + width];
    const free = rowEnds.findIndex((edge) => edge < left);
    const row = free < 0 ? 0 : free;
    rowEnds[row] = right;
    return { ...mark, ceiling, row, end };
  });
}

const figure = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const hoursText = (n: number): string => `${figure(n)} h`;

/**
 * The plan week by week as a Vega-Lite spec: hours logged so far (solid, with a point per week)
 * against hours planned (dashed), each line's latest figure printed at its end, and a diamond on
 * the logged line for each week in which steps were finished, named above it. Pure.
 */
export function weeksSpec(chart: WeeksChart): TopLevelSpec {
  const { lines, marks } = weeksData(chart);
  const weeks = chart.weeks.points.map((p) => p.week);
  const [from, to] = [Math.min(...weeks), Math.max(...weeks)];
  const top = Math.max(1, ...lines.map((l) => l.hours));
  const ceiling = top * (marks.length > 0 ? HEADROOM : 1.12);
  const placed = placeMarks(marks, from, Math.max(to, from + 1), ceiling);
  // The two end figures side by side when they are close: one nudged up, the other down.
  const ends = [LOGGED, PLANNED].flatMap((series) => {
    const last = lines.filter((l) => l.series === series).at(-1);
    return last ? [{ ...last, text: series === PLANNED ? `${hoursText(last.hours)} planned` : `${hoursText(last.hours)} logged` }] : [];
  });
  const [a, b] = ends;
  const close = a !== undefined && b !== undefined && Math.abs(a.hours - b.hours) < top * 0.08;
  // Logged wins a tie for the upper place: it is the line the person made.
  const dyOf = (row: (typeof ends)[number]): number => {
    const other = row === a ? b : a;
    if (!close || !other) return 0;
    return row.hours > other.hours || (row.hours === other.hours && row.series === LOGGED) ? -8 : 8;
  };
  const endLayer = (row: (typeof ends)[number]) => ({
    data: { values: [row] },
    mark: { type: 'text' as const, align: 'left' as const, dx: 8, dy: dyOf(row), fontSize: 12, fontWeight: row.series === LOGGED ? ('bold' as const) : ('normal' as const), color: row.series === LOGGED ? LOGGED_COLOR : '#555555' },
    encoding: { x: { field: 'week', type: 'quantitative' as const }, y: { field: 'hours', type: 'quantitative' as const }, text: { field: 'text' } },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: chart.title, anchor: 'start', fontSize: 15, subtitle: marks.length > 0 ? 'Diamonds mark the weeks you finished a step.' : undefined, subtitleFontSize: 12, subtitleColor: '#555555' },
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    background: 'white',
    padding: 16,
    config: { font: CHART_FONT, view: { stroke: null }, axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' } },
    encoding: {
      x: { field: 'week', type: 'quantitative', scale: { domain: [from, Math.max(to, from + 1)], nice: false }, axis: { title: 'weeks since your plan was made', tickMinStep: 1, format: 'd', grid: false } },
      y: { field: 'hours', type: 'quantitative', scale: { domain: [0, ceiling], nice: false }, axis: { title: 'hours', grid: true, tickCount: 5, format: '~s' } },
    },
    layer: [
      {
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 2.5, interpolate: 'linear' },
        encoding: {
          color: { field: 'series', type: 'nominal', scale: { domain: [LOGGED, PLANNED], range: [LOGGED_COLOR, PLANNED_COLOR] }, legend: LEGEND },
          // The same legend as the colour's, so Vega-Lite draws one legend of dashed and solid lines.
          strokeDash: { field: 'series', type: 'nominal', scale: { domain: [LOGGED, PLANNED], range: [[1, 0], [6, 4]] }, legend: LEGEND },
        },
      },
      // A point per week while they stay apart; past a year they would blur into the line.
      ...(to - from <= POINTS_UP_TO ? [{ data: { values: lines.filter((l) => l.series === LOGGED) }, mark: { type: 'point' as const, filled: true, size: 36, color: LOGGED_COLOR, opacity: 1 } }] : []),
      ...(marks.length > 0
        ? [
            {
              data: { values: placed },
              mark: { type: 'rule' as const, color: '#bbbbbb', strokeDash: [2, 3], strokeWidth: 1 },
              encoding: { y: { field: 'hours', type: 'quantitative' as const }, y2: { field: 'ceiling' } },
            },
            { data: { values: placed }, mark: { type: 'point' as const, shape: 'diamond', filled: true, size: 150, color: STEP_COLOR, stroke: 'white', strokeWidth: 1, opacity: 1 } },
            ...placed.map((mark) => ({
              data: { values: [mark] },
              mark: { type: 'text' as const, fontSize: 11, color: '#222222', baseline: 'top' as const, align: mark.end ? ('right' as const) : ('left' as const), dx: mark.end ? -4 : 4, dy: 2 + mark.row * LABEL_ROW },
              encoding: { y: { field: 'ceiling', type: 'quantitative' as const }, text: { field: 'label' } },
            })),
          ]
        : []),
      ...ends.map(endLayer),
    ],
  } as TopLevelSpec;
}

/**
 * The picture's figures as its alt text, in sentences a screen reader says well: the title, then
 * week by week the hours logged so far against planned, then when each step was done. Past the
 * length Slack and Discord take, the earliest weeks go first, and it says so.
 */
export function weeksAltText(chart: WeeksChart): string {
  const { points, steps } = chart.weeks;
  const weekLine = (p: (typeof points)[number]): string => {
    const parts = [p.logged === null ? 'hours logged not kept' : `${figure(p.logged)} hours logged so far`, ...(p.planned === null ? [] : [`${figure(p.planned)} planned`])];
    return `Week ${p.week}: ${parts.join(', ')}.`;
  };
  const byWeek = new Map<number, number[]>();
  for (const s of steps) byWeek.set(s.week, [...(byWeek.get(s.week) ?? []), s.step]);
  const stepLine = byWeek.size === 0 ? [] : [`${capital([...byWeek].map(([week, numbers]) => `${stepWords(numbers)} done ${week === 0 ? 'when the plan was made' : `in week ${week}`}`).join('; '))}.`];
  const head = [chart.title.replace(/[*_`]/g, '')];
  const shown = points.filter((p) => p.week > 0);
  for (let skip = 0; skip <= shown.length; skip++) {
    const left = skip === 0 ? [] : [`(${skip === 1 ? `Week ${shown[0]?.week} is` : `Weeks ${shown[0]?.week} to ${shown[skip - 1]?.week} are`} left out here.)`];
    const text = [...head, ...left, ...shown.slice(skip).map(weekLine), ...stepLine].join('\n');
    if (text.length <= ALT_TEXT_LIMIT) return text;
  }
  const text = [...head, ...stepLine].join('\n');
  return text.length > ALT_TEXT_LIMIT ? `${text.slice(0, ALT_TEXT_LIMIT - 1)}…` : text;
}
