import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser as newUserAt } from './support/new-user.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');
const newUser = (user: string) => newUserAt(data, user, TODAY);

const SHORT = 'At the clinic I rebuilt our patient intake sheet in a spreadsheet so nurses stopped retyping details.';
const MORE = 'I asked three nurses what they retyped most, then I added drop-downs, and check-in time went from 9 minutes to 4.';

type Session = { questions: { id: string; score: number }[] };
const history = (profile: Record<string, unknown>) => (profile.practiceHistory as Session[] | undefined) ?? [];

/** Practice for a data analyst with `count` questions and the coach choosing, up to the first question. */
async function practise(user: string, count: number) {
  const person = await newUser(user);
  await person.say('practice');
  await person.say('data analyst');
  await person.say(String(count));
  const first = await person.say('1');
  expect(first).toContain('Question 1 of');
  return person;
}

describe('interview practice: the practice words act while an answer is being collected', () => {
  it('a short answer opens a draft; `done` scores it, and `stop` at "What next?" ends with the summary', async () => {
    const dee = await practise('dee', 2);
    const draft = await dee.say(SHORT);
    expect(draft).toMatch(/Got it: \d+ words so far for question 1 of 2/);
    const more = await dee.say(MORE);
    expect(more).toMatch(/Got it: \d+ words so far/);
    const feedback = await dee.say('done');
    expect(feedback).toMatch(/Question 1 of 2: \d+\/100/);
    expect(feedback).toContain('What next?');
    const summary = await dee.say('stop');
    expect(summary).not.toContain("That isn't one of the options");
    expect(summary).toContain('Practice summary');
    expect(history(dee.profile())).toHaveLength(1);
    expect(history(dee.profile())[0]?.questions).toHaveLength(1);
  });

  it('`next` and `skip` with a draft open pass the question instead of growing the draft', async () => {
    const ed = await practise('ed', 3);
    await ed.say(SHORT);
    const passed = await ed.say('next');
    expect(passed).toContain('Question 2 of 3');
    expect(passed).not.toContain('words so far');
    await ed.say(SHORT);
    const skipped = await ed.say('skip');
    expect(skipped).not.toContain("can't be skipped");
    expect(skipped).toContain('Question 3 of 3');
  });

  it('`stop` with a draft open ends the practice; `retry` drops the draft and asks the question again', async () => {
    const fay = await practise('fay', 2);
    await fay.say(SHORT);
    const over = await fay.say('retry');
    expect(over).toContain("Let's start this answer over");
    expect(over).toContain('Question 1 of 2');
    // The dropped words are not in the next draft: it starts from the new message alone.
    const fresh = await fay.say('I fixed a report.');
    expect(fresh).toMatch(/Got it: 4 words so far/);
    const stopped = await fay.say('stop');
    expect(stopped).toContain("You didn't answer any questions this time");
    expect(stopped).not.toContain('words so far');
  });

  it('a bare number with a draft open is not added to the story, and the draft is kept', async () => {
    const gus = await practise('gus', 2);
    await gus.say(SHORT);
    const number = await gus.say('2');
    expect(number).toContain("A number on its own isn't part of your story");
    expect(number).toMatch(/\(17 words so far\)/);
    const feedback = await gus.say('done');
    expect(feedback).toMatch(/Question 1 of 2: \d+\/100/);
  });

  it('"not sure" at a question gets a hint about one real story and STAR, not a two-word draft', async () => {
    const hal = await practise('hal', 1);
    const hint = await hal.say('not sure');
    expect(hint).not.toMatch(/words so far/);
    expect(hint).toContain('one real time');
    expect(hint).toContain('Situation');
    expect(hint).toContain('`next`');
    // Nothing was collected: `done` has nothing to give feedback on.
    expect(await hal.say('done')).toContain("There's nothing to give feedback on yet");
  });
});

describe('interview practice: natural words at "What next?"', () => {
  const feedbackOn = async (user: string, count: number) => {
    const person = await practise(user, count);
    expect(await person.say(`${SHORT} ${MORE} Then I trained the two other clinics, and they adopted it within a month as well.`)).toContain('What next?');
    return person;
  };

  it.each([
    ['again', 'try 2'],
    ['try again', 'try 2'],
    ['redo', 'try 2'],
    ['next one', 'Question 2 of 2'],
    ['move on', 'Question 2 of 2'],
    ['skip', 'Question 2 of 2'],
    ['enough', 'Practice summary'],
    ["that's it", 'Practice summary'],
    ["i'm done", 'Practice summary'],
    ['quit', 'Practice summary'],
  ])('"%s" → %s', async (said, expected) => {
    const ivy = await feedbackOn(`ivy-${said}`, 2);
    const reply = await ivy.say(said);
    expect(reply).not.toContain("That isn't one of the options");
    expect(reply).toContain(expected);
  });

  it('"stop" and "next" after the last question give the summary', async () => {
    for (const said of ['stop', 'next']) {
      const jo = await feedbackOn(`jo-${said}`, 1);
      expect(await jo.say(said)).toContain('Practice summary');
    }
  });
});

describe('interview practice: the focus named in the person\'s words', () => {
  it.each([
    ['stakeholder', 'disagreements and conflict'],
    ['stakeholders', 'disagreements and conflict'],
    ['conflict', 'disagreements and conflict'],
    ['a mistake', 'failures and mistakes'],
    ['leadership', 'leading without authority'],
    ['time management', 'priorities and deadlines'],
    ['customers', 'customers and users'],
  ])('"%s" asks questions on %s', async (said, focus) => {
    const kim = await newUser(`kim-${said}`);
    await kim.say('practice');
    await kim.say('project manager');
    await kim.say('2');
    const first = await kim.say(said);
    expect(first).toContain(`on ${focus}, as you asked`);
  });

  it('"Customers and users" never asks about cutting a cost', async () => {
    const lou = await newUser('lou');
    await lou.say('practice');
    await lou.say('it support');
    await lou.say('10');
    const first = await lou.say('customers');
    expect(first).toContain('on customers and users, as you asked');
    let text = first;
    for (let i = 0; i < 10 && !text.includes('Practice summary'); i++) text += await lou.say('next');
    expect(text).toContain('frustrated');
    expect(text).not.toMatch(/cut a cost/);
  });
});

/** The numbered picks of the picks message: "1. *Name*" lines. */
const pickCount = (text: string) => text.split('\n').filter((line) => /^\d\. \*/.test(line)).length;

describe('the credential pick: the plan one choice away, status in words, picks by count, a deadline on the calendar', () => {
  async function atThePicks(user: string, months: string) {
    const p = await newUser(user);
    await p.say('pick');
    await p.say('UX designer');
    await p.say('typical');
    await p.say('$1,000');
    await p.say('7');
    await p.say(months);
    await p.say('105,000');
    await p.say('yes');
    const picks = await p.say('yes');
    return { p, picks };
  }

  it('Lin-like: `plan` and `export` at the picks say the plan comes with the choice and ask again; status in sentences; 8 months is 2027-08-07', async () => {
    const { p, picks } = await atThePicks('mo', '8 months');
    const shown = pickCount(picks);
    expect(shown).toBeGreaterThan(0);
    const heading = shown === 1 ? 'Here is my pick for' : `Here are my top ${['', '', 'two', 'three', 'four', 'five'][shown]} picks for`;
    expect(picks).toContain(heading);

    for (const word of ['plan', 'export']) {
      const said = await p.say(word);
      expect(said).not.toContain('Say `pick`');
      expect(said).toContain('Your plan is made as soon as you choose from the picks in front of you');
      // The question is asked again, with its options.
      expect(said).toContain('What would you like to do?');
    }

    const why = await p.say('why?');
    expect(why).toContain('What would you like to do?');
    const status = await p.say('status');
    expect(status).toMatch(/Choice=not made yet \(you asked why [^)]+\)/);
    expect(status).not.toMatch(/Choice=Why /);
    expect(status).toContain('Current pay=$105,000 a year');
    expect(status).toContain('Budget=$1,000');

    const plan = await p.say('1');
    expect(plan).toContain('You chose');
    expect(plan).toMatch(/your deadline of Saturday 7 August 2027/);
    expect(plan).not.toContain('9 August 2027');
  });

  it('a deadline of 6 months from 7 December is 7 June, of 12 months 7 December 2027', async () => {
    for (const [months, date] of [
      ['6', 'Monday 7 June 2027'],
      ['12', 'Tuesday 7 December 2027'],
    ] as const) {
      const { p } = await atThePicks(`ned-${months}`, months);
      expect(await p.say('1')).toContain(`deadline of ${date}`);
    }
  });
});
