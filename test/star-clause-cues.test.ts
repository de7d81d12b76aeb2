import { describe, expect, it } from 'vitest';
import { readCues, verbs } from '../src/star/clause-cues.js';
import { I_ACTION } from '../src/star/cues.js';
import { segment } from '../src/star/segment.js';

const cues = (text: string) => {
  const [clause] = segment(text).clauses;
  if (!clause) throw new Error(`no clause in ${text}`);
  return readCues(clause);
};

describe('readCues', () => {
  it('reads a clock time, a weekday and a part of the working day as when it happened', () => {
    for (const text of ['The POS froze at 7pm on a Saturday.', 'It broke last Tuesday.', 'The fridge failed at half past six.', 'It stopped during lunch service.']) {
      expect(cues(text).timeAnchored, text).toBe(true);
    }
    // A habit's day ("on Saturdays") and a length of time are no date.
    expect(cues('We close early on Saturdays.').timeAnchored).toBe(false);
    expect(cues('It took 7 hours.').timeAnchored).toBe(false);
  });

  it('reads what the candidate noticed or was told as the scene, and "saw" with no event as no scene', () => {
    expect(cues('I noticed the POS froze.')).toMatchObject({ context: true, iActions: [] });
    expect(cues('I was told the van had not come.').context).toBe(true);
    expect(cues('I saw the printer jam.').context).toBe(true);
    expect(cues('I saw each of them on their own.').context).toBe(false);
  });

  it('finds the steps with their subject, and only real steps', () => {
    expect(cues('I restarted the router and called the vendor.').iActions).toEqual(['restarted', 'called']);
    expect(cues('We rebooted it.').weActions).toEqual(['rebooted']);
    expect(verbs('I noticed it and I fixed it', I_ACTION)).toEqual(['fixed']);
  });
});
