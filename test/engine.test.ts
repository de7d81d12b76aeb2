import { describe, expect, it } from 'vitest';
import { BROKEN_SESSION_REPLY, BUSY_REPLY, Engine, FORGOTTEN_REPLY, InvalidInboundError, STORE_DOWN_REPLY, TOO_LONG_REPLY } from '../src/engine/engine.js';
import { ask, defineFlow, handOver } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { MAX_INBOUND_TEXT } from '../src/engine/inbound.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { StoreUnavailableError } from '../src/engine/session-store.js';
import type { SessionStore } from '../src/engine/session-store.js';
import { chatWith } from './support/chat.js';
import { DAY_MS, memoryEngine } from './support/memory-engine.js';
import { planFlow, sampleRegistry } from './support/sample-flows.js';

/** A user who has answered the first two questions of the plan flow. */
async function atTargetQuestion() {
  const setup = memoryEngine();
  const chat = chatWith(setup.engine);
  await chat.say('hello');
  await chat.say('Ann');
  await chat.say('Accountant');
  await chat.say('twelve');
  return { ...setup, chat };
}

describe('a conversation through the engine', () => {
  it('greets a new user, hands over to the next flow and walks its steps', async () => {
    const { engine } = memoryEngine();
    const chat = chatWith(engine);
    expect(await chat.say('hi there')).toBe('(Welcome 1/1)\nHi! What should I call you?');
    expect(await chat.say('Ann')).toBe('(Plan 1/5)\nWhat is your current role?');
    expect(await chat.say('Accountant')).toBe('(Plan 2/5)\nHow many years have you done it?');
    expect(await chat.say('twelve')).toBe('(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]');
    expect(await chat.click('target', 'data')).toBe('(Plan 4/6)\nPaste a data analyst job posting. [form: Job posting]');
    expect(await chat.submit('posting', { text: 'We need SQL and Excel.' })).toBe('(Plan 5/6)\nWhat can you spend, in US dollars?');
    expect(await chat.say('$2,000')).toBe('(Plan 6/6)\nShall I make the plan? [Yes | No]');
    expect(await chat.say('yeah')).toBe('Plan made for a move to data.\nWhat would you like to do next? [Make a plan | Practise interviews]');
  });

  it('skips a step whose condition does not hold', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.say('cloud')).toBe('(Plan 4/5)\nWhat can you spend, in US dollars?');
  });

  it('follows a branch back to an earlier step', async () => {
    const { chat } = await atTargetQuestion();
    await chat.say('3');
    await chat.say('0');
    expect(await chat.say('no')).toBe('(Plan 1/5)\nWhat is your current role?');
  });

  it('keeps saveAs answers in the profile for later flows', async () => {
    const { chat, store } = await atTargetQuestion();
    await chat.say('UX designer');
    const doc = JSON.parse(store.peek(chat.origin) ?? '{}');
    expect(doc.profile).toEqual({ name: 'Ann', currentRole: 'Accountant', targetRole: 'ux' });
    expect(doc.flow.answers).toEqual({ role: 'Accountant', years: 12, target: 'ux' });
  });
});

describe('invalid answers', () => {
  it.each([
    ['', 'That was empty. Your job title, for example: Accountant.'],
    ['   ', 'That was empty. Your job title, for example: Accountant.'],
    ['🙂🎉', "I couldn't find any words in that. Your job title, for example: Accountant."],
    ['**__**', "I couldn't find any words in that. Your job title, for example: Accountant."],
    ['x'.repeat(201), "That's longer than I can keep for this question (200 characters at most). Your job title, for example: Accountant."],
  ])('re-asks the text step for %j with the reason and an example', async (input, expected) => {
    const { engine } = memoryEngine();
    const chat = chatWith(engine);
    await chat.say('hi');
    await chat.say('Ann');
    expect(await chat.say(input)).toBe(`(Plan 1/5)\n${expected}`);
  });

  it.each([
    ['lots', "I couldn't read a number in that."],
    ['10-15', 'I read two numbers, 10 and 15: which one should I plan with?'],
    ['61', "That's more than 60."],
    ['-1', "That's less than 0."],
    ['2.5', 'A whole number, please.'],
  ])('re-asks the number step for %j', async (input, reason) => {
    const { engine } = memoryEngine();
    const chat = chatWith(engine);
    await chat.say('hi');
    await chat.say('Ann');
    await chat.say('Teacher');
    expect(await chat.say(input)).toBe(`(Plan 2/5)\n${reason} A number of years, for example: 12.`);
  });

  it('re-asks a choice with its options when the answer is not one of them', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.say('astronaut')).toBe(
      "(Plan 3/5)\nThat isn't one of the options. Pick one by number or name, for example: 1. [Data analyst | Cloud engineer | UX designer]",
    );
    expect(await chat.say('7')).toContain("That isn't one of the options.");
  });

  it('leaves the stored document byte-identical', async () => {
    const { chat, store } = await atTargetQuestion();
    const before = store.peek(chat.origin);
    for (const bad of ['', 'astronaut', '🙂', '<@U123> @here', '9']) await chat.say(bad);
    await chat.submit('target', { text: 'not a button' });
    expect(store.peek(chat.origin)).toBe(before);
  });

  it('refuses a button from an earlier question without changing anything', async () => {
    const { chat, store } = await atTargetQuestion();
    await chat.click('target', 'cloud');
    const before = store.peek(chat.origin);
    expect(await chat.click('target', 'ux')).toBe(
      "That was for an earlier question, so I've left it alone. Here's where we are:\n(Plan 4/5)\nWhat can you spend, in US dollars?",
    );
    expect(store.peek(chat.origin)).toBe(before);
  });
});

describe('hand-overs', () => {
  it('a flow can hand over to another flow at a given step', async () => {
    const intro = defineFlow({
      id: 'intro',
      title: 'Intro',
      steps: [ask.text('name', { label: 'Name', prompt: 'Name?', reask: 'A name.', next: () => handOver('plan', 'target') })],
      finish: () => ({}),
    });
    const engine = new Engine({ store: new MemorySessionStore(), flows: new FlowRegistry([intro, planFlow], 'intro'), ttlMs: DAY_MS });
    const chat = chatWith(engine);
    await chat.say('hi');
    expect(await chat.say('Ann')).toBe('(Plan 1/3)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]');
  });
});

describe('steps that interpret free text and loop', () => {
  const collector = defineFlow({
    id: 'collect',
    title: 'Collect',
    steps: [
      ask.text<{ items: string[]; done: boolean }>('items', {
        label: 'Items',
        prompt: ({ answers }) => `Send an item (${((answers.items as { items: string[] } | undefined)?.items ?? []).length} so far), or done.`,
        reask: 'An item, for example: apple.',
        interpret: (text, { answers }) => {
          const items = (answers.items as { items: string[] } | undefined)?.items ?? [];
          if (text === 'done') return items.length > 0 ? { ok: true, value: { items, done: true } } : { ok: false, problem: 'Nothing yet.' };
          return { ok: true, value: { items: [...items, text], done: false } };
        },
        display: (value) => value.items.join(', '),
        saveAs: (value) => ({ itemCount: value.items.length }),
        next: (value) => (value.done ? { finish: true } : { to: 'items' }),
      }),
    ],
    finish: ({ profile }) => ({ replies: [{ kind: 'text', text: `Collected ${String(profile.itemCount)}.` }] }),
  });

  it('keeps what interpret returns, refuses what it refuses, and loops until done', async () => {
    const engine = new Engine({ store: new MemorySessionStore(), flows: new FlowRegistry([collector], 'collect'), ttlMs: DAY_MS });
    const chat = chatWith(engine);
    expect(await chat.say('hi')).toBe('(Collect 1/1)\nSend an item (0 so far), or done.');
    expect(await chat.say('done')).toBe('(Collect 1/1)\nNothing yet. An item, for example: apple.');
    expect(await chat.say('apple')).toBe('(Collect 1/1)\nSend an item (1 so far), or done.');
    expect(await chat.say('pear')).toBe('(Collect 1/1)\nSend an item (2 so far), or done.');
    expect(await chat.say('status')).toContain('Items=apple, pear');
    expect(await chat.say('back')).toBe("This is the first question, there's nothing before it.\n(Collect 1/1)\nSend an item (2 so far), or done.");
    expect(await chat.say('done')).toBe('Collected 2.\nWhat would you like to do next? There is nothing else to start yet.');
  });
});

describe('a step with a lead', () => {
  it('says the lead before its question when it is asked, not when it asks again after a wrong answer', async () => {
    const scored = defineFlow({
      id: 'scored',
      title: 'Scored',
      steps: [
        ask.number('n', { label: 'N', prompt: 'A number?', reask: 'A number, for example: 3.', min: 0, max: 10 }),
        ask.yesNo('again', {
          label: 'Again',
          prompt: 'Again?',
          reask: 'Yes or no.',
          lead: ({ answers }) => [{ kind: 'chart', title: 'Your number', rows: [{ label: 'n', value: answers.n as number }] }],
        }),
      ],
      finish: () => ({}),
    });
    const engine = new Engine({ store: new MemorySessionStore(), flows: new FlowRegistry([scored], 'scored'), ttlMs: DAY_MS });
    const chat = chatWith(engine);
    await chat.say('hi');
    expect(await chat.say('seven')).toBe('(Scored 2/2)\nYour number: n=7\nAgain? [Yes | No]');
    expect(await chat.say('perhaps')).toBe('(Scored 2/2)\nI need a yes or a no. Yes or no. [Yes | No]');
    expect(await chat.say('repeat')).toBe('(Scored 2/2)\nYour number: n=7\nAgain? [Yes | No]');
  });
});

describe('views', () => {
  it('a flow without steps shows its finish and leaves the user at the same question, changing nothing', async () => {
    const view = defineFlow({ id: 'peek', title: 'Peek', commands: ['peek'], steps: [], finish: ({ profile }) => ({ replies: [{ kind: 'text', text: `Role: ${String(profile.currentRole)}` }] }) });
    const engine = new Engine({ store: new MemorySessionStore(), flows: new FlowRegistry([planFlow, view], 'plan'), ttlMs: DAY_MS });
    const chat = chatWith(engine);
    await chat.say('hi');
    await chat.say('Nurse');
    expect(await chat.say('peek')).toBe('Role: Nurse\n(Plan 2/5)\nHow many years have you done it?');
    expect(await chat.say('10')).toBe('(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]');
  });
});

describe('oversized and unreadable input', () => {
  it('answers an over-long message kindly and changes nothing', async () => {
    const { chat, store } = await atTargetQuestion();
    const before = store.peek(chat.origin);
    expect(await chat.send({ kind: 'text', text: 'x'.repeat(MAX_INBOUND_TEXT + 1) })).toEqual([TOO_LONG_REPLY]);
    expect(await chat.send({ kind: 'form', stepId: 'posting', fields: { text: 'x'.repeat(MAX_INBOUND_TEXT + 1) } })).toEqual([TOO_LONG_REPLY]);
    expect(store.peek(chat.origin)).toBe(before);
  });

  it('a stored document that cannot be read is left alone, and forget still clears it', async () => {
    const { engine, store } = memoryEngine();
    const chat = chatWith(engine);
    await store.commit(chat.origin, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: '{"schemaVersion":99}' }, ttlMs: DAY_MS });
    expect(await chat.send({ kind: 'text', text: 'hi' })).toEqual([BROKEN_SESSION_REPLY]);
    expect(store.peek(chat.origin)).toBe('{"schemaVersion":99}');
    expect(await chat.send({ kind: 'text', text: 'forget' })).toEqual([FORGOTTEN_REPLY]);
    expect(store.peek(chat.origin)).toBeNull();
  });
});

describe('a stored place that a new release no longer has', () => {
  it.each([
    ['a removed step', { id: 'plan', step: 'old-step' }, 'This part of the coach has changed since we last spoke, so we need to start it again. Sorry about that!\n(Plan 1/5)\nWhat is your current role?'],
    ['a removed flow', { id: 'retired', step: 'x' }, 'This part of the coach has changed since we last spoke, so we need to start it again. Sorry about that!\nWhat would you like to work on? [Make a plan | Practise interviews]'],
  ])('starts again instead of getting stuck on %s', async (_, place, expected) => {
    const { engine, store } = memoryEngine();
    const chat = chatWith(engine);
    const session = { ...newSession(new Date()), flow: { ...place, answers: {}, trail: [] } };
    await store.commit(chat.origin, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: DAY_MS });
    expect(await chat.say('hello')).toBe(expected);
    expect(await chat.say('repeat')).toBe(expected.split('\n').slice(1).join('\n'));
  });
});

describe('global commands', () => {
  it('help lists the commands and asks the current question again', async () => {
    const { chat, store } = await atTargetQuestion();
    const before = store.peek(chat.origin);
    const help = await chat.say('help');
    for (const word of ['status', 'back', 'skip', 'repeat', 'restart', 'menu', 'forget']) expect(help).toContain(`\`${word}\``);
    expect(help.endsWith('Which role do you want? [Data analyst | Cloud engineer | UX designer]')).toBe(true);
    expect(store.peek(chat.origin)).toBe(before);
  });

  it('repeat asks the current question again', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.say('repeat')).toBe('(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]');
  });

  it('status shows the place in the flow and the answers so far', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.say('/status')).toBe(
      'Where we are: Working on=Plan; Current question=3 of 5: Target role; Current role=Accountant; Years of experience=12\n' +
        '(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]',
    );
  });

  it('status also lists what every flow has learnt about the person, once, and changes nothing', async () => {
    const facts = defineFlow({
      id: 'about',
      title: 'About you',
      steps: [
        ask.text('name', { label: 'Name', prompt: 'Name?', reask: 'A name.', saveAs: 'name' }),
        ask.text('city', { label: 'City', prompt: 'City?', reask: 'A city.', saveAs: 'city' }),
        ask.text('pet', { label: 'Pet', prompt: 'Pet?', reask: 'A pet.' }),
      ],
      facts: (profile) => ['name', 'city'].flatMap((key) => (typeof profile[key] === 'string' ? [{ label: key === 'name' ? 'Name' : 'Home town', value: profile[key] as string }] : [])),
      finish: () => ({}),
    });
    const { engine, store } = memoryEngine({ flows: new FlowRegistry([facts], 'about') });
    const chat = chatWith(engine);
    await chat.say('hi');
    await chat.say('Ann');
    await chat.say('Oslo');
    const before = store.peek(chat.origin);
    expect(await chat.say('status')).toBe(
      "What you've told me: Home town=Oslo\nWhere we are: Working on=About you; Current question=3 of 3: Pet; Name=Ann; City=Oslo\n(About you 3/3)\nPet?",
    );
    expect(store.peek(chat.origin)).toBe(before);
    await chat.say('cat');
    expect(await chat.say('status')).toBe("What you've told me: Name=Ann; Home town=Oslo\nWe're not in the middle of anything right now.\nWhat would you like to work on? There is nothing else to start yet.");
  });

  it('back returns to the previous question and shows the earlier answer', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.say('Back')).toBe('Your earlier answer was: 12\n(Plan 2/5)\nHow many years have you done it?');
    expect(await chat.say('back')).toBe('Your earlier answer was: Accountant\n(Plan 1/5)\nWhat is your current role?');
    expect(await chat.say('back')).toBe("This is the first question, there's nothing before it.\n(Plan 1/5)\nWhat is your current role?");
    expect(await chat.say('Nurse')).toBe('(Plan 2/5)\nHow many years have you done it?');
  });

  it('skip works only where a step allows it', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.say('skip')).toBe("This question can't be skipped: I need it for what comes next.\n(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]");
    await chat.say('1');
    expect(await chat.say('skip')).toBe('(Plan 5/6)\nWhat can you spend, in US dollars?');
    expect(await chat.say('skip')).toBe('(Plan 6/6)\nShall I make the plan? [Yes | No]');
  });

  it('restart starts the current flow over', async () => {
    const { chat, store } = await atTargetQuestion();
    expect(await chat.say('restart')).toBe('Starting *Plan* over.\n(Plan 1/5)\nWhat is your current role?');
    expect(JSON.parse(store.peek(chat.origin) ?? '{}').flow.answers).toEqual({});
  });

  it('menu offers the flows, parks the current one and resumes it later', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.say('menu')).toBe('What would you like to work on? Whatever you leave now stays where it is. [Make a plan | Practise interviews]');
    expect(await chat.click('$menu', 'practice')).toBe('(Practice 1/1)\nTell me about a time you learned something fast.');
    expect(await chat.say('status')).toContain('Paused=Plan');
    expect(await chat.say('plan')).toBe('Picking up *Plan* where you left it.\n(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]');
  });

  it('after `menu`, a typed label or number picks from the menu; anything else still answers the paused question', async () => {
    const { chat } = await atTargetQuestion();
    await chat.say('menu');
    expect(await chat.say('practise interviews')).toBe('(Practice 1/1)\nTell me about a time you learned something fast.');
    await chat.say('plan');
    await chat.say('menu');
    expect(await chat.say('Cloud engineer')).toBe('(Plan 4/5)\nWhat can you spend, in US dollars?');
  });

  it('a finished flow offers what comes next in its sentence, the menu keeps its one order, and "yes" or its number starts it', async () => {
    const offering = defineFlow({ id: 'first', title: 'First', menuLabel: 'First thing', steps: [ask.text('a', { label: 'A', prompt: 'A?', reask: 'Anything.' })], finish: () => ({ offer: { flow: 'second', text: 'Second next?' } }) });
    const second = defineFlow({ id: 'second', title: 'Second', menuLabel: 'Second thing', steps: [ask.text('b', { label: 'B', prompt: 'B?', reask: 'Anything.' })], finish: () => ({}) });
    const { engine } = memoryEngine({ flows: new FlowRegistry([offering, second], 'first') });
    const chat = chatWith(engine);
    await chat.say('hi');
    expect(await chat.say('x')).toBe('Second next? [First thing | Second thing]');
    expect(await chat.say('yes please')).toBe('(Second 1/1)\nB?');
    await chat.say('y');
    const again = chatWith(engine, { user: 'U2' });
    await again.say('hi');
    await again.say('x');
    expect(await again.say('2')).toBe('(Second 1/1)\nB?');
    const declined = chatWith(engine, { user: 'U3' });
    await declined.say('hi');
    await declined.say('x');
    expect(await declined.say('no thanks')).toBe('No problem. What would you like to work on instead? [First thing | Second thing]');
  });

  describe('the menu at rest reads what people call each part', () => {
    const part = (id: string, menuLabel: string, menuWords: string[], does: string) =>
      defineFlow({ id, title: menuLabel, menuLabel, menuWords, does, steps: [ask.text('q', { label: 'Q', prompt: `${menuLabel}: first question?`, reask: 'Anything.' })], finish: () => ({}) });
    const gaps = part('gaps', 'Find my skill gaps', ['gaps', 'skills', 'missing skills'], 'shows the skills you are missing');
    const creds = part('creds', 'Pick credentials', ['cert', 'certs', 'certificate', 'credentials'], 'finds the certificates worth your money');
    const mock = part('mock', 'Practise interviews', ['practice', 'mock interview'], 'asks you interview questions');
    const hello = (offer?: string) =>
      defineFlow({ id: 'hello', title: 'Hello', steps: [ask.text('name', { label: 'Name', prompt: 'Name?', reask: 'A name.' })], finish: () => (offer ? { offer: { flow: offer, text: 'Credentials next?' } } : {}) });
    const sure = (q: { text: string }) => (/worth it/.test(q.text) ? { answered: true, text: 'It depends on the certificate.' } : { answered: false, text: 'Not in my notes.' });
    let users = 0;
    /** A person who has finished the first part and sits at the menu. */
    const atRest = async (offer?: string) => {
      const registry = new FlowRegistry([hello(offer), gaps, creds, mock], 'hello', { offScript: sure });
      const chat = chatWith(memoryEngine({ flows: registry }).engine, { user: `rest-${++users}` });
      await chat.say('hi');
      await chat.say('Ann');
      return chat;
    };

    it.each([
      ['gaps first', 'Find my skill gaps'],
      ['lets do the credential thing', 'Pick credentials'],
      ['now the cert stuff', 'Pick credentials'],
      ['practice please', 'Practise interviews'],
      ['gaps again?', 'Find my skill gaps'],
      ['the interview one', 'Practise interviews'],
    ])('%j starts %s', async (typed, label) => {
      const chat = await atRest();
      expect(await chat.say(typed)).toBe(`(${label} 1/1)\n${label}: first question?`);
    });

    it('when nothing fits, says in one line per part what each does, then shows the menu; nothing starts', async () => {
      const chat = await atRest();
      expect(await chat.say('hmm, the blue one')).toBe(
        "I'm not sure which of these you mean, so here's what each does:\n- *Find my skill gaps*: shows the skills you are missing\n- *Pick credentials*: finds the certificates worth your money\n- *Practise interviews*: asks you interview questions\nWhat would you like to work on? [Find my skill gaps | Pick credentials | Practise interviews]",
      );
      expect(await chat.say('status')).not.toContain('Working on=');
    });

    it('two parts said as much get those two lines, and a long message naming a part starts nothing', async () => {
      const chat = await atRest();
      expect(await chat.say('gaps or certs')).toBe(
        "That could be more than one of these, so here's what each does:\n- *Find my skill gaps*: shows the skills you are missing\n- *Pick credentials*: finds the certificates worth your money\nWhat would you like to work on? [Find my skill gaps | Pick credentials | Practise interviews]",
      );
      const told = await chat.say('my manager said my skills were fine but I keep getting turned down after the first call');
      expect(told).toContain("I'm not sure which of these you mean");
      expect(told).not.toContain('first question?');
    });

    it('a question the coach is sure of is answered, "what does it do?" is told, and "thanks" just shows the menu', async () => {
      const chat = await atRest();
      expect(await chat.say('is a certificate worth it?')).toBe('It depends on the certificate.\nWhat would you like to do next? [Find my skill gaps | Pick credentials | Practise interviews]');
      expect(await chat.say('what does the cert part do?')).toBe(
        '*Pick credentials* finds the certificates worth your money. Say its name or number to start it.\nWhat would you like to work on? [Find my skill gaps | Pick credentials | Practise interviews]',
      );
      expect(await chat.say('thanks')).toBe("You're welcome, I'm glad it helped.\nWhat would you like to work on next? [Find my skill gaps | Pick credentials | Practise interviews]");
    });

    it.each([
      ['thanks, the skills report is great', "You're welcome, I'm glad it helped."],
      ['cheers, the cert picks were really useful', "You're welcome, I'm glad it helped."],
      ['Thank you so much for the interview practice 🙏', "You're welcome, I'm glad it helped."],
      ['love the gap report', "I'm glad it helped."],
      ['the certificate list was eye-opening', "I'm glad it helped."],
      ['I need to think about my skills', 'Take your time.'],
      ["I'll have a think about the certs", 'Take your time.'],
      ['I looked at the missing skills, will come back to them later', 'Take your time.'],
      ['my skills are a bit outdated', 'Thanks for telling me.'],
    ])('%j names a part but asks for none: nothing starts, it is acknowledged and the menu follows', async (typed, said) => {
      const chat = await atRest();
      const reply = await chat.say(typed);
      expect(reply.startsWith(said)).toBe(true);
      expect(reply).toMatch(/\nWhat would you like to work on next\? \[Find my skill gaps \| Pick credentials \| Practise interviews\]$/);
      expect(reply).not.toContain('first question?');
    });

    it.each([
      ['thanks! now the cert stuff', 'Pick credentials'],
      ["perfect, let's do interviews next", 'Practise interviews'],
      ['can we look at my skills again?', 'Find my skill gaps'],
      ['I want a mock interview', 'Practise interviews'],
      ['show me the certs', 'Pick credentials'],
      ['missing skills please', 'Find my skill gaps'],
    ])('%j asks for a part, a thank-you around it or not, and starts %s', async (typed, label) => {
      const chat = await atRest();
      expect(await chat.say(typed)).toBe(`(${label} 1/1)\n${label}: first question?`);
    });

    it.each(['great, thanks!', 'perfect', 'ok thanks', 'thanks a lot, that was great'])('%j to the part offered next is a thank-you, not a yes: nothing starts', async (typed) => {
      const chat = await atRest('creds');
      const reply = await chat.say(typed);
      expect(reply).toMatch(/^(?:You're welcome, )?I'm glad it helped\.\nWhat would you like to work on next\? \[Find my skill gaps \| Pick credentials \| Practise interviews\]$/i);
    });

    it.each(['yes', 'sure', 'ok', 'go on', "let's do it", 'yes thanks', 'sounds great'])('%j to the part offered next starts it', async (typed) => {
      const chat = await atRest('creds');
      expect(await chat.say(typed)).toBe('(Pick credentials 1/1)\nPick credentials: first question?');
    });

    it('"no" to the part offered next, with another part named, starts that one', async () => {
      const chat = await atRest('creds');
      expect(await chat.say('no, practice please')).toBe('(Practise interviews 1/1)\nPractise interviews: first question?');
      const declined = await atRest('creds');
      expect(await declined.say('no thanks')).toBe('No problem. What would you like to work on instead? [Find my skill gaps | Pick credentials | Practise interviews]');
    });
  });

  it('a command event works like the typed word', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.command('practice')).toBe('(Practice 1/1)\nTell me about a time you learned something fast.');
    expect(await chat.command('dance')).toBe('I don\'t know the command "dance". Say `help` to see what I understand.');
  });

  it('forget asks first, and "no" keeps everything', async () => {
    const { chat, store } = await atTargetQuestion();
    expect(await chat.say('forget')).toContain("It can't be undone. Delete it all? [Yes, delete everything | No, keep it]");
    expect(await chat.say('nope')).toBe('Okay, nothing was deleted.\n(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]');
    expect(JSON.parse(store.peek(chat.origin) ?? '{}').profile.name).toBe('Ann');
  });

  it('forget then yes deletes all of the user data', async () => {
    const { chat, store } = await atTargetQuestion();
    await chat.say('forget');
    expect(await chat.click('$forget', 'yes')).toBe("Done: I've deleted everything I had about you. Say hello any time to start fresh.");
    expect(store.peek(chat.origin)).toBeNull();
    expect(await chat.say('hello again')).toBe('(Welcome 1/1)\nHi! What should I call you?');
  });

  it('an old forget button does nothing', async () => {
    const { chat, store } = await atTargetQuestion();
    const before = store.peek(chat.origin);
    expect(await chat.click('$forget', 'yes')).toContain('nothing was deleted');
    expect(store.peek(chat.origin)).toBe(before);
  });

  it('a word that is a command is not stored as an answer', async () => {
    const { chat, store } = await atTargetQuestion();
    await chat.say('back');
    await chat.say('STATUS');
    expect(JSON.parse(store.peek(chat.origin) ?? '{}').flow.answers.years).toBe(12);
  });
});

describe('sessions over time', () => {
  it('resumes weeks later exactly where the user left', async () => {
    const { chat, advance } = await atTargetQuestion();
    advance(30 * DAY_MS);
    expect(await chat.command('start')).toBe('Welcome back!\n(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]');
    expect(await chat.say('2')).toBe('(Plan 4/5)\nWhat can you spend, in US dollars?');
  });

  it('forgets a session after the idle expiry', async () => {
    const { chat, store, advance } = await atTargetQuestion();
    advance(91 * DAY_MS);
    expect(store.peek(chat.origin)).toBeNull();
    expect(await chat.say('hi')).toBe('(Welcome 1/1)\nHi! What should I call you?');
  });

  it('keeps two tenants with the same user id apart', async () => {
    const { engine } = memoryEngine();
    const a = chatWith(engine, { tenant: 'T-A', user: 'U1' });
    const b = chatWith(engine, { tenant: 'T-B', user: 'U1' });
    await a.say('hi');
    await a.say('Ann');
    expect(await b.say('hi')).toBe('(Welcome 1/1)\nHi! What should I call you?');
    expect(await a.say('status')).toContain('Working on=Plan');
  });
});

describe('delivery guarantees', () => {
  it('handles a redelivered event once: one reply, one state change', async () => {
    const { chat, store } = await atTargetQuestion();
    const first = await chat.send({ kind: 'choice', stepId: 'target', choiceId: 'ux' }, 'slack-Ev1');
    const afterFirst = store.peek(chat.origin);
    const again = await chat.send({ kind: 'choice', stepId: 'target', choiceId: 'ux' }, 'slack-Ev1');
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
    expect(store.peek(chat.origin)).toBe(afterFirst);
  });

  it('deduplicates a redelivered invalid answer too, so the re-ask is not sent twice', async () => {
    const { chat } = await atTargetQuestion();
    expect(await chat.say('astronaut', 'ev-bad')).toContain("That isn't one of the options.");
    expect(await chat.say('astronaut', 'ev-bad')).toBe('');
  });

  it('applies turns of one user in arrival order when they come at once', async () => {
    const { engine, store } = memoryEngine();
    const chat = chatWith(engine);
    await Promise.all(['hi', 'Ann', 'Accountant', '12', 'UX designer'].map((text) => chat.say(text)));
    expect(JSON.parse(store.peek(chat.origin) ?? '{}').flow.answers).toEqual({ role: 'Accountant', years: 12, target: 'ux' });
  });

  it('answers with a clear message and changes nothing when the store is down', async () => {
    const failing: SessionStore = {
      kind: 'memory',
      load: async () => {
        throw new StoreUnavailableError('connection refused');
      },
      commit: async () => 'ok',
      ping: async () => {},
      close: async () => {},
    };
    const engine = new Engine({ store: failing, flows: sampleRegistry(), ttlMs: DAY_MS });
    expect(await engine.handle({ kind: 'text', platform: 'test', tenant: 'T', conversation: 'C', user: 'U', eventId: 'e1', text: 'hi' })).toEqual([STORE_DOWN_REPLY]);
  });

  it('decides again after a conflict, and gives up politely after too many', async () => {
    const store = new MemorySessionStore();
    let conflicts = 0;
    const contended: SessionStore = {
      kind: 'memory',
      load: (user, eventId) => store.load(user, eventId),
      commit: async (user, commit) => (conflicts-- > 0 ? 'conflict' : store.commit(user, commit)),
      ping: async () => {},
      close: async () => {},
    };
    const engine = new Engine({ store: contended, flows: sampleRegistry(), ttlMs: DAY_MS, maxAttempts: 3 });
    const chat = chatWith(engine);
    conflicts = 2;
    expect(await chat.say('hi')).toBe('(Welcome 1/1)\nHi! What should I call you?');
    conflicts = 3;
    expect(await chat.send({ kind: 'text', text: 'Ann' })).toEqual([BUSY_REPLY]);
    expect(JSON.parse(store.peek(chat.origin) ?? '{}').profile).toEqual({});
  });

  it('rejects a malformed inbound event with a message naming the field', async () => {
    const { engine } = memoryEngine();
    await expect(engine.handle({ kind: 'text', platform: 'Slack!', tenant: 'T', conversation: 'C', user: 'U', eventId: 'e', text: 'x' })).rejects.toThrow(InvalidInboundError);
    await expect(engine.handle({ kind: 'text', platform: 'slack', tenant: 'T', conversation: 'C', user: '', eventId: 'e', text: 'x' })).rejects.toThrow(/user/);
  });
});
