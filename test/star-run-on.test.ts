import { describe, expect, it } from 'vitest';
import { splitRunOn } from '../src/star/run-on.js';

describe('splitRunOn', () => {
  it('cuts a lowercase chat run where a new subject starts a new event', () => {
    expect(splitRunOn('the printer jammed on the last day of term and the reports were due at four i took the trays out cleaned the rollers then i rang the supplier he came out the same day')).toEqual([
      'the printer jammed on the last day of term and the reports were due at four',
      'i took the trays out cleaned the rollers',
      'then i rang the supplier',
      'he came out the same day',
    ]);
    // A subject named by its noun, and a group counted ("all 12 of them").
    expect(splitRunOn('we were two cooks down on a friday night and the tickets kept coming my boss asked who could stay late i stayed till close all 12 of them got their food')).toEqual([
      'we were two cooks down on a friday night and the tickets kept coming',
      'my boss asked who could stay late',
      'i stayed till close',
      'all 12 of them got their food',
    ]);
  });

  it('keeps a subject tied to the clause before it, and leaves punctuated or short text whole', () => {
    // "when i", "said she", "before they": the subject belongs to the clause it is in.
    expect(splitRunOn('it was busy when i started and the manager said she wanted the shelves full before they opened the doors at nine')).toHaveLength(1);
    expect(splitRunOn('i rang him and he came')).toEqual(['i rang him and he came']);
    expect(splitRunOn('The van broke down on the ring road, I rang the depot and they sent another one within the hour')).toHaveLength(1);
  });
});
