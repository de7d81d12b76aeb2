import { describe, expect, it } from 'vitest';
import type { Engine} from '../src/engine/engine.js';
import { BUSY_REPLY, NO_SHARED_FLOWS_REPLY } from '../src/engine/engine.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import type { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { sessionOwner, userKeyBase } from '../src/engine/session-store.js';
import type { Commit, UserRef } from '../src/engine/session-store.js';
import { chatWith } from './support/chat.js';
import { DAY_MS, memoryEngine } from './support/memory-engine.js';
import { greetFlow, planFlow } from './support/sample-flows.js';

/** Two members, Ana and Ben, in one study group's thread; `room` is that thread. */
function studyGroup(engine: Engine, room = 'TH1') {
  return {
    ana: chatWith(engine, { user: 'UA', name: 'Ana', shared: true, conversation: room }),
    ben: chatWith(engine, { user: 'UB', name: 'Ben', shared: true, conversation: room }),
    cy: chatWith(engine, { user: 'UC', name: 'Cy', shared: true, conversation: room }),
  };
}

const own = (user: string): UserRef => ({ platform: 'test', tenant: 'T1', user });
const profileOf = (store: MemorySessionStore, user: string) => JSON.parse(store.peek(own(user)) ?? 'null')?.profile;

/** A group at the marking step: Ana told her line, Ben marks it. */
async function atMarks(engine: Engine, room?: string) {
  const group = studyGroup(engine, room);
  await group.ana.command('duet');
  await group.ana.click('teller', 'claim');
  await group.ana.say('I moved from teaching to data at 47.');
  await group.ben.click('judge', 'claim');
  return group;
}

describe('a shared conversation', () => {
  it('lets two members take parts, waits for the right one and keeps the result in the teller’s own session', async () => {
    const { engine, store } = memoryEngine();
    const { ana, ben, cy } = studyGroup(engine);
    expect(await ana.command('duet')).toBe('(Duet 1/4)\nWho tells first? [I\'ll tell]');
    expect(await ana.click('teller', 'claim')).toBe('(Duet 2/4)\nAna, tell us a line.');
    expect(await ben.say('go Ana!')).toBe('');
    expect(await ana.say('I moved from teaching to data at 47.')).toBe("(Duet 3/4)\nWho marks it? [I'll mark]");
    expect(await ana.click('judge', 'claim')).toBe('(Duet 3/4)\nYou told it, so someone else marks it. Click the button or say "me". [I\'ll mark]');
    expect(await ben.say('me')).toBe('(Duet 4/4)\nTick what was true. [tick: Clear | Short | True story]');
    expect(await ana.tick('marks', ['clear', 'short', 'true'])).toBe('That one is for Ben to answer.');
    expect(await cy.tick('marks', ['clear'])).toBe('That one is for Ben to answer.');
    expect(await ben.tick('marks', ['true', 'clear'])).toBe('Round 1: Ana got 2 of 3.\nWhat would you like to do next? [Practise together]');

    expect(profileOf(store, 'UA')).toEqual({ duets: [{ round: 1, marks: ['clear', 'true'] }] });
    expect(store.peek(own('UB'))).toBeNull();
    expect(JSON.parse(store.peek(sessionOwner({ ...ana.origin, scope: 'conversation' })) ?? '{}').profile).toEqual({ rounds: 1 });
  });

  it('takes typed ticks by number and name, and refuses ones not on the list without moving on', async () => {
    const { engine } = memoryEngine();
    const { ben } = await atMarks(engine);
    expect(await ben.say('1 and 7')).toBe('(Duet 4/4)\nI couldn\'t match "7" to the list. Numbers from the list, for example: 1 3. [tick: Clear | Short | True story]');
    expect(await ben.tick('marks', ['clear', 'bogus'])).toContain("That isn't one of the options.");
    expect(await ben.say('short, true story')).toBe('Round 1: Ana got 2 of 3.\nWhat would you like to do next? [Practise together]');
  });

  it('stores a redelivered last event once', async () => {
    const { engine, store } = memoryEngine();
    const { ben } = await atMarks(engine);
    const first = await ben.send({ kind: 'choices', stepId: 'marks', choiceIds: ['clear'] }, 'ev-last');
    const again = await ben.send({ kind: 'choices', stepId: 'marks', choiceIds: ['clear'] }, 'ev-last');
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
    expect(profileOf(store, 'UA').duets).toHaveLength(1);
  });

  it('delivers once when the conversation’s commit loses a race and the turn is decided again', async () => {
    const { engine, store } = memoryEngine();
    const { ben } = await atMarks(engine);
    const room = userKeyBase('', sessionOwner({ ...ben.origin, scope: 'conversation' }));
    let raced = false;
    const commit = store.commit.bind(store);
    store.commit = async (user: UserRef, change: Commit) => {
      if (!raced && userKeyBase('', user) === room && change.write.kind === 'put') {
        raced = true;
        return 'conflict';
      }
      return commit(user, change);
    };
    expect(await ben.tick('marks', ['short'])).toContain('Round 1: Ana got 1 of 3.');
    expect(raced).toBe(true);
    expect(profileOf(store, 'UA').duets).toEqual([{ round: 1, marks: ['short'] }]);
  });

  it('keeps results from two groups apart, though both are at their first round', async () => {
    const { engine, store } = memoryEngine();
    await (await atMarks(engine, 'TH1')).ben.tick('marks', ['clear']);
    await (await atMarks(engine, 'TH2')).ben.tick('marks', ['true']);
    expect(profileOf(store, 'UA').duets).toEqual([
      { round: 1, marks: ['clear'] },
      { round: 1, marks: ['true'] },
    ]);
  });

  it('writes into the member’s session without disturbing where they are in their own flow', async () => {
    const { engine, store } = memoryEngine();
    const anaAlone = chatWith(engine, { user: 'UA' });
    await anaAlone.say('hi');
    await anaAlone.say('Ana');
    const { ben } = await atMarks(engine);
    await ben.tick('marks', ['clear']);
    expect(await anaAlone.say('Teacher')).toBe('(Plan 2/5)\nHow many years have you done it?');
    expect(profileOf(store, 'UA')).toEqual({ name: 'Ana', currentRole: 'Teacher', duets: [{ round: 1, marks: ['clear'] }] });
  });

  it('answers busy and keeps the conversation where it was when the member’s session keeps changing', async () => {
    const { engine, store } = memoryEngine();
    const { ben } = await atMarks(engine);
    const commit = store.commit.bind(store);
    const member = userKeyBase('', own('UA'));
    store.commit = async (user: UserRef, change: Commit) => (userKeyBase('', user) === member ? 'conflict' : commit(user, change));
    expect(await ben.send({ kind: 'choices', stepId: 'marks', choiceIds: ['clear'] })).toEqual([BUSY_REPLY]);
    store.commit = commit;
    expect(await ben.tick('marks', ['clear'])).toContain('Round 1: Ana got 1 of 3.');
    expect(profileOf(store, 'UA').duets).toHaveLength(1);
  });

  it('skips a delivery to an unreadable session and still finishes the round', async () => {
    const { engine, store } = memoryEngine();
    await store.commit(own('UA'), { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: '{"schemaVersion":99}' }, ttlMs: DAY_MS });
    const { ben } = await atMarks(engine);
    expect(await ben.tick('marks', ['clear'])).toContain('Round 1: Ana got 1 of 3.');
    expect(store.peek(own('UA'))).toBe('{"schemaVersion":99}');
  });
});

describe('what members may do in a shared conversation', () => {
  it('lets chatter pass at a part anyone may take, but answers a member who may not take it', async () => {
    const { engine } = memoryEngine();
    const { ana, ben } = studyGroup(engine);
    await ana.command('duet');
    expect(await ben.say('hi all, ready when you are')).toBe('');
    await ana.say('me');
    await ana.say('My line.');
    expect(await ana.say('me')).toBe('(Duet 3/4)\nYou told it, so someone else marks it. Click the button or say "me". [I\'ll mark]');
  });

  it('refuses ticks sent for an earlier checklist', async () => {
    const { engine } = memoryEngine();
    const { ben } = await atMarks(engine);
    expect(await ben.tick('teller', ['clear'])).toBe("That was for an earlier question, so I've left it alone. Here's where we are:\n(Duet 4/4)\nTick what was true. [tick: Clear | Short | True story]");
  });

  it('explains itself without `forget`, and keeps `menu` for whoever the question is for', async () => {
    const { engine } = memoryEngine();
    const { ana, ben } = studyGroup(engine);
    await ana.command('duet');
    await ana.click('teller', 'claim');
    const help = await ben.say('help');
    expect(help).toContain('Here we practise together');
    expect(help).not.toContain('`forget`:');
    expect(await ben.say('menu')).toBe("That's for Ana to decide: this question is theirs.");
  });

  it('greets a member as new when their session was made by a delivery', async () => {
    const { engine, store } = memoryEngine();
    await (await atMarks(engine)).ben.tick('marks', ['clear']);
    const anaAlone = chatWith(engine, { user: 'UA' });
    expect(await anaAlone.say('hello')).toBe('(Welcome 1/1)\nHi! What should I call you?');
    expect(await anaAlone.say('Ana')).toBe('(Plan 1/5)\nWhat is your current role?');
    expect(profileOf(store, 'UA')).toEqual({ duets: [{ round: 1, marks: ['clear'] }], name: 'Ana' });
    expect(JSON.parse(store.peek(own('UA')) ?? '{}')).not.toHaveProperty('greeted');
  });

  it('refuses forget, which would wipe the practice for everyone', async () => {
    const { engine } = memoryEngine();
    const { ana, ben } = studyGroup(engine);
    await ana.command('duet');
    expect(await ben.say('forget')).toBe('`forget` deletes what I know about you, so say it to me in a direct message: here it would wipe this shared practice for everyone.');
    expect(await ben.command('repeat')).toBe("(Duet 1/4)\nWho tells first? [I'll tell]");
  });

  it('lets only the awaited member go back or skip', async () => {
    const { engine } = memoryEngine();
    const { ana, ben } = studyGroup(engine);
    await ana.command('duet');
    await ana.click('teller', 'claim');
    expect(await ben.say('back')).toBe("That's for Ana to decide: this question is theirs.");
    expect(await ana.say('back')).toBe("Your earlier answer was: Ana\n(Duet 1/4)\nWho tells first? [I'll tell]");
  });

  it('stays quiet at chatter between rounds and starts a round from the menu by name', async () => {
    const { engine } = memoryEngine();
    const { ana, ben } = await atMarks(engine);
    await ben.tick('marks', ['clear']);
    expect(await ana.say('thanks Ben, that helped')).toBe('');
    expect(await ben.say('practise together')).toBe("(Duet 1/4)\nWho tells first? [I'll tell]");
  });

  it('runs only shared flows there, and never a shared flow in someone’s own session', async () => {
    const { engine } = memoryEngine();
    const { ana } = studyGroup(engine);
    const alone = chatWith(engine, { user: 'UA' });
    expect(await ana.command('plan')).toBe('I don\'t know the command "plan". Say `help` to see what I understand.');
    expect(await alone.command('duet')).toBe(
      '*Duet* happens in a conversation you share with your study group, not here: start it there with `duet`.\nWhat would you like to work on here? [Make a plan | Practise interviews]',
    );
  });

  it('answers plainly when the coach has no shared flows at all', async () => {
    const { engine } = memoryEngine({ flows: new FlowRegistry([greetFlow, planFlow], greetFlow.id) });
    expect(await studyGroup(engine).ana.send({ kind: 'text', text: 'hello' })).toEqual([NO_SHARED_FLOWS_REPLY]);
  });

  it('keeps a conversation’s session apart from a user whose id looks like it', async () => {
    const { engine, store } = memoryEngine();
    await studyGroup(engine, 'C1').ana.command('duet');
    const lookalike = chatWith(engine, { user: '#C1' });
    expect(await lookalike.say('hello')).toBe('(Welcome 1/1)\nHi! What should I call you?');
    expect(userKeyBase('p', { ...own('#C1') })).not.toBe(userKeyBase('p', { ...own('C1'), shared: true }));
    expect(JSON.parse(store.peek({ ...own('C1'), shared: true }) ?? '{}').flow.id).toBe('duet');
  });

  it('reads a stored conversation written before members had names', async () => {
    const { engine, store } = memoryEngine();
    const session = newSession(new Date('2026-11-01T00:00:00Z'));
    session.flow = { id: 'duet', step: 'line', answers: { teller: { id: 'UA' } }, trail: ['teller'] };
    await store.commit({ ...own('TH9'), shared: true }, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: DAY_MS });
    const { ben } = studyGroup(engine, 'TH9');
    expect(await ben.click('line', 'x')).toBe('That one is for someone else to answer.');
  });
});

describe('what adapters learn about a turn', () => {
  it('says whether an event changed the session: a refused or repeated click did not', async () => {
    const { engine } = memoryEngine();
    const { ana, ben } = studyGroup(engine);
    await ana.command('duet');
    await ana.click('teller', 'claim');
    const click = (who: typeof ana, eventId: string) => engine.respond({ ...who.origin, kind: 'choice', stepId: 'judge', choiceId: 'claim', eventId });
    await ana.say('My line.');
    expect(await click(ana, 'e-ana')).toMatchObject({ changed: false });
    expect(await click(ben, 'e-ben')).toMatchObject({ changed: true });
    expect(await click(ben, 'e-ben')).toEqual({ replies: [], changed: false });
    expect((await engine.respond({ ...ana.origin, kind: 'choices', stepId: 'marks', choiceIds: [], eventId: 'e-2' })).changed).toBe(false);
  });

  it('tells whether a conversation has a shared session, without creating one', async () => {
    const { engine } = memoryEngine();
    const thread = { platform: 'test', tenant: 'T1', conversation: 'TH5' };
    expect(await engine.hasSharedSession(thread)).toBe(false);
    expect(await engine.hasSharedSession(thread)).toBe(false);
    await studyGroup(engine, 'TH5').ana.command('duet');
    expect(await engine.hasSharedSession(thread)).toBe(true);
    expect(await engine.hasSharedSession({ ...thread, tenant: 'T2' })).toBe(false);
  });
});

describe('who a question waits for', () => {
  it('names the awaited member on a shared question, and on nothing else', async () => {
    const { engine } = memoryEngine();
    const { ana, ben } = studyGroup(engine);
    await ana.command('duet');
    const claim = await engine.handle({ ...ana.origin, kind: 'choice', stepId: 'teller', choiceId: 'claim', eventId: 'aw-1' });
    expect(claim.find((r) => r.kind === 'text' && r.text.startsWith('Ana, tell'))).toBeDefined();
    await ana.say('My line.');
    const marks = await engine.handle({ ...ben.origin, kind: 'choice', stepId: 'judge', choiceId: 'claim', eventId: 'aw-2' });
    expect(marks.at(-1)).toMatchObject({ kind: 'checklist', stepId: 'marks', awaits: { id: 'UB', name: 'Ben' } });
    const open = await engine.handle({ ...ben.origin, kind: 'command', name: 'restart', eventId: 'aw-3' });
    expect(open.at(-1)).toMatchObject({ kind: 'question', stepId: 'teller' });
    expect(open.at(-1)).not.toHaveProperty('awaits');
    const alone = await engine.handle({ platform: 'test', tenant: 'T1', user: 'UA', conversation: 'D1', kind: 'text', text: 'hi', eventId: 'aw-4' });
    expect(alone.some((r) => 'awaits' in r)).toBe(false);
  });
});
