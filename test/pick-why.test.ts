import { beforeAll, describe, expect, it } from 'vitest';
import { credentialFinder, type CredentialFinder } from '../flows/named-credentials.js';
import { typedWhy } from '../flows/pick-why.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';

/** A why typed at the credential picks, read as the menu's own why for one pick. */
let finder: CredentialFinder;
let picks: CatalogCredential[];
beforeAll(async () => {
  const data = await loadCoachData();
  finder = credentialFinder(data.credentials.credentials);
  picks = ['google-it-support', 'comptia-network-plus', 'comptia-a-plus'].map((id) => {
    const found = data.credentials.byId.get(id);
    if (!found) throw new Error(`no ${id} in the catalog`);
    return found;
  });
});
const read = (text: string, last?: string) => typedWhy(text, picks, last, finder);

describe('a why about one of the numbered picks', () => {
  it.each([
    ['why 1', 'why:google-it-support'],
    ['why? 1', 'why:google-it-support'],
    ['why is 2', 'why:comptia-network-plus'],
    ['why number 2?', 'why:comptia-network-plus'],
    ['Why #3', 'why:comptia-a-plus'],
    ['why the second one', 'why:comptia-network-plus'],
    ['why is the third one there?', 'why:comptia-a-plus'],
    ['why the last one', 'why:comptia-a-plus'],
    ['why 2nd', 'why:comptia-network-plus'],
    ['why network+', 'why:comptia-network-plus'],
    ['why 2 in detail', 'detail:comptia-network-plus'],
  ])('%j is %s', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it('"why?" alone is about the pick last talked about, else the first', () => {
    expect(read('why?')).toBe('why:google-it-support');
    expect(read('why?', 'comptia-a-plus')).toBe('why:comptia-a-plus');
  });

  it('is no pick when the number is not one shown or two are compared', () => {
    expect(read('why 5')).toBeUndefined();
    expect(read('why is 2 above 1')).toBeUndefined();
    expect(read('1')).toBeUndefined();
  });
});
