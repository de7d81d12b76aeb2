import { describe, expect, it } from 'vitest';
import { member, useDiscordHarness } from './support/discord-gateway.js';

/** Adversarial input on Discord, through discord.js's own gateway handlers and REST client (faked with nock). */
const start = useDiscordHarness();

/** "](" not escaped: what makes "[text](https://…)" a masked link in Discord markdown. */
const MASKED_LINK = /(?<!\\)\]\(/;

describe('a masked link in what a member typed', () => {
  it('is shown escaped in the status card, with its address visible, not as a link', async () => {
    const h = await start();
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello');
    await h.say(ann, h.dm(ann), '[Ann](https://evil.example/login)');
    h.rest.clear();
    await h.say(ann, h.dm(ann), 'status');
    const shown = h.shown();
    expect(shown).toContain('https://evil.example/login');
    expect(shown).not.toMatch(MASKED_LINK);
    const embeds = h.rest.requests.flatMap((r) => (r.body as { embeds?: { fields?: { value: string }[] }[] }).embeds ?? []);
    const values = embeds.flatMap((e) => e.fields ?? []).map((f) => f.value);
    expect(values).toContain('[Ann\\]\\(https://evil.example/login)');
  });

  it('is escaped in a member name shown in a peer-practice thread too', async () => {
    const h = await start();
    const ann = member('ann.lee', { nick: '[Ann](https://evil.example)' });
    await h.slash(ann, h.channel(), 'peer');
    const thread = h.peerThreadOf(ann);
    const menu = h.lastWithComponents(thread);
    h.rest.clear();
    await h.click(ann, thread, menu.id, "I'll answer");
    expect(h.shown()).toContain('[Ann\\]\\(https://evil.example)');
    expect(h.shown()).not.toMatch(MASKED_LINK);
  });
});

describe('an empty direct message', () => {
  it('is answered like any other, as on Slack: a new member is welcomed, later ones hear where they are', async () => {
    const h = await start();
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), '');
    expect(h.shown()).toContain('What should I call you?');
    h.rest.clear();
    await h.say(ann, h.dm(ann), '   ');
    expect(h.shown()).toContain('That was empty.');
    expect(h.shown()).toContain('What should I call you?');
  });
});
