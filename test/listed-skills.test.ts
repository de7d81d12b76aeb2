import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { listedSkills } from '../src/skills/listed-skills.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

const direct = (text: string) => listedSkills(data.extractor, text).filter((m) => !m.inferredFrom).map((m) => m.skill);

describe('listedSkills: what a person lists as their own skills', () => {
  it.each([
    ['windows, excel', ['windows', 'excel']],
    ['excel; power bi & sql', ['excel', 'power-bi', 'sql']],
    ['Windows and excel', ['windows', 'excel']],
    ['basic excel, customer service', ['excel', 'customer-service']],
  ])('reads the lower-case tool names in %j', (text, skills) => {
    expect(direct(text)).toEqual(expect.arrayContaining(skills));
  });

  it('keeps what the extractor reads as typed, with its level, and never reads a verb inside a sentence as a tool', () => {
    expect(listedSkills(data.extractor, 'some sql, windows').find((m) => m.skill === 'sql')?.level).toBe('basic');
    expect(direct('I excel at customer service')).not.toContain('excel');
  });

  it('finds nothing where nothing is named', () => {
    expect(direct('fixing the tills, scheduling staff')).not.toContain('excel');
    expect(direct('')).toEqual([]);
  });
});
