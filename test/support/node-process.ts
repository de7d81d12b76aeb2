import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { ROOT } from './run-node.js';

/**
 * A long-running Node process of this repo (a coach), whose output a test waits on and which
 * it can kill without warning (SIGKILL), as a crashed or evicted container would be.
 */
export class NodeProcess {
  private output = '';
  private readonly waiters: { pattern: RegExp; found: (match: RegExpExecArray) => void }[] = [];
  readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString();
      for (const waiter of [...this.waiters]) {
        const match = waiter.pattern.exec(this.output);
        if (match) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.found(match);
        }
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Starts `node --import tsx <args>` from the repo's root with exactly this environment. */
  static start(args: string[], env: NodeJS.ProcessEnv): NodeProcess {
    return new NodeProcess(spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  }

  /** Everything it printed so far (stdout and stderr together). */
  get printed(): string {
    return this.output;
  }

  /** The first match of `pattern` in what it prints; fails after `timeoutMs`, or when it exits first. */
  waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
    const now = pattern.exec(this.output);
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No ${pattern} within ${timeoutMs} ms. It printed:\n${this.output.slice(-3_000)}`)), timeoutMs);
      const waiter = {
        pattern,
        found: (match: RegExpExecArray) => {
          clearTimeout(timer);
          resolve(match);
        },
      };
      this.waiters.push(waiter);
      void this.exited.then((code) => {
        if (!this.waiters.includes(waiter)) return;
        clearTimeout(timer);
        reject(new Error(`It exited (code ${String(code)}) before printing ${pattern}. It printed:\n${this.output.slice(-3_000)}`));
      });
    });
  }

  /** SIGKILL: no shutdown, no cleanup; resolves once the process is gone. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, as at the end of a test: the coach stops cleanly. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}
