import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Raj, 42, a Windows sysadmin of 12 years who already holds AZ-900, aiming at cloud engineer with
 * $1,500, 10 hours a week and 6 months. What a coach signs: AZ-900 acknowledged and never picked or
 * advised again; Terraform, Linux and CI/CD named as the gaps from his two postings; AZ-104 (which one
 * posting prefers and which builds on the AZ-900 he holds) as the path's start, chosen over AWS SAA
 * with that reason; "CI/CD (Jenkins or GitHub Actions)" read as one CI/CD demand that either tool meets;
 * the money within budget, the pay cut against entry pay said gently; every plan step dated.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

describe('Raj, Windows sysadmin holding AZ-900, $1,500, 10 h/week, 6 months', () => {
  it('never gets AZ-900 again and starts the Azure path at AZ-104, dated inside his deadline', async () => {
    const p = await newUserAt(data, 'raj', TODAY);
    await p.say('Raj');
    await p.say('1');
    await p.say('windows sysadmin');
    await p.say('twelve');
    await p.say('cloud engineer');
    const heard = await p.say('active directory, powershell scripting, vmware, some azure, backups, patching. i have az-900 already');
    expect(heard).toContain('Virtualization from "vmware"');
    expect(heard).toContain('Microsoft Azure (basic)');
    expect(heard).toContain('You already hold Microsoft Certified: Azure Fundamentals (AZ-900), so I won\'t suggest it again.');
    await p.say(
      'Cloud Engineer (Azure). Requirements: 3+ years Azure administration, Terraform, Linux administration, CI/CD pipelines (Azure DevOps or GitHub Actions). AZ-104 preferred. We offer great benefits.',
    );
    await p.say('Cloud Engineer - AWS or Azure. Must have: Terraform, Linux, CI/CD (Jenkins or GitHub Actions), scripting in Python or PowerShell. Nice to have: Kubernetes.');
    const report = await p.say('done');
    expect(report).toContain('1. *Terraform*: asked for in 100% of the postings');
    expect(report).toContain('2. *Linux*: asked for in 100% of the postings');
    expect(report).toContain('Also deepen Microsoft Azure or AWS: you have the basics');
    expect(report).toContain('Skills they ask for that you have=Microsoft Azure (basic) and PowerShell');
    expect(gapIds(p.profile()).slice(0, 2)).toEqual(['terraform', 'linux']);
    // "CI/CD (Jenkins or GitHub Actions)" names the tools as examples of CI/CD: one CI/CD demand, in both postings.
    expect(report).toContain('3. *CI/CD*: asked for in 100% of the postings');
    expect(report).not.toContain('CI/CD or Jenkins');
    expect(report).not.toMatch(/benefits/i);

    await p.say('yes');
    await p.say('yes');
    await p.say('1500');
    await p.say('10');
    await p.say('6 months');
    await p.say('88000');
    await p.say('yes');
    const picks = await p.say('yes');
    const numbered = picks.split('\n').filter((l) => /^\d\. \*/.test(l));
    expect(numbered[0]).toContain('Microsoft Certified: Azure Administrator Associate (AZ-104)');
    expect(numbered.join('\n')).not.toContain('AZ-900');
    // A developer's exam is not a Windows sysadmin's next step to cloud: the operations exams come first, and twelve
    // years in IT are not told to pair an exam with a broader program.
    expect(numbered.join('\n')).not.toContain('AWS Certified Developer');
    expect(picks).not.toContain('pair it with a broader program');
    expect(pickBlock(picks, 'Microsoft Certified: Azure Administrator Associate (AZ-104)')).toContain('$165 in all,');
    expect(picks).toContain('One of your postings prefers Microsoft Certified: Azure Administrator Associate');
    expect(picks).toContain('Recommended path: Start with Microsoft Certified: Azure Administrator Associate (AZ-104). $165 in all, within your $1,500 budget.');
    expect(picks).toContain('- Microsoft Certified: Azure Fundamentals (AZ-900): you already hold it.');
    expect(picks).toContain('That is about $12,000 a year less than you earn now, so the move would likely mean a pay cut at first.');

    const versus = await p.say('should i do AZ-104 or AWS SAA?');
    expect(versus).toContain('My pick for you: *Microsoft Certified: Azure Administrator Associate (AZ-104)* first, because it is the next step after the Microsoft Certified: Azure Fundamentals (AZ-900) you hold, and it fits your $1,500 budget.');

    // A question at the picks is answered, then the menu asked in a line: the list is not printed again.
    expect(versus).toContain('Which one would you like? Choose by its number, for example: 1, or ask me about one.');
    expect(versus).not.toContain('Here are my top');
    const again = await p.say('do i need az-900 again');
    expect(again).toContain('You already hold *Microsoft Certified: Azure Fundamentals (AZ-900)*, so taking it again adds nothing');

    const plan = await p.say('1');
    expect(plan).toContain('You chose Microsoft Certified: Azure Administrator Associate (AZ-104).');
    expect(plan).not.toContain('Enroll in Microsoft Certified: Azure Fundamentals');
    // 6 weeks of AZ-104 at 10 h/week; 10 weeks of portfolio (40 h and 20 more for each of the 3 top gaps it must teach, a
    // planning estimate); 12 weeks of job search, all from 7 December 2026.
    expect(dueOf(plan, 'Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, 'Enroll and study on a weekly schedule')).toBe('2027-01-18');
    expect(dueOf(plan, 'Build the portfolio piece')).toBe('2027-03-29');
    expect(dueOf(plan, 'Interview and negotiate')).toBe('2027-06-21');
    expect(plan).toMatch(/Use Terraform, Linux and CI\/CD[^:]* in it: your credential does not teach them\./);
    expect(plan).toContain('Your studying ends on Monday 18 January 2027, 20 weeks inside your deadline of Monday 7 June 2027.');
  });
});
