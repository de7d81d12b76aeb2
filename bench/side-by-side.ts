import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from './measure.js';
import { optionsOrUsage } from './options.js';
import { fmt, table } from './report.js';

/**
 * `npm run bench:compare`: our bench, then botbuilder's on the same users and turns, one
 * after the other (never both at once: they would share two cores), and the ratios against
 * the goals. Options are handed to both; see bench/options.ts.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The figures side-by-side reads; both benches print at least these with --json. */
interface Figures {
  turnsPerSecond: number;
  p50Us: number;
  p99Us: number;
  heapBytesPerSession: number;
  oneUser: { turnsPerSecond: number; p50Us: number; p99Us: number };
  redisCommandsPerTurn?: number;
  redisRoundTripsPerTurn?: number;
  redisBytesPerSession?: number;
  floor?: { p50Us: number };
  error?: string;
}

interface Result {
  memory: Figures;
  redis: Figures;
}

/** Runs one bench with --json; its progress and errors go straight to our stderr. */
function runBench(script: string, args: readonly string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', script, ...args, '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // A bench that could not reach Redis still prints its memory figures, and exits 1.
      if (stdout.trim() === '') reject(new Error(`${script} exited with ${code} and printed no figures.`));
      else resolve(JSON.parse(stdout) as Result);
    });
  });
}

interface Goal {
  label: string;
  ours: number | undefined;
  theirs: number | undefined;
  /** Our figure over theirs must reach this, when there is a goal. */
  atLeast?: number;
  digits?: number;
}

/** Higher is better for every ratio shown: throughput as ours/theirs, latency as theirs/ours. */
function ratioRow({ label, ours, theirs, atLeast, digits = 0 }: Goal, latency = false): string[] {
  const ratio = ours === undefined || theirs === undefined ? undefined : latency ? theirs / ours : ours / theirs;
  const verdict = atLeast === undefined || ratio === undefined ? '' : ratio >= atLeast ? `met (>= ${atLeast}x)` : `MISSED (< ${atLeast}x)`;
  return [label, fmt(ours, digits), fmt(theirs, digits), ratio === undefined ? '-' : `${fmt(ratio, 1)}x`, verdict];
}

function render(users: number, ours: Result, theirs: Result): string {
  const redis = ours.redis.error || theirs.redis.error ? undefined : { ours: ours.redis, theirs: theirs.redis };
  const floor = ours.redis.floor?.p50Us;
  const oneUserOverFloor = floor && !ours.redis.error ? ours.redis.oneUser.p50Us / floor : undefined;
  const rows = [
    ['', 'Pivot Coach', 'botbuilder', 'ratio', 'goal'],
    ratioRow({ label: `memory: turns/s, ${users} users`, ours: ours.memory.turnsPerSecond, theirs: theirs.memory.turnsPerSecond, atLeast: 10 }),
    ratioRow({ label: `memory: p50 per turn (us), ${users} users`, ours: ours.memory.p50Us, theirs: theirs.memory.p50Us }, true),
    ratioRow({ label: `memory: p99 per turn (us), ${users} users`, ours: ours.memory.p99Us, theirs: theirs.memory.p99Us }, true),
    ratioRow({ label: 'memory: p50 per turn (us), 1 user', ours: ours.memory.oneUser.p50Us, theirs: theirs.memory.oneUser.p50Us }, true),
    ratioRow({ label: 'memory: heap bytes per session', ours: ours.memory.heapBytesPerSession, theirs: theirs.memory.heapBytesPerSession }, true),
    ratioRow({ label: `redis: turns/s, ${users} users`, ours: redis?.ours.turnsPerSecond, theirs: redis?.theirs.turnsPerSecond, atLeast: 3 }),
    ratioRow({ label: `redis: p50 per turn (us), ${users} users`, ours: redis?.ours.p50Us, theirs: redis?.theirs.p50Us }, true),
    ratioRow({ label: `redis: p99 per turn (us), ${users} users`, ours: redis?.ours.p99Us, theirs: redis?.theirs.p99Us }, true),
    ratioRow({ label: 'redis: p50 per turn (us), 1 user', ours: redis?.ours.oneUser.p50Us, theirs: redis?.theirs.oneUser.p50Us }, true),
    ratioRow({ label: 'redis: bytes per session', ours: redis?.ours.redisBytesPerSession, theirs: redis?.theirs.redisBytesPerSession }, true),
    ratioRow({ label: 'redis: commands per turn', ours: redis?.ours.redisCommandsPerTurn, theirs: redis?.theirs.redisCommandsPerTurn, digits: 2 }, true),
    ratioRow({ label: 'redis: round trips per turn', ours: redis?.ours.redisRoundTripsPerTurn, theirs: redis?.theirs.redisRoundTripsPerTurn, digits: 2 }, true),
    [
      'redis: our 1-user p50 over the raw floor',
      `${fmt(oneUserOverFloor, 2)}x`,
      `floor ${fmt(floor)} us`,
      '',
      oneUserOverFloor === undefined ? '' : oneUserOverFloor <= 1.5 ? 'met (<= 1.5x)' : 'MISSED (> 1.5x)',
    ],
  ];
  return `Side by side (medians; ratio > 1 means Pivot Coach is ahead)\n${table(rows)}`;
}

async function main(): Promise<number> {
  const options = optionsOrUsage();
  if (!options) return 2;
  const args = process.argv.slice(2).filter((arg) => arg !== '--json');
  process.stderr.write('Pivot Coach engine:\n');
  const ours = await runBench('bench/engine-bench.ts', args);
  process.stderr.write('botbuilder-dialogs:\n');
  const theirs = await runBench('bench/compare/botbuilder-bench.mjs', args).catch((error: unknown) => {
    throw new Error(`${(error as Error).message} Are bench/compare's dependencies installed? npm run bench:compare installs them.`);
  });
  if (options.json) process.stdout.write(`${JSON.stringify({ pivotCoach: ours, botbuilder: theirs })}\n`);
  else process.stdout.write(`${render(options.users, ours, theirs)}\n`);
  return ours.redis.error || theirs.redis.error ? 1 : 0;
}

process.exitCode = await main();
