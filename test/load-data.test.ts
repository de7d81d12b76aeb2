import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataVariants } from './support/data-variants.js';
import { checkData } from '../src/data/check.js';
import { DataError, expectedWeight, loadCatalog, loadRoles, loadSkills, type Catalog } from '../src/data/load-data.js';
import type { PayFigure, Role } from '../src/data/roles-schema.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SKILLS_JSON = path.join(REPO, 'data/skills.json');
const ROLES_JSON = path.join(REPO, 'data/roles.json');

/* eslint-disable @typescript-eslint/no-explicit-any -- the bad files are built by poking at raw JSON */
type Raw = any;

const variants = dataVariants('pivot-data-');
let catalog: Catalog;
let rawSkills: Raw;
let rawRoles: Raw;

beforeAll(async () => {
  await variants.open();
  catalog = await loadCatalog();
  rawSkills = JSON.parse(await readFile(SKILLS_JSON, 'utf8'));
  rawRoles = JSON.parse(await readFile(ROLES_JSON, 'utf8'));
});

afterAll(async () => {
  await variants.close();
});

const variant = (name: string, source: Raw, change: (copy: Raw) => void) => variants.write(name, source, change);

const role = (id: string): Role => {
  const found = catalog.roles.byId.get(id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
};
const skillIndex = (id: string): number => rawSkills.skills.findIndex((s: Raw) => s.id === id);
const roleIndex = (id: string): number => rawRoles.roles.findIndex((r: Raw) => r.id === id);

async function loadError(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('the real data files', () => {
  it('load, with sensible counts', () => {
    expect(catalog.skills.skills.length).toBeGreaterThanOrEqual(120);
    // The catalog grows with the roles' vocabulary (trades, technical writing, product analytics); past 300 asks for a look.
    expect(catalog.skills.skills.length).toBeLessThanOrEqual(300);
    expect(catalog.roles.roles.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'data-analyst', 'data-scientist', 'cloud-engineer', 'cybersecurity-analyst', 'it-support', 'ux-designer', 'web-developer',
        'software-developer', 'digital-marketer', 'project-manager', 'salesforce-administrator', 'ml-engineer', 'business-analyst',
      ]),
    );
    expect(catalog.roles.degreeRequired.map((d) => d.id)).toEqual(
      expect.arrayContaining(['physician', 'lawyer', 'licensed-professional-engineer', 'public-school-teacher', 'registered-nurse', 'pharmacist']),
    );
  });

  it('carry and expose the O*NET CC BY 4.0 attribution', () => {
    const [onetLine] = catalog.attribution;
    expect(onetLine).toContain('O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)');
    expect(onetLine).toContain('Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.');
    expect(onetLine).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(catalog.roles.attribution.onet).toEqual(catalog.skills.attribution.onet);
  });

  it('give every role at least 5 skills, all of which resolve, weighted by the documented rule', () => {
    for (const r of catalog.roles.roles) {
      expect(r.skills.length, r.id).toBeGreaterThanOrEqual(5);
      for (const entry of r.skills) {
        const skill = catalog.skills.byId.get(entry.skill);
        expect(skill, `${r.id} -> ${entry.skill}`).toBeDefined();
        if (skill) expect(entry.weight, `${r.id} -> ${entry.skill}`).toBe(expectedWeight(entry, skill));
      }
    }
    for (const d of catalog.roles.degreeRequired) {
      for (const a of d.adjacent) expect(catalog.roles.byId.has(a.role), `${d.id} -> ${a.role}`).toBe(true);
    }
  });

  it('keep source, as-of and confidence beside every pay figure', () => {
    const figures: PayFigure[] = catalog.roles.roles.flatMap((r) => {
      const pay = r.pay;
      if (pay.kind === 'official') return [pay, ...pay.fallback, ...pay.related];
      if (pay.kind === 'proxy') return [...pay.proxies, ...pay.fallback];
      return pay.looseProxies;
    });
    expect(figures.length).toBeGreaterThan(20);
    for (const f of figures) {
      expect(f.asOf).toMatch(/^May \d{4} OEWS$/);
      expect(['V', 'S', 'U']).toContain(f.confidence);
      expect(f.source.length).toBeGreaterThan(10);
    }
  });

  it('keep the reference facts', () => {
    const dev = role('software-developer').pay;
    expect(dev).toMatchObject({ kind: 'official', amountUsd: 133080, asOf: 'May 2024 OEWS', confidence: 'S' });
    if (dev.kind === 'official') expect(dev.fallback).toContainEqual(expect.objectContaining({ amountUsd: 132270, asOf: 'May 2023 OEWS', confidence: 'V' }));

    const salesforce = role('salesforce-administrator').pay;
    expect(salesforce.kind).toBe('none');
    expect(salesforce.note).toMatch(/no government median/i);

    const analyst = role('data-analyst').pay;
    expect(analyst.kind).toBe('proxy');
    if (analyst.kind === 'proxy') expect(analyst.proxies).toContainEqual(expect.objectContaining({ amountUsd: 112590, occupation: { soc: '15-2051', title: 'Data Scientists' } }));
    expect(role('cloud-engineer').pay.kind).toBe('proxy');

    const ml = role('ml-engineer');
    expect(ml.pay).toMatchObject({ kind: 'official', amountUsd: 140910, occupation: { soc: '15-1221' } });
    expect(ml.degreeNote).toMatchObject({ confidence: 'V' });
    expect(ml.degreeNote?.text).toMatch(/master's/);
    expect(role('it-support').pay).toMatchObject({ amountUsd: 60340, occupation: { soc: '15-1232' } });

    const opm = catalog.roles.degreeRequired.find((d) => d.id === 'federal-computer-scientist');
    expect(opm).toMatchObject({ confidence: 'V' });
  });

  it('make the requested judgment calls', () => {
    const ids = (term: string) => catalog.skills.findSkills(term).map((s) => s.id);
    expect(ids('Amazon Web Services')).toEqual(['aws']);
    expect(ids('MS Excel')).toEqual(['excel']);
    expect(ids('Microsoft Excel')).toEqual(['excel']);
    expect(ids('Power BI')).toEqual(['power-bi']);
    expect(ids('PowerBI')).toEqual(['power-bi']);
    expect(ids('Postgres')).toEqual(['postgresql']);
    expect(catalog.skills.byId.get('postgresql')?.broader).toContain('sql');
    expect(catalog.skills.byId.get('mysql')?.broader).toContain('sql');
    expect(catalog.skills.notes.join(' ')).toMatch(/SQL family/);
  });

  it('represent the tricky tokens exactly, with guards for the ambiguous ones', () => {
    const names = new Set(catalog.skills.skills.map((s) => s.name));
    for (const token of ['C++', 'C#', '.NET', 'Node.js', 'R', 'Go', 'C']) expect(names.has(token), token).toBe(true);
    const r = catalog.skills.byId.get('r');
    const go = catalog.skills.byId.get('go');
    expect(r).toMatchObject({ caseSensitive: ['R'], needsContext: ['R'] });
    expect(r?.avoid).toContain('R&D');
    expect(go).toMatchObject({ caseSensitive: ['Go'], needsContext: ['Go'] });
    expect(go?.avoid).toContain('go-to-market');
    expect(catalog.skills.findSkills('Go').map((s) => s.id)).toEqual(['go']);
    expect(catalog.skills.findSkills('go')).toEqual([]);
    expect(catalog.skills.findSkills('golang').map((s) => s.id)).toEqual(['go']);
    expect(catalog.skills.findSkills('r')).toEqual([]);
    expect(catalog.skills.findSkills('RStudio').map((s) => s.id)).toEqual(['r']);
  });

  it('pass data:check: no alias or title is claimed twice', async () => {
    const report = await checkData();
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

describe('bad data files are rejected with the file, the entry and the field', () => {
  it('a skill with a category that does not exist', async () => {
    const i = skillIndex('java');
    const file = await variant('bad-category.json', rawSkills, (s) => {
      s.skills[i].category = 'software';
    });
    const error = await loadError(loadSkills(file));
    expect(error.message).toBe(`${file}: skills[${i}] (id "java"): category is "software", expected one of tool, language, platform, method, domain, soft`);
    expect(error.issues).toEqual([{ file, entry: `skills[${i}] (id "java")`, field: 'category', problem: expect.stringContaining('expected one of') }]);
  });

  it('a role that lists a skill id that does not exist', async () => {
    const i = roleIndex('ux-designer');
    const file = await variant('unknown-skill.json', rawRoles, (r) => {
      r.roles[i].skills[2].skill = 'figmaa';
    });
    const error = await loadError(loadRoles(catalog.skills, file));
    expect(error.message).toBe(`${file}: roles[${i}] (id "ux-designer"): skills[2].skill "figmaa" is not a skill id in data/skills.json`);
  });

  it('a duplicate skill id', async () => {
    const i = skillIndex('tableau');
    const file = await variant('duplicate-skill-id.json', rawSkills, (s) => {
      s.skills[i].id = 'sql';
    });
    const error = await loadError(loadSkills(file));
    expect(error.message).toBe(`${file}: skills[${i}] (id "sql"): id "sql" is already used by skills[${skillIndex('sql')}]`);
  });

  it('a duplicate role id', async () => {
    const web = roleIndex('web-developer');
    const dev = roleIndex('software-developer');
    const file = await variant('duplicate-role-id.json', rawRoles, (r) => {
      r.roles[web].id = 'software-developer';
    });
    const error = await loadError(loadRoles(catalog.skills, file));
    const [first, second] = [Math.min(web, dev), Math.max(web, dev)];
    expect(error.message).toBe(`${file}: roles[${second}] (id "software-developer"): id "software-developer" is already used by roles[${first}]`);
  });

  it('a role skill weight that does not follow the method', async () => {
    const i = roleIndex('software-developer');
    // The first common tool (core competencies weigh 1 and come first): github, O*NET plus a credential, 0.9.
    const k = rawRoles.roles[i].skills.findIndex((s: Raw) => s.skill === 'github');
    const file = await variant('bad-weight.json', rawRoles, (r) => {
      r.roles[i].skills[k].weight = 1;
    });
    const error = await loadError(loadRoles(catalog.skills, file));
    expect(error.message).toMatch(new RegExp(`roles\\[\\d+\\] \\(id "software-developer"\\): skills\\[${k}\\]\\.weight is 1, expected 0\\.9 by the method`));
  });

  it('pay without a source and with a malformed as-of', async () => {
    const i = roleIndex('data-scientist');
    const file = await variant('bad-pay.json', rawRoles, (r) => {
      delete r.roles[i].pay.source;
      r.roles[i].pay.asOf = '2024';
    });
    const error = await loadError(loadRoles(catalog.skills, file));
    expect(error.issues.map((issue) => `${issue.entry} ${issue.field}`)).toEqual(
      expect.arrayContaining([`roles[${i}] (id "data-scientist") pay.source`, `roles[${i}] (id "data-scientist") pay.asOf`]),
    );
    expect(error.message).toContain('pay.asOf is "2024", expected the survey date in the form "May 2024 OEWS"');
    expect(error.message).toContain('pay.source is missing');
  });

  it('a file that cannot be read', async () => {
    const missing = variants.file('nope.json');
    const error = await loadError(loadSkills(missing));
    expect(error.message).toMatch(new RegExp(`^${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read`));
  });
});

describe('data:check', () => {
  it('reports an alias claimed by two skills, and an alias equal to another skill\'s name', async () => {
    const mysql = skillIndex('mysql');
    const powerBi = skillIndex('power-bi');
    const file = await variant('duplicate-alias.json', rawSkills, (s) => {
      s.skills[mysql].aliases.push('postgres');
      s.skills[powerBi].aliases.push('tableau');
    });
    await expect(loadSkills(file)).resolves.toBeDefined(); // the loader itself accepts it
    const report = await checkData({ skills: file });
    expect(report.ok).toBe(false);
    const k = rawSkills.skills[mysql].aliases.length;
    expect(report.issues).toContainEqual({
      file,
      entry: `skills[${mysql}] (id "mysql")`,
      field: `aliases[${k}]`,
      problem: `alias "postgres" is also claimed by skills[${skillIndex('postgresql')}] (id "postgresql") (aliases[0])`,
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ entry: `skills[${powerBi}] (id "power-bi")`, problem: `alias "tableau" equals the name of skills[${skillIndex('tableau')}] (id "tableau")` }),
    );
  });

  it('reports a job title claimed by two roles', async () => {
    const pm = roleIndex('project-manager');
    const file = await variant('duplicate-title.json', rawRoles, (r) => {
      r.roles[pm].aliases.push('Help Desk');
    });
    const report = await checkData({ roles: file });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ file, entry: `roles[${pm}] (id "project-manager")`, problem: expect.stringMatching(/^title "Help Desk" is also claimed by roles\[\d+\] \(id "it-support"\)/) }),
    );
  });

  it('runs as a script that exits non-zero on problems and zero on the real files', async () => {
    const run = promisify(execFile);
    const script = ['--import', 'tsx', 'src/data/data-check.ts'];
    const good = await run(process.execPath, script, { cwd: REPO });
    expect(good.stdout).toContain('No problems found.');

    const file = await variant('cli-duplicate-alias.json', rawSkills, (s) => {
      s.skills[skillIndex('mysql')].aliases.push('Postgres');
    });
    const bad = await run(process.execPath, [...script, '--skills', file], { cwd: REPO }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad?.code).toBe(1);
    expect(bad?.stderr).toContain(`${file}: skills[${skillIndex('mysql')}] (id "mysql")`);
    expect(bad?.stderr).toContain('alias "Postgres" is also claimed by');
  });
});
