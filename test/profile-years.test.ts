import { describe, expect, it } from 'vitest';
import { readCareerYears, withCareerYears, yearsOf } from '../flows/profile-years.js';
import { ask } from '../src/engine/flow.js';
import type { FlowContext } from '../src/engine/flow.js';

describe('a working life told in parts', () => {
  it('adds up the parts and keeps the current job apart from the career before it', () => {
    expect(readCareerYears('1 yr at helpdesk, 21 in the army')).toEqual({ total: 22, current: 1, earlier: 21 });
    expect(readCareerYears('21 years army then 1 at the helpdesk now')).toEqual({ total: 22, current: 1, earlier: 21 });
    expect(readCareerYears('about 3 in IT and 15 in retail before that')).toEqual({ total: 18, current: 3, earlier: 15 });
    expect(readCareerYears('2 yrs here, 10 teaching, 4 in the navy')).toEqual({ total: 16, current: 2, earlier: 14 });
  });

  it('does not add a span said inside another: a step up in the same trade, or "of them"', () => {
    expect(readCareerYears('nine years owner, cooking like 18')).toEqual({ total: 18, current: 9, earlier: 9 });
    expect(readCareerYears('18 years cooking, 9 of them as owner')).toEqual({ total: 18, current: 18, earlier: 0 });
    expect(readCareerYears('12 in retail and 5 as store manager')).toEqual({ total: 12, current: 12, earlier: 0 });
    expect(readCareerYears('about 20 nursing, 6 as head of the ward')).toEqual({ total: 20, current: 20, earlier: 0 });
    // Said one after the other, a promotion is still a second span to add.
    expect(readCareerYears('10 years teaching, then 3 as head of department')).toEqual({ total: 13, current: 10, earlier: 3 });
    expect(readCareerYears('3 at head office and 10 in the field')).toEqual({ total: 13, current: 3, earlier: 10 });
  });

  it('leaves a single number, or words without years, to the number step', () => {
    for (const said of ['22', 'about 15 years', 'twenty', 'since 2004', 'a long time']) expect(readCareerYears(said), said).toBeUndefined();
  });
});

describe('the years step', () => {
  const step = withCareerYears(ask.number('years', { label: 'Years', prompt: 'years?', reask: 'a number', min: 0, max: 60, integer: true, unit: 'years' }));
  const ctx = { answers: {} } as unknown as FlowContext;
  const parse = (text: string) => step.parse({ kind: 'text', text }, ctx);

  it('reads a career in parts as its total, and one number as before', () => {
    expect(parse('1 yr at helpdesk, 21 in the army')).toEqual({ ok: true, value: { total: 22, current: 1, earlier: 21 } });
    expect(parse('15')).toEqual({ ok: true, value: 15 });
    expect(step.show({ total: 22, current: 1, earlier: 21 }, ctx)).toBe('22 (1 in your current job, 21 before it)');
  });

  it('keeps the total and its parts in the profile, and a later plain number drops the old parts', () => {
    expect(yearsOf({ total: 22, current: 1, earlier: 21 })).toEqual({ yearsExperience: 22, yearsInCurrentRole: 1, earlierCareerYears: 21 });
    expect(yearsOf(18)).toEqual({ yearsExperience: 18, yearsInCurrentRole: undefined, earlierCareerYears: undefined });
  });
});
