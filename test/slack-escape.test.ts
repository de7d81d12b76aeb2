import { describe, expect, it } from 'vitest';
import { escapeText, fromSlackText, neutraliseBroadcasts, safeMrkdwn, truncate } from '../adapters/slack/escape.js';

describe('escaping for Slack mrkdwn', () => {
  it('escapes exactly &, < and >, as Slack documents', () => {
    expect(escapeText('R&D <b> "q" \'s\'')).toBe('R&amp;D &lt;b&gt; "q" \'s\'');
  });

  it('makes @here, @channel and @everyone words inert, and leaves lookalikes alone', () => {
    expect(neutraliseBroadcasts('@here @Channel (@everyone).')).toBe('@\u2060here @\u2060Channel (@\u2060everyone).');
    expect(neutraliseBroadcasts('mail me@here.com, @heresy, @channels, @@here')).toBe('mail me@here.com, @heresy, @channels, @@here');
  });

  it('turns mentions and links into text that shows as typed', () => {
    expect(safeMrkdwn('<!channel> @here <@U123> <https://evil|click>')).toBe('&lt;!channel&gt; @\u2060here &lt;@U123&gt; &lt;https://evil|click&gt;');
  });

  it('truncates to the limit with an ellipsis, never splitting an emoji', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghijkl', 10)).toBe('abcdefghi…');
    const cut = truncate(`abcdefgh🙂🙂`, 10);
    expect(cut).toBe('abcdefgh…');
    expect(cut.length).toBeLessThanOrEqual(10);
  });
});

describe("reading Slack's wire format", () => {
  it('mentions, broadcasts, channels and links become readable words', () => {
    expect(fromSlackText('<!channel> <!here> <@U123> <@U9|sam> <#C1|general> <!subteam^S1|@mentors>')).toBe('@channel @here @U123 @sam #general @mentors');
    expect(fromSlackText('<https://evil|click> <https://ok.org> <mailto:a@b.org|a@b.org>')).toBe('click (https://evil) https://ok.org a@b.org (mailto:a@b.org)');
  });

  it('unescapes what Slack escaped, once', () => {
    expect(fromSlackText('R&amp;D &lt;team&gt; &amp;lt;')).toBe('R&D <team> &lt;');
  });
});
