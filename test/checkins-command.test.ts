import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../flows/index.js';
import { CheckinStore } from '../src/checkins/checkin-store.js';
import { listText } from '../src/cli/checkins-command.js';
import { syncCheckins } from '../src/checkins/sync-checkins.js';
import { loadCoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { chatWith } from './support/chat.js';
import { RedisScope } from './support/redis-fixtures.js';
import { runNode } from './support/run-node.js';

/**
 * `pivot checkins` as cron runs it: the real bin file in its own process, the coach's Redis, and
 * Slack's Web API played by a local HTTP server that records every call.
 */

let scope: RedisScope;
let slack: Server;
const posted: Record<string, string>[] = [];
let slackUrl = '';
const SET_UP = new Date('2027-03-15T09:00:00Z');
const DUE = '2027-03-19T17:00:00.000Z';

const env = (extra: Record<string, string> = {}) => ({ ...process.env, REDIS_URL: scope.url, PIVOT_KEY_PREFIX: scope.prefix, LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: '', ...extra });
const pivot = (args: string[], extra?: Record<string, string>) => runNode(['src/cli/pivot.js', 'checkins', ...args], { env: env(extra) });

beforeAll(async () => {
  scope = new RedisScope();
  slack = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      posted.push({ method: req.url ?? '', ...Object.fromEntries(new URLSearchParams(body)) });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, ts: String(Date.now()), channel: 'D1' }));
    });
  });
  await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
  slackUrl = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/api/`;
  // Maria, on Slack, has a plan and weekly check-ins on Fridays at 18:00 Berlin time.
  const data = await loadCoachData();
  const store = await scope.openStore();
  const checkins = new CheckinStore(store.redis, scope.prefix);
  const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: 30 * 86_400_000, now: () => SET_UP, onProfileChange: (user, profile) => syncCheckins(checkins, user, profile, SET_UP).then(() => undefined) });
  const chat = chatWith(engine, { platform: 'slack', tenant: 'T9', user: 'U1' });
  const session = newSession(SET_UP);
  session.profile = { name: 'Maria', targetRole: 'data-analyst', gapReport: { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'tableau', share: 0.8 }], at: SET_UP.toISOString() } };
  await store.commit(chat.origin, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: 86_400_000 });
  for (const answer of ['pick', 'yes', '$300', '8', 'skip', 'skip', 'no', 'yes', '1', 'checkins', 'yes', 'Friday', '18:00', 'Europe/Berlin']) await chat.say(answer);
});
afterAll(async () => {
  slack.close();
  await scope.close();
});

describe('pivot checkins', () => {
  it('list shows one person\'s schedule in their own time', async () => {
    const { code, stdout } = await pivot(['list', '--user', 'slack:T9:U1']);
    expect(code).toBe(0);
    expect(stdout).toContain('slack:T9:U1: every Friday at 18:00 (Europe/Berlin)');
    expect(stdout).toContain(`Next: Friday 19 March 2027, 18:00 (${DUE})`);
    expect(stdout).toContain('Missed in a row: 0');
    const none = await pivot(['list', '--user', 'slack:T9:U2']);
    expect(none.stdout.trim()).toBe('slack:T9:U2 has no weekly check-ins.');
  });

  it('run before the time sends nothing; a dry run at the time lists it and changes nothing', async () => {
    expect((await pivot(['run', '--now', '2027-03-19T16:59:00Z'])).stdout.trim()).toBe('Nothing due at 2027-03-19T16:59:00.000Z.');
    const dry = await pivot(['run', '--now', DUE, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('slack:T9:U1  due Friday 19 March 2027, 18:00 (Friday at 18:00 (Europe/Berlin))');
    expect((await pivot(['list', '--user', 'slack:T9:U1'])).stdout).toContain(`(${DUE})`);
    expect(posted).toEqual([]);
  });

  it('without a Slack token here, leaves the check-in for a process that has one', async () => {
    const { stdout } = await pivot(['run', '--now', DUE]);
    expect(stdout.trim()).toBe('slack:T9:U1: left for a process that can reach this platform');
    expect(posted).toEqual([]);
  });

  it('two cron runs at once send it once, in the person\'s DM, with the week\'s step and the answer buttons', async () => {
    const later = '2027-03-19T17:06:00Z';
    const withSlack = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slackUrl };
    const [one, two] = await Promise.all([pivot(['run', '--now', later, '--json'], withSlack), pivot(['run', '--now', later, '--json'], withSlack)]);
    expect(one.stderr + two.stderr).toBe('');
    const results = [...JSON.parse(one.stdout).results, ...JSON.parse(two.stdout).results];
    // The run without a token put it back for five minutes later; the week after is still 18:00 in Berlin.
    expect(results).toEqual([{ user: 'slack:T9:U1', dueAt: '2027-03-19T17:05:00.000Z', outcome: 'sent', next: '2027-03-26T17:00:00.000Z' }]);
    const messages = posted.filter((p) => p.method === '/api/chat.postMessage');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.channel === 'U1')).toBe(true);
    const blocks = messages.map((m) => m.blocks ?? '').join('\n');
    expect(blocks).toContain('Weekly check-in: this week is about step 3');
    expect(blocks).toContain("I'm behind");
    expect(blocks).toContain('Stop check-ins');
    expect((await pivot(['list', '--user', 'slack:T9:U1'])).stdout).toContain('Next: Friday 26 March 2027, 18:00 (2027-03-26T17:00:00.000Z)');
  });

  it('refuses a bad time or subcommand with status 2', async () => {
    const bad = await pivot(['run', '--now', 'friday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now "friday" should be an ISO time');
    expect((await pivot(['send'])).code).toBe(2);
    const help = await pivot(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('pivot checkins run [--now ISO-TIME] [--dry-run]');
  });
});

describe('pivot checkins list, as it says one person\'s check-ins', () => {
  const answered = { enabled: true, setAt: '2026-11-01T00:00:00.000Z', log: [{ at: '2026-12-04T11:30:00.000Z', outcome: 'done' as const, hours: 5, step: 3 }, { at: '2026-12-12T04:00:00.000Z', outcome: 'behind' as const, hours: 2 }] };
  const schedule = (timeZone: string) => ({ schedule: { user: { platform: 'slack', tenant: 'T9', user: 'U1' }, when: { weekday: 5, time: '18:00', timeZone }, setAt: answered.setAt, missed: 0, askedToContinue: false }, dueAt: new Date('2026-12-18T05:00:00Z') });

  it("dates each answer by the person's own day", () => {
    // 11:30 UTC on 4 December is the early hours of the 5th in Auckland; 04:00 UTC on the 12th is still the evening of the 11th in Los Angeles.
    const auckland = listText('slack:T9:U1', schedule('Pacific/Auckland'), answered, 'Pacific/Auckland');
    expect(auckland).toContain('  Saturday 5 December 2026: done, 5 h (step 3)\n  Saturday 12 December 2026: behind, 2 h');
    const losAngeles = listText('slack:T9:U1', schedule('America/Los_Angeles'), answered, 'America/Los_Angeles');
    expect(losAngeles).toContain('  Friday 4 December 2026: done, 5 h (step 3)\n  Friday 11 December 2026: behind, 2 h');
    expect(listText('slack:T9:U1', schedule('UTC'), answered, undefined)).toContain('  Friday 4 December 2026: done, 5 h (step 3)\n  Saturday 12 December 2026: behind, 2 h');
  });

  it('says the scheduler stopped them after two missed check-ins, and on which of their days, apart from someone who switched them off', () => {
    const switchedOff = { ...answered, enabled: false, setAt: '2026-12-26T04:00:00.000Z' };
    const stopped = { ...switchedOff, stoppedAfterMissed: '2026-12-26T04:00:00.000Z' };
    expect(listText('slack:T9:U1', null, stopped, 'America/Los_Angeles')).toBe('slack:T9:U1 has no weekly check-ins: stopped after two missed check-ins, on Friday 25 December 2026. 2 answers kept, 7 hours logged.');
    expect(listText('slack:T9:U1', null, stopped, 'Pacific/Auckland')).toContain('stopped after two missed check-ins, on Saturday 26 December 2026.');
    expect(listText('slack:T9:U1', null, switchedOff, 'Pacific/Auckland')).toBe('slack:T9:U1 has no weekly check-ins (switched off). 2 answers kept, 7 hours logged.');
    expect(listText('slack:T9:U1', null, undefined, undefined)).toBe('slack:T9:U1 has no weekly check-ins.');
  });
});
