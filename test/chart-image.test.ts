import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { chartImages } from '../src/charts/chart-images.js';
import { CHART_WIDTH, chartAltText, chartSpec } from '../src/charts/chart-spec.js';
import { renderChart, renderPng, renderSvg } from '../src/charts/render-png.js';
import type { Role } from '../src/data/roles-schema.js';
import type { Reply } from '../src/engine/reply.js';
import { buildGapReport } from '../src/gaps/gap-report.js';
import { gapReportReplies } from '../flows/gap-report-replies.js';
import { realCatalog } from './support/catalog.js';
import { pngSize } from './support/png-bytes.js';

type Chart = Extract<Reply, { kind: 'chart' }>;

const POSTINGS: Chart = {
  kind: 'chart',
  title: 'What employers ask for (share of your postings)',
  unit: '%',
  rows: [
    { label: 'SQL', value: 80 },
    { label: 'Python', value: 65 },
    { label: 'Tableau or Power BI dashboards', value: 40 },
    { label: 'Statistics', value: 33.3 },
    { label: 'Excel', value: 20 },
  ],
};
const TYPICAL: Chart = { kind: 'chart', title: 'What this role asks for (demand weight)', rows: [{ label: 'AWS', value: 0.9 }, { label: 'Linux', value: 0.6 }] };

/** The spec's pixel size as the SVG says, which the PNG doubles. */
const svgSize = (svg: string) => ({ width: Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]), height: Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]) });

describe('the gap chart as a PNG drawn on the server', () => {
  it('is a PNG twice the size of its SVG, taller with more rows', async () => {
    const png = await renderPng(chartSpec(POSTINGS));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = svgSize(await renderSvg(chartSpec(POSTINGS)));
    expect(pngSize(png)).toEqual({ width: Math.round(svg.width * 2), height: Math.round(svg.height * 2) });
    // A real decoder agrees with the header, and the whole image decodes.
    const decoded = PNG.sync.read(png);
    expect({ width: decoded.width, height: decoded.height }).toEqual(pngSize(png));
    expect(decoded.width).toBeGreaterThan(CHART_WIDTH);
    const two = pngSize(await renderPng(chartSpec(TYPICAL)));
    expect(two.height).toBeLessThan(decoded.height);
  });

  it('draws the bars longest for the most asked-for skill, on a white background', async () => {
    const { data, width, height } = PNG.sync.read(await renderPng(chartSpec(POSTINGS)));
    const isBar = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return data[i] === 0x3b && data[i + 1] === 0x6e && data[i + 2] === 0xa8;
    };
    expect([data[0], data[1], data[2]]).toEqual([255, 255, 255]);
    // Each pixel row's bar length; the bars, top to bottom, are in the rows' order, longest first.
    const lengths: number[] = [];
    for (let y = 0; y < height; y++) {
      let n = 0;
      for (let x = 0; x < width; x++) if (isBar(x, y)) n++;
      if (n > 0 && (lengths.length === 0 || Math.abs((lengths.at(-1) ?? 0) - n) > 4)) lengths.push(n);
    }
    const bars = lengths.filter((n, i) => i === 0 || n !== lengths[i - 1]);
    expect(bars.length).toBeGreaterThanOrEqual(POSTINGS.rows.length);
    expect(Math.max(...bars)).toBe(bars[0]);
    // 80 against 20: the first bar is about four times the last.
    expect((bars[0] ?? 0) / (bars.at(-1) ?? 1)).toBeGreaterThan(3.3);
    expect((bars[0] ?? 0) / (bars.at(-1) ?? 1)).toBeLessThan(4.7);
  });

  it('keeps every figure as alt text, without the bar glyphs', () => {
    expect(chartAltText(POSTINGS).split('\n')).toEqual([
      'What employers ask for (share of your postings)',
      'SQL: 80%',
      'Python: 65%',
      'Tableau or Power BI dashboards: 40%',
      'Statistics: 33.3%',
      'Excel: 20%',
    ]);
    expect(chartAltText(TYPICAL)).toBe('What this role asks for (demand weight)\nAWS: 0.9\nLinux: 0.6');
  });

  it('draws only the charts with rows, and leaves a chart that fails to render for text', async () => {
    const empty: Chart = { ...TYPICAL, rows: [] };
    const text: Reply = { kind: 'text', text: 'Here is your gap report.' };
    const images = await chartImages([text, POSTINGS, empty], renderChart);
    expect([...images.keys()]).toEqual([POSTINGS]);
    expect(images.get(POSTINGS)?.alt).toBe(chartAltText(POSTINGS));
    const failed: unknown[] = [];
    const none = await chartImages([POSTINGS], () => Promise.reject(new Error('no fonts')), (error) => failed.push(error));
    expect(none.size).toBe(0);
    expect(failed).toHaveLength(1);
  });
});

describe('Vega-Lite inside the process', () => {
  it('leaves Set.prototype as it found it, after loading and after a render', async () => {
    await renderPng(chartSpec(TYPICAL));
    expect(JSON.stringify(new Set([1]))).toBe('{}');
    expect(Object.keys(Set.prototype)).toEqual([]);
  });
});

describe('demand against what the person has', () => {
  const HAS: Chart = {
    ...POSTINGS,
    rows: [
      { label: 'SQL', value: 80, has: 'no' },
      { label: 'Python', value: 65, has: 'basics' },
      { label: 'Excel', value: 20, has: 'yes' },
    ],
  };
  const colours = (png: Buffer) => {
    const { data } = PNG.sync.read(png);
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen;
  };

  it('colours each bar by whether they have the skill, and says so in the alt text', async () => {
    const seen = colours(await renderPng(chartSpec(HAS)));
    // Okabe-Ito orange (to learn), sky blue (basics), bluish green (have); not the plain bar colour.
    expect(seen.has('230,159,0')).toBe(true);
    expect(seen.has('86,180,233')).toBe(true);
    expect(seen.has('0,158,115')).toBe(true);
    expect(seen.has('59,110,168')).toBe(false);
    expect(chartAltText(HAS).split('\n').slice(1)).toEqual(['SQL: 80% (to learn)', 'Python: 65% (you have the basics)', 'Excel: 20% (you have it)']);
    expect(await renderSvg(chartSpec(HAS))).toContain('To learn');
  });

  it('draws one colour when the chart says nothing of what they have', async () => {
    const seen = colours(await renderPng(chartSpec(POSTINGS)));
    expect(seen.has('59,110,168')).toBe(true);
    expect(seen.has('230,159,0')).toBe(false);
  });
});

describe("the gap report's demand chart", () => {
  it('says, for each charted skill, whether the person has it, has the basics, or has it to learn', async () => {
    const catalog = await realCatalog();
    const analyst = catalog.roles.byId.get('data-analyst') as Role;
    const postings = [
      ['sql', 'excel', 'tableau'],
      ['sql', 'python', 'excel'],
      ['sql', 'tableau', 'python'],
    ];
    const report = buildGapReport({ role: analyst, have: [{ skill: 'excel' }, { skill: 'sql', level: 'basic' }], postings, skills: catalog.skills });
    const chart = gapReportReplies(report, analyst, catalog).find((r): r is Chart => r.kind === 'chart');
    const has = Object.fromEntries((chart?.rows ?? []).map((row) => [row.label, row.has]));
    const name = (id: string) => catalog.skills.byId.get(id)?.name ?? id;
    expect(has[name('excel')]).toBe('yes');
    expect(has[name('sql')]).toBe('basics');
    expect(has[name('python')]).toBe('no');
    expect(has[name('tableau')]).toBe('no');
  });
});
