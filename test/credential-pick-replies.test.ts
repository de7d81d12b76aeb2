import { beforeAll, describe, expect, it } from 'vitest';
import type { CredentialCatalog } from '../src/data/load-credentials.js';
import type { Catalog } from '../src/data/load-data.js';
import type { CredentialIndex } from '../src/credentials/credential-index.js';
import { recommend } from '../src/credentials/recommend.js';
import { pickLine } from '../flows/credential-pick-replies.js';
import { realCredentialWorld } from './support/catalog.js';

const today = new Date('2026-09-01T00:00:00Z');
let catalog: Catalog;
let credentials: CredentialCatalog;
let index: CredentialIndex;

beforeAll(async () => {
  ({ catalog, credentials, index } = await realCredentialWorld());
});

/** The picks for someone moving into IT support on a $0 budget: every paid pick is over it. */
function picks() {
  const role = catalog.roles.byId.get('it-support');
  if (!role) throw new Error('no it-support role');
  const gaps = [...role.skills].slice(0, 5).map((s) => ({ skill: s.skill, share: 0.5 }));
  return recommend({ credentials: credentials.credentials, index, role, gaps, situation: { hoursPerWeek: 6, budgetUsd: 0, today }, picks: 5, tuition: credentials.degreeTuition }).picks;
}

describe('pickLine tones', () => {
  it('says good news on its own line and cautions under "Watch out", by the tone of each note', () => {
    const pick = picks()[0];
    if (!pick) throw new Error('no pick');
    const line = pickLine({ ...pick, flags: [], goodNews: [] }, index, [
      { text: 'it expires after 3 years' },
      { text: 'your employer may pay for it', tone: 'good-news' },
    ], 1);
    const lines = line.split('\n');
    expect(lines).toContain('   Watch out: It expires after 3 years.');
    expect(lines).toContain('   Good to know: Your employer may pay for it.');
    expect(line).not.toMatch(/Watch out:[^\n]*employer/);
  });

  it('says no "Good to know" line when there is no good news', () => {
    const pick = picks()[0];
    if (!pick) throw new Error('no pick');
    expect(pickLine({ ...pick, goodNews: [] }, index, [{ text: 'it expires after 3 years' }], 1)).not.toContain('Good to know');
  });
});
