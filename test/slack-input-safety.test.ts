import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pairOf, migrateOrgOnlyTenants } from '../adapters/slack/tenant.js';
import { tenantOf } from '../adapters/slack/to-inbound.js';
import { RedisScope } from './support/redis-fixtures.js';
import { startSlack, textOf } from './support/slack-harness.js';
import type { SlackHarness } from './support/slack-harness.js';

/** Adversarial input on Slack, through Bolt's receiver and the real listeners, the Web API faked with nock. */

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const U1 = { platform: 'slack', tenant: 'T1', user: 'U1' };
const posted = (harness: SlackHarness) => harness.api.posts().map((p) => `${String(p.text)}\n${textOf(p)}`).join('\n');

describe('an empty direct message', () => {
  it('is answered like any other, as on Discord: a new member is welcomed, later ones hear where they are', async () => {
    h = await startSlack();
    await h.dm('U1', '');
    expect(posted(h)).toContain('What should I call you?');
    expect(posted(h)).not.toContain('Welcome back');
    await h.dm('U1', 'Maria');
    await h.dm('U1', '   ');
    const last = h.api.posts().at(-1) ?? {};
    // The question asked again, with what it needs, as for any answer it cannot use.
    expect(String(last.text)).toContain('Pick one of the options by its number or its name');
    expect(posted(h)).not.toContain('Welcome back');
    // Only the bot's mention, in a DM, is as empty as no text.
    await h.dm('U1', '<@UBOT>');
    expect(posted(h)).not.toContain('Welcome back');
  });
});

describe("the terminal's own instructions", () => {
  it('never reach Slack: a long-text question says nothing about ending with a "." line', async () => {
    h = await startSlack();
    for (const line of ['hi', 'Maria', 'gaps']) await h.dm('U1', line);
    await h.click('U1', 'Find my skill gaps').catch(() => undefined);
    for (const line of ['Teacher', '12', 'data analyst', 'Excel, SQL']) await h.dm('U1', line);
    const text = posted(h);
    expect(text).toContain('job posting');
    expect(text).not.toMatch(/a line with just a "\."|Ctrl-D|type `form`/);
  });
});

describe('secrets typed in Slack', () => {
  it('are left out before they are stored, and the member is told', async () => {
    h = await startSlack();
    await h.dm('U1', 'hi');
    await h.dm('U1', 'Maria 4111 1111 1111 1111');
    const said = String(h.api.posts().at(-1)?.text);
    expect(said).toContain('I left out what looked like a card number');
    const stored = (await h.peek(U1)) ?? '';
    expect(stored).not.toContain('4111');
  });
});

describe('tenant keys', () => {
  const id = fc.stringMatching(/^[A-Za-z0-9:%]{1,12}$/);
  const pair = fc.record({ enterpriseId: fc.option(id, { nil: undefined }), teamId: fc.option(id, { nil: undefined }) }).filter((p) => Boolean(p.enterpriseId || p.teamId));

  it('never give two different (org, workspace) pairs the same tenant: each reads back to its pair', () => {
    fc.assert(
      fc.property(pair, (p) => {
        expect(pairOf(tenantOf(p.teamId, p.enterpriseId) as string)).toEqual(Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [['c', 'a:b'], ['b:c', 'a']],
    [['E1', undefined], [undefined, 'E1']],
    [['T1', 'E1'], ['E1:T1', undefined]],
    [['x%3Ay', undefined], ['x:y', undefined]],
  ] as [[string | undefined, string | undefined], [string | undefined, string | undefined]][])('keeps %j and %j apart', (a, b) => {
    expect(tenantOf(...a)).not.toBe(tenantOf(...b));
  });

  it("keep a workspace's and an org's workspace's tenants as they were (their stored sessions stay)", () => {
    expect(tenantOf('T1', undefined)).toBe('T1');
    expect(tenantOf('T1', 'E1')).toBe('E1:T1');
    expect(tenantOf(undefined, 'E1')).toBe('E1:');
  });
});

describe("the move of an org's sessions to its escaped tenant, on Redis", () => {
  const scope = new RedisScope();
  beforeAll(async () => {
    await scope.admin.ping();
  });
  afterAll(() => scope.close());

  it("moves an org's session from E1 to E1:, leaves workspaces alone, and is safe to run twice", async () => {
    const store = await scope.openStore();
    const put = (tenant: string, user: string, doc: string) =>
      store.commit({ platform: 'slack', tenant, user }, { expectedVersion: 0, eventId: `seed-${tenant}-${user}`, write: { kind: 'put', doc }, ttlMs: 60_000 });
    await put('E1', 'U1', '{"org":"only"}');
    await put('T1', 'U1', '{"workspace":true}');
    await put('E1:T1', 'U1', '{"org":"and workspace"}');
    expect(await migrateOrgOnlyTenants(scope.admin, store, scope.prefix, 60_000)).toBe(1);
    const doc = async (tenant: string) => (await store.load({ platform: 'slack', tenant, user: 'U1' }, '')).doc;
    expect(await doc('E1:')).toBe('{"org":"only"}');
    expect(await doc('E1')).toBeNull();
    expect(await doc('T1')).toBe('{"workspace":true}');
    expect(await doc('E1:T1')).toBe('{"org":"and workspace"}');
    expect(await migrateOrgOnlyTenants(scope.admin, store, scope.prefix, 60_000)).toBe(0);
  });
});
