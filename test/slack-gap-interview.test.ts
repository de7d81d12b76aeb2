import { afterEach, describe, expect, it } from 'vitest';
import { POSTING_1, POSTING_2, POSTING_3 } from './support/sample-postings.js';
import { decodeModalMeta } from '../adapters/slack/owner.js';
import { startSlack, textOf } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';
import { eventBody, JSON_TYPE } from './support/slack-requests.js';

/**
 * The gap interview as an alumna lives it in Slack: /pivot from a channel, answers typed in the
 * DM, buttons for choices, job postings through the form (and one pasted as a message), the
 * report, and her App Home afterwards.
 */


const U1 = { platform: 'slack', tenant: 'T1', user: 'U1' };
let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const lastPost = (harness: SlackHarness) => harness.api.posts().at(-1) ?? {};
const profile = async (harness: SlackHarness) => JSON.parse((await harness.peek(U1)) ?? '{}').profile;

describe('the gap interview in Slack', () => {
  it('runs from /pivot to the report through DMs, buttons and the form', async () => {
    h = await startSlack();

    // /pivot in a channel: answered in the DM, with an ephemeral pointer where it was typed.
    await h.command('U1', '', { team: 'T1' }, 'C42');
    expect(h.api.to('conversations.open')[0]?.params).toMatchObject({ users: 'U1' });
    expect(lastPost(h)).toMatchObject({ channel: 'DU1', text: expect.stringContaining('What should I call you?') });
    expect(h.api.responses[0]?.body).toEqual({ response_type: 'ephemeral', text: "I've answered in our direct messages: open *Pivot Coach* in your sidebar (its Messages tab)." });

    await h.dm('U1', 'Maria');
    expect(lastPost(h)).toEqual({
      team_id: 'T1',
      channel: 'DU1',
      // The outbox's id for the message, so a retry after a timeout can find it posted (adapters/slack/outbox.ts).
      metadata: expect.stringMatching(/^\{"event_type":"pivot_reply","event_payload":\{"reply_id":"ev:Ev\d+#0"\}\}$/),
      text: 'Good to meet you, Maria. What would you like to work on first?\n  1) Find my skill gaps\n  2) Pick credentials worth it\n  3) Practise interview answers',
      blocks: [
        { type: 'context', elements: [{ type: 'mrkdwn', text: '▰▰▰▰▰▰▰▰  *Welcome* · step 2 of 2' }] },
        { type: 'section', text: { type: 'mrkdwn', text: 'Good to meet you, Maria. What would you like to work on first?' } },
        {
          type: 'actions',
          block_id: '{"q":0,"o":"U1","s":"first"}',
          elements: [
            { type: 'button', action_id: 'pivot:choice:0:0', text: { type: 'plain_text', text: 'Find my skill gaps', emoji: true }, value: '{"o":"U1","s":"first","c":"gap-interview"}' },
            { type: 'button', action_id: 'pivot:choice:0:1', text: { type: 'plain_text', text: 'Pick credentials worth it', emoji: true }, value: '{"o":"U1","s":"first","c":"credential-pick"}' },
            { type: 'button', action_id: 'pivot:choice:0:2', text: { type: 'plain_text', text: 'Practise interview answers', emoji: true }, value: '{"o":"U1","s":"first","c":"interview-practice"}' },
          ],
        },
      ],
      unfurl_links: 'false',
      unfurl_media: 'false',
    });

    // The click is answered, and its buttons become a line saying what was chosen.
    const menu = h.api.to('chat.postMessage').at(-1);
    await h.click('U1', 'Find my skill gaps');
    expect(h.api.to('chat.update')[0]?.params).toEqual({
      team_id: 'T1',
      channel: 'DU1',
      ts: menu?.result?.ts,
      text: menu?.params.text,
      blocks: [
        { type: 'context', elements: [{ type: 'mrkdwn', text: '▰▰▰▰▰▰▰▰  *Welcome* · step 2 of 2' }] },
        { type: 'section', text: { type: 'mrkdwn', text: 'Good to meet you, Maria. What would you like to work on first?' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'You chose *Find my skill gaps*' }] },
      ],
    });
    expect(textOf(lastPost(h))).toContain('What is your current (or most recent) job?');

    await h.dm('U1', 'Senior accountant');
    await h.dm('U1', 'eighteen');
    await h.dm('U1', 'data analysis');
    expect(textOf(lastPost(h))).toContain('Did you mean *Data analyst*?\nYes\nNo');
    await h.click('U1', 'Yes');
    expect(textOf(lastPost(h))).toContain('Which skills do you already have?');
    await h.dm('U1', 'Advanced Excel, some SQL, accounting, and I managed a team of 6');

    // Long text: the question with its form button.
    const postingsQuestion = h.api.to('chat.postMessage').at(-1);
    expect(postingsQuestion?.params.blocks).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: '▰▰▰▰▰▰▰▰  *Skill gaps* · step 6 of 6' }] },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          // What the coach heard ("SQL (basic)") comes first, then the request for postings.
          text: expect.stringMatching(/SQL \(basic\)[^\n]*\n+Now paste a job posting for \*Data analyst\* \(the whole ad is fine\)\. Paste them one at a time, up to 15: the more you give me, the better I can see what keeps coming up\. Say `skip` to use the typical demand for the role instead\.$/),
        },
      },
      {
        type: 'actions',
        block_id: 'pivot-form:0',
        elements: [
          {
            type: 'button',
            action_id: 'pivot:form',
            style: 'primary',
            text: { type: 'plain_text', text: 'Open the form', emoji: true },
            value: '{"o":"U1","s":"postings","f":[["text","Job posting","Paste the whole job ad here"]]}',
          },
        ],
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: "The form takes up to 3,000 characters per box (Slack's limit). For anything longer, paste it here as a message instead." }] },
    ]);

    await h.click('U1', 'Open the form');
    const opened = h.api.to('views.open')[0]?.params;
    expect(opened?.trigger_id).toMatch(/^click-trigger-/);
    const view = opened?.view as { blocks: unknown[]; private_metadata: string };
    expect(decodeModalMeta(view.private_metadata)).toEqual({ owner: 'U1', stepId: 'postings', channel: 'DU1', fieldIds: ['text'] });
    expect(view.blocks[0]).toEqual((postingsQuestion?.params.blocks as unknown[])[1]);
    // The form is its owner's: someone else's click on its button, or a submission in their name, changes nothing.
    const beforeOthers = { posts: h.api.posts().length, doc: await h.peek(U1) };
    await h.click('U2', 'Open the form');
    await h.submit('U2', { text: 'not mine' }, 'VOTHER');
    expect(h.api.to('chat.postEphemeral').map((c) => c.params.user)).toEqual(['U2']);
    expect(h.api.to('views.open')).toHaveLength(1);
    expect(h.api.posts()).toHaveLength(beforeOthers.posts);
    expect(await h.peek(U1)).toBe(beforeOthers.doc);
    await h.submit('U1', { text: POSTING_1 }, 'VPOST1');
    expect(textOf(lastPost(h))).toMatch(/Posting 1 read: I found .*Tableau, SQL, Excel, Python/);

    // A second delivery of the same submission changes nothing and posts nothing.
    const posted = h.api.posts().length;
    await h.submit('U1', { text: POSTING_1 }, 'VPOST1');
    expect(h.api.posts()).toHaveLength(posted);

    // A typed message is as good as the form; /pivot repeat at this step opens the form at once.
    await h.dm('U1', POSTING_2);
    expect(textOf(lastPost(h))).toContain('Posting 2 read');
    await h.command('U1', 'repeat', { team: 'T1' }, 'DU1');
    expect(h.api.to('views.open').at(-1)?.params.trigger_id).toMatch(/^trigger-/);
    expect(h.api.responses).toHaveLength(1);
    await h.click('U1', 'Open the form');
    await h.submit('U1', { text: POSTING_3 });
    await h.dm('U1', 'done');

    const report = h.api.posts().at(-1) ?? {};
    const shown = textOf(report);
    expect(shown).toContain('Here is your gap report for *Data analyst*. Demand is from the 3 postings you pasted.');
    expect(report.blocks).toContainEqual({ type: 'section', text: { type: 'mrkdwn', text: '*What employers ask for (share of your postings)*' } });
    expect(report.blocks).toContainEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: expect.stringMatching(/^```\nSQL +██████████ 100%\n(.+\n)*Python +███████░░░ 67%\n(.+\n)*```$/),
      },
    });
    expect(shown).toMatch(/Your top gaps, by demand and what you have:\n1\. \*Tableau\*: asked for in 67% of the postings\n2\. \*SQL\*(?: \([^)\n]*\))?: asked for in 100% of the postings/);
    expect((await profile(h)).gapReport).toMatchObject({ role: 'data-analyst', source: 'postings' });

    // Her App Home shows the gaps now.
    await h.event({ type: 'app_home_opened', user: 'U1', channel: 'DU1', tab: 'home', event_ts: '1710000200.000001' });
    const home = h.api.to('views.publish')[0]?.params;
    expect(home?.user_id).toBe('U1');
    expect(JSON.stringify(home?.view)).toContain('*Skill gaps* for *Data analyst* (from the postings you pasted');
  });

  it("refuses someone else's click in a shared channel, privately, and changes nothing", async () => {
    h = await startSlack();
    await h.event({ type: 'app_mention', channel: 'C7', user: 'U1', text: '<@UBOT> hi', ts: '1710000300.000001' });
    await h.event({ type: 'app_mention', channel: 'C7', user: 'U1', text: '<@UBOT> Maria', ts: '1710000300.000002', thread_ts: '1710000300.000001' });
    const question = h.api.to('chat.postMessage').at(-1);
    expect(question?.params).toMatchObject({ channel: 'C7', thread_ts: '1710000300.000001' });
    const before = await h.peek(U1);
    const calls = h.api.calls.length;

    await h.click('U2', 'Find my skill gaps');
    expect(h.api.calls.slice(calls).map((c) => [c.method, c.params])).toEqual([
      [
        'chat.postEphemeral',
        {
          team_id: 'T1',
          channel: 'C7',
          user: 'U2',
          thread_ts: '1710000300.000001',
          text: "These buttons belong to someone else's coaching session, so I've left them alone. Mention me or type `/pivot` to start your own: it's private to you.",
        },
      ],
    ]);
    expect(await h.peek(U1)).toBe(before);
    expect(await h.peek({ ...U1, user: 'U2' })).toBeNull();

    // The owner's click still works, in the thread; replaying it afterwards changes nothing.
    await h.click('U1', 'Find my skill gaps', question);
    expect(lastPost(h)).toMatchObject({ channel: 'C7', thread_ts: '1710000300.000001' });
    expect(h.api.to('chat.update')).toHaveLength(1);
    const after = await h.peek(U1);
    await h.click('U1', 'Find my skill gaps', question);
    expect(textOf(lastPost(h))).toContain("That was for an earlier question, so I've left it alone.");
    expect(JSON.parse((await h.peek(U1)) ?? '{}').flow).toEqual(JSON.parse(after ?? '{}').flow);
    // The engine refused the stale click, so its message is not marked "You chose" a second time.
    expect(h.api.to('chat.update')).toHaveLength(1);
  });

  it('echoes hostile text without pinging anyone or forging a link', async () => {
    h = await startSlack();
    await h.dm('U1', 'hi');
    // A name that mentions anyone is asked again; a job title is kept as typed and echoed safely.
    await h.dm('U1', '<!channel> @here <@U123> <https://evil|click>');
    expect(textOf(lastPost(h))).toContain("That doesn't look like a name I can greet you by.");
    await h.dm('U1', 'Maria');
    await h.dm('U1', '1');
    await h.dm('U1', '<!channel> @here <@U123> <https://evil|click>');
    await h.dm('U1', 'status');
    const post = lastPost(h);
    const everything = JSON.stringify(post);
    expect(textOf(post)).toContain('@\u2060channel @\u2060here @U123 click (https://evil)');
    expect(everything).not.toMatch(/<!|<@|<https?:|\|click>/);
    expect(everything).not.toMatch(/[^\u2060]@(here|channel|everyone)\b/u);
  });

  it('keeps workspaces (and Enterprise Grid orgs) apart even for the same user id', async () => {
    h = await startSlack();
    await h.dm('U1', 'hi');
    await h.dm('U1', 'Maria');
    const post = (team: string) => JSON.parse(eventBody({ type: 'message', channel: 'DU1', channel_type: 'im', user: 'U1', text: 'status', ts: '1710000400.000001' }, { team })) as unknown;
    await h.deliver(JSON.stringify(post('T2')), JSON_TYPE);
    expect(textOf(lastPost(h))).not.toContain('Maria');
    expect(await h.peek({ ...U1, tenant: 'T2' })).toBeNull();
    await h.deliver(JSON.stringify(post('T1')), JSON_TYPE);
    expect(await h.peek(U1)).toContain('Maria');
    // On Enterprise Grid the tenant is org and workspace together.
    await h.dm('U1', 'hi', { team: 'T1', enterprise: 'E1' });
    await h.dm('U1', 'Grid Ann', { team: 'T1', enterprise: 'E1' });
    expect(await h.peek({ ...U1, tenant: 'E1:T1' })).toContain('Grid Ann');
    expect(await h.peek(U1)).not.toContain('Grid Ann');
  });
});
