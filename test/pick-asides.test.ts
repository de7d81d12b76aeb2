import { beforeAll, describe, expect, it } from 'vitest';
import { asksMostRecognised, asksPayCut, hoursSaid, mostRecognisedAnswer, payCutAnswer } from '../flows/pick-asides.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import type { Asker, CredentialWorld } from '../src/credentials/credential-words.js';
import { rolePay } from '../src/credentials/roi.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';

let data: CoachData;
let world: CredentialWorld;
const byId = (id: string): CatalogCredential => {
  const found = data.credentials.byId.get(id);
  if (!found) throw new Error(`the catalog has ${id}`);
  return found;
};
beforeAll(async () => {
  data = await loadCoachData();
  world = { credentials: data.credentials.credentials, index: data.credentialIndex, roleName: (id) => data.catalog.roles.byId.get(id)?.name };
});

const TODAY = new Date('2026-12-07T09:00:00Z');
const asker = (asked: { id: string; share: number; postings?: { asks: 'required' | 'preferred' }[] }[] = []): Asker => ({
  role: { id: 'sales-engineer', name: 'Sales engineer' },
  gaps: [],
  held: [],
  hoursPerWeek: 6,
  today: TODAY,
  person: { held: [], asked },
});

describe('a pay-cut question', () => {
  it.each(['Will I have to take a pay cut?', 'would I earn less?', 'am I going to take a hit on salary', 'will I lose money switching?', 'is there a pay cut'])('%j asks it', (text) => {
    expect(asksPayCut(text)).toBe(true);
  });
  it.each(['what does a sales engineer earn?', 'how much does the exam cost?', 'can I cut the hours?'])('%j does not', (text) => {
    expect(asksPayCut(text)).toBe(false);
  });

  it('is answered from the role\'s entry pay against the pay the pick was given', () => {
    const role = data.catalog.roles.byId.get('sales-engineer');
    if (!role) throw new Error('the catalog has sales engineer');
    const pay = rolePay(role);
    expect(pay.known).toBe(true);
    expect(payCutAnswer(pay, 135_000)).toMatch(/^Likely, at first\. An entry-level sales engineer earns about \$[\d,]+ a year.*a year less than you earn now, so the move would likely mean a pay cut at first\./);
    expect(payCutAnswer(pay, { income: 'pension', usd: 30_000 })).toContain('pension, not pay from work');
    expect(payCutAnswer(pay, undefined)).toContain('Tell me what you earn now');
  });
});

describe('"which cert would impress an employer most?"', () => {
  it.each([
    'Which cert would impress a software company most?',
    'which one stands out to hiring managers?',
    'what certification do employers value most',
    'which is the most recognized cert?',
    'which one looks best on a resume?',
    'which looks better on my cv',
    'which one is best for my resume',
    'which one do employers actually care about?',
    'what cert do companies care about most',
  ])('%j asks it', (text) => {
    expect(asksMostRecognised(text)).toBe(true);
  });
  // One credential named and asked about: how employers see that one (credential-answers.ts), not a choice among several.
  it.each(['how long will it take?', 'is it worth it for me?', 'what do sales engineers do?', 'do employers care about the CAPM cert?', 'does the A+ look good on a resume?'])('%j does not', (text) => {
    expect(asksMostRecognised(text)).toBe(false);
  });

  it('names the one the postings name most among those on screen and named, then how employers see it', () => {
    const ccp = byId('aws-cloud-practitioner');
    const admin = byId('salesforce-administrator');
    const said = mostRecognisedAnswer([admin], asker([{ id: 'aws-cloud-practitioner', share: 1, postings: [{ asks: 'preferred' }, { asks: 'preferred' }] }]), world) ?? '';
    expect(said).toMatch(/^The one your own postings name is \*AWS Certified Cloud Practitioner \(CLF-C02\)\*/);
    // The postings' own words, never "I have no count of postings" beside them.
    expect(said).toContain('Both of your postings prefer AWS Certified Cloud Practitioner');
    expect(said).not.toContain("I don't know how often employers ask for it");
    expect(said).toContain(ccp.name);
  });

  it('says no posting names one when none does, and is no answer with nothing on screen or named', () => {
    const admin = byId('salesforce-administrator');
    expect(mostRecognisedAnswer([admin], asker(), world)).toMatch(/^None of your postings names a credential, so I can't say which one a given employer rates most; here is how \*Salesforce Certified Administrator\* is seen\./);
    expect(mostRecognisedAnswer([], asker(), world)).toBeUndefined();
  });
});

describe('hours a week said in a question', () => {
  it.each([
    ['How long will it take at 6 hours a week?', 6],
    ['how long with 10 hrs per week', 10],
    ['at 7.5 hours/week?', 7.5],
    ['how long is it at 12 h a week', 12],
  ] as const)('%j is %d', (text, hours) => {
    expect(hoursSaid(text)).toBe(hours);
  });
  it.each(['how long will it take me?', 'how many hours a week?', 'at 0 hours a week', 'at 99 hours a week'])('%j is none', (text) => {
    expect(hoursSaid(text)).toBeUndefined();
  });
});
