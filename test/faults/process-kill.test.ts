import { describe, it } from 'vitest';
import { NONE, failures, verdict } from '../support/fault-ledger.js';
import { cleanEnd } from './support/clean-run.js';
import { CoachProcesses } from './support/coach-processes.js';
import type { SlackPerson } from './support/slack-person.js';

/**
 * A coach process (src/main.ts, Slack over HTTP, REDIS_URL set) killed with SIGKILL while it
 * posts a reply: the turn is committed and its reply is in the outbox in Redis, the attempt is
 * recorded, and Slack either never got the message or posted it without the answer getting
 * back. Another process is started; it must bring the reply to the person exactly once (after
 * the dead process's lease on the conversation runs out), and the conversation goes on. The two
 * cases run side by side, each with its own redis-server, fake Slack and processes.
 */

/** The reply to the answer "Maria" (it greets her by name), as often as it reached her. */
const greetings = (p: SlackPerson) => {
  const turn = p.sent[1]?.eventId ?? '?';
  return p.shown().filter((s) => s.replyId.startsWith(`${turn}#`) && s.text.includes('Good to meet you, Maria')).length;
};

describe.concurrent('a coach process killed while it posts a reply', () => {
  for (const posted of [false, true]) {
    const what = posted ? 'Slack had posted it' : 'Slack never got it';
    it(`killed mid-send (${what}): another process brings the reply once, and the person goes on`, async ({ task, expect, onTestFinished }) => {
      const fleet = await CoachProcesses.start(`faults-kill-${String(posted)}`);
      onTestFinished(() => fleet.close());
      await fleet.coach();

      const p = fleet.person();
      await p.say('hi');
      expect(await fleet.until(() => p.shown().length === 1, 10_000)).toBe(true);
      const before = await p.where();
      const held = fleet.slack.hold(p.channel, { posted });
      await p.say('Maria');
      await held;
      await fleet.killCurrent();
      // The turn was committed before the send: the person's answer is saved.
      expect((await p.profile()).name).toBe('Maria');
      await fleet.coach();
      // The reply arrives (or is found already posted), and nothing waits any more.
      await fleet.until(async () => greetings(p) >= 1 && (await p.waiting()).length === 0, 60_000);
      await p.say('status');
      // Slack shows a reply before the outbox, on Slack's answer, takes it off the queue: both are waited for.
      await fleet.until(async () => p.shown().length >= 3 && (await p.waiting()).length === 0, 10_000);
      const row = verdict(`coach killed mid-send, ${what}`, await p.observe(before));
      task.meta.fault = row;
      expect(failures(row)).toEqual(NONE);
      expect(greetings(p)).toBe(1);
      expect(await p.waiting()).toEqual([]);
      expect(await p.where()).toBe(await cleanEnd(['hi', 'Maria']));
    }, 120_000);
  }
});
