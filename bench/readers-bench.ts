import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './measure.js';

/**
 * The readers of human answers on the answers people type most, in nanoseconds a call: what
 * every turn of a number, yes/no or short text question pays (the engine also asks every short
 * answer whether it is a question, and cleans every message on the way in).
 *
 *   npx tsx bench/readers-bench.ts                      # this tree
 *   git worktree add /tmp/before HEAD~1
 *   npx tsx bench/readers-bench.ts /tmp/before .        # both trees, rounds interleaved, and the ratio
 *
 * Each figure is the median over rounds of a batch's time divided by its calls.
 */

type Readers = {
  readNumber: (text: string, want?: { unit?: string; per?: string }) => unknown;
  readYesNo: (text: string) => unknown;
  readQuestion: (text: string) => unknown;
  cleanInbound?: (text: string) => unknown;
};

const HOURS = { unit: 'hours', per: 'week' };
const DOLLARS = { unit: 'dollars' };

const CASES: [string, (r: Readers) => unknown][] = [
  ['readNumber "10" (hours)', (r) => r.readNumber('10', HOURS)],
  ['readNumber "2000" (dollars)', (r) => r.readNumber('2000', DOLLARS)],
  ['readNumber "10 hrs" (hours)', (r) => r.readNumber('10 hrs', HOURS)],
  ['readNumber "$2,000" (dollars)', (r) => r.readNumber('$2,000', DOLLARS)],
  ['readYesNo "yes"', (r) => r.readYesNo('yes')],
  ['readYesNo "No"', (r) => r.readYesNo('No')],
  ['readYesNo "yeah"', (r) => r.readYesNo('yeah')],
  ['readYesNo "no, I can pay within my budget"', (r) => r.readYesNo('no, I can pay within my budget')],
  ['readQuestion "10"', (r) => r.readQuestion('10')],
  ['readQuestion "yes"', (r) => r.readQuestion('yes')],
  ['readQuestion "Accountant"', (r) => r.readQuestion('Accountant')],
  ['readQuestion "is there a free option?"', (r) => r.readQuestion('is there a free option?')],
  ['cleanInbound "Accountant"', (r) => r.cleanInbound?.('Accountant')],
  ['cleanInbound "about 10 hours a week"', (r) => r.cleanInbound?.('about 10 hours a week')],
];

const BATCH = 2_000;
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 31);

async function load(tree: string): Promise<Readers> {
  const at = (path: string) => import(pathToFileURL(resolve(tree, path)).href);
  const [number, yesNo, question, human] = await Promise.all([
    at('src/engine/read/number.ts'),
    at('src/engine/read/yes-no.ts'),
    at('src/engine/read/question.ts'),
    at('src/engine/human-input.ts'),
  ]);
  return { readNumber: number.readNumber, readYesNo: yesNo.readYesNo, readQuestion: question.readQuestion, cleanInbound: human.cleanInbound };
}

function batchNs(readers: Readers, run: (r: Readers) => unknown): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i++) run(readers);
  return Number(process.hrtime.bigint() - start) / BATCH;
}

const trees = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const names = trees.length > 0 ? trees : ['.'];
const readers = await Promise.all(names.map(load));
const samples = names.map(() => CASES.map(() => [] as number[]));
// Warm-up, then rounds with the trees interleaved, so that a noisy moment hits them alike.
for (const r of readers) for (const [, run] of CASES) for (let i = 0; i < 5; i++) batchNs(r, run);
for (let round = 0; round < ROUNDS; round++) {
  for (const [t, r] of readers.entries()) for (const [c, [, run]] of CASES.entries()) samples[t]?.[c]?.push(batchNs(r, run));
}

const medians = samples.map((perCase) => perCase.map((s) => median(s)));
const width = Math.max(...CASES.map(([name]) => name.length));
const header = ['reader and answer'.padEnd(width), ...names.map((n) => n.slice(-14).padStart(14)), ...(names.length === 2 ? ['after/before'.padStart(13)] : [])];
console.log(`Readers, ns per call, median of ${ROUNDS} rounds of ${BATCH.toLocaleString('en-US')} calls`);
console.log(header.join('  '));
for (const [c, [name]] of CASES.entries()) {
  const figures = medians.map((m) => m[c] as number);
  const ratio = figures.length === 2 ? [`${((figures[1] as number) / (figures[0] as number)).toFixed(2)}x`.padStart(13)] : [];
  console.log([name.padEnd(width), ...figures.map((f) => Math.round(f).toLocaleString('en-US').padStart(14)), ...ratio].join('  '));
}
