import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser } from './support/new-user.js';
import { asksHireSomeoneLike } from '../flows/hiring-asides.js';

/**
 * flows/hiring-asides.ts through the whole coach: a worry about the person's English and a certificate
 * asked for in general, answered at the credential pick's questions from what the person said.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

async function atTheBudget(user: string, said: readonly string[]) {
  const p = await newUser(data, user, TODAY);
  for (const s of said) await p.say(s);
  await p.say('pick credentials');
  await p.say('yes');
  return p;
}

describe('a writer who translated into English', () => {
  const WRITER = ['Marta', 'Find my skill gaps', 'I translate from Portuguese into English', '11 years', 'technical writer', 'translated installation manuals for solar inverters, and I keep a style guide for each client', 'done'];

  it('gets her English worry answered from her translation years, said before or with the question', async () => {
    const p = await atTheBudget('hiring-writer', WRITER);
    for (const text of ['English is my second language. Could that hold me back?', 'my english isnt perfect, will that hurt me']) {
      const reply = await p.say(text);
      expect(reply).toContain('You have translated into English for 11 years');
      expect(reply).toContain('writing test');
      expect(reply).not.toMatch(/my notes don't cover it/);
    }
  });

  it('hears that no certificate is expected for the role, and the portfolio piece instead', async () => {
    const p = await atTheBudget('hiring-writer-cert', WRITER);
    const reply = await p.say('are there any certifications employers recognise for this?');
    expect(reply).toContain('No certificate is expected for *Technical writer* jobs');
    expect(reply).toContain('portfolio piece');
  });
});

describe('a role with credentials in the catalog', () => {
  it('leaves a general certificate question to the credential answers', async () => {
    const p = await atTheBudget('hiring-analyst', ['Sam', 'Find my skill gaps', 'retail store manager', '9 years', 'data analyst', 'excel every day, weekly sales reports', 'done']);
    const reply = await p.say('is there any free certificate that employers respect?');
    expect(reply).not.toContain('No certificate is expected');
  });
});

describe('being hired as the kind of worker they are', () => {
  it.each([
    'will they hire a truck driver for this',
    'would a company hire an ex-teacher?',
    'do employers hire nurses for IT jobs',
    'will anyone even take on a former chef?',
    'would they hire a retired firefighter like me',
  ])('%j asks it', (text) => expect(asksHireSomeoneLike(text)).toBe(true));
  it.each(['will they hire a contractor for the install?', 'do companies hire for this in winter', 'how do they hire a data analyst', 'will the A+ get me hired'])('%j does not', (text) =>
    expect(asksHireSomeoneLike(text)).toBe(false),
  );
});
