import { loadCatalog } from '../src/data/load-data.js';
import { loadCredentials } from '../src/data/load-credentials.js';
import { evaluateQuestions, loadLabelledQuestions, QUESTION_SETS, type QuestionReport, type QuestionSet } from '../test/fixtures/credential-questions/labelled-set.js';
import { fmt, table } from './report.js';

/**
 * How well the coach reads questions about credentials, on the hand-labelled set in
 * test/fixtures/credential-questions: per kind (worth, instead, cheaper, shorter, free, duration,
 * employers, cost) precision and recall, the share of questions read as the right kind (questions
 * about something else included, which must be left alone), and how often the credentials found
 * are exactly the labelled ones, on the tuning set and on a held-out set never tuned on. `--misses` lists every disagreement; `--json` prints one object.
 * The floor is held by test/credential-question.test.ts.
 */

const pct = (value: number): string => `${fmt(value * 100, 1)}%`;

function render(set: QuestionSet, report: QuestionReport, misses: boolean): string {
  const rows = [['kind', 'labelled', 'read', 'right', 'precision', 'recall'], ...report.byKind.map((k) => [k.kind, String(k.labelled), String(k.read), String(k.right), pct(k.precision), pct(k.recall)])];
  const lines = [
    `${set} set: ${report.questions} labelled questions`,
    table(rows),
    `kind read right (non-credential questions included): ${pct(report.kindAccuracy)}`,
    `credentials found exactly, when the kind is right: ${pct(report.credentialAccuracy)}`,
  ];
  if (misses) lines.push('', report.misses.length > 0 ? table([['question', 'labelled', 'read'], ...report.misses.map((m) => [m.text, m.expected, m.got])]) : 'no misses');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const catalog = await loadCatalog();
  const credentials = await loadCredentials(catalog.skills, catalog.roles);
  const sets = Object.keys(QUESTION_SETS) as QuestionSet[];
  const reports = Object.fromEntries(sets.map((set) => [set, evaluateQuestions(loadLabelledQuestions(set), credentials.credentials)])) as Record<QuestionSet, QuestionReport>;
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${sets.map((set) => render(set, reports[set], process.argv.includes('--misses'))).join('\n\n')}\n`);
}

await main();
