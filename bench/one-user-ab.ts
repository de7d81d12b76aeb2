import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { latency, median, percentile } from './measure.js';
import { cleaningUp, connectRedis, floorLatencies } from './redis-probe.js';
import { progress } from './report.js';
import { simulate } from './simulated-users.js';
import type { Bot } from './simulated-users.js';
import { ONE_USER_TURNS } from './suite.js';

/**
 * A/B of the one-user Redis turn: the engines of several source trees (this one, a
 * `git worktree` of an older commit, ...) in one process, their one-user rounds interleaved,
 * each round paired with a raw-client floor round as in `npm run bench`. On a shared,
 * noisy machine, rounds run back to back see the same load; separate runs do not.
 *
 *   npx tsx bench/one-user-ab.ts [--rounds 30] [--redis-url URL] DIR [DIR...]
 *
 * Each DIR must hold src/engine and bench/reference-flow.ts. Per DIR it prints the medians
 * over rounds of the one-user p50, of the p50 over its paired floor's p50 (with quartiles),
 * of the server's time per EVALSHA (INFO commandstats, all clients: read it on a quiet
 * server) and of this process's CPU time per turn. The order of the DIRs alternates by round.
 */

const SESSION_TTL_MS = 10 * 60_000;
const FLOOR_ITERATIONS = 1_000;

interface Candidate {
  dir: string;
  bot: Bot<{ kind: string; text?: string }[]>;
  close(): Promise<void>;
  p50Us: number[];
  ratio: number[];
  evalshaUs: number[];
  cpuUs: number[];
}

async function candidate(dir: string, url: string, prefix: string): Promise<Candidate> {
  const { Engine } = await import(resolve(dir, 'src/engine/engine.ts'));
  const { FlowRegistry } = await import(resolve(dir, 'src/engine/flow-registry.ts'));
  const { RedisSessionStore } = await import(resolve(dir, 'src/engine/redis-session-store.ts'));
  const { referenceFlow } = await import(resolve(dir, 'bench/reference-flow.ts'));
  const store = await RedisSessionStore.connect(url, prefix);
  const engine = new Engine({ store, flows: new FlowRegistry([referenceFlow], referenceFlow.id), ttlMs: SESSION_TTL_MS });
  return {
    dir,
    bot: {
      send: (who, said, eventId) => {
        const origin = { platform: 'bench', tenant: 'T-bench', conversation: who.conversation, user: who.user, eventId };
        return engine.handle(said.click ? { kind: 'choice', ...origin, ...said.click } : { kind: 'text', ...origin, text: said.text });
      },
      texts: (replies) => replies.flatMap((reply) => (reply.text === undefined ? [] : [reply.text])),
    },
    close: () => store.close(),
    p50Us: [],
    ratio: [],
    evalshaUs: [],
    cpuUs: [],
  };
}

async function evalshaStats(admin: Redis): Promise<{ calls: number; usec: number }> {
  const match = /^cmdstat_evalsha:calls=(\d+),usec=(\d+)/m.exec(await admin.info('commandstats'));
  return { calls: Number(match?.[1] ?? 0), usec: Number(match?.[2] ?? 0) };
}

const quartile = (values: number[], q: number) => percentile(Float64Array.from(values).sort(), q);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { rounds: { type: 'string', default: '30' }, 'redis-url': { type: 'string' } },
  });
  const rounds = Number(values.rounds);
  const url = values['redis-url'] ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (positionals.length === 0 || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error('Usage: npx tsx bench/one-user-ab.ts [--rounds N] [--redis-url URL] DIR [DIR...]');
  }
  const prefix = `pivot-bench-${randomBytes(6).toString('hex')}`;
  const admin = await connectRedis(url);
  try {
    await cleaningUp(admin, prefix, async () => {
      const candidates: Candidate[] = [];
      for (const [index, dir] of positionals.entries()) candidates.push(await candidate(dir, url, `${prefix}:${index}`));
      const floorKey = `${prefix}:floor`;
      for (const c of candidates) await simulate(c.bot, 1, ONE_USER_TURNS, `ab-warm-${c.dir}`);
      await floorLatencies(url, floorKey, FLOOR_ITERATIONS / 10, SESSION_TTL_MS);
      const floors: number[] = [];
      const floorEvalshaUs: number[] = [];
      for (let round = 0; round < rounds; round++) {
        progress(`round ${round + 1} of ${rounds}`);
        const order = round % 2 === 0 ? candidates : [...candidates].reverse();
        for (const c of order) {
          const before = await evalshaStats(admin);
          const cpu = process.cpuUsage();
          const ours = latency((await simulate(c.bot, 1, ONE_USER_TURNS, `ab-r${round}-${c.dir}`)).latenciesUs).p50Us;
          const used = process.cpuUsage(cpu);
          const after = await evalshaStats(admin);
          const floorBefore = await evalshaStats(admin);
          const floor = latency(await floorLatencies(url, floorKey, FLOOR_ITERATIONS, SESSION_TTL_MS)).p50Us;
          const floorAfter = await evalshaStats(admin);
          c.p50Us.push(ours);
          c.ratio.push(ours / floor);
          c.evalshaUs.push((after.usec - before.usec) / Math.max(1, after.calls - before.calls));
          c.cpuUs.push((used.user + used.system) / ONE_USER_TURNS);
          floors.push(floor);
          floorEvalshaUs.push((floorAfter.usec - floorBefore.usec) / Math.max(1, floorAfter.calls - floorBefore.calls));
        }
      }
      for (const c of candidates) {
        process.stdout.write(
          `${c.dir}: 1-user p50 ${median(c.p50Us).toFixed(0)} us, p50/floor ${median(c.ratio).toFixed(2)}x ` +
            `(quartiles ${quartile(c.ratio, 0.25).toFixed(2)}-${quartile(c.ratio, 0.75).toFixed(2)}), ` +
            `EVALSHA ${median(c.evalshaUs).toFixed(1)} us on the server, CPU ${median(c.cpuUs).toFixed(0)} us per turn\n`,
        );
      }
      process.stdout.write(`floor p50 ${median(floors).toFixed(0)} us, its EVALSHA ${median(floorEvalshaUs).toFixed(1)} us on the server; ${rounds} rounds\n`);
      for (const c of candidates) await c.close();
    });
  } finally {
    admin.disconnect();
  }
}

await main();
