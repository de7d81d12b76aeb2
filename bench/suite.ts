import { heapGrowth, median, medianOfRounds, throughput } from './measure.js';
import type { Throughput } from './measure.js';
import type { BenchOptions } from './options.js';
import type { RedisTally } from './redis-probe.js';
import { progress } from './report.js';
import { simulate } from './simulated-users.js';
import type { Bot } from './simulated-users.js';

/**
 * The passes every bot goes through, ours and botbuilder's alike, so that both are
 * measured by the same code: throughput and latency at many users and at one user, and
 * heap per stored session.
 */

/** At one user a turn is short: enough turns for a p99 that is more than a few outliers. */
export const ONE_USER_TURNS = 700;
/** Sessions created for the heap figure (twice, see heapPerSession): enough that a collection's noise is small per session. */
const HEAP_SESSIONS = 500;

export interface Target<Answer> {
  bot: Bot<Answer>;
  /** Counts the Redis commands of timed rounds; absent for an in-process store. */
  tally?: RedisTally;
  /** Runs after each round, outside the timing: checks what the round stored. */
  verify?(cohort: string, users: number, turns: number): Promise<void>;
}

interface RedisPerTurn {
  redisCommandsPerTurn: number;
  redisRoundTripsPerTurn: number;
  redisServerCallsPerTurn: number;
}

export type Pass = Throughput & Partial<RedisPerTurn> & { redisCommandsByName?: Record<string, number> };

interface PassSize {
  users: number;
  turns: number;
  rounds: number;
}

/**
 * One discarded warm-up round (JIT, connection, Lua script load), then `rounds` rounds of
 * fresh users; every figure is the median over the rounds.
 */
export async function measurePass<Answer>(target: Target<Answer>, size: PassSize, label: string): Promise<Pass> {
  const { users, turns, rounds } = size;
  await simulate(target.bot, users, turns, `${label}-warm`);
  const figures: (Throughput & Partial<RedisPerTurn>)[] = [];
  const byName: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const cohort = `${label}-r${round}`;
    await target.tally?.start();
    const result = throughput(await simulate(target.bot, users, turns, cohort));
    const counts = await target.tally?.stop();
    if (counts) {
      const turnCount = users * turns;
      figures.push({
        ...result,
        redisCommandsPerTurn: counts.commands / turnCount,
        redisRoundTripsPerTurn: counts.roundTrips / turnCount,
        redisServerCallsPerTurn: counts.serverCalls / turnCount,
      });
      byName.push(Object.fromEntries(Object.entries(counts.byName).map(([name, count]) => [name, count / turnCount])));
    } else figures.push(result);
    await target.verify?.(cohort, users, turns);
  }
  const pass: Pass = medianOfRounds(figures);
  if (byName.length > 0) pass.redisCommandsByName = medianByName(byName);
  return pass;
}

function medianByName(rounds: readonly Record<string, number>[]): Record<string, number> {
  const names = new Set(rounds.flatMap((round) => Object.keys(round)));
  return Object.fromEntries([...names].sort().map((name) => [name, median(rounds.map((round) => round[name] ?? 0))]));
}

export interface Entry extends Pass {
  users: number;
  turnsPerUser: number;
  rounds: number;
  heapBytesPerSession: number;
  oneUser: Pass;
}

/** Everything measured for one bot on one store: at `users` users, at one user, and the heap. */
export async function measureEntry<Answer>(target: Target<Answer>, options: BenchOptions, label: string): Promise<Entry> {
  const { users, turns, rounds } = options;
  progress(`${label}: ${users} users x ${turns} turns, median of ${rounds} rounds`);
  const many = await measurePass(target, { users, turns, rounds }, label);
  progress(`${label}: 1 user x ${ONE_USER_TURNS} turns, median of ${rounds} rounds`);
  const oneUser = await measurePass(target, { users: 1, turns: ONE_USER_TURNS, rounds }, `${label}-1`);
  progress(`${label}: heap bytes of ${HEAP_SESSIONS} more sessions`);
  const heapBytesPerSession = await heapPerSession(target, HEAP_SESSIONS, turns, `${label}-heap`);
  return { users, turnsPerUser: turns, rounds, ...many, heapBytesPerSession, oneUser };
}

/**
 * Heap growth per session while `sessions` users each take `turns` turns, all at once. A
 * first batch of as many sessions goes unmeasured: it takes the one-time growth (caches
 * filling, code being compiled or flushed) that would otherwise be charged to the sessions.
 */
async function heapPerSession<Answer>(target: Target<Answer>, sessions: number, turns: number, label: string): Promise<number> {
  await simulate(target.bot, sessions, turns, `${label}-warm`);
  const grown = await heapGrowth(async () => {
    await simulate(target.bot, sessions, turns, label);
  });
  return grown / sessions;
}
