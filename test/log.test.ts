import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { slackError } from '../adapters/slack/deliver.js';
import { Engine } from '../src/engine/engine.js';
import { StoreUnavailableError } from '../src/engine/session-store.js';
import type { SessionStore } from '../src/engine/session-store.js';
import { createLogger, currentTurn, inTurn } from '../src/log.js';
import type { LogLevel } from '../src/log.js';
import { startSlack } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';
import { DAY_MS } from './support/memory-engine.js';
import { sampleRegistry } from './support/sample-flows.js';

/**
 * The operator's view: lines a log tool reads as pino's, errors with their stack, one turn id
 * per turn, nothing a field holds can break a line or replace its message, and neither tokens
 * nor what people typed at info level.
 */

type Line = Record<string, unknown>;
function capture(level: LogLevel = 'debug') {
  const raw: string[] = [];
  const logger = createLogger(level, (line) => raw.push(line));
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Line) };
}

describe('log lines in the shape log tools expect', () => {
  it('writes one JSON object per line with numeric level, msg, epoch-ms time, pid and hostname', () => {
    const { logger, raw, lines } = capture();
    const before = Date.now();
    logger.debug('d');
    logger.info('slack app started', { port: 3000 });
    logger.warn('w');
    logger.error('e');
    expect(raw.every((line) => !line.includes('\n'))).toBe(true);
    expect(lines().map((l) => l.level)).toEqual([20, 30, 40, 50]);
    const info = lines()[1] ?? {};
    expect(info).toMatchObject({ msg: 'slack app started', port: 3000, pid: process.pid, hostname: hostname() });
    expect(info.time).toBeTypeOf('number');
    expect(info.time as number).toBeGreaterThanOrEqual(before);
    expect(info.time as number).toBeLessThanOrEqual(Date.now());
    expect(info).not.toHaveProperty('message');
  });

  it('keeps lines below the level out, and writes nothing when silent', () => {
    const warn = capture('warn');
    warn.logger.debug('d');
    warn.logger.info('i');
    warn.logger.warn('w');
    warn.logger.error('e');
    expect(warn.lines().map((l) => l.msg)).toEqual(['w', 'e']);
    const silent = capture('silent');
    silent.logger.error('e');
    expect(silent.raw).toEqual([]);
  });

  it('writes an error under err with its type, message and stack, and its cause', () => {
    class StoreUnavailableError extends Error {
      override readonly name = 'StoreUnavailableError';
    }
    const { logger, lines } = capture();
    const error = new StoreUnavailableError('Redis did not answer', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    logger.error('session store unavailable', { error, platform: 'slack' });
    const line = lines()[0] ?? {};
    expect(line.msg).toBe('session store unavailable');
    expect(line.err).toMatchObject({ type: 'StoreUnavailableError', message: 'Redis did not answer', cause: { type: 'Error', message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' } });
    expect((line.err as { stack: string }).stack).toContain('log.test.ts');
    expect(line).not.toHaveProperty('error');
  });

  it('never lets a field replace the message, level, time, pid or turn', () => {
    const { logger, lines } = capture();
    inTurn(() => logger.info('the real message', { msg: 'forged', level: 'fatal', time: 0, pid: 1, hostname: 'elsewhere', turn: 'forged-turn' }), 'turn-1');
    const line = lines()[0] ?? {};
    expect(line).toMatchObject({ msg: 'the real message', level: 30, pid: process.pid, turn: 'turn-1', _msg: 'forged', _level: 'fatal', _time: 0, _pid: 1, _hostname: 'elsewhere', _turn: 'forged-turn' });
    expect(line.time).not.toBe(0);
  });

  it('never throws on a field it cannot serialise: circular, BigInt, a throwing getter or toJSON', () => {
    const { logger, lines } = capture();
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    const shared = { a: 1 };
    const getter = Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error('getter exploded'); } });
    const badJson = { toJSON: () => { throw new Error('toJSON exploded'); } };
    expect(() => logger.warn('odd fields', { loop, big: 2n ** 70n, getter, badJson, twice: [shared, shared], nan: Number.NaN, fn: () => 1, sym: Symbol('s') })).not.toThrow();
    const line = lines()[0] ?? {};
    expect(line).toMatchObject({ msg: 'odd fields', loop: { name: 'loop', self: '[Circular]' }, big: '1180591620717411303424', getter: { boom: '[unreadable: getter exploded]' }, twice: [{ a: 1 }, { a: 1 }], nan: 'NaN', sym: 'Symbol(s)' });
    expect(String(line.badJson)).toContain('toJSON exploded');
    // A Proxy whose every trap throws: still one line, with the message.
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); }, get: () => { throw new Error('no'); } });
    expect(() => logger.error('hostile fields', hostile as Record<string, unknown>)).not.toThrow();
    expect(() => logger.error('hostile field', { hostile })).not.toThrow();
    expect(lines().slice(1).map((l) => l.msg)).toEqual(['hostile fields', 'hostile field']);
  });

  it('adds a child logger\'s bindings to each of its lines', () => {
    const { logger, lines } = capture();
    const child = logger.child({ component: 'outbox' });
    child.info('sent', { attempts: 1 });
    logger.info('plain');
    expect(lines()).toMatchObject([{ component: 'outbox', attempts: 1, msg: 'sent' }, { msg: 'plain' }]);
    expect(lines()[1]).not.toHaveProperty('component');
  });
});

describe('a turn id on every line of a turn', () => {
  it('follows each turn through awaits, keeps concurrent turns apart, and stays off lines outside', async () => {
    const { logger, lines } = capture();
    const turn = (name: string, delay: number) =>
      inTurn(async () => {
        logger.info(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, delay));
        logger.info(`${name} middle`);
        // A nested call inside the turn keeps the same id.
        await inTurn(async () => logger.info(`${name} end`));
        return currentTurn();
      });
    const [a, b] = await Promise.all([turn('a', 20), turn('b', 5)]);
    logger.info('between turns');
    expect(a).toMatch(/^[\w-]{8}$/);
    expect(b).not.toBe(a);
    const byTurn = (id: string | undefined) => lines().filter((l) => l.turn === id).map((l) => l.msg);
    expect(byTurn(a)).toEqual(['a start', 'a middle', 'a end']);
    expect(byTurn(b)).toEqual(['b start', 'b middle', 'b end']);
    expect(lines().find((l) => l.msg === 'between turns')).not.toHaveProperty('turn');
  });
});

describe('a turn started by the engine itself (terminal, check-ins)', () => {
  it('gets its own turn id, one per call', async () => {
    const { logger, lines } = capture();
    const failing: SessionStore = {
      kind: 'memory',
      load: async () => {
        throw new StoreUnavailableError('connection refused');
      },
      commit: async () => 'ok',
      ping: async () => {},
      close: async () => {},
    };
    const engine = new Engine({ store: failing, flows: sampleRegistry(), ttlMs: DAY_MS, logger });
    const event = (eventId: string) => ({ kind: 'text' as const, platform: 'test', tenant: 'T', conversation: 'C', user: 'U', eventId, text: 'hi' });
    await engine.handle(event('e1'));
    await engine.handle(event('e2'));
    const down = lines().filter((l) => l.msg === 'session store unavailable');
    expect(down).toHaveLength(2);
    expect(down[0]?.turn).toMatch(/^[\w-]{8}$/);
    expect(down[1]?.turn).toMatch(/^[\w-]{8}$/);
    expect(down[1]?.turn).not.toBe(down[0]?.turn);
  });
});

describe('what never reaches a log', () => {
  const SLACK_BOT = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
  const SLACK_APP = 'xapp-1-A0123-4567-abcdef0123456789';
  const DISCORD = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';

  it('redacts tokens wherever they appear: message, fields, nested values, an error and its stack', () => {
    const { logger, raw } = capture();
    const error = new Error(`auth.test failed for ${SLACK_BOT}`);
    logger.error(`could not post with ${SLACK_BOT}`, { error, call: { headers: { authorization: `Bearer ${SLACK_BOT}` }, url: 'https://slack.com/api/chat.postMessage' }, appToken: SLACK_APP, note: `client ${DISCORD}`, redis: 'redis://:hunter2@cache:6379/0' });
    logger.info('install', { token: 'anything-at-all', clientSecret: 'f0e1d2c3b4a5968778695a4b3c2d1e0f', installation: { bot: { token: SLACK_BOT } } });
    const all = raw.join('\n');
    for (const secret of [SLACK_BOT, '0987654321', SLACK_APP, DISCORD, 'hunter2', 'anything-at-all', 'f0e1d2c3b4a5968778695a4b3c2d1e0f']) expect(all).not.toContain(secret);
    expect(all).toContain('[redacted]');
    expect(all).toContain('https://slack.com/api/chat.postMessage');
    expect(all).toContain('redis://[redacted]@cache:6379/0');
  });

  it("writes what a person typed at debug level only", () => {
    const info = capture('info');
    info.logger.warn('answer not understood', { text: 'I was a nurse for 12 years at St Mary', step: 'current-job' });
    expect(info.raw.join()).not.toContain('nurse');
    expect(info.lines()[0]).toMatchObject({ text: '[free text, 37 characters, logged at debug level only]', step: 'current-job' });
    const debug = capture('debug');
    debug.logger.debug('answer not understood', { text: 'I was a nurse for 12 years at St Mary' });
    expect(debug.lines()[0]).toMatchObject({ text: 'I was a nurse for 12 years at St Mary' });
  });
});

describe('Slack API errors', () => {
  it('are written with type and stack, never with the response Slack sent back', () => {
    const { logger, lines, raw } = capture();
    const error = Object.assign(new Error('An API error occurred: msg_too_long'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'msg_too_long', echo: { text: 'I was a nurse for 12 years' } },
    });
    logger.error('slack request failed', slackError(error));
    expect(lines()[0]).toMatchObject({ msg: 'slack request failed', slack: 'msg_too_long', code: 'slack_webapi_platform_error', err: { type: 'Error', message: 'An API error occurred: msg_too_long', code: 'slack_webapi_platform_error' } });
    expect((lines()[0]?.err as { stack?: string }).stack).toContain('log.test.ts');
    expect(raw.join()).not.toContain('nurse');
  });
});

describe('in the running Slack app', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('gives the lines of one event the same turn id, and another event another', async () => {
    h = await startSlack();
    // Every attempt refused: the outbox logs each retry and the give-up, inside the turn.
    for (let i = 0; i < 3; i++) h.api.queue('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    await h.dm('U1', 'hi');
    await h.dm('U1', 'Maria');
    const lines = h.logs.map((line) => JSON.parse(line) as Line);
    const retries = lines.filter((l) => String(l.msg).startsWith('outbox: reply not delivered'));
    expect(retries.length).toBeGreaterThanOrEqual(2);
    const first = retries[0]?.turn;
    expect(first).toMatch(/^[\w-]{8}$/);
    expect(retries.every((l) => l.turn === first)).toBe(true);
    const kept = lines.find((l) => String(l.msg).startsWith('outbox: a reply kept from before'));
    expect(kept?.turn).toMatch(/^[\w-]{8}$/);
    expect(kept?.turn).not.toBe(first);
    expect(h.logs.join('\n')).not.toContain('Maria');
    expect(h.logs.join('\n')).not.toContain('xoxb-test-one');
  });
});
