import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { questionsIn } from '../flows/off-script-person.js';
import { newUser } from './support/new-user.js';

/**
 * Questions about the person asked where the coach asked something else (flows/off-script-person.ts),
 * through the whole coach: each wording is answered, never refused as "not one of the options" or
 * sent to "my notes don't cover it", and the step is asked again.
 */

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING =
  'Cloud Engineer (AWS). Build and run our AWS infrastructure with Terraform, automate with Python scripting and Bash, administer Linux servers, design and troubleshoot networking. Requirements: 2+ years with Linux, TCP/IP networking, infrastructure as code with Terraform. AWS Certified Solutions Architect - Associate preferred. Benefits: medical, dental. Equal opportunity employer.';

async function atTheReport(user: string) {
  const p = await newUser(data, user, TODAY);
  for (const said of ['Kofi', '1', 'army signals nco', '19 years', 'cloud engineer', 'set up and fix field networks, run linux servers, some bash, i have comptia security+ from the army', POSTING, 'done']) await p.say(said);
  return p;
}
async function atThePicks(user: string) {
  const p = await atTheReport(user);
  for (const said of ['yes', 'yes', '800', '12', '9 months', '60000', 'yes']) await p.say(said);
  const picks = await p.say('yes');
  expect(picks).toMatch(/[[|] Choose /);
  return p;
}

const REFUSED = /That isn't one of the options|my notes don't cover it/;

describe('at the picks (a choice step)', () => {
  let p: Awaited<ReturnType<typeof atThePicks>>;
  beforeAll(async () => {
    p = await atThePicks('person-picks');
  });

  it.each(['security+ counts for anything here?', 'does my security+ count', 'is my sec+ any use here', 'does my security+ help for cloud'])('%j: the held Security+ counts, and what it shows for cloud', async (text) => {
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toContain('Yes, it counts: you hold *CompTIA Security+ (SY0-701)*');
    expect(reply).toContain('Keep it current: renew it every 3 years');
    // The one his posting names is the next credential, with how the posting asks for it.
    expect(reply).toContain('The one your postings name is *AWS Certified Solutions Architect – Associate (SAA-C03)*');
    expect(reply).toContain('Which one would you like?');
  });

  it.each(['do i need another certificate?', 'do i need another cert', 'should i get more certs'])('%j: the one his posting names, and his Security+ counts', async (text) => {
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toMatch(/^The one your postings name is \*AWS Certified Solutions Architect – Associate \(SAA-C03\)\*/);
    expect(reply).toContain('What you hold already counts (*CompTIA Security+ (SY0-701)*)');
  });

  it.each(['is the certificate enough to get hired?', 'is the cert enough to get a job', 'will this cert get me hired', 'can i get a job with just the certificate'])('%j: not on its own, with what to pair it with', async (text) => {
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toMatch(/^Not on its own: \*[^*]+\* gets your application read/);
    expect(reply).toContain('Pair it with a portfolio piece');
    expect(reply).toContain('Which one would you like?');
  });

  it.each(['will tech people take me seriously?', 'will tech people take me seriously', 'would anyone hire someone like me', 'do i even stand a chance'])('%j: his own record, not a credential', async (text) => {
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toContain('Your 19 years as army signals nco, and *CompTIA Security+ (SY0-701)*, show judgement and delivery');
    expect(reply).toContain('Which one would you like?');
  });

  it.each(['do i need to learn coding for this??', 'do i have to code', 'is there much programming', 'do i need to learn how to program'])('%j: what cloud engineer jobs and his posting ask', async (text) => {
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toContain('Yes, some: Bash is among the core skills cloud engineer jobs are hired on');
    expect(reply).toContain('Python');
    expect(reply).toContain('Which one would you like?');
  });

  it.each(['which one looks best on a resume?', 'which one looks best on my cv', 'which one do employers actually care about?', 'which cert do employers care about most'])('%j: the one his posting names', async (text) => {
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toContain('The one your own postings name is *AWS Certified Solutions Architect – Associate (SAA-C03)*');
  });
});

describe('at the menu after the report', () => {
  it.each(['Am I already qualified?', 'am i ready to apply', 'am i qualifed', 'how close am i'])('%j: the verdict the report just gave', async (text) => {
    const p = await atTheReport(`person-qualified-${text.length}`);
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toMatch(/your gap report (?:says you|shows a real gap)/);
    expect(reply).toMatch(/about \d+% of the technical skills your postings ask for/);
    expect(reply).toContain('What would you like to do next?');
  });
});

describe('whether their background counts, at the picks and after the report', () => {
  it.each(['would my nursing background count for anything?', 'does my experience as a nurse help at all', 'will my 15 years count for anything', 'is my time on the ward wasted'])('%j: yes, with the work she said she does', async (text) => {
    const p = await newUser(data, `person-background-${text.length}`, TODAY);
    for (const said of ['Ama', 'Find my skill gaps', 'I am an ICU nurse.', '15 years', 'data analyst', 'I build the unit rota in Excel and I report our infection rates to the hospital board every month', 'skip']) await p.say(said);
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toMatch(/^Yes, it counts: your 15 years as \*ICU nurse\*/);
    expect(reply).toMatch(/you already do work data analyst jobs ask for: [^.]*Excel/);
    expect(reply.match(/I build the unit rota in Excel/g)).toHaveLength(1);
  });
});

describe('whether a credential is realistic for them', () => {
  it.each(['Is CompTIA Data+ realistic for someone like me?', 'is the data+ doable for me', 'can i realistically get comptia data+'])('%j: what it asks first, against her years', async (text) => {
    const p = await newUser(data, `person-realistic-${text.length}`, TODAY);
    for (const said of ['Ama', 'Find my skill gaps', 'I am an ICU nurse.', '15 years', 'data analyst', 'I build the unit rota in Excel', 'skip']) await p.say(said);
    const reply = await p.say(text);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toContain('asks for this first: 18–24 months in a data role. Set that against your 15 years as *ICU nurse*');
    expect(reply).toContain('it is a later step');
  });
});

describe('two questions in one message', () => {
  it('splits a message at its question marks only when it asks two or more', () => {
    expect(questionsIn('Is CISA realistic for someone like me? Would my legal background count for anything?')).toEqual(['Is CISA realistic for someone like me?', 'Would my legal background count for anything?']);
    expect(questionsIn('is data+ doable for me?? and does my nursing experience help?')).toEqual(['is data+ doable for me??', 'and does my nursing experience help?']);
    expect(questionsIn('does my experience count? I did 15 years on the ward')).toEqual(['does my experience count? I did 15 years on the ward']);
  });
  it.each([
    'Is CompTIA Data+ realistic for someone like me? Would my nursing background count for anything?',
    'would my nursing background count for anything?? is the data+ doable for me?',
  ])('%j: both answered', async (text) => {
    const p = await newUser(data, `person-two-${text.length}`, TODAY);
    for (const said of ['Ama', 'Find my skill gaps', 'I am an ICU nurse.', '15 years', 'data analyst', 'I build the unit rota in Excel', 'skip']) await p.say(said);
    const reply = await p.say(text);
    expect(reply).toContain('asks for this first: 18–24 months in a data role.');
    expect(reply).toContain('Yes, it counts: your 15 years as *ICU nurse*');
  });
  it('one it cannot answer here is said back to be asked on its own, not dropped', async () => {
    const p = await newUser(data, 'person-two-other', TODAY);
    for (const said of ['Ama', 'Find my skill gaps', 'I am an ICU nurse.', '15 years', 'data analyst', 'I build the unit rota in Excel', 'skip']) await p.say(said);
    const reply = await p.say('Would my nursing background count for anything? What does a data analyst do all day?');
    expect(reply).toContain('Yes, it counts');
    expect(reply).toContain('You also asked "What does a data analyst do all day?": ask me that on its own and I\'ll answer it.');
  });
});

describe('at the menu after the report, typed without a question mark', () => {
  let p: Awaited<ReturnType<typeof atTheReport>>;
  beforeAll(async () => {
    p = await atTheReport('person-rest');
  });
  it.each([
    ['will tech people take me seriously', 'Your 19 years as army signals nco'],
    ['do i need to learn coding', 'Bash is among the core skills cloud engineer jobs are hired on'],
    ['does my security+ count for anything here', 'Yes, it counts: you hold *CompTIA Security+ (SY0-701)*'],
    ['is the cert enough to get hired', 'Not on its own:'],
  ])('%j', async (text, answer) => {
    const reply = await p.say(text);
    expect(reply).toContain(answer);
    expect(reply).toContain('What would you like to do next?');
  });
});

describe('an age worry at a question', () => {
  // Shaped like questions: "too late at 50" alone, at the years question, is read as the answer 50.
  it.each(['Is 45 too late to get into ML?', 'is it too late to start at 52', 'is 50 too late to change careers', 'am i too old at 58 to switch?'])('%j', async (text) => {
    const p = await newUser(data, `person-age-${text.length}`, TODAY);
    for (const said of ['Pat', '1', 'teacher']) await p.say(said);
    const reply = await p.say(text);
    expect(reply).toContain("It's a fair worry, and no,");
    expect(reply).toContain('how many years have you been working');
  });
});
