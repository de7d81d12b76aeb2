/**
 * How long the gap chart takes to draw (Vega-Lite spec to PNG): the median of 20 renders after one
 * warm-up, and the first render in a fresh process (fonts and modules loading). Run: npx tsx bench/chart-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { renderChart } from '../src/charts/render-png.js';
import type { Chart } from '../src/charts/chart-spec.js';

const CHART: Chart = {
  kind: 'chart',
  title: 'What employers ask for (share of your postings)',
  unit: '%',
  rows: ['SQL', 'Python', 'Tableau', 'Statistics', 'Excel', 'Power BI', 'Data cleaning', 'Communication'].map((label, i) => ({ label, value: 90 - i * 10 })),
};

const time = async () => {
  const start = performance.now();
  const image = await renderChart(CHART);
  return { ms: performance.now() - start, bytes: image.png.length };
};

const first = await time();
const runs: number[] = [];
for (let i = 0; i < 20; i++) runs.push((await time()).ms);
runs.sort((a, b) => a - b);
const median = ((runs[9] ?? 0) + (runs[10] ?? 0)) / 2;
console.log(`gap chart, ${CHART.rows.length} rows: first render ${first.ms.toFixed(0)} ms; median of 20 ${median.toFixed(1)} ms (min ${runs[0]?.toFixed(1)}, max ${runs.at(-1)?.toFixed(1)}); ${first.bytes} bytes`);
