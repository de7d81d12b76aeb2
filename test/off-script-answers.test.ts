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
