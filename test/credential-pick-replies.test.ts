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

describe('a free route and a role the catalog makes nothing for', () => {
  it('says a free route is free to study and there for the credential it leads to, not because the postings name it', () => {
    const pick = picks()[0];
    if (!pick) throw new Error('no pick');
    const none = { ...pick, fitsBudget: false, cost: { ...pick.cost, expectedCents: 29_400 }, coverage: { ...pick.coverage, covered: [] } };
    const line = pickLine(none, index, [{ text: 'it leads to CompTIA A+', tone: 'good-news', leadsTo: 'CompTIA A+' }], 1, 10);
    expect(line).toContain('free to study, $294 in all to certify later');
    expect(line).toContain('Covers none of your gaps: it is here as the free way to study towards CompTIA A+.');
    expect(line).not.toContain('your postings');
    // The same pick with no route is said by its price.
    expect(pickLine(none, index, [], 1, 10)).toContain('$294 in all');
  });

  it('heads the path as the closest, not as recommended, when the catalog has no credential made for the role', () => {
    const rec = advice();
    expect(stackText(rec, index)).toContain('Recommended path: ');
    const closest = stackText({ ...rec, noneForRole: true, borrowed: true }, index);
    expect(closest).toContain('My catalog has no credential made for this role, so the picks above are the closest, made for other roles');
    expect(closest).toContain('Closest path: ');
    expect(closest).not.toContain('Recommended path');
    expect(closest).not.toContain('Nothing made for this role is left to recommend');
  });
});

describe('near the finish, with no credential offered for what is left', () => {
  /** Paul: a medical-device rep close to sales engineering, his top gaps from his postings. */
  function paul() {
    const role = catalog.roles.byId.get('sales-engineer');
    if (!role) throw new Error('no sales-engineer role');
    const gaps = ['rest-api', 'healthcare-interoperability', 'sql'].map((skill) => ({ skill, share: 0.5 }));
    return recommend({ credentials: credentials.credentials, index, role, gaps, gapsSource: 'postings', person: { verdict: 'close' }, situation: { hoursPerWeek: 4, budgetUsd: 500, today } });
  }

  it('says "close" as the gap report does, never that he brings much of what the postings ask', () => {
    const rec = paul();
    expect(rec.topGapsUnclosed?.length).toBe(3);
    const text = stackText(rec, index, { verdict: 'close' });
    expect(text).toMatch(/^You are close, as your gap report says, and a credential would add little now\./);
    expect(text).not.toMatch(/much of what|nearly ready/);
  });

  it('says which gaps a credential in the catalog does teach, and which none does, never "none teaches" of all of them', () => {
    const text = stackText(paul(), index, { verdict: 'close' });
    // SQL is taught by credentials made for data analysts; healthcare interoperability by none.
    expect(text).toMatch(/Some credentials in my catalog do teach [^.:]*SQL[^.:]*, but this close, a portfolio piece that uses them shows an employer more than a certificate would: ask me about one by name if you want a certificate for them anyway\./);
    expect(text).toContain('None in my catalog teaches Healthcare interoperability (HL7, FHIR).');
    expect(text).not.toContain('None in my catalog teaches what is left');
    expect(text).toContain('Put your time into a portfolio piece that uses REST APIs, Healthcare interoperability (HL7, FHIR) and SQL');
  });
});
