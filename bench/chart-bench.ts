/**
 * How long the charts take to draw (Vega-Lite spec to PNG): for the gap chart and for progress's
 * study hours over the weeks, the first render in a fresh process (fonts and modules loading, the
 * gap chart's) or its first after that (the progress chart's), then the median of 20 renders.
 * Run: npx tsx bench/chart-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { planProgressReplies } from '../flows/plan-progress.js';
import { renderChart } from '../src/charts/render-png.js';
import type { Chart } from '../src/charts/chart-spec.js';

const GAPS: Chart = {
  kind: 'chart',
  title: 'What employers ask for (share of your postings)',
  unit: '%',
  rows: ['SQL', 'Python', 'Tableau', 'Statistics', 'Excel', 'Power BI', 'Data cleaning', 'Communication'].map((label, i) => ({ label, value: 90 - i * 10 })),
};

/** Six months of a plan at 6 hours a week: 26 weekly answers (every fourth one behind), three steps done after the first two. */
const WEEK_MS = 7 * 86_400_000;
const MADE = Date.parse('2027-03-15T09:00:00Z');
const dayAfter = (weeks: number) => new Date(MADE + weeks * WEEK_MS).toISOString().slice(0, 10);
const progress = planProgressReplies(
  {
    name: 'Maria',
    hoursPerWeek: 6,
    credentialPick: { ids: [], names: ['Google Data Analytics'], at: new Date(MADE).toISOString() },
    plan: {
      names: ['Google Data Analytics'],
      steps: [
        { step: 1, title: 'Read job postings', due: dayAfter(0), done: true },
        { step: 2, title: 'Choose the credential', due: dayAfter(0), done: true },
        { step: 3, title: 'Enroll and study', due: dayAfter(14), done: true },
        { step: 4, title: 'Build the portfolio piece', due: dayAfter(20), done: true },
        { step: 5, title: 'Network with intent', due: dayAfter(25), done: true },
        { step: 6, title: 'Interview and negotiate', due: dayAfter(34) },
      ],
    },
    checkins: {
      enabled: true,
      setAt: new Date(MADE).toISOString(),
      log: Array.from({ length: 26 }, (_, i) => ({ at: new Date(MADE + (i + 1) * WEEK_MS - 86_400_000).toISOString(), outcome: i % 4 === 3 ? 'behind' : 'done', hours: i % 4 === 3 ? 2 : 6 })),
    },
  },
  new Date(MADE + 26 * WEEK_MS + 86_400_000),
).find((r): r is Chart => r.kind === 'chart');
if (!progress?.weeks) throw new Error('the progress replies have no study-hours chart');

async function bench(name: string, chart: Chart): Promise<void> {
  const time = async () => {
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    const image = await renderChart(chart);
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, bytes: image.png.length };
  };
  const first = await time();
  const runs = [];
  for (let i = 0; i < 20; i++) runs.push(await time());
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return ((sorted[9] ?? 0) + (sorted[10] ?? 0)) / 2;
  };
  const wall = runs.map((r) => r.ms).sort((a, b) => a - b);
  // CPU time as well: on a machine shared with other work, wall time mostly measures the wait.
  console.log(
    `${name}: first render ${first.ms.toFixed(0)} ms; median of 20 ${median(wall).toFixed(1)} ms (min ${wall[0]?.toFixed(1)}, max ${wall.at(-1)?.toFixed(1)}), CPU ${median(runs.map((r) => r.cpuMs)).toFixed(1)} ms; ${first.bytes} bytes`,
  );
}

await bench(`gap chart, ${GAPS.rows.length} rows`, GAPS);
await bench(`progress chart, ${progress.weeks.points.length} weeks, ${progress.weeks.steps.length} steps done`, progress);
