import { beforeAll, describe, expect, it } from 'vitest';
import { asksExperienceCounts, asksIfNeeded, asksNeedGivenWork, credentialMeant, experienceCountsAnswer, needGivenWorkAnswer, uncarriedNeedAnswer } from '../flows/need-credential.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import type { Asker, CredentialWorld } from '../src/credentials/credential-words.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';

let data: CoachData;
let world: CredentialWorld;
let admin: CatalogCredential;
beforeAll(async () => {
  data = await loadCoachData();
  world = { credentials: data.credentials.credentials, index: data.credentialIndex, roleName: (id) => data.catalog.roles.byId.get(id)?.name };
  const found = data.credentials.byId.get('salesforce-administrator');
  if (!found) throw new Error('the catalog has the Salesforce Administrator certification');
  admin = found;
});

const TODAY = new Date('2026-12-07T09:00:00Z');
const asker = (more: Partial<Asker> = {}): Asker => ({ role: { id: 'salesforce-administrator', name: 'Salesforce administrator' }, gaps: [], held: [], hoursPerWeek: 5, budgetUsd: 300, today: TODAY, ...more });
const postingsAsking = (...asks: ('required' | 'preferred')[]) => ({ held: [], asked: [{ id: 'salesforce-administrator', share: 1, postings: asks.map((a) => ({ asks: a })) }] });

describe('whether a credential is needed by someone who already does the work', () => {
  it.each([
    'do i need the cert if i already do this at work?',
    'Do I really need the certification? I already run our Salesforce.',
    "is the exam even necessary when i've been doing this for years?",
    'do i have to get certified if i do it on the job already',
  ])('%j asks it', (text) => {
    expect(asksNeedGivenWork(text)).toBe(true);
  });

  it.each(['do i need the cert?', 'is it worth it for me?', 'how long will it take me?', 'i already do this at work', 'do i need a degree?'])('%j does not', (text) => {
    expect(asksNeedGivenWork(text)).toBe(false);
  });

  it('means the credential named, else the one under discussion, else the one the postings name, else the role\'s only one', () => {
    const other = data.credentials.credentials.find((c) => c.id !== admin.id);
    expect(credentialMeant(other ? [other] : [], asker(), world)).toBe(other);
    expect(credentialMeant([], asker({ current: other }), world)).toBe(other);
    expect(credentialMeant([], asker({ person: postingsAsking('required') }), world)).toBe(admin);
    expect(credentialMeant([], asker(), world)).toBe(admin);
    // A role with several credentials and nothing said: it could be any of them.
    expect(credentialMeant([], asker({ role: { id: 'cloud-engineer', name: 'Cloud engineer' } }), world)).toBeUndefined();
  });

  it('says a posting that requires it screens on it, one that prefers it does not, and that work makes the study exam preparation, with the catalog\'s own figures', () => {
    const both = needGivenWorkAnswer(admin, asker({ person: postingsAsking('required', 'preferred') }), world, true);
    expect(both).toMatch(/^For some of the jobs you want, yes\. One of your postings requires Salesforce Certified Administrator: without it, an application there can be screened out\. One of your postings prefers/);
    expect(both).toContain('most of the study is exam preparation');
    expect(both).toContain('It costs $200 in all');
    expect(both).toContain('within your $300 budget');
    expect(both).toMatch(/Time: about 16 weeks at your 5 hours a week \(59–100 hours/);

    const preferred = needGivenWorkAnswer(admin, asker({ person: postingsAsking('preferred') }), world, true);
    expect(preferred).toMatch(/^Not strictly\. Your posting prefers Salesforce Certified Administrator: you can apply without it/);

    expect(needGivenWorkAnswer(admin, asker({ person: { held: [] } }), world, true)).toMatch(/^Not for the postings you gave me: none of them names \*Salesforce Certified Administrator\*/);
    expect(needGivenWorkAnswer(admin, asker(), world, false)).toMatch(/^It depends on the jobs: paste a few postings in the gap interview/);
  });
});

describe('whether a credential with no sourced figures is needed', () => {
  it.each(['ISTQB is needed or not?', 'is istqb required', 'CTFL necessary for this job?', 'do i need the ISTQB', 'is the ISTQB foundation mandatory?', 'must i have ISTQB to apply'])('%j asks it', (text) => {
    expect(asksIfNeeded(text)).toBe(true);
  });
  it.each(['what is needed to pass ISTQB?', 'how much does ISTQB cost', 'is ISTQB worth it'])('%j does not', (text) => {
    expect(asksIfNeeded(text)).toBe(false);
  });

  const entry = { id: 'istqb-foundation', name: 'the ISTQB Certified Tester Foundation Level (CTFL)', names: ['ISTQB'], checkAt: "ISTQB's own site", source: 'no row in the reference' };
  const asked = (...asks: ('required' | 'preferred' | undefined)[]) => ({ id: 'istqb-foundation', share: 1, postings: asks.map((a) => (a ? { asks: a } : {})) });

  it('answers from postings that prefer it: he can apply without it, and no figure is given', () => {
    const said = uncarriedNeedAnswer(entry, asked('preferred'));
    expect(said).toBe(
      "Your posting prefers the ISTQB Certified Tester Foundation Level: you can apply without it, and having it puts you ahead. I have no sourced price or study time for it: check ISTQB's own site.",
    );
    expect(said).not.toMatch(/\$\d/);
  });

  it('answers from postings that require it: an application can be screened out', () => {
    expect(uncarriedNeedAnswer(entry, asked('required', 'preferred'))).toMatch(/^One of your postings requires the ISTQB Certified Tester Foundation Level: without it, an application there can be screened out\./);
  });

  it('says the postings name it without saying how, and undefined when no terms were kept', () => {
    expect(uncarriedNeedAnswer(entry, asked(undefined))).toMatch(/^Your posting names it, without saying whether it is required or only preferred/);
    expect(uncarriedNeedAnswer(entry, { id: 'istqb-foundation', share: 1 })).toBeUndefined();
  });
});

describe('whether a piece of their work counts toward a credential\'s experience rule', () => {
  it.each(['does the EFB rollout count toward PMP hours?', 'would my clinic move count as project experience for the PMP?', 'does running the warehouse upgrade qualify for the PMP experience requirement?'])('%j asks it', (text) =>
    expect(asksExperienceCounts(text)).toBe(true),
  );
  it.each(['does the PMP count for anything?', 'how many hours is the PMP?', 'do my years count?'])('%j does not', (text) => expect(asksExperienceCounts(text)).toBe(false));

  it("answers from PMI's rule, naming the work asked about and the project leading they told the coach", () => {
    const pmp = data.credentials.byId.get('pmi-pmp') as CatalogCredential;
    const said = experienceCountsAnswer(pmp, 'does the EFB rollout count toward PMP hours?', ['led rollout of electronic flight bags on ipads for 300 pilots at my base: schedule', 'checklists and standard operating procedures daily']) ?? '';
    expect(said).toContain('PMI requires 36 months of leading projects');
    expect(said).toContain('The EFB rollout counts if you led it as a project: count the months it ran, from start to finish, toward the 36.');
    expect(said).toContain('this is project leading: "led rollout of electronic flight bags on ipads for 300 pilots at my base".');
    expect(said).not.toContain('checklists');
  });

  it('is undefined for a credential with no experience rule', () => {
    const open = data.credentials.credentials.find((c) => c.experience.requiredMonths === undefined || c.experience.requiredMonths === null) as CatalogCredential;
    expect(experienceCountsAnswer(open, 'does my job count toward it?', [])).toBeUndefined();
  });
});
