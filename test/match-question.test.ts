import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/data/load-data.js';
import { loadQuestions, type QuestionBank } from '../src/data/load-questions.js';
import { matchQuestion, questionsNamed } from '../src/star/match-question.js';

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

describe('questionsNamed', () => {
  const named = (typed: string, topic?: string[]) => questionsNamed(typed, bank.questions, topic).map((q) => q.id);

  it('finds the question whose subject the words name, in any form and in second-language phrasing', () => {
    expect(named('a question about improve a process please')).toEqual(['improved-a-process']);
    expect(named('process improvement')).toEqual(['improved-a-process']);
    expect(named('deadlines, like when something misses a deadline')).toEqual(['missed-goal']);
    expect(named('automation of repetitive tasks')).toEqual(['automated-repetitive']);
    expect(named('working with messy data')[0]).toBe('messy-data');
  });

  it('names no question for a topic word alone, or for the words of the topic chosen', () => {
    // "deadline" is in three questions: a topic, not one question.
    expect(named('deadlines')).toEqual([]);
    expect(named('a mistake')).toEqual([]);
    expect(named('something about my career change', ['career change', 'changing careers'])).toEqual([]);
    // A word beyond the topic's own names the question.
    expect(named('deadlines, like when something misses a deadline', ['Priorities and deadlines', 'deadlines'])).toEqual(['missed-goal']);
  });
});
