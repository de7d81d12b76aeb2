import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Cluster } from 'ioredis';
import { loadCoachData } from '../src/coach-data.js';
import { connectRedisClient } from '../src/engine/redis-client.js';
import { Engine } from '../src/engine/engine.js';
import type { InboundInput } from '../src/engine/inbound.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { RedisSessionStore } from '../src/engine/redis-session-store.js';
import type { UserRef } from '../src/engine/session-store.js';
import { createFlowRegistry } from '../flows/index.js';
import { RedisClusterProcess } from '../test/support/redis-cluster.js';
import { latency, median } from './measure.js';
import { fmt, progress, table } from './report.js';
import { personOf, signature, storedMismatch } from './scale-script.js';
import type { Person } from './scale-script.js';
import { readOptions, USAGE } from './scale-options.js';
import type { Options } from './scale-options.js';
import { Worker, privateRedis } from './scale-processes.js';

/**
 * npm run bench:scale: N people through the whole gap interview and credential pick, their
 * turns spread at random over several coach processes (each turn may land on any of them),
 * with duplicated deliveries (the same event to two processes at once) and platform retries
 * (the same event again after the answer) mixed in; once on a single Redis and once on a
 * 3-primary Redis Cluster, each started privately for the run unless given. Then it checks
 * every turn's answer and every stored session: nothing lost, nothing answered twice, no
 * one's state in another's session.
 */

/** A seeded generator (mulberry32), so that two runs route and duplicate the same turns. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const userOf = (person: Person, tenant = 'T1'): UserRef => ({ platform: 'bench', tenant, user: `U${person.index}` });
/** People who talk before the clock starts, so that the figures are of warm processes (compiled code, open connections). */
const WARM_UP_PEOPLE = 60;

/** The answer shape of each turn, from one conversation per target role on the memory store. */
async function expectedShapes(): Promise<Map<string, string[]>> {
  const engine = new Engine({ store: new MemorySessionStore('ref'), flows: createFlowRegistry(await loadCoachData()), ttlMs: 86_400_000 });
  const shapes = new Map<string, string[]>();
  for (let u = 0; shapes.size < 2; u++) {
    const person = personOf(u);
    if (shapes.has(person.role.id)) continue;
    const sigs: string[] = [];
    for (const [t, text] of person.lines.entries()) {
      sigs.push(signature(await engine.handle({ kind: 'text', ...userOf(person), conversation: 'D1', eventId: `ref-${t}`, text })));
    }
    shapes.set(person.role.id, sigs);
  }
  return shapes;
}

interface Result {
  target: string;
  people: number;
  processes: number;
  turns: number;
  deliveries: number;
  seconds: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  commandsPerDelivery: number;
  commandsPerTurn: number;
  bytesPerParkedSession: number;
  /** CPU the Redis server(s) spent per answered turn (INFO cpu, all primaries together). */
  redisCpuUsPerTurn: number;
  docBytes: number;
  duplicatesSent: number;
  retriesSent: number;
  storeDownOrBusy: number;
  lostAnswers: number;
  duplicateReplies: number;
  crossUserOrWrongState: number;
  firstProblems: string[];
  perRoundTurnsPerSecond?: number[];
}

async function runOn(target: string, url: string, options: Options, shapes: Map<string, string[]>): Promise<Result> {
  const prefix = `bench-scale-${randomBytes(4).toString('hex')}`;
  const script = fileURLToPath(new URL('./scale-worker.ts', import.meta.url));
  const workers = Array.from({ length: options.workers }, () => new Worker(fork(script, [url, prefix], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })));
  await Promise.all(workers.map((w) => w.ready));
  const rand = random(19);
  const pick = () => workers[Math.floor(rand() * workers.length)] as Worker;
  const latenciesUs: number[] = [];
  const problems: string[] = [];
  const note = (problem: string) => problems.length < 10 && problems.push(problem);
  let turns = 0;
  let duplicatesSent = 0;
  let retriesSent = 0;
  let storeDownOrBusy = 0;
  let lostAnswers = 0;
  let duplicateReplies = 0;

  let timing = false;
  async function converse(person: Person, tenant = 'T1'): Promise<void> {
    const user = userOf(person, tenant);
    const expected = shapes.get(person.role.id) as string[];
    for (const [t, text] of person.lines.entries()) {
      for (let attempt = 0; ; attempt++) {
        const event: InboundInput = { kind: 'text', ...user, conversation: 'D1', eventId: `${person.index}-${t}-${attempt}`, text };
        const first = pick();
        const sent = [first.turn(event)];
        if (rand() < options.duplicates) {
          duplicatesSent++;
          sent.push(workers[(workers.indexOf(first) + 1) % workers.length]!.turn(event));
        }
        const results = await Promise.all(sent);
        if (rand() < options.retries) {
          retriesSent++;
          results.push(await pick().turn(event));
        }
        const answered = results.filter((r) => r.replied);
        if (timing) for (const r of answered) latenciesUs.push(r.us);
        if (answered.length > 1) {
          duplicateReplies += answered.length - 1;
          note(`${event.eventId} was answered ${answered.length} times`);
        }
        const answer = answered[0];
        if (!answer) {
          lostAnswers++;
          note(`${event.eventId} got no answer at all`);
          break;
        }
        if (answer.storeDown || answer.busy) {
          // The person is told to try again, and says it again: a new message.
          storeDownOrBusy++;
          continue;
        }
        if (timing) turns++;
        if (answer.sig !== expected[t]) {
          lostAnswers++;
          note(`${event.eventId} ("${text.slice(0, 20)}") answered ${answer.sig}, expected ${expected[t]}`);
        }
        break;
      }
    }
  }

  progress(`${target}: warming up the ${options.workers} processes with ${WARM_UP_PEOPLE} people`);
  let warm = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (warm < WARM_UP_PEOPLE) await converse(personOf(warm++), 'warm-up');
    }),
  );
  const warmedUp = { duplicatesSent, retriesSent };
  timing = true;
  progress(`${target}: ${options.users} people over ${options.workers} processes, ${options.concurrency} at a time`);
  let next = 0;
  const handledBefore = await Promise.all(workers.map((w) => w.counts()));
  const cpuBefore = await redisCpuSeconds(url);
  const started = performance.now();
  const ticker = setInterval(() => progress(`${target}: ${next} of ${options.users} people started, ${turns} turns`), 10_000);
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency, options.users) }, async () => {
      while (next < options.users) await converse(personOf(next++));
    }),
  );
  const seconds = (performance.now() - started) / 1_000;
  const redisCpu = (await redisCpuSeconds(url)) - cpuBefore;
  clearInterval(ticker);
  await Promise.all(workers.map((w) => w.stop()));
  const handled = workers.reduce((sum, w) => sum + (w.stats?.handled ?? 0), 0) - handledBefore.reduce((sum, c) => sum + c.handled, 0);
  const commands = workers.reduce((sum, w) => sum + (w.stats?.commands ?? 0), 0) - handledBefore.reduce((sum, c) => sum + c.commands, 0);
  duplicatesSent -= warmedUp.duplicatesSent;
  retriesSent -= warmedUp.retriesSent;

  // Verification and memory, through a store of the driver's own.
  const store = await RedisSessionStore.connect(url, prefix);
  let crossUserOrWrongState = 0;
  const bytes: number[] = [];
  const docBytes: number[] = [];
  try {
    for (let u = 0; u < options.users; u++) {
      const person = personOf(u);
      const { doc } = await store.load(userOf(person), 'verify');
      const mismatch = storedMismatch(person, doc);
      if (mismatch) {
        crossUserOrWrongState++;
        note(`person ${u}: ${mismatch}`);
      }
      if (u % Math.max(1, Math.floor(options.users / 500)) === 0) {
        bytes.push(Number(await store.redis.memory('USAGE', store.sessionKey(userOf(person)), 'SAMPLES', 0)));
        docBytes.push(doc?.length ?? 0);
      }
    }
  } finally {
    for (let u = 0; u < WARM_UP_PEOPLE; u++) await store.redis.unlink(store.sessionKey(userOf(personOf(u), 'warm-up')));
    for (let u = 0; u < options.users; u += 200) {
      await Promise.all(Array.from({ length: Math.min(200, options.users - u) }, (_, i) => store.redis.unlink(store.sessionKey(userOf(personOf(u + i))))));
    }
    await store.close();
  }
  const { p50Us, p99Us } = latency(Float64Array.from(latenciesUs));
  return {
    target,
    people: options.users,
    processes: options.workers,
    turns,
    deliveries: handled,
    seconds,
    turnsPerSecond: turns / seconds,
    p50Ms: p50Us / 1_000,
    p99Ms: p99Us / 1_000,
    commandsPerDelivery: commands / handled,
    commandsPerTurn: commands / turns,
    bytesPerParkedSession: median(bytes),
    redisCpuUsPerTurn: (redisCpu * 1e6) / turns,
    docBytes: median(docBytes),
    duplicatesSent,
    retriesSent,
    storeDownOrBusy,
    lostAnswers,
    duplicateReplies,
    crossUserOrWrongState,
    firstProblems: problems,
  };
}

/** CPU seconds the server(s) have used so far, user and system; on a cluster, every primary's. */
async function redisCpuSeconds(url: string): Promise<number> {
  const client = await connectRedisClient(url, { maxRetriesPerRequest: 1 });
  try {
    const nodes = client instanceof Cluster ? client.nodes('master') : [client];
    let total = 0;
    for (const node of nodes) {
      const info = await node.info('cpu');
      for (const field of ['used_cpu_sys', 'used_cpu_user']) total += Number(new RegExp(`^${field}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
    }
    return total;
  } finally {
    client.disconnect();
  }
}

function report(results: Result[], rounds: number): string {
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  const rows: string[][] = [
    ['', ...results.map((r) => r.target)],
    ['people / coach processes', ...results.map((r) => `${fmt(r.people)} / ${r.processes}`)],
    ['turns answered', ...results.map((r) => fmt(r.turns))],
    ['deliveries handled (with duplicates, retries)', ...results.map((r) => fmt(r.deliveries))],
    [`turns/s${rounds > 1 ? ` (median of ${rounds} rounds)` : ''}`, ...results.map((r) => fmt(r.turnsPerSecond))],
    ...(rounds > 1 ? [['  each round', ...results.map((r) => (r.perRoundTurnsPerSecond ?? []).join(' '))]] : []),
    ['turn latency p50 (ms)', ...results.map((r) => fmt(r.p50Ms, 2))],
    ['turn latency p99 (ms)', ...results.map((r) => fmt(r.p99Ms, 2))],
    ['Redis round trips per delivery', ...results.map((r) => fmt(r.commandsPerDelivery, 2))],
    ['Redis round trips per answered turn', ...results.map((r) => fmt(r.commandsPerTurn, 2))],
    ['Redis CPU per answered turn (µs, all primaries)', ...results.map((r) => fmt(r.redisCpuUsPerTurn, 1))],
    ['  so one busy Redis core carries (turns/s)', ...results.map((r) => fmt(1e6 / r.redisCpuUsPerTurn))],
    ['Redis bytes per parked conversation (MEMORY USAGE)', ...results.map((r) => fmt(r.bytesPerParkedSession))],
    ['  of which the session document', ...results.map((r) => fmt(r.docBytes))],
    [`duplicated deliveries / retries sent${rounds > 1 ? ' (all rounds)' : ''}`, ...results.map((r) => `${fmt(r.duplicatesSent)} / ${fmt(r.retriesSent)}`)],
    ['"try again" answers (said again)', ...results.map((r) => fmt(r.storeDownOrBusy))],
    ['lost answers', ...results.map((r) => fmt(r.lostAnswers))],
    ['duplicate replies', ...results.map((r) => fmt(r.duplicateReplies))],
    ['cross-user or wrong stored state', ...results.map((r) => fmt(r.crossUserOrWrongState))],
  ];
  const lines = [`${cpus().length} cores, load average ${load} at the end (other work on the machine counts in the latencies)`, table(rows)];
  const single = results.find((r) => r.target === 'single');
  const cluster = results.find((r) => r.target === 'cluster');
  if (single && cluster) lines.push(`cluster / single turns/s: ${fmt(cluster.turnsPerSecond / single.turnsPerSecond, 2)}x`);
  const ok = results.every((r) => r.lostAnswers === 0 && r.duplicateReplies === 0 && r.crossUserOrWrongState === 0);
  lines.push(`verification: ${ok ? 'passed (0 lost answers, 0 duplicate replies, 0 cross-user state)' : 'FAILED'}`);
  for (const r of results) for (const p of r.firstProblems) lines.push(`  ${r.target}: ${p}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const shapes = await expectedShapes();
  const targets: { name: 'single' | 'cluster'; url: string; stop?: () => Promise<void> }[] = [];
  try {
    if (options.only !== 'cluster') {
      const own = options.redisUrl ? undefined : await privateRedis();
      targets.push({ name: 'single', url: options.redisUrl ?? (own?.url as string), ...(own ? { stop: own.stop } : {}) });
    }
    if (options.only !== 'single') {
      const own = options.clusterUrl ? undefined : await RedisClusterProcess.start({ primaries: 3 });
      targets.push({ name: 'cluster', url: options.clusterUrl ?? (own?.url as string), ...(own ? { stop: () => own.stop() } : {}) });
    }
    // Ctrl-C stops the servers this run started, not only the driver.
    process.once('SIGINT', () => void Promise.all(targets.map((t) => t.stop?.())).then(() => process.exit(130)));
    const runs = new Map<string, Result[]>(targets.map((t) => [t.name, []]));
    for (let round = 0; round < options.rounds; round++) {
      // Single and cluster take turns going first, so that neither always meets the machine's same mood.
      for (const target of round % 2 === 0 ? targets : [...targets].reverse()) runs.get(target.name)?.push(await runOn(target.name, target.url, options, shapes));
    }
    const results = [...runs.values()].map(combine);
    process.stdout.write(options.json ? `${JSON.stringify(results, null, 2)}\n` : `${report(results, options.rounds)}\n`);
    return results.every((r) => r.lostAnswers === 0 && r.duplicateReplies === 0 && r.crossUserOrWrongState === 0) ? 0 : 1;
  } finally {
    for (const target of targets) await target.stop?.();
  }
}

/** Rounds of one target: the median of each figure, the sum of every count of what went wrong. */
function combine(rounds: Result[]): Result {
  const first = rounds[0] as Result;
  const med = (pick: (r: Result) => number) => median(rounds.map(pick));
  const sum = (pick: (r: Result) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  return {
    ...first,
    turns: med((r) => r.turns),
    deliveries: med((r) => r.deliveries),
    seconds: med((r) => r.seconds),
    turnsPerSecond: med((r) => r.turnsPerSecond),
    p50Ms: med((r) => r.p50Ms),
    p99Ms: med((r) => r.p99Ms),
    commandsPerDelivery: med((r) => r.commandsPerDelivery),
    commandsPerTurn: med((r) => r.commandsPerTurn),
    bytesPerParkedSession: med((r) => r.bytesPerParkedSession),
    redisCpuUsPerTurn: med((r) => r.redisCpuUsPerTurn),
    docBytes: med((r) => r.docBytes),
    duplicatesSent: sum((r) => r.duplicatesSent),
    retriesSent: sum((r) => r.retriesSent),
    storeDownOrBusy: sum((r) => r.storeDownOrBusy),
    lostAnswers: sum((r) => r.lostAnswers),
    duplicateReplies: sum((r) => r.duplicateReplies),
    crossUserOrWrongState: sum((r) => r.crossUserOrWrongState),
    firstProblems: rounds.flatMap((r) => r.firstProblems).slice(0, 10),
    perRoundTurnsPerSecond: rounds.map((r) => Math.round(r.turnsPerSecond)),
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
