import { describe, expect, it } from 'vitest';
import { plain, renderPlain } from '../src/render-plain.js';

describe('renderPlain', () => {
  it('numbers choices so they can be answered by number', () => {
    expect(renderPlain({ kind: 'question', stepId: 's', text: 'Which *role*?', choices: [{ id: 'a', label: 'Data analyst' }, { id: 'b', label: 'UX designer' }] })).toEqual([
      'Which role?',
      '  1) Data analyst',
      '  2) UX designer',
    ]);
  });

  it('says how to end long text', () => {
    expect(renderPlain({ kind: 'long-text', stepId: 's', text: 'Paste a posting.', fields: [{ id: 'text', label: 'Posting' }] })[1]).toContain('a line with just a "."');
  });

  it('draws a chart as aligned rows scaled to the largest value', () => {
    expect(renderPlain({ kind: 'chart', title: 'Demand', unit: '%', rows: [{ label: 'SQL', value: 80 }, { label: 'Python', value: 40 }] })).toEqual([
      'Demand',
      `  SQL     ${'█'.repeat(24)} 80%`,
      `  Python  ${'█'.repeat(12)}${'·'.repeat(12)} 40%`,
    ]);
  });

  it('shows progress and cards as plain lines', () => {
    expect(renderPlain({ kind: 'progress', label: 'Plan', step: 3, of: 7 })).toEqual(['[Plan · step 3 of 7]']);
    expect(renderPlain({ kind: 'card', title: 'Where we are', fields: [{ label: 'Role', value: 'Nurse' }] })).toEqual(['== Where we are ==', '  Role: Nurse']);
  });

  it('drops light markdown markers but keeps words with underscores or inner asterisks', () => {
    expect(plain('*Plan* is _ready_, see snake_case_name')).toBe('Plan is ready, see snake_case_name');
    expect(plain('_Data from O*NET 29.2. O*NET® is a trademark._')).toBe('Data from O*NET 29.2. O*NET® is a trademark.');
  });
});
