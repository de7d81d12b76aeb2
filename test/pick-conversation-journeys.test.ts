import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser } from './support/new-user.js';

/**
 * Talking at the credential picks as people do: a why about a pick by its number or short name
 * explains it and asks again, never chooses; questions typed without apostrophes or question
 * marks are questions; "doesn't matter to me" at a question with a default takes it, said back;
 * the scoring in detail is shown once, not under every later answer.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');
const NOT_AN_OPTION = "That isn't one of the options";
// The path's next rung (A+ builds on Google's certificate) is shown next, then Network+.
const PICKS = ['Google IT Support Professional Certificate', 'CompTIA A+', 'CompTIA Network+ (N10-009)'];

/** Pat, a shop assistant aiming at IT support, who wants networking and troubleshooting: three picks. */
async function atPicks(user: string, leftToMe = false) {
  const p = await newUser(data, user, TODAY);
  await p.say('Pat');
  for (const answer of ['pick', 'it support', 'networking, troubleshooting', '500', '10', '6', '40k']) await p.say(answer);
  const free = await p.say(leftToMe ? 'doesnt matter to me' : 'no');
  const picks = await p.say(leftToMe ? 'either is fine' : 'yes');
  return { p, free, picks };
}

/** The name a why answer opens with, or undefined when it opens with something else. */
const aboutPick = (reply: string) => /^(?:\(Credential pick \d\/\d\)\n)?\*([^*]+)\*: /.exec(reply)?.[1];

describe('a why about one of the picks', () => {
  it('by its number, its place or its short name explains that pick and asks again; nothing is chosen', async () => {
    const { p, picks } = await atPicks('pat-why');
    // The picks are numbered as the coach names them, so "why 2" is the second on the list.
    for (const [i, name] of PICKS.entries()) expect(picks).toContain(`${i + 1}. *${name}*`);
    expect(picks).toContain('Ask me `why?` about any pick');
    const asked: [string, string][] = [
      ['why? 1', PICKS[0] as string],
      ['why 1', PICKS[0] as string],
      ['why is 3', PICKS[2] as string],
      ['why number 2?', PICKS[1] as string],
      ['why the second one', PICKS[1] as string],
      ['why network+', PICKS[2] as string],
    ];
    for (const [typed, name] of asked) {
      const reply = await p.say(typed);
      expect(aboutPick(reply), typed).toBe(name);
      expect(reply, typed).not.toContain(NOT_AN_OPTION);
      expect(reply, typed).not.toContain('It helps me fit what comes next to you');
      expect(reply, typed).not.toContain('You chose');
      expect(reply, typed).toMatch(/What would you like to do\? \[Choose Google IT Support/);
    }
    expect(p.profile().plan).toBeUndefined();
    // The choice is still to make, and is made when asked for.
    expect(await p.say('status')).toContain('Choice=not made yet (you asked why CompTIA Network+ (N10-009))');
    expect(await p.say('Choose CompTIA Network+ (N10-009)')).toContain('You chose *CompTIA Network+ (N10-009)*.');
  });
});

describe('questions typed without apostrophes or question marks', () => {
  it('are read as questions at the picks: answered where the coach can, else acknowledged, and the menu asked again in a line', async () => {
    const { p } = await atPicks('pat-typed');
    const cheapest = await p.say('whats the cheapest');
    // Free routes first, then the least costly credentials covering her top gaps.
    expect(cheapest).toMatch(/^Free first: \*Google IT Support Professional Certificate\*: you can audit it free/);
    expect(cheapest).toContain('The least costly credentials I know that cover your top gaps');
    for (const typed of ['isnt that for programmers? one of the jobs said no coding required', 'dont i need experience for that', 'doesnt it expire']) {
      const reply = await p.say(typed);
      expect(reply, typed).not.toContain(NOT_AN_OPTION);
      // The picks were just shown: asked again briefly, not the whole list again.
      expect(reply, typed).toContain('Which one would you like? Choose by its number, for example: 1, or ask me about one.');
      expect(reply, typed).not.toContain('Here are my top');
      expect(reply, typed).not.toContain('You chose');
    }
    expect(p.profile().plan).toBeUndefined();
  });

  it('are read as questions at a number step too, and the step asked again', async () => {
    const p = await newUser(data, 'pat-hours', TODAY);
    await p.say('Pat');
    for (const answer of ['pick', 'it support', 'networking, troubleshooting', '500']) await p.say(answer);
    const reply = await p.say('cant i just do it on weekends');
    expect(reply).not.toMatch(/I need a number|isn't one of/);
    expect(reply).toContain('How many hours a week can you study?');
  });
});

describe('a question with a default, left to the coach', () => {
  it('"doesnt matter to me" and "either is fine" take the default and say so', async () => {
    const { free, picks } = await atPicks('pat-default', true);
    expect(free).toMatch(/^I'll take that as no\.\n/);
    expect(free).toContain('Is that fine for you?');
    // To "is a proctored exam fine for you?", not minding is a yes: proctored credentials stay in.
    expect(picks).toMatch(/^I'll take that as yes\.\n/);
    expect(picks).toContain('*CompTIA Network+ (N10-009)*');
  });

  it('"not sure" is still asked again with the hint, which says what a no does', async () => {
    const p = await newUser(data, 'pat-unsure', TODAY);
    await p.say('Pat');
    for (const answer of ['pick', 'it support', 'networking, troubleshooting', '500', '10', '6', '40k']) await p.say(answer);
    expect(await p.say('not sure')).toContain('Not sure? Say no and I will rank by score alone.');
  });
});

describe('the scoring in detail', () => {
  it('is shown once: questions after it get their answer and the menu, not the detail again', async () => {
    const { p } = await atPicks('pat-detail');
    const detail = await p.say('why in detail');
    expect(detail).toContain('*Google IT Support Professional Certificate*, in detail:\nHow the rank was worked out:');
    for (const typed of ['whats the cheapest', 'dont i need experience for that', 'how long does it take?']) {
      const reply = await p.say(typed);
      expect(reply, typed).not.toContain('in detail:');
      expect(reply, typed).not.toContain('How the rank was worked out');
      expect(reply, typed).toContain('What would you like to do?');
    }
    // Asked for again, it is shown again.
    expect(await p.say('why 2 in detail')).toContain('*CompTIA A+*, in detail:');
  });
});
