import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser } from './support/new-user.js';

/**
 * Ann asks for weekly check-ins before she has a plan. A weekly check-in is a question about that
 * week's step and its hours: with no plan there is nothing true to ask, so a coach makes the plan
 * first. The coach says what check-ins follow, offers the credential pick (`pick`, first in the
 * menu, and "yes" starts it), and once the plan is made offers check-ins itself; the first check-in
 * is then about her first open step, never "every step of your plan is done".
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

describe('Ann asks for check-ins before she has a plan', () => {
  it('is offered the plan first, then check-ins on it, and the check-in asks about her first step', async () => {
    const ann = await newUser(data, 'ann', TODAY);
    await ann.say('Ann');
    const early = await ann.say('checkins');
    expect(early).toContain("Weekly check-ins follow a plan: each week I'd ask how that week's step went and log your study hours. You don't have a plan yet");
    expect(early).toContain('say `pick` to choose a credential and get a dated plan');
    // Not asked to set a day and time for check-ins with nothing to check on; the pick comes first in the menu.
    expect(early).not.toContain('Would you like a weekly check-in');
    expect(early).not.toContain('Which day of the week suits you?');
    expect(early).toMatch(/Or choose what to do next: \[Find my skill gaps \| Pick credentials worth it \| /);
    expect(ann.profile().checkins).toBeUndefined();

    // "yes" takes the offer: the credential pick starts.
    expect(await ann.say('yes')).toContain('Which tech role are you aiming for?');
    for (const answer of ['data analyst', 'excel, sql', '300', '8', 'no deadline', 'skip', 'yes', 'yes']) await ann.say(answer);
    const plan = await ann.say('1');
    expect(plan).toContain('Here is your plan');
    expect(plan).toContain('Would you like a short weekly check-in on this plan?');

    // Now `checkins` sets them up.
    expect(await ann.say('checkins')).toContain("Would you like a weekly check-in on your plan? Once a week, at a time you choose, I'd send you that week's step");
    await ann.say('yes');
    await ann.say('Friday');
    await ann.say('6pm');
    expect(await ann.say('UTC')).toContain("Done: I'll check in every Friday at 18:00 (UTC), first on Friday 11 December, 18:00.");
    expect(ann.profile().checkins).toMatchObject({ enabled: true, when: { weekday: 5, time: '18:00', timeZone: 'UTC' } });

    // The weekly question is about the first step still open in her plan, with her hours.
    const steps = (ann.profile().plan as { steps: { step: number; title: string; done?: boolean }[] }).steps;
    const open = steps.find((s) => !s.done);
    expect(open).toBeDefined();
    const week = await ann.say('checkin');
    expect(week).toContain(`Weekly check-in: this week is about step ${open?.step}, *${open?.title}*`);
    expect(week).toContain('You planned 8 hours this week. How did it go?');
    expect(week).not.toContain('every step of your plan is done');
  });

  it('typing `checkin` with no plan says there is nothing to check in on, and how to make the plan', async () => {
    const ben = await newUser(data, 'ben', TODAY);
    await ben.say('Ben');
    const said = await ben.say('checkin');
    expect(said).toContain("There's nothing to check in on yet: you don't have a plan. Say `pick` to choose a credential and get a dated plan.");
    expect(said).not.toContain('every step of your plan is done');
    expect(said).not.toContain('Done: went to plan');
    expect(ben.profile().checkins).toBeUndefined();
  });
});
