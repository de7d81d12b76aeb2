import { beforeAll, describe, expect, it } from 'vitest';
import { findUnsaidHours } from '../src/data/check.js';
import { loadCredentials, type CredentialCatalog } from '../src/data/load-credentials.js';
import { realCatalog } from './support/catalog.js';

/** data:check requires the words the person reads about study hours (hours.says), labelled as an estimate when they are one. */
let credentials: CredentialCatalog;
beforeAll(async () => {
  const catalog = await realCatalog();
  credentials = await loadCredentials(catalog.skills, catalog.roles);
});

describe('hours.says in data:check', () => {
  it('passes the catalog, and reports hours without words, an estimate not called one, and brackets', () => {
    expect(findUnsaidHours(credentials)).toEqual([]);
    const [first, second, third] = credentials.credentials as [(typeof credentials.credentials)[number], (typeof credentials.credentials)[number], (typeof credentials.credentials)[number]];
    const withHours = (c: typeof first, says: string | undefined, kind: 'provider' | 'estimate') => ({ ...c, hours: { ...c.hours!, kind, says } });
    const broken = {
      ...credentials,
      credentials: [withHours(first, undefined, 'provider'), withHours(second, 'from prep guides that give 2 to 4 weeks', 'estimate'), withHours(third, "the provider's own figure (row 3)", 'provider')],
    };
    expect(findUnsaidHours(broken).map((issue) => [issue.entry, issue.problem.split(',')[0]])).toEqual([
      [`credentials[0] (id "${first.id}")`, 'is missing'],
      [`credentials[1] (id "${second.id}")`, 'does not say "estimate"'],
      [`credentials[2] (id "${third.id}")`, 'has brackets'],
    ]);
  });
});
