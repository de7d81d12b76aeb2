import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { pickQuestion } from './support/off-script-question.js';
import { createOffScriptAnswerer } from '../flows/off-script-answers.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

const ask = (text: string, answers: Record<string, unknown>): string =>
  createOffScriptAnswerer(data)(pickQuestion(text, { answers })).text;

describe('off-script answers at the credential pick', () => {
  it('weighs a pay cut against the pay as changed ("actually 90k"), never the pay it replaced', () => {
    const given = { role: 'data-analyst', budget: 500, hours: 6, deadline: 12, pay: 52_000 };
    const changed = ask('will I have to take a pay cut?', { ...given, 'free-first': { $changes: [{ step: 'pay', from: 52_000, to: 90_000, n: 1 }] } });
    expect(changed).toBe(ask('will I have to take a pay cut?', { ...given, pay: 90_000 }));
    expect(changed).not.toBe(ask('will I have to take a pay cut?', given));
  });
});

describe('whether a named credential serves their aim ("relevant for DE?")', () => {
  const given = { role: 'data-engineer', budget: 1000, hours: 12 };
  it.each(['is the google advanced data analytics cert relevant for DE?', 'google advanced data analytics cert relevant for me?', 'is the Google Advanced Data Analytics certificate helpful for DE'])(
    '%j says who it is made for, against their own aim',
    (text) => {
      const said = ask(text, given);
      expect(said).toMatch(/^Little, for data engineer jobs: \*Google Advanced Data Analytics Professional Certificate\* is made for data scientist roles rather than data engineer roles/);
    },
  );
  it('still describes it when asked what it is', () => {
    expect(ask('what is the google advanced data analytics certificate?', given)).toMatch(/^\*Google Advanced Data Analytics Professional Certificate\*, from Google, is/);
  });
});

describe('an age worry about learning a skill ("is SQL hard to learn at my age")', () => {
  const given = { role: 'data-analyst', budget: 800 };
  it.each(['is SQL hard to learn at my age', 'am i too old to learn python?', 'is it too late for me to learn SQL'])('%j answers the worry and the skill', (text) => {
    const said = ask(text, given);
    expect(said).toMatch(/not too old for this/);
    expect(said).toMatch(/The credentials in my catalog that teach (SQL|Python|Excel)/);
    expect(said).not.toContain('your plan');
  });
  it('answers an age worry with no skill in it as the worry alone', () => {
    expect(ask('am i too old for this?', given)).not.toContain('The credentials in my catalog that teach');
  });
});
