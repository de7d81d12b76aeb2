import { describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import { asksAboutLanguage, languageAnswer, languageFacts } from '../flows/language-answer.js';

const data = await loadCoachData();
const role = (id: string) => {
  const r = data.catalog.roles.byId.get(id);
  if (!r) throw new Error(id);
  return r;
};

describe('a worry about the person\'s English', () => {
  it.each(["english isn't my first language, does that matter for this job?", 'I am a non-native speaker, will employers reject me?', 'my written english is not perfect, is that a problem', 'my accent is strong, could it hold me back'])(
    'is read in "%s"',
    (text) => expect(asksAboutLanguage(text)).toBe(true),
  );
  it.each(['is english the language of the course?', 'do I need to write in english?', 'my english teacher said I should apply', 'what does a technical writer earn?'])(
    'is not read in "%s"',
    (text) => expect(asksAboutLanguage(text)).toBe(false),
  );
});

describe('the answer to it', () => {
  it('says translating into English is paid English, quotes the writing they said, and names samples and a writing test for a writing role', () => {
    const writer = role('technical-writer');
    const facts = languageFacts(
      { currentRole: 'interpreter', currentRoleSaid: 'interpreter and translator, Spanish into English', yearsExperience: 12, skills: [{ skill: 'documentation', evidence: 'translated safety leaflets' }, { skill: 'cooking' }] },
      writer,
    );
    expect(facts.writingSaid).toEqual(['translated safety leaflets']);
    const text = languageAnswer(facts, writer);
    expect(text).toContain('You have translated into English for 12 years as an interpreter');
    expect(text).toContain('"translated safety leaflets"');
    expect(text).toMatch(/samples.*writing test/);
    expect(text).not.toMatch(/\d+%/);
  });

  it('for a role that is not writing, says what decides there: explaining the work clearly', () => {
    const text = languageAnswer({ currentRole: 'nurse', yearsExperience: 8, writingSaid: [] }, role('data-analyst'));
    expect(text).toContain('You have worked in English for 8 years as a nurse');
    expect(text).toContain('explain your work clearly');
    expect(text).not.toContain('writing test');
  });
});
