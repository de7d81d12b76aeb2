import { describe, expect, it } from 'vitest';
import { answerCredentialQuestion, type Asker, type CredentialWorld } from '../src/credentials/credential-answers.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { credentialFinder, readCredentialAsk } from '../flows/named-credentials.js';
import { credential, line, skills, TODAY } from './support/credential-fixtures.js';

/**
 * A question comparing two credentials ends in one recommendation for this person, with the
 * reason (foundations first, then what their postings name, their gaps, cost, time), and "is it
 * worth it?" gives one verdict: never "Yes, worth it" beside "aimed at other roles than yours".
 */

const catalogSkills = skills({ networking: {}, troubleshooting: {}, security: {}, hardware: {} });
const names: Record<string, string> = { netadmin: 'Network administrator', security: 'Security analyst' };

const base = credential('base', { name: 'Base Cert', provider: 'Co', skills: ['hardware'], targetRoles: ['netadmin'], nextSteps: ['mid'], costs: [line('exam', 250)] });
const mid = credential('mid', { name: 'Mid Cert', provider: 'Co', skills: ['networking', 'troubleshooting'], targetRoles: ['netadmin'], level: 'associate', nextSteps: ['sec'], costs: [line('exam', 369)] });
const vendor = credential('vend', { name: 'Vendor Net', provider: 'VendorCo', skills: ['networking', 'troubleshooting'], targetRoles: ['netadmin'], level: 'associate', costs: [line('exam', 300)] });
const sec = credential('sec', { name: 'Sec Cert', provider: 'Co', skills: ['security'], targetRoles: ['security'], level: 'associate', costs: [line('exam', 404)] });

const all: CatalogCredential[] = [base, mid, vendor, sec];
const world: CredentialWorld = { credentials: all, index: buildCredentialIndex(all, catalogSkills), roleName: (id) => names[id] };
const person = (overrides: Partial<Asker> = {}): Asker => ({
  role: { id: 'netadmin', name: 'Network administrator' },
  gaps: [
    { skill: 'troubleshooting', share: 0.5 },
    { skill: 'security', share: 0.5 },
  ],
  hoursPerWeek: 12,
  budgetUsd: 800,
  held: [],
  today: TODAY,
  ...overrides,
});
const compare = (asker: Asker, pair = [vendor, mid]) => answerCredentialQuestion({ kind: 'instead', credentials: pair }, asker, world);
const pickOf = (text: string) => /My pick for you: \*([^*]+)\* first, because ([^.]+)\./.exec(text)?.slice(1);

describe('comparing two credentials for the person', () => {
  it('reads "should I do X or Y?" as a comparison, not two "worth it" answers', () => {
    const ask = readCredentialAsk('should i do vendor net or mid cert?', credentialFinder(all));
    expect(ask?.kind).toBe('instead');
    expect(ask?.credentials.map((c) => c.id).sort()).toEqual(['mid', 'vend']);
  });

  it('recommends the rung after one they hold first, and the one their postings name next', () => {
    const text = compare(person({ held: ['base'], person: { held: ['base'], asked: [{ id: 'vend', share: 1 }, { id: 'mid', share: 0.5 }] } }));
    expect(text).toContain('Side by side:');
    expect(pickOf(text)).toEqual(['Mid Cert', 'it is the next step after the Base Cert you hold, and it fits your $800 budget']);
    expect(text).toContain('Then *Vendor Net*: every one of your postings names it, so it is the next one to add.');
    expect(text.match(/My pick for you/g)).toHaveLength(1);
  });

  it('without a ladder between them, the one more of their postings name, then the cheaper', () => {
    const named = compare(person({ person: { asked: [{ id: 'mid', share: 1 }] } }));
    expect(pickOf(named)?.[0]).toBe('Mid Cert');
    expect(pickOf(named)?.[1]).toMatch(/^every one of your postings names it/);
    const cheaper = compare(person());
    expect(pickOf(cheaper)).toEqual(['Vendor Net', 'it costs $69 less, and it fits your $800 budget']);
  });

  it('a foundation before the rung it leads to, whatever it costs', () => {
    expect(pickOf(compare(person(), [mid, base]))?.slice(0, 1)).toEqual(['Base Cert']);
  });
});

describe('"is it worth it?" gives one verdict', () => {
  it('a credential made for other roles is not said to be worth it and aimed elsewhere in one breath', () => {
    const text = answerCredentialQuestion({ kind: 'worth', credentials: [sec] }, person(), world);
    expect(text).toMatch(/^Only as a side step: \*Sec Cert\* covers some of your gaps, but it is made for security analyst roles rather than network administrator roles/);
    expect(text).not.toContain('looks worth it');
    expect(text.match(/rather than/g)).toHaveLength(1);
  });

  it('one made for their role is a plain yes', () => {
    expect(answerCredentialQuestion({ kind: 'worth', credentials: [vendor] }, person(), world)).toMatch(/^Yes, \*Vendor Net\* looks worth it for you\./);
  });
});
