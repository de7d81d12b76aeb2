import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';

/**
 * A private Redis Cluster for tests: `primaries` redis-server processes in cluster mode (plus
 * `replicas` per primary), each in its own directory under one temp dir, on ports nobody else
 * uses (the port and its cluster bus port, port + 10000, both checked free), joined with
 * `redis-cli --cluster create`. Nothing is persisted; `stop` kills them and removes the dir.
 */

const run = promisify(execFile);
const START_TIMEOUT_MS = 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function redisBinariesPresent(): Promise<boolean> {
  try {
    await run('redis-server', ['--version']);
    await run('redis-cli', ['--version']);
    return true;
  } catch {
    return false;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A port p with p and p + 10000 free (the cluster bus); random in 20000-29999 so parallel runs rarely meet. */
async function clusterPort(taken: Set<number>): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    if (taken.has(port)) continue;
    if ((await portFree(port)) && (await portFree(port + 10_000))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error('Could not find free ports for a test Redis Cluster.');
}

export interface ClusterNode {
  port: number;
  child: ChildProcess;
  dir: string;
}

export class RedisClusterProcess {
  private constructor(
    readonly dir: string,
    readonly nodes: ClusterNode[],
  ) {}

  static async start(options: { primaries?: number; replicas?: number; nodeTimeoutMs?: number } = {}): Promise<RedisClusterProcess> {
    const primaries = options.primaries ?? 3;
    const replicas = options.replicas ?? 0;
    const dir = await mkdtemp(join(tmpdir(), 'pivot-cluster-'));
    const taken = new Set<number>();
    const nodes: ClusterNode[] = [];
    const cluster = new RedisClusterProcess(dir, nodes);
    try {
      for (let i = 0; i < primaries * (1 + replicas); i++) {
        const port = await clusterPort(taken);
        const nodeDir = join(dir, String(port));
        await run('mkdir', ['-p', nodeDir]);
        const args = [
          '--port', String(port), '--bind', '127.0.0.1', '--dir', nodeDir,
          '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf',
          '--cluster-node-timeout', String(options.nodeTimeoutMs ?? 2_000),
          '--save', '', '--appendonly', 'no', '--loglevel', 'warning',
        ];
        const child = spawn('redis-server', args, { stdio: 'ignore' });
        nodes.push({ port, child, dir: nodeDir });
      }
      await Promise.all(nodes.map((node) => cluster.waitForPing(node.port)));
      await run('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', String(replicas), '--cluster-yes']);
      await cluster.waitUntilOk();
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  /** The coach's form of the address: redis+cluster://127.0.0.1:p1,127.0.0.1:p2,… */
  get url(): string {
    return `redis+cluster://${this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}`;
  }

  /** A plain connection to one node, for CLUSTER commands. */
  node(port: number): Redis {
    const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: 1_000 });
    redis.on('error', () => {});
    return redis;
  }

  /** Runs `command` on one node and closes the connection. */
  async on<T>(port: number, command: (redis: Redis) => Promise<T>): Promise<T> {
    const redis = this.node(port);
    try {
      return await command(redis);
    } finally {
      redis.disconnect();
    }
  }

  /** Every node reports cluster_state:ok and agrees on who serves each slot. */
  async waitUntilOk(timeoutMs = START_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      // Every node sees every slot served, and every replica is in sync with its primary.
      const states = await Promise.all(
        this.live().map((n) => this.on(n.port, async (r) => `${String(await r.cluster('INFO'))}\n${await r.info('replication')}`).catch(() => '')),
      );
      const ok = (info: string) => info.includes('cluster_state:ok') && (!info.includes('role:slave') || info.includes('master_link_status:up'));
      if (states.every(ok)) return;
      await sleep(100);
    }
    throw new Error(`The test Redis Cluster in ${this.dir} did not reach cluster_state:ok.`);
  }

  /** Node id and port of each primary, and the slot ranges it serves. */
  async primaries(): Promise<{ id: string; port: number; slots: [number, number][] }[]> {
    const port = this.live()[0]?.port as number;
    const text = String(await this.on(port, (r) => r.cluster('NODES')));
    return text
      .trim()
      .split('\n')
      .map((line) => line.split(' '))
      .filter((f) => (f[2] ?? '').includes('master') && !(f[2] ?? '').includes('fail'))
      // A node redis-cli has not yet made a replica is briefly listed as a master without slots.
      .filter((f) => f.slice(8).some((s) => /^\d/.test(s)))
      .map((f) => ({
        id: f[0] as string,
        port: Number((f[1] ?? '').split(':')[1]?.split('@')[0]),
        slots: f.slice(8).filter((s) => /^\d/.test(s)).map((s) => {
          const [a, b] = s.split('-').map(Number);
          return [a as number, (b ?? a) as number] as [number, number];
        }),
      }));
  }

  async slotOwner(slot: number): Promise<{ id: string; port: number }> {
    const owner = (await this.primaries()).find((p) => p.slots.some(([a, b]) => slot >= a && slot <= b));
    if (!owner) throw new Error(`No primary serves slot ${slot}.`);
    return owner;
  }

  /**
   * Moves one slot to another primary the way `redis-cli --cluster reshard` does: mark it
   * importing and migrating, move its keys a few at a time (clients meanwhile get ASK for keys
   * already moved), then give the slot to the target (clients then get MOVED).
   * `pause` is awaited between batches, so turns run while the slot is half moved.
   */
  async moveSlot(slot: number, toPort: number, pause: () => Promise<void> = async () => {}): Promise<void> {
    const source = await this.slotOwner(slot);
    const target = (await this.primaries()).find((p) => p.port === toPort);
    if (!target || target.id === source.id) throw new Error(`Slot ${slot} cannot move to port ${toPort}.`);
    const src = this.node(source.port);
    const dst = this.node(target.port);
    try {
      await dst.cluster('SETSLOT', slot, 'IMPORTING', source.id);
      await src.cluster('SETSLOT', slot, 'MIGRATING', target.id);
      for (;;) {
        const keys = (await src.cluster('GETKEYSINSLOT', slot, 5)) as string[];
        if (keys.length === 0) break;
        await src.migrate('127.0.0.1', target.port, '', 0, 5_000, 'KEYS', ...keys);
        await pause();
      }
      await pause();
      await dst.cluster('SETSLOT', slot, 'NODE', target.id);
      await src.cluster('SETSLOT', slot, 'NODE', target.id);
      for (const other of this.live().filter((n) => n.port !== source.port && n.port !== target.port)) {
        await this.on(other.port, (r) => r.cluster('SETSLOT', slot, 'NODE', target.id)).catch(() => undefined);
      }
    } finally {
      src.disconnect();
      dst.disconnect();
    }
  }

  /** A planned failover: the replica of the primary on `primaryPort` takes over (CLUSTER FAILOVER). */
  async failover(primaryPort: number): Promise<number> {
    const primaries = await this.primaries();
    const primary = primaries.find((p) => p.port === primaryPort);
    if (!primary) throw new Error(`No primary on port ${primaryPort}.`);
    const text = String(await this.on(primaryPort, (r) => r.cluster('NODES')));
    const replicaLine = text.split('\n').find((line) => line.split(' ')[3] === primary.id);
    const replicaPort = Number(replicaLine?.split(' ')[1]?.split(':')[1]?.split('@')[0]);
    if (!replicaPort) throw new Error(`The primary on port ${primaryPort} has no replica.`);
    await this.on(replicaPort, (r) => r.cluster('FAILOVER'));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const role = String(await this.on(replicaPort, (r) => r.role()).then((x) => (x as unknown[])[0]));
      if (role === 'master') break;
      await sleep(100);
    }
    await this.waitUntilOk();
    return replicaPort;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.nodes.map(
        (node) =>
          new Promise<void>((resolve) => {
            if (node.child.exitCode !== null || node.child.signalCode !== null) return resolve();
            node.child.once('exit', () => resolve());
            node.child.kill('SIGKILL');
          }),
      ),
    );
    await rm(this.dir, { recursive: true, force: true });
  }

  private live(): ClusterNode[] {
    return this.nodes.filter((n) => n.child.exitCode === null && n.child.signalCode === null);
  }

  private async waitForPing(port: number): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const ok = await this.on(port, (r) => r.ping()).then(
        (answer) => answer === 'PONG',
        () => false,
      );
      if (ok) return;
      await sleep(50);
    }
    throw new Error(`redis-server (cluster mode) on port ${port} did not answer PING.`);
  }
}
