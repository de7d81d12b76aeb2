import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { QuestionLike } from '../src/star/analyze-answer.js';
import { scoreAnswer } from '../src/star/score-answer.js';
import { evaluate, loadLabelledSet, SET_NAMES, STAR_PARTS, type LabelledStarAnswer, type SetName, type SetReport } from '../test/fixtures/star-labelled/labelled-set.js';
import { median } from './measure.js';
import { fmt, table } from './report.js';

/**
 * How well the STAR reader agrees with a careers coach, on the hand-labelled answers in
 * test/fixtures/star-labelled: the tuning set the rules were shaped on, and the held-out set they
 * never were. Prints per-part accuracy, precision and recall of "present", the other signals,
 * the share with all four parts right, and every miss. `--set NAME` prints one set (tune,
 * holdout, holdout-2); `--json` prints one object instead.
 * A benchmark, not a test: the floor is held by test/star-labelled.test.ts.
 */

const pct = (value: number): string => `${fmt(value * 100, 1)}%`;

export function renderStar(name: SetName, report: SetReport): string {
  const rows: string[][] = [['part', 'accuracy', 'precision', 'recall']];
  for (const p of STAR_PARTS) {
    const figures = report.parts[p];
    rows.push([p, pct(figures.accuracy), pct(figures.precision), pct(figures.recall)]);
  }
  const signals = table([
    ['signal', 'accuracy'],
    ['voice (i / we / mixed)', pct(report.voice)],
    ['metric', pct(report.hasMetric)],
    ['hypothetical', pct(report.hypothetical)],
    ['all four parts right', pct(report.allFour)],
  ]);
  const misses = report.misses.length
    ? table([['miss', 'field', 'expected', 'got'], ...report.misses.map((m) => [m.id, m.field, String(m.expected), String(m.got)])])
    : 'no misses';
  return [`${name} set: ${report.count} answers`, table(rows), '', signals, '', misses].join('\n');
}

/** One line per set: how many answers, each part's accuracy and all four right. */
export function renderSummary(reports: Partial<Record<SetName, SetReport>>): string {
  const rows = [['set', 'answers', ...STAR_PARTS, 'all four', 'voice', 'metric', 'hypothetical']];
  for (const [name, report] of Object.entries(reports) as [SetName, SetReport][]) {
    rows.push([name, String(report.count), ...STAR_PARTS.map((p) => pct(report.parts[p].accuracy)), pct(report.allFour), pct(report.voice), pct(report.hasMetric), pct(report.hypothetical)]);
  }
  return table(rows);
}

export interface Timing {
  answers: number;
  /** Each answer's median time over the rounds, averaged over the answers, in ms. */
  msPerAnswer: number;
  /** The median answer's median time, in ms. */
  p50Ms: number;
  /** The slowest single answer (median over rounds), in ms, and its id. */
  slowestMs: number;
  slowestId: string;
}

const TIMING_ROUNDS = 15;
const QUESTION: QuestionLike = { competencies: ['teamwork'], invitesCredential: false };

/**
 * How long the one scoring path (scoreAnswer, as the chat and pivot star use it) takes per answer,
 * over every labelled answer: a warm-up round, then each answer's median of TIMING_ROUNDS rounds,
 * so a pause of the shared machine (another process, a garbage collection) does not count.
 */
export function timeScoring(answers: readonly LabelledStarAnswer[]): Timing {
  const perAnswer = answers.map(() => [] as number[]);
  for (let round = -1; round < TIMING_ROUNDS; round++) {
    answers.forEach((entry, n) => {
      const t = performance.now();
      scoreAnswer(entry.answer, QUESTION);
      if (round >= 0) perAnswer[n]?.push(performance.now() - t);
    });
  }
  const medians = perAnswer.map((times, n) => ({ ms: median(times), id: answers[n]?.id ?? '' }));
  const slowest = medians.reduce((a, b) => (b.ms > a.ms ? b : a));
  const msPerAnswer = medians.reduce((sum, m) => sum + m.ms, 0) / Math.max(1, medians.length);
  return { answers: answers.length, msPerAnswer, p50Ms: median(medians.map((m) => m.ms)), slowestMs: slowest.ms, slowestId: slowest.id };
}

export function renderTiming(timing: Timing): string {
  return `scoring time per answer (scoreAnswer, each answer's median of ${TIMING_ROUNDS} rounds, ${timing.answers} answers): mean ${fmt(timing.msPerAnswer, 3)} ms, median ${fmt(timing.p50Ms, 3)} ms, slowest ${fmt(timing.slowestMs, 3)} ms (${timing.slowestId})`;
}

function main(): void {
  const asked = process.argv[process.argv.indexOf('--set') + 1];
  const names = process.argv.includes('--set') ? SET_NAMES.filter((name) => name === asked) : SET_NAMES;
  if (names.length === 0) throw new Error(`--set takes one of ${SET_NAMES.join(', ')}`);
  const reports = Object.fromEntries(names.map((name) => [name, evaluate(loadLabelledSet(name))])) as Partial<Record<SetName, SetReport>>;
  const timing = timeScoring(names.flatMap((name) => loadLabelledSet(name)));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...reports, timing }, null, 2));
    return;
  }
  console.log([renderSummary(reports), renderTiming(timing), ...names.map((name) => renderStar(name, reports[name] as SetReport))].join('\n\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
