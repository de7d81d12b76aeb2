import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordHarness, member } from './support/discord-gateway.js';
import type { Member, Where } from './support/discord-gateway.js';

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

const POSTING_1 = `Frontend developer, Acme Health
You will build our patient portal in React and TypeScript.
Requirements:
- Solid JavaScript, HTML and CSS
- React, Git and REST APIs
- Testing with Jest is a plus`;
const POSTING_2 = 'Junior web developer. Must know JavaScript, React and Git. Nice to have: Node.js and SQL.';

type Body = Record<string, unknown>;
const bodyOf = (h: DiscordHarness, i = 0) => h.rest.requests[i]?.body as Body;

/** A member in their coaching thread: types, clicks, picks and fills forms, as on Discord. */
function member_in(h: DiscordHarness, user: Member) {
  const where = (): Where => h.threadOf(user);
  return {
    async say(text: string) {
      h.rest.clear();
      await h.say(user, where(), text);
      return h.shown();
    },
    async click(label: string) {
      const message = h.lastWithComponents(where());
      h.rest.clear();
      await h.click(user, where(), message.id, label);
      return h.shown();
    },
    /** "Open the form", then submit the modal Discord showed. */
    async fill(values: Record<string, string>) {
      const message = h.lastWithComponents(where());
      h.rest.clear();
      await h.click(user, where(), message.id, 'Open the form');
      const callback = bodyOf(h) as { type: number; data: { custom_id: string; components: { type: number; label: string; component: Body }[] } };
      expect(callback.type).toBe(9);
      h.rest.clear();
      await h.submit(user, where(), message.id, callback.data, values);
      return { modal: callback.data, shown: h.shown() };
    },
  };
}

describe('a gap interview on a study-group server, through buttons, a select and a modal', () => {
  it('runs from /pivot start in the channel to a chosen credential, in the member thread', async () => {
    const h = await DiscordHarness.start();
    const ann = member('ann.lee');

    // /pivot start in the channel: acknowledged first (ephemeral), then a private thread, then a pointer to it.
    await h.slash(ann, h.channel(), 'start');
    expect(h.rest.routes()).toEqual([
      'POST /interactions/:id/:token/callback',
      'POST /channels/:id/threads',
      'PUT /channels/:id/thread-members/:id',
      'POST /channels/:id/messages',
      'POST /channels/:id/messages',
      'PATCH /webhooks/:id/:token/messages/@original',
    ]);
    expect(bodyOf(h, 0)).toEqual({ type: 5, data: { flags: 64 } });
    expect(bodyOf(h, 1)).toMatchObject({ name: 'Pivot Coach · ann.lee', type: 12, invitable: false });
    const thread = h.threadOf(ann);
    expect(bodyOf(h, 4).content).toContain('What should I call you?');
    expect(bodyOf(h, 5).content).toBe(`Your coaching continues in your thread: <#${thread.channelId}>`);

    const coach = member_in(h, ann);
    expect(await coach.say('Maria')).toContain('Good to meet you, Maria. What would you like to work on first?');
    const menu = h.lastWithComponents(thread);
    expect((menu.components as { components: { label: string }[] }[])[0]?.components.map((c) => c.label)).toEqual(['Find my skill gaps', 'Pick credentials worth it', 'Practise interview answers']);

    // A button: deferUpdate before the turn, the buttons replaced by what was picked, the replies as follow-ups.
    expect(await coach.click('Find my skill gaps')).toContain('What is your current (or most recent) job?');
    expect(bodyOf(h, 0)).toEqual({ type: 6 });
    expect(h.rest.requests[1]).toMatchObject({ method: 'PATCH', path: expect.stringMatching(/\/messages\/@original$/) });
    expect(JSON.stringify(bodyOf(h, 1).components)).toContain('"label":"✓ Find my skill gaps","style":3,"disabled":true');

    expect(await coach.say('Senior accountant')).toContain('how many years have you been working');
    expect(await coach.say('eighteen')).toContain('Which tech role are you aiming for?');
    expect(await coach.say('web dev')).toContain('Did you mean **Web developer**?');
    expect(await coach.click('Yes')).toContain('Which skills do you already have?');
    expect(await coach.say('HTML, CSS and a little JavaScript')).toContain('Now paste a job posting for **Web developer**');

    // The long text: a button opens a modal with a paragraph input; its submission is a form answer.
    const first = await coach.fill({ text: POSTING_1 });
    expect(first.modal).toMatchObject({ title: 'Job posting', components: [{ type: 18, label: 'Job posting', component: { type: 4, custom_id: 'text', style: 2, max_length: 4000, required: true, placeholder: 'Paste the whole job ad here' } }] });
    expect(first.shown).toMatch(/Posting 1 read: I found .*React/);
    expect(JSON.stringify(bodyOf(h, 1).components)).toContain('✓ Sent');
    // Typed text is accepted as well.
    expect(await coach.say(POSTING_2)).toContain('Posting 2 read');

    const report = await coach.say('done');
    expect(report).toContain('Here is your gap report for **Web developer**. Demand is from the 2 postings you pasted.');
    expect(report).toContain('```text\nReact             ████████████████ 100%\nJavaScript        ████████████████ 100%\nGit               ████████████████ 100%\n');
    expect(report).toContain('CSS               ████████░░░░░░░░  50%\n');
    expect(report).toContain('What you bring\nSkills they ask for that you have: JavaScript (basic), HTML and CSS');
    // Ties at 100% keep the postings' order (React first), never the alphabet; "a little JavaScript" is a core skill to deepen,
    // asked in more postings than TypeScript.
    expect(report).toContain('Your top gaps, by demand and what you have:\n1. **React**: asked for in 100% of the postings\n2. **Git**: asked for in 100% of the postings\n3. **JavaScript** (you have the basics: deepen it): asked for in 100% of the postings');
    expect(report).toContain('An entry-level web developer earns about $63,000 a year');
    // The coach offers what comes next and waits.
    expect(report).toContain('Picking credentials that close these gaps is the natural next step.');
    expect(await coach.click('Pick credentials worth it')).toContain('Shall I pick credentials for these?');
    expect(await coach.click('Yes')).toContain('What can you spend in total, in US dollars?');
    await coach.say('500');
    await coach.say('10');
    await coach.say('skip');
    await coach.say('skip');
    // Then yes/no buttons (free options first? proctored exams fine?) until the picks arrive.
    let picks = '';
    for (let i = 0; i < 4 && !/Here (?:is my pick|are my top \w+ picks)/.test(picks); i++) picks = await coach.click('Yes');
    expect(picks).toMatch(/Here (?:is my pick|are my top \w+ picks) for \*\*Web developer\*\*/);

    // More than five choices: a select, every option within Discord's limits.
    const question = h.lastWithComponents(thread);
    const rows = question.components as { components: { type: number; custom_id: string; options: { label: string; value: string }[] }[] }[];
    expect(rows).toHaveLength(1);
    const select = rows[0]?.components[0];
    expect(select?.type).toBe(3);
    expect(select?.options.length).toBeGreaterThan(5);
    expect(select?.options.length).toBeLessThanOrEqual(25);
    expect(select?.custom_id.length).toBeLessThanOrEqual(100);
    const choose = select?.options.find((o) => o.value.startsWith('pick:')) as { label: string; value: string };
    const chosen = await coach.click(choose.label);
    expect(bodyOf(h, 0)).toEqual({ type: 6 });
    expect(chosen).toContain(`You chose **${choose.label.replace(/^Choose /, '')}**. Here is your plan`);
    expect(JSON.stringify(bodyOf(h, 1).components)).toContain(`✓ ${choose.label}`);

    const doc = JSON.parse(h.store.peek({ platform: 'discord', tenant: h.guildId, user: ann.id }) ?? '{}');
    expect(doc.profile).toMatchObject({ name: 'Maria', currentRole: 'Senior accountant', targetRole: 'web-developer', gapReport: { role: 'web-developer', source: 'postings' } });
    expect(doc.profile.credentialPick.ids).toEqual([choose.value.slice('pick:'.length)]);
    await h.close();
  });
});
