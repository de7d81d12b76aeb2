import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Dev, 49, retired after 22 years as an Army logistics sergeant, living on a military pension of about
 * $38,000, aiming at SOC analyst with $400, 15 hours a week and 8 months. He holds no IT certification,
 * still has his Secret clearance, and tells his stories with "we" (a military habit). What a coach
 * signs, asserted here: his clearance read from his own words and shown as a skill the postings ask
 * for; networking (both postings) as the first gap, never the benefits; the Google Cybersecurity
 * certificate studied free, then Security+ (named by one posting), said as one path with the $404 of
 * Security+ truthfully over his $400; his pension never counted as pay he would out-earn; every plan
 * date inside his 8 months; his questions (a degree, CySA+, ISC2 CC, is Security+ worth it) answered
 * where he asks them; and practice that names his "we" from his own words, then says what his retry
 * improved; "Security+ required within 6 months of hire" said as what it means for his hiring, and
 * Security+ said $4 over his $400; his 22 years said plainly as another field than the IT administration
 * CompTIA recommends. What the coach still gets wrong for him (his 48-hour result scored 0)
 * is in the report of this run, not asserted.
 */

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const CLEARED_SOC = [
  'SOC Analyst I - Tier 1',
  'Location: Fort Meade area, MD',
  'Responsibilities: monitor security alerts in our SIEM (Splunk or Microsoft Sentinel), perform incident triage and escalation, document incidents in tickets.',
  'Requirements:',
  '- CompTIA Security+ required within 6 months of hire',
  '- Experience with a SIEM (Splunk or Sentinel)',
  '- Incident triage and escalation',
  '- Understanding of networking fundamentals',
  'Preferred: active Secret clearance.',
  'Benefits: medical, dental, 401k match, tuition assistance.',
].join('\n');
const ENTRY_SOC = [
  'Entry Level SOC Analyst',
  'No experience required, we train!',
  'You will watch alerts on a 24/7 shift, review Windows event logs, and escalate suspicious activity.',
  'What you need: networking basics (TCP/IP, DNS, ports), familiarity with Windows event logs, willingness to learn.',
  'Nice to have: any security certification.',
].join('\n');

/** The numbered lines under the gap report's top gaps. */
function topGapsOf(report: string): string[] {
  const lines = report.slice(report.indexOf('Your top gaps')).split('\n').slice(1);
  const end = lines.findIndex((l) => !/^\d+\. /.test(l));
  return lines.slice(0, end < 0 ? undefined : end);
}
/** The numbered suggestions under a practice feedback heading. */
const suggestions = (feedback: string) => feedback.split('\n').filter((l) => /^\d\. /.test(l));
/** Text the person reads never carries research markers or doubled punctuation. */
function expectCleanWords(text: string) {
  expect(text).not.toMatch(/\[(?:V|S|U|W|C)\]|\bS-weak\b|\bTODO\b/);
  expect(text).not.toMatch(/(?<!\.)\.\.(?!\.)|,,|;;|\?\?|: :/);
}

describe('Dev, retired Army logistics sergeant of 22 years, aiming at SOC analyst on a pension', () => {
  it('reads his clearance as a strength, picks Google Cybersecurity then Security+, keeps his pension apart from pay, dates his plan and coaches his "we"', async () => {
    const p = await newUserAt(data, 'dev', TODAY);
    expect(await p.say('Dev')).toContain('Good to meet you, Dev.');
    expect(await p.say('1')).toContain('(Skill gaps 1/5)');
    await p.say('army logistics sergeant');
    // Years said in words are read.
    expect(await p.say('twenty two years')).toContain('(Skill gaps 3/5)');
    expect(p.profile().yearsExperience).toBe(22);
    expect(await p.say('soc analyst')).toContain('(Skill gaps 4/5)');
    expect(p.profile().targetRole).toBe('soc-analyst');

    // His own words, shown back: the levels he said kept, the clearance quoted from "still got my secret clearance".
    const heard = await p.say('logistics, inventory systems, led 40 soldiers, ops planning, some excel, a bit of linux from a raspberry pi, still got my secret clearance');
    expect(heard).toContain('(Skill gaps 5/5)');
    // What "led 40 soldiers" shows is said once, with his words once.
    expect(heard).toContain('Excel (basic), Linux (basic) and Government security clearance; People management, Leadership and Military service from "led 40 soldiers"');
    const have = held(p.profile());
    expect(have.get('linux')).toBe('basic');
    expect(have.get('excel')).toBe('basic');
    expect(have.has('security-clearance')).toBe(true);
    expect((p.profile().skills as { skill: string; evidence?: string }[]).find((s) => s.skill === 'security-clearance')?.evidence).toBe('still got my secret clearance');

    // The cleared posting's "Preferred: active Secret clearance" is read as a plus, never as a requirement.
    const first = await p.say(CLEARED_SOC);
    expect(first).toMatch(/^\(Skill gaps 5\/5\)\nPosting 1 read: I found [^\n]*Security operations[^\n]*SIEM[^\n]*Computer networking[^\n]*Government security clearance \(a plus\)/);
    const second = await p.say(ENTRY_SOC);
    // Watching alerts, reviewing event logs and escalating suspicious activity are the SOC's work, said as work.
    expect(second).toContain('Posting 2 read: I found Security operations, Microsoft Windows, Log analysis, Incident response and Computer networking.');

    const report = await p.say('done');
    expect(report).toContain('Here is your gap report for *SOC analyst*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('There is a real gap to close');
    // His clearance is what one posting prefers: shown as a skill they ask for that he has, not a gap.
    expect(report).toMatch(/Skills they ask for that you have=Government security clearance/);
    expect(gapIds(p.profile())).not.toContain('security-clearance');
    // Networking, asked by both postings and core to the role, first; then the SOC's own work.
    // Both postings ask for the SOC's own work (watching alerts, triage and escalation) and networking; the
    // SIEM and the Splunk or Sentinel it names are one demand of one posting, not two.
    const top = topGapsOf(report);
    expect(top).toEqual([
      '1. *Security operations*: asked for in 100% of the postings',
      '2. *Incident response*: asked for in 100% of the postings',
      '3. *Computer networking*: asked for in 100% of the postings',
    ]);
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['security-operations', 'incident-response', 'networking']);
    // Splunk and Sentinel in the bracket are examples of the SIEM asked for: named as the SIEM it is.
    expect(report).toMatch(/What employers ask for[^\n]*SIEM=50/);
    expect(report).not.toMatch(/(?<!or )Splunk=/);
    // What he did for 22 years is a strength, and the benefits are never demand.
    expect(report).toMatch(/Strengths you bring from your career=Logistics and supply chain \(you said "logistics"\)/);
    expect(report).not.toMatch(/medical|dental|401k|tuition/i);
    // Security+, named by the cleared posting, is kept for the pick.
    // How it asks is kept too: required, within 6 months of hire.
    expect(p.profile().gapReport).toMatchObject({ credentialsAsked: [{ id: 'comptia-security-plus', share: 0.5, postings: [{ asks: 'required', withinMonths: 6 }] }] });
    expect(report).toContain('An entry-level SOC analyst earns about $92,000 a year, and $70,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
    expectCleanWords(report);

    expect(await p.say('yes')).toContain('your top gaps are Security operations, Incident response and Computer networking.');
    expect(await p.say('yes')).toContain('(Credential pick 2/8)');
    expect(await p.say('400 bucks tops')).toContain('(Credential pick 3/8)');
    expect(p.profile().budgetUsd).toBe(400);
    expect(await p.say('we can do 15 hrs a week')).toContain('(Credential pick 4/8)');
    expect(p.profile().hoursPerWeek).toBe(15);
    expect(await p.say('8 months tops')).toContain('(Credential pick 5/8)');
    expect(await p.say('we get a pension about 38k, no job right now')).toContain('(Credential pick 6/8)');
    expect(await p.say('yes')).toContain('(Credential pick 7/8)');
    const picks = await p.say('yes');

    // Status shows what he said: the deadline in months and the pension as a pension, not a salary.
    const status = await p.say('status');
    expect(status).toContain('Budget=$400; Hours a week=15; Deadline (months)=8; Current pay=a pension, $38,000 a year');

    // The path of the reference (Google Cybersecurity or ISC2 CC, then Security+): Google's certificate first,
    // covering his first gap, studied free; Security+ after it, $4 over his $400, so certified later.
    const names = picks.split('\n').filter((l) => /^\d\. \*/.test(l)).map((l) => /^\d\. \*([^*]+)\*/.exec(l)?.[1]);
    expect(names.slice(0, 2)).toEqual(['Google Cybersecurity Professional Certificate', 'CompTIA Security+ (SY0-701)']);
    const google = pickBlock(picks, 'Google Cybersecurity Professional Certificate');
    // Its Coursera price is not in the sources: free to study, the price to certify unknown, never $0 and never "within budget".
    expect(google).toContain(': free to study, price to certify unknown (check the provider), about 13 weeks at 15 hours a week (a planning estimate).');
    expect(google).toMatch(/Covers Incident response, Computer networking and SIEM\./);
    // A free way in is good news, said on its own line rather than under "Watch out".
    expect(google).toContain('   Good to know: You can study it free (audit) or apply for financial aid.');
    expect(google).not.toMatch(/Watch out:[^\n]*(free way in|study it free)/);
    const secplus = pickBlock(picks, 'CompTIA Security+ (SY0-701)');
    expect(secplus).toMatch(/^2\. \*CompTIA Security\+ \(SY0-701\)\*: \$404 in all, about 7 weeks at 15 hours a week \(a planning estimate\)\./);
    // $404 against his $400 is near: said as the $4 it misses by.
    expect(secplus).toContain('$4 over your $400 budget: its fees are the cost of certifying later.');
    // What "required within 6 months of hire" means for him, rather than a share of postings.
    expect(secplus).toContain('One of your postings requires CompTIA Security+ within 6 months of hire: you can be hired without it, but must pass it soon after; having it already puts you ahead.');
    expect(secplus).not.toContain('50% of your postings ask for it by name');
    expect(secplus).toContain('CompTIA recommends Network+ and about 2 years of IT administration with a security focus; nothing is required.');
    // His 22 years of logistics are not IT administration: said plainly, never as counting where he could point to security work.
    expect(secplus).toContain('Your 22 years of work are in another field, so they do not count toward it.');
    expect(picks).not.toContain('count toward the experience');
    expect(secplus).toContain('renewal $150 when each 3-year cycle ends');
    expect(picks).not.toMatch(/(?<!not )within your budget/);
    expect(picks).toContain('Recommended path: Start with Google Cybersecurity Professional Certificate, which CompTIA Security+ (SY0-701) builds on. Nothing to pay now; study Google Cybersecurity Professional Certificate free (audit or financial aid). Certifying later is not within your budget today: CompTIA Security+ (SY0-701), $404 in all.');
    // "CompTIA Security+ required within 6 months of hire" asks for the credential (said with its terms above), not for a Cybersecurity skill.
    expect(picks).toContain('About 20 weeks of study one after the other. It covers Security operations, Incident response, Computer networking and SIEM.');
    // His pension is not a salary: no raise is counted against it, and why is said.
    expect(picks).toContain("What you live on now is a pension, not pay from work, so I don't count the difference as a raise");
    expect(picks).not.toMatch(/more than you earn now|less than you earn now|pays back/);
    expectCleanWords(picks);

    const why = await p.say('why? 1');
    expect(why).toContain('Of your top gaps, Security operations, Incident response and Computer networking, it covers Incident response and Computer networking; it also covers SIEM');
    expect(why).toContain('about 13 weeks at your 15 hours a week (130–260 hours, an estimate');
    expect(why).toContain('(Credential pick 8/8)');

    // His questions mid-pick are answered where he asks them, and the picks stay in front of him.
    const degree = await p.say('do i need a degree?');
    // BLS has no page for the title: the nearest occupation's note is said as such, a sourced fact, not "my notes don't list one".
    expect(degree).toContain("*SOC analyst*: my notes have nothing for the title itself; the nearest occupation BLS describes is Information Security Analysts. Employers typically want a bachelor's degree plus related experience for security analyst jobs, BLS says. That is common practice, not a legal rule");
    expect(degree).toContain('(Credential pick 8/8)');
    expect(degree).not.toContain("isn't one of the options");
    const cysa = await p.say('whats CySA+');
    // No sourced figures for CySA+: none invented, and where it sits (after Security+) said.
    expect(cysa).toContain('CompTIA puts it after Security+, as the step for security analysts');
    expect(cysa).not.toMatch(/\$\d/);
    expect(cysa).toContain('(Credential pick 8/8)');
    const cc = await p.say('what about isc2 cc?');
    expect(cc).toContain('*ISC2 Certified in Cybersecurity (CC)*: $100 in all over 3 years');
    expect(cc).toContain('within your $400 budget');
    expect(cc).toContain('My pick for you: *Google Cybersecurity Professional Certificate* first, because it covers more of your gaps.');
    const worth = await p.say('is security+ worth it for me');
    expect(worth).toContain('$404 in all over 3 years');
    expect(worth).toContain('more than your $400 budget');
    expect(worth).toContain('inside your deadline');
    expect(worth).toContain('(Credential pick 8/8)');
    expectCleanWords([why, degree, cysa, cc, worth].join('\n'));

    const plan = await p.say('Take the recommended stack');
    expect(plan).toContain('You chose *Google Cybersecurity Professional Certificate* and *CompTIA Security+ (SY0-701)*.');
    expect(plan).toContain('Finish Google Cybersecurity Professional Certificate by Monday 8 March 2027. Finish CompTIA Security+ (SY0-701) by Monday 26 April 2027.');
    // Every step dated from today at 15 hours a week, the last inside his 8 months (Saturday 7 August 2027).
    const due = [
      ['1\\. Read job postings', '2026-12-07'],
      ['2\\. Choose the credentials', '2026-12-07'],
      ['3\\. Enroll and study on a weekly schedule', '2027-04-26'],
      ['4\\. Build the portfolio piece', '2027-05-10'],
      ['5\\. Network with intent', '2027-05-10'],
      ['6\\. Interview and negotiate', '2027-08-02'],
    ] as const;
    for (const [step, date] of due) {
      expect(dueOf(plan, step), step).toBe(date);
      expect(date <= '2027-08-07', step).toBe(true);
    }
    expect(plan).toContain('Your studying ends on Monday 26 April 2027, 14 weeks inside your deadline of Saturday 7 August 2027.');
    expect(plan).toContain('Weekly schedule: 15 hours a week: 5 sessions of about 3 hours');
    expect(plan).not.toContain('date to be set');
    expect(await p.say('plan')).toContain('6. Interview and negotiate=by Monday 2 August 2027');

    // Interview practice: his first story is all "we"; the coach names it from his own words.
    expect(await p.say('practice')).toContain("We'll practise for *SOC analyst*");
    expect(await p.say('two')).toContain('(Interview practice 2/3)');
    expect(await p.say('1')).toContain('*Question 1 of 2*');
    // A stray number at the question is not taken for his story.
    expect(await p.say('1')).toContain('A number on its own isn\'t an answer to question 1.');
    const weak = await p.say('in 2019 we had a convoy resupply mission go sideways, the inventory system showed parts we didnt have. we tracked it down to a bad sync between two depots and we fixed the counts and got the parts out in 48 hours');
    expect(weak).toContain('You wrote "we tracked it down to a bad sync between two depots": say what you did yourself: "I tracked it down to a bad sync between two depots and I ..."');
    expect(weak).toMatch(/takes about \d+ s to say, and a story an interviewer can follow takes 1-2 minutes/);
    expect(suggestions(weak).length).toBeLessThanOrEqual(3);

    expect(await p.say('1')).toContain('try 2');
    const better = await p.say(
      'in 2019 at fort hood our inventory system showed 300 parts we did not have and a convoy was leaving in 2 days. i was the supply sergeant so it was on me. i pulled the transaction logs, compared them line by line with the other depot and found a sync job that had failed for 9 days. i got the counts corrected by hand, reported the failed job to the signal guys and set a daily check. the convoy left on time with every part and we had zero mismatches the rest of the year',
    );
    const [, before, after] = /Since your last try: (\d+) → (\d+)/.exec(better) ?? [];
    expect(Number(after)).toBeGreaterThan(Number(before));
    expect(better).toContain('You say "I" now where you said "we": "i pulled the transaction logs".');
    expect(better).toContain('Your result is there now, with a number: "we had zero mismatches the rest of the year".');
    expect(better).toMatch(/At about \d+ s spoken, this is short: an interviewer expects 1-2 minutes\./);
    expect(suggestions(better).length).toBeLessThanOrEqual(3);

    expect(await p.say('2')).toContain('"Walk me through why you are moving into tech now, and what you have done about it so far."');
    await p.say('we retired after 22 years and we want to keep serving. we been doing the google course on weekends');
    const why2 = await p.say('done');
    // A motivation question is coached as one: the reason first, in his own words, then what he has done about it.
    expect(why2).toContain('1. Start with why, in one sentence of your own: "I want to move into SOC analyst because ..."');
    // He is taking the Google course, he does not hold the certificate: it is not credited as one.
    expect(why2).not.toContain('Certificate as evidence');
    expect(why2).toContain('3. After "we been doing the google course on weekends", say what you already do well that an SOC analyst job needs');
    // (Left out: the weekend course is not credited as what he has done, and point 2 asks him for a course again; reported.)
    expect(why2).toContain('- You say why now: "we retired after 22 years".');
    expect(suggestions(why2).length).toBeLessThanOrEqual(3);
    const summary = await p.say('2');
    expect(summary).toContain('*Practice summary* for SOC analyst: 2 questions');
    expect(summary).toContain("I've saved these scores (not your answers)");
    expectCleanWords([weak, better, why2, summary].join('\n'));
  });
});
