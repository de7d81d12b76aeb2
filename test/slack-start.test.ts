import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode } from './support/run-node.js';
import { SIGNING_SECRET } from './support/slack-requests.js';

/** `npm start` with Slack's settings: the Slack app runs instead of the terminal, until SIGTERM. */
const SLACK_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  SLACK_BOT_TOKEN: 'xoxb-start-test',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_BOT_USER_ID: 'UBOT',
  SLACK_BOT_ID: 'BBOT',
  // Nothing answers here: with the bot ids given, starting needs no Slack call at all.
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
  PORT: '0',
};

describe('npm start with Slack settings', () => {
  it('runs the Slack app on PORT, healthy, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: SLACK_ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 15 s:\n${stderr}`)), 15_000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const started = /"msg":"slack app started".*"port":(\d+)/.exec(stderr);
        if (started) {
          clearTimeout(timer);
          resolve(Number(started[1]));
        }
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      expect(stderr).toContain('Pivot Coach: slack, in-memory store');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('xoxb-start-test');
    expect(stderr).not.toContain(SIGNING_SECRET);
  });

  it('stops with exit status 2 and names the missing variable when Slack is half configured', async () => {
    const { code, stderr } = await runNode(['--import', 'tsx', 'src/main.ts'], { env: { PATH: SLACK_ENV.PATH, HOME: SLACK_ENV.HOME, SLACK_BOT_TOKEN: 'xoxb-half' } });
    expect(code).toBe(2);
    expect(stderr).toContain('SLACK_SIGNING_SECRET is missing: HTTP mode checks every request with it.');
    expect(stderr).not.toContain('xoxb-half');
  });
});
