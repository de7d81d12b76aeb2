import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../adapters/slack/listeners.js';
import { EVENTS_PATH } from '../adapters/slack/slack-app.js';

const manifest = async () => JSON.parse(await readFile(new URL('../adapters/slack/manifest.json', import.meta.url), 'utf8'));

describe('the Slack app manifest', () => {
  it('asks for exactly the scopes and events the app uses', async () => {
    const m = await manifest();
    // channels:history and groups:history: after a timed-out post in a channel thread, the coach reads the thread for it before posting again.
    expect(m.oauth_config.scopes).toEqual({ bot: ['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:write', 'groups:history', 'im:history', 'im:write', 'users:read'] });
    expect(m.settings.event_subscriptions.bot_events).toEqual(['app_home_opened', 'app_mention', 'app_uninstalled', 'message.im', 'tokens_revoked']);
  });

  it('points events, interactivity and the slash command at the one endpoint, and the install at its redirect', async () => {
    const m = await manifest();
    expect(m.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([SLASH_COMMAND]);
    for (const url of [m.settings.event_subscriptions.request_url, m.settings.interactivity.request_url, m.features.slash_commands[0].url]) expect(new URL(url).pathname).toBe(EVENTS_PATH);
    expect(new URL(m.oauth_config.redirect_urls[0]).pathname).toBe('/slack/oauth_redirect');
    expect(m.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    // A token refresh would run before the acknowledgement, inside Slack's three seconds.
    expect(m.settings.token_rotation_enabled).toBe(false);
  });
});
