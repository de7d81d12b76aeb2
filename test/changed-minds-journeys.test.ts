import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser } from './support/new-user.js';

/**
 * People change their minds and reassure in passing: a budget put right a question later, hours
 * raised at the picks, "no rush, a year or so" for a deadline, "no worries" to an offered part.
 * Each is heard as meant, said back, and the picks follow it.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

/** Through a typical-demand gap report for data analyst, at the menu after it. */
async function afterReport(user: string) {
  const p = await newUser(data, user, TODAY);
  await p.say('Ana');
  await p.say('1');
  await p.say('office manager');
  await p.say('12 years');
  await p.say('data analyst');
  await p.say('excel, some sql');
  const report = await p.say('skip');
  return { p, report };
}

async function atBudget(user: string) {
  const { p } = await afterReport(user);
  await p.say('pick');
  await p.say('yes');
  return p;
}

describe('a changed mind in the credential pick', () => {
  it('takes a budget put right at the next questions, says it back each time, and weighs the picks against the last one', async () => {
    const p = await atBudget('changed-budget');
    await p.say('$1,000');
    expect(await p.say('sorry I meant 400')).toContain('Budget changed to $400.');
    await p.say('8 hours a week');
    expect(await p.say('oh wait, make that $300')).toMatch(/Budget changed to \$300\.\n\(Credential pick \d\/\d\)\nIn how many months/);
    expect(await p.say('no rush, a year or so')).toContain('To estimate the return');
    await p.say('52k');
    await p.say('no');
    const picks = await p.say('yes');
    expect(picks).toContain('your $300 budget');
    expect(picks).not.toContain('$1,000 budget');
    const status = await p.say('status');
    expect(status).toContain('Budget=$300');
    expect(status).toContain('Deadline (months)=12');
    expect(p.profile().budgetUsd).toBe(300);
  });

  it('raises the hours at the picks and shows the picks again at the new hours', async () => {
    const p = await atBudget('changed-hours');
    await p.say('500');
    await p.say('5');
    await p.say('skip');
    await p.say('skip');
    await p.say('no');
    const before = await p.say('yes');
    expect(before).toMatch(/at 5 hours a week/);
    const after = await p.say('actually i can do 12 hours a week');
    expect(after).toContain('Study time changed to 12 hours a week.');
    expect(after).toMatch(/at 12 hours a week/);
    expect(after).not.toMatch(/at 5 hours a week/);
    const plan = await p.say('1');
    expect(plan).toContain('12 hours a week');
    expect(p.profile().hoursPerWeek).toBe(12);
  });

  it('keeps a change said at the deadline when the deadline is then left out', async () => {
    const p = await atBudget('changed-then-skipped');
    await p.say('800');
    await p.say('6');
    expect(await p.say('actually my budget is 350')).toContain('Budget changed to $350.');
    expect(await p.say('no deadline really')).toContain('To estimate the return');
    const status = await p.say('status');
    expect(status).toContain('Budget=$350');
    expect(status).toContain('Deadline (months)=none');
  });

  it('goes back to a changed budget as changed, and a new answer there stands', async () => {
    const p = await atBudget('changed-back');
    await p.say('500');
    await p.say('actually 300');
    const back = await p.say('back');
    expect(back).toContain('Your earlier answer was: $300');
    await p.say('450');
    await p.say('6');
    const status = await p.say('status');
    expect(status).toContain('Budget=$450');
    expect(p.profile().budgetUsd).toBe(450);
  });

  it('asks which answer a bare number changes when two could hold it, and takes it once said', async () => {
    const p = await atBudget('changed-which');
    await p.say('500');
    const asked = await p.say('actually 5');
    expect(asked).toContain('Did you mean 5 as your study time, or as a change to your budget?');
    expect(asked).toContain('A number of hours a week, for example: 8');
    expect(await p.say('budget 5')).toContain('Budget changed to $5.');
    expect(await p.say('6')).toContain('In how many months');
  });
});

describe('reassurance is no answer', () => {
  it('"no worries" after a gap report does not start the part offered', async () => {
    const { p, report } = await afterReport('no-worries');
    expect(report).toContain('Picking credentials that close these gaps is the natural next step');
    const said = await p.say('no worries');
    expect(said).not.toContain('(Credential pick');
    expect(said).not.toContain('(Skill gaps');
  });

  it('"no rush, a year or so" at a yes/no question is asked again, never taken as no', async () => {
    const p = await atBudget('no-rush-yes-no');
    await p.say('500');
    await p.say('5');
    await p.say('skip');
    await p.say('skip');
    const said = await p.say('no rush, a year or so');
    expect(said).toContain('I need a yes or a no.');
    expect(said).toContain('Yes or no, for example: yes.');
    expect(said).toContain('(Credential pick 6/8)');
  });
});
