import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InboundInput } from '../src/engine/inbound.js';
import { RedisSessionStore } from '../src/engine/redis-session-store.js';
import type { FromWorker, ToWorker } from './scale-worker.js';

/** The driver's side of a coach process (scale-worker.ts): turns sent over IPC, answers matched by id. */
export class Worker {
  private readonly waiting = new Map<number, (message: Extract<FromWorker, { type: 'done' }>) => void>();
  private ids = 0;
  stats: Extract<FromWorker, { type: 'stats' }> | undefined;
  private onCounts: ((counts: { handled: number; commands: number }) => void) | undefined;
  readonly ready: Promise<void>;

  constructor(private readonly child: ChildProcess) {
    this.ready = new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`a coach process stopped (exit ${code}) before it was ready`)));
      child.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'stats') this.stats = message;
        else if (message.type === 'counts') this.onCounts?.(message);
        else {
          this.waiting.get(message.id)?.(message);
          this.waiting.delete(message.id);
        }
      });
    });
  }

  /** Deliveries handled and commands sent so far. */
  counts(): Promise<{ handled: number; commands: number }> {
    return new Promise((resolve) => {
      this.onCounts = resolve;
      this.child.send({ type: 'counts' } satisfies ToWorker);
    });
  }

  turn(event: InboundInput): Promise<Extract<FromWorker, { type: 'done' }>> {
    const id = ++this.ids;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ type: 'turn', id, event } satisfies ToWorker);
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'stats' } satisfies ToWorker);
    await exited;
  }
}

/** A private redis-server with the cluster nodes' settings (no persistence), so both sides compare alike. */
export async function privateRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pivot-scale-'));
  const port = 30_000 + Math.floor(Math.random() * 10_000);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const probe = await RedisSessionStore.connect(url, 'probe');
      await probe.close();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
