import { beforeAll, describe, expect, it } from 'vitest';
import { credentialFinder, readCredentialAsk } from '../flows/named-credentials.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { mentionsAge, readCredentialQuestion, readLearnAsk, readSkillAsk } from '../src/credentials/credential-question.js';
import { evaluateQuestions, loadLabelledQuestions } from './fixtures/credential-questions/labelled-set.js';

/** Reading a credential question: its kind, the credentials it names, and the labelled set's floor (npm run bench:questions prints the figures). */

describe('the kind of a credential question', () => {
  it.each([
    ['is the google cert even worth it at my age', 'worth'],
    ['whats cheaper than the A+?', 'cheaper'],
    ['how long wud az900 take me', 'duration'],
    ['do employers actually care about CAPM', 'employers'],
    ['what about tableau instead', 'instead'],
    ['anything free?', 'free'],
    ['quick question: how much is the PMP?', 'cost'],
    ['is there a quicker one?', 'shorter'],
    ['is the exam online?', 'delivery'],
    ['can I take it from home?', 'delivery'],
    ['do i have to go to a test centre', 'delivery'],
    ['where do i take the az-104 exam?', 'delivery'],
    ["what's CAPM?", 'what'],
    ['tell me about the PMP', 'what'],
    ['wat is ecba', 'what'],
    ['wats the ecba', 'what'],
    ['is the aws one or the azure one better for me?', 'vendor'],
    ['which cloud should i learn', 'vendor'],
  ])('%s: %s', (text, kind) => {
    expect(readCredentialQuestion(text)).toBe(kind);
  });

  it('leaves questions about other things alone', () => {
    for (const text of ['what does a data analyst earn?', 'why do you need my salary?', 'what do you mean?', 'can I go back?', "what's the pay like for cloud engineers?", 'what is the difference?'])
      expect(readCredentialQuestion(text)).toBeUndefined();
  });

  it('hears an age worry', () => {
    expect(mentionsAge('is it worth it at my age')).toBe(true);
    expect(mentionsAge("I'm 52, is the A+ worth it?")).toBe(true);
    expect(mentionsAge('is the A+ worth it?')).toBe(false);
  });
});

describe('the credentials a question names', () => {
  let data: CoachData;
  beforeAll(async () => {
    data = await loadCoachData();
  });
  const ids = (text: string, role?: string) => readCredentialAsk(text, credentialFinder(data.credentials.credentials), { role })?.credentials.map((c) => c.id);

  it('reads exam codes and shorthand however they are typed', () => {
    expect(ids('how long wud az900 take me')).toEqual(['microsoft-az-900']);
    expect(ids('how long does AZ 900 take')).toEqual(['microsoft-az-900']);
    expect(ids('is sec+ worth it')).toEqual(['comptia-security-plus']);
    expect(ids('is the a plus worth it')).toEqual(['comptia-a-plus']);
  });

  it('names both of a comparison, and one certificate, not its longer namesake', () => {
    expect(ids('could I do AZ-104 rather than AZ-900?')?.sort()).toEqual(['microsoft-az-104', 'microsoft-az-900']);
    expect(ids('how long does the google data analytics certificate take')).toEqual(['google-data-analytics']);
  });

  it('"the google cert" is the provider\'s first step for the person\'s role, and nothing without a role', () => {
    expect(ids('is the google cert worth it', 'data-analyst')).toEqual(['google-data-analytics']);
    expect(ids('is the google cert worth it')).toBeUndefined();
  });

  it('a provider on one side and a product on the other compare the provider\'s first step with the product\'s, never two of one product', () => {
    expect(ids('google cert vs tableau', 'data-analyst')).toEqual(['google-data-analytics', 'tableau-desktop-specialist']);
    expect(ids('what about google cert vs tableau', 'data-analyst')).toEqual(['google-data-analytics', 'tableau-desktop-specialist']);
    expect(ids('tableau or the pl-300?', 'data-analyst')).toEqual(['tableau-desktop-specialist', 'microsoft-pl-300']);
    // Named in full, both of one vendor are compared; a product alone still names all of its credentials.
    expect(ids('tableau desktop specialist or tableau certified data analyst?')).toEqual(['tableau-desktop-specialist', 'tableau-certified-data-analyst']);
    expect(ids('what about tableau instead')?.sort()).toEqual(['tableau-certified-data-analyst', 'tableau-desktop-specialist']);
    // Online questions stand without a credential named, and "it" is the one under discussion.
    expect(ids('is the exam online?')).toEqual([]);
  });

  it('"anything cheaper?" stands without a credential; "is it worth it?" needs one', () => {
    expect(ids('anything cheaper?')).toEqual([]);
    expect(ids('is it worth it?')).toBeUndefined();
  });

  it('reads the labelled questions at least this well', () => {
    const report = evaluateQuestions(loadLabelledQuestions(), data.credentials.credentials);
    for (const kind of report.byKind) {
      expect(kind.precision, `${kind.kind} precision`).toBeGreaterThanOrEqual(0.9);
      expect(kind.recall, `${kind.kind} recall`).toBeGreaterThanOrEqual(0.85);
    }
    expect(report.kindAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.credentialAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('reads questions it was never tuned on about as well (held-out and blind sets)', () => {
    for (const set of ['heldout', 'blind'] as const) {
      const report = evaluateQuestions(loadLabelledQuestions(set), data.credentials.credentials);
      expect(report.kindAccuracy, `${set} kind`).toBeGreaterThanOrEqual(0.9);
      expect(report.credentialAccuracy, `${set} credentials`).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('a credential asked for by the skill it should teach', () => {
  it.each([
    ['is there anything for sql? the first job wants 2 years sql', 'sql'],
    ['what covers tableau', 'tableau'],
    ['a cert for linux?', 'linux'],
    ['which course teaches power bi', 'power bi'],
    ['any good certs for Excel?', 'excel'],
  ])('%s', (text, said) => {
    expect(readSkillAsk(text)).toBe(said);
  });

  it('is not read in questions about a credential already named or about money and time', () => {
    for (const text of ['is it worth it for me?', 'is there something free?', 'what about tableau instead', 'anything cheaper?', 'how long does the A+ take']) {
      expect(readSkillAsk(text), text).toBeUndefined();
    }
  });
});

describe('the cheapest way to learn a skill, not a cheaper credential', () => {
  it.each([
    ['What is the cheapest way to learn ISO 27001?', 'iso 27001', false],
    ['whats the cheapest way to learn sql', 'sql', false],
    ['cheap way to study itil?', 'itil', false],
    ['how can i learn tableau for free', 'tableau', true],
    ['any free course for power bi?', 'power bi', true],
    ['is there an affordable way to get into cloud security', 'cloud security', false],
    ['best way to learn python on a budget', 'python', false],
  ])('%j names %j', (text, words, free) => expect(readLearnAsk(text)).toEqual({ words, free }));
  it.each(['anything cheaper?', 'is there a cheaper cert than the PMP', 'how much is the PMP', 'is the google cert free?'])('%j asks none', (text) => expect(readLearnAsk(text)).toBeUndefined());
});
