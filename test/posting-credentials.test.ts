import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { askedShares, credentialsNamed } from '../src/credentials/posting-credentials.js';
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
});
