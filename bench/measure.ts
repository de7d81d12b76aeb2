import type { Run } from './simulated-users.js';

/** Figures for one run; each figure reported is the median of several runs. */
export interface Throughput {
  turnsPerSecond: number;
  p50Us: number;
  p99Us: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function latency(latenciesUs: Float64Array): { p50Us: number; p99Us: number } {
  const sorted = Float64Array.from(latenciesUs).sort();
  return { p50Us: percentile(sorted, 0.5), p99Us: percentile(sorted, 0.99) };
}

export function throughput(run: Run): Throughput {
  return { turnsPerSecond: run.latenciesUs.length / run.seconds, ...latency(run.latenciesUs) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The median of each numeric figure across rounds, taken figure by figure: on a small,
 * noisy machine one slow round must not drag every figure of its round along with it.
 */
export function medianOfRounds<T extends { [K in keyof T]: number | undefined }>(rounds: readonly T[]): T {
  const first = rounds[0];
  if (!first) throw new Error('No rounds to take the median of.');
  const result: Record<string, number> = {};
  for (const key of Object.keys(first) as (keyof T & string)[]) result[key] = median(rounds.map((round) => round[key] as number));
  return result as T;
}

/**
 * Node flags the heap figure needs: forced collections, and no flushing of bytecode that
 * has not run lately. Flushing frees code loaded at start-up (botbuilder has a lot) in the
 * middle of a measurement, which would otherwise be subtracted from the sessions' bytes.
 */
export const NODE_FLAGS = ['--expose-gc', '--no-flush-bytecode'] as const;

/** Checked at start, so that a run fails at once rather than after a minute of measuring. */
export function missingNodeFlags(): string | undefined {
  const missing = NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
  return missing.length > 0 ? `Run node with ${missing.join(' ')} for the heap figures (npm run bench does).` : undefined;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Heap growth across `work`, after full collections. What should be counted (a store and
 * its sessions) must stay reachable from `work` (its closure) until this returns.
 */
export async function heapGrowth(work: () => Promise<void>): Promise<number> {
  if (!gc) throw new Error(`Measuring the heap needs ${NODE_FLAGS[0]}.`);
  const collect = () => {
    // A second pass frees what the first one only finalized (weak references, finalizers).
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = collect();
  await work();
  return collect() - before;
}
