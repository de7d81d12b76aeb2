import { describe, expect, it } from 'vitest';
import { analyzeAnswer, type QuestionLike } from '../src/star/analyze-answer.js';
import { motivationSummary } from '../src/star/motivation.js';

const WHY: QuestionLike = { competencies: ['why-career-change'], invitesCredential: false, kind: 'motivation', followUps: ['When did you first decide this was more than an idea?'] };
const STORY: QuestionLike = { competencies: ['teamwork'], invitesCredential: false };

const FULL =
  'After 15 years as a chef I want to move into IT support because fixing the tills and the booking system was the part of the job I liked most. ' +
  'My back is shot from the kitchen, and now that my kids are at school I can study in the evenings. ' +
  'Last spring I started the Google IT Support certificate, and I have finished four of its five courses. ' +
  'Running a kitchen, I already deal with stressed people and broken kit at the worst moment, and that is what I would bring to a help desk.';

describe('a motivation answer', () => {
  it('is read for why tech, why now, what carries over and what was done, with no STAR part scored', () => {
    const a = analyzeAnswer(FULL, WHY, { roleName: 'IT support specialist' });
    expect(a.motivation).toEqual({ whyTech: true, whyNow: true, carriesOver: true, done: true });
    for (const part of Object.values(a.parts)) expect(part).toEqual({ present: false, share: 0, score: 0 });
    // Praised for what it says about the move, never for a scene, steps or a measured result.
    const kinds = a.strengths.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['why-tech', 'why-now', 'carries-over', 'done-so-far']));
    expect(kinds).not.toEqual(expect.arrayContaining(['scene']));
    for (const kind of ['scene', 'steps', 'result', 'measured', 'task', 'real-time']) expect(kinds).not.toContain(kind);
    expect(a.suggestions.join('\n')).not.toMatch(/what changed|add how much|Situation|Result/);
  });

  it('asks for what is missing: the reason first, why now after the length', () => {
    const a = analyzeAnswer('I am doing a course in the evenings.', WHY, { roleName: 'data analyst' });
    expect(a.motivation).toEqual({ whyTech: false, whyNow: false, carriesOver: false, done: false });
    expect(a.issues[0]).toBe('reason');
    expect(a.issues).toHaveLength(3);
    const said = analyzeAnswer('I want to move into data work because I love finding patterns. I finished the Google course.', WHY).issues;
    expect(said).toEqual(['role-link', 'too-short', 'why-now']);
  });

  it('says in a sentence what the answer says and what is not there yet', () => {
    expect(motivationSummary({ whyTech: true, whyNow: false, carriesOver: false, done: true })).toBe(
      'Your answer says why you want this work and what you have done about it. Not there yet: why now and what carries over from the work you do now.',
    );
    expect(motivationSummary({ whyTech: true, whyNow: true, carriesOver: true, done: true })).toMatch(/^Your answer says all four things/);
    expect(motivationSummary({ whyTech: false, whyNow: false, carriesOver: false, done: false })).toMatch(/does not say them yet\.$/);
  });

  it('leaves a story question to the STAR reader', () => {
    const a = analyzeAnswer('Last year at the bakery I rebuilt the rota. Complaints fell from 10 a week to 2.', STORY);
    expect(a.motivation).toBeNull();
    expect(a.parts.action.score).toBeGreaterThan(0);
  });
});
