import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/**
 * A private redis-server child process, for tests that stop Redis: the shared server at
 * TEST_REDIS_URL is never stopped. Data is kept in an append-only file fsynced on every
 * write, so what was committed before a stop is there again after a restart.
 */

const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 10_000;

function findRedisServer(): string {
  try {
    const path = execFileSync('which', ['redis-server'], { encoding: 'utf8' }).trim();
    if (path) return path;
  } catch {
    // reported below
  }
  throw new Error(
    'These tests start their own redis-server (to stop and restart it) and could not find the binary on PATH. ' +
      'Install it (for example: apt-get install redis-server, or brew install redis), then run the tests again.',
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('Could not find a free port.'))));
    });
  });
}

async function answersPing(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: 500 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RedisServerProcess {
  private child: ChildProcess | null = null;
  private output = '';

  private constructor(
    private readonly binary: string,
    readonly port: number,
    readonly dir: string,
  ) {}

  /** Starts a fresh server on a free port with its own data directory. */
  static async start(): Promise<RedisServerProcess> {
    const binary = findRedisServer();
    const dir = await mkdtemp(join(tmpdir(), 'pivot-redis-'));
    const server = new RedisServerProcess(binary, await freePort(), dir);
    await server.launch();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Stops the server (SIGTERM: Redis shuts down cleanly) and waits until the process is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }

  /**
   * Sends a signal to the server: SIGSTOP freezes it (connections stay open, nothing is
   * answered, as a primary stuck in a long fork or a paused VM), SIGCONT lets it go on.
   */
  signal(signal: NodeJS.Signals): void {
    if (!this.child?.kill(signal)) throw new Error(`redis-server on port ${this.port} is not running: could not send ${signal}.`);
  }

  /** Kills the server without letting it shut down (SIGKILL), as a crash would; `restart` brings it back from its append-only file. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  /** Starts the server again on the same port and data directory. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  /** Stops the server and removes its data directory. */
  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async launch(): Promise<void> {
    // Pass the arguments as an array, without a shell: `--save ''` is an empty argument.
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', this.dir];
    const child = spawn(this.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-4_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let exitCode: number | null | undefined;
    child.once('exit', (code) => {
      exitCode = code;
      if (this.child === child) this.child = null;
    });

    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (exitCode !== undefined) break;
      if (await answersPing(this.url)) return;
      await sleep(50);
    }
    await this.stop();
    throw new Error(`redis-server on port ${this.port} did not answer PING (exit code ${String(exitCode)}). Its output:\n${this.output}`);
  }
}
