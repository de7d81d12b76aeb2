import { describe, expect, it } from 'vitest';
import { NOT_YOURS } from '../adapters/discord/interactions.js';
import { DiscordHarness, member, useDiscordHarness } from './support/discord-gateway.js';
import type { Member } from './support/discord-gateway.js';
import type { Recorded } from './support/discord-rest.js';

const start = useDiscordHarness();

type Body = Record<string, unknown>;
const sessionOf = (h: DiscordHarness, user: Member, tenant = h.guildId) => h.store.peek({ platform: 'discord', tenant, user: user.id });

/** Ann in her thread, at the menu: the first question with buttons. */
async function annAtTheMenu() {
  const h = await start();
  const ann = member('ann.lee');
  await h.slash(ann, h.channel(), 'start');
  await h.say(ann, h.threadOf(ann), 'Ann');
  return { h, ann, thread: h.threadOf(ann), menu: h.lastWithComponents(h.threadOf(ann)) };
}

describe("another member's click", () => {
  it('gets an ephemeral refusal and changes nothing, for a button, a form button and a forged modal', async () => {
    const { h, ann, thread, menu } = await annAtTheMenu();
    const ben = member('ben.ortiz');
    const before = sessionOf(h, ann);
    h.rest.clear();

    await h.click(ben, thread, menu.id, 'Find my skill gaps');
    expect(h.rest.requests).toHaveLength(1);
    expect(h.rest.requests[0]?.path).toMatch(/\/callback$/);
    expect(h.rest.requests[0]?.body).toMatchObject({ type: 4, data: { content: NOT_YOURS, flags: 64, allowed_mentions: { parse: [] } } });

    // Ann moves on to the postings; Ben tries her form button and submits a modal made with her id.
    const annTypes = (text: string) => h.say(ann, thread, text);
    await h.click(ann, thread, menu.id, 'Find my skill gaps');
    for (const answer of ['Teacher', '20', 'data analyst', 'Excel']) await annTypes(answer);
    const form = h.lastWithComponents(thread);
    const atPostings = sessionOf(h, ann);
    h.rest.clear();
    await h.click(ben, thread, form.id, 'Open the form');
    const customId = (form.components as { components: { custom_id: string }[] }[])[0]?.components[0]?.custom_id as string;
    await h.submit(ben, thread, form.id, { custom_id: customId.replace('|f|', '|m|').replace(/\|[^|]*$/, '|') }, { text: 'SQL, Python, Tableau' });
    expect(h.rest.requests.map((r) => (r.body as { type: number }).type)).toEqual([4, 4]);
    expect(h.rest.requests.every((r) => (r.body as { data: Body }).data.flags === 64)).toBe(true);
    expect(sessionOf(h, ann)).toBe(atPostings);
    expect(sessionOf(h, ben)).toBeNull();
    expect(before).not.toBeNull();
  });
});

describe('a redelivered interaction or message', () => {
  it('is dropped in the same process before anything is sent again', async () => {
    const { h, ann, thread, menu } = await annAtTheMenu();
    const click = await h.click(ann, thread, menu.id, 'Find my skill gaps');
    const afterFirst = sessionOf(h, ann);
    h.rest.clear();
    await h.deliver(click);
    const slash = await h.slash(ann, thread, 'repeat');
    h.rest.clear();
    await h.deliver(slash);
    expect(h.rest.requests).toEqual([]);
    expect(sessionOf(h, ann)).toBe(afterFirst);
  });

  it('in another process: acknowledged already, it is left to the process that did; or the engine drops it by its id', async () => {
    const { h, ann, thread, menu } = await annAtTheMenu();
    const click = await h.click(ann, thread, menu.id, 'Find my skill gaps');
    const dmMessage = await h.say(ann, h.dm(ann), 'hello');
    const stored = sessionOf(h, ann);
    const second = await DiscordHarness.start({ store: h.store, rest: h.rest, guildId: h.guildId, channelId: h.channelId });

    // Discord refuses a second acknowledgement: nothing else is attempted, the session is untouched.
    h.rest.clear();
    h.rest.queue('POST', /\/callback$/, { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } });
    await second.deliver(click);
    expect(h.rest.requests.map((r) => `${r.method} ${r.path.split('/')[1]}`)).toEqual(['POST interactions']);
    expect(sessionOf(h, ann)).toBe(stored);

    // Had Discord accepted it (a third process), the engine knows the event id: no replies, so no edit and no follow-up.
    const third = await DiscordHarness.start({ store: h.store, rest: h.rest, guildId: h.guildId, channelId: h.channelId });
    h.rest.clear();
    await third.deliver(click);
    expect(h.rest.requests.map((r) => r.body)).toEqual([{ type: 6 }]);
    expect(sessionOf(h, ann)).toBe(stored);
    await third.client.destroy();

    // The same for a message id.
    h.rest.clear();
    await second.say(ann, h.dm(ann), 'hello', { id: dmMessage });
    expect(h.rest.requests).toEqual([]);
    await second.settle();
    await second.client.destroy();
  });
});

/** Every request that carries a message says that nothing in it may ping, except the thread welcome's owner. */
function expectMentionSafe(requests: readonly Recorded[], owner: Member) {
  const messages = requests.flatMap((r) => {
    const body = r.body as Body | undefined;
    // Of the interaction callbacks, only type 4 is a message (5 and 6 defer, 9 opens a modal).
    const message = r.path.endsWith('/callback') ? (body?.type === 4 ? (body.data as Body) : undefined) : body;
    return message && ('content' in message || 'embeds' in message || 'components' in message) ? [message] : [];
  });
  expect(messages.length).toBeGreaterThan(5);
  for (const message of messages) {
    const allowed = message.allowed_mentions as { parse: unknown[]; roles?: unknown[]; users?: unknown[] };
    expect(allowed, JSON.stringify(message)).toBeDefined();
    expect(allowed.parse).toEqual([]);
    expect(allowed.roles ?? []).toEqual([]);
    if (allowed.users && allowed.users.length > 0) {
      expect(allowed.users).toEqual([owner.id]);
      expect(message.content).toMatch(/^<@\d+>, this thread is yours/);
    }
  }
}

describe('mention safety', () => {
  // Within the name's 60 characters; the rest of the usual suspects come in other answers.
  const HOSTILE = '@everyone <@&130000000000099999> <@130000000000088888>';
  const MORE = '@here <@!130000000000077777>';

  it('sends every message that can hold user text with mentions disabled, in DMs and in a thread', async () => {
    const h = await start();
    const eve = member('eve.x');
    await h.say(eve, h.dm(eve), 'hi');
    // A name that is mentions is asked again, never greeted; job titles are kept as typed and echoed safely.
    await h.say(eve, h.dm(eve), HOSTILE);
    expect(h.shown()).toContain("That doesn't look like a name I can greet you by.");
    expect(h.shown()).not.toContain(HOSTILE);
    await h.say(eve, h.dm(eve), 'Eve');
    expect(h.shown()).toContain('Good to meet you, Eve.');

    await h.say(eve, h.channel(), HOSTILE, { mentionBot: true });
    const thread = h.threadOf(eve);
    await h.say(eve, thread, 'Eve');
    await h.click(eve, thread, h.lastWithComponents(thread).id, 'Find my skill gaps');
    for (const answer of [HOSTILE, '20', 'data analyst', `Excel ${MORE}`]) await h.say(eve, thread, answer);
    const form = h.lastWithComponents(thread);
    await h.click(eve, thread, form.id, 'Open the form');
    const modal = (h.rest.requests.at(-1)?.body as { data: { custom_id: string } }).data;
    await h.submit(eve, thread, form.id, modal, { text: `${MORE} ${HOSTILE} SQL and Tableau` });
    await h.slash(eve, h.channel(), 'status');
    expect(h.shown()).toContain(`Current role: ${HOSTILE}`);
    expectMentionSafe(h.rest.requests, eve);
  });
});
