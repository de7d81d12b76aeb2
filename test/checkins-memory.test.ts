import { beforeAll, describe, expect, it } from 'vitest';
import { runTerminalCoach } from '../adapters/terminal/terminal-coach.js';
import { createFlowRegistry } from '../flows/index.js';
import { checkinsOf } from '../src/checkins/checkin-profile.js';
import { localCheckins } from '../src/checkins/local-checkins.js';
import { MemoryCheckinStore } from '../src/checkins/memory-checkin-store.js';
import { startCheckinPoller } from '../src/checkins/poller.js';
import { runDueCheckins, type CheckinEngine, type SendCheckin } from '../src/checkins/run-checkins.js';
import { syncCheckins } from '../src/checkins/sync-checkins.js';
import { checkinSenders } from '../src/cli/checkin-senders.js';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { StoreUnavailableError } from '../src/engine/session-store.js';
import { silentLogger } from '../src/log.js';
import { chatWith, transcript } from './support/chat.js';

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

/**
 * Two missed check-ins and the "shall I go on?" unanswered too: the scheduler stops them, and the
 * person's own profile says so from then on (written beside their turns with the store's
 * compare-and-set, where they are in the chat left as it was), so their next turn tells them
 * plainly and `checkins` no longer says they have any. On the in-memory store, with a clock.
 */
describe('check-ins stopped after two missed, without Redis', () => {
  const TTL = 30 * 86_400_000;
  const WEEK = 7 * 86_400_000;
  /** One coach: sessions and check-ins in this process, a clock the test moves, and what each check-in sent. */
  function coach(start: string) {
    let now = new Date(start);
    const clock = () => now;
    const store = new MemorySessionStore('pivot', () => now.getTime());
    const queue = new MemoryCheckinStore();
    const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: TTL, now: clock, onProfileChange: (user, profile) => syncCheckins(queue, user, profile, clock()).then(() => undefined) });
    const sent: { user: string; text: string }[] = [];
    const terminal: SendCheckin = async (schedule, replies) => void sent.push({ user: schedule.user.user, text: transcript([...replies]) });
    const run = (by: CheckinEngine = engine) => runDueCheckins({ store: queue, engine: by, sessionTtlMs: TTL, now: clock(), senders: { terminal } });
    /** Someone with a plan (its first step done) and weekly check-ins on Wednesdays at 09:00 UTC. */
    const person = async (name: string) => {
      const user = { platform: 'terminal', tenant: 'local', user: name };
      const session = newSession(now);
      session.profile = {
        name,
        targetRole: 'data-analyst',
        gapReport: { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'tableau', share: 0.8 }, { skill: 'sql', share: 0.6 }], at: now.toISOString() },
        hoursPerWeek: 6,
        plan: { steps: [{ step: 1, title: 'Read job postings', due: '2027-06-01', done: true }, { step: 2, title: 'Study for the certificate', due: '2027-08-01' }], names: ['Google Data Analytics Professional Certificate'] },
      };
      await store.commit(user, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: TTL });
      const chat = chatWith(engine, { ...user, conversation: name });
      for (const answer of ['checkins', 'yes', 'Wednesday', '9am']) await chat.say(answer);
      expect(await chat.say('UTC')).toContain("Done: I'll check in every Wednesday at 09:00 (UTC)");
      const settings = async () => {
        const stored = await engine.storedProfile(user);
        return stored.kind === 'profile' ? checkinsOf(stored.profile) : undefined;
      };
      return { user, chat, settings };
    };
    /** Moves the clock to the next Wednesday's check-in and runs the pass: its outcomes. */
    const nextWeek = async (by?: CheckinEngine) => {
      now = new Date(now.getTime() + WEEK);
      return (await run(by)).map((r) => `${r.user.user}:${r.outcome}`);
    };
    return { engine, store, queue, sent, run, person, nextWeek, at: (iso: string) => (now = new Date(iso)), clock };
  }

  it('the stop sends nothing; the next turn says it plainly, and a late yes starts them again', async () => {
    const c = coach('2027-06-01T08:00:00Z');
    const ben = await c.person('ben');
    c.at('2027-06-02T09:00:05Z');
    expect((await c.run()).map((r) => r.outcome)).toEqual(['sent']);
    await ben.chat.say('3');
    // Answered: sent; then one missed: sent; two missed: the question; that unanswered too: stopped.
    expect([...(await c.nextWeek()), ...(await c.nextWeek()), ...(await c.nextWeek())]).toEqual(['ben:sent', 'ben:sent', 'ben:asked-to-continue']);
    const asked = c.sent.at(-1)?.text ?? '';
    expect(asked).toContain('Shall I keep checking in every Wednesday at 09:00 (UTC)? If I don\'t hear from you before the next one, I\'ll stop them');
    const sentBefore = c.sent.length;
    expect(await c.nextWeek()).toEqual(['ben:stopped']);
    expect(c.sent).toHaveLength(sentBefore);
    expect(await c.queue.get(ben.user)).toBeNull();
    expect(await ben.settings()).toMatchObject({ enabled: false, stoppedAfterMissed: '2027-06-30T09:00:05.000Z', setAt: '2027-06-30T09:00:05.000Z' });

    // Back a few days later: told plainly, at the question they were last asked.
    c.at('2027-07-03T10:00:00Z');
    const back = await ben.chat.command('start');
    expect(back).toContain('Welcome back!');
    expect(back).toContain('I stopped your weekly check-ins after two missed ones. Shall I start them again, every Wednesday at 09:00 (UTC)?');
    expect(await ben.chat.say('status')).toContain('Weekly check-ins=I stopped your weekly check-ins after two missed ones; say `checkins` to start them again.');
    // A tap on that old question's "Yes": on again at the time they had, from the next one.
    expect(await ben.chat.click('go-on', 'yes')).toContain('Good: your check-ins are on again, every Wednesday at 09:00 (UTC), next on Wednesday 7 July, 09:00.');
    expect((await c.queue.get(ben.user))?.dueAt?.toISOString()).toBe('2027-07-07T09:00:00.000Z');
    expect(await ben.settings()).not.toHaveProperty('stoppedAfterMissed');
    expect(await ben.chat.say('checkins')).toContain('You have a weekly check-in every Wednesday at 09:00 (UTC).');
    c.at('2027-07-07T09:00:05Z');
    expect((await c.run()).map((r) => r.outcome)).toEqual(['sent']);
  });

  it('`checkins` after the stop says so instead of "You have a weekly check-in", and a no settles it', async () => {
    const c = coach('2027-06-01T08:00:00Z');
    const eve = await c.person('eve');
    c.at('2027-06-02T09:00:05Z');
    await c.run();
    // Unanswered: one missed, then two and the question.
    expect([...(await c.nextWeek()), ...(await c.nextWeek())].map((o) => o.split(':')[1])).toEqual(['sent', 'asked-to-continue']);
    expect(await c.nextWeek()).toEqual(['eve:stopped']);
    const said = await eve.chat.say('checkins');
    expect(said).not.toContain('You have a weekly check-in');
    expect(said).toContain('I stopped your weekly check-ins after two missed ones. Would you like to start them again?');
    expect(await eve.chat.say('no')).toContain('No weekly check-ins, then.');
    const settings = await eve.settings();
    expect(settings).toMatchObject({ enabled: false });
    expect(settings).not.toHaveProperty('stoppedAfterMissed');
    expect(await eve.chat.say('status')).not.toContain('Weekly check-ins=');
  });

  it('someone busy with something else when the stop comes stays where they were', async () => {
    const c = coach('2027-06-01T08:00:00Z');
    const cy = await c.person('cy');
    c.at('2027-06-02T09:00:05Z');
    await c.run();
    expect([...(await c.nextWeek()), ...(await c.nextWeek())]).toEqual(['cy:sent', 'cy:asked-to-continue']);
    // Not answering the question, cy starts a credential pick and is in the middle of it.
    await cy.chat.say('pick');
    const question = await cy.chat.say('repeat');
    expect(await c.nextWeek()).toEqual(['cy:stopped']);
    expect(await cy.settings()).toMatchObject({ enabled: false });
    // The same question, in the same flow: their next message answers it.
    expect(await cy.chat.say('repeat')).toBe(question);
    expect(await cy.chat.say('status')).toMatch(/Where we are: Working on=Credential pick/);
  });

  it('an answer landing while the stop is written wins: the stop reads again, finds it answered, and the check-in goes out', async () => {
    const c = coach('2027-06-01T08:00:00Z');
    const dan = await c.person('dan');
    c.at('2027-06-02T09:00:05Z');
    await c.run();
    // Unanswered: one missed, then two and the question.
    expect([...(await c.nextWeek()), ...(await c.nextWeek())].map((o) => o.split(':')[1])).toEqual(['sent', 'asked-to-continue']);
    // Dan taps "Yes" on the question between the scheduler's read and its write: the write loses the compare-and-set.
    let raced = false;
    const store = c.engine.store;
    const racing: CheckinEngine = {
      handle: (inbound) => c.engine.handle(inbound),
      storedProfile: (user) => c.engine.storedProfile(user),
      store: {
        kind: store.kind,
        load: (user, eventId) => store.load(user, eventId),
        commit: async (user, commit) => {
          if (!raced && commit.eventId.startsWith('checkin-stop:')) {
            raced = true;
            expect(await dan.chat.click('go-on', 'yes')).toContain('Good, talk next week.');
          }
          return store.commit(user, commit);
        },
        ping: () => store.ping(),
        close: () => store.close(),
      },
    };
    expect(await c.nextWeek(racing)).toEqual(['dan:failed']);
    expect(raced).toBe(true);
    const settings = await dan.settings();
    expect(settings).toMatchObject({ enabled: true });
    expect(settings).not.toHaveProperty('stoppedAfterMissed');
    // Given back due at once: the next pass sends this week's check-in.
    const sentBefore = c.sent.length;
    expect((await c.run()).map((r) => r.outcome)).toEqual(['sent']);
    expect(c.sent.slice(sentBefore).map((s) => s.text).join('\n')).toContain('Weekly check-in: this week is about step 2');
  });

  it('a stop that could not be written is tried again later, and the schedule kept until it is', async () => {
    const c = coach('2027-06-01T08:00:00Z');
    const fay = await c.person('fay');
    c.at('2027-06-02T09:00:05Z');
    await c.run();
    // Unanswered: one missed, then two and the question.
    expect([...(await c.nextWeek()), ...(await c.nextWeek())].map((o) => o.split(':')[1])).toEqual(['sent', 'asked-to-continue']);
    const store = c.engine.store;
    const down: CheckinEngine = {
      handle: (inbound) => c.engine.handle(inbound),
      storedProfile: (user) => c.engine.storedProfile(user),
      store: {
        kind: store.kind,
        load: (user, eventId) => store.load(user, eventId),
        commit: async () => {
          throw new StoreUnavailableError('the store is down');
        },
        ping: () => store.ping(),
        close: () => store.close(),
      },
    };
    expect(await c.nextWeek(down)).toEqual(['fay:failed']);
    expect(await fay.settings()).toMatchObject({ enabled: true });
    expect((await c.queue.get(fay.user))?.dueAt?.getTime()).toBe(c.clock().getTime() + 5 * 60_000);
    c.at(new Date(c.clock().getTime() + 5 * 60_000).toISOString());
    expect((await c.run()).map((r) => r.outcome)).toEqual(['stopped']);
    expect(await fay.settings()).toMatchObject({ enabled: false });
  });

  it('check-ins set up before they needed a plan stop at the next one, saying why and how to make the plan', async () => {
    const c = coach('2027-06-01T08:00:00Z');
    const user = { platform: 'terminal', tenant: 'local', user: 'gus' };
    const session = newSession(c.clock());
    session.profile = { name: 'Gus', checkins: { enabled: true, when: { weekday: 3, time: '09:00', timeZone: 'UTC' }, setAt: c.clock().toISOString(), log: [] } };
    await c.store.commit(user, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: TTL });
    expect(await syncCheckins(c.queue, user, session.profile, c.clock())).toBe('scheduled');
    c.at('2027-06-02T09:00:05Z');
    await c.run();
    const said = c.sent.map((s) => s.text).join('\n');
    expect(said).toContain("Weekly check-in: you don't have a plan yet, so there is no step to check on, and I've stopped these check-ins. Say `pick` to choose a credential and get a dated plan");
    expect(said).not.toContain('every step of your plan is done');
    expect(await c.queue.get(user)).toBeNull();
    const stored = await c.engine.storedProfile(user);
    expect(stored.kind === 'profile' ? checkinsOf(stored.profile)?.enabled : undefined).toBe(false);
  });
});
