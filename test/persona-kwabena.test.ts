import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Kwabena, 41, army signals NCO for 19 years (radio and network kit, field networks with routers, switches and
 * VPNs, Linux on field servers, some Bash), retiring on an army pension, holds CompTIA Security+ from the army.
 * Aiming at cloud engineer: $800, 12 hours a week, "9 months", lives on his pension. He pastes one cloud
 * engineer posting (AWS, Linux, Terraform, Python scripting, networking; "AWS Certified Solutions Architect -
 * Associate preferred"; clearance a plus; benefits and EEO boilerplate) and asks "security+ counts for anything
 * here?" and "aws or azure?" in the middle of the pick.
 *
 * What a coach signs and this test asserts: networking and Linux credited, Bash at a basic level, Security+
 * held, never suggested again nor called an unrelated badge (his target role lists the security it proves),
 * AWS and Terraform as the top gaps ("infrastructure as code with Terraform" is one demand, for the tool), benefits
 * never read, the AWS fundamentals exam (he holds no AWS, so he is not past it) before the Solutions Architect
 * Associate his posting prefers ("Solutions Architect - Associate" read with
 * its dash, and said on pick 2), both on the path for $250 inside $800 and both dated, the pension not
 * counted as a salary (no "raise" against it), AWS over Azure because the posting asks for AWS, every plan
 * date against the fixed clock of Monday 7 December 2026, and "9 months" read as a deadline of 7 September 2027.
 *
 * What a coach would not sign today (left out, or written as `it.fails` where small and clear):
 * - (Fixed) "security+ counts for anything here?" is answered, no longer "That isn't one of the options.": it
 *   counts, it shows security skills cloud engineer jobs ask for too, how to keep it current, and the Associate
 *   his posting prefers as the next one (flows/held-answers.ts). A coach would add that DoD roles ask for it.
 * - (Fixed) Running Linux on field servers is no longer people management (servers there are machines, not
 *   staff), and his "set up and fix field networks" is troubleshooting (src/skills/person-cues.ts).
 * - (Fixed) "infrastructure as code with Terraform" was read as two gaps, Terraform and Infrastructure as code; a
 *   method named with the tool it is done with is now one demand for the tool (src/skills/posting-alternatives.ts).
 * - The "aws or azure?" answer lists the Developer Associate instead of the Solutions Architect Associate
 *   his posting prefers.
 * - "Security clearance a plus" is not read, nor is he asked whether he holds one.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING =
  'Cloud Engineer (AWS) - Northwind Logistics. About the role: build and run our AWS infrastructure (EC2, VPC, S3, IAM, RDS) with Terraform, automate routine work with Python scripting and Bash, administer Linux servers, design and troubleshoot networking (subnets, routing, VPN, DNS, firewalls, security groups), monitor with CloudWatch. Requirements: 2+ years with Linux, solid TCP/IP networking, infrastructure as code with Terraform. AWS Certified Solutions Architect - Associate preferred. Security clearance a plus. Benefits: medical, dental, 401k. Equal opportunity employer.';
const SKILLS =
  'army signals nco 19 yrs, radio and network kit, set up and fix field networks (routers switches, vpn, crypto), run linux on our field servers, some bash scripts, trained junior soldiers, i have comptia security+ from the army';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Kwabena');
  await p.say('1');
  await p.say('army signals nco');
  await p.say('19 years');
  await p.say('cloud engineer');
  const heard = await p.say(SKILLS);
  const posting = await p.say(POSTING);
  const report = await p.say('done');
  return { p, heard, posting, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  await p.say('yes');
  await p.say('yes');
  await p.say('800 dollars');
  await p.say('12 hours a week');
  const months = await p.say('9 months');
  const pay = await p.say('im on an army pension, no salary now');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, months, pay, picks };
}

describe('Kwabena, army signals NCO to cloud engineer, $800, 12 hours a week, 9 months, on a pension', () => {
  it('credits his networking, Linux and troubleshooting, keeps Security+ as held, and puts AWS and Terraform first, infrastructure as code with Terraform one gap', async () => {
    const { p, heard, posting, report } = await throughGaps('kwabena');
    expect(heard).toContain('Computer networking and Troubleshooting from "set up and fix field networks (routers switches, vpn, crypto)"');
    expect(heard).toContain('You already hold CompTIA Security+ (SY0-701), so I won\'t suggest it again.');
    const skills = held(p.profile());
    expect(skills.has('linux')).toBe(true);
    expect(skills.get('bash')).toBe('basic');
    expect(posting).toContain('AWS');
    expect(posting).toContain('Terraform');
    expect(posting).not.toMatch(/401k|medical|equal opportunity/i);
    expect(report).toContain('Skills they ask for that you have=Computer networking, Linux, Bash (basic) and Troubleshooting');
    expect(report).toContain('1. *AWS*: asked for in 100% of the postings');
    expect(report).toContain('2. *Terraform*: asked for in 100% of the postings');
    const gaps = gapIds(p.profile());
    expect(gaps.slice(0, 2)).toEqual(['aws', 'terraform']);
    expect(gaps).not.toContain('infrastructure-as-code');
    expect(gaps).not.toContain('linux');
    expect(gaps).not.toContain('computer-networking');
    expect(report).toContain('An entry-level cloud engineer earns about $76,000 a year, and $60,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it('starts with the AWS fundamentals exam before the Associate, never re-suggests Security+, and does not count his pension as pay', async () => {
    const { p, months, pay, picks } = await throughPick('kwabena-pick');
    expect(months).toContain('what is your current yearly pay');
    expect(pay).toContain('free, audit or financial-aid');
    expect(p.profile().budgetUsd).toBe(800);
    const clf = picks.indexOf('1. *AWS Certified Cloud Practitioner (CLF-C02)*');
    const saa = picks.indexOf('2. *AWS Certified Solutions Architect – Associate (SAA-C03)*');
    expect(clf).toBeGreaterThan(-1);
    expect(saa).toBeGreaterThan(clf);
    expect(pickBlock(picks, 'AWS Certified Cloud Practitioner (CLF-C02)')).toContain('$100 in all, about 6 weeks at 12 hours a week');
    // The Associate his posting prefers is on the path, after the fundamentals exam it builds on.
    expect(picks).toContain(
      'Recommended path: Start with AWS Certified Cloud Practitioner (CLF-C02), which AWS Certified Solutions Architect – Associate (SAA-C03) builds on. $250 in all, within your $800 budget.',
    );
    // Held: never offered again, anywhere.
    expect(pickBlock(picks, 'CompTIA Security+ (SY0-701)')).toBe('');
    expect(picks).not.toContain('Choose CompTIA Security+');
    // Held, and the security a cloud engineer's role lists: never an "unrelated badge".
    expect(picks).not.toContain('unrelated badges');
    // The pension is not a salary: no raise or cut computed against it.
    expect(picks).toContain('What you live on now is a pension, not pay from work, so I don\'t count the difference as a raise');
    expect(picks).not.toMatch(/more than you earn now|less than you earn now/);

    const cloud = await p.say('aws or azure?');
    expect(cloud).toContain('AWS in every one of your postings, Microsoft Azure in none of your postings');
    expect(cloud).toContain('AWS first: more of your postings ask for it.');
    expect(cloud).not.toContain('CompTIA Security+');

    const plan = await p.say('Take the recommended stack');
    expect(plan).toContain('You chose *AWS Certified Cloud Practitioner (CLF-C02)* and *AWS Certified Solutions Architect – Associate (SAA-C03)*');
    expect(plan).not.toContain('Security+');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credentials')).toBe('2026-12-07');
    // 60-80 hours at 12 a week: six weeks for Cloud Practitioner, then 45-90 for the Associate: six more.
    expect(plan).toContain('Finish AWS Certified Cloud Practitioner (CLF-C02) by Monday 18 January 2027');
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-03-01');
    // 80 hours for the portfolio piece at 12 a week: 7 weeks after 1 March.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-04-19');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-04-19');
    // Twelve weeks of job search after the portfolio piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-07-12');
    expect(plan).toContain('Your studying ends on Monday 1 March 2027, 27 weeks inside your deadline of Tuesday 7 September 2027.');
    expect(plan).toContain('Use Terraform and Identity and access management (IAM) in it');
    expect(plan).not.toContain('date to be set');
    const status = await p.say('status');
    expect(status).toContain('Credentials you hold=CompTIA Security+ (SY0-701)');
    expect(status).toContain('Budget=$800');
  });

  it('answers "security+ counts for anything here?" instead of "That isn\'t one of the options"', async () => {
    const { p } = await throughPick('kwabena-secplus');
    const answer = await p.say('security+ counts for anything here?');
    expect(answer).not.toContain("That isn't one of the options");
    expect(answer).toContain('Yes, it counts: you hold *CompTIA Security+ (SY0-701)*');
    expect(answer).toContain('which cloud engineer jobs ask for too');
    expect(answer).toContain('The one your postings name is *AWS Certified Solutions Architect – Associate (SAA-C03)*');
  });

  it('credits people management to the NCO who trained soldiers, not to running Linux', async () => {
    const { heard } = await throughGaps('kwabena-people');
    expect(heard).not.toContain('People management from "run linux on our field servers"');
  });

  it('reads 19 years of fixing field networks as troubleshooting', async () => {
    const { p } = await throughGaps('kwabena-fix');
    expect(gapIds(p.profile())).not.toContain('troubleshooting');
  });

  it('says the posting prefers the Solutions Architect Associate', async () => {
    const { picks } = await throughPick('kwabena-saa');
    expect(pickBlock(picks, 'AWS Certified Solutions Architect – Associate (SAA-C03)')).toMatch(/postings? prefers?/);
  });
});
