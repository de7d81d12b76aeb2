import { describe, expect, it } from 'vitest';
import { setBounded } from '../src/engine/bounded-map.js';

describe('setBounded', () => {
  it('keeps at most max entries, dropping the least recently set', () => {
    const map = new Map<string, number>();
    for (const [key, value] of [['a', 1], ['b', 2], ['c', 3]] as const) setBounded(map, key, value, 2);
    expect([...map.entries()]).toEqual([['b', 2], ['c', 3]]);
  });

  it('moves a key set again to the newest place, so it outlives older ones', () => {
    const map = new Map<string, number>([['a', 1], ['b', 2]]);
    setBounded(map, 'a', 10, 2);
    setBounded(map, 'c', 3, 2);
    expect([...map.entries()]).toEqual([['a', 10], ['c', 3]]);
  });
});
