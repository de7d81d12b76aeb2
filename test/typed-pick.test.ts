import { beforeAll, describe, expect, it } from 'vitest';
import { credentialFinder, type CredentialFinder } from '../flows/named-credentials.js';
import { besidePicks, typedPick } from '../flows/typed-pick.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import type { PostingNamed } from '../src/credentials/recommend.js';
import type { ScoredCredential } from '../src/credentials/score-credential.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';

let data: CoachData;
let finder: CredentialFinder;
let ccp: CatalogCredential;
let secPlus: CatalogCredential;
beforeAll(async () => {
  data = await loadCoachData();
  finder = credentialFinder(data.credentials.credentials);
  const byId = (id: string) => {
    const found = data.credentials.byId.get(id);
    if (!found) throw new Error(`the catalog has ${id}`);
    return found;
  };
  ccp = byId('aws-cloud-practitioner');
  secPlus = byId('comptia-security-plus');
});

describe('choosing an offered credential by its name as people say it', () => {
  it.each(['AWS Cloud Practitioner', 'aws cloud practitioner please', "I'll take the AWS Cloud Practitioner", 'aws cp', 'Cloud Practitioner'])('%j chooses it', (said) => {
    expect(typedPick(said, [ccp, secPlus], finder)).toBe('aws-cloud-practitioner');
  });

  it.each([
    // Questions and offers to talk about it are asked, not chosen.
    'is AWS Cloud Practitioner worth it?',
    'how long is the AWS Cloud Practitioner',
    'what about AWS Cloud Practitioner',
    // More than a name: the person is saying something else.
    'AWS Cloud Practitioner costs too much for me right now',
    'not the AWS Cloud Practitioner',
  ])('%j does not', (said) => {
    expect(typedPick(said, [ccp, secPlus], finder)).toBeUndefined();
  });

  it('chooses only among what is offered on screen', () => {
    expect(typedPick('AWS Cloud Practitioner', [secPlus], finder)).toBeUndefined();
    expect(typedPick('Security+', [ccp, secPlus], finder)).toBe('comptia-security-plus');
  });
});

describe('choosing the one offered credential of a provider, "the google one"', () => {
  const id = (x: string) => data.credentials.byId.get(x) as CatalogCredential;

  it.each(['ok i choose the google one 🙂', 'the Google one please', "I'll go with the google certificate", 'google'])('%j chooses the only Google credential offered', (said) => {
    expect(typedPick(said, [id('google-ux-design'), secPlus], finder)).toBe('google-ux-design');
  });

  it('"the aws one" chooses the only AWS credential offered', () => {
    expect(typedPick('lets do the aws one', [ccp, secPlus], finder)).toBe('aws-cloud-practitioner');
  });

  it.each([
    // Two of Google's on screen: which one is not said.
    ['the google one', ['google-ux-design', 'google-data-analytics']],
    // None of Google's on screen.
    ['the google one', ['comptia-security-plus', 'aws-cloud-practitioner']],
    // A question or more than a choice.
    ['is the google one worth it?', ['google-ux-design', 'comptia-security-plus']],
    ['the google one is too expensive for me', ['google-ux-design', 'comptia-security-plus']],
  ])('%j with %j chooses nothing', (said, offered) => {
    expect(typedPick(said, offered.map(id), finder)).toBeUndefined();
  });
});

describe('the options beside the picks', () => {
  const scored = (credential: CatalogCredential) => ({ credential }) as unknown as ScoredCredential;
  const named = (credential: CatalogCredential, pick = true): PostingNamed => ({ id: credential.id, name: credential.name, asked: { id: credential.id, share: 1 }, ...(pick ? { pick: scored(credential) } : {}) });

  it('are what the postings name that the catalog carries and the picks do not hold', () => {
    expect(besidePicks({ picks: [], postingsName: [named(ccp)] }).map((p) => p.credential.id)).toEqual(['aws-cloud-practitioner']);
    // Already a pick: chosen there, not twice.
    expect(besidePicks({ picks: [scored(ccp)], postingsName: [named(ccp)] })).toEqual([]);
    // Not carried (no figures): said with where to check, nothing to plan.
    expect(besidePicks({ picks: [], postingsName: [named(secPlus, false)] })).toEqual([]);
  });
});
