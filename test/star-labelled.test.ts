import { describe, expect, it } from 'vitest';
import { evaluate, loadLabelledSet, SET_NAMES, STAR_PARTS } from './fixtures/star-labelled/labelled-set.js';

/**
 * The floor for the STAR reader on the hand-labelled answers (test/fixtures/star-labelled): on
 * every set, each part's presence right on at least 90% of answers and all four right on at
 * least 85%. `npm run bench:star` prints the figures and the misses.
 */
const PART_FLOOR = 0.9;
const ALL_FOUR_FLOOR = 0.85;

describe('the STAR reader on hand-labelled answers', () => {
  it('has at least 45 tuning answers and 15 held-out answers, each id used once across the sets', () => {
    const sets = SET_NAMES.map((name) => loadLabelledSet(name));
    const [tune, ...heldOut] = sets;
    expect(tune?.length).toBeGreaterThanOrEqual(45);
    for (const set of heldOut) expect(set.length).toBeGreaterThanOrEqual(15);
    const ids = sets.flat().map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SET_NAMES)('%s: each part at least 90% right, all four right on at least 85%', (name) => {
    const report = evaluate(loadLabelledSet(name));
    const misses = report.misses.filter((m) => (STAR_PARTS as readonly string[]).includes(m.field)).map((m) => `${m.id} ${m.field}`);
    for (const part of STAR_PARTS) expect(report.parts[part].accuracy, `${part}; misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(PART_FLOOR);
    expect(report.allFour, `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(ALL_FOUR_FLOOR);
  });
});
