import { afterEach, describe, expect, it } from 'vitest';
import type { webApi } from '@slack/bolt';
import { SlackUserZones, ZONE_TTL_MS } from '../adapters/slack/user-zone.js';
import { startSlack } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';

/** A client whose users.info answers as given, counting the calls. */
function client(answer: (user: string) => Promise<unknown>) {
  const calls: string[] = [];
  const c = { users: { info: ({ user }: { user: string }) => (calls.push(user), answer(user)) } } as unknown as webApi.WebClient;
  return { c, calls };
}

describe("the person's time zone from Slack", () => {
  it("reads users.info's tz once a day per person", async () => {
    let now = 0;
    const zones = new SlackUserZones(() => now);
    const { c, calls } = client(async (user) => ({ ok: true, user: { id: user, tz: user === 'U1' ? 'America/Chicago' : 'Europe/Berlin' } }));
    expect(await zones.zoneOf(c, 'T1', 'U1')).toBe('America/Chicago');
    expect(await zones.zoneOf(c, 'T1', 'U1')).toBe('America/Chicago');
    expect(await zones.zoneOf(c, 'T1', 'U2')).toBe('Europe/Berlin');
    expect(calls).toEqual(['U1', 'U2']);
    now = ZONE_TTL_MS;
    await zones.zoneOf(c, 'T1', 'U1');
    expect(calls).toEqual(['U1', 'U2', 'U1']);
  });

  it('goes on without a zone when Slack will not say (no users:read scope) or says no real zone, and does not ask again that day', async () => {
    const zones = new SlackUserZones(() => 0);
    const refused = client(async () => Promise.reject(Object.assign(new Error('An API error occurred: missing_scope'), { data: { ok: false, error: 'missing_scope' } })));
    expect(await zones.zoneOf(refused.c, 'T1', 'U1')).toBeUndefined();
    expect(await zones.zoneOf(refused.c, 'T1', 'U1')).toBeUndefined();
    expect(refused.calls).toHaveLength(1);
    const odd = client(async () => ({ ok: true, user: { tz: 'Mars/Olympus_Mons' } }));
    expect(await zones.zoneOf(odd.c, 'T2', 'U1')).toBeUndefined();
  });

  it('never holds a turn for long when Slack is slow', async () => {
    const zones = new SlackUserZones(Date.now, 20);
    const slow = client(() => new Promise((resolve) => setTimeout(() => resolve({ ok: true, user: { tz: 'Asia/Tokyo' } }), 500)));
    const started = Date.now();
    expect(await zones.zoneOf(slow.c, 'T1', 'U1')).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(400);
  });
});

describe('a Slack turn', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("carries the person's Slack time zone into their profile", async () => {
    h = await startSlack();
    h.api.on('users.info', (params) => ({ ok: true, user: { id: params.user, tz: 'America/Los_Angeles' } }));
    await h.dm('UZONE1', 'hello');
    const stored = JSON.parse((await h.peek({ platform: 'slack', tenant: 'T1', user: 'UZONE1' })) ?? '{}') as { profile?: Record<string, unknown> };
    expect(stored.profile?.timeZone).toBe('America/Los_Angeles');
    expect(h.api.to('users.info').map((c) => c.params.user)).toEqual(['UZONE1']);
  });
});
