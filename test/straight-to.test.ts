import { describe, expect, it } from 'vitest';
import type { Asker, CredentialWorld } from '../src/credentials/credential-answers.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { priceInDispute, straightTo } from '../src/credentials/straight-to.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { credential, line, skills, TODAY } from './support/credential-fixtures.js';

/**
 * "Straight to the PMP?": the experience rule, whether the person's years may meet it, the routes
 * (member and non-member) against their budget, the hours as a labelled estimate; a price the
 * sources disagree about is never said to fit the budget without the caveat.
 */

const catalogSkills = skills({ 'project-management': {}, agile: {}, sdlc: {} });
// The fixture names a skill by its id in capitals: PROJECT-MANAGEMENT.
const says = 'ProCo requires 36 months of leading projects with a four-year degree (60 months with a secondary diploma), plus 35 hours of project management education.';
const pro = (overrides: Partial<CatalogCredential> = {}) =>
  credential('pro-cert', {
    name: 'Pro Cert',
    provider: 'ProCo',
    level: 'professional',
    skills: ['project-management', 'agile'],
    targetRoles: ['pm'],
    costs: [
      line('exam', 405, { condition: 'ProCo members' }),
      line('exam', 675, { condition: 'non-members' }),
      line('membership', 164, { per: 'year', optional: true }),
    ],
    hours: { min: 150, max: 200, kind: 'estimate', basis: 'prep guides', says: 'an estimate from study guides', stated: '150-200 h', source: 'test', asOf: '2026', confidence: 'S' },
    experience: { recommendedMonths: 36, requiredMonths: 36, says, source: 'test', confidence: 'S' },
    ...overrides,
  });
const worldOf = (c: CatalogCredential): CredentialWorld => ({ credentials: [c], index: buildCredentialIndex([c], catalogSkills), roleName: () => 'Project manager' });
const asker = (overrides: Partial<Asker> = {}): Asker => ({
  role: { id: 'coord', name: 'IT project coordinator' },
  gaps: [{ skill: 'agile', share: 1 }, { skill: 'sdlc', share: 1 }],
  hoursPerWeek: 8,
  budgetUsd: 600,
  held: [],
  yearsExperience: 12,
  person: { yearsExperience: 12, currentRole: "i'm an event planner, weddings mostly" },
  today: TODAY,
  ...overrides,
});

describe('straightTo', () => {
  it('says the rule, that her 12 years may count, the cheaper member route with its parts, and the hours as an estimate', () => {
    const c = pro();
    const said = straightTo(c, asker(), worldOf(c)) ?? '';
    expect(said).toContain(says);
    expect(said).toContain('Your 12 years as an event planner may count where you led the work as projects');
    // Member route: $164 membership + $405 member exam = $569; non-members $675.
    expect(said).toContain('The member route is the cheaper one: $405 for the exam for ProCo members');
    expect(said).toContain('plus $164 for a year of membership');
    expect(said).toContain('$569 in all over 3 years; the non-member route comes to $675.');
    expect(said).toContain('That fits your $600 budget.');
    // 150-200 hours (175) at 8 a week: 22 weeks.
    expect(said).toContain('Preparing takes about 150–200 hours (an estimate from study guides), about 22 weeks at your 8 hours a week.');
  });

  it('never says a disputed price fits the budget without saying the sources disagree', () => {
    const c = pro({ conflicts: [{ about: 'exam fee', text: 'older pages say less', source: 'test' }] });
    expect(priceInDispute(c)).toBe(true);
    const said = straightTo(c, asker(), worldOf(c)) ?? '';
    expect(said).not.toContain('That fits your $600 budget');
    expect(said).toContain('On these figures it would fit your $600 budget, but sources disagree about ProCo');
    expect(straightTo(c, asker({ budgetUsd: 500 }), worldOf(c))).toContain('That is more than your $500 budget, and sources disagree');
  });

  it('says too few years plainly, and where the core skill is a gap, that only the years leading it count', () => {
    const c = pro();
    expect(straightTo(c, asker({ yearsExperience: 2, person: { yearsExperience: 2, currentRole: 'barista' } }), worldOf(c))).toContain('You have 2 years of work as a barista, short of the 36 months it asks for');
    const gap = asker({ gaps: [{ skill: 'project-management', share: 1 }] });
    expect(straightTo(c, gap, worldOf(c))).toContain('count only where you led project-management in them');
  });

  it('says nothing for a credential with no required experience', () => {
    const c = pro({ experience: { recommendedMonths: 0, requiredMonths: null, says: 'No experience is needed.', source: 'test', confidence: 'S' } });
    expect(straightTo(c, asker(), worldOf(c))).toBeUndefined();
  });
});
