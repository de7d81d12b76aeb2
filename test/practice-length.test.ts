import { describe, expect, it } from 'vitest';
import type { OffScriptQuestion } from '../src/engine/off-script.js';
import { asksAnswerLength, lengthAnswer, withPracticeLength } from '../flows/practice-length.js';
import type { Feedback } from '../flows/interview-practice-replies.js';

const feedback = (over: Partial<Feedback>): Feedback => ({ score: 70, parts: { situation: 5, task: 3, action: 5, result: 2 }, suggestions: [], followUp: '', ...over });

describe('a question about the answer\'s length', () => {
  it.each(['is it too long?', 'how do i shorten it', 'Was my answer too wordy?', 'how can I keep it shorter', 'can I cut it down a bit'])('is read in "%s"', (text) => expect(asksAnswerLength(text)).toBe(true));
  it.each(['how long will the course take?', 'how many hours a week?', 'next question please'])('is not read in "%s"', (text) => expect(asksAnswerLength(text)).toBe(false));
});

describe('the answer from the feedback', () => {
  it('says a long answer\'s time and gives the feedback\'s own point on what to cut', () => {
    const cut = 'Cut the set-up that starts "Our depot had...": it takes 48% of the answer before you say what you did.';
    const text = lengthAnswer(feedback({ seconds: 150, suggestions: ['Add a measure.', cut], issues: ['measure', 'too-long'] }));
    expect(text).toContain('It runs about 2 min 30 s spoken, past the 1-2 minutes');
    expect(text).toContain(cut);
  });

  it('says an answer within the target is not too long, and points to the first fix instead', () => {
    const text = lengthAnswer(feedback({ seconds: 70, suggestions: ['You wrote "it went well": add how much.'] }));
    expect(text).toContain('It runs about 70 s spoken, within the 1-2 minutes');
    expect(text).toContain('not too long');
    expect(text).toContain('You wrote "it went well": add how much.');
  });

  it('answers only at interview practice with a scored answer; anything else goes on', () => {
    const answered = withPracticeLength(() => ({ text: 'other', answered: false }));
    const q = (flow: string, answers: Record<string, unknown>): OffScriptQuestion => ({ text: 'is it too long?', rest: '', flow, step: 'after', label: '', reask: '', stepsLeft: 0, ctx: { answers } } as unknown as OffScriptQuestion);
    const scored = { answer: { kind: 'scored', feedback: feedback({ seconds: 80 }) } };
    expect(answered(q('interview-practice', scored)).text).toContain('80 s spoken');
    expect(answered(q('credential-pick', scored)).text).toBe('other');
    expect(answered(q('interview-practice', {})).text).toBe('other');
  });
});
