import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataVariants } from './support/data-variants.js';
import { checkData } from '../src/data/check.js';
import type { CatalogCredential, CostLine } from '../src/data/credentials-schema.js';
import { findRoleCredentialMismatches, loadCredentials, type CredentialCatalog } from '../src/data/load-credentials.js';
import { DataError, loadCatalog, type Catalog } from '../src/data/load-data.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CREDENTIALS_JSON = path.join(REPO, 'data/credentials.json');

/* eslint-disable @typescript-eslint/no-explicit-any -- the bad files are built by poking at raw JSON */
type Raw = any;

const variants = dataVariants('pivot-credentials-');
let catalog: Catalog;
let credentials: CredentialCatalog;
let raw: Raw;

beforeAll(async () => {
  await variants.open();
  catalog = await loadCatalog();
  credentials = await loadCredentials(catalog.skills, catalog.roles);
  raw = JSON.parse(await readFile(CREDENTIALS_JSON, 'utf8'));
});

afterAll(async () => {
  await variants.close();
});

const variant = (name: string, change: (copy: Raw) => void) => variants.write(name, raw, change);

const index = (id: string): number => raw.credentials.findIndex((c: Raw) => c.id === id);
const credential = (id: string): CatalogCredential => {
  const found = credentials.byId.get(id);
  if (!found) throw new Error(`no credential ${id}`);
  return found;
};
const line = (id: string, match: Partial<CostLine>): CostLine => {
  const found = credential(id).costs.filter((cost) => Object.entries(match).every(([key, value]) => cost[key as keyof CostLine] === value));
  expect(found).toHaveLength(1);
  return found[0] as CostLine;
};

async function loadError(file: string): Promise<DataError> {
  const error = await loadCredentials(catalog.skills, catalog.roles, file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('the real credentials file', () => {
  it('loads, with at least 30 credentials keyed by id and by reference row', () => {
    expect(credentials.file).toBe('data/credentials.json');
    expect(credentials.credentials.length).toBeGreaterThanOrEqual(30);
    expect(credentials.byId.size).toBe(credentials.credentials.length);
    expect(credentials.byRow.get(19)?.id).toBe('comptia-security-plus');
    expect(credentials.notes.length).toBeGreaterThan(0);
  });

  it('keeps real facts exactly as the reference gives them, with their confidence', () => {
    // PSM I: "$200 per attempt (V)", on scrum.org's own page.
    expect(line('scrum-org-psm-1', { type: 'exam' })).toMatchObject({
      amountUsd: 200,
      per: 'attempt',
      confidence: 'V',
      verifiedOnProviderPage: true,
      source: 'scrum.org/professional-scrum-master-i-certification',
    });
    // Google Data Analytics: "$49/mo at launch (Jul 2020)" [S].
    expect(line('google-data-analytics', { type: 'subscription' })).toMatchObject({
      amountUsd: 49,
      per: 'month',
      asOf: '2020-07',
      confidence: 'S',
      verifiedOnProviderPage: false,
    });
    // CompTIA A+: CE fee "$25/yr ($75/cycle)" on a 3-year cycle [S].
    expect(line('comptia-a-plus', { type: 'renewal' })).toMatchObject({ amountUsd: 25, per: 'year', periodYears: 3, confidence: 'S' });
    // CSM: "Every 2 years: $100 + 20 SEUs" [V].
    expect(line('scrum-alliance-csm', { type: 'renewal' })).toMatchObject({ amountUsd: 100, per: 'cycle', periodYears: 2, confidence: 'V' });
    // PMP: $405 member (the only member figure) / $675 non-member, the newest figure (PMI's page per pmp-guide.com,
    // 2026-06-30; older pages give $555), membership $164 (older $129), alternatives by condition; the conflict is recorded.
    expect(line('pmi-pmp', { type: 'exam', condition: 'PMI members' }).amountUsd).toBe(405);
    expect(line('pmi-pmp', { type: 'exam', condition: 'non-members' })).toMatchObject({ amountUsd: 675, asOf: '2026-06-30' });
    expect(line('pmi-pmp', { type: 'membership' }).amountUsd).toBe(164);
    expect(credential('pmi-pmp').conflicts.map((c) => c.about)).toEqual(['exam fee', 'membership fee']);
    // Google Cloud ACE: 3-year validity confirmed on Google's page (V), price unverified (U).
    expect(credential('google-cloud-ace').expiry).toMatchObject({ expires: true, years: 3, confidence: 'V' });
    expect(line('google-cloud-ace', { type: 'exam' })).toMatchObject({ amountUsd: 125, confidence: 'U', verifiedOnProviderPage: false });
  });

  it('gives every credential a cost line or an explicit reason why not; free ones have a sourced 0 line', () => {
    for (const c of credentials.credentials) {
      if (c.costs.length === 0) expect(c.costsMissing, c.id).toMatch(/\w/);
      else expect(c.costsMissing, c.id).toBeUndefined();
    }
    for (const id of ['google-ads-search', 'hubspot-inbound-marketing', 'hubspot-content-marketing', 'harvard-cs50x']) {
      const free = credential(id).costs.find((cost) => cost.type === 'one-off');
      expect(free, id).toMatchObject({ amountUsd: 0, per: 'once' });
      expect(free?.source, id).toMatch(/\w/);
    }
  });

  it('marks as verified on the provider page exactly the V figures, and gives every line a source and an as-of date', () => {
    const lines = credentials.credentials.flatMap((c) => c.costs);
    for (const cost of lines) {
      expect(cost.verifiedOnProviderPage).toBe(cost.confidence === 'V');
      expect(cost.source.length).toBeGreaterThan(0);
      expect(cost.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(lines.filter((cost) => cost.verifiedOnProviderPage).length).toBeGreaterThan(0);
    expect(lines.filter((cost) => !cost.verifiedOnProviderPage).length).toBeGreaterThan(lines.length / 2);
  });

  it('agrees with the credentials list and credited skills in data/roles.json, and passes data:check', async () => {
    expect(findRoleCredentialMismatches(credentials, catalog.roles, catalog.skills)).toEqual([]);
    const report = await checkData();
    expect(report.issues).toEqual([]);
    expect(report.summary).toContain(`data/credentials.json: ${credentials.credentials.length} credentials, ${credentials.credentials.reduce((n, c) => n + c.costs.length, 0)} cost lines`);
  });
});

describe('a bad credentials file is rejected with the file, the entry and the field', () => {
  it('an unknown skill id', async () => {
    const i = index('google-ux-design');
    const file = await variant('unknown-skill.json', (c) => {
      c.credentials[i].skills[5] = 'figmaa';
    });
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: credentials[${i}] (id "google-ux-design"): skills[5] "figmaa" is not a skill id in data/skills.json`);
    expect(error.issues).toEqual([{ file, entry: `credentials[${i}] (id "google-ux-design")`, field: 'skills[5]', problem: '"figmaa" is not a skill id in data/skills.json' }]);
  });

  it('an unknown role id', async () => {
    const i = index('comptia-a-plus');
    const file = await variant('unknown-role.json', (c) => {
      c.credentials[i].targetRoles.push('astronaut');
    });
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: credentials[${i}] (id "comptia-a-plus"): targetRoles[1] "astronaut" is not a role id in data/roles.json`);
  });

  it('a negative amount', async () => {
    const i = index('aws-cloud-practitioner');
    const file = await variant('negative-amount.json', (c) => {
      c.credentials[i].costs[0].amountUsd = -100;
    });
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: credentials[${i}] (id "aws-cloud-practitioner"): costs[0].amountUsd is -100, expected a non-negative amount in US dollars`);
  });

  it('a renewal line without a period', async () => {
    const i = index('comptia-security-plus');
    const k = raw.credentials[i].costs.findIndex((cost: Raw) => cost.type === 'renewal');
    const file = await variant('renewal-without-period.json', (c) => {
      delete c.credentials[i].costs[k].periodYears;
    });
    const error = await loadError(file);
    expect(error.message).toBe(
      `${file}: credentials[${i}] (id "comptia-security-plus"): costs[${k}].periodYears is missing, expected the renewal period in years (every renewal line needs one)`,
    );
  });

  it('a duplicate id', async () => {
    const first = index('microsoft-az-900');
    const i = index('microsoft-az-104');
    const file = await variant('duplicate-id.json', (c) => {
      c.credentials[i].id = 'microsoft-az-900';
    });
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: credentials[${i}] (id "microsoft-az-900"): id "microsoft-az-900" is already used by credentials[${first}]`);
  });

  it('a cost line without source, as-of date or confidence', async () => {
    const i = index('tableau-desktop-specialist');
    const file = await variant('unsourced-cost.json', (c) => {
      delete c.credentials[i].costs[0].source;
      delete c.credentials[i].costs[0].asOf;
      delete c.credentials[i].costs[0].confidence;
    });
    const error = await loadError(file);
    const entry = `credentials[${i}] (id "tableau-desktop-specialist")`;
    expect(error.issues.map((issue) => `${issue.entry} ${issue.field} ${issue.problem.split(',')[0]}`)).toEqual(
      expect.arrayContaining([`${entry} costs[0].source is missing`, `${entry} costs[0].asOf is missing`, `${entry} costs[0].confidence is missing`]),
    );
  });

  it('an unverified figure marked as verified on the provider page', async () => {
    const i = index('comptia-network-plus');
    const file = await variant('false-verified.json', (c) => {
      c.credentials[i].costs[0].verifiedOnProviderPage = true;
    });
    const error = await loadError(file);
    expect(error.message).toBe(
      `${file}: credentials[${i}] (id "comptia-network-plus"): costs[0].verifiedOnProviderPage is true, but confidence is "S": only V figures are confirmed on the provider's page`,
    );
  });

  it('a credential with no cost line and no reason', async () => {
    const i = index('google-cybersecurity');
    const file = await variant('no-cost-reason.json', (c) => {
      delete c.credentials[i].costsMissing;
    });
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: credentials[${i}] (id "google-cybersecurity"): costsMissing is missing, expected a reason why there is no cost line (costs is empty)`);
  });

  it('reports several problems at once, one line each', async () => {
    const a = index('google-ux-design');
    const b = index('pmi-pmp');
    const file = await variant('several.json', (c) => {
      c.credentials[a].skills.push('figmaa');
      c.credentials[b].targetRoles = ['astronaut'];
    });
    const error = await loadError(file);
    expect(error.issues).toHaveLength(2);
    expect(error.message.split('\n')[0]).toBe('2 problems in the data files:');
  });
});

describe('data:check and data/roles.json', () => {
  it('reports a credential that no longer teaches a skill roles.json credits it for', async () => {
    const i = index('pmi-pmp');
    const file = await variant('dropped-skill.json', (c) => {
      c.credentials[i].skills = c.credentials[i].skills.filter((id: string) => id !== 'leadership');
    });
    const report = await checkData({ credentials: file });
    expect(report.ok).toBe(false);
    expect(report.issues).toContainEqual({
      file,
      entry: `credentials[${i}] (id "pmi-pmp")`,
      field: 'skills',
      problem: expect.stringMatching(/^does not include "leadership" \(or a skill it is evidence of\), but data\/roles\.json roles\[\d+\] \(id "project-manager"\) skills\[\d+\] credits row 21 for it$/),
    });
  });

  it('reports a target role that roles.json lists but the credential lacks', async () => {
    const i = index('google-project-management');
    const file = await variant('dropped-target.json', (c) => {
      c.credentials[i].targetRoles = ['project-manager'];
    });
    const report = await checkData({ credentials: file });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ entry: `credentials[${i}] (id "google-project-management")`, field: 'targetRoles', problem: expect.stringContaining('lacks "it-project-coordinator"') }),
    );
  });

  it('reports a credential without study hours, or hours without their kind, basis or as-of', async () => {
    const a = index('aws-cloud-practitioner');
    const b = index('microsoft-az-900');
    const file = await variant('no-hours.json', (c) => {
      c.credentials[a].hours = null;
      delete c.credentials[b].hours.kind;
      delete c.credentials[b].hours.basis;
      delete c.credentials[b].hours.asOf;
    });
    const report = await checkData({ credentials: file });
    expect(report.ok).toBe(false);
    expect(report.issues.filter((issue) => issue.field?.startsWith('hours')).map((issue) => [issue.entry, issue.field])).toEqual([
      [`credentials[${a}] (id "aws-cloud-practitioner")`, 'hours'],
      [`credentials[${b}] (id "microsoft-az-900")`, 'hours.kind'],
      [`credentials[${b}] (id "microsoft-az-900")`, 'hours.basis'],
      [`credentials[${b}] (id "microsoft-az-900")`, 'hours.asOf'],
    ]);
  });

  it('fails on a credential without level, vendor, experience, or a price or a reason there is none', async () => {
    const a = index('aws-cloud-practitioner');
    const b = index('comptia-a-plus');
    const d = index('isc2-cc');
    const file = await variant('no-level.json', (c) => {
      delete c.credentials[a].level;
      delete c.credentials[b].vendor;
      delete c.credentials[b].experience;
    });
    const unpriced = await variant('no-price.json', (c) => {
      c.credentials[d].costs = [];
    });
    expect((await checkData({ credentials: unpriced })).issues.map((issue) => [issue.entry, issue.field])).toContainEqual([`credentials[${d}] (id "isc2-cc")`, 'costsMissing']);
    const report = await checkData({ credentials: file });
    expect(report.ok).toBe(false);
    const found = report.issues.map((issue) => [issue.entry, issue.field]);
    expect(found).toEqual(
      expect.arrayContaining([
        [`credentials[${a}] (id "aws-cloud-practitioner")`, 'level'],
        [`credentials[${b}] (id "comptia-a-plus")`, 'vendor'],
        [`credentials[${b}] (id "comptia-a-plus")`, 'experience'],
      ]),
    );
  });

  it('rejects a ladder that goes down a level or loops back', async () => {
    const sa = index('aws-solutions-architect-associate');
    const file = await variant('ladder.json', (c) => {
      c.credentials[sa].nextSteps = ['aws-cloud-practitioner'];
    });
    const error = await loadError(file);
    expect(error.issues.map((issue) => [issue.entry, issue.field, issue.problem])).toEqual(
      expect.arrayContaining([
        [`credentials[${sa}] (id "aws-solutions-architect-associate")`, 'nextSteps[0]', '"aws-cloud-practitioner" is fundamentals, below this associate credential: a next step goes up the ladder'],
        [`credentials[${sa}] (id "aws-solutions-architect-associate")`, 'nextSteps', 'leads back to this credential: a ladder cannot loop'],
      ]),
    );
  });

  it('gives every credential a level, a vendor and the experience it expects in a sentence, and the usual ladders', () => {
    expect(credentials.credentials.length).toBeGreaterThanOrEqual(45);
    for (const c of credentials.credentials) expect(c.experience.says).toMatch(/^[A-Z].*\.$/);
    const ladder: [string, string][] = [
      ['aws-cloud-practitioner', 'aws-solutions-architect-associate'],
      ['microsoft-az-900', 'microsoft-az-104'],
      ['google-cloud-digital-leader', 'google-cloud-ace'],
      ['comptia-a-plus', 'comptia-network-plus'],
      ['comptia-network-plus', 'comptia-security-plus'],
      ['isc2-cc', 'comptia-security-plus'],
      ['google-data-analytics', 'microsoft-pl-300'],
      ['google-data-analytics', 'tableau-desktop-specialist'],
      ['tableau-desktop-specialist', 'tableau-certified-data-analyst'],
      ['pmi-capm', 'pmi-pmp'],
    ];
    for (const [from, to] of ladder) expect(credential(from).nextSteps, from).toContain(to);
    expect(credential('pmi-pmp').experience).toMatchObject({ requiredMonths: 36 });
    expect(credential('comptia-security-plus').experience).toMatchObject({ recommendedMonths: 24, requiredMonths: null });
    expect(credential('pmi-capm').level).toBe('fundamentals');
  });

  it('rejects a credential that expires without words on how to keep it', async () => {
    const i = index('comptia-security-plus');
    const file = await variant('no-renew.json', (c) => {
      delete c.credentials[i].expiry.renew;
    });
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: credentials[${i}] (id "comptia-security-plus"): expiry.renew is missing, expected a sentence to the user on how to keep it (it expires)`);
  });

  it('reports a credentials file that does not load, without hiding the other files\' summary', async () => {
    const file = await variant('bad-for-check.json', (c) => {
      c.credentials[0].costs[0].amountUsd = -1;
    });
    const report = await checkData({ credentials: file });
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual(expect.arrayContaining([expect.stringMatching(/^data\/skills\.json: /), `could not load ${file}`]));
    expect(report.issues[0]).toMatchObject({ file, field: 'costs[0].amountUsd' });
  });
});
