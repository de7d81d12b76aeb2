import { describe, expect, it } from 'vitest';
import { readCues, verbs } from '../src/star/clause-cues.js';
import { I_ACTION, WE_ACTION } from '../src/star/cues.js';
import { segment } from '../src/star/segment.js';

const cues = (text: string) => {
  const [clause] = segment(text).clauses;
  if (!clause) throw new Error(`no clause in ${text}`);
  return readCues(clause);
};

describe('readCues', () => {
  it('reads a clock time, a weekday and a part of the working day as when it happened', () => {
    for (const text of ['The POS froze at 7pm on a Saturday.', 'It broke last Tuesday.', 'The fridge failed at half past six.', 'It stopped during lunch service.']) {
      expect(cues(text).timeAnchored, text).toBe(true);
    }
    // A habit's day ("on Saturdays") and a length of time are no date.
    expect(cues('We close early on Saturdays.').timeAnchored).toBe(false);
    expect(cues('It took 7 hours.').timeAnchored).toBe(false);
  });

  it('reads what the candidate noticed or was told as the scene, and "saw" with no event as no scene', () => {
    expect(cues('I noticed the POS froze.')).toMatchObject({ context: true, iActions: [] });
    expect(cues('I was told the van had not come.').context).toBe(true);
    expect(cues('I saw the printer jam.').context).toBe(true);
    expect(cues('I saw each of them on their own.').context).toBe(false);
  });

  it('finds the steps with their subject, and only real steps', () => {
    expect(cues('I restarted the router and called the vendor.').iActions).toEqual(['restarted', 'called']);
    expect(cues('We rebooted it.').weActions).toEqual(['rebooted']);
    expect(verbs('I noticed it and I fixed it', I_ACTION)).toEqual(['fixed']);
  });

  it('reads a measure\'s baseline as no date, and "right now" as the time of speaking', () => {
    for (const text of ['Sales were up 12% on last year.', 'We sold more than last month.', 'Wait times were down compared with last week.']) {
      expect(cues(text).timeAnchored, text).toBe(false);
    }
    expect(cues('Last year sales were up 12%.').timeAnchored).toBe(true);
    expect(cues('I tell them what I can do right now.')).toMatchObject({ timeAnchored: true, presentTime: true });
    expect(cues('Last week I told them what I could do.').presentTime).toBe(false);
  });

  it('reads advice with no subject, and not a step told with one', () => {
    expect(cues('Own it, fix it.').imperative).toBe(true);
    expect(cues('- apologise and offer a refund').imperative).toBe(true);
    expect(cues('Then listen to what they need.').imperative).toBe(true);
    expect(cues('Check was the first thing I did.').imperative).toBe(false);
    expect(cues('I checked the order.').imperative).toBe(false);
  });

  it('reads a "would" inside what was worked out, and compound past verbs, as steps of the story', () => {
    expect(cues('I worked out how much stock we would need for the weekend.')).toMatchObject({ hypothetical: false, iActions: ['worked'] });
    expect(cues("She checked whether we'd have enough staff.").hypothetical).toBe(false);
    expect(cues('I would check how much stock we need.').hypothetical).toBe(true);
    expect(cues('We role-played the call.').weActions).toEqual(['role-played']);
    expect(cues('I double-checked every label.').iActions).toEqual(['double-checked']);
  });

  it('reads a habit opened by "usually / most days", a promise told to someone, an aim set by others, a learner\'s past and hyphenated bullet steps', () => {
    expect(cues('Most days when it gets busy I make a list.').hypothetical).toBe(true);
    expect(cues('Typically we let the customer finish first.').hypothetical).toBe(true);
    expect(cues("told the manager i'd fix it.").task).toBeGreaterThan(0);
    expect(cues('I promised her I would sort it.').task).toBeGreaterThan(0);
    expect(cues('The school wanted the timetable to fit on one page.').task).toBeGreaterThan(0);
    expect(cues('I wanted the whole team back on track by March.').task).toBeGreaterThan(0);
    expect(cues('Next day she bring me a card.').storyPast).toBe(true);
    expect(cues('Then he tell his boss about us.').storyPast).toBe(true);
    expect(cues('Did she bring it?').storyPast).toBe(false);
    // After a present modal the verb is bare, no past: a general remark in a habit's answer.
    expect(cues("so you can't let things fester.").storyPast).toBe(false);
    expect(cues('and nobody forgot to set the alarm.').storyPast).toBe(true);
    // What has come of the story since is no step in it.
    expect(cues("I've told that story at every induction since.").iActions).toEqual([]);
    expect(cues('I have used the same checklist ever since.').iActions).toEqual([]);
    expect(cues("I've told the new starters about the checklist.").iActions).not.toEqual([]);
    expect(cues('Re-planned the route.').iActions).toEqual(['re-planned']);
    expect(cues('Pre-booked two extra vans.').iActions).toEqual(['pre-booked']);
  });
  it('reads the time given for the work as part of the aim, and what arrived as no step', () => {
    // "two weeks" inside "had two weeks to" is the time given, not when it happened; "last June" still is.
    expect(cues('Our shop had two weeks to move every line onto the new tills.')).toMatchObject({ timeAnchored: false, task: 2 });
    expect(cues('Last June our shop had to move every line onto the new tills.').timeAnchored).toBe(true);
    expect(cues('We got an order for 200 cupcakes for a wedding.').weActions).toEqual([]);
    expect(cues('I received three complaints from the same family.').iActions).toEqual([]);
    expect(cues('We got the order out by noon.').weActions).toEqual(['got']);
  });

  it('reads "I stopped doing" as the candidate\'s step, "we stopped getting" as an outcome', () => {
    expect(cues('I stopped checking the shared inbox for a week.').result).toBe(0);
    expect(cues('and we stopped getting calls about it.').result).toBeGreaterThan(0);
    expect(cues('and the calls stopped coming.').result).toBeGreaterThan(0);
  });

  it('reads "did" with the work counted out as a step, and what kept happening to us as no step', () => {
    expect(verbs('On Monday I did all six machines', I_ACTION)).toEqual(['did']);
    expect(verbs('I did the whole top floor before lunch', I_ACTION)).toEqual(['did']);
    expect(verbs('I did well in the end', I_ACTION)).toEqual([]);
    expect(verbs('we kept running out of till rolls on Saturdays', WE_ACTION)).toEqual([]);
    expect(verbs('I kept losing track of the orders', I_ACTION)).toEqual([]);
    // Keeping at a step is still the step.
    expect(verbs('I kept calling the supplier until they answered', I_ACTION)).toEqual(['kept']);
  });
});
