import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import type { Role } from '../src/data/roles-schema.js';
import { buildGapReport, rankRows, type DemandRow, type PostingItem } from '../src/gaps/gap-report.js';
import { experienceLine } from '../flows/gap-report-replies.js';
import { realCatalog } from './support/catalog.js';

let catalog: Catalog;
let analyst: Role;
beforeAll(async () => {
  catalog = await realCatalog();
  analyst = catalog.roles.byId.get('data-analyst') as Role;
});

const report = (have: { skill: string; level?: 'basic' | 'intermediate' | 'advanced' }[], postings: PostingItem[][]) =>
  buildGapReport({ role: analyst, have, postings, skills: catalog.skills });

describe('the gap report', () => {
  const postings = [
    ['sql', 'excel', 'tableau', 'communication'],
    ['sql', 'python', 'excel'],
    ['sql', 'power-bi', 'python', 'stakeholder-management'],
    ['sql', 'tableau', 'python'],
  ];

  it('ranks demand by the share of postings that ask for each skill', () => {
    const demand = report([], postings).demand;
    expect(demand[0]).toMatchObject({ skill: 'sql', name: 'SQL', share: 1, weight: 1, required: 4, preferred: 0 });
    expect(demand.find((d) => d.skill === 'python')?.share).toBe(0.75);
    expect(demand.find((d) => d.skill === 'power-bi')?.share).toBe(0.25);
  });

  it('ranks gaps by demand and absence: a basic level counts as half there', () => {
    const gaps = report([{ skill: 'sql', level: 'basic' }, { skill: 'excel' }, { skill: 'tableau' }], postings).gaps.map((g) => g.skill);
    expect(gaps.slice(0, 2)).toEqual(['python', 'sql']);
    expect(gaps).not.toContain('excel');
    expect(gaps).not.toContain('tableau');
  });

  it('breaks a tie of demand times absence by the higher demand', () => {
    const gaps = report([{ skill: 'sql', level: 'basic' }, { skill: 'python' }], postings).gaps.map((g) => g.skill);
    expect(gaps.slice(0, 3)).toEqual(['sql', 'excel', 'tableau']);
  });

  it('keeps soft and domain skills out of the gaps, and never lists a quality the person did not name as one to show', () => {
    const r = report([{ skill: 'leadership' }, { skill: 'accounting' }], postings);
    expect(r.gaps.map((g) => g.skill)).not.toContain('communication');
    expect(r.strengths.map((s) => s.name)).toEqual(['Leadership', 'Accounting']);
    // The postings ask for communication and stakeholder management; the person named neither.
    expect(r.toShow).toEqual([]);
  });

  it('shows a soft skill the postings ask for, in the words the person said it, as a story to tell', () => {
    const r = buildGapReport({
      role: analyst,
      have: [{ skill: 'communication', evidence: 'explaining the numbers to the board' }, { skill: 'sql', level: 'basic', evidence: 'some SQL' }],
      postings,
      skills: catalog.skills,
    });
    expect(r.toShow).toEqual([{ skill: 'communication', name: 'Communication', evidence: 'explaining the numbers to the board' }]);
    expect(r.haveAsked.map((h) => h.skill)).toEqual(['sql']);
    expect(r.strengths).toEqual([]);
  });

  it('keeps a field read from the job title marked as such, beside what the person said', () => {
    const r = buildGapReport({ role: analyst, have: [{ skill: 'healthcare', evidence: 'ICU nurse', fromJob: true }], postings, skills: catalog.skills });
    expect(r.strengths).toEqual([{ skill: 'healthcare', name: 'Healthcare', evidence: 'ICU nurse', fromJob: true }]);
  });

  it('lists each skill the person named once: asked and technical under have, asked and soft as a story, the rest as a strength', () => {
    const have = [
      { skill: 'excel', evidence: 'advanced Excel' },
      { skill: 'spreadsheets', inferredFrom: 'excel', evidence: 'advanced Excel' },
      { skill: 'communication', evidence: 'presenting to the board' },
      { skill: 'budgeting', evidence: 'managed a £2m budget' },
      { skill: 'customer-service', evidence: 'customer complaints all day' },
    ];
    const r = buildGapReport({ role: analyst, have, postings, skills: catalog.skills });
    const places = [...r.haveAsked.map((h) => h.skill), ...r.toShow.map((s) => s.skill), ...r.strengths.map((s) => s.skill)];
    expect(places.sort()).toEqual(['budgeting', 'communication', 'customer-service', 'excel']);
    expect(r.haveAsked.map((h) => h.skill)).toEqual(['excel']);
    expect(r.toShow.map((s) => s.skill)).toEqual(['communication']);
    expect(r.strengths.map((s) => s.skill)).toEqual(['budgeting', 'customer-service']);
  });

  it('falls back to the role catalog when no posting had a skill in it, and says how many did not count', () => {
    const r = report([], [[], []]);
    expect(r.source).toBe('catalog');
    expect(r.postingsUnrecognised).toBe(2);
    expect(r.demand.find((d) => d.skill === 'sql')?.share).toBe(analyst.skills.find((s) => s.skill === 'sql')?.weight);
  });

  it('leaves no gaps and full coverage when the user has everything asked for', () => {
    const everything = [...new Set(postings.flat())].map((skill) => ({ skill }));
    const r = report(everything, postings);
    expect(r.gaps).toEqual([]);
    expect(r.coverage).toBe(1);
  });

  it('more skills never lower the coverage', () => {
    const few = report([{ skill: 'excel' }], postings).coverage;
    const more = report([{ skill: 'excel' }, { skill: 'python' }], postings).coverage;
    expect(more).toBeGreaterThan(few);
  });
});

describe('levels and alternatives', () => {
  const req = (...skills: string[]): PostingItem => ({ skills, level: 'required', phrase: skills.join(' or ') });
  const pref = (...skills: string[]): PostingItem => ({ skills, level: 'preferred', phrase: `${skills.join(' or ')} is a plus` });

  it('counts a preferred demand at half the weight of a required one, and says how often each was asked', () => {
    const r = report([], [[req('sql'), pref('python')], [req('sql'), req('python')]]);
    const python = r.demand.find((d) => d.skill === 'python');
    expect(python).toMatchObject({ share: 1, weight: 0.75, required: 1, preferred: 1 });
    expect(r.demand[0]?.skill).toBe('sql');
  });

  it('when the weights tie, the share of postings decides', () => {
    // 0.5 (required in 1 of 2) equals 0.5 (preferred in 2 of 2): the share of postings decides.
    const r = report([], [[req('sql'), pref('python')], [pref('python')]]);
    expect(r.demand.map((d) => d.skill)).toEqual(['python', 'sql']);
    expect(r.demand[0]?.rankedBy).toBe('share');
  });

  it('treats "Tableau or Power BI" as one demand that either skill covers', () => {
    const postings = [[req('sql'), req('tableau', 'power-bi')], [req('tableau', 'power-bi')]];
    const none = report([], postings);
    const bi = none.gaps.find((g) => g.alternatives.includes('tableau'));
    expect(bi).toMatchObject({ name: 'Tableau or Power BI', alternatives: ['tableau', 'power-bi'], share: 1 });
    expect(none.gaps.filter((g) => g.alternatives.includes('power-bi'))).toHaveLength(1);
    const withPowerBi = report([{ skill: 'power-bi' }], postings);
    expect(withPowerBi.gaps.map((g) => g.skill)).toEqual(['sql']);
    expect(withPowerBi.have[0]).toMatchObject({ skill: 'power-bi', share: 1 });
  });

  it('a bare skill id is a required demand, as callers that do not read levels pass it', () => {
    expect(report([], [['sql']]).demand[0]).toMatchObject({ required: 1, preferred: 0, weight: 1 });
  });
});

describe('ranking without the alphabet', () => {
  const row = (skill: string, weight: number, share: number, core: boolean): DemandRow =>
    ({ skill, name: skill, alternatives: [skill], weight, share, core, required: 0, preferred: 0 });

  it('ranks by weight, then share of postings, then core competency, and says which decided', () => {
    const ranked = rankRows([row('a', 0.5, 0.5, false), row('b', 0.5, 0.5, true), row('c', 0.5, 1, false), row('d', 0.9, 0.5, false)]);
    expect(ranked.map((r) => [r.skill, r.rankedBy])).toEqual([['d', 'weight'], ['c', 'share'], ['b', 'core'], ['a', 'last']]);
  });

  it('keeps the order rows came in when nothing tells them apart, and says it is a tie', () => {
    const ranked = rankRows([row('zeta', 0.5, 0.5, false), row('alpha', 0.5, 0.5, false)]);
    expect(ranked.map((r) => [r.skill, r.rankedBy])).toEqual([['zeta', 'tie'], ['alpha', 'last']]);
  });

  it('from the catalog, core competencies come first, in the profile\'s order, and say what ranked them', async () => {
    const roles = (await realCatalog()).roles;
    const ml = roles.byId.get('ml-engineer') as Role;
    const r = buildGapReport({ role: ml, have: [], postings: [], skills: catalog.skills });
    // Machine learning, statistics, Python, SQL: each weighs 1 (a core competency), above any tool.
    const top = r.gaps.slice(0, 4);
    expect(top.map((g) => g.skill)).toEqual(['machine-learning', 'statistics', 'python', 'sql']);
    expect(top.every((g) => g.core && g.weight === 1)).toBe(true);
    expect(top.map((g) => g.rankedBy)).toEqual(['tie', 'tie', 'tie', 'weight']);
    expect(r.gaps[4]?.core).toBe(false);
    // PyTorch and TensorFlow are machine learning here, not two more gaps.
    expect(r.gaps.map((g) => g.skill)).not.toContain('pytorch');
    expect(r.gaps[0]?.alternatives).toEqual(expect.arrayContaining(['pytorch', 'tensorflow', 'deep-learning']));
  });
});

describe('core competencies through the tools that show them', () => {
  it('counts Tableau as core where data visualisation is, so it ranks above an equally asked non-core tool', () => {
    const r = buildGapReport({ role: analyst, have: [], postings: [['python', 'tableau']], skills: catalog.skills });
    expect(r.gaps.map((g) => [g.skill, g.core])).toEqual([['tableau', true], ['python', false]]);
    expect(r.gaps[0]?.rankedBy).toBe('core');
  });
});

describe('the catalog\'s typical demand, read as a coach reads a role profile', () => {
  const role = (id: string) => catalog.roles.byId.get(id) as Role;
  const fromCatalog = (id: string, have: { skill: string; level?: 'basic' | 'intermediate' | 'advanced' }[], relation?: 'same' | 'step-down' | 'other') =>
    buildGapReport({ role: role(id), have, postings: [], skills: catalog.skills, ...(relation ? { relation } : {}) });

  it('puts IT support\'s core competencies ahead of the operating systems it names, which fold into one demand', () => {
    const r = fromCatalog('it-support', []);
    expect(r.gaps.slice(0, 4).map((g) => g.skill)).toEqual(['troubleshooting', 'operating-systems', 'networking', 'technical-support']);
    const os = r.gaps.find((g) => g.skill === 'operating-systems');
    expect(os?.alternatives).toEqual(expect.arrayContaining(['windows', 'macos', 'linux', 'ios']));
    expect(r.gaps.map((g) => g.skill)).not.toContain('linux');
  });

  it('covers a competency with any tool that is an instance of it: Windows covers operating systems, AWS one major cloud', () => {
    expect(fromCatalog('it-support', [{ skill: 'windows' }]).gaps.map((g) => g.skill)).not.toContain('operating-systems');
    const cloud = fromCatalog('cloud-engineer', [{ skill: 'aws' }, { skill: 'python' }]);
    expect(cloud.gaps.map((g) => g.skill)).not.toContain('cloud-computing');
    // Python is one of the scripting languages the role names: the scripting demand is met.
    expect(cloud.gaps.map((g) => g.name)).not.toContain('Bash, Python or PowerShell');
    expect(cloud.gaps.slice(0, 3).map((g) => g.skill)).toEqual(['linux', 'networking', 'infrastructure-as-code']);
  });

  it('groups listed tools that share an unlisted parent into one demand either meets ("Microsoft Azure or AWS")', () => {
    const r = fromCatalog('data-analyst', []);
    const cloud = r.demand.filter((d) => d.alternatives.includes('azure') || d.alternatives.includes('aws'));
    expect(cloud).toHaveLength(1);
    expect(cloud[0]?.name).toMatch(/Azure or AWS/);
  });

  it('marks a core competency held at a basic level as one to deepen, and ranks it below the missing ones', () => {
    const r = fromCatalog('ml-engineer', [{ skill: 'python', level: 'basic' }, { skill: 'excel' }]);
    expect(r.gaps.slice(0, 3).map((g) => g.skill)).toEqual(['machine-learning', 'statistics', 'sql']);
    const python = r.gaps.find((g) => g.skill === 'python');
    expect(python).toMatchObject({ deepen: true, core: true });
    expect(r.gaps.find((g) => g.skill === 'sql')?.deepen).toBe(false);
  });
});

describe('the verdict', () => {
  const fromCatalog = (id: string, have: string[], relation?: 'same' | 'step-down' | 'other') =>
    buildGapReport({ role: catalog.roles.byId.get(id) as Role, have: have.map((skill) => ({ skill })), postings: [], skills: catalog.skills, ...(relation ? { relation } : {}) }).verdict;

  it('is ready for someone with every core competency and half the demand, a gap for a beginner, close in between', () => {
    const ready = fromCatalog('data-analyst', ['sql', 'excel', 'tableau', 'statistics']);
    expect(ready).toMatchObject({ kind: 'ready', coreCovered: 1, coreMissing: [] });
    expect(ready.covered).toBeGreaterThanOrEqual(0.5);
    const close = fromCatalog('data-analyst', ['sql', 'excel', 'python']);
    expect(close.kind).toBe('close');
    expect(close.coreMissing).toEqual(['Data visualization', 'Statistics']);
    expect(fromCatalog('data-analyst', ['excel']).kind).toBe('gap');
    expect(fromCatalog('ml-engineer', []).covered).toBe(0);
  });

  it('counts the core competencies as held when the target is the person\'s job or a step down from it', () => {
    const senior = fromCatalog('data-analyst', ['sql', 'python', 'tableau', 'statistics'], 'step-down');
    expect(senior).toMatchObject({ kind: 'ready', relation: 'step-down', coreCovered: 1 });
    expect(senior.covered).toBeGreaterThan(fromCatalog('data-analyst', ['sql', 'python', 'tableau', 'statistics']).covered);
    expect(fromCatalog('it-project-coordinator', [], 'same').kind).toBe('ready');
  });

  it('from postings, reads the share of what they ask: everything asked is ready, a core skill missing keeps it close', () => {
    const postings = [['sql', 'python', 'tableau', 'statistics'], ['sql', 'python', 'excel']];
    const all = buildGapReport({ role: analyst, have: ['sql', 'python', 'tableau', 'statistics', 'excel'].map((skill) => ({ skill })), postings, skills: catalog.skills });
    expect(all.verdict).toMatchObject({ kind: 'ready', covered: 1 });
    const noExcel = buildGapReport({ role: analyst, have: ['sql', 'python', 'tableau'].map((skill) => ({ skill })), postings, skills: catalog.skills });
    expect(noExcel.verdict.kind).toBe('close');
    expect(noExcel.verdict.coreMissing).toEqual(expect.arrayContaining(['Statistics', 'Excel']));
  });
});

describe('strengths', () => {
  it('counts a skill the role does not ask for (budgeting for an analyst) as a strength the career brings, not a gap', () => {
    const r = buildGapReport({ role: analyst, have: [{ skill: 'budgeting' }, { skill: 'excel' }], postings: [['sql', 'excel']], skills: catalog.skills });
    expect(r.strengths.map((s) => s.name)).toEqual(['Budget management']);
    expect(r.haveAsked.map((h) => h.name)).toEqual(['Excel']);
  });
});

describe('alternatives and a skill named alone elsewhere', () => {
  const alt = (...skills: string[]): PostingItem => ({ skills, level: 'required', phrase: skills.join(' or ') });
  const pm = () => catalog.roles.byId.get('project-manager') as Role;

  it('"Agile or Scrum" in one posting, "Scrum" and "Agile" alone in others are one demand asked by every posting', () => {
    const r = buildGapReport({ role: pm(), have: [], postings: [[alt('agile', 'scrum'), 'jira'], ['scrum'], ['agile', 'jira']], skills: catalog.skills });
    const agile = r.demand.filter((d) => d.alternatives.includes('agile') || d.alternatives.includes('scrum'));
    expect(agile).toHaveLength(1);
    expect(agile[0]).toMatchObject({ name: 'Agile or Scrum', share: 1, required: 3 });
    expect(r.gaps[0]?.skill).toBe('agile');
  });

  it('two sets that only overlap stay apart, even with the shared skill named alone too; a set within another joins it', () => {
    const writer = catalog.roles.byId.get('technical-writer') as Role;
    const r = buildGapReport({ role: writer, have: [], postings: [[alt('zendesk', 'confluence')], [alt('confluence', 'sharepoint')], ['confluence']], skills: catalog.skills });
    expect(r.demand.map((d) => d.alternatives).filter((a) => a.includes('confluence'))).toEqual([['zendesk', 'confluence'], ['confluence', 'sharepoint']]);
    const cloud = buildGapReport({ role: catalog.roles.byId.get('cloud-engineer') as Role, have: [], postings: [[alt('aws', 'azure', 'google-cloud')], [alt('aws', 'azure')]], skills: catalog.skills });
    expect(cloud.demand.filter((d) => d.alternatives.includes('aws'))).toHaveLength(1);
  });

  it('a security clearance a posting asks for is a strength when held and never a gap to study when not', () => {
    const soc = catalog.roles.byId.get('soc-analyst') as Role;
    const postings = [['security-clearance', 'siem']];
    const without = buildGapReport({ role: soc, have: [], postings, skills: catalog.skills });
    expect(without.gaps.map((g) => g.skill)).not.toContain('security-clearance');
    expect(without.gaps.map((g) => g.skill)).toContain('siem');
    const withIt = buildGapReport({ role: soc, have: [{ skill: 'security-clearance' }], postings, skills: catalog.skills });
    expect(withIt.have.map((h) => h.skill)).toEqual(['security-clearance']);
    // Held and asked for: under what he has, once, and not again as a strength.
    expect(withIt.haveAsked.map((h) => h.name)).toEqual(['Government security clearance']);
    expect(withIt.strengths).toEqual([]);
    expect(withIt.toShow).toEqual([]);
  });

  it('two skills named alone stay apart, broader or not: Windows is not any operating system', () => {
    const r = buildGapReport({ role: catalog.roles.byId.get('it-support') as Role, have: [], postings: [['windows'], ['operating-systems']], skills: catalog.skills });
    expect(r.demand.map((d) => d.alternatives)).toEqual([['windows'], ['operating-systems']]);
  });

  it('a credential that shows the job covers only what it proves; the job title covers the whole core', () => {
    const postings = [['project-management', 'agile', 'jira'], ['risk-management', 'agile']];
    const byPmp = buildGapReport({ role: pm(), have: [], postings, skills: catalog.skills, relation: 'same', provenBy: 'PMP', proves: ['project-management', 'risk-management'] });
    expect(byPmp.gaps.map((g) => g.skill)).toEqual(['agile', 'jira']);
    expect(byPmp.provenCovers).toEqual(['Project management', 'Risk management']);
    expect(byPmp.verdict.kind).not.toBe('ready');
    const byTitle = buildGapReport({ role: pm(), have: [], postings, skills: catalog.skills, relation: 'same' });
    expect(byTitle.gaps.map((g) => g.skill)).toEqual(['jira']);
    expect(byTitle.verdict.kind).toBe('ready');
  });
});

describe('a lone skill broader than a set of alternatives', () => {
  it('stays its own demand: data visualisation in general does not satisfy "Tableau or Power BI"', () => {
    const alt: PostingItem = { skills: ['tableau', 'power-bi'], level: 'required', phrase: 'Tableau or Power BI' };
    const r = buildGapReport({ role: analyst, have: [{ skill: 'data-visualization' }], postings: [[alt], ['data-visualization']], skills: catalog.skills });
    expect(r.demand.map((d) => d.alternatives)).toEqual([['tableau', 'power-bi'], ['data-visualization']]);
    expect(r.gaps.map((g) => g.skill)).toEqual(['tableau']);
  });
});

describe('a portfolio the postings ask to see', () => {
  it('is counted over the postings that count, beside the demand and never as a gap', () => {
    const postings: PostingItem[][] = [['sql', 'tableau'], ['sql'], []];
    const portfolios = [{ level: 'required' as const, phrase: 'Portfolio required.' }, null, { level: 'required' as const, phrase: 'Send your portfolio.' }];
    const got = buildGapReport({ role: analyst, have: [], postings, portfolios, skills: catalog.skills });
    // The third posting had no skill read, so it does not count, and neither does its portfolio.
    expect(got.portfolio).toEqual({ asked: 1, required: 1, phrase: 'Portfolio required.' });
    expect(got.gaps.map((g) => g.skill)).toEqual(['sql', 'tableau']);
    expect(buildGapReport({ role: analyst, have: [], postings, skills: catalog.skills }).portfolio).toBeUndefined();
  });
});


describe('years the postings ask for in a role, field or industry', () => {
  const ba = () => catalog.roles.byId.get('business-analyst') as Role;
  const years = (skills: string[], phrase: string, level: 'required' | 'preferred' = 'required'): PostingItem => ({ skills, level, phrase, experience: true });
  const bank: PostingItem = years(['business-analysis', 'finance'], '3+ years experience in business analysis, operations or banking');
  const similar = [years(['business-analysis'], '2-4 years as a business analyst or similar role in financial services'), years(['finance'], '2-4 years as a business analyst or similar role in financial services')];
  const postings: PostingItem[][] = [['requirements-gathering', 'jira', bank], ['requirements-gathering', 'process-mapping', ...similar]];
  const manager = [{ skill: 'finance', evidence: 'bank branch manager', fromJob: true as const }];

  it('are experience, never a demand, a gap or part of the share covered', () => {
    const r = buildGapReport({ role: ba(), have: manager, postings, skills: catalog.skills });
    expect(r.demand.map((d) => d.skill).sort()).toEqual(['jira', 'process-mapping', 'requirements-gathering']);
    expect(r.gaps.map((g) => g.skill)).not.toContain('business-analysis');
    expect(r.coverage).toBe(0);
    expect(r.experience.map((e) => ({ phrase: e.phrase, met: e.met, parts: e.parts }))).toEqual([
      { phrase: '3+ years experience in business analysis, operations or banking', met: true, parts: [['business-analysis', 'finance']] },
      { phrase: '2-4 years as a business analyst or similar role in financial services', met: false, parts: [['business-analysis'], ['finance']] },
    ]);
    expect(r.experience[0]?.metBy).toEqual([{ skill: 'finance', name: 'Finance', evidence: 'bank branch manager', fromJob: true }]);
    expect(r.verdict.experience).toEqual({ asked: 2, met: 1 });
  });

  it('are met by the role itself held, and by doing the job', () => {
    const analystNow = buildGapReport({ role: ba(), have: [{ skill: 'business-analysis' }, ...manager], postings, skills: catalog.skills });
    expect(analystNow.experience.every((e) => e.met)).toBe(true);
    const same = buildGapReport({ role: ba(), have: [], postings, skills: catalog.skills, relation: 'same' });
    expect(same.verdict.experience).toEqual({ asked: 2, met: 2 });
  });

  it('are not met by a skill read only from a held exam: passing it is no time in the work', () => {
    const byExam = [{ skill: 'finance', fromCredential: { id: 'some-exam', name: 'A finance exam' } }];
    const r = buildGapReport({ role: ba(), have: byExam, postings, skills: catalog.skills });
    expect(r.experience[0]?.met).toBe(false);
    expect(r.experience[0]?.metBy).toEqual([]);
    const worked = buildGapReport({ role: ba(), have: [...byExam, ...manager], postings, skills: catalog.skills });
    expect(worked.experience[0]?.met).toBe(true);
  });

  it('are said beside the verdict: what counts for which, and that the rest comes from doing the work', () => {
    const r = buildGapReport({ role: ba(), have: manager, postings, skills: catalog.skills });
    const line = experienceLine(r, 'bank branch manager', 11) ?? '';
    expect(line).toContain('Your postings also ask for time in the work: "3+ years experience in business analysis, operations or banking" and "2-4 years as a business analyst or similar role in financial services".');
    expect(line).toContain('Your 11 years as *bank branch manager* may count for the one that accepts finance. The other asks for time in the role itself');
    const none = buildGapReport({ role: ba(), have: [], postings: [['jira', bank]], skills: catalog.skills });
    expect(experienceLine(none, 'teacher')).toBe('Your posting also asks for time in the work: "3+ years experience in business analysis, operations or banking". That comes from doing the job, not from a course, so it is not among your gaps. For it, name your closest work in your applications, and let a portfolio piece show what you can do.');
    // No years asked, or the target is the job they do: nothing to say.
    expect(experienceLine(buildGapReport({ role: ba(), have: [], postings: [['jira']], skills: catalog.skills }))).toBeUndefined();
    expect(experienceLine(buildGapReport({ role: ba(), have: [], postings, skills: catalog.skills, relation: 'same' }))).toBeUndefined();
  });
});

describe('a kind named beside one of its members ("Azure or another cloud platform")', () => {
  const de = () => catalog.roles.byId.get('data-engineer') as Role;
  const anyCloud: PostingItem = { skills: ['azure', 'cloud-computing'], level: 'required', phrase: 'Azure or another cloud platform' };

  it('is one demand with a member asked alone in another posting, and with two vendors named as alternatives', () => {
    const r = buildGapReport({ role: de(), have: [{ skill: 'aws' }], postings: [['aws', 'python'], [anyCloud, 'python']], skills: catalog.skills });
    const cloud = r.demand.find((d) => d.alternatives.includes('azure'));
    expect(cloud).toMatchObject({ name: 'Cloud computing (AWS or Microsoft Azure)', share: 1, required: 2 });
    expect(r.demand.filter((d) => d.alternatives.some((a) => ['aws', 'azure', 'cloud-computing'].includes(a)))).toHaveLength(1);
    // Her AWS meets it: no cloud gap.
    expect(r.gaps.map((g) => g.skill)).toEqual(['python']);
    const vendors: PostingItem = { skills: ['google-cloud', 'azure'], level: 'required', phrase: 'BigQuery or Azure Synapse' };
    const merged = buildGapReport({ role: de(), have: [], postings: [[vendors], [anyCloud]], skills: catalog.skills });
    expect(merged.demand).toHaveLength(1);
    expect(merged.demand[0]?.share).toBe(1);
  });

  it('does not join two postings that each name one vendor', () => {
    const r = buildGapReport({ role: de(), have: [], postings: [['aws'], ['azure']], skills: catalog.skills });
    expect(r.demand.map((d) => d.name)).toEqual(['AWS', 'Microsoft Azure']);
  });
});
