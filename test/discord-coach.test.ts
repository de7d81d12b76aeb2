import { describe, expect, it } from 'vitest';
import { ANSWERED_BELOW, NO_THREAD } from '../adapters/discord/interactions.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import type { UserRef } from '../src/engine/session-store.js';
import { member, useDiscordHarness } from './support/discord-gateway.js';
import type { DiscordHarness } from './support/discord-gateway.js';
import type { Member, Where } from './support/discord-gateway.js';

const start = useDiscordHarness();

type Body = Record<string, unknown>;
const bodies = (h: DiscordHarness) => h.rest.requests.map((r) => r.body as Body);
const session = (h: DiscordHarness, user: Member, tenant: string) => JSON.parse(h.store.peek({ platform: 'discord', tenant, user: user.id }) ?? 'null');

describe('direct messages', () => {
  it('are one-to-one coaching under the "dm" tenant, answered in the DM channel', async () => {
    const h = await start();
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello');
    expect(h.rest.routes()).toEqual(['POST /channels/:id/messages']);
    expect(h.rest.requests[0]?.path).toBe(`/channels/${h.dm(ann).channelId}/messages`);
    expect(h.shown()).toContain('What should I call you?');
    await h.say(ann, h.dm(ann), 'Ann');
    expect(session(h, ann, 'dm').profile.name).toBe('Ann');
    // A server is another tenant: nothing is shared with the DM session.
    expect(session(h, ann, h.guildId)).toBeNull();
  });

  it('answer quick messages in the order they were sent, each turn sent in full before the next', async () => {
    const h = await start();
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello');
    h.rest.clear();
    // status gives two messages (a card, then the question again); the name answer comes right behind it.
    await h.say(ann, h.dm(ann), 'status', { settle: false });
    await h.say(ann, h.dm(ann), 'Ann', { settle: false });
    await h.settle();
    const sent = h.rest.requests.map((r) => {
      const body = r.body as { content?: string; embeds?: { title: string }[] };
      return body.content ?? body.embeds?.[0]?.title;
    });
    expect(sent).toEqual(['Where we are', expect.stringContaining('What should I call you?'), expect.stringContaining('Good to meet you, Ann.')]);
  });

  it('take /pivot there too, not ephemeral: only the member can see a DM anyway', async () => {
    const h = await start();
    const ann = member('ann.lee');
    await h.slash(ann, h.dm(ann), 'help');
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: 0 } });
    // The help and the menu are a channel message through the member's queue (staged with the
    // commit when the store can); the "thinking" one then says the answer is below.
    expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback', 'POST /channels/:id/messages', 'PATCH /webhooks/:id/:token/messages/@original']);
    expect(bodies(h)[1]?.content).toContain("I'm Pivot Coach.");
    expect(bodies(h)[2]?.content).toBe(ANSWERED_BELOW);
    expect(h.shown()).toContain("I'm Pivot Coach.");
    expect(h.shown()).toContain('What would you like to work on?');
  });

  it('practise a STAR answer in a modal of four optional paragraphs', async () => {
    const h = await start();
    const ann = member('ann.lee');
    const dm = h.dm(ann);
    await h.slash(ann, dm, 'practice');
    await h.say(ann, dm, 'data analyst');
    await h.say(ann, dm, '1');
    const focus = h.lastWithComponents(dm);
    await h.click(ann, dm, focus.id, 'Let the coach choose');
    const form = h.lastWithComponents(dm);
    h.rest.clear();
    await h.click(ann, dm, form.id, 'Open the form');
    const modal = (bodies(h)[0] as { data: { custom_id: string; title: string; components: { label: string; component: { custom_id: string; required: boolean; max_length: number } }[] } }).data;
    expect(modal.title).toBe('Your answer');
    expect(modal.components.map((c) => [c.label, c.component.custom_id, c.component.required, c.component.max_length])).toEqual([
      ['Situation', 'situation', false, 4000],
      ['Task', 'task', false, 4000],
      ['Action', 'action', false, 4000],
      ['Result', 'result', false, 4000],
    ]);
    h.rest.clear();
    await h.submit(ann, dm, form.id, modal, {
      situation: 'Last year our finance team had to move 40 monthly reports from spreadsheets to a new BI tool in six weeks.',
      task: 'I was asked to migrate the reports without losing any figures.',
      action: 'I learned SQL in the evenings, rebuilt the queries, and checked every total against the old sheets with my manager.',
      result: '',
    });
    expect(h.shown()).toMatch(/\*\*Question 1 of 1: \d+\/100\*\*/);
    expect(h.shown()).toContain('```text\nSituation  ');
    expect(JSON.stringify(bodies(h)[1]?.components)).toContain('✓ Sent');
  });
});

/** A store whose loads wait until the test lets them through: a slow Redis, on demand. */
class GatedStore extends MemorySessionStore {
  private gate: Promise<void> = Promise.resolve();
  private open: () => void = () => {};

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open();
  }

  override async load(user: UserRef, eventId: string) {
    await this.gate;
    return super.load(user, eventId);
  }
}

describe('the 3-second rule', () => {
  it('acknowledges an interaction before the turn runs, however long the turn takes', async () => {
    const store = new GatedStore();
    const h = await start({ store });
    const ann = member('ann.lee');
    store.hold();
    const started = Date.now();
    await h.slash(ann, h.dm(ann), 'start', { settle: false });
    while (h.rest.requests.length === 0 && Date.now() - started < 2_000) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback']);
    expect((h.rest.requests[0]?.at ?? Infinity) - started).toBeLessThan(500);
    store.release();
    await h.settle();
    expect(h.shown()).toContain('What should I call you?');
  });
});

describe('in a server', () => {
  it('answers /pivot status ephemerally where it was asked, and keeps the conversation in the thread', async () => {
    const h = await start();
    const ann = member('ann.lee');
    await h.slash(ann, h.channel(), 'start');
    await h.say(ann, h.threadOf(ann), 'Ann');
    h.rest.clear();
    await h.slash(ann, h.channel(), 'status');
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: 64 } });
    expect(h.rest.routes()[1]).toBe('PATCH /webhooks/:id/:token/messages/@original');
    expect(h.shown()).toContain('Where we are');
    expect(h.shown()).toContain('Your name: Ann');
    // Follow-ups of an ephemeral exchange stay ephemeral.
    for (const followUp of h.rest.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))) expect((followUp.body as Body).flags).toBe(64);
  });

  it("reuses the member's thread, answers in it in place, and opens one per member", async () => {
    const h = await start();
    const ann = member('ann.lee');
    const ben = member('ben.ortiz');
    await h.slash(ann, h.channel(), 'start');
    h.rest.clear();
    await h.slash(ann, h.channel(), 'menu');
    expect(h.rest.routes()).not.toContain('POST /channels/:id/threads');
    expect(h.shown()).toContain(`Your coaching continues in your thread: <#${h.threadOf(ann).channelId}>`);
    h.rest.clear();
    await h.slash(ann, h.threadOf(ann), 'repeat');
    // In the member's own thread the answer comes right there, not ephemeral, as a channel message.
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: 0 } });
    expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback', 'POST /channels/:id/messages', 'PATCH /webhooks/:id/:token/messages/@original']);
    await h.say(ben, h.channel(), 'hi coach', { mentionBot: true });
    expect(h.threadOf(ben).channelId).not.toBe(h.threadOf(ann).channelId);
  });

  it('listens in a channel only when mentioned, and in a thread only to its owner', async () => {
    const h = await start();
    const ann = member('ann.lee');
    const ben = member('ben.ortiz');
    h.rest.clear();
    await h.say(ann, h.channel(), 'anyone up for a study session tonight?');
    expect(h.rest.requests).toEqual([]);
    await h.say(ann, h.channel(), '', { mentionBot: true });
    expect(h.shown()).toContain('What should I call you?');
    const thread: Where = h.threadOf(ann);
    h.rest.clear();
    await h.say(ben, thread, 'Ben');
    expect(h.rest.requests).toEqual([]);
    await h.say(ann, thread, 'Ann');
    expect(h.shown()).toContain('Good to meet you, Ann.');
  });

  it('changes nothing and says where to go instead, ephemerally, when it may not open a thread there (an ephemeral coaching could not be kept)', async () => {
    const h = await start();
    const ann = member('ann.lee');
    h.rest.queue('POST', /^\/channels\/\d+\/threads$/, { status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    await h.slash(ann, h.channel(), 'start');
    expect(h.rest.routes()).toEqual(['POST /interactions/:id/:token/callback', 'POST /channels/:id/threads', 'PATCH /webhooks/:id/:token/messages/@original']);
    expect(bodies(h)[0]).toEqual({ type: 5, data: { flags: 64 } });
    expect(bodies(h)[2]?.content).toBe(NO_THREAD);
    expect(session(h, ann, h.guildId)).toBeNull();
  });

  it('without the Message Content intent, reads thread messages that mention it and skips the empty rest', async () => {
    const h = await start({ config: { messageContent: false } });
    const ann = member('ann.lee');
    await h.slash(ann, h.channel(), 'start');
    const thread = h.threadOf(ann);
    h.rest.clear();
    await h.say(ann, thread, '');
    expect(h.rest.requests).toEqual([]);
    await h.say(ann, thread, 'Ann', { mentionBot: true });
    expect(h.shown()).toContain('Good to meet you, Ann.');
  });
});
