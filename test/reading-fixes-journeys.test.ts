import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { gapIds, newUser as newUserAt } from './support/new-user.js';

/**
 * Whole conversations for three reading fixes: a credential that shows the job (the PMP) proves
 * only its own skills; alternatives and a skill named alone elsewhere are one demand; the people
 * someone serves are not their field, and "the laptop fixing" reads like "fixing the laptops".
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');
const newUser = (user: string) => newUserAt(data, user, TODAY);
const verdictOf = (report: string) => report.split('\n')[1] ?? '';
type Held = { skill: string };
const heldIds = (profile: Record<string, unknown>) => (profile.skills as Held[]).map((s) => s.skill);

async function start(user: string, current: string, years: string, target: string) {
  const p = await newUser(user);
  await p.say(user);
  await p.say('1');
  await p.say(current);
  await p.say(years);
  await p.say(target);
  return p;
}

describe('a credential that shows the job proves only its own skills', () => {
  it('Omar, 20 years a plant operations manager with a PMP, aiming at technical project manager: the tech side is named, not "no gap"', async () => {
    const p = await start('omar', 'plant operations manager', '20', 'technical project manager');
    await p.say('PMP since 2012, risk registers, managed budgets of $2m, stakeholder communication');
    await p.say(['Technical Project Manager', 'Required: Agile or Scrum delivery with software teams, Jira, SDLC, risk management.'].join('\n'));
    await p.say(['IT Project Manager', 'Required: Scrum, Jira, stakeholder management, budgeting.'].join('\n'));
    await p.say(['Project Manager, Software', 'Required: Agile, project management, Confluence.'].join('\n'));
    const report = await p.say('done');
    const verdict = verdictOf(report);
    expect(verdict).not.toContain('no real gap');
    expect(verdict).toMatch(/^Your PMP and your years as \*plant operations manager\* cover [^;]*Risk management[^;]*here; what this role adds is Jira, Agile or Scrum and /);
    // What the PMP proves is covered; the tech side is his gap: Jira first, then Agile, which every posting asks
    // for (in three wordings) and which the PMP's exam covers at a basic level only, so he deepens it.
    const gaps = gapIds(p.profile());
    expect(gaps[0]).toBe('jira');
    expect(gaps[1]).toBe('agile');
    expect(report).toMatch(/\*Agile or Scrum\* \(you have the basics: deepen it\)/);
    expect(gaps).toContain('jira');
    expect(gaps).toContain('sdlc');
    for (const skill of ['project-management', 'risk-management', 'stakeholder-management', 'budgeting']) expect(gaps).not.toContain(skill);
    expect(report).toMatch(/Agile or Scrum=100/);
    expect(report).not.toMatch(/(?:^|[:,] )Scrum=\d/);
    expect((p.profile().gapReport as { verdict: { kind: string } }).verdict.kind).not.toBe('ready');
  });

  it('the same PMP aiming at IT project coordinator is still said as a step down', async () => {
    const p = await start('ines', 'operations manager', '24', 'IT project coordinator');
    await p.say('PMP certified, MS Project, budgeting, vendor management');
    const report = await p.say('skip');
    expect(verdictOf(report)).toMatch(/^With the PMP you hold, this is a step down: it takes years of the job above this one to earn/);
    expect((p.profile().gapReport as { verdict: { kind: string } }).verdict.kind).toBe('ready');
  });
});

describe('the person\'s own words', () => {
  it('Maureen, a school secretary: the laptop fixing for the teachers is IT support, not teaching, and troubleshooting is not her gap', async () => {
    const p = await start('maureen', 'school secretary', '15', 'it support');
    const read = await p.say('the laptop fixing for the teachers is mostly me, reset passwords, set up the interactive whiteboards');
    expect(read).not.toContain('Teaching');
    const held = heldIds(p.profile());
    for (const skill of ['troubleshooting', 'computer-hardware', 'technical-support', 'system-administration']) expect(held, skill).toContain(skill);
    expect(held).not.toContain('education');
    await p.say(['IT Support Technician', 'Required: troubleshooting hardware and software, Windows, networking basics, customer service.'].join('\n'));
    await p.say('done');
    const gaps = gapIds(p.profile());
    expect(gaps[0]).not.toBe('troubleshooting');
    expect(gaps).not.toContain('troubleshooting');
  });

  it('a device then the work ("printer jams I sort out") reads like the work then the device; nurses served are not nursing', async () => {
    const p = await start('tom', 'ward clerk', '7', 'it support');
    await p.say('the printer jams i sort out for the nurses, unlock accounts');
    const held = heldIds(p.profile());
    for (const skill of ['troubleshooting', 'technical-support', 'system-administration']) expect(held, skill).toContain(skill);
    expect(held).not.toContain('healthcare');
  });

  it('a teacher saying so is still read as teaching', async () => {
    const p = await start('ana', 'teacher', '12', 'it support');
    await p.say('taught year 6 for 12 years, teaching maths, i fix the classroom laptops');
    const held = heldIds(p.profile());
    expect(held).toContain('education');
    expect(held).toContain('troubleshooting');
  });
});

describe('a posting that welcomes a skill but says it is not required (issue 16)', () => {
  it('Nadia, a receptionist aiming at UX: "welcome but not required" is no demand and no gap, "a bonus but not essential" is a plus', async () => {
    const p = await start('nadia', 'dental receptionist', '9', 'UX designer');
    await p.say('canva, patient queries, booking system, some excel');
    const read = await p.say(
      ['Junior UX Designer', 'Requirements:', '- Figma for wireframes and prototypes', '- Usability testing with real users', 'Jira experience is welcome but not required.', 'HTML would be a bonus but is not essential.'].join('\n'),
    );
    // What the coach says it found: Jira is not among it; HTML is, as a plus.
    expect(read).toMatch(/Posting 1 read: I found [^\n]*Figma/);
    expect(read).not.toMatch(/I found [^\n]*Jira/);
    expect(read).toMatch(/I found [^\n]*HTML \(a plus\)/);
    const report = await p.say('done');
    expect(gapIds(p.profile())).not.toContain('jira');
    expect(report).not.toContain('Jira');
    expect(gapIds(p.profile())).toContain('figma');
  });
});
