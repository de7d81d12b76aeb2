import { describe, expect, it } from 'vitest';
import { coveredNote, pastByStanding, pastByWork, skipSentence } from '../src/credentials/covered-start.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { scoreCredential } from '../src/credentials/score-credential.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';

const course = credential('course', { name: 'Course', level: 'entry-certificate', skills: ['sql'], costs: [line('subscription', 49, { per: 'month' })], hours: { min: 200, max: 200, stated: '200 h', source: 'test', confidence: 'S' }, nextSteps: ['exam'] });
const exam = credential('exam', { name: 'Exam', skills: ['stats'] });
const schooled = credential('schooled', { name: 'Schooled', skills: ['stats'], prerequisites: ['A diploma and 23 hours of SQL education.'] });
const index = buildCredentialIndex([course, exam, schooled], skills({ sql: {}, stats: {} }));
const score = (c: typeof course) => scoreCredential(c, { index, role: role(), gaps: [], situation: { hoursPerWeek: 8, today: TODAY } });

describe('a beginner\'s course the path starts above', () => {
  it('is said as covered by their work', () => {
    const past = pastByWork('12 years as an analyst');
    expect(skipSentence(score(exam), score(course), past)).toBe(' Course is a beginner\'s course your 12 years as an analyst already cover, so you can start here.');
    expect(coveredNote(exam, past)).toBe('It is a beginner\'s course your 12 years as an analyst already cover: Exam comes first.');
  });

  it('is said as one they are past when the gap report calls them close or ready', () => {
    expect(skipSentence(score(exam), score(course), pastByStanding('close'))).toBe(' Course is a beginner\'s course you are past now that you are close to ready, so you can start here.');
    expect(coveredNote(exam, pastByStanding('ready'))).toBe('It is a beginner\'s course you are past now that you are ready to apply: Exam comes first.');
  });

  it('is one way to the education hours a rung asks for, a long one for them', () => {
    expect(skipSentence(score(schooled), score(course), pastByStanding('close'))).toBe(
      ' It asks for 23 hours of SQL education first, which a short course gives you (its time counts them); Course is one way to get them, but a long one (about 25 weeks) for someone close to ready.',
    );
  });
});
