import { describe, expect, it } from 'vitest';
import type { Asker, CredentialWorld } from '../src/credentials/credential-answers.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { CLOUD_VENDORS, cloudVendorsIn, vendorAnswer } from '../src/credentials/vendor-answer.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { credential, line, skills, TODAY } from './support/credential-fixtures.js';

/**
 * "aws or azure?": which vendor the person's postings ask for, what the catalog has for their role
 * from each, a vendor with nothing for the role said plainly (its cloud foundation named as the
 * nearest), and the advice following the postings.
 */

const catalogSkills = skills({ aws: {}, azure: {}, 'google-cloud': {}, 'cloud-computing': {}, sql: {}, 'machine-learning': {} });
const names: Record<string, string> = { de: 'Data engineer', cloud: 'Cloud engineer', ba: 'Business analyst' };
const dp900 = credential('dp-900', { name: 'Azure Data Fundamentals', vendor: 'microsoft', skills: ['sql', 'azure'], targetRoles: ['de'], costs: [line('exam', 99)] });
const clf = credential('clf', { name: 'AWS Cloud Practitioner', vendor: 'aws', skills: ['aws', 'cloud-computing'], targetRoles: ['cloud'], costs: [line('exam', 100)] });
const aif = credential('aif', { name: 'AWS AI Practitioner', vendor: 'aws', skills: ['aws', 'machine-learning'], targetRoles: ['ba'], costs: [line('exam', 100)] });
const all: CatalogCredential[] = [dp900, clf, aif];
const world: CredentialWorld = { credentials: all, index: buildCredentialIndex(all, catalogSkills), roleName: (id) => names[id] };
const nadia = (gaps: Asker['gaps']): Asker => ({ role: { id: 'de', name: 'Data engineer' }, gaps, hoursPerWeek: 10, budgetUsd: 1500, held: [], today: TODAY });

describe('vendorAnswer', () => {
  it('reads the vendors a question names', () => {
    expect(cloudVendorsIn('is the aws one or the azure one better for me?').map((v) => v.vendor)).toEqual(['aws', 'microsoft']);
    expect(cloudVendorsIn('gcp vs amazon').map((v) => v.vendor)).toEqual(['aws', 'google-cloud']);
  });

  it('says what the postings ask for, the role credential of one vendor, and plainly that the other has none', () => {
    const said = vendorAnswer(cloudVendorsIn('aws or azure?'), nadia([{ skill: 'airflow', share: 1 }, { skill: 'aws', share: 0.5 }, { skill: 'azure', share: 0.5 }]), world);
    expect(said).toContain('What your postings ask for: AWS in 50% of your postings, Microsoft Azure in 50% of your postings.');
    expect(said).toContain('AWS: my catalog has no credential made for data engineer roles. The nearest is its cloud foundation exam, made for cloud engineer roles:\n- *AWS Cloud Practitioner*: $100');
    // The AI foundation is not the cloud foundation.
    expect(said).not.toContain('AWS AI Practitioner');
    expect(said).toMatch(/Microsoft Azure, for data engineer roles:\n- \*Azure Data Fundamentals\*: \$99 in all \(/);
    expect(said).toContain('Your postings ask for Microsoft Azure and AWS equally, so either serves them; only Microsoft Azure has a credential for your role in my catalog');
  });

  it('puts first the vendor more postings ask for', () => {
    const said = vendorAnswer(cloudVendorsIn('aws or azure?'), nadia([{ skill: 'aws', share: 1 }, { skill: 'azure', share: 0.5 }]), world);
    expect(said).toMatch(/\nAWS first: more of your postings ask for it\.$/);
  });

  it('without postings, says so and compares every vendor', () => {
    const said = vendorAnswer([], nadia([]), world);
    expect(said).toMatch(/^I haven't seen your postings/);
    for (const v of CLOUD_VENDORS) expect(said).toContain(`${v.name}`);
  });
});
