import { describe, expect, it } from 'vitest';
import { inboundSchema } from '../src/engine/inbound.js';
import { choiceInbound, choicesInbound, conversationOf, eventIds, memberName, messageInbound, readSlash, slashInbound, tenantOf } from '../adapters/slack/to-inbound.js';

const o = { tenant: 'T1', user: 'U1', place: { channel: 'C1', threadTs: '17.1' }, eventId: 'ev:Ev1' };
const origin = { platform: 'slack', tenant: 'T1', user: 'U1', conversation: 'C1:17.1', eventId: 'ev:Ev1' };

describe('Slack payloads as engine events', () => {
  it('the tenant is the workspace, with its Enterprise Grid org when there is one; an org alone keeps its ":", never a workspace tenant', () => {
    expect(tenantOf('T456', undefined)).toBe('T456');
    expect(tenantOf('T456', 'E123')).toBe('E123:T456');
    expect(tenantOf(undefined, 'E123')).toBe('E123:');
    expect(tenantOf(undefined, undefined)).toBeUndefined();
  });

  it('a conversation is the channel, and the thread in it', () => {
    expect(conversationOf({ channel: 'D1' })).toBe('D1');
    expect(conversationOf({ channel: 'C1', threadTs: '17.1' })).toBe('C1:17.1');
  });

  it('/pivot: a bare command is start; a word is a command with the rest as args; anything else is typed text', () => {
    expect(slashInbound(o, '')).toEqual({ kind: 'command', ...origin, name: 'start', args: '' });
    expect(slashInbound(o, '  Status ')).toEqual({ kind: 'command', ...origin, name: 'status', args: '' });
    expect(slashInbound(o, 'start gaps')).toEqual({ kind: 'command', ...origin, name: 'start', args: 'gaps' });
    expect(slashInbound(o, '2')).toEqual({ kind: 'text', ...origin, text: '2' });
    expect(slashInbound(o, `help ${'x'.repeat(3_000)}`)).toMatchObject({ kind: 'command', name: 'help' });
    expect((slashInbound(o, `help ${'x'.repeat(3_000)}`) as { args: string }).args).toHaveLength(2_000);
  });

  it("a mention's text loses the bot's own mention; a bare mention is start", () => {
    expect(messageInbound(o, '<@UBOT> status', 'UBOT')).toEqual({ kind: 'text', ...origin, text: 'status' });
    expect(messageInbound(o, '<@UBOT|pivot>', 'UBOT')).toEqual({ kind: 'command', ...origin, name: 'start', args: '' });
    expect(messageInbound(o, 'ask <@U9> and &lt;me&gt;', 'UBOT')).toEqual({ kind: 'text', ...origin, text: 'ask @U9 and <me>' });
  });

  it('event ids stay the same for a redelivery and differ between kinds', () => {
    expect(eventIds.event('Ev1')).toBe('ev:Ev1');
    expect(eventIds.command('123.456.abc')).toBe('cmd:123.456.abc');
    expect(eventIds.click('U1', '1710000001.5')).toBe('act:U1:1710000001.5');
    expect(eventIds.submission('V1')).toBe('view:V1');
  });

  it("a checklist's ticks are one choices event; none ticked is an empty list", () => {
    expect(choicesInbound(o, 'score', ['real-event', 'steps'])).toEqual({ kind: 'choices', ...origin, stepId: 'score', choiceIds: ['real-event', 'steps'] });
    const none = choicesInbound(o, 'score', []);
    expect(none).toEqual({ kind: 'choices', ...origin, stepId: 'score', choiceIds: [] });
    expect(inboundSchema.safeParse(none).success).toBe(true);
  });

  it("a shared conversation's events carry scope conversation and the member's name; a member's own carry neither", () => {
    const shared = { ...o, sharedAs: 'ana' };
    expect(choiceInbound(shared, 'answerer', 'claim')).toEqual({ kind: 'choice', ...origin, scope: 'conversation', userName: 'ana', stepId: 'answerer', choiceId: 'claim' });
    expect(messageInbound(shared, '<@UBOT> data analyst', 'UBOT')).toEqual({ kind: 'text', ...origin, scope: 'conversation', userName: 'ana', text: 'data analyst' });
    expect(slashInbound(shared, 'peer')).toEqual({ kind: 'command', ...origin, scope: 'conversation', userName: 'ana', name: 'peer', args: '' });
    expect(choiceInbound(o, 'answerer', 'claim')).not.toHaveProperty('scope');
  });

  it("a member's name is the first one Slack gave, trimmed and at most 80 characters, else a neutral word", () => {
    expect(memberName(undefined, '  ', ' Ana Lopez ')).toBe('Ana Lopez');
    expect(memberName('', undefined)).toBe('a member');
    expect(memberName()).toBe('a member');
    expect(memberName('n'.repeat(200))).toHaveLength(80);
    // A name that looks like a mention stays text: the renderers escape it.
    expect(memberName('<!channel>')).toBe('<!channel>');
  });

  it('/pivot is read once: a command word with its args, or typed text', () => {
    expect(readSlash(' Peer ')).toEqual({ name: 'peer', args: '' });
    expect(readSlash('')).toEqual({ name: 'start', args: '' });
    expect(readSlash('1 3')).toEqual({ text: '1 3' });
  });
});
