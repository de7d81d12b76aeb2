import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { experienceMet } from '../src/credentials/person-fit.js';
import { personFrom } from '../src/credentials/person.js';
import { createPersonReader } from '../src/skills/read-person.js';

/**
 * The roles' experienceFrom in data/roles.json, read end to end: what a person says about their
 * work, the role they aim at, and the sentence a credential's experience rule gets.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

function metFor(credentialId: string, role: string, currentRole: string, years: number, said: string): string {
  const reader = createPersonReader(data.extractor, data.catalog.skills, data.credentials.credentials);
  const skills = reader.read(said).skills.map((s) => ({ skill: s.skill, ...(s.level ? { level: s.level } : {}), ...(s.inferredFrom ? { inferredFrom: s.inferredFrom } : {}) }));
  const person = personFrom({ currentRole, yearsExperience: years, skills, gapReport: { role } }, (text) => data.roleMatcher.match(text), (id) => data.credentialIndex.byId.has(id));
  const credential = data.credentialIndex.byId.get(credentialId);
  if (!credential) throw new Error(`no credential ${credentialId}`);
  return experienceMet(credential, person, data.credentialIndex);
}

describe('years in a trade that is the field itself', () => {
  it('counts a cable installer\'s years on switches toward Network+ for a network administrator', () => {
    const met = metFor('comptia-network-plus', 'network-administrator', 'low voltage cable installer', 12, 'terminate cat6 and fibre, patch and label switches in comms rooms, configure customer routers');
    expect(met).toContain('Your 12 years as a low voltage cable installer count toward it where you can point to installing, configuring or troubleshooting routers, switches, circuits or cabling in them');
    expect(met).not.toContain('another field');
  });

  it('counts a field technician\'s years fixing customers\' computers and wifi toward IT support', () => {
    const met = metFor('comptia-a-plus', 'it-support', 'cable company field technician', 6, 'install modems and set up home wifi, fix customers\' computers and printers');
    expect(met).toContain('Your 6 years as a cable company field technician count toward it where you can point to setting up, fixing or troubleshooting computers');
  });

  it('still says a job with no such work is in another field', () => {
    const met = metFor('comptia-network-plus', 'network-administrator', 'insurance agent', 10, 'sell policies, handle claims, customer service');
    expect(met).toContain('are in another field, so they do not count toward it');
  });
});
