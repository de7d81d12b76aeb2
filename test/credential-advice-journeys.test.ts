import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Credential advice a careers coach would sign (issue 17), each person through the whole
 * conversation: without postings the role's own profile decides the path (Google's analyst
 * certificate, not an Azure data exam; Google's project management certificate, never Azure for a
 * project manager); a credential made for another role appears only for a top gap nothing made for
 * the role covers, and says so; a badge the postings ask for by name is said to get past the screen,
 * with its cost, never set aside as outgrown; skills a person names rank by the role's weight, then
 * a core competency before a tool.
 */

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');
const newUser = (user: string) => newUserAt(data, user, TODAY);
const name = (id: string) => data.credentials.byId.get(id)?.name ?? id;
const pickNames = (picks: string) => [...picks.matchAll(/^\d\. \*([^*]+)\*/gm)].map((m) => m[1]);
const pathLine = (picks: string) => picks.split('\n').find((line) => line.includes('Recommended path: ')) ?? '';
/** A plan date as the terminal writes it ("Monday 21 June 2027"), or as an ISO date where words are not used. */
const on = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`);
  const words = `${day.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })} ${day.getUTCDate()} ${day.toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' })} ${day.getUTCFullYear()}`;
  return `(?:${iso}|${words})`;
};

/** The gap interview (postings, or none), then the pick's questions; returns the report and the picks. */
async function atPicks(user: string, interview: readonly string[], pick: readonly string[]) {
  const p = await newUser(user);
  for (const line of interview) await p.say(line);
  const report = await p.say('done');
  let picks = '';
  for (const line of ['Pick credentials worth it', 'yes', ...pick]) picks = await p.say(line);
  return { p, report, picks };
}

const CSM_POSTINGS = [
  'Senior Project Manager\nRequirements: 8+ years managing projects; PMP required; Certified ScrumMaster (CSM) required; Jira; stakeholder management.',
  'Project Manager, Agile delivery\nMust have: CSM certification, experience running Scrum teams, risk management and budgeting.',
  'Program Manager\nRequirements: PMP, MS Project, vendor management, SQL for reporting.',
];

describe('without postings, the role profile decides the path', () => {
  it('Nadia, cashier to data analyst, $300 at 8 hours: Google Data Analytics then Tableau, never an Azure data exam first, every step dated', async () => {
    const { report, picks, p } = await atPicks('nadia', ['Nadia', '1', 'cashier', '6', 'data analyst', 'excel, cash handling, customer service'], ['300', '8', 'skip', '38k', 'no', 'yes']);
    expect(report).toContain('Demand is the typical demand for this role');
    // Her top gaps are the analyst's core competencies; Google's certificate covers two of them (SQL, visualisation) and is
    // the first rung of the analyst ladder (study-hours-and-paths.md Vendor paths 6); DP-900 covers only SQL.
    expect(report).toMatch(/1\. \*SQL\*: a core skill[\s\S]*2\. \*Data visualization\*: a core skill/);
    expect(pickNames(picks)[0]).toBe(name('google-data-analytics'));
    expect(pathLine(picks)).toMatch(/^Recommended path: Start with Google Data Analytics Professional Certificate, which Tableau Desktop Specialist builds on/);
    expect(pathLine(picks)).not.toContain('DP-900');
    // The money as it is: what fits now, what she studies free and certifies later.
    expect(pathLine(picks)).toContain('$100 now, within your $300 budget; study Google Data Analytics Professional Certificate free (audit or financial aid). Certifying later is not within your budget today: Google Data Analytics Professional Certificate, $343 in all; Tableau Certified Data Analyst, $250 in all.');
    // Each rung dated at her 8 hours a week, after a week of reading postings and choosing (she pasted none): 28 weeks of
    // Google's certificate, 8 of Tableau's first exam, then 13 of its Certified Data Analyst, certified later.
    const plan = await p.say('Take the recommended stack');
    expect(plan).toMatch(new RegExp(`1\\. Research market demand=by ${on('2026-12-14')}`));
    expect(plan).toMatch(new RegExp(`Finish Google Data Analytics Professional Certificate by ${on('2027-06-28')}\\. Finish Tableau Desktop Specialist by ${on('2027-08-23')}\\. Finish Tableau Certified Data Analyst by ${on('2027-11-22')}\\.`));
    expect(plan).not.toContain('date to be set');
  });

  it('Omar, office manager to project manager, $500 at 6 hours: Google Project Management, which CAPM builds on; no Azure exam anywhere', async () => {
    const { picks } = await atPicks('omar', ['Omar', '1', 'office manager', '4', 'project manager', 'scheduling, budgets, vendor contracts, excel'], ['500', '6', 'skip', '50k', 'no', 'yes']);
    // Google's certificate at its $49 a month (credential-facts-2.md, 2020) is $392 at his 6 hours: CAPM's $300 on top would pass his $500, so it comes when he is ready.
    expect(pathLine(picks)).toContain('Recommended path: Start with Google Project Management Professional Certificate; CAPM (Certified Associate in Project Management) builds on it when you are ready.');
    expect(pathLine(picks)).toContain('$392 in all, within your $500 budget.');
    // Every pick is made for project managers: Azure, a tool the role's profile also lists, is no vendor for its path.
    for (const pick of pickNames(picks)) expect([...data.credentials.byId.values()].find((c) => c.name === pick)?.targetRoles).toContain('project-manager');
    expect(pickNames(picks).join(' ')).not.toMatch(/Azure|DP-900|AZ-900|AI-900/);
    // PMP is for later, with the experience PMI requires said.
    expect(picks).toContain('- PMP (Project Management Professional): PMI requires 36 months of leading projects');
  });

  it('Greta, project manager of 16 years with a PMP: nothing made for her role is left, and no neighbouring role\'s exam is offered instead', async () => {
    const { picks } = await atPicks('greta', ['Greta', '1', 'project manager', '16', 'project manager', 'PMP certified, stakeholder management, risk management, budgets, agile'], ['1000', '6', 'skip', '110k', 'no', 'yes']);
    expect(pickNames(picks)).toEqual([]);
    expect(picks).not.toMatch(/Azure|DP-900|Recommended path/);
    // She does the job already: told she is ready and a credential would add little, with where the time goes instead.
    expect(picks).toMatch(/^You are ready to apply: you already bring most of what the role's postings ask for, and a credential would add little\. None in my catalog teaches what is left, [^.]+\. Put your time into a portfolio piece/m);
    expect(picks).toContain('- PMP (Project Management Professional): you already hold it.');
    expect(picks).toContain("You can still finish here: I'll plan your portfolio project, networking and interviews instead, dated to your hours.");
  });
});

describe('postings that ask for a credential by name', () => {
  it('Paul, project manager of 16 years with a PMP whose postings require a CSM: said to add little but get him past the screen, with its cost', async () => {
    const { p, report, picks } = await atPicks('paul', ['Paul', '1', 'project manager', '16', 'project manager', 'PMP certified, stakeholder management, risk management, budgets, ms project, led teams of 12', ...CSM_POSTINGS], ['1000', '6', 'skip', '105k', 'no', 'yes']);
    // What the postings name is kept with the report: the CSM in two of three, the PMP he holds in two.
    const asked = (p.profile().gapReport as { credentialsAsked?: { id: string; share: number }[] }).credentialsAsked ?? [];
    expect(asked.map((a) => [a.id, Math.round(a.share * 3)])).toEqual(expect.arrayContaining([['pmi-pmp', 2], ['scrum-alliance-csm', 2]]));
    expect(report).toContain('This is the job you already do');
    // Ready: portfolio and interviews first; if he takes one credential, the one the screens ask for.
    expect(picks).toContain('a credential is optional, and this is the one I would take if you want one.');
    const csm = pickBlock(picks, name('scrum-alliance-csm'));
    expect(pickNames(picks)[0]).toBe(name('scrum-alliance-csm'));
    expect(csm).toContain('price unknown (check the provider)');
    expect(csm).toContain('Covers none of your gaps: it is here because your postings ask for it by name.');
    expect(csm).toContain('67% of your postings ask for it. It adds little to your 16 years as a project manager and your PMP (Project Management Professional), but it gets your application past a screen that asks for it.');
    expect(csm).toContain('It has recurring fees: renewal $100 every 2 years.');
    expect(csm).not.toContain('pair it with a broader program');
    expect(pathLine(picks)).toContain('Recommended path: Start with Certified ScrumMaster (CSM). The price of Certified ScrumMaster (CSM) is unknown: check the provider before you count on it.');
    expect(pathLine(picks)).toContain('It is what your postings ask for by name, not a skill you lack.');
    expect(picks).not.toMatch(/- Certified ScrumMaster \(CSM\): it adds little/);
    // PSM I, which no posting names, stays set aside as outgrown.
    expect(picks).toMatch(/- Professional Scrum Master I \(PSM I\): it adds little to your 16 years as a project manager/);
    // Another role's exam is shown only for a top gap nothing made for project managers covers, and says so.
    for (const other of pickNames(picks).slice(1)) {
      expect(pickBlock(picks, other ?? '')).toMatch(/It is made for another role \([^)]+\): it is here because it covers [^.]+, (?:one of your top gaps|top gaps of yours) that nothing made for project manager \/ Scrum master in my catalog covers\./);
    }
    // Asked about it, the coach says the same, with its cost.
    const worth = await p.say('is the CSM worth it for me?');
    expect(worth).toContain('Yes, for the screen: 67% of your postings ask for it. It adds little to your 16 years as a project manager and your PMP (Project Management Professional), but it gets your application past a screen that asks for it.');
    expect(worth).toContain('Cost: price unknown: check the provider.');
  });
});

describe('skills a person names', () => {
  it('Rita names Python and Tableau for data analyst: on a tie of weight, Tableau (evidence of data visualisation, a core competency) ranks first', async () => {
    const p = await newUser('rita');
    for (const line of ['Rita', 'Pick credentials worth it', 'data analyst', 'Python and Tableau', '400', '6', 'skip', 'skip', 'no']) await p.say(line);
    const picks = await p.say('yes');
    // Both weigh 0.9 in the role's profile; without postings there is no share to break the tie, so the core competency decides.
    const role = data.catalog.roles.byId.get('data-analyst');
    expect(role?.skills.find((s) => s.skill === 'python')?.weight).toBe(role?.skills.find((s) => s.skill === 'tableau')?.weight);
    expect(pathLine(picks)).toMatch(/^Recommended path: Start with Google Data Analytics Professional Certificate/);
    const why = await p.say('why?');
    expect(why).toContain('Of your top gaps, Tableau and Python, it covers Tableau.');
  });
});
