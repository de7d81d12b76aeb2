import { describe, expect, it } from 'vitest';
import { DIGEST_WIDTH, appendDigest, eventDigest, hasDigest } from '../src/engine/event-digest.js';

describe('event digests', () => {
  it('are fixed-width, stable and different for different ids', () => {
    const ids = ['Ev0123ABC', '1180000000000000001', 'a'.repeat(256), '', '😀', 'Ø3DÞ00'];
    const digests = ids.map(eventDigest);
    for (const d of digests) expect(d).toHaveLength(DIGEST_WIDTH);
    expect(new Set(digests).size).toBe(ids.length);
    expect(eventDigest('Ev0123ABC')).toBe(digests[0]);
  });

  it('are found only at a digest boundary', () => {
    const a = eventDigest('a');
    const b = eventDigest('b');
    const joined = a + b;
    expect(hasDigest(joined, a)).toBe(true);
    expect(hasDigest(joined, b)).toBe(true);
    expect(hasDigest(joined, joined.slice(3, 3 + DIGEST_WIDTH))).toBe(false);
  });

  it('keep only the most recent ones', () => {
    let joined = '';
    for (const id of ['1', '2', '3', '4']) joined = appendDigest(joined, eventDigest(id), 3);
    expect(hasDigest(joined, eventDigest('1'))).toBe(false);
    expect(['2', '3', '4'].every((id) => hasDigest(joined, eventDigest(id)))).toBe(true);
  });
});
