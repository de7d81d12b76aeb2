import { beforeAll, describe, expect, it } from 'vitest';
import { runTerminalCoach } from '../adapters/terminal/terminal-coach.js';
import { createFlowRegistry } from '../flows/index.js';
import { localCheckins } from '../src/checkins/local-checkins.js';
import { MemoryCheckinStore } from '../src/checkins/memory-checkin-store.js';
import { startCheckinPoller } from '../src/checkins/poller.js';
import { syncCheckins } from '../src/checkins/sync-checkins.js';
import { checkinSenders } from '../src/cli/checkin-senders.js';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { silentLogger } from '../src/log.js';

/**
 * Check-ins without Redis (the terminal's `npm start` with the in-memory store): the schedule is
 * kept in the process like the sessions, and a check-in that comes due while the coach is open is
 * shown in the terminal before the next line is read, so that line answers it.
 */

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

const schedule = (user: string) => ({ user: { platform: 'terminal', tenant: 'local', user }, when: { weekday: 3, time: '09:00', timeZone: 'UTC' }, setAt: '2027-06-01T00:00:00.000Z' });
const at = (iso: string) => new Date(iso);

describe('the in-memory check-in queue', () => {
  it('claims each due check-in once, with a lease that puts it back at its own due time when it lapses', async () => {
    const queue = new MemoryCheckinStore();
    await queue.put(schedule('ana'), at('2027-06-02T09:00:00Z'));
    await queue.put(schedule('ben'), at('2027-06-09T09:00:00Z'));
    expect(await queue.claim(at('2027-06-02T08:59:59Z'), { leaseMs: 60_000 })).toEqual([]);
    const [claim, ...others] = await queue.claim(at('2027-06-02T09:00:01Z'), { leaseMs: 60_000 });
    expect(others).toEqual([]);
    expect(claim?.schedule.user.user).toBe('ana');
    expect(claim?.dueAt.toISOString()).toBe('2027-06-02T09:00:00.000Z');
    // Held: nobody else gets it, and it is not listed as due.
    expect(await queue.claim(at('2027-06-02T09:00:30Z'), { leaseMs: 60_000 })).toEqual([]);
    expect(await queue.due(at('2027-06-02T09:00:30Z'))).toEqual([]);
    expect((await queue.get(schedule('ana').user))?.dueAt).toBeNull();
    // The holder died: after the lease, the next claim takes it again, at its own due time, under a new token.
    const [again] = await queue.claim(at('2027-06-02T09:01:02Z'), { leaseMs: 60_000 });
    expect(again?.dueAt.toISOString()).toBe('2027-06-02T09:00:00.000Z');
    expect(again?.token).not.toBe(claim?.token);
    expect(await queue.complete(claim!, at('2027-06-09T09:00:00Z'))).toBe('lost');
    expect(await queue.complete(again!, at('2027-06-09T09:00:00Z'))).toBe('ok');
    expect((await queue.due(at('2027-06-09T09:00:00Z'))).map((d) => d.schedule.user.user)).toEqual(['ana', 'ben']);
  });

  it('a release is due again at its retry time; removing ends a claim in flight; completing with no next time stops it', async () => {
    const queue = new MemoryCheckinStore();
    await queue.put(schedule('ana'), at('2027-06-02T09:00:00Z'));
    const [claim] = await queue.claim(at('2027-06-02T09:00:00Z'), { leaseMs: 60_000 });
    expect(await queue.release(claim!, at('2027-06-02T09:05:00Z'))).toBe('ok');
    expect((await queue.get(schedule('ana').user))?.dueAt?.toISOString()).toBe('2027-06-02T09:05:00.000Z');
    const [second] = await queue.claim(at('2027-06-02T09:05:00Z'), { leaseMs: 60_000 });
    expect(await queue.remove(schedule('ana').user)).toBe(true);
    expect(await queue.complete(second!, at('2027-06-09T09:00:00Z'))).toBe('gone');
    expect(await queue.has(schedule('ana').user)).toBe(false);
    await queue.put(schedule('ben'), at('2027-06-02T09:00:00Z'));
    const [third] = await queue.claim(at('2027-06-02T09:00:00Z'), { leaseMs: 60_000 });
    expect(await queue.complete(third!, null)).toBe('stopped');
    expect(await queue.get(schedule('ben').user)).toBeNull();
  });
});

/** Lines typed one at a time; each waits until the coach has answered it (its prompt is written again). */
function keyboard() {
  const queued: string[] = [];
  const waiting: ((next: IteratorResult<string>) => void)[] = [];
  let ended = false;
  return {
    lines: {
      [Symbol.asyncIterator]: () => ({
        next: (): Promise<IteratorResult<string>> => {
          const line = queued.shift();
          if (line !== undefined) return Promise.resolve({ value: line, done: false });
          if (ended) return Promise.resolve({ value: undefined, done: true });
          return new Promise((resolve) => waiting.push(resolve));
        },
      }),
    },
    type(line: string) {
      const reader = waiting.shift();
      if (reader) reader({ value: line, done: false });
      else queued.push(line);
    },
    end() {
      ended = true;
      for (const reader of waiting.splice(0)) reader({ value: undefined, done: true });
    },
  };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(ok()).toBe(true);
};

describe('check-ins in one terminal run, without Redis', () => {
  it('a check-in due while the coach is open is shown at once, and the next line answers it', async () => {
    let now = new Date('2027-06-01T08:00:00Z');
    const clock = () => now;
    const store = new MemorySessionStore('pivot', () => now.getTime());
    const queue = new MemoryCheckinStore();
    const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: 30 * 86_400_000, now: clock, onProfileChange: (user, profile) => syncCheckins(queue, user, profile, clock()).then(() => undefined) });
    const user = { platform: 'terminal', tenant: 'local', user: 'ana' };
    const session = newSession(now);
    session.profile = { name: 'Ana', targetRole: 'data-analyst', gapReport: { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'tableau', share: 0.8 }, { skill: 'sql', share: 0.6 }], at: now.toISOString() } };
    await store.commit(user, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: 86_400_000 });

    const keys = keyboard();
    let output = '';
    let prompts = 0;
    const coach = runTerminalCoach({
      handle: (inbound) => engine.handle(inbound),
      user: 'ana',
      lines: keys.lines,
      write: (text) => {
        output += text;
        if (text === '> ') prompts++;
      },
      prompt: '> ',
      timeZone: 'UTC',
      checkins: localCheckins,
    });
    const say = async (line: string) => {
      const before = prompts;
      const from = output.length;
      keys.type(line);
      await until(() => prompts > before);
      return output.slice(from);
    };
    await until(() => prompts === 1);
    for (const answer of ['pick', 'yes', '$300', '8', 'skip', 'skip', 'no', 'yes', '1']) await say(answer);
    for (const answer of ['checkins', 'yes', 'Wednesday', '9am']) await say(answer);
    expect(await say('UTC')).toContain("Done: I'll check in every Wednesday at 09:00 (UTC)");
    expect((await queue.get(user))?.dueAt?.toISOString()).toBe('2027-06-02T09:00:00.000Z');

    // The coach's own poller, with the terminal's sender, as `npm start` runs them.
    const poller = startCheckinPoller({ store: queue, engine, sessionTtlMs: 30 * 86_400_000, senders: () => checkinSenders({}), logger: silentLogger, intervalMs: 10, now: clock });
    const from = output.length;
    now = new Date('2027-06-02T09:00:20Z');
    await until(() => output.includes('Weekly check-in: this week is about step 3'));
    await poller.stop();
    const shown = output.slice(from);
    expect(shown).toMatch(/1\) Done: went to plan\n {2}2\) I'm behind\n {2}3\) Skip this week\n {2}4\) Stop check-ins\n> $/);
    expect(shown.endsWith('> ')).toBe(true);
    // The next line is the answer to the check-in, by its number.
    expect(await say('3')).toContain('Skipped this week, and nothing moved. Talk next week.');
    expect((await queue.get(user))?.dueAt?.toISOString()).toBe('2027-06-09T09:00:00.000Z');
    keys.end();
    await coach;
    // The terminal stopped listening when it ended: a later check-in waits in the session.
    expect(localCheckins.deliver('ana', [{ kind: 'text', text: 'x' }])).toBe(false);
  });

  it('a check-in arriving while a long text is being typed sets that text aside and says so', async () => {
    const keys = keyboard();
    let output = '';
    const coach = runTerminalCoach({
      handle: async (inbound) => (inbound.kind === 'command' ? [{ kind: 'long-text', stepId: 'posting', text: 'Paste the posting.', fields: [{ id: 'text', label: 'Posting' }] }] : [{ kind: 'text', text: `got ${inbound.kind}` }]),
      user: 'ben',
      lines: keys.lines,
      write: (text) => {
        output += text;
      },
      checkins: localCheckins,
    });
    await until(() => output.includes('Paste the posting.'));
    keys.type('Data Analyst, Acme');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(localCheckins.deliver('ben', [{ kind: 'question', stepId: 'outcome', text: 'Weekly check-in: how did it go?', choices: [{ id: 'done', label: 'Done' }, { id: 'skip', label: 'Skip this week' }] }])).toBe(true);
    expect(output).toContain('the text you started was not sent');
    keys.type('2');
    keys.end();
    await coach;
    expect(output.trim().endsWith('got choice')).toBe(true);
  });
});
