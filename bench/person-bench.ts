import { pathToFileURL } from 'node:url';
import { loadCoachData } from '../src/coach-data.js';
import { createPersonReader } from '../src/skills/read-person.js';
import { evaluatePeople, loadPersonSet, PERSON_SET_NAMES, type PersonReport, type PersonSetName, type Score } from '../test/fixtures/person-labelled/labelled-set.js';
import { fmt, table } from './report.js';

/**
 * How well the coach reads a person's own description of their skills, against the hand-labelled
 * self-descriptions in test/fixtures/person-labelled (a tuning set and a held-out set): precision
 * and recall of the skills read, of the levels stated, of the credentials held, and how many
 * phrases that are no tech skill (a licence, a first-aid course, a hobby) were kept out.
 * `--set NAME` prints one set; `--misses` lists every disagreement; `--json` prints one object.
 */

const pct = (value: number): string => `${fmt(value * 100, 1)}%`;
const row = (kind: string, s: Score) => [kind, String(s.truePositives), String(s.falsePositives), String(s.falseNegatives), pct(s.precision), pct(s.recall)];

export function renderPeople(name: PersonSetName, report: PersonReport, misses: boolean): string {
  const overall: Score = (['skill', 'level', 'credential'] as const).reduce(
    (sum, kind) => ({
      truePositives: sum.truePositives + report[kind].truePositives,
      falsePositives: sum.falsePositives + report[kind].falsePositives,
      falseNegatives: sum.falseNegatives + report[kind].falseNegatives,
      precision: 0,
      recall: 0,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 0, recall: 0 },
  );
  overall.precision = overall.truePositives / Math.max(1, overall.truePositives + overall.falsePositives);
  overall.recall = overall.truePositives / Math.max(1, overall.truePositives + overall.falseNegatives);
  const { total, keptOut } = report.notSkills;
  const rows = [
    ['kind', 'right', 'wrongly read', 'missed', 'precision', 'recall'],
    row('skill', report.skill),
    row('level', report.level),
    row('credential held', report.credential),
    row('overall', overall),
    ['non-skill kept out', String(keptOut), String(total - keptOut), '', '', pct(keptOut / Math.max(1, total))],
  ];
  const lines = [`${name} set: ${report.people} people`, table(rows)];
  if (misses) lines.push('', report.misses.length ? table([['person', 'kind', 'what', 'labelled', 'read'], ...report.misses.map((m) => [m.id, m.kind, m.what, m.expected, m.got])]) : 'no misses');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const asked = process.argv[process.argv.indexOf('--set') + 1];
  const names = process.argv.includes('--set') ? PERSON_SET_NAMES.filter((name) => name === asked) : PERSON_SET_NAMES;
  if (names.length === 0) throw new Error(`--set takes one of ${PERSON_SET_NAMES.join(', ')}`);
  const data = await loadCoachData();
  const reader = createPersonReader(data.extractor, data.catalog.skills, data.credentials.credentials);
  const reports = Object.fromEntries(names.map((name) => [name, evaluatePeople(loadPersonSet(name), reader)])) as Partial<Record<PersonSetName, PersonReport>>;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(reports, null, 2));
    return;
  }
  console.log(names.map((name) => renderPeople(name, reports[name] as PersonReport, process.argv.includes('--misses'))).join('\n\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
