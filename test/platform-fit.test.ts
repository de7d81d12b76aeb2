import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { onUnnamedPlatform } from '../src/credentials/platform-fit.js';
import type { Gap } from '../src/credentials/situation.js';
import { credential, skills } from './support/credential-fixtures.js';

// An administrator's exam built on one cloud, and a vendor-neutral networking exam.
const cloudAdmin = credential('cloud-admin', { vendor: 'bigcloud', skills: ['bigcloud', 'monitoring', 'networking'] });
const neutral = credential('neutral', { vendor: 'neutral', skills: ['networking', 'monitoring'] });
const index = buildCredentialIndex([cloudAdmin, neutral], skills({ bigcloud: { category: 'platform', broader: ['cloud'] }, cloud: { category: 'method' }, monitoring: { category: 'method' }, networking: { category: 'method' } }));
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
});
