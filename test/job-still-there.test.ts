import { beforeAll, describe, expect, it } from 'vitest';
import { asksStillThere, jobStillThere } from '../flows/job-still-there.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import type { OffScriptQuestion } from '../src/engine/off-script.js';
import { pickQuestion } from './support/off-script-question.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

function question(text: string, source: 'postings' | 'catalog' = 'postings'): OffScriptQuestion {
  const q = pickQuestion(text, { answers: { role: 'qa-engineer', budget: 100, hours: 15 } });
  const gaps = [{ skill: 'software-testing', share: 1 }, { skill: 'selenium', share: 0.5 }];
  return { ...q, ctx: { ...q.ctx, profile: { gapReport: { role: 'qa-engineer', source, gaps } } } };
}

describe('whether a kind of work is still hired for', () => {
  it.each(['manual tester still have job?', 'is manual testing still in demand?', 'are help desk jobs dying?', 'do companies still hire testers, or is it obsolete?', 'will QA be replaced by AI?', 'is data entry still a thing?', 'any manual QA jobs left?'])('%j asks it', (text) =>
    expect(asksStillThere(text)).toBe(true),
  );
  it.each(['is a degree still needed?', 'does the course still work on a phone?', 'what is the deadline?', 'my laptop is dead, can i use a phone?', 'is SQL hard?'])('%j does not', (text) => expect(asksStillThere(text)).toBe(false));

  it('answers from the postings pasted, with their shares and no figure from outside them', () => {
    const said = jobStillThere(data)(question('manual tester still have job?'))?.text ?? '';
    expect(said).toContain('I go by the postings you pasted for *QA / test engineer*: they are jobs open now, and every one of them asks for Software testing.');
    expect(said).toContain('Fewer ask for Selenium (50%)');
    expect(said).not.toMatch(/\$|million|thousand|BLS/);
  });

  it('leaves the question to the other answers without postings pasted', () => {
    expect(jobStillThere(data)(question('manual tester still have job?', 'catalog'))).toBeUndefined();
  });
});
