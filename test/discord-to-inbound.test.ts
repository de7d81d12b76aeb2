import { describe, expect, it } from 'vitest';
import { DM_TENANT, choiceInbound, choicesInbound, commandInbound, formInbound, textInbound, withoutBotMention } from '../adapters/discord/to-inbound.js';
import { inboundSchema } from '../src/engine/inbound.js';

const OWNER = '1300000000000000042';
const inGuild = { eventId: '1300000000000000100', guildId: '1300000000000000200', channelId: '1300000000000000300', userId: OWNER };
const inDm = { ...inGuild, guildId: null };

describe('Discord events as Inbound', () => {
  it('uses the guild as tenant, "dm" in direct messages, and the interaction or message id as event id', () => {
    expect(textInbound(inGuild, 'Ann')).toEqual({ kind: 'text', platform: 'discord', tenant: inGuild.guildId, conversation: inGuild.channelId, user: OWNER, eventId: inGuild.eventId, text: 'Ann' });
    expect(textInbound(inDm, 'Ann')).toMatchObject({ tenant: DM_TENANT });
    expect(inboundSchema.safeParse(textInbound(inGuild, 'Ann')).success).toBe(true);
  });

  it('turns /pivot subcommands into engine commands, a start topic into its args', () => {
    expect(commandInbound(inGuild, { name: 'status' })).toMatchObject({ kind: 'command', name: 'status', args: '' });
    expect(commandInbound(inGuild, { name: 'start', topic: 'practice' })).toMatchObject({ kind: 'command', name: 'start', args: 'practice' });
    expect(() => commandInbound(inGuild, { name: 'rm-rf' })).toThrow();
    expect(() => commandInbound(inGuild, { name: 'start', topic: 'anything' })).toThrow();
  });

  it('reads a button choice from its custom_id and a select choice from its one value, with the step', () => {
    expect(choiceInbound(inGuild, { kind: 'choice', owner: OWNER, stepId: 'first', choiceId: 'gap-interview' })).toMatchObject({ kind: 'choice', choiceId: 'gap-interview', stepId: 'first' });
    expect(choiceInbound(inGuild, { kind: 'select', owner: OWNER, stepId: 'choose', part: 0 }, ['pick:x'])).toMatchObject({ kind: 'choice', choiceId: 'pick:x', stepId: 'choose' });
    expect(choiceInbound(inGuild, { kind: 'select', owner: OWNER, part: 0 }, ['a'])).not.toHaveProperty('stepId');
    expect(() => choiceInbound(inGuild, { kind: 'select', owner: OWNER, part: 0 }, ['a', 'b'])).toThrow();
    expect(() => choiceInbound(inGuild, { kind: 'select', owner: OWNER, part: 0 }, [])).toThrow();
  });

  it("sends a checklist's ticks as one choices event, from none to 25, for its step", () => {
    const checklist = { kind: 'checklist' as const, owner: OWNER, stepId: 'score' };
    expect(choicesInbound(inGuild, checklist, ['real-event', 'steps'])).toMatchObject({ kind: 'choices', choiceIds: ['real-event', 'steps'], stepId: 'score' });
    expect(choicesInbound(inGuild, checklist, [])).toMatchObject({ kind: 'choices', choiceIds: [] });
    expect(inboundSchema.safeParse(choicesInbound(inGuild, checklist, Array.from({ length: 25 }, (_, i) => `item-${i}`))).success).toBe(true);
    expect(() => choicesInbound(inGuild, checklist, Array.from({ length: 26 }, (_, i) => `item-${i}`))).toThrow();
    expect(() => choicesInbound(inGuild, checklist, [''])).toThrow();
    expect(() => choicesInbound(inGuild, checklist, ['x'.repeat(101)])).toThrow();
  });

  it("puts an event in a peer thread into the thread's shared session, with the member's name", () => {
    const inPeerThread = { ...inGuild, peer: { userName: '@everyone Ana' } };
    const event = textInbound(inPeerThread, "I'll answer");
    expect(event).toMatchObject({ scope: 'conversation', conversation: inGuild.channelId, user: OWNER, userName: '@everyone Ana' });
    expect(inboundSchema.parse(event)).toMatchObject({ scope: 'conversation', userName: '@everyone Ana' });
    expect(textInbound(inGuild, 'hi')).not.toHaveProperty('scope');
    expect(() => textInbound({ ...inGuild, peer: { userName: ' ' } }, 'hi')).toThrow();
    expect(() => textInbound({ ...inGuild, peer: { userName: 'x'.repeat(81) } }, 'hi')).toThrow();
  });

  it('keeps the filled modal fields in order, and all of them when all are empty', () => {
    const modal = { kind: 'modal' as const, owner: OWNER, stepId: 'answer' };
    const filled = formInbound(inGuild, modal, [{ customId: 'situation', value: 'S' }, { customId: 'task', value: ' ' }, { customId: 'action', value: 'A' }]);
    expect(filled).toMatchObject({ kind: 'form', stepId: 'answer', fields: { situation: 'S', action: 'A' } });
    expect(Object.keys((filled as { fields: object }).fields)).toEqual(['situation', 'action']);
    expect(formInbound(inGuild, modal, [{ customId: 'text', value: '' }])).toMatchObject({ fields: { text: '' } });
    expect(() => formInbound(inGuild, modal, [{ customId: 'text', value: 'x'.repeat(4001) }])).toThrow();
    expect(() => formInbound(inGuild, modal, Array.from({ length: 6 }, (_, i) => ({ customId: `f${i}`, value: 'x' })))).toThrow();
  });

  it('refuses ids that are not Discord ids', () => {
    expect(() => textInbound({ ...inGuild, userId: 'ann' }, 'hi')).toThrow();
  });

  it('takes the mentions of the bot out of a message, and only those', () => {
    expect(withoutBotMention('<@1290000000000000001> hi <@!1290000000000000001> <@1300000000000000042>', '1290000000000000001')).toBe('hi <@1300000000000000042>');
  });
});
