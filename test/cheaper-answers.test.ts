import { describe, expect, it } from 'vitest';
import { cheaper, cheapestToLearn } from '../src/credentials/cheaper-answers.js';
import type { Asker, CredentialWorld } from '../src/credentials/credential-answers.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { credential, line, skills, TODAY } from './support/credential-fixtures.js';

/**
 * "anything cheaper?": free routes first (audit, financial aid), then the least costly credentials
 * that cover the person's top gaps, each with cost and time, including one made for a neighbouring
 * role when it covers a top gap, said so; never one that covers none of their top gaps.
 */

const catalogSkills = skills({ agile: {}, scrum: { broader: ['agile'] }, 'project-management': {}, sdlc: {}, excel: {} });
const names: Record<string, string> = { coord: 'IT project coordinator', pm: 'Project manager' };
const course = credential('pm-course', {
  name: 'PM Course',
  kind: 'professional-certificate',
  level: 'entry-certificate',
  skills: ['project-management', 'agile', 'scrum'],
  targetRoles: ['pm', 'coord'],
  costs: [line('subscription', 49, { per: 'month' })],
  hours: { min: 200, max: 200, kind: 'provider', basis: 'provider', says: "the provider's own figure", stated: '200 h', source: 'test', asOf: '2026', confidence: 'S' },
  assessment: ['quizzes', 'capstone'],
  freeAudit: true,
  financialAid: true,
});
const scrumExam = credential('scrum-exam', {
  name: 'Scrum Exam',
  skills: ['scrum'],
  targetRoles: ['pm'],
  costs: [line('exam', 200)],
  hours: { min: 30, max: 30, kind: 'estimate', basis: 'guides', says: 'an estimate from study guides', stated: '30 h', source: 'test', asOf: '2026', confidence: 'S' },
});
const excelExam = credential('excel-exam', { name: 'Excel Exam', skills: ['excel'], targetRoles: ['pm'], costs: [line('exam', 50)] });
const agileAssociate = credential('agile-associate', { name: 'Agile Associate', level: 'associate', skills: ['agile'], targetRoles: ['pm'], costs: [line('exam', 100)] });
const all: CatalogCredential[] = [course, scrumExam, excelExam, agileAssociate];
const world: CredentialWorld = { credentials: all, index: buildCredentialIndex(all, catalogSkills), roleName: (id) => names[id] };
const carla: Asker = {
  role: { id: 'coord', name: 'IT project coordinator' },
  gaps: [{ skill: 'agile', share: 1 }, { skill: 'sdlc', share: 1 }],
  hoursPerWeek: 8,
  budgetUsd: 600,
  held: [],
  today: TODAY,
};

describe('cheaper', () => {
  it('puts the free routes first, then the least costly credentials covering a top gap, with cost and time', () => {
    const said = cheaper(undefined, carla, world);
    const [free, lead, ...lines] = said.split('\n');
    expect(free).toMatch(/^Free first: \*PM Course\*: you can audit it free \(study it without the certificate\) or you can apply for financial aid on its course page; certifying costs \$\d+ at your pace, about \d+ weeks at your 8 hours a week\.$/);
    expect(lead).toContain('The least costly credentials I know that cover your top gaps (AGILE and SDLC), over 3 years:');
    // The Scrum exam is made for project managers but covers her top gap: listed first, as the cheaper, and said to be for that role.
    expect(lines[0]).toMatch(/^- \*Scrum Exam\*: \$200 in all.*about 4 weeks at your 8 hours a week.*It is made for project manager roles\.$/);
    expect(lines[1]).toMatch(/^- \*PM Course\*/);
    // Excel is not one of her top gaps: the $50 exam is not offered; nor another role's associate exam, though it covers Agile.
    expect(said).not.toContain('Excel Exam');
    expect(said).not.toContain('Agile Associate');
  });

  it('with a named credential, lists only what costs less than it', () => {
    const said = cheaper(course, carla, world);
    expect(said).toMatch(/^\*PM Course\* comes to \$\d+ over 3 years\. Cheaper for IT project coordinator roles:/);
    expect(said).toContain('*Scrum Exam*');
    expect(said).not.toContain('Free first');
  });
});

describe('the cheapest way to learn a skill', () => {
  it('is about that skill: free routes first, then the priced ones cheapest first, never a credential for other gaps', () => {
    const said = cheapestToLearn('scrum', 'Scrum', carla, world, false);
    expect(said.split('\n')[0]).toMatch(/^Free first: \*PM Course\*: you can audit it free/);
    expect(said).toContain('Then the least costly that teach SCRUM, over 3 years:\n- *Scrum Exam*: $200 in all');
    expect(said).not.toContain('Excel Exam');
    // Excel is not a top gap of hers, yet asked about by name it is what the answer is about.
    expect(cheapestToLearn('excel', 'excel', carla, world, false)).toMatch(/^The least costly that teach EXCEL, over 3 years:\n- \*Excel Exam\*: \$50/);
  });
  it('says when the name asked is narrower than the skill that teaches it, and when only free will do and none is', () => {
    expect(cheapestToLearn('agile', 'Kanban', carla, world, false).split('\n')[0]).toBe('My catalog has no course on Kanban alone; it files it under AGILE.');
    expect(cheapestToLearn('excel', 'excel', carla, world, true)).toMatch(/^I know no free course that teaches EXCEL\.\nThe least costly/);
  });
  it('says plainly when no credential in the catalog teaches it', () => {
    expect(cheapestToLearn('sdlc', 'SDLC', carla, world, false)).toMatch(/^My catalog has no course for SDLC\. It is learnt from the source itself/);
    expect(cheapestToLearn('sdlc', 'waterfall', carla, world, false)).toMatch(/^My catalog has no course on waterfall alone; it files it under SDLC\. No credential in it teaches that either/);
  });
});
