import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { withFunding } from '../flows/funding-aside.js';
import { pickQuestion } from './support/off-script-question.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

describe('a question about who pays, beside the other off-script answers', () => {
  it('answers a programme asked to pay about the picks on screen, or the one named', () => {
    const answer = withFunding(data, () => ({ text: 'other', answered: false }));
    const gi = answer(pickQuestion('does the GI bill pay for these?', { choices: ['pick:aws-solutions-architect-associate', 'pick:cncf-cka'] }));
    expect(gi.answered).toBe(true);
    expect(gi.text).toContain("I don't know whether the GI Bill covers these");
    expect(gi.text).toContain('*Certified Kubernetes Administrator (CKA)*');
    expect(answer(pickQuestion('can i use my gi bill for sec+')).text).toContain('*CompTIA Security+ (SY0-701)*');
  });

  it('passes every other question on, price questions included', () => {
    const answer = withFunding(data, () => ({ text: 'other', answered: false }));
    for (const said of ['how much are these?', 'is there financial aid?', 'is k8s cert worth it']) expect(answer(pickQuestion(said)).text, said).toBe('other');
  });
});
