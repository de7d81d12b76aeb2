import { describe, expect, it } from 'vitest';
import { contentStems, stem } from '../src/engine/read/content-words.js';

describe('content words', () => {
  it('cuts the forms of a word to one stem, spelling variants included', () => {
    for (const group of [
      ['improve', 'improved', 'improves', 'improvement', 'improving'],
      ['deadline', 'deadlines'],
      ['miss', 'missed', 'misses'],
      ['process', 'processes'],
      ['practice', 'practise', 'practices'],
      ['prioritize', 'prioritise'],
      ['automated', 'automation'],
      ['map', 'mapped', 'mapping'],
    ]) {
      expect(new Set(group.map(stem)).size, group.join(' ')).toBe(1);
    }
    // Short words and words ending in -ss, -us or -is keep their letters.
    expect(stem('need')).toBe('need');
    expect(stem('status')).toBe('status');
    expect(stem('analysis')).toBe('analysis');
  });

  it("keeps the words that carry a request's subject, each once, and leaves politeness and question words out", () => {
    expect(contentStems('a question about improve a process please')).toEqual(['improv', 'process']);
    expect(contentStems('Tell me about a time you missed a deadline or a goal.')).toEqual(['miss', 'deadlin', 'goal']);
    expect(contentStems('deadlines, like when something misses a deadline')).toEqual(['deadlin', 'miss']);
    expect(contentStems('I’d like to start with the gaps')).toEqual(['gap']);
    expect(contentStems('ok, thanks!')).toEqual([]);
  });
});
