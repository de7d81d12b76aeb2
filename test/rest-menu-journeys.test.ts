import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser } from './support/new-user.js';

/**
 * The menu at rest, after a part ends, read the way people type there: "now the cert stuff",
 * "practice pls", "gaps again?" start the part they name, with the real flows and data; a message
 * that names no part gets one line on what each part does, then the menu; a question is answered.
 */

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

/** The transcript ends at the menu: its last line offers the three parts as choices. */
const MENU = /\[(?=[^\]\n]*Find my skill gaps)(?=[^\]\n]*Pick credentials worth it)(?=[^\]\n]*Practise interview answers)[^\]\n]*\]$/;

/** Sam, an accountant of 12 years aiming at data analyst, who has just finished the gap interview without postings. */
async function afterGaps(user: string) {
  const sam = await newUser(data, user, new Date('2026-12-07T09:00:00Z'));
  await sam.say('Sam');
  await sam.say('1');
  await sam.say('accountant');
  await sam.say('12');
  await sam.say('data analyst');
  await sam.say('excel, sql');
  const report = await sam.say('skip');
  expect(report).toContain('Here is your gap report for *Data analyst*');
  expect(report).toMatch(MENU);
  return sam;
}

describe('the menu at rest, after the gap interview', () => {
  it('"now the cert stuff", then "practice pls", then "gaps again?" each start the part they name', async () => {
    const sam = await afterGaps('rest-sam');

    const pick = await sam.say('now the cert stuff');
    expect(pick).toContain('(Credential pick 1/8)');
    expect(pick).toContain('your top gaps are Data visualization, Statistics and Python');
    for (const answer of ['yes', '500', '10', 'no deadline', 'skip', 'yes']) await sam.say(answer);
    expect(await sam.say('yes')).toContain('Here are my top three picks for *Data analyst*');
    const plan = await sam.say('1');
    expect(plan).toContain('Here is your plan');
    expect(plan).toMatch(MENU);

    const practice = await sam.say('practice pls');
    expect(practice).toContain('(Interview practice 1/3)');
    expect(practice).toContain('We\'ll practise for *Data analyst*');
    await sam.say('1');
    expect(await sam.say('1')).toContain('*Question 1 of 1*');
    await sam.say('At my firm month-end close took ten days. I was asked to shorten it. I built an Excel model and automated the reconciliations with SQL queries. We closed in six days and cut overtime by 30%.');
    expect(await sam.say('done')).toContain('*Question 1 of 1: ');
    expect(await sam.say('Finish and see my summary')).toMatch(MENU);

    const gaps = await sam.say('gaps again?');
    expect(gaps).toContain('(Skill gaps 1/6)');
    expect(gaps).toContain('Last time you told me you work as *accountant*, with about 12 years of work behind you.');
  });

  it('a thank-you or a remark about the report starts nothing; a request after it does', async () => {
    const sam = await afterGaps('rest-sam-thanks');
    for (const typed of ['thanks, the skills report is great', 'I need to think about my skills', 'great, thanks!']) {
      const reply = await sam.say(typed);
      expect(reply).toMatch(/^(?:You're welcome, I'm glad it helped\.|Take your time\.)/);
      expect(reply).toMatch(MENU);
      expect(reply).not.toMatch(/\(Skill gaps|\(Credential pick|\(Interview practice/);
    }
    const pick = await sam.say('ok, now the cert stuff');
    expect(pick).toContain('(Credential pick 1/8)');
    expect(pick).toContain('your top gaps are Data visualization, Statistics and Python');
  });

  it('a message that names no part says what each part does, then the menu; a question is still answered', async () => {
    const sam = await afterGaps('rest-sam-unsure');
    const unsure = await sam.say('hmm, the blue one');
    expect(unsure).toContain("I'm not sure which of these you mean, so here's what each does:");
    expect(unsure).toContain('- *Find my skill gaps*: compares what you can do with what the job asks for');
    expect(unsure).toContain('- *Pick credentials worth it*: finds the certificates and courses worth your money and time');
    expect(unsure).toContain('- *Practise interview answers*: asks you interview questions and gives feedback on each answer');
    expect(unsure).toMatch(MENU);
    expect(unsure).not.toMatch(/\(Skill gaps|\(Credential pick|\(Interview practice/);

    const answered = await sam.say('is the PMP worth it?');
    expect(answered).toContain('*PMP (Project Management Professional)* is made for project manager');
    expect(answered).toMatch(MENU);
  });
});
