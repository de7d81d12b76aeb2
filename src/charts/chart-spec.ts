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
  const values = chart.rows.map((row) => ({ label: row.label, value: row.value, shown: `${formatValue(row.value)}${unit}` }));
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
      { mark: { type: 'bar', color: '#3b6ea8', cornerRadiusEnd: 3 } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12, color: '#222' }, encoding: { text: { field: 'shown' } } },
    ],
  };
}

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
  const lines = [chart.title.replace(/[*_`]/g, ''), ...chart.rows.map((row) => `${row.label}: ${formatValue(row.value)}${unit}`)];
  const text = lines.join('\n');
  return text.length > ALT_TEXT_LIMIT ? `${text.slice(0, ALT_TEXT_LIMIT - 1)}…` : text;
}
