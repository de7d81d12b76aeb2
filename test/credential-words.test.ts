import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { compareLine, costSentences, factsOf, totalSentence, totalWords, type Asker, type CredentialWorld } from '../src/credentials/credential-words.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { credential, line, skills, TODAY } from './support/credential-fixtures.js';

/**
 * What a credential costs, said over the time it really costs money: the months of study at the
 * person's hours, and a span of years only for one with a fee to renew it.
 */

const hours = (min: number) => ({ min, max: min, kind: 'provider' as const, basis: 'the provider says so', says: "the provider's own figure", stated: `${min} h`, source: 'test', asOf: '2026', confidence: 'S' as const });
// Nine months of a $49 subscription at 5 hours a week, and nothing to renew: Lucía's Google UX certificate.
const subscription = credential('ux-cert', { name: 'UX Cert', costs: [line('subscription', 49, { per: 'month' })], hours: hours(195), assessment: ['capstone'] });
// An exam paid once and held for life.
const lifetime = credential('scrum-exam', { name: 'Scrum Exam', costs: [line('exam', 200)], hours: hours(30) });
// An exam with a yearly fee to keep it.
const renewing = credential('cloud-exam', { name: 'Cloud Exam', costs: [line('exam', 150), line('renewal', 50, { per: 'year', periodYears: 1 })], hours: hours(40) });
// A renewal that costs nothing is no fee to count years for.
const freeRenewal = credential('free-renewal', { name: 'Free Renewal', costs: [line('exam', 99), line('renewal', 0, { per: 'year', periodYears: 1 })], hours: hours(20) });

const all: CatalogCredential[] = [subscription, lifetime, renewing, freeRenewal];
const world: CredentialWorld = { credentials: all, index: buildCredentialIndex(all, skills({})), roleName: () => undefined };
const asker = (overrides: Partial<Asker> = {}): Asker => ({ gaps: [], hoursPerWeek: 5, budgetUsd: 600, held: [], today: TODAY, ...overrides });
const facts = (c: CatalogCredential, a = asker()) => factsOf(c, a, world);

describe('the total, over the time it costs money', () => {
  it('says a subscription that never renews over its months of study, never over years', () => {
    const f = facts(subscription);
    expect(totalWords(f)).toBe('$441 in all');
    expect(costSentences(f, asker())).toContain('That is $441 in all (9 months of subscription at your 5 hours a week), within your $600 budget.');
    expect(totalSentence(f, asker())).toMatch(/^It costs \$441 in all \(9 months of subscription at your 5 hours a week, /);
    // At more hours a week it is fewer months, and less money.
    expect(totalWords(facts(subscription, asker({ hoursPerWeek: 10 })))).toBe('$245 in all');
  });

  it('says an exam held for life, or one renewed for free, as what earning it costs', () => {
    expect(totalWords(facts(lifetime))).toBe('$200 in all');
    expect(compareLine(facts(lifetime), asker(), world)).toMatch(/^- \*Scrum Exam\*: \$200 in all[;( ]/);
    expect(totalWords(facts(freeRenewal))).toBe('$99 in all');
  });

  it('says the years it counts only for a credential with a fee to renew it', () => {
    const f = facts(renewing);
    expect(totalWords(f)).toBe('$250 in all over 3 years');
    expect(costSentences(f, asker())).toContain('That is $250 in all over 3 years, within your $600 budget.');
  });
});
