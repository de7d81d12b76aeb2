import { beforeAll, describe, expect, it } from 'vitest';
import { stackText } from '../flows/credential-pick-replies.js';
import { buildCredentialIndex, type CredentialIndex } from '../src/credentials/credential-index.js';
import { recommend, type Recommendation } from '../src/credentials/recommend.js';
import type { Catalog } from '../src/data/load-data.js';
import { loadCredentials } from '../src/data/load-credentials.js';
import { realCatalog } from './support/catalog.js';

/**
 * What the pick says when no credential closes the top gaps, by where the person stands: near the
 * finish (close or ready), gaps that are tools and ways of working, or neither.
 */
let index: CredentialIndex;
let rec: Recommendation;
beforeAll(async () => {
  const catalog: Catalog = await realCatalog();
  const credentials = await loadCredentials(catalog.skills, catalog.roles);
  index = buildCredentialIndex(credentials.credentials, catalog.skills);
  const role = catalog.roles.byId.get('technical-writer');
  if (!role) throw new Error('no technical-writer role');
  // From her postings: a style guide, Markdown and API documentation, which no credential teaches.
  const gaps = ['style-guides', 'markdown', 'api-documentation'].map((skill) => ({ skill, share: 1 }));
  rec = recommend({ credentials: credentials.credentials, index, role, gaps, gapsSource: 'postings', situation: { hoursPerWeek: 5, budgetUsd: 500, today: new Date('2026-12-07T00:00:00Z') } });
});

describe('no credential closes the top gaps', () => {
  it('tells someone close to ready plainly that they are nearly ready and a credential would add little, and where the time goes instead', () => {
    expect(rec.topGapsUnclosed?.length).toBe(3);
    const close = stackText(rec, index, { verdict: 'close', learntByDoing: true });
    expect(close).toMatch(/^You are close, as your gap report says, and a credential would add little now\. None in my catalog teaches what is left, Style guides, Markdown and API documentation/);
    expect(close).toContain('Put your time into a portfolio piece that uses Style guides, Markdown and API documentation, into networking with people who do the job (former colleagues, meetups, informational interviews) and into interview practice.');
    expect(close).not.toContain('No credential in my catalog closes');
    expect(stackText(rec, index, { verdict: 'ready' })).toMatch(/^You are ready to apply: you already bring most of what the role's postings ask for, and a credential would add little\./);
  });

  it('says a credential would add little for tools and ways of working, without calling a real gap nearly ready', () => {
    const tools = stackText(rec, index, { verdict: 'gap', learntByDoing: true });
    expect(tools).toContain('No credential in my catalog closes your top gaps, Style guides, Markdown and API documentation, so there is no path to recommend.');
    expect(tools).toContain('For tools and ways of working like these a credential would add little: the portfolio piece, networking with people who do the job and interview practice are what get you hired.');
    expect(tools).not.toContain('nearly ready');
    // A body of knowledge is not said to be learnt on the job alone.
    expect(stackText(rec, index, { verdict: 'gap', learntByDoing: false })).not.toContain('would add little');
  });
});
