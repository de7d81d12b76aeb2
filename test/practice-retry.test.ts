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

  it('says a vague result became one that says what changed, never that the result "is there now"; a scene after a real time is no news', () => {
    const before = tried('Last spring at the library we had a queue at the self-checkout. We showed people how to use it, and the manager was happy in the end.', STORY);
    const now = tried(
      'Last spring at the library the self-checkout queue ran out of the door every Saturday. I stood by the machines for two weekends, I showed each borrower the three steps and I taped a picture guide to each screen. By May the Saturday queue went from about twenty people to four.',
      STORY,
    );
    const said = whatChanged(now, before).lines.join('\n');
    expect(said).toContain('You say what changed now, with a number: ');
    expect(said).not.toContain('Your result is there now');
    expect(said).not.toContain('You set the scene now');
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

  it('says a retry that ends on a fix shown to others now ends with what is done differently, not with what was learned', () => {
    const FAILURE: QuestionLike = { competencies: ['failure'], invitesCredential: false };
    const story = 'In May I mislabelled a pallet at the depot. I needed to fix it before the van left. I found it, relabelled it and told the driver. It went out on time';
    const before = tried(`${story}.`, FAILURE);
    const said = whatChanged(tried(`${story}, and I showed the new starters how to scan each label twice.`, FAILURE), before).lines.join('\n');
    expect(said).toContain('You now end with what is done differently since: "I showed the new starters how to scan each label twice".');
    expect(said).not.toContain('You say what you learned now');
    // A lesson said as one is still what was learned.
    const learned = whatChanged(tried(`${story}. I learned to scan every label twice before a van leaves.`, FAILURE), before).lines.join('\n');
    expect(learned).toContain('You say what you learned now');
  });
});
