import { describe, expect, it } from 'vitest';
import { isSlackConfigured, loadSlackConfig } from '../adapters/slack/slack-config.js';
import { ConfigError } from '../src/config/config.js';

const BOT = 'xoxb-1234-5678-abcdef';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const APP = 'xapp-1-A1-123-abc';
const OAUTH = { SLACK_CLIENT_ID: '1234567890.1234567890', SLACK_CLIENT_SECRET: 'f0e1d2c3b4a5968778695a4b3c2d1e0f', SLACK_STATE_SECRET: 'a-long-random-state-secret', SLACK_SIGNING_SECRET: SECRET, PIVOT_INSTALLATION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}` };

const problem = (env: Record<string, string>) => {
  try {
    loadSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('Slack settings from the environment', () => {
  it('is configured as soon as any Slack credential is set, empty strings counting as unset', () => {
    expect(isSlackConfigured({})).toBe(false);
    expect(isSlackConfigured({ SLACK_BOT_TOKEN: '' })).toBe(false);
    expect(isSlackConfigured({ SLACK_SIGNING_SECRET: SECRET })).toBe(true);
    expect(isSlackConfigured({ SLACK_CLIENT_ID: '1.2' })).toBe(true);
  });

  it('bot token and signing secret: HTTP mode on PORT, with Slack as the API by default', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: SECRET,
      apiUrl: 'https://slack.com/api/',
      port: 3000,
      keyPrefix: 'pivot',
      logLevel: 'info',
    });
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080', SLACK_API_URL: 'https://slack.test/api/', SLACK_BOT_USER_ID: 'U0BOT', SLACK_BOT_ID: 'B0BOT' })).toMatchObject({
      mode: 'http',
      port: 8080,
      apiUrl: 'https://slack.test/api/',
      botUserId: 'U0BOT',
      botId: 'B0BOT',
    });
  });

  it('adding an app token runs Socket Mode, where the signing secret is optional', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toMatchObject({ mode: 'socket', botToken: BOT, appToken: APP });
  });

  it('client id, client secret and state secret instead of a bot token run the install flow, which needs Redis', () => {
    expect(loadSlackConfig({ ...OAUTH, REDIS_URL: 'redis://127.0.0.1:6379', PIVOT_KEY_PREFIX: 'alumni' })).toMatchObject({
      mode: 'oauth',
      clientId: OAUTH.SLACK_CLIENT_ID,
      redisUrl: 'redis://127.0.0.1:6379',
      keyPrefix: 'alumni',
    });
    expect(problem(OAUTH)).toContain('REDIS_URL is missing: the install flow keeps each workspace');
  });

  it('names what is missing or wrong, and never repeats a secret', () => {
    expect(problem({ SLACK_BOT_TOKEN: BOT })).toContain('SLACK_SIGNING_SECRET is missing');
    expect(problem({ SLACK_SIGNING_SECRET: SECRET })).toContain('SLACK_BOT_TOKEN is missing');
    expect(problem({ SLACK_BOT_TOKEN: BOT, ...OAUTH, REDIS_URL: 'redis://x' })).toContain('SLACK_BOT_TOKEN and SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET are both set');
    expect(problem({ SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID })).toMatch(/SLACK_CLIENT_SECRET is missing[\s\S]*SLACK_STATE_SECRET is missing[\s\S]*SLACK_SIGNING_SECRET is missing/);
    expect(problem({ ...OAUTH, REDIS_URL: 'redis://x', SLACK_APP_TOKEN: APP })).toContain('SLACK_APP_TOKEN is set with the install flow');
    expect(problem({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_ID: 'B0BOT' })).toContain('SLACK_BOT_USER_ID and SLACK_BOT_ID go together');
    expect(problem({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'eighty' })).toContain('PORT is set to "eighty", but it should be a port number');
    const leaked = problem({ SLACK_BOT_TOKEN: 'xoxp-user-token-secret', SLACK_SIGNING_SECRET: 'short!' });
    expect(leaked).toContain('SLACK_BOT_TOKEN is set, but it should be a bot token that starts with xoxb-');
    expect(leaked).toContain('SLACK_SIGNING_SECRET is set, but it should be the Signing Secret');
    expect(leaked).not.toContain('xoxp-user-token-secret');
    expect(leaked).not.toContain('short!');
  });
});
