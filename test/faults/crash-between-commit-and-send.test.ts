import { describe, it } from 'vitest';
import { NONE, failures, verdict } from '../support/fault-ledger.js';
import { cleanEnd } from './support/clean-run.js';
import { CoachProcesses } from './support/coach-processes.js';
import type { SlackPerson } from './support/slack-person.js';

/**
 * A coach process (src/main.ts, Slack over HTTP, REDIS_URL set) killed with SIGKILL right after
 * Redis accepted a turn's commit, before anything else of the turn ran: the answer is saved, the
 * reply is neither sent nor (today) in the outbox. Another process is started. The person got no
 * answer, so after a while they send the same answer again, as people do. What must hold: the
 * reply to the saved answer reaches them exactly once (brought by the new process, or with their
 * next message), their repeated answer is not taken as the answer to the question they never
 * saw, and they end where one clean run ends.
 *
 * It failed before the engine enqueued a turn's replies with its commit (acf1021): the answer
 * was saved, the reply lost, and the answer sent again read as the answer to the next question.
 */

/** The reply to the answer "Maria" (it greets her by name), as often as it reached her. */
const greetings = (p: SlackPerson) => {
  const turn = p.sent[1]?.eventId ?? '?';
  return p.shown().filter((s) => s.replyId.startsWith(`${turn}#`) && s.text.includes('Good to meet you, Maria')).length;
};

describe('a coach process killed between commit and send', () => {
  it('killed right after the commit of an answer: another process brings its reply once, and the answer sent again is not applied twice', async ({ task, expect, onTestFinished }) => {
    const fleet = await CoachProcesses.start('faults-crash');
    onTestFinished(() => fleet.close());
    const doomed = await fleet.coach({ holdAfterCommit: 2 });
    const p = fleet.person();
    await p.say('hi');
    expect(await fleet.until(() => p.shown().length === 1, 10_000)).toBe(true);
    const before = await p.where();
    await p.say('Maria');
    await doomed.process.waitFor(/fault: committed/);
    await fleet.killCurrent();
    expect((await p.profile()).name).toBe('Maria');
    await fleet.coach();


    // No answer after several seconds: the person sends the same answer again.
    if (!(await fleet.until(() => greetings(p) >= 1, 8_000))) {
      const seen = p.shown().length;
      await p.say('Maria');
      await fleet.until(async () => p.shown().length > seen && (await p.waiting()).length === 0, 15_000);
    }
    const row = verdict('coach killed between commit and send', await p.observe(before));
    task.meta.fault = row;
    expect(failures(row)).toEqual(NONE);
    expect(greetings(p)).toBe(1);
    expect(await p.waiting()).toEqual([]);
    expect(await p.where()).toBe(await cleanEnd(['hi', 'Maria']));
    expect((await p.profile()).name).toBe('Maria');
  }, 90_000);
});
