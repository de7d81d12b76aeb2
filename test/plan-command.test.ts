import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../flows/index.js';
import { loadCoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { chatWith } from './support/chat.js';
import { RedisScope } from './support/redis-fixtures.js';
import { runNode } from './support/run-node.js';

const TODAY = new Date('2027-03-01T09:00:00Z');
let scope: RedisScope;
let dir: string;
const env = () => ({ ...process.env, REDIS_URL: scope.url, PIVOT_KEY_PREFIX: scope.prefix, LOG_LEVEL: 'silent' });
const pivot = (...args: string[]) => runNode(['src/cli/pivot.js', ...args], { env: env() });

/** Maria picks a credential in the chat on Slack (the real flows, on Redis): her plan is then stored as the chat keeps it. */
beforeAll(async () => {
  scope = new RedisScope();
  dir = await mkdtemp(path.join(tmpdir(), 'pivot-plan-'));
  const data = await loadCoachData();
  const store = await scope.openStore();
  const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: 86_400_000, now: () => TODAY });
  const chat = chatWith(engine, { platform: 'slack', tenant: 'T42', user: 'U7' });
  const session = newSession(TODAY);
  session.profile = { name: 'Maria', targetRole: 'data-analyst', gapReport: { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'tableau', share: 0.8 }, { skill: 'sql', share: 0.6 }], at: TODAY.toISOString() } };
  await store.commit(chat.origin, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: 86_400_000 });
  await chat.say('pick');
  for (const answer of ['yes', '$300', '6', 'skip', 'skip', 'no', 'yes']) await chat.say(answer);
  const picked = await chat.say('1');
  expect(picked).toContain('Here is your plan');
});
afterAll(async () => {
  await scope.close();
});

describe('pivot plan', () => {
  it('prints the stored plan as Markdown, with dates in words and where each price was seen', async () => {
    const { code, stdout, stderr } = await pivot('plan', '--user', 'slack:T42:U7');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Your plan: /);
    expect(stdout).toContain('1. ~~Read job postings~~: done on Monday 1 March 2027');
    expect(stdout).toMatch(/3\. \*\*Enroll and study on a weekly schedule\*\*: by \w+day \d{1,2} \w+ 20\d\d/);
    expect(stdout).toContain('6 hours a week: 3 sessions of about 2 hours');
    expect(stdout).toMatch(/\. (?:Seen (?:on|in) |[A-Z][\w. ]*'s own )[^\n]*\d{4}/);
  });

  it("says the day the plan was made in the person's calendar: --tz when given, else UTC for someone whose zone is not known", async () => {
    expect((await pivot('plan', '--user', 'slack:T42:U7')).stdout).toContain('Made on Monday 1 March 2027 · ');
    // 09:00 UTC on 1 March is 23:00 on 28 February in Honolulu.
    expect((await pivot('plan', '--user', 'slack:T42:U7', '--tz', 'Pacific/Honolulu')).stdout).toContain('Made on Sunday 28 February 2027 · ');
  });

  it('writes an .ics that a real parser reads back: six steps and the weekly block in the given zone', async () => {
    const file = path.join(dir, 'plan.ics');
    const { code, stdout } = await pivot('plan', '--user', 'slack:T42:U7', '--format', 'ics', '--tz', 'Europe/Berlin', '--out', file);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`Wrote slack:T42:U7's plan to ${file}.`);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.filter((e) => !e.isRecurring())).toHaveLength(6);
    const block = events.find((e) => e.isRecurring());
    expect(block?.startDate.zone?.tzid ?? block?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
  });

  it('prints JSON with the steps, costs and the finish date', async () => {
    const { code, stdout } = await pivot('plan', '--user', 'slack:T42:U7', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.steps).toHaveLength(6);
    expect(doc.steps.slice(0, 2).every((s: { done: boolean }) => s.done)).toBe(true);
    expect(doc.credentials[0].costs.length).toBeGreaterThan(0);
    expect(doc.finish).toBe(doc.steps.map((s: { due: string }) => s.due).sort().at(-1));
  });

  it('says so when the person has no plan, and refuses a bad option with status 2', async () => {
    const none = await pivot('plan', '--user', 'slack:T42:U8');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('slack:T42:U8 has no plan yet');
    const zone = await pivot('plan', '--user', 'slack:T42:U7', '--tz', 'Berlin');
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('--tz "Berlin" is not a time zone I know');
    const format = await pivot('plan', '--user', 'slack:T42:U7', '--format', 'pdf');
    expect(format.code).toBe(2);
    const noRedis = await runNode(['src/cli/pivot.js', 'plan', '--user', 'ana'], { env: { PATH: process.env.PATH ?? '' } });
    expect(noRedis.code).toBe(2);
    expect(noRedis.stderr).toContain('set REDIS_URL');
  });
});
