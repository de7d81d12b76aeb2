import { beforeAll, describe, expect, it } from 'vitest';
import { backgroundAnswer, codingAnswer, confidenceAnswer, qualifiedAnswer, realisticAnswer, type CodeSkill, type PersonSaid } from '../flows/person-answers.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import type { Role } from '../src/data/roles-schema.js';

let data: CoachData;
let languages: CodeSkill[];
const role = (id: string): Role => {
  const found = data.catalog.roles.byId.get(id);
  if (!found) throw new Error(`the catalog has ${id}`);
  return found;
};
beforeAll(async () => {
  data = await loadCoachData();
  languages = data.catalog.skills.skills.filter((s) => s.category === 'language').map((s) => ({ id: s.id, name: s.name }));
});

const person = (over: Partial<PersonSaid> = {}): PersonSaid => ({ skills: [], heldNames: [], skillName: (id) => data.skillName(id), ...over });
const report = (roleId: string, kind: 'ready' | 'close' | 'gap', covered: number, gaps: string[], source: 'postings' | 'catalog' = 'postings') => ({
  role: roleId,
  source,
  verdict: { kind, covered },
  gaps: gaps.map((skill, i) => ({ skill, share: i === 0 ? 1 : 0.5 })),
});

describe('"am I already qualified?"', () => {
  it('close: the report\'s share and the gaps that stand between, a basic skill said as one to deepen', () => {
    const said = qualifiedAnswer(person({ report: report('data-analyst', 'close', 0.69, ['sql', 'data-warehousing', 'data-analysis']), skills: [{ skill: 'sql', level: 'basic' }] }), role('data-analyst'));
    expect(said).toBe(
      'Nearly: your gap report says you are close, covering about 69% of the technical skills your postings ask for. What stands between you and the rest is SQL (deepen the basics you have), Data warehousing and Data analysis: a focused course or project on each, not a long programme. You can start applying to the postings you match best while you close them.',
    );
  });
  it('ready says apply now; a real gap says not yet and where to start; the typical demand is said as such', () => {
    expect(qualifiedAnswer(person({ report: report('it-support', 'ready', 0.85, ['ticketing']) }), role('it-support'))).toMatch(/^Yes: your gap report says you are ready to apply, covering about 85% of the technical skills your postings ask for\. Apply now/);
    const gap = qualifiedAnswer(person({ report: report('cloud-engineer', 'gap', 0.2, ['aws', 'terraform'], 'catalog') }), role('cloud-engineer'));
    expect(gap).toMatch(/^Not yet: your gap report shows a real gap, with about 20% of the technical skills the role usually asks for covered so far\. Start with AWS/);
  });
  it('without a report for the role, how to get one, never a verdict', () => {
    const said = qualifiedAnswer(person({ report: report('data-analyst', 'close', 0.69, ['sql']) }), role('cloud-engineer'));
    expect(said).toMatch(/^I can tell you once I have compared what you bring with what the jobs ask for \*Cloud engineer\*/);
    expect(said).not.toContain('69%');
  });
});

describe('"do i need to learn coding?"', () => {
  it('a role with no language among its core skills: not as a programmer does, and what the postings name', () => {
    const said = codingAnswer(person({ report: report('business-analyst', 'gap', 0.3, ['requirements-gathering', 'sql']) }), role('business-analyst'), languages);
    expect(said).toMatch(/^Not as a programmer does: no programming or query language is among the core skills business analyst jobs are hired on\./);
    expect(said).toContain('Your postings name SQL (50% of them), so that is the one to learn if you learn any; ask me "anything for SQL?"');
  });
  it('a role hired on a language: yes, some, with what they already have', () => {
    const said = codingAnswer(person({ skills: [{ skill: 'sql', level: 'basic' }] }), role('data-analyst'), languages);
    expect(said).toMatch(/^Yes, some: SQL is among the core skills data analyst jobs are hired on/);
    expect(said).toContain('You already have SQL (basic).');
    expect(said).toContain('Paste a few real postings in the gap interview');
  });
  it('a language named in the question is answered for that language', () => {
    const python = languages.find((l) => l.id === 'python');
    expect(codingAnswer(person(), role('project-manager'), languages, python)).toMatch(/^No: Python is not among the core skills project manager \/ Scrum master jobs are hired on\./);
  });
  it('without a role, it depends, and no role is made up', () => {
    expect(codingAnswer(person(), undefined, languages)).toMatch(/^It depends on the role/);
  });
});

describe('"will tech people take me seriously?"', () => {
  it('answered with their own years, job and credentials, and the gaps their plan closes; no figure', () => {
    const said = confidenceAnswer(
      person({ currentRole: 'construction project manager', yearsExperience: 25, heldNames: ['PMP (Project Management Professional)'], report: report('project-manager', 'close', 0.6, ['sdlc', 'jira']) }),
      role('project-manager'),
    );
    expect(said).toContain('Your 25 years as construction project manager, and *PMP (Project Management Professional)*, show judgement and delivery');
    expect(said).toContain('Speak their language on');
    expect(said).not.toMatch(/\d+%/);
  });
  it('with nothing known, their years of work', () => {
    expect(confidenceAnswer(person(), undefined)).toContain('Your years of work show judgement and delivery that tech teams value');
  });
});

describe('"would my legal background count for anything?"', () => {
  it('yes: the strength the job shows, the work they said the role asks for in their words, and what it leaves', () => {
    const said = backgroundAnswer(
      person({
        currentRole: 'paralegal',
        yearsExperience: 17,
        report: report('grc-analyst', 'gap', 0.35, ['auditing', 'security-frameworks']),
        skills: [
          { skill: 'excel' },
          { skill: 'regulatory-compliance', evidence: 'I handle the GDPR subject access requests' },
          { skill: 'auditing', level: 'basic', evidence: 'I prepare the annual compliance audit checklist' },
        ],
      }),
      role('grc-analyst'),
      ['legal'],
    );
    expect(said).toMatch(/^Yes, it counts: your 17 years as \*paralegal\* bring Legal, a strength your gap report names\. /);
    expect(said).toContain('Regulatory compliance ("I handle the GDPR subject access requests")');
    expect(said).toContain('Auditing and control testing at a basic level ("I prepare the annual compliance audit checklist")');
    // Their words before a skill only named.
    expect(said.indexOf('Excel')).toBeGreaterThan(said.indexOf('Regulatory compliance'));
    expect(said).toContain('What it doesn\'t cover yet is Auditing and control testing (deepen the basics you have) and Security frameworks and controls');
  });
  it('a job with no field of its own still counts as years; nothing said yet asks for the gap interview, never a verdict', () => {
    expect(backgroundAnswer(person({ currentRole: 'store manager', yearsExperience: 12 }), role('it-support'), [])).toMatch(/^Yes, it counts: your 12 years as \*store manager\* are experience many candidates lack\. Say in your applications/);
    const none = backgroundAnswer(person(), role('it-support'), []);
    expect(none).toContain('gap interview (`gaps`)');
    expect(none).not.toMatch(/^Yes/);
  });
});

describe('"Is CISA realistic for someone like me?"', () => {
  const fatima = () => person({ currentRole: 'paralegal', yearsExperience: 17 });
  it('with the rule the data holds: the rule, set against their years, and when it fits their path', () => {
    const said = realisticAnswer(fatima(), { name: '*PMP*', rules: ['36 months of project experience with a 4-year degree.'], sourced: true, checkAt: "PMI's page" });
    expect(said).toBe(
      "*PMP* asks for this first: 36 months of project experience with a 4-year degree. Set that against your 17 years as *paralegal*: only time in that work counts, so if yours is not there yet, it is a later step, taken once you have it, not a first one. Check PMI's page for what it accepts in place of experience.",
    );
  });
  it('without a sourced rule: says it does not know and where to check, and invents no figure', () => {
    const said = realisticAnswer(fatima(), { name: "ISACA's CISA", rules: [], sourced: false, checkAt: "ISACA's CISA page" });
    expect(said).toMatch(/^I don't know what experience ISACA's CISA asks for: my notes have no sourced rule for it, so check ISACA's CISA page/);
    expect(said).toContain('your 17 years as *paralegal*');
    expect(said).not.toMatch(/\d+ (?:years|months) of/);
    expect(realisticAnswer(fatima(), { name: '*Excel Exam*', rules: [], sourced: true, checkAt: "Microsoft's page" })).toMatch(/^\*Excel Exam\* asks for no experience or prerequisite in my notes, so yes/);
  });
});
