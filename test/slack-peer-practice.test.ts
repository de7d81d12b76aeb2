import { afterEach, describe, expect, it } from 'vitest';
import { decodeChecklist, decodeForm, decodeModalMeta } from '../adapters/slack/owner.js';
import { PEER_ELSEWHERE, peerRoot } from '../adapters/slack/peer-practice.js';
import { RedisScope } from './support/redis-fixtures.js';
import { startSlack, textOf } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';

/**
 * Peer practice as a study group lives it in a Slack channel: /pivot peer opens a thread, Ana
 * answers and Ben scores, Cai watches (and tries to help where it is not his turn), and the
 * result lands in Ana's own session. The sessions live in a real Redis, as in production.
 */

const MEMBERS = { UANA: 'ana', UBEN: 'ben', UCAI: 'cai' };
const own = (user: string) => ({ platform: 'slack', tenant: 'T1', user });

let h: SlackHarness | undefined;
let redis: RedisScope | undefined;
afterEach(async () => {
  await h?.close();
  await redis?.close();
  h = undefined;
  redis = undefined;
});

async function start(): Promise<SlackHarness> {
  redis = new RedisScope();
  h = await startSlack({ store: await redis.openStore(), members: MEMBERS });
  return h;
}

const lastPost = (harness: SlackHarness) => harness.api.posts().at(-1) ?? {};

/** Every Web API call after `from`, by method: to see exactly what a step did. */
const methodsSince = (harness: SlackHarness, from: number) => harness.api.calls.slice(from).map((c) => c.method);

const STAR = {
  situation: 'Last spring at the bank, a client file I had to report on had missing dates and duplicated rows from two systems.',
  task: 'I had to deliver the quarterly numbers to the board in five days, and I was the one who signed them off.',
  action: 'I listed every gap, traced the duplicates back to the import in SQL, rebuilt the join, and checked 50 rows by hand with the client team before I trusted the totals.',
  result: 'The report went out on time with 2% fewer errors than the previous quarter, and I learned to profile the data before anything else.',
};

describe('peer practice in a Slack channel', () => {
  it('runs a round in a thread: claims, the role by mention, the STAR form, the checklist modal, both scores, and the result in the answerer’s own session', async () => {
    const h = await start();

    // /pivot peer in the channel: a root message (no user text in it), the first question in its thread, nothing in anyone's DM.
    await h.command('UANA', 'peer', { team: 'T1' }, 'C42');
    const [root, first] = h.api.to('chat.postMessage');
    expect(root?.params).toMatchObject({ channel: 'C42', text: peerRoot('UBOT') });
    expect(root?.params.thread_ts).toBeUndefined();
    const thread = String(root?.result?.ts);
    expect(first?.params).toMatchObject({ channel: 'C42', thread_ts: thread });
    expect(textOf(first?.params ?? {})).toContain('Who is answering this round?');
    expect(h.findControl("I'll answer").element.value).toBe('{"o":"*","s":"answerer","c":"claim"}');
    expect(h.api.to('conversations.open')).toEqual([]);
    expect(h.api.responses).toEqual([]);
    expect(await h.engine.hasSharedSession({ platform: 'slack', tenant: 'T1', conversation: `C42:${thread}` })).toBe(true);

    // A message that is no claim, where anyone may claim, is the group talking: no answer, the thread stays readable.
    let calls = h.api.calls.length;
    await h.mention('UCAI', 'C42', 'ready when you are', thread);
    expect(methodsSince(h, calls)).toEqual([]);

    // Anyone may claim the answering; the buttons then say who did, for the whole thread.
    const claim = h.api.to('chat.postMessage').at(-1);
    await h.click('UANA', "I'll answer");
    expect(h.api.to('chat.update')[0]?.params).toMatchObject({ channel: 'C42', ts: claim?.result?.ts });
    expect(textOf(h.api.to('chat.update')[0]?.params ?? {})).toContain("ana chose *I'll answer*");
    expect(lastPost(h)).toMatchObject({ thread_ts: thread });
    expect(textOf(lastPost(h))).toContain('ana, which tech role are you interviewing for?');

    // The group talks among themselves: a mention the step is not waiting for gets no answer at all.
    calls = h.api.calls.length;
    await h.mention('UCAI', 'C42', 'good luck ana!', thread);
    expect(methodsSince(h, calls)).toEqual([]);

    // Typed answers in the thread mention the bot.
    await h.mention('UANA', 'C42', 'data analyst', thread);
    expect(textOf(lastPost(h))).toContain('ana answers this round. Who is scoring?');

    // Ana cannot score her own answer: only she hears why, and the button stays for someone else.
    let shared = await h.peek({ ...own(`C42:${thread}`), shared: true });
    calls = h.api.calls.length;
    await h.click('UANA', "I'll score");
    expect(methodsSince(h, calls)).toEqual(['chat.postEphemeral']);
    expect(h.api.to('chat.postEphemeral').at(-1)?.params).toMatchObject({ channel: 'C42', user: 'UANA', thread_ts: thread, text: expect.stringContaining("You're answering this round, so someone else scores it.") });
    expect(await h.peek({ ...own(`C42:${thread}`), shared: true })).toBe(shared);

    await h.click('UBEN', "I'll score");
    expect(textOf(h.api.to('chat.update').at(-1)?.params ?? {})).toContain("ben chose *I'll score*");
    const question = textOf(lastPost(h));
    expect(question).toContain('*ben*, while ana answers, listen for:');
    expect(question).toContain('*ana*, your question for Data analyst:');
    // A form in a shared thread does not open for whoever clicked last: Ben's click was not Ana's answer.
    expect(h.api.to('views.open')).toEqual([]);

    // The form waits for Ana: Cai's click opens nothing. He alone is told, in the engine's words, nothing changes, the button stays.
    expect(decodeForm(String(h.findControl('Open the form').element.value))?.awaits).toEqual({ id: 'UANA', name: 'ana' });
    shared = await h.peek({ ...own(`C42:${thread}`), shared: true });
    calls = h.api.calls.length;
    await h.click('UCAI', 'Open the form');
    expect(methodsSince(h, calls)).toEqual(['chat.postEphemeral']);
    expect(h.api.to('chat.postEphemeral').at(-1)?.params).toMatchObject({ channel: 'C42', user: 'UCAI', thread_ts: thread, text: 'That one is for ana to answer.' });
    expect(h.api.to('views.open')).toEqual([]);
    expect(await h.peek({ ...own(`C42:${thread}`), shared: true })).toBe(shared);

    // Ana's STAR form.
    await h.click('UANA', 'Open the form');
    const form = h.api.to('views.open').at(-1)?.params.view as { private_metadata: string; blocks: { block_id?: string }[] };
    expect(decodeModalMeta(form.private_metadata)).toEqual({ owner: '*', stepId: 'answer', channel: 'C42', threadTs: thread, fieldIds: ['situation', 'task', 'action', 'result'] });
    // The engine stays the judge of a submission: one from Cai (say, in a form he opened before the turn became Ana's) is refused there, to him alone.
    calls = h.api.calls.length;
    await h.submit('UCAI', { situation: 'Not my turn, but here is a story anyway, with lots of words in it for sure.' });
    expect(methodsSince(h, calls)).toEqual(['chat.postEphemeral']);
    expect(h.api.to('chat.postEphemeral').at(-1)?.params).toMatchObject({ user: 'UCAI', thread_ts: thread, text: expect.stringContaining('That one is for ana to answer.') });
    expect(await h.peek({ ...own(`C42:${thread}`), shared: true })).toBe(shared);
    await h.submit('UANA', STAR);

    // Ben's checklist: a button for the modal, and the numbered list to type from.
    const checklist = lastPost(h);
    expect(textOf(checklist)).toContain('ben, tick what you heard in ana');
    expect(textOf(checklist)).toMatch(/\n1\. One real, specific time .*\n2\. When and where it happened/);
    const listButton = h.findControl('Score with the checklist').element;
    expect(decodeChecklist(String(listButton.value))?.items).toHaveLength(11);

    // The checklist waits for Ben: Cai's click is refused like his form's, and no modal opens.
    shared = await h.peek({ ...own(`C42:${thread}`), shared: true });
    const opened = h.api.to('views.open').length;
    calls = h.api.calls.length;
    await h.click('UCAI', 'Score with the checklist');
    expect(methodsSince(h, calls)).toEqual(['chat.postEphemeral']);
    expect(h.api.to('chat.postEphemeral').at(-1)?.params).toMatchObject({ user: 'UCAI', thread_ts: thread, text: 'That one is for ben to answer.' });
    expect(h.api.to('views.open')).toHaveLength(opened);
    expect(await h.peek({ ...own(`C42:${thread}`), shared: true })).toBe(shared);

    await h.click('UBEN', 'Score with the checklist');
    expect(h.api.to('views.open')).toHaveLength(opened + 1);
    const modal = h.api.to('views.open').at(-1)?.params.view as { callback_id: string; blocks: { type: string; element?: { options: unknown[] } }[] };
    expect(modal.callback_id).toBe('pivot:checklist');
    expect(modal.blocks.filter((b) => b.type === 'input').map((b) => b.element?.options.length)).toEqual([10, 1]);
    // Cai's ticks in Ben's modal reach the engine, which refuses them as it refused his form.
    calls = h.api.calls.length;
    await h.tick('UCAI', ['Concrete steps, in order, with their reasons']);
    expect(methodsSince(h, calls)).toEqual(['chat.postEphemeral']);
    expect(h.api.to('chat.postEphemeral').at(-1)?.params).toMatchObject({ user: 'UCAI', text: expect.stringContaining('That one is for ben to answer.') });
    expect(await h.peek({ ...own(`C42:${thread}`), shared: true })).toBe(shared);
    await h.tick('UBEN', ['One real, specific time (not "usually" or "I would")', 'When and where it happened, in a sentence or two', 'Concrete steps, in order, with their reasons', 'What they learned, or would do differently']);
    expect(textOf(lastPost(h))).toContain('Last thing, ben');

    // The note: Ben's words are shown, but cannot ping the channel.
    await h.mention('UBEN', 'C42', 'Great numbers at the end @here', thread);
    const result = lastPost(h);
    const said = textOf(result);
    expect(result.thread_ts).toBe(thread);
    expect(said).toMatch(/ben's checklist: \*\d+\/100\*\. My reading of the typed answer: \*\d+\/100\*\./);
    expect(said).toContain('Saved to ana\'s practice history');
    expect(said).toContain('Great numbers at the end @\u2060here');
    expect(JSON.stringify(result)).not.toMatch(/[^\u2060]@here/u);

    // The result is Ana's, in her own session; nobody else got one, and the answer's words are kept nowhere.
    const ana = JSON.parse((await h.peek(own('UANA'))) ?? '{}');
    expect(ana.profile.practiceHistory).toEqual([
      expect.objectContaining({ role: 'data-analyst', scoredBy: 'coach', peer: expect.objectContaining({ by: 'ben', note: 'Great numbers at the end @here' }) }),
    ]);
    expect(await h.peek(own('UBEN'))).toBeNull();
    expect(await h.peek(own('UCAI'))).toBeNull();
    const stored = [await h.peek(own('UANA')), await h.peek({ ...own(`C42:${thread}`), shared: true })].join('\n');
    expect(stored).not.toContain('rebuilt the join');
  });

  it('an @mention in an ordinary thread is still the member’s own conversation', async () => {
    const h = await start();
    await h.mention('UANA', 'C7', 'hi');
    const thread = String(h.api.posts().at(-1)?.thread_ts);
    await h.mention('UANA', 'C7', 'Ana', thread);
    expect(lastPost(h)).toMatchObject({ channel: 'C7', thread_ts: thread });
    expect(textOf(lastPost(h))).toContain('Good to meet you, Ana.');
    expect(h.findControl('Find my skill gaps').element.value).toContain('"o":"UANA"');
    expect(await h.peek(own('UANA'))).toContain('Ana');
    expect(await h.peek({ ...own(`C7:${thread}`), shared: true })).toBeNull();
  });

  it('/pivot peer from a DM, or a channel the bot is not in, explains privately and starts nothing', async () => {
    const h = await start();
    await h.command('UANA', 'peer', { team: 'T1' }, 'DUANA');
    expect(h.api.responses.map((r) => r.body)).toEqual([{ response_type: 'ephemeral', text: PEER_ELSEWHERE }]);
    expect(h.api.calls).toEqual([]);

    h.api.queue('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    await h.command('UANA', 'peer', { team: 'T1' }, 'C99');
    expect(h.api.responses.map((r) => r.body)).toEqual([
      { response_type: 'ephemeral', text: PEER_ELSEWHERE },
      { response_type: 'ephemeral', text: PEER_ELSEWHERE },
    ]);
    expect(h.api.calls.map((c) => c.method)).toEqual(['chat.postMessage']);
    expect(await h.peek(own('UANA'))).toBeNull();
    expect(await redis?.keys()).toEqual([]);
  });

  it("shows members' names escaped: a name cannot ping or link", async () => {
    redis = new RedisScope();
    h = await startSlack({ store: await redis.openStore(), members: { UANA: '<!channel> @everyone ana' } });
    await h.command('UANA', 'peer', { team: 'T1' }, 'C42');
    await h.click('UANA', "I'll answer");
    const everything = JSON.stringify([h.api.to('chat.update').at(-1)?.params, lastPost(h)]);
    expect(textOf(lastPost(h))).toContain('&lt;!channel&gt; @\u2060everyone ana, which tech role');
    expect(everything).not.toMatch(/<!|[^\u2060]@everyone/u);
    // The adapter's own refusal, which names the awaited member, escapes the name as the engine's replies do.
    const thread = String(h.api.to('chat.postMessage')[0]?.result?.ts);
    await h.mention('UANA', 'C42', 'data analyst', thread);
    await h.click('UBEN', "I'll score");
    await h.click('UCAI', 'Open the form');
    expect(h.api.to('chat.postEphemeral').at(-1)?.params.text).toBe('That one is for &lt;!channel&gt; @\u2060everyone ana to answer.');
  });
});
