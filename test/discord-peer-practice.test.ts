import { ChannelType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { NOT_OURS, PEER_IN_DM, PEER_NO_THREAD, notYourStep } from '../adapters/discord/interactions.js';
import { DiscordHarness, member, useDiscordHarness } from './support/discord-gateway.js';
import type { Member, Where } from './support/discord-gateway.js';
import { BOT } from './support/discord-rest.js';

const start = useDiscordHarness();

type Body = Record<string, unknown>;
type Message = ReturnType<DiscordHarness['messagesIn']>[number];

const EPHEMERAL = 64;
const bodies = (h: DiscordHarness) => h.rest.requests.map((r) => (r.body ?? {}) as Body);
const ownSession = (h: DiscordHarness, user: Member) => h.store.peek({ platform: 'discord', tenant: h.guildId, user: user.id });
const sharedSession = (h: DiscordHarness, thread: Where) => h.store.peek({ platform: 'discord', tenant: h.guildId, user: thread.channelId, shared: true });
const componentsOf = (message: Message | Body) => (message.components as { components: Body[] }[] | undefined)?.flatMap((row) => row.components) ?? [];

/** The last message in the thread that everyone sees with something left to click (ephemeral ones are one member's). */
function lastPublic(h: DiscordHarness, thread: Where): Message {
  const found = h.messagesIn(thread).filter((m) => (m.flags & EPHEMERAL) === 0 && componentsOf(m).some((c) => !c.disabled)).at(-1);
  if (!found) throw new Error('No open question in the thread');
  return found;
}

/** What the member who clicked was told alone, and that the clicked message was left as it was. */
function expectToldPrivately(h: DiscordHarness, text: string) {
  expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback', 'POST /webhooks/:id/:token']);
  expect(bodies(h)[1]).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining(text) });
  expect(bodies(h)[1]?.components).toBeUndefined();
}

/** Refused at the click itself, privately: one ephemeral answer, no modal, no turn, nothing edited. */
function expectRefusedAtOnce(h: DiscordHarness, content: string) {
  expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback']);
  expect(bodies(h)[0]).toEqual({ type: 4, data: expect.objectContaining({ content, flags: EPHEMERAL, allowed_mentions: { parse: [], replied_user: false } }) });
}

/** Opens peer practice from the study group's channel. */
async function openPeer(h: DiscordHarness, user: Member): Promise<Where> {
  await h.slash(user, h.channel(), 'peer');
  return h.peerThreadOf(user);
}

/** A quick round, answered out loud: claim, role, claim, "spoken", ticks, no note. */
async function spokenRound(h: DiscordHarness, thread: Where, answerer: Member, scorer: Member): Promise<void> {
  await h.click(answerer, thread, lastPublic(h, thread).id, "I'll answer");
  await h.say(answerer, thread, 'data analyst');
  await h.click(scorer, thread, lastPublic(h, thread).id, "I'll score");
  await h.say(answerer, thread, 'spoken');
  await h.tick(scorer, thread, lastPublic(h, thread).id, ['real-event', 'steps']);
  await h.say(scorer, thread, 'skip');
}

describe('/pivot peer in a study group channel', () => {
  it('opens a public thread where Ana answers and Ben scores with the checklist, and keeps the result in Ana’s own session', async () => {
    const h = await start();
    const ana = member('ana.k', { nick: 'Ana' });
    const ben = member('ben.o', { globalName: 'Ben' });
    const cleo = member('cleo.p');

    // Acknowledged first (ephemeral), then a public thread, the group's first question in it, and a pointer to it.
    await h.slash(ana, h.channel(), 'peer');
    expect(h.rest.routes()).toEqual([
      'POST /interactions/:id/:token/callback',
      'POST /channels/:id/threads',
      'PUT /channels/:id/thread-members/:id',
      'POST /channels/:id/messages',
      'PATCH /webhooks/:id/:token/messages/@original',
    ]);
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(h.rest.requests[1]?.path).toBe(`/channels/${h.channelId}/threads`);
    expect(bodies(h)[1]).toEqual({ name: 'Peer practice · ana.k', type: ChannelType.PublicThread, auto_archive_duration: 1440 });
    const thread = h.peerThreadOf(ana);
    expect(h.rest.requests[3]?.path).toBe(`/channels/${thread.channelId}/messages`);
    expect(bodies(h)[3]?.content).toContain('Who is answering this round?');
    expect(componentsOf(bodies(h)[3] as Body)).toEqual([expect.objectContaining({ label: "I'll answer", custom_id: 'pc1|c|#|answerer|claim' })]);
    expect(bodies(h)[4]?.content).toBe(`Peer practice is open in <#${thread.channelId}>: ask your study group to join you there.`);

    // Anyone may claim a part: the answered button names who did, for the group to see.
    h.rest.clear();
    await h.click(ana, thread, lastPublic(h, thread).id, "I'll answer");
    expect(bodies(h)[0]).toEqual({ type: 6 });
    expect(componentsOf(bodies(h)[1] as Body)).toEqual([expect.objectContaining({ label: "✓ I'll answer · Ana", disabled: true })]);
    expect(bodies(h)[2]).toMatchObject({ content: expect.stringContaining('Ana, which tech role are you interviewing for?') });
    expect(bodies(h)[2]?.flags).toBeUndefined();

    h.rest.clear();
    await h.say(ana, thread, 'data analyst');
    expect(h.shown()).toContain('Ana answers this round. Who is scoring?');

    // Ana may not score her own answer: only she is told, and the button stays for the others.
    const scorerQuestion = lastPublic(h, thread);
    h.rest.clear();
    await h.click(ana, thread, scorerQuestion.id, "I'll score");
    expectToldPrivately(h, "You're answering this round, so someone else scores it.");

    h.rest.clear();
    await h.click(ben, thread, scorerQuestion.id, "I'll score");
    expect(componentsOf(bodies(h)[1] as Body)).toEqual([expect.objectContaining({ label: "✓ I'll score · Ben" })]);
    expect(h.shown()).toContain('**Ben**, while Ana answers, listen for:');

    // Talk among the group is theirs: the coach says nothing.
    h.rest.clear();
    await h.say(cleo, thread, 'Good luck Ana!');
    expect(h.rest.requests).toEqual([]);

    // The form waits for Ana: Cleo is refused at "Open the form" itself, in the engine's words, and no modal opens.
    const form = lastPublic(h, thread);
    expect(componentsOf(form)).toEqual([expect.objectContaining({ label: 'Open the form', custom_id: `pc1|f|#${ana.id}|answer|situation,task,action,result` })]);
    const beforeCleo = sharedSession(h, thread);
    h.rest.clear();
    await h.click(cleo, thread, form.id, 'Open the form');
    expectRefusedAtOnce(h, notYourStep(ana.id));
    expect(notYourStep(ana.id)).toBe(`That one is for <@${ana.id}> to answer.`);
    expect(sharedSession(h, thread)).toBe(beforeCleo);

    // Ana answers in the STAR form; its modal waits for her too, so Cleo cannot submit one made like it.
    h.rest.clear();
    await h.click(ana, thread, form.id, 'Open the form');
    expect(bodies(h)[0]?.type).toBe(9);
    const modal = (bodies(h)[0] as { type: number; data: { custom_id: string; components: { label: string }[] } }).data;
    expect(modal.components.map((c) => c.label)).toEqual(['Situation', 'Task', 'Action', 'Result']);
    h.rest.clear();
    await h.submit(cleo, thread, form.id, modal, { situation: 'Not my turn, but here is a story anyway.' });
    expectRefusedAtOnce(h, notYourStep(ana.id));
    expect(sharedSession(h, thread)).toBe(beforeCleo);
    h.rest.clear();
    await h.submit(ana, thread, form.id, modal, {
      situation: 'Last spring at the clinic where I was office manager, our patient spreadsheet had duplicates and missing dates.',
      task: 'I had to produce a reliable monthly no-show rate for the director before the budget meeting.',
      action: 'I wrote down every rule I used, removed 312 duplicates, filled dates from the booking system, and checked totals with the receptionist.',
      result: 'The rate dropped from a reported 22% to a real 14%, and the director used my cleaned sheet for the budget. I learned to document my cleaning.',
    });
    expect(componentsOf(bodies(h)[1] as Body)).toEqual([expect.objectContaining({ label: '✓ Sent · Ana' })]);
    expect(h.shown()).toContain("Ben, tick what you heard in Ana's answer");

    // The checklist: a multi-select of none to all items, within Discord's limits.
    const checklist = lastPublic(h, thread);
    const [select] = componentsOf(checklist) as [{ type: number; custom_id: string; min_values: number; max_values: number; placeholder: string; options: { label: string; value: string }[] }];
    expect(select).toMatchObject({ type: 3, custom_id: `pc1|k|#${ben.id}|score|`, min_values: 0, placeholder: 'Tick what you heard…' });
    expect(select.max_values).toBe(select.options.length);
    expect(select.options[0]).toEqual({ label: '1. One real, specific time (not "usually" or "I would")', value: 'real-event' });
    expect(checklist.content).toContain('\n1) One real, specific time');

    // Cleo's ticks are refused before the engine, as the checklist waits for Ben; the engine refuses a
    // value that is not on the list. Neither changes anything.
    const beforeTicks = sharedSession(h, thread);
    h.rest.clear();
    await h.tick(cleo, thread, checklist.id, ['real-event']);
    expectRefusedAtOnce(h, notYourStep(ben.id));
    h.rest.clear();
    await h.tick(ben, thread, checklist.id, ['real-event', 'not-on-the-list']);
    expectToldPrivately(h, "That isn't one of the options.");
    expect(sharedSession(h, thread)).toBe(beforeTicks);

    h.rest.clear();
    await h.tick(ben, thread, checklist.id, ['real-event', 'when-where', 'i-not-we', 'steps', 'result-evidence']);
    expect(bodies(h)[0]).toEqual({ type: 6 });
    expect(componentsOf(bodies(h)[1] as Body)).toEqual([expect.objectContaining({ label: '✓ Ticked 1, 2, 4, 5, 7 · Ben', disabled: true })]);
    expect(h.shown()).toContain('Last thing, Ben');

    // No note: the round ends with both scores, for everyone.
    h.rest.clear();
    await h.say(ben, thread, 'skip');
    const final = h.shown();
    expect(final).toContain('**Ana answered, Ben scored:**');
    expect(final).toMatch(/Ben's checklist: \*\*\d+\/100\*\*\. My reading of the typed answer: \*\*\d+\/100\*\*\./);
    expect(h.rest.requests.every((r) => (r.body as Body).flags === undefined)).toBe(true);

    // Kept in Ana's own session (scope user, her id), and nowhere else; never her words.
    const own = JSON.parse(ownSession(h, ana) ?? 'null');
    expect(own.profile.practiceHistory).toHaveLength(1);
    expect(own.profile.practiceHistory[0]).toMatchObject({ scoredBy: 'coach', peer: { by: 'Ben' } });
    expect(ownSession(h, ben)).toBeNull();
    expect(ownSession(h, cleo)).toBeNull();
    expect(`${ownSession(h, ana)}${sharedSession(h, thread)}`).not.toContain('receptionist');
  });

  it('finds the thread again, starts a new round in it in the open, and keeps other commands personal there', async () => {
    const h = await start();
    const ana = member('ana.k');
    const ben = member('ben.o');
    const thread = await openPeer(h, ana);
    await spokenRound(h, thread, ana, ben);

    // Asked in the channel again: the same thread, no new one.
    h.rest.clear();
    await h.slash(ana, h.channel(), 'peer');
    expect(h.rest.routes()).not.toContain('POST /channels/:id/threads');
    expect(h.shown()).toContain(`Peer practice is open in <#${thread.channelId}>`);

    // Asked in the thread: the new round starts right there, for everyone, as a message of the
    // thread's queue, below the command's own (public) answer.
    h.rest.clear();
    await h.slash(ben, thread, 'peer');
    expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback', 'POST /channels/:id/messages', 'PATCH /webhooks/:id/:token/messages/@original']);
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: 0 } });
    expect(bodies(h)[1]?.content).toContain('Who is answering this round?');
    await h.click(ben, thread, lastPublic(h, thread).id, "I'll answer");
    expect(JSON.parse(sharedSession(h, thread) ?? '{}').flow).toMatchObject({ id: 'peer-practice', step: 'role' });
    // Mid-round it does not start over: it shows where the round is.
    const midRound = sharedSession(h, thread);
    h.rest.clear();
    await h.slash(ana, thread, 'peer');
    expect(h.shown()).toContain('ben.o, which tech role are you interviewing for?');
    expect(sharedSession(h, thread)).toBe(midRound);

    // Other subcommands in a peer thread are the member's own, as anywhere in a server.
    const shared = sharedSession(h, thread);
    h.rest.clear();
    await h.slash(ana, thread, 'status');
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(sharedSession(h, thread)).toBe(shared);
  });

  it('is told apart by its owner and name alone, so a restarted coach still listens there', async () => {
    const h = await start();
    const ana = member('ana.k');
    const ben = member('ben.o');
    const thread = await openPeer(h, ana);
    const claim = lastPublic(h, thread);
    // A peer thread's component arriving from anywhere else is none the coach drew there: refused, nothing started.
    h.rest.clear();
    await h.click(ana, h.channel(), claim.id, "I'll answer");
    expect(bodies(h)).toEqual([{ type: 4, data: expect.objectContaining({ content: NOT_OURS, flags: EPHEMERAL }) }]);
    expect(h.store.peek({ platform: 'discord', tenant: h.guildId, user: h.channelId, shared: true })).toBeNull();
    await h.click(ana, thread, claim.id, "I'll answer");

    // Another process on the same store: its gateway lists the thread as Discord does at start.
    const second = await DiscordHarness.start({ store: h.store, rest: h.rest, guildId: h.guildId, channelId: h.channelId });
    const threadObject = (id: string, ownerId: string) => ({
      id,
      type: ChannelType.PublicThread,
      guild_id: h.guildId,
      parent_id: h.channelId,
      owner_id: ownerId,
      name: 'Peer practice · ana.k',
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
    });
    second.dispatch('THREAD_CREATE', threadObject(thread.channelId, BOT.id));
    h.rest.clear();
    await second.say(ana, thread, 'data analyst');
    expect(h.shown()).toContain('ana.k answers this round. Who is scoring?');

    // A member's own thread with the same name is not one: the coach stays out of it.
    const lookalike = { ...thread, channelId: '1300000000000999999' };
    second.dispatch('THREAD_CREATE', threadObject(lookalike.channelId, ben.id));
    h.rest.clear();
    await second.say(ben, lookalike, "I'll answer");
    expect(h.rest.requests).toEqual([]);
    // Not close(): that would take the fake API away from the first process too.
    await second.settle();
    await second.client.destroy();
  });

  it('sends every message with mentions disabled, whatever the members are called', async () => {
    const h = await start();
    const HOSTILE = '@everyone <@&1300000000000099999>';
    const ana = member('ana.k', { nick: HOSTILE });
    const ben = member('ben.o', { globalName: '@here <@1300000000000088888>' });
    const thread = await openPeer(h, ana);
    await spokenRound(h, thread, ana, ben);
    expect(h.shown()).toContain(`${HOSTILE} answered, @here <@1300000000000088888> scored:`);

    const messages = h.rest.requests.flatMap((r) => {
      const body = r.body as Body | undefined;
      const message = r.path.endsWith('/callback') ? (body?.type === 4 ? (body.data as Body) : undefined) : body;
      return message && ('content' in message || 'components' in message) ? [message] : [];
    });
    expect(messages.length).toBeGreaterThan(8);
    // Not even the starter is pinged in a peer thread: the thread shows in their list all the same.
    for (const message of messages) expect(message.allowed_mentions, JSON.stringify(message)).toEqual({ parse: [], replied_user: false });
    const markers = messages.flatMap((m) => componentsOf(m)).map((c) => c.label);
    expect(markers).toContain(`✓ I'll answer · ${HOSTILE}`);
  });
});

describe('/pivot peer elsewhere', () => {
  it('in a DM says where it works, ephemerally, and starts nothing', async () => {
    const h = await start();
    const ana = member('ana.k');
    await h.slash(ana, h.dm(ana), 'peer');
    expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback']);
    expect(bodies(h)[0]).toMatchObject({ type: 4, data: { content: PEER_IN_DM, flags: EPHEMERAL, allowed_mentions: { parse: [], replied_user: false } } });
    expect(h.store.peek({ platform: 'discord', tenant: 'dm', user: ana.id })).toBeNull();
  });

  it('says so, ephemerally, where it may not open a thread', async () => {
    const h = await start();
    const ana = member('ana.k');
    h.rest.queue('POST', /^\/channels\/\d+\/threads$/, { status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    await h.slash(ana, h.channel(), 'peer');
    expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback', 'POST /channels/:id/threads', 'PATCH /webhooks/:id/:token/messages/@original']);
    expect(bodies(h)[2]?.content).toBe(PEER_NO_THREAD);
  });
});
