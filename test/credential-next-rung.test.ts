import { describe, expect, it } from 'vitest';
import { bestStack } from '../src/credentials/best-stack.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { rankCredentials } from '../src/credentials/score-credential.js';
import type { Gap, Situation } from '../src/credentials/situation.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';

/**
 * The rung said after the path follows the person's role, not one vendor's ladder: a credential
 * most of their postings name comes next; a ladder's next step only when it teaches a gap of theirs.
 */
const catalogSkills = skills({ networking: {}, troubleshooting: {}, security: {} });
const mid = credential('mid', { name: 'Mid Cert', skills: ['networking', 'troubleshooting'], level: 'associate', nextSteps: ['sec'], costs: [line('exam', 300)] });
const sec = credential('sec', { name: 'Sec Cert', skills: ['security'], level: 'associate', costs: [line('exam', 400)] });
const vendor = credential('vend', { name: 'Vendor Net', vendor: 'other', skills: ['networking'], level: 'associate', costs: [line('exam', 300)] });

function pathFor(catalog: CatalogCredential[], gaps: Gap[], required: string[] = []) {
  const index = buildCredentialIndex(catalog, catalogSkills);
  // Five weeks: one 40-hour exam fits at 12 hours a week, two do not, so the path is one rung and the next is said.
  const situation: Situation = { hoursPerWeek: 12, today: TODAY, budgetUsd: 350, deadlineWeeks: 5 };
  return bestStack(rankCredentials(catalog, { index, role: role(), gaps, situation }), { index, gaps, situation, required }).path;
}

describe('the next rung after the path', () => {
  it('is the ladder step when it teaches one of their gaps (a security analyst after the network exam)', () => {
    const path = pathFor([mid, sec], [{ skill: 'troubleshooting', share: 1 }, { skill: 'security', share: 0.5 }]);
    expect(path.sentence).toBe('Start with Mid Cert; Sec Cert builds on it when you are ready.');
  });

  it('is not a ladder step that teaches nothing their postings ask for', () => {
    const path = pathFor([mid, sec], [{ skill: 'troubleshooting', share: 1 }, { skill: 'networking', share: 0.5 }]);
    expect(path.next).toBeUndefined();
    expect(path.sentence).toBe('Start with Mid Cert.');
  });

  it('is a credential most of their postings name, said as that, before any ladder step', () => {
    const gaps = [{ skill: 'troubleshooting', share: 1 }, { skill: 'security', share: 0.5 }, { skill: 'networking', share: 0.5 }];
    const path = pathFor([mid, sec, vendor], gaps, ['mid', 'vend']);
    expect(path.next).toMatchObject({ id: 'vend', named: true });
    expect(path.sentence).toBe('Start with Mid Cert; then Vendor Net, which your postings also ask for by name.');
  });
});
