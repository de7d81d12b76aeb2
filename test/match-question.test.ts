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

  it('finds a bank question by its first sentence, or by nearly its words, as the chat would ask it', () => {
    expect(matchQuestion('Tell me about a time you worked with messy or incomplete data.', bank).id).toBe('messy-data');
    expect(matchQuestion('Tell me about a time you failed', bank).id).toBe('failed');
    expect(matchQuestion('Tell me about a time you worked with mesy or incomplete data', bank).id).toBe('messy-data');
    expect(matchQuestion('Describe a time you helped a teamate who was struggling', bank).id).toBe('helped-struggling-teammate');
  });

  it('keeps a different question a one-off, even when it opens the same way', () => {
    expect(matchQuestion('Tell me about a time you led a team', bank).id).toBe('custom');
    expect(matchQuestion('Tell me about a time', bank).id).toBe('custom');
  });
});
