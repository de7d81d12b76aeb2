import { readFile, readdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { recommend } from '../src/credentials/recommend.js';
import { buildGapReport } from '../src/gaps/gap-report.js';
import type { Role } from '../src/data/roles-schema.js';
import { median } from './measure.js';
import { fmt, progress, table } from './report.js';

/**
 * The domain work of a gap interview and a credential pick, outside the engine: reading skills
 * out of a pasted posting against the whole taxonomy, a report over fifteen postings, and one
 * recommendation (picks, stack, plan, ROI) against the full credential catalog.
 *
 * `npm run bench:domain` prints these as a table (`--json`: one object).
 */
export interface DomainEntry {
  extract5KbP50Us: number;
  extract50KbP50Us: number;
  report15PostingsP50Us: number;
  /** One recommendation for a cloud beginner with the whole catalog: every credential scored, the stack searched. */
  recommendP50Us: number;
  credentials: number;
}

const FIXTURES = new URL('../test/fixtures/postings/', import.meta.url);
const RUNS = 300;

/** Realistic text of about `bytes`: the test postings, repeated in turn. */
function ofSize(postings: string[], bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `${postings[i % postings.length]}\n\n`;
  return text.slice(0, bytes);
}

function p50Us(run: () => void, runs = RUNS): number {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push((performance.now() - start) * 1000);
  }
  return median(times);
}

export async function measureDomain(): Promise<DomainEntry> {
  progress(`domain: skill extraction and a 15-posting report, median of ${RUNS} runs`);
  const data = await loadCoachData();
  const files = (await readdir(FIXTURES)).filter((name) => name.endsWith('.txt')).sort();
  const postings = await Promise.all(files.map((name) => readFile(new URL(name, FIXTURES), 'utf8')));
  const five = ofSize(postings, 5_000);
  const fifty = ofSize(postings, 50_000);
  const fifteen = Array.from({ length: 15 }, (_, i) => postings[i % postings.length] as string);
  const role = data.catalog.roles.byId.get('data-analyst') as Role;
  const have = data.extractor.extract('Advanced Excel, some SQL, accounting').map(({ skill, level }) => ({ skill, level }));
  const pick = recommendation(data);
  return {
    recommendP50Us: p50Us(pick, 1_000),
    credentials: data.credentials.credentials.length,
    extract5KbP50Us: p50Us(() => data.extractor.extract(five)),
    extract50KbP50Us: p50Us(() => data.extractor.extract(fifty), 50),
    report15PostingsP50Us: p50Us(() =>
      buildGapReport({ role, have, postings: fifteen.map((text) => data.extractor.extract(text).map((m) => m.skill)), skills: data.catalog.skills }),
    ),
  };
}

/** A beginner aiming at cloud engineering, with the role's typical gaps, $600 and 8 hours a week: the issue's own example. */
function recommendation(data: CoachData): () => void {
  const role = data.catalog.roles.byId.get('cloud-engineer') as Role;
  const gaps = buildGapReport({ role, have: [], postings: [], skills: data.catalog.skills }).gaps.map(({ skill, share }) => ({ skill, share }));
  const situation = { hoursPerWeek: 8, budgetUsd: 600, currentPayUsd: 60_000, today: new Date('2026-12-07T00:00:00Z') };
  const { credentials, credentialIndex: index } = data;
  return () => recommend({ credentials: credentials.credentials, index, role, gaps, situation, tuition: credentials.degreeTuition });
}

export function renderDomain(entry: DomainEntry): string {
  return table([
    ['Gap interview and credential pick domain work', 'p50 (us)'],
    ['skill extraction, 5 KB posting', fmt(entry.extract5KbP50Us)],
    ['skill extraction, 50 KB paste', fmt(entry.extract50KbP50Us)],
    ['gap report from 15 pasted postings (extraction included)', fmt(entry.report15PostingsP50Us)],
    [`one credential recommendation, ${entry.credentials} credentials`, fmt(entry.recommendP50Us)],
  ]);
}

// npm run bench:domain [-- --json]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entry = await measureDomain();
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(entry)}\n` : `${renderDomain(entry)}\n`);
}
