import { describe, expect, it } from 'vitest';
import { analyzeAnswer, type QuestionLike } from '../src/star/analyze-answer.js';
import { quote } from '../src/star/feedback.js';

const GENERAL: QuestionLike = { competencies: ['teamwork'], invitesCredential: false };

describe('feedback', () => {
  it('quotes at most 12 words or 90 characters, without closing punctuation', () => {
    expect(quote('we fixed the report.')).toBe('"we fixed the report"');
    expect(quote('one two three four five six seven eight nine ten eleven twelve thirteen')).toBe('"one two three four five six seven eight nine ten eleven twelve..."');
    expect(quote('y'.repeat(200))).toBe(`"${'y'.repeat(90)}..."`);
  });

  it('puts a missing Result before filler words', () => {
    const a = analyzeAnswer(
      'In 2022, at my last job, um, basically my goal was to, like, kind of fix the rota, I guess. So I, um, sort of rebuilt the rota in Excel, you know, and I basically trained the team on it, like, over two weeks, and I think I, um, checked it every Friday, honestly.',
      GENERAL,
    );
    expect(a.suggestions[0]).toMatch(/^You end on "and I think I, um, checked it every Friday, honestly": say what changed/);
    expect(a.suggestions[2]).toBe(
      'You wrote "at my last job, um, basically my goal was to, like, kind...": drop the fillers (um, basically, like); "at my last job my goal was to fix the rota" sounds surer.',
    );
  });

  it('charges more for an answer far past two minutes than for one just past it', () => {
    const sentence = 'In 2021 at my last job I rebuilt the rota and as a result the wait fell from 5 days to 2. ';
    const slightly = analyzeAnswer(sentence.repeat(20), GENERAL);
    const far = analyzeAnswer(sentence.repeat(80), GENERAL);
    expect(slightly.speakingSeconds).toBeGreaterThan(150);
    expect(far.score).toBeLessThan(slightly.score);
  });

  it('asks the follow-up an interviewer would ask about the biggest gap', () => {
    expect(analyzeAnswer('I would call the client.', GENERAL).followUp).toMatch(/one specific time/);
    expect(analyzeAnswer('In 2022 our shop had no stock system.', GENERAL).followUp).toBe('What did you do yourself, step by step?');
    expect(analyzeAnswer('I built a stock sheet. As a result stock-outs fell by 30%.', { ...GENERAL, followUps: ['Who used it?'] }).followUp).toBe('Who used it?');
  });
});
