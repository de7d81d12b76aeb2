import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { loadCoachData } from '../src/coach-data.js';
import { newStats, walkProperty } from '../test/support/flow-walk.js';

/**
 * `npm run fuzz`: the random walks of test/flow-walks.test.ts, many more and longer. Prints the seed
 * first, so a run that dies can be repeated; on a failure, the seed and path that replay just the
 * failing walk, and the walk itself, act by act.
 */

const USAGE = `Options:
  --walks N     walks to run (default 2000)
  --turns N     at most this many acts per walk (default 120)
  --seconds N   stop after this long, whatever the walks left (default: no limit)
  --seed S      the seed to use (default: random, printed)
  --path P      replay one walk: the path printed with its failure (needs its --seed and --turns)
  --no-shrink   report a failing walk as it ran, without shrinking it (shrinking can take minutes)
  --verbose     list where the walks got to`;

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} needs a whole number, not "${value}".\n${USAGE}`);
  return number;
}

const { values } = parseArgs({
  options: {
    walks: { type: 'string' },
    turns: { type: 'string' },
    seconds: { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'no-shrink': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const walks = whole('walks', values.walks, 2_000);
const turns = whole('turns', values.turns, 120);
const seconds = values.seconds === undefined ? undefined : whole('seconds', values.seconds, 0);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : whole('seed', values.seed, 0);

const data = await loadCoachData();
const stats = newStats();
console.log(`seed ${seed}, up to ${walks} walks of up to ${turns} acts${seconds === undefined ? '' : `, for at most ${seconds} s`}${values.path ? `, replaying path ${values.path}` : ''}`);
const started = performance.now();
const details = await fc.check(walkProperty(data, turns, stats), {
  numRuns: walks,
  seed,
  ...(values.path ? { path: values.path } : {}),
  endOnFailure: values['no-shrink'],
  ...(seconds === undefined ? {} : { plugins: [fc.interruptAfterTimeLimit(seconds * 1_000)] }),
});
const took = ((performance.now() - started) / 1_000).toFixed(1);
const outcome = details.failed ? 'the last one failed' : details.interrupted ? 'all passed, stopped by --seconds' : 'all passed';
console.log(`seed ${seed}: ${details.numRuns} walks (${outcome}), ${stats.walks} with shrinking, ${stats.turns} turns, ${took} s`);
if (values.verbose || details.failed) {
  const reached = [...stats.reached].sort(([a], [b]) => a.localeCompare(b));
  console.log(`steps reached (turns that ended there): ${reached.map(([step, count]) => `${step} ${count}`).join(', ')}`);
}
if (details.failed) {
  console.log(fc.defaultReportMessage(details));
  const error = details.errorInstance;
  console.log(`\n${error instanceof Error ? error.message : String(error)}`);
  console.log(`\nReplay: npm run fuzz -- --seed ${details.seed} --turns ${turns} --path ${details.counterexamplePath}`);
  process.exitCode = 1;
}
