import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser as newUserAt } from './support/new-user.js';

/**
 * Ruth, 64, a retired school office manager of 22 years who lives on a pension and aims at data
 * analyst with $200 and 6 hours a week. What a coach signs: her pension is not a salary the new
 * job replaces, so the return is never "$X a year more than you earn now"; it says the entry pay
 * plainly, that a job's pay would come on top of her pension or change it, and what earning the
 * credentials costs against that pay.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

describe('Ruth, retired, on a pension, $200', () => {
  it('hears her pension as a pension, and gets the return said without calling it a raise over pay', async () => {
    const p = await newUserAt(data, 'ruth', TODAY);
    await p.say('Ruth');
    await p.say('1');
    await p.say('school office manager');
    await p.say('22');
    await p.say('data analyst');
    await p.say('excel, scheduling, budgets, parent emails');
    await p.say('skip');
    await p.say('yes');
    await p.say('yes');
    await p.say('200');
    await p.say('6');
    await p.say('no deadline');
    expect(await p.say('just my pension, about 28k a year')).toContain('(Credential pick 6/8)');
    await p.say('yes');
    const picks = await p.say('yes');
    expect(picks).toContain('An entry-level data analyst earns about $83,000 a year');
    expect(picks).toContain(
      "What you live on now is a pension, not pay from work, so I don't count the difference as a raise: a job's pay would come on top of your pension or change it, depending on its rules, so check them before you plan on both.",
    );
    expect(picks).toMatch(/Earning it costs \$[\d,]+, (?:less than a week|about \d+ weeks?) of that pay before tax\./);
    expect(picks).not.toMatch(/than you earn now|pays back/);

    // What she said is kept as what it is.
    expect(await p.say('status')).toContain('Current pay=a pension, $28,000 a year');
    // The side-by-side with a degree says the same.
    const compare = await p.say('Compare with a certification and a degree');
    expect(compare).toContain('of that pay at the entry level');
    expect(compare).not.toMatch(/than you earn now|pays back/);
  });
});
