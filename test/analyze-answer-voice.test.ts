import { describe, expect, it } from 'vitest';
import { analyzeAnswer, type AnswerAnalysis, type QuestionLike, type StarPart } from '../src/star/analyze-answer.js';
import { voiceOf } from '../src/star/signals.js';

// Who did the work and whether a short or habitual answer tells an event: analyzeAnswer read whole.
const GENERAL: QuestionLike = { competencies: ['teamwork'], invitesCredential: false };
const PARTS: StarPart[] = ['situation', 'task', 'action', 'result'];
const present = (a: AnswerAnalysis): StarPart[] => PARTS.filter((p) => a.parts[p].present);

describe('analyzeAnswer: voice, habits and one-line answers', () => {
  it('reads a habit opened by "usually / normally" as a False STAR with no parts, even with a place in it', () => {
    for (const text of [
      'Usually when it gets busy at the café I write a list and do the orders first. I also step outside for five minutes. That keeps me calm.',
      'Normally on a busy shift at the depot I sort the urgent parcels first. Most of the time it works.',
    ]) {
      const a = analyzeAnswer(text, GENERAL);
      expect(a).toMatchObject({ hypothetical: true, falseStar: 'habit' });
      expect(present(a)).toEqual([]);
    }
  });

  it('asks for "I" in a "we" step, not in the team\'s state that sets the scene', () => {
    const a = analyzeAnswer('we had a payroll error before month end and i fixed it, we reran everything', GENERAL);
    const voice = a.suggestions.find((s) => s.includes('say what you did yourself'));
    expect(voice).toBe('You wrote "we reran everything": say what you did yourself: "I reran everything and I ..."');
  });

  it('reads a one-line "we" answer finished in a measured time as a step and a measured result', () => {
    const a = analyzeAnswer('We shared out the returns between the three of us and cleared them in under two hours.', GENERAL);
    expect(present(a)).toEqual(['action', 'result']);
    expect(a.hasMetric).toBe(true);
    expect(voiceOf(a.firstPersonRatio)).toBe('we');
  });

  it('keeps "ourselves" inside the candidate\'s own step, bullet steps and a joint subject in the voice', () => {
    // "started doing the repairs ourselves" is the writer's step: no one else is said to act.
    const own = analyzeAnswer('I priced every job, and started doing the repairs ourselves instead of calling a plumber. Costs fell by a third.', GENERAL);
    expect(voiceOf(own.firstPersonRatio)).toBe('i');
    const bullets = analyzeAnswer('- Situation: two of the six vans broke down.\n- Action: re-planned the drops, briefed the drivers.\n- Result: all deliveries made by 6pm.', GENERAL);
    expect(voiceOf(bullets.firstPersonRatio)).toBe('i');
    // "The supervisor and I rebuilt" is done together: with "I also trained", the answer is mixed.
    const joint = analyzeAnswer('The supervisor and I rebuilt the rota together. I also trained two new starters. We cut overtime by 20%.', GENERAL);
    expect(voiceOf(joint.firstPersonRatio)).toBe('mixed');
  });
});
