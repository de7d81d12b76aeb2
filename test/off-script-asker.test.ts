import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { pickQuestion } from './support/off-script-question.js';
import { questionAsker } from '../flows/off-script-asker.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

/** A question at the credential pick's choice, with the answers stored as the flow stores them. */
const question = (answers: Record<string, unknown>) => pickQuestion('is it worth it?', { answers });

describe('who asks, at the credential pick', () => {
  it('reads budget, study time and deadline as the person has them after changing them ("actually 300")', () => {
    const answers = {
      role: 'data-analyst',
      budget: 500,
      hours: 6,
      deadline: 12,
      // Said at the pay question: the budget put right, then the study time and deadline.
      pay: { $changes: [{ step: 'budget', from: 500, to: 300, n: 1 }, { step: 'hours', from: 6, to: 10, n: 2 }, { step: 'deadline', from: 12, to: 6, n: 3 }], own: 52_000 },
    };
    const asker = questionAsker(data).askerOf(question(answers));
    expect(asker.budgetUsd).toBe(300);
    expect(asker.hoursPerWeek).toBe(10);
    expect(asker.deadlineWeeks).toBe(questionAsker(data).askerOf(question({ ...answers, deadline: 6, pay: 52_000 })).deadlineWeeks);
    expect(asker.deadlineWeeks).toBeLessThan(30);
  });

  it('takes the credential just explained from the choice as changed, not from the value it replaced', () => {
    const [first, second] = data.credentials.credentials.filter((c) => c.targetRoles.includes('data-analyst'));
    if (!first || !second) throw new Error('two data analyst credentials expected');
    const answers = { role: 'data-analyst', budget: 500, choose: `why:${first.id}`, later: { $changes: [{ step: 'choose', from: `why:${first.id}`, to: `why:${second.id}`, n: 1 }] } };
    expect(questionAsker(data).askerOf(question(answers)).current?.id).toBe(second.id);
  });
});
