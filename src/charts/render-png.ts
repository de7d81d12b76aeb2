import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compileVegaLite } from './compile-vega-lite.js';
import { CHART_FONT, chartAltText, chartSpec } from './chart-spec.js';
import type { ChartRenderer } from './chart-images.js';
import { isWeeksChart, weeksAltText, weeksSpec } from './progress-spec.js';

/** Twice the spec's size: sharp on high-density phone screens, still a few tens of kilobytes. */
const SCALE = 2;

/**
 * A Vega-Lite spec drawn as a PNG, all on this server: Vega lays it out as SVG (no browser, no
 * canvas), resvg rasterises it with the machine's fonts. Nothing leaves the process.
 */
export async function renderPng(spec: TopLevelSpec): Promise<Buffer> {
  const svg = await renderSvg(spec);
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: SCALE }, font: { loadSystemFonts: true, defaultFontFamily: CHART_FONT } });
  return resvg.render().asPng();
}

/** The spec laid out by Vega as SVG, headless: no DOM, no canvas. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compileVegaLite(spec)), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A chart reply as its image: the plan week by week as lines, any other as bars. */
export const renderChart: ChartRenderer = async (chart) =>
  isWeeksChart(chart) ? { png: await renderPng(weeksSpec(chart)), alt: weeksAltText(chart), filename: 'progress.png' } : { png: await renderPng(chartSpec(chart)), alt: chartAltText(chart), filename: 'chart.png' };
