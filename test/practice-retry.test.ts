import { describe, expect, it } from 'vitest';
import { feedbackOf, type Feedback } from '../flows/interview-practice-replies.js';
import { whatChanged } from '../flows/practice-retry.js';
import { analyzeAnswer, type QuestionLike } from '../src/star/analyze-answer.js';

const STORY: QuestionLike = { competencies: ['teamwork'], invitesCredential: false };
const WHY: QuestionLike = { competencies: ['why-career-change'], invitesCredential: false, kind: 'motivation' };
const tried = (text: string, question: QuestionLike): Feedback => feedbackOf(analyzeAnswer(text, question), text);

describe('whatChanged', () => {
  it('says what a story retry gained, quoting it, then the part scores that moved', () => {
    const before = tried('We had a rush and the till froze so we rebooted it.', STORY);
    const now = tried('On a Saturday at 7pm the till froze. I restarted the router and rang the vendor. We were taking payments again in 6 minutes.', STORY);
    const { lines } = whatChanged(now, before);
    expect(lines[0]).toBe('What improved:');
    expect(lines.join('\n')).toContain('Your result is there now, with a number: "We were taking payments again in 6 minutes".');
    expect(lines.at(-1)).toMatch(/^Part scores: .*Result 0 → \d/);
  });

  it('compares a motivation retry by what it says about the move, with no part scores', () => {
    const before = tried('I am doing a course in the evenings.', WHY);
    const now = tried('I want to move into data work because I love finding patterns. After ten years in logistics I am ready, and I already build the weekly reports.', WHY);
    const { lines } = whatChanged(now, before);
    const said = lines.join('\n');
    expect(said).toContain('You say why you want this work now: "I want to move into data work because I love finding patterns".');
    expect(said).toMatch(/You say why now: /);
    expect(said).not.toMatch(/Part scores|Situation|Action|Result|Task/);
  });
});
