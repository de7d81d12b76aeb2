import { Redis } from 'ioredis';
import { RedisSessionStore } from '../../../src/engine/redis-session-store.js';
import { NodeProcess } from '../../support/node-process.js';
import { RedisServerProcess } from '../../support/redis-server.js';
import { SlackApiServer } from '../../support/slack-api-server.js';
import { JSON_TYPE, SIGNING_SECRET, send } from '../../support/slack-requests.js';
import { SlackPerson } from './slack-person.js';
import { until } from './until.js';
import type { SlackSide } from './slack-person.js';

/**
 * Coach processes as they run in production (`src/main.ts` with Slack's settings and REDIS_URL),
 * started and killed by a test, on a redis-server and a fake Slack Web API (over HTTP) that
 * outlive them. Events go to whichever process is current; a person's view is read from what
 * the fake Slack holds.
 */

export const HOLD_AFTER_COMMIT = 'test/faults/support/hold-after-commit.ts';

export interface Coach {
  process: NodeProcess;
  port: number;
}

export class CoachProcesses {
  private current: Coach | undefined;
  private readonly started: NodeProcess[] = [];

  private constructor(
    readonly redis: RedisServerProcess,
    readonly slack: SlackApiServer,
    readonly store: RedisSessionStore,
    readonly admin: Redis,
    readonly prefix: string,
  ) {}

  static async start(prefix: string): Promise<CoachProcesses> {
    const redis = await RedisServerProcess.start();
    const slack = await SlackApiServer.start();
    const admin = new Redis(redis.url);
    admin.on('error', () => {});
    return new CoachProcesses(redis, slack, await RedisSessionStore.connect(redis.url, prefix), admin, prefix);
  }

  /**
   * A coach process, now the one events go to. `holdAfterCommit`: it stops for good right after
   * its n-th accepted commit and says so (see hold-after-commit.ts).
   */
  async coach(options: { holdAfterCommit?: number } = {}): Promise<Coach> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      SLACK_BOT_TOKEN: 'xoxb-test-one',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_USER_ID: 'UBOT',
      SLACK_BOT_ID: 'BBOT',
      SLACK_API_URL: this.slack.url,
      PORT: '0',
      REDIS_URL: this.redis.url,
      PIVOT_KEY_PREFIX: this.prefix,
      LOG_LEVEL: 'info',
      ...(options.holdAfterCommit ? { FAULT_HOLD_AFTER_COMMIT: String(options.holdAfterCommit) } : {}),
    };
    const coach = NodeProcess.start([...(options.holdAfterCommit ? ['--import', `./${HOLD_AFTER_COMMIT}`] : []), 'src/main.ts'], env);
    this.started.push(coach);
    const [, port] = await coach.waitFor(/slack app started[^\n]*?"port":(\d+)/, 40_000);
    this.current = { process: coach, port: Number(port) };
    return this.current;
  }

  /** SIGKILL to the current process: events have nowhere to go until the next `coach()`. */
  async killCurrent(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    await current?.process.kill();
  }

  /** Sends to the current process; `settle` cannot be waited for across processes (tests wait for what Slack shows). */
  readonly side: SlackSide = {
    send: async (body) => {
      if (!this.current) throw new Error('No coach process is running.');
      const sent = await send(this.current.port, body, JSON_TYPE);
      if (sent.status !== 200) throw new Error(`The coach answered ${sent.status}: ${sent.text}`);
    },
    posts: () => this.slack.to('chat.postMessage'),
  };

  person(): SlackPerson {
    return new SlackPerson(this.side, this.store, this.admin, this.prefix);
  }

  /** Waits until `done` holds; false when `timeoutMs` passed first. */
  until(done: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
    return until(done, timeoutMs);
  }

  async close(): Promise<void> {
    await Promise.all(this.started.map((p) => p.stop()));
    this.admin.disconnect();
    await this.store.close();
    await this.slack.close();
    await this.redis.dispose();
  }
}
