import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../flows/index.js';
import { CheckinStore } from '../src/checkins/checkin-store.js';
import { startCheckinPoller } from '../src/checkins/poller.js';
import { checkinSenders } from '../src/cli/checkin-senders.js';
import { runDueCheckins, type SendCheckin } from '../src/checkins/run-checkins.js';
import { syncCheckins } from '../src/checkins/sync-checkins.js';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import type { Reply } from '../src/engine/reply.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { chatWith, transcript } from './support/chat.js';
import { RedisScope } from './support/redis-fixtures.js';
import { silentLogger } from '../src/log.js';

/**
 * Weekly check-ins end to end, on a real Redis and a controlled clock: Maria makes a plan on Slack
 * and asks for check-ins on Fridays at 6pm Berlin time; two coach processes poll the queue; each
 * check-in reaches her once; her answers move the plan; missed ones lead to one question, then
 * silence; opting out and `forget` stop them at once. Berlin moves its clocks on 28 March 2027.
 */

let data: CoachData;
let scope: RedisScope;
let now = new Date('2027-03-15T09:00:00Z');
const clock = () => now;
/** The sessions' idle expiry, as the engine and the scheduler are given it. */
const TTL = 30 * 86_400_000;

/** A coach process: its own connections, engine and view of the check-in queue. */
async function coachProcess() {
  const store = await scope.openStore();
  const checkins = new CheckinStore(store.redis, scope.prefix);
  const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: TTL, now: clock, onProfileChange: (user, profile) => syncCheckins(checkins, user, profile, clock()).then(() => undefined) });
  const sent: { user: string; replies: readonly Reply[] }[] = [];
  const slack: SendCheckin = async (schedule, replies) => {
    sent.push({ user: schedule.user.user, replies });
  };
  const run = () => runDueCheckins({ store: checkins, engine, sessionTtlMs: TTL, now: clock(), senders: { slack } });
  return { engine, checkins, sent, run };
}

let a: Awaited<ReturnType<typeof coachProcess>>;
let b: Awaited<ReturnType<typeof coachProcess>>;

async function personWithPlan(user: string, platform = 'slack', tenant = 'T9') {
  const chat = chatWith(a.engine, { platform, tenant, user });
  const session = newSession(now);
  session.profile = { name: 'Maria', targetRole: 'data-analyst', gapReport: { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'tableau', share: 0.8 }, { skill: 'sql', share: 0.6 }], at: now.toISOString() } };
  const store = await scope.openStore();
  await store.commit({ platform, tenant, user }, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: 86_400_000 });
  await chat.say('pick');
  for (const answer of ['yes', '$300', '8', 'skip', 'skip', 'no', 'yes']) await chat.say(answer);
  const plan = await chat.say('1');
  return { chat, plan };
}

const profile = async (user: string) => {
  const stored = await a.engine.storedProfile({ platform: 'slack', tenant: 'T9', user });
  return stored.kind === 'profile' ? (stored.profile as Record<string, unknown>) : null;
};
const ref = (user: string) => ({ platform: 'slack', tenant: 'T9', user });

beforeAll(async () => {
  data = await loadCoachData();
  scope = new RedisScope();
  a = await coachProcess();
  b = await coachProcess();
});
afterAll(async () => {
  await scope.close();
});

describe('weekly check-ins', () => {
  it('are offered after the plan, off until the person says yes, and scheduled in their zone', async () => {
    const { chat, plan } = await personWithPlan('U1');
    expect(plan).toContain('Would you like a short weekly check-in on this plan?');
    expect(await a.checkins.get(ref('U1'))).toBeNull();
    expect(await chat.say('checkins')).toContain('Would you like a weekly check-in on your plan?');
    await chat.say('yes');
    await chat.say('Friday');
    await chat.say('6pm');
    expect(await chat.say('Berlin')).toContain("Done: I'll check in every Friday at 18:00 (Europe/Berlin), first on Friday 19 March, 18:00.");
    const scheduled = await a.checkins.get(ref('U1'));
    expect(scheduled?.dueAt?.toISOString()).toBe('2027-03-19T17:00:00.000Z');
  });

  it('each due check-in reaches the person once though two processes poll, with this week\'s step and one tap to answer', async () => {
    now = new Date('2027-03-19T16:59:00Z');
    expect([...(await a.run()), ...(await b.run())]).toEqual([]);
    now = new Date('2027-03-19T17:00:30Z');
    const [ra, rb] = await Promise.all([a.run(), b.run()]);
    expect([...ra, ...rb].map((r) => r.outcome)).toEqual(['sent']);
    const sent = [...a.sent, ...b.sent];
    expect(sent).toHaveLength(1);
    const said = transcript([...sent[0]!.replies]);
    expect(said).toMatch(/Weekly check-in: this week is about step 3, \*Enroll and study on a weekly schedule\*, due \w+day \d+ \w+ 2027\. You planned 8 hours this week\. How did it go\?/);
    expect(said).toContain('[Done: went to plan | I\'m behind | Skip this week | Stop check-ins]');
    // Next Friday is after the clocks changed: still 18:00 in Berlin, an hour earlier in UTC.
    expect([...ra, ...rb][0]?.next?.toISOString()).toBe('2027-03-26T17:00:00.000Z');
    now = new Date('2027-03-19T17:30:00Z');
    expect([...(await a.run()), ...(await b.run())]).toEqual([]);
  });

  it('an answer updates the plan: behind moves the open steps and says the new finish plainly', async () => {
    const chat = chatWith(a.engine, { platform: 'slack', tenant: 'T9', user: 'U1' });
    const before = (await profile('U1'))!.plan as unknown as { steps: { step: number; due: string; done?: boolean }[] };
    now = new Date('2027-03-19T19:00:00Z');
    expect(await chat.click('outcome', 'behind')).toContain('How many hours did you manage this week (you planned 8)?');
    const reply = await chat.say('4');
    expect(reply).toMatch(/I've moved your remaining steps 4 days later: you now finish on \w+day \d+ \w+ 20\d\d\. Hours logged so far: 4\./);
    const after = (await profile('U1'))!.plan as unknown as typeof before;
    for (const [i, step] of after.steps.entries()) {
      const was = before.steps[i]!;
      if (was.done) expect(step.due).toBe(was.due);
      else expect(Date.parse(step.due) - Date.parse(was.due)).toBe(4 * 86_400_000);
    }
  });

  it('next week a done step is marked done and its hours logged', async () => {
    now = new Date('2027-03-26T17:00:05Z');
    const results = [...(await a.run()), ...(await b.run())];
    expect(results.map((r) => r.outcome)).toEqual(['sent']);
    expect(results[0]?.next?.toISOString()).toBe('2027-04-02T16:00:00.000Z');
    const chat = chatWith(b.engine, { platform: 'slack', tenant: 'T9', user: 'U1' });
    now = new Date('2027-03-26T18:00:00Z');
    expect(await chat.click('outcome', 'done')).toContain('Is step 3, *Enroll and study on a weekly schedule*, finished?');
    expect(await chat.say('yes')).toMatch(/Step 3 is marked done\. Next: step 4, \*Build the portfolio piece\*, by \w+day .*Hours logged so far: 12\./);
    const steps = ((await profile('U1'))!.plan as unknown as { steps: { step: number; done?: boolean; due: string }[] }).steps;
    expect(steps.find((s) => s.step === 3)).toMatchObject({ done: true, due: '2027-03-26' });
  });

  it('progress shows the steps done, hours logged against planned and the projected finish, then practice', async () => {
    const chat = chatWith(a.engine, { platform: 'slack', tenant: 'T9', user: 'U1' });
    const said = await chat.say('progress');
    // Made on 15 March at 8 hours a week; 4 + 8 hours logged for weeks 1 and 2 (the answer on 26 March covered week 2), so 16 planned.
    expect(said).toMatch(/Your plan so far: Steps done=3 of 6; Now=step 4, Build the portfolio piece, by \w+day \d+ \w+ 2027; Hours=12 logged of 16 planned so far \(8 a week\); Projected finish=\w+day \d+ \w+ 20\d\d/);
    expect(said).toContain('3. Enroll and study on a weekly schedule=done on Friday 26 March 2027');
    // Then the hours week by week: as text bars here, as a picture on Slack and Discord.
    expect(said).toContain('Your study hours, week by week (plan: 8 a week): Week 1=4, Week 2=8');
  });

  it('export puts the study block in the zone given for check-ins', async () => {
    const chat = chatWith(a.engine, { platform: 'slack', tenant: 'T9', user: 'U1' });
    const ics = (await chat.send({ kind: 'text', text: 'export' })).find((r) => r.kind === 'file' && r.filename.endsWith('.ics'));
    const calendar = new ICAL.Component(ICAL.parse((ics as { content: string }).content));
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
  });

  it('after two missed in a row it asks once whether to go on, then stops', async () => {
    const outcomes: string[] = [];
    const stop = { at: '', sentBefore: 0, sentAfter: 0 };
    for (const day of ['2027-04-02T16:00:01Z', '2027-04-09T16:00:01Z', '2027-04-16T16:00:01Z', '2027-04-23T16:00:01Z', '2027-04-30T16:00:01Z']) {
      now = new Date(day);
      const sentBefore = a.sent.length + b.sent.length;
      const [ra, rb] = await Promise.all([a.run(), b.run()]);
      const said = [...ra, ...rb].map((r) => r.outcome);
      if (said.includes('stopped')) Object.assign(stop, { at: now.toISOString(), sentBefore, sentAfter: a.sent.length + b.sent.length });
      outcomes.push(...said);
    }
    // Answered the last: sent; unanswered once: sent (1 missed); twice: the question; no answer: stop.
    expect(outcomes).toEqual(['sent', 'sent', 'asked-to-continue', 'stopped']);
    const asked = [...a.sent, ...b.sent].map((s) => transcript([...s.replies])).find((t) => t.includes("I haven't heard from you"));
    expect(asked).toContain('Shall I keep checking in every Friday at 18:00 (Europe/Berlin)?');
    expect(await a.checkins.get(ref('U1'))).toBeNull();
    // The stop said nothing (a fourth unanswered message would nag); her own profile now says they are off, and why.
    expect(stop.at).toBe('2027-04-23T16:00:01.000Z');
    expect(stop.sentAfter).toBe(stop.sentBefore);
    expect((await profile('U1'))?.checkins).toMatchObject({ enabled: false, stoppedAfterMissed: stop.at });
  });

  it('after the stop her next turn, in any process, says so plainly, and `checkins` no longer says she has them', async () => {
    now = new Date('2027-05-04T08:00:00Z');
    const chat = chatWith(b.engine, { platform: 'slack', tenant: 'T9', user: 'U1' });
    const status = await chat.say('status');
    expect(status).toContain('Weekly check-ins=I stopped your weekly check-ins after two missed ones; say `checkins` to start them again.');
    // Still at the question she was last asked, which now says what happened.
    expect(status).toContain('I stopped your weekly check-ins after two missed ones. Shall I start them again, every Friday at 18:00 (Europe/Berlin)?');
    const said = await chat.say('checkins');
    expect(said).not.toContain('You have a weekly check-in');
    expect(said).toContain('I stopped your weekly check-ins after two missed ones. Would you like to start them again?');
    // Yes, at a new time: scheduled, and the note is gone.
    for (const answer of ['yes', 'Saturday', '10:00']) await chat.say(answer);
    expect(await chat.say('Berlin')).toContain("Done: I'll check in every Saturday at 10:00 (Europe/Berlin), first on Saturday 8 May, 10:00.");
    expect((await a.checkins.get(ref('U1')))?.dueAt?.toISOString()).toBe('2027-05-08T08:00:00.000Z');
    expect((await profile('U1'))?.checkins).not.toHaveProperty('stoppedAfterMissed');
    // Stopped by her again, so the people below have the schedule to themselves.
    await chat.say('checkins');
    expect(await chat.click('manage', 'stop')).toContain('Check-ins stopped');
    expect(await a.checkins.get(ref('U1'))).toBeNull();
  });

  it('opting out in the check-in is immediate: the schedule is gone before the reply is out', async () => {
    const { chat } = await personWithPlan('U2');
    now = new Date('2027-05-03T08:00:00Z');
    for (const answer of ['checkins', 'yes', 'Monday', '09:00', 'UTC']) await chat.say(answer);
    expect((await a.checkins.get(ref('U2')))?.dueAt?.toISOString()).toBe('2027-05-03T09:00:00.000Z');
    now = new Date('2027-05-03T09:00:00Z');
    expect((await a.run()).map((r) => r.outcome)).toEqual(['sent']);
    expect(await chat.click('outcome', 'stop')).toContain('Check-ins stopped');
    expect(await a.checkins.get(ref('U2'))).toBeNull();
    now = new Date('2027-05-10T09:00:00Z');
    expect(await a.run()).toEqual([]);
  });

  it('forget removes the person\'s check-ins with everything else', async () => {
    const { chat } = await personWithPlan('U3');
    for (const answer of ['checkins', 'yes', 'Tuesday', '7pm', 'New York']) await chat.say(answer);
    expect(await a.checkins.get(ref('U3'))).not.toBeNull();
    await chat.say('forget');
    await chat.click('$forget', 'yes');
    expect(await profile('U3')).toBeNull();
    expect(await a.checkins.get(ref('U3'))).toBeNull();
  });

  it('a coach process polls on its own: a due check-in goes out within an interval, and stopping waits for the pass', async () => {
    const { chat } = await personWithPlan('U4');
    now = new Date('2027-06-01T08:00:00Z');
    for (const answer of ['checkins', 'yes', 'Tuesday', '10:00', 'UTC']) await chat.say(answer);
    now = new Date('2027-06-01T10:00:00Z');
    const seen: string[] = [];
    const poller = startCheckinPoller({ store: a.checkins, engine: a.engine, sessionTtlMs: TTL, senders: async () => ({ slack: async (s) => void seen.push(s.user.user) }), logger: silentLogger, intervalMs: 20, now: clock });
    for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await poller.stop();
    expect(seen).toEqual(['U4']);
    expect((await a.checkins.get(ref('U4')))?.dueAt?.toISOString()).toBe('2027-06-08T10:00:00.000Z');
  });

  it('in a terminal the check-in waits in the session and shows at the next start', async () => {
    const { chat } = await personWithPlan('ana', 'terminal', 'local');
    now = new Date('2027-06-02T07:00:00Z');
    for (const answer of ['checkins', 'yes', 'Wednesday', '9am', 'London']) await chat.say(answer);
    now = new Date('2027-06-02T08:00:30Z');
    const results = await runDueCheckins({ store: a.checkins, engine: a.engine, sessionTtlMs: TTL, now: clock(), senders: await checkinSenders({}) });
    expect(results.map((r) => [r.user.user, r.outcome])).toEqual([['ana', 'sent']]);
    const back = await chat.say('start');
    expect(back).toContain('Welcome back!');
    expect(back).toContain('Weekly check-in: this week is about step 3');
  });
});
