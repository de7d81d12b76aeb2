import { describe, expect, it } from 'vitest';
import { TASK_GOAL, TASK_OWNED, TASK_STAKES } from '../src/star/task-cues.js';

/**
 * The Task cues read ownership and obligation by their grammar (possession of the work, a
 * responsibility frame, a need against a deadline), so a new writer's phrasing is read without one
 * more cue per phrase. Sentences written for this test, none from the labelled sets.
 */

const anyTask = (text: string): boolean => TASK_OWNED.test(text) || TASK_GOAL.test(text) || TASK_STAKES.test(text);

describe('task ownership, said in many ways', () => {
  const owned = [
    // possession of the work
    'as treasurer, the accounts were mine to close',
    'both reports were mine to deliver',
    'it was mine to sort',
    'the rota was all mine to rebuild',
    'the job was mine',
    'the decision was mine',
    'the new starters were mine to train',
    // where the work came to rest
    'getting the tills working was down to me',
    'fixing the rota is down to me now',
    'that was on me',
    'the whole move fell to me',
    'it landed on my desk on a friday',
    'the complaint ended up on my plate',
    'the stocktake came down to me',
    // responsibility frames anywhere in the clause
    'i was the duty nurse, responsible for the controlled drugs',
    'as the one responsible for payroll, i had to find the error',
    'i was the shift lead, in charge of twelve pickers',
    'as the senior chef responsible for ordering',
    'i ran the night shift and in charge of the keys',
    'it was my error and my responsibility to make sure it not happen again',
    'my responsibility was to keep the site safe',
    'my duty to report it was clear',
    'it was my call to stop the line',
    'it was my job to tell the family',
    'our role to check every box was written down',
    // need with a deadline or standard
    'i was booked for the launch and needed to be ready',
    'we needed to have the stock on the shelves before the rush',
    'i needed to have the slides done by nine',
    // learner forms
    'i must to finish the orders',
    'they tell me i have to make the new schedule',
    'my boss say me i need to call every customer',
    // the one it fell to because nobody else could
    'i was the only one who could fix it',
    'i was the only person who knew the old booking system',
    'i was the only one left who had the alarm code',
    "i'm the only mechanic who can weld aluminium",
  ];
  it.each(owned)('"%s" is a task', (text) => {
    expect(TASK_OWNED.test(text)).toBe(true);
  });

  it('finds "my job was" late in a long sentence', () => {
    const text = 'anyway there was a man shouting in first class and everyone was filming him and my job was to get the fare sorted without an incident';
    expect(TASK_OWNED.test(text)).toBe(true);
  });
});

describe('not the candidate\'s task', () => {
  const notTask = [
    'the manager was responsible for the delay',
    'the supplier was in charge of the deliveries',
    'the mistake was mine',
    'the error was mine and i knew it',
    'it was down to luck',
    'the delay was down to the weather',
    'it was down to the courier',
    'a box fell on my foot',
    'the blame landed on the agency',
    'he was accountable for the budget',
    'the customer was on the phone',
    // after "and" or "so", "the ..." is a new subject, someone else
    'the client was a small distributor and the person in charge of the manual was a sales person',
    'so the chef responsible for ordering called in sick',
    // the only one, but no work taken on
    'she was the only one who could help',
    'i was the only one who laughed',
    'i was the only one in my family who went to college',
    // who was there is the scene, not the work taken on
    'i was the only nurse on shift when the power went out',
    'i was the only one on site that morning',
  ];
  it.each(notTask)('"%s" is no task', (text) => {
    expect(anyTask(text)).toBe(false);
  });
});
