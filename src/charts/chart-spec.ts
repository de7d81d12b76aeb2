import type { TopLevelSpec } from 'vega-lite';
import type { Reply } from '../engine/reply.js';

export type Chart = Extract<Reply, { kind: 'chart' }>;

/** Wide enough for a phone to show it without zooming, narrow enough to stay sharp in a thread. */
export const CHART_WIDTH = 560;
const BAR_HEIGHT = 26;
const LABEL_LIMIT = 200;
/** A font every server image has a good chance of holding (DejaVu ships with most Linux images); resvg falls back to sans-serif. */
export const CHART_FONT = 'DejaVu Sans';

/**
 * A chart reply as a Vega-Lite spec: one horizontal bar per row, in the order the engine ranked
 * them (highest demand first), with the value printed at the bar's end so nobody has to read the
 * axis. Pure: the same chart gives the same spec.
 */
export function chartSpec(chart: Chart): TopLevelSpec {
  const unit = chart.unit ?? '';
  const values = chart.rows.map((row) => ({ label: row.label, value: row.value, shown: `${formatValue(row.value)}${unit}`, has: HAS_LABEL[row.has ?? 'unknown'] }));
  // Demand against what the person has: coloured only when the chart says, with a legend of the states shown.
  const shown = HAS_ORDER.filter((state) => chart.rows.some((row) => row.has === state));
  const max = Math.max(0, ...chart.rows.map((row) => row.value));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: chart.title, anchor: 'start', fontSize: 15 },
    width: CHART_WIDTH - LABEL_LIMIT - 40,
    height: { step: BAR_HEIGHT },
    background: 'white',
    padding: 16,
    data: { values },
    config: { font: CHART_FONT, view: { stroke: null }, axis: { labelFontSize: 12, titleFontSize: 12 } },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, axis: { title: null, labelLimit: LABEL_LIMIT, ticks: false, domain: false } },
      x: {
        field: 'value',
        type: 'quantitative',
        // Room at the end of the longest bar for its number.
        scale: { domain: [0, max > 0 ? max * 1.15 : 1] },
        axis: { title: unit === '%' ? 'share of postings (%)' : 'demand', grid: true, tickCount: 5, format: '~s' },
      },
    },
    layer: [
      {
        mark: { type: 'bar', color: BAR_COLOR, cornerRadiusEnd: 3 },
        ...(shown.length > 0
          ? {
              encoding: {
                color: {
                  field: 'has',
                  type: 'nominal',
                  scale: { domain: [...shown.map((state) => HAS_LABEL[state]), ...(chart.rows.some((row) => !row.has) ? [HAS_LABEL.unknown] : [])], range: [...shown.map((state) => HAS_COLOR[state]), ...(chart.rows.some((row) => !row.has) ? [HAS_COLOR.unknown] : [])] },
                  legend: { title: null, orient: 'bottom', direction: 'horizontal' },
                },
              },
            }
          : {}),
      },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12, color: '#222' }, encoding: { text: { field: 'shown' } } },
    ],
  };
}

/** The bar colour when the chart says nothing of what the person has. */
export const BAR_COLOR = '#3b6ea8';
const HAS_ORDER = ['yes', 'basics', 'no'] as const;
const HAS_LABEL = { yes: 'You have it', basics: 'You have the basics', no: 'To learn', unknown: 'Other' } as const;
/** Colour-blind-safe pairs (Okabe-Ito): blue-green for what they have, orange for what to learn. */
const HAS_COLOR = { yes: '#009e73', basics: '#56b4e9', no: '#e69f00', unknown: '#999999' } as const;
const HAS_ALT = { yes: ' (you have it)', basics: ' (you have the basics)', no: ' (to learn)' } as const;

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/** Slack and Discord both take at least this much alt text. */
export const ALT_TEXT_LIMIT = 1000;

/**
 * The chart's figures as the alt text of its image: the title, then one "label: value" line per
 * row, so a screen reader (or a client that hides images) gets every figure the bars show,
 * without the terminal's bar glyphs, which a screen reader would spell out.
 */
export function chartAltText(chart: Chart): string {
  const unit = chart.unit ?? '';
  const lines = [chart.title.replace(/[*_`]/g, ''), ...chart.rows.map((row) => `${row.label}: ${formatValue(row.value)}${unit}${row.has ? HAS_ALT[row.has] : ''}`)];
  const text = lines.join('\n');
  return text.length > ALT_TEXT_LIMIT ? `${text.slice(0, ALT_TEXT_LIMIT - 1)}…` : text;
}
