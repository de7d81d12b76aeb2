import { beforeAll, describe, expect, it } from 'vitest';
import { nameSaid, welcomeFlow } from '../flows/welcome.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { chatWith } from './support/chat.js';
import { memoryEngine } from './support/memory-engine.js';
import { newUser } from './support/new-user.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

describe('the welcome', () => {
  it.each(['@everyone', '<!channel>', 'hi <@U123>', '$2,000', '-5', '🙂 ✨'])('asks again for a name instead of greeting %j', async (typed) => {
    const chat = chatWith(memoryEngine({ flows: new FlowRegistry([welcomeFlow], 'welcome') }).engine);
    await chat.say('hello');
    expect(await chat.say(typed)).toMatch(/^\(Welcome 1\/1\)\n(That doesn't look like a name I can greet you by|I couldn't find any words in that)\. What should I call you\?/);
  });

  it('greets a name as typed, spaces tidied', async () => {
    const chat = chatWith(memoryEngine({ flows: new FlowRegistry([welcomeFlow], 'welcome') }).engine);
    await chat.say('hello');
    expect(await chat.say('  Ann   Marie ')).toMatch(/Say `help` at any time/);
    expect(await chat.say('status')).toContain("What you've told me: Name=Ann Marie");
  });

  it.each([
    ['hi im aisha', 'aisha'],
    ['Good morning. My name is Bob Kowalski.', 'Bob Kowalski'],
    ["Hello! I'm Priya.", 'Priya'],
    ['hey there, call me Jay', 'Jay'],
    ["my name's Mary-Jo O'Neil and i teach chemistry", "Mary-Jo O'Neil"],
    ['Kofi here', 'Kofi'],
    ['hiya, this is Dmitri', 'Dmitri'],
    ['I am Lucía', 'Lucía'],
    ['Ray, 52, lineman', 'Ray'],
    ['Ann (she/her)', 'Ann'],
    ['[Ann](https://evil.example/login)', '[Ann](https://evil.example/login)'],
    ['Bob.', 'Bob'],
    ['J. R. Smith', 'J. R. Smith'],
    ['Hilda', 'Hilda'],
    ['Jim', 'Jim'],
    ['Yolanda', 'Yolanda'],
  ])('takes the name out of %j', (typed, name) => {
    expect(nameSaid(typed)).toEqual({ name });
  });

  it.each(['hello', 'Hi there!', 'good evening', 'hey coach'])('%j is a greeting, not a name', (typed) => {
    expect(nameSaid(typed)).toEqual({ greeting: true });
  });

  it.each(["I'm a teacher", 'hi, im looking for a new job', 'i am new here'])('%j says something else than a name', (typed) => {
    expect(nameSaid(typed)).toEqual({ notName: true });
  });

  it('greets a hello back and asks for the name again', async () => {
    const chat = chatWith(memoryEngine({ flows: new FlowRegistry([welcomeFlow], 'welcome') }).engine);
    await chat.say('hello');
    expect(await chat.say('hi!')).toMatch(/^\(Welcome 1\/1\)\nHello! What should I call you\?/);
    await chat.say('Good afternoon, my name is Ann Marie Okafor.');
    expect(await chat.say('status')).toContain("What you've told me: Name=Ann Marie Okafor");
  });

  /** What the first question of each menu flow asks, to know which one started. */
  const STARTS: Record<string, RegExp> = {
    gaps: /\(Skill gaps 1\/\d\)/,
    pick: /\(Credential pick 1\/\d\)/,
    practice: /\(Interview practice 1\/\d\)/,
  };
  const firstQuestion = async (typed: string) => {
    const p = await newUser(data, `welcome-${typed}`, new Date('2026-12-07T09:00:00Z'));
    await p.say('Sam');
    return p.say(typed);
  };

  it.each([
    ['gaps first', 'gaps'],
    ['start with the gaps', 'gaps'],
    ['the skills thing', 'gaps'],
    ['what skills am I missing?', 'gaps'],
    ['credentials', 'pick'],
    ['which cert', 'pick'],
    ['is a certificate worth it', 'pick'],
    ['practice interview', 'practice'],
    ['mock interview please', 'practice'],
    ['help me with interviews', 'practice'],
  ])('reads %j at the first choice as a menu option', async (typed, flow) => {
    const reply = await firstQuestion(typed);
    expect(reply).not.toContain("That isn't one of the options");
    expect(reply).not.toContain("here's what each does");
    expect(reply).toMatch(STARTS[flow] as RegExp);
  });

  it('when the words fit no option, says what each one does in one line and asks again', async () => {
    const reply = await firstQuestion('hmm, the blue one');
    expect(reply).toContain("That isn't one of the options as far as I can tell, so here's what each does:");
    expect(reply).toContain('- *Find my skill gaps*: compares what you can do with what the job asks for');
    expect(reply).toContain('- *Pick credentials worth it*: finds the certificates and courses worth your money and time');
    expect(reply).toContain('- *Practise interview answers*: asks you interview questions and gives feedback on each answer');
    expect(reply).toContain('Pick one of the options by its number or its name');
  });

  it('a number and a label still pick as before, and a number out of range says how many there are', async () => {
    expect(await firstQuestion('Find my skill gaps')).toMatch(STARTS.gaps as RegExp);
    expect(await firstQuestion('9')).toMatch(/That isn't one of the options\. There are \d, numbered from 1\./);
  });
});
