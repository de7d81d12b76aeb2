import { pathToFileURL } from 'node:url';
import { loadSkills } from '../src/data/load-data.js';
import { createSkillExtractor } from '../src/skills/extract-skills.js';
import { evaluate, loadLabelledSet, SET_NAMES, type Figures, type SetName, type SetReport } from '../test/fixtures/postings-labelled/labelled-set.js';
import { fmt, table } from './report.js';

/**
 * How well the posting reader agrees with a careers adviser, on the hand-labelled postings in
 * test/fixtures/postings-labelled: the tuning set the rules may be shaped on, and the held-out
 * sets they never are. Per role and overall: precision, recall, required-recall and F1 of "this
 * skill is a demand", and how many skills labelled not required or context were reported as
 * demand, and F1 over named tools alone (Excel, SQL, AWS). `--set NAME` prints one set;
 * `--misses` lists every disagreement; `--json` prints one object. A benchmark, not a test: the floor is held by test/posting-levels.test.ts.
 */

const pct = (value: number): string => `${fmt(value * 100, 1)}%`;

function row(label: string, f: Figures): string[] {
  return [label, String(f.postings), pct(f.precision), pct(f.recall), pct(f.requiredRecall), pct(f.f1), pct(f.toolF1), String(f.notRequiredReported), String(f.contextReported), String(f.alternativesSplit)];
}

export function renderReading(name: SetName, report: SetReport, misses: boolean): string {
  const rows = [
    ['role', 'postings', 'precision', 'recall', 'required-recall', 'F1', 'tools F1', 'not required reported', 'context reported', 'alternatives split'],
    ...Object.entries(report.byRole).map(([role, f]) => row(role, f)),
    row('overall', report.overall),
  ];
  const lines = [`${name} set: ${report.overall.postings} postings`, table(rows)];
  if (misses) lines.push('', report.misses.length ? table([['posting', 'skill', 'labelled', 'read'], ...report.misses.map((m) => [m.id, m.skill, m.expected, m.got])]) : 'no misses');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const asked = process.argv[process.argv.indexOf('--set') + 1];
  const names = process.argv.includes('--set') ? SET_NAMES.filter((name) => name === asked) : SET_NAMES;
  if (names.length === 0) throw new Error(`--set takes one of ${SET_NAMES.join(', ')}`);
  const catalog = await loadSkills();
  const extractor = createSkillExtractor(catalog);
  const reports = Object.fromEntries(names.map((name) => [name, evaluate(loadLabelledSet(name), extractor, catalog)])) as Partial<Record<SetName, SetReport>>;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(reports, null, 2));
    return;
  }
  console.log(names.map((name) => renderReading(name, reports[name] as SetReport, process.argv.includes('--misses'))).join('\n\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
