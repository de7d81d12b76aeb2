import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { onUnnamedPlatform, vendorPlatforms } from '../src/credentials/platform-fit.js';
import type { Gap } from '../src/credentials/situation.js';
import { credential, skills } from './support/credential-fixtures.js';

// An administrator's exam built on one cloud, and a vendor-neutral networking exam.
const cloudAdmin = credential('cloud-admin', { vendor: 'bigcloud', skills: ['bigcloud', 'monitoring', 'networking'] });
const neutral = credential('neutral', { vendor: 'neutral', skills: ['networking', 'monitoring'] });
// Another vendor's cloud, with an exam of its own the postings may name.
const otherArch = credential('other-arch', { vendor: 'othercloud', skills: ['othercloud', 'architecture'] });
const index = buildCredentialIndex(
  [cloudAdmin, neutral, otherArch],
  skills({ bigcloud: { category: 'platform', broader: ['cloud'] }, othercloud: { category: 'platform', broader: ['cloud'] }, cloud: { category: 'method' }, monitoring: { category: 'method' }, networking: { category: 'method' }, architecture: { category: 'method' } }),
);
const gaps = (...ids: string[]): Gap[] => ids.map((skill) => ({ skill, share: 1 }));
const core = (...ids: string[]) => (gap: Gap) => ids.includes(gap.skill);

describe('onUnnamedPlatform', () => {
  it('keeps out a platform exam for postings naming neither its platform nor cloud, when it closes no core gap', () => {
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('monitoring'), {}, core('networking'))).toBe(true);
    // A vendor-neutral exam is never kept out for it.
    expect(onUnnamedPlatform(neutral, index, gaps('monitoring'), {}, core('networking'))).toBe(false);
  });

  it('lets it in when it closes a core gap, or when the platform, cloud in general, their work, a held exam or the postings name it', () => {
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('networking'), {}, core('networking'))).toBe(false);
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('monitoring', 'bigcloud'), {}, core())).toBe(false);
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('monitoring', 'cloud'), {}, core())).toBe(false);
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('monitoring'), { workSkills: ['bigcloud'] }, core())).toBe(false);
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('monitoring'), { asked: [{ id: 'cloud-admin', share: 0.5 }] }, core())).toBe(false);
  });

  it('keeps out one vendor\'s exam when their postings, work or held exams name only another vendor, even beside cloud in general or a core gap', () => {
    // The postings ask for the other cloud as a gap, beside cloud in general.
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('othercloud', 'cloud', 'monitoring'), {}, core())).toBe(true);
    // The other cloud is no gap (they know it) but the postings name its exam.
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('cloud', 'monitoring'), { asked: [{ id: 'other-arch', share: 1 }] }, core())).toBe(true);
    // Their work is on the other cloud, and the exam would close a core gap: still another vendor's platform.
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('networking'), { workSkills: ['othercloud'] }, core('networking'))).toBe(true);
    // A held exam on the other cloud.
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('cloud', 'monitoring'), { held: ['other-arch'] }, core())).toBe(true);
    // The profile of the role their job matches lists this cloud too, but their postings name only the other.
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('monitoring'), { asked: [{ id: 'other-arch', share: 1 }], fieldSkills: ['bigcloud', 'othercloud'] }, core())).toBe(true);
  });

  it('lets it in beside another vendor when its own platform is named too, or the postings name the exam itself', () => {
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('othercloud', 'bigcloud'), {}, core())).toBe(false);
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('monitoring'), { workSkills: ['othercloud', 'bigcloud'] }, core())).toBe(false);
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('othercloud'), { asked: [{ id: 'cloud-admin', share: 0.5 }] }, core())).toBe(false);
    // With nothing of theirs naming a vendor, the profile of their job's role names it.
    expect(onUnnamedPlatform(cloudAdmin, index, gaps('monitoring'), { fieldSkills: ['bigcloud'] }, core())).toBe(false);
    // A vendor-neutral exam is never kept out for it.
    expect(onUnnamedPlatform(neutral, index, gaps('othercloud', 'monitoring'), {}, core())).toBe(false);
  });
});

describe('vendorPlatforms', () => {
  it('counts a platform its credential\'s own vendor makes, or a part of one, and not another company\'s tool a programme teaches', () => {
    const own = credential('own', { vendor: 'bigcloud', skills: ['bigcloud', 'bigcloud-ai'] });
    const suite = credential('suite', { vendor: 'megasoft', skills: ['megasoft-cloud'] });
    const course = credential('course', { vendor: 'socialco', skills: ['codehub', 'python'] });
    const idx = buildCredentialIndex(
      [own, suite, course],
      skills({
        bigcloud: { category: 'platform' },
        'bigcloud-ai': { category: 'platform', broader: ['bigcloud'] },
        'megasoft-cloud': { category: 'platform' },
        codehub: { category: 'platform' },
        python: { category: 'language' },
      }),
    );
    expect([...vendorPlatforms(idx)].sort()).toEqual(['bigcloud', 'bigcloud-ai', 'megasoft-cloud']);
  });
});
