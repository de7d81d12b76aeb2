import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { askedCredentialSchema, askedInPostings, askedShares, askedTerms, credentialTerms, credentialsNamed, shortestGrace } from '../src/credentials/posting-credentials.js';
import { postingTermsNote } from '../src/credentials/credential-warnings.js';
import { personReaderOf } from '../src/skills/read-person.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const named = (posting: string) => credentialsNamed(personReaderOf(data), posting).sort();

describe('the credentials a posting names, by the short names postings use', () => {
  it.each([
    ['CCNA or CompTIA Network+ required', ['cisco-ccna', 'comptia-network-plus']],
    ['Qualifications: 3 years experience. CCNA a plus.', ['cisco-ccna']],
    ['Cisco Certified Network Associate preferred', ['cisco-ccna']],
    ['Sec+ or Net+ required within 6 months of hire', ['comptia-network-plus', 'comptia-security-plus']],
    ['A+ required', ['comptia-a-plus']],
    ['PMP or CAPM preferred', ['pmi-capm', 'pmi-pmp']],
    ['CSM or PSM preferred', ['scrum-alliance-csm', 'scrum-org-psm-1']],
    ['AZ-900 desired', ['microsoft-az-900']],
    ['AWS certification (CLF or SAA) a plus', ['aws-cloud-practitioner', 'aws-solutions-architect-associate']],
    ['Must hold a current CCNA; expired certifications are not accepted', ['cisco-ccna']],
  ])('%s', (posting, ids) => {
    expect(named(posting)).toEqual(ids);
  });

  it('does not read a short form where it means something else, nor "a plus" as CompTIA A+', () => {
    expect(named('Our CSM team works with account executives. Excel a plus.')).toEqual([]);
    expect(named('Experience with Linux a plus')).toEqual([]);
    expect(named('Grade A+ customer service')).toEqual([]);
  });

  it('counts each credential once per posting, as a share of the postings', () => {
    const shares = askedShares([named('CCNA or CompTIA Network+ required'), named('CCNA a plus')]);
    expect(shares.find((s) => s.id === 'cisco-ccna')?.share).toBe(1);
    expect(shares.find((s) => s.id === 'comptia-network-plus')?.share).toBe(0.5);
  });

  it('keeps how each posting asks: required, preferred, and the months of hire a requirement allows', () => {
    const terms = (posting: string) => credentialTerms(personReaderOf(data), posting).sort((a, b) => a.id.localeCompare(b.id));
    expect(terms('Requirements:\n- CompTIA Security+ required within 6 months of hire\n- SIEM experience')).toEqual([{ id: 'comptia-security-plus', asks: 'required', withinMonths: 6, within: '6 months' }]);
    expect(terms('Requirements:\n- CCNA\nNice to have:\n- Network+')).toEqual([{ id: 'cisco-ccna', asks: 'required' }, { id: 'comptia-network-plus', asks: 'preferred' }]);
    expect(terms('Must obtain Sec+ within six months of start')).toEqual([{ id: 'comptia-security-plus', asks: 'required', withinMonths: 6, within: '6 months' }]);
    expect(terms('PMP not required but welcome')).toEqual([{ id: 'pmi-pmp', asks: 'preferred' }]);
    // Days and weeks are a grace too, rounded up to whole months and kept in the posting's words.
    expect(terms('CompTIA Security+ required within 90 days of hire.')).toEqual([{ id: 'comptia-security-plus', asks: 'required', withinMonths: 3, within: '90 days' }]);
    expect(terms('Must obtain Security+ within six weeks of starting.')).toEqual([{ id: 'comptia-security-plus', asks: 'required', withinMonths: 2, within: '6 weeks' }]);
    expect(terms('Security+ required within your first 30 days')).toEqual([{ id: 'comptia-security-plus', asks: 'required', withinMonths: 1, within: '30 days' }]);
    expect(terms('We use the CCNA certification track internally.')).toEqual([{ id: 'cisco-ccna' }]);
    // Years are a grace as well, and so is an "or ... within" clause after the requirement.
    expect(terms('Must earn Security+ within two years of hire.')).toEqual([{ id: 'comptia-security-plus', asks: 'required', withinMonths: 24, within: '2 years' }]);
    expect(terms('CompTIA A+ or Network+ required, or obtained within 1 year of hire.')).toEqual([
      { id: 'comptia-a-plus', asks: 'required', withinMonths: 12, within: '1 year' },
      { id: 'comptia-network-plus', asks: 'required', withinMonths: 12, within: '1 year' },
    ]);
    expect(terms('Security+ is required; or you must get it within 6 months of starting.')).toEqual([{ id: 'comptia-security-plus', asks: 'required', withinMonths: 6, within: '6 months' }]);
    // Not a grace: a later clause naming its own credential, or one not offered as another way.
    expect(terms('Security+ required, or CCNA certification within 2 years.')).toContainEqual({ id: 'comptia-security-plus', asks: 'required' });
    expect(terms('Network+ required, training provided within 1 year of hire.')).toEqual([{ id: 'comptia-network-plus', asks: 'required' }]);
    expect(terms('Security+ required. 3 years within a SOC.')).toEqual([{ id: 'comptia-security-plus', asks: 'required' }]);
  });

  it('says the shortest grace in the posting\'s own words, and in months for sessions saved without them', () => {
    expect(shortestGrace([{ asks: 'required', withinMonths: 6, within: '6 months' }, { asks: 'required', withinMonths: 3, within: '90 days' }])).toBe('90 days');
    expect(shortestGrace([{ asks: 'required', withinMonths: 1 }])).toBe('1 month');
    expect(shortestGrace([{ asks: 'required' }])).toBeUndefined();
  });

  it('reads each clause of a line on its own: "PMP required, ... CSM a plus." requires the PMP and only prefers the CSM', () => {
    const terms = (posting: string) => credentialTerms(personReaderOf(data), posting).sort((a, b) => a.id.localeCompare(b.id));
    expect(terms('Requirements: PMP required, 5+ years managing projects, MS Project, strong communication. CSM a plus.')).toEqual([
      { id: 'pmi-pmp', asks: 'required' },
      { id: 'scrum-alliance-csm', asks: 'preferred' },
    ]);
    expect(terms('PMP required, CSM a plus')).toEqual([{ id: 'pmi-pmp', asks: 'required' }, { id: 'scrum-alliance-csm', asks: 'preferred' }]);
    // A clause without an asking word takes the next one's in its sentence, and a sentence without one the line's heading.
    expect(terms('Security+, Network+ or CCNA preferred; A+ required')).toEqual([
      { id: 'cisco-ccna', asks: 'preferred' },
      { id: 'comptia-a-plus', asks: 'required' },
      { id: 'comptia-network-plus', asks: 'preferred' },
      { id: 'comptia-security-plus', asks: 'preferred' },
    ]);
    expect(terms('Preferred: CompTIA Security+. Network+.')).toEqual([{ id: 'comptia-network-plus', asks: 'preferred' }, { id: 'comptia-security-plus', asks: 'preferred' }]);
  });

  it('reads the stronger forms of "a plus" and "an asset" as a preference, never a noun that only starts like one', () => {
    const terms = (posting: string) => credentialTerms(personReaderOf(data), posting).sort((a, b) => a.id.localeCompare(b.id));
    expect(terms('Qualifications:\n- Working knowledge of AWS; AWS Certified Solutions Architect - Associate a strong plus')).toEqual([{ id: 'aws-solutions-architect-associate', asks: 'preferred' }]);
    expect(terms('Requirements:\n- 3 years on a service desk\n- CCNA is a big plus')).toEqual([{ id: 'cisco-ccna', asks: 'preferred' }]);
    expect(terms('Requirements: Windows, Active Directory. Security+ would be a definite advantage.')).toEqual([{ id: 'comptia-security-plus', asks: 'preferred' }]);
    expect(terms('Having your PMP is a real asset, though not essential.')).toEqual([{ id: 'pmi-pmp', asks: 'preferred' }]);
    expect(terms('Requirements: CompTIA Network+ is advantageous.')).toEqual([{ id: 'comptia-network-plus', asks: 'preferred' }]);
    expect(terms('Requirements: an AZ-900 certification would be beneficial')).toEqual([{ id: 'microsoft-az-900', asks: 'preferred' }]);
    // "A strong plus" is the idiom, not CompTIA A+; an asset register or an advantage plan is a thing, not a preference.
    expect(named('Excel a strong plus. Linux a huge plus.')).toEqual([]);
    expect(terms('Requirements:\n- CCNA required to maintain an asset management system')).toEqual([{ id: 'cisco-ccna', asks: 'required' }]);
    expect(terms('Requirements:\n- Security+ and an advantage plan enrolment')).toEqual([{ id: 'comptia-security-plus', asks: 'required' }]);
  });

  it('reads an exam name written with a hyphen before its level, as postings write it', () => {
    expect(named('AWS Certified Solutions Architect - Associate preferred.')).toEqual(['aws-solutions-architect-associate']);
    expect(named('AWS Certified Solutions Architect – Associate preferred.')).toEqual(['aws-solutions-architect-associate']);
    expect(credentialTerms(personReaderOf(data), 'Requirements: Linux. AWS Certified Solutions Architect - Associate preferred. Security clearance a plus.')).toEqual([
      { id: 'aws-solutions-architect-associate', asks: 'preferred' },
    ]);
  });

  it('says a requirement within months of hire as not barring the hire, and an old share-only entry as nothing more', () => {
    const reader = personReaderOf(data);
    const secplus = data.credentials.credentials.find((c) => c.id === 'comptia-security-plus');
    if (!secplus) throw new Error('Security+ is in the catalog');
    const [asked] = askedTerms([credentialTerms(reader, 'CompTIA Security+ required within 6 months of hire'), credentialTerms(reader, 'Splunk experience')]);
    expect(postingTermsNote(secplus, asked)).toBe('One of your postings requires CompTIA Security+ within 6 months of hire: you can be hired without it, but must pass it soon after; having it already puts you ahead.');
    const [both] = askedTerms([credentialTerms(reader, 'Security+ preferred'), credentialTerms(reader, 'Security+ preferred')]);
    expect(postingTermsNote(secplus, both)).toBe('Both of your postings prefer CompTIA Security+: you can apply without it, and having it puts you ahead.');
    // A session saved before how postings ask was kept: the share alone, still valid, and no sentence made up.
    expect(askedCredentialSchema.parse({ id: 'comptia-security-plus', share: 0.5 })).toEqual({ id: 'comptia-security-plus', share: 0.5 });
    expect(postingTermsNote(secplus, { id: 'comptia-security-plus', share: 0.5 })).toBeUndefined();
  });

  it('reads a credential the catalog does not carry by its name as a posting writes it, never a tool named like its exam', () => {
    const reader = personReaderOf(data);
    const { notCarried } = data.credentials;
    expect(credentialsNamed(reader, 'Security+ or CISA preferred.', notCarried).sort()).toEqual(['comptia-security-plus', 'isaca-cisa']);
    expect(credentialTerms(reader, 'Security+ or CISA preferred.', notCarried).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'comptia-security-plus', asks: 'preferred' },
      { id: 'isaca-cisa', asks: 'preferred' },
    ]);
    // "HashiCorp Terraform" is the tool, not its exam; "Terraform Associate" is the exam.
    expect(credentialsNamed(reader, 'Experience with HashiCorp Terraform and Ansible.', notCarried)).toEqual([]);
    expect(credentialsNamed(reader, 'Terraform Associate a plus.', notCarried)).toEqual(['hashicorp-terraform-associate']);
    // An acronym only in capitals, as a whole word.
    expect(credentialsNamed(reader, 'We work with Cisa and precisa teams.', notCarried)).toEqual([]);
    // Without the list, only what the catalog carries, as before.
    expect(credentialsNamed(reader, 'Security+ or CISA preferred.')).toEqual(['comptia-security-plus']);
  });
});

describe('what a set of postings asks for by name', () => {
  it('counts every credential named, those the catalog does not carry too, with how each posting asks', () => {
    const asked = askedInPostings(personReaderOf(data), ['Requirements:\n- Security+ or CISA preferred.', 'CISA required.'], data.credentials.notCarried);
    expect(asked.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'comptia-security-plus', share: 0.5, postings: [{ asks: 'preferred' }] },
      { id: 'isaca-cisa', share: 1, postings: [{ asks: 'preferred' }, { asks: 'required' }] },
    ]);
  });
});
