import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/data/load-data.js';
import { loadQuestions, type QuestionBank } from '../src/data/load-questions.js';
import { matchQuestion } from '../src/star/match-question.js';

let bank: QuestionBank;
beforeAll(async () => {
  bank = await loadQuestions((await loadCatalog()).roles);
});

describe('matchQuestion', () => {
  it('finds a bank question by id or by its words, whatever the case and punctuation', () => {
    expect(matchQuestion('failed', bank).id).toBe('failed');
    expect(matchQuestion('  tell me about a time you FAILED what happened and what did you do afterwards ', bank).id).toBe('failed');
  });

  it('reads a one-off question for the credential and for failure', () => {
    expect(matchQuestion('Tell me about your bootcamp project.', bank)).toMatchObject({ id: 'custom', invitesCredential: true, competencies: [] });
    expect(matchQuestion('What was your biggest mistake?', bank)).toMatchObject({ id: 'custom', invitesCredential: false, competencies: ['failure'] });
  });
});
