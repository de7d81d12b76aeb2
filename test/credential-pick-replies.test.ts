import { beforeAll, describe, expect, it } from 'vitest';
import type { CredentialCatalog } from '../src/data/load-credentials.js';
import type { Catalog } from '../src/data/load-data.js';
import type { CredentialIndex } from '../src/credentials/credential-index.js';
import { recommend } from '../src/credentials/recommend.js';
import { pickLine, stackText } from '../flows/credential-pick-replies.js';
import { realCredentialWorld } from './support/catalog.js';

const today = new Date('2026-09-01T00:00:00Z');
let catalog: Catalog;
let credentials: CredentialCatalog;
let index: CredentialIndex;

beforeAll(async () => {
  ({ catalog, credentials, index } = await realCredentialWorld());
});

/** The picks for someone moving into IT support on a $0 budget: every paid pick is over it. */
function advice() {
  const role = catalog.roles.byId.get('it-support');
  if (!role) throw new Error('no it-support role');
  const gaps = [...role.skills].slice(0, 5).map((s) => ({ skill: s.skill, share: 0.5 }));
  return recommend({ credentials: credentials.credentials, index, role, gaps, situation: { hoursPerWeek: 6, budgetUsd: 0, today }, picks: 5, tuition: credentials.degreeTuition });
}
const picks = () => advice().picks;

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

describe('a pick or path covering none of the gaps, said as the postings ask for it', () => {
  type Terms = { asks?: 'required' | 'preferred'; withinMonths?: number }[];
  const asked = (id: string, postings?: Terms) => ({ id, share: 1, ...(postings ? { postings } : {}) });

  it('says a pick is there because the postings ask for it only where one requires it', () => {
    const pick = picks()[0];
    if (!pick) throw new Error('no pick');
    const none = { ...pick, coverage: { ...pick.coverage, covered: [] } };
    const line = (postings?: Terms) => pickLine(none, index, [], 1, 6, asked(pick.credential.id, postings));
    expect(line([{ asks: 'required' }])).toContain('Covers none of your gaps: it is here because your postings ask for it by name.');
    expect(line([{ asks: 'preferred' }])).toContain('Covers none of your gaps: it is here because your postings prefer it.');
    // The share alone does not say how they ask: they name it.
    expect(line()).toContain('Covers none of your gaps: it is here because your postings name it.');
    expect(pickLine(none, index, [], 1)).toContain('it is here because your postings name it.');
  });

  it('says a path is what the postings prefer, not what they ask for, when they only prefer it', () => {
    const rec = advice();
    const members = rec.stack.members.map((m) => m.credential.id);
    expect(members.length).toBeGreaterThan(0);
    const none = { ...rec, stack: { ...rec.stack, coverage: { ...rec.stack.coverage, covered: [] } } };
    const said = (postings: Terms) => stackText(none, index, {}, 6, members.map((id) => asked(id, postings)));
    expect(said([{ asks: 'preferred' }])).toContain('It is what your postings prefer, not a skill you lack.');
    expect(said([{ asks: 'required' }])).toContain('It is what your postings ask for by name, not a skill you lack.');
  });
});
