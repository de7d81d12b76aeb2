import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from './support/redis-global-setup.js';
import { runNode } from './support/run-node.js';

/** `npm start` as a newcomer runs it, with input piped in instead of typed. */
const startCoach = (input: string, args: string[] = [], env: Record<string, string> = {}) =>
  runNode(['--import', 'tsx', 'src/main.ts', ...args], { input, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });

describe('the coach in a terminal, piped end to end', () => {
  it('runs a conversation from a pipe and exits 0 at end of input', async () => {
    const { code, stdout, stderr } = await startCoach('Ann\nstatus\nforget\nyes\n');
    expect(stderr).toContain('Pivot Coach: terminal, in-memory store');
    expect(stdout).toContain("Hi, I'm Pivot Coach.");
    expect(stdout).toContain('Good to meet you, Ann. What would you like to work on first?');
    expect(stdout).toContain("I've deleted everything I had about you.");
    expect(code).toBe(0);
  });

  it('prints clean text into a pipe: markers removed, no styles, each paragraph on one line', async () => {
    const { code, stdout } = await startCoach('Ann\nhelp\n', [], { TERM: 'xterm-256color' });
    expect(code).toBe(0);
    expect(stdout).toContain('- status: where we are and what you have told me');
    expect(stdout).toContain('- forget: delete everything I know about you');
    expect(stdout).not.toContain('`');
    expect(stdout).not.toContain('\x1b[');
  });

  it('stops with exit status 2 and names the variable when the configuration is wrong', async () => {
    const { code, stderr } = await startCoach('', [], { SESSION_TTL_DAYS: 'forever' });
    expect(code).toBe(2);
    expect(stderr).toContain('SESSION_TTL_DAYS is set to "forever"');
  });

  describe('with REDIS_URL', () => {
    const prefix = `pivot-test-${randomBytes(4).toString('hex')}`;
    const env = { REDIS_URL: TEST_REDIS_URL, PIVOT_KEY_PREFIX: prefix };

    afterAll(async () => {
      const redis = new Redis(TEST_REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.unlink(...keys);
      redis.disconnect();
    });

    it('a second run with the same --user continues the same session', async () => {
      const first = await startCoach('', ['--user', 'Ann Lee'], env);
      expect(first.stderr).toContain('Redis store at redis://');
      expect(first.stdout).toContain('What should I call you?');
      await startCoach('Ann\n', ['--user', 'Ann Lee'], env);
      const second = await startCoach('status\n', ['--user', 'Ann Lee'], env);
      expect(second.stdout).toContain('Welcome back!');
      const other = await startCoach('', ['--user', 'Bo'], env);
      expect(other.stdout).toContain('What should I call you?');
    });
  });
});
