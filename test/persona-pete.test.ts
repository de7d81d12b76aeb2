import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt } from './support/new-user.js';

/**
 * Pete, 61, a bank compliance officer of 30 years on a part pension, aiming at GRC analyst with $700,
 * 5 hours a week and no deadline. What a coach signs and this asserts: his words read as skills with his
 * phrase as evidence ("SOX testing" is auditing); his compliance, audit and risk work read as GRC, so GRC is
 * no gap of his; "Security+ or CISA preferred" read as credentials, never as a Cybersecurity demand; NIST or
 * ISO 27001 (security frameworks) named as the one gap, so he is close; a portfolio piece against a public
 * framework, networking and interviews, every plan step dated from today; "whats CISA" answered as a
 * credential with no sourced figures; close to the role, he is still told that both postings prefer Security+ or
 * CISA, as an option beside the advice (Security+ with its cost and time, CISA with where to check, no figure).
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

describe('Pete, bank compliance officer of 30 years, to GRC analyst on $700 and a pension', () => {
  it('reads his compliance work as GRC, names the framework gap, steers him to a portfolio piece and dates the plan', async () => {
    const p = await newUserAt(data, 'pete', TODAY);
    await p.say('Pete');
    await p.say('1');
    await p.say('bank compliance officer');
    await p.say('thirty');
    await p.say('grc analyst');
    const skills = await p.say('regulatory compliance, audits, risk assessments, policy writing, SOX testing, training staff');
    expect(skills).toContain('you bring Regulatory compliance, Risk management, Auditing and control testing');
    expect([...held(p.profile()).keys()]).toEqual(expect.arrayContaining(['regulatory-compliance', 'risk-management']));
    await p.say('GRC Analyst. Requirements: experience with NIST CSF or ISO 27001, conduct risk assessments and control audits, policy writing. Security+ or CISA preferred.');
    await p.say('IT Risk and Compliance Analyst: perform risk assessments, support ISO 27001 audits, vendor risk reviews. Security+ or CISA preferred. Great benefits.');
    const report = await p.say('done');
    expect(report).toContain('Here is your gap report for *GRC / compliance analyst*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Auditing and control testing (you said "SOX testing")');
    expect(report).toContain('Training and development (you said "training staff")');
    // NIST CSF or ISO 27001 is in both postings and is the one real technical gap of a compliance officer.
    expect(report).toContain('1. *Security frameworks and controls*: asked for in 100% of the postings');
    expect(gapIds(p.profile())[0]).toBe('security-frameworks');
    expect(gapIds(p.profile())).not.toContain('risk-management');
    expect(report).not.toMatch(/benefits/i);
    // Thirty years of compliance, audit and risk work is GRC: never a gap of his, and "Security+ or CISA
    // preferred" names credentials, not a Cybersecurity demand.
    expect(report).toContain('Skills they ask for that you have=Risk management and Governance, risk and compliance (GRC)');
    expect(gapIds(p.profile())).not.toContain('governance-risk-compliance');
    expect(report).not.toMatch(/Cybersecurity=/);
    expect(report).toContain('You are close: you already cover about 60% of the technical skills this role asks for. The core skill still missing: Security frameworks and controls.');

    await p.say('yes');
    await p.say('yes');
    await p.say('700');
    await p.say('5');
    await p.say('no');
    await p.say('pension 30k plus some consulting');
    await p.say('yes');
    const picks = await p.say('yes');
    // Close to the role, he is steered to a portfolio piece, networking and interviews, not a long course of another role.
    expect(picks).toContain('You are close, as your gap report says, and a credential would add little now.');
    expect(picks).toContain('Put your time into a portfolio piece that uses Security frameworks and controls');
    expect(picks).not.toMatch(/pays back/);
    // What both his postings name is still said, as an option beside that advice, not instead of it: Security+ with its
    // cost and time, CISA (which the catalog does not carry) with where to check and no figure.
    expect(picks).toContain("Both of your postings prefer CompTIA Security+ or ISACA's CISA: you can apply without either, and having one puts you ahead.");
    expect(picks).toMatch(/CompTIA Security\+: \$\d[\d,]* in all, about \d+ weeks at 5 hours a week/);
    expect(picks).toContain("I have no sourced price or study time for ISACA's CISA: check ISACA's CISA page.");
    expect(picks).toContain('Either is an option beside the advice above, not instead of it.');
    expect(picks.indexOf('You are close, as your gap report says')).toBeLessThan(picks.indexOf('Both of your postings prefer'));
    // CISA, which his postings name beside Security+, has no sourced figures: said so by name, never a number.
    const cisa = await p.say('whats CISA');
    expect(cisa).toContain("I don't have sourced figures for ISACA's CISA (Certified Information Systems Auditor)");
    expect(cisa).not.toContain("isn't one of the options");
    expect(cisa.split('\n')[0]).not.toMatch(/\$\d/);

    // 40 hours of portfolio and 20 more for the top gap it must teach (a planning estimate): 12 weeks at 5 hours a
    // week from 7 December; 12 weeks of search after it.
    const plan = await p.say('1');
    expect(dueOf(plan, 'Read job postings')).toBe('2026-12-07');
    expect(plan).toContain('Write a sample risk assessment for a made-up small company against a public framework (NIST CSF or ISO 27001)');
    expect(dueOf(plan, 'Build the portfolio piece')).toBe('2027-03-01');
    expect(dueOf(plan, 'Interview and negotiate')).toBe('2027-05-24');
    expect(plan).not.toContain('date to be set');
  });
});
