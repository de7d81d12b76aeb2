import { beforeAll, describe, expect, it } from 'vitest';
import { anotherAnswer, enoughToHireAnswer, heldAnswer, keepCurrent } from '../flows/held-answers.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import type { Asker, CredentialWorld } from '../src/credentials/credential-words.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import type { Role } from '../src/data/roles-schema.js';

let data: CoachData;
let world: CredentialWorld;
const byId = (id: string): CatalogCredential => {
  const found = data.credentials.byId.get(id);
  if (!found) throw new Error(`the catalog has ${id}`);
  return found;
};
const role = (id: string): Role => {
  const found = data.catalog.roles.byId.get(id);
  if (!found) throw new Error(`the catalog has ${id}`);
  return found;
};
beforeAll(async () => {
  data = await loadCoachData();
  world = { credentials: data.credentials.credentials, index: data.credentialIndex, roleName: (id) => data.catalog.roles.byId.get(id)?.name };
});

const TODAY = new Date('2026-12-07T09:00:00Z');
type Asked = NonNullable<NonNullable<Asker['person']>['asked']>;
const asker = (roleId: string, held: string[], asked?: Asked, gaps: Asker['gaps'] = []): Asker => ({
  role: { id: roleId, name: data.catalog.roles.byId.get(roleId)?.name ?? roleId },
  gaps,
  held,
  hoursPerWeek: 10,
  today: TODAY,
  person: { held, ...(asked ? { asked } : {}) },
});

describe('a credential the person holds', () => {
  it('made for another role: it counts, what it shows for theirs, how to keep it, and the one their postings name next', () => {
    const asked: Asked = [{ id: 'aws-solutions-architect-associate', share: 1, postings: [{ asks: 'preferred' }] }];
    const said = heldAnswer(byId('comptia-security-plus'), asker('cloud-engineer', ['comptia-security-plus'], asked), world, role('cloud-engineer'), [], true);
    expect(said).toMatch(/^Yes, it counts: you hold \*CompTIA Security\+ \(SY0-701\)\*, it is on your profile, and I never suggest it to you again\. It is made for cybersecurity analyst, SOC analyst and [^.]+ roles rather than cloud engineer ones, but it shows /);
    expect(said).toContain('Keep it current: renew it every 3 years with 50 continuing-education units and the fee.');
    expect(said).toContain('Do you need another? The one your postings name is *AWS Certified Solutions Architect – Associate (SAA-C03)*: your posting prefers');
  });

  it('made for their role: near the top of the resume; no posting names another: a portfolio piece may do as much', () => {
    const said = heldAnswer(byId('google-data-analytics'), asker('data-analyst', ['google-data-analytics'], []), world, role('data-analyst'), [byId('microsoft-pl-300')], true);
    expect(said).toContain('It is made for data analyst jobs, so put it near the top of your resume.');
    expect(said).toContain('Do you need another? Not necessarily: none of your postings names another credential. If you add one, *Microsoft Certified: Power BI Data Analyst Associate (PL-300)* is my first pick for your gaps');
    expect(said).not.toContain('Keep it current');
  });
});

describe('how to keep a held credential current', () => {
  it.each([
    ['Keep it with 45 continuing-education credits every 3 years and the yearly maintenance fee.', 'Keep it current with 45 continuing-education credits every 3 years and the yearly maintenance fee.'],
    ['Keep it by finishing the free Trailhead maintenance modules before each deadline, about once a year.', 'Keep it current by finishing the free Trailhead maintenance modules before each deadline, about once a year.'],
    ['keep it current: retake the exam every year.', 'Keep it current: retake the exam every year.'],
    ['Keep it active by logging 20 hours a year.', 'Keep it active by logging 20 hours a year.'],
    ['Renew it every 3 years with 50 continuing-education units and the fee.', 'Keep it current: renew it every 3 years with 50 continuing-education units and the fee.'],
    ["PMI's current renewal rule is not confirmed: check PMI's page.", "Keep it current: PMI's current renewal rule is not confirmed: check PMI's page."],
    ['It lasts 2 years; check the Linux Foundation\'s page for how to renew it.', "Keep it current: it lasts 2 years; check the Linux Foundation's page for how to renew it."],
  ])('says %j once, without a doubled "keep it"', (renew, said) => {
    expect(keepCurrent(renew)).toBe(said);
    expect(keepCurrent(renew)).not.toMatch(/keep it current: keep it/i);
  });

  it('says the ISC2 CC rule of the catalog without "Keep it current: keep it"', () => {
    const said = heldAnswer(byId('isc2-cc'), asker('cybersecurity-analyst', ['isc2-cc'], []), world, role('cybersecurity-analyst'), [], true);
    expect(said).toContain('Keep it current with 45 continuing-education credits');
    expect(said).not.toMatch(/keep it current: keep it/i);
  });
});

describe('a held credential made for the wider role theirs is a kind of', () => {
  it('is made for their role too, and a posting preferring it is news, never "apply without it"', () => {
    const asked: Asked = [{ id: 'isc2-cc', share: 0.5, postings: [{ asks: 'preferred' }] }];
    const said = heldAnswer(byId('isc2-cc'), asker('soc-analyst', ['isc2-cc'], asked), world, role('soc-analyst'), [], true);
    expect(said).toContain('It is made for cybersecurity analyst jobs, and SOC analyst is one of them, so put it near the top of your resume.');
    expect(said).not.toContain('rather than');
    expect(said).toContain('One of your 2 postings prefers it: you have it, so name it where they will see it.');
    expect(said).not.toContain('apply without');
  });

  it('a role that is no kind of its target still hears what it is made for', () => {
    const said = heldAnswer(byId('isc2-cc'), asker('cloud-engineer', ['isc2-cc'], []), world, role('cloud-engineer'), [], true);
    expect(said).toMatch(/It is made for cybersecurity analyst roles/);
  });
});

describe('"do i need another certificate?"', () => {
  it('the one the postings name, not one held, then what they hold counts', () => {
    const asked: Asked = [{ id: 'iiba-ecba', share: 1, postings: [{ asks: 'preferred' }, { asks: 'preferred' }] }];
    const said = anotherAnswer([byId('google-data-analytics')], asker('business-analyst', ['google-data-analytics'], asked), world, [], true);
    expect(said).toMatch(/^The one your postings name is \*IIBA Entry Certificate in Business Analysis \(ECBA\)\*: both of your postings prefer/);
    expect(said).toContain('What you hold already counts (*Google Data Analytics Professional Certificate*), and I never suggest it to you again.');
  });
  it('one the catalog carries no figures for is named all the same, with where to check, never "none names another"', () => {
    const cysa = data.credentials.notCarried?.find((n) => /CySA/.test(n.name));
    if (!cysa) throw new Error('credentials.json notCarried has CySA+');
    const held = ['comptia-security-plus'];
    const withUncarried: Asker = { ...asker('soc-analyst', held), person: { held, askedUncarried: [{ id: cysa.id, share: 0.5, postings: [{ asks: 'preferred' }] }] } };
    const said = anotherAnswer([byId('comptia-security-plus')], withUncarried, { ...world, notCarried: data.credentials.notCarried ?? [] }, [], true);
    expect(said).toMatch(/^The one your postings name is \*CompTIA CySA\+\*: one of your postings prefers/);
    expect(said).toContain("I have no sourced price or study time for it, so check its provider's page.");
    expect(said).not.toContain('none of your postings names another credential');
  });
  it('no postings pasted: the top pick as optional and where to find out, never "none of your postings"', () => {
    const said = anotherAnswer([], asker('data-analyst', []), world, [byId('microsoft-pl-300')], false);
    expect(said).toMatch(/^Not necessarily\. If you add one, \*Microsoft Certified: Power BI Data Analyst Associate \(PL-300\)\* is my first pick/);
    expect(said).toContain('Paste a few postings in the gap interview');
    expect(said).not.toContain('none of your postings');
    expect(anotherAnswer([], asker('data-analyst', []), world, [], false)).toMatch(/^It depends on the jobs you want/);
  });
});

describe('"is the certificate enough to get hired?"', () => {
  it('not on its own: what the postings make of it, the top gaps it leaves, and the role\'s portfolio piece', () => {
    const asked: Asked = [{ id: 'google-data-analytics', share: 1, postings: [{ asks: 'required' }] }];
    const gaps = [{ skill: 'sql', share: 1 }, { skill: 'power-bi', share: 1 }];
    const said = enoughToHireAnswer(byId('google-data-analytics'), asker('data-analyst', [], asked, gaps), world, role('data-analyst'), true);
    expect(said).toMatch(/^Not on its own: \*Google Data Analytics Professional Certificate\* gets your application read, and what gets you hired is showing you can do the work\./);
    expect(said).toContain('There it gets you past the screen, which is needed but not enough.');
    expect(said).toContain('It leaves Power BI among your top gaps to show another way.');
    expect(said).toContain('Pair it with a portfolio piece (analyse a public data set from your own field');
    expect(said).not.toMatch(/\d+% of (?:people|graduates|those)/);
  });

  it('postings that do not name it, and no credential meant at all', () => {
    const notNamed = enoughToHireAnswer(byId('google-data-analytics'), asker('data-analyst', []), world, role('data-analyst'), true);
    expect(notNamed).toContain('None of your postings names *Google Data Analytics Professional Certificate*, so for them it is evidence of learning, not a requirement.');
    expect(enoughToHireAnswer(undefined, asker('data-analyst', []), world, undefined, false)).toBe(
      'Not on its own: a certificate gets your application read, and what gets you hired is showing you can do the work. Pair it with a portfolio piece that shows the work, with networking in the field, and with interview practice (`practice`).',
    );
  });
});
