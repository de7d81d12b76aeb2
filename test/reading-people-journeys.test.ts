import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { newUser as newUserAt } from './support/new-user.js';
import { POSTING_1, POSTING_2, POSTING_3 } from './support/sample-postings.js';

/**
 * Career changers telling the coach about themselves in their own words, through the whole coach
 * as src/main.ts builds it (issue 16, reading the person). What is asserted is what a careers
 * coach would sign: the skills heard in everyday descriptions, with the words they came from;
 * the levels as said, shown back, a basic core skill still a gap; credentials held recorded and
 * said back; a licence, first aid or a hobby neither a gap nor a strength.
 */

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

const TODAY = new Date('2026-03-02T09:00:00Z');
const newUser = (user: string) => newUserAt(data, user, TODAY);

type Held = { skill: string; level?: string; evidence?: string; inferredFrom?: string };
const heldOf = (profile: Record<string, unknown>) => new Map((profile.skills as Held[]).filter((s) => !s.inferredFrom).map((s) => [s.skill, s]));
/** A report's section from `label` to the end of its line or clause. */
const section = (text: string, label: string) => new RegExp(`${label}=([^;\\n]*)`).exec(text)?.[1] ?? '';
/** What the report says the person brings and lacks: the card and the top gaps (not the pay line's "BLS"). */
const whatYouBring = (report: string) => `${/What you bring: [^\n]*/.exec(report)?.[0] ?? ''}\n${topGapsOf(report)}`;
/** The numbered lines under "Your top gaps" in a gap report. */
function topGapsOf(report: string): string {
  const lines = report.slice(report.indexOf('Your top gaps')).split('\n').slice(1);
  const end = lines.findIndex((l) => !/^\d+\. /.test(l));
  return lines.slice(0, end < 0 ? undefined : end).join('\n');
}

/** Name, the gap interview from the menu, current job and years. */
async function intoGaps(user: string, job: string, years: string) {
  const p = await newUser(user);
  await p.say(user);
  await p.say('1');
  await p.say(job);
  await p.say(years);
  return p;
}

describe('Tom, 44, retail store manager aiming at IT support, who says what he does rather than naming skills', () => {
  it('hears hardware troubleshooting, technical support and customer service in his words, and leaves his licence and first aid out', async () => {
    const p = await intoGaps('tom', 'retail store manager', '22');
    expect(await p.say('it support')).toContain('Which skills do you already have?');
    const heard = await p.say(
      'i run a store of 25 people, do the rotas, handle guest complaints, fixing the register and printers when they break, i know excel pretty well, full driving licence and first aid at work',
    );
    // Said back before the postings, each skill with the words it came from, the words once for the skills they share.
    expect(heard).toContain('From what you told me, you bring');
    expect(heard).toContain('Customer service from "handle guest complaints"');
    expect(heard).toContain('Computer hardware, Technical support and Troubleshooting from "fixing the register and printers when they break";');
    expect(heard.split('"fixing the register and printers when they break"')).toHaveLength(2);
    expect(heard).toContain('Excel (intermediate)');
    expect(heard).toContain('I left out full driving licence and first aid at work: worth having, but not tech skills.');
    expect(heard).toContain('Now paste a job posting for *IT support specialist*');

    const held = heldOf(p.profile());
    expect(held.get('customer-service')?.evidence).toBe('handle guest complaints');
    expect(held.get('troubleshooting')?.evidence).toBe('fixing the register and printers when they break');
    expect(held.get('people-management')?.evidence).toBe('i run a store of 25 people');
    expect(held.get('excel')?.level).toBe('intermediate');
    // Nothing read from the licence or the first-aid course.
    for (const s of held.values()) expect(s.evidence ?? '').not.toMatch(/licence|first aid/);

    const report = await p.say('skip');
    const have = section(report, 'Skills they ask for that you have');
    for (const skill of ['Troubleshooting', 'Technical support', 'Computer hardware']) expect(have, skill).toContain(skill);
    // Customer service is asked for in IT support: a story to tell, in his words, and listed nowhere else.
    expect(section(report, 'Worth showing in your stories')).toContain('Customer service (you said "handle guest complaints")');
    expect(`${have} ${section(report, 'Strengths you bring from your career')}`).not.toMatch(/Customer service/);
    // What IT support does not ask for is his career's strength, with what he said, once for the skills it shows.
    expect(section(report, 'Strengths you bring from your career')).toContain('People management and Retail (you said "i run a store of 25 people")');
    expect(whatYouBring(report)).not.toMatch(/licen[cs]e|first aid/i);
    // What he already does is not among his top gaps.
    expect(topGapsOf(report)).not.toMatch(/\*(Troubleshooting|Technical support|Computer hardware|Customer service)\*/);
  });

  it('asks again, saying why, when all he names is a licence and a first-aid course', async () => {
    const p = await intoGaps('tom2', 'store manager', '20');
    await p.say('it support');
    const again = await p.say('driving licence and first aid');
    expect(again).toContain('Driving licence and first aid: worth having, but they are not a tech skill');
    expect(again).toContain('Name tools or methods you have used');
    expect(p.profile().skills).toBeUndefined();
  });
});

describe('Maria, 47, corporate accountant aiming at data analyst (coach panel P1)', () => {
  it('shows her levels, keeps "some SQL" a gap to deepen, hears her accounting and reporting, and counts leadership as a strength', async () => {
    const p = await intoGaps('maria', 'corporate accountant', '15');
    await p.say('data analyst');
    const heard = await p.say('advanced Excel, some SQL, budgeting, led a team of 4. I do the month-end close and the variance reports');
    expect(heard).toContain('Excel (advanced)');
    expect(heard).toContain('SQL (basic)');
    expect(heard).toContain('Accounting and Reporting from "I do the month-end close and the variance reports"');
    const held = heldOf(p.profile());
    expect(held.get('sql')).toMatchObject({ level: 'basic', evidence: 'some SQL' });
    expect(held.get('excel')).toMatchObject({ level: 'advanced', evidence: 'advanced Excel' });
    expect(held.get('leadership')?.evidence).toBe('led a team of 4');

    for (const posting of [POSTING_1, POSTING_2, POSTING_3]) await p.say(posting);
    const report = await p.say('done');
    const have = section(report, 'Skills they ask for that you have');
    expect(have).toContain('SQL (basic)');
    expect(have).toContain('Excel (advanced)');
    expect(section(report, 'Strengths you bring from your career')).toMatch(/Leadership/);
    expect(section(report, 'Strengths you bring from your career')).toMatch(/Accounting/);
    // Some SQL is not enough: SQL, asked for in every posting, stays among her top gaps; Excel does not.
    const gaps = topGapsOf(report);
    expect(gaps).toMatch(/\d\. \*SQL\*/);
    expect(gaps).not.toMatch(/\*Excel\*/);
  });
});

describe('Ravi, 41, project manager with a PMP, aiming at project management in tech', () => {
  it('records the PMP he names with his job as held, says so, and reads his tools', async () => {
    const p = await intoGaps('ravi', 'Senior project manager, PMP certified', '16');
    expect(p.profile().credentialsHeld).toEqual([{ id: 'pmi-pmp', evidence: 'PMP certified' }]);
    const role = await p.say('project manager');
    if (role.includes('Did you mean')) await p.say('yes');
    const heard = await p.say('MS Project, VLOOKUPs, risk registers, stakeholder meetings, agile');
    expect(heard).toContain('Microsoft Project');
    expect(heard).toContain('Excel from "VLOOKUPs"');
    expect(heard).toContain('Risk management');
    expect(heard).toMatch(/You already hold PMP[^.]*, so I won't suggest it again\./);
    const held = heldOf(p.profile());
    for (const skill of ['ms-project', 'excel', 'risk-management', 'stakeholder-management', 'agile']) expect(held.has(skill), skill).toBe(true);
    // Kept once, however often he says it.
    expect(p.profile().credentialsHeld).toEqual([{ id: 'pmi-pmp', evidence: 'PMP certified' }]);
    expect(await p.say('status')).toMatch(/Credentials you hold=PMP/);
  });
});

describe('James, 45, ICU nurse aiming at machine-learning engineer (coach panel P2)', () => {
  it('keeps his basic Python a gap to deepen, hears his clinical work, and counts neither his life-support courses nor what he wants to learn', async () => {
    const p = await intoGaps('james', 'ICU nurse', '20');
    const role = await p.say('machine learning engineer');
    if (role.includes('Did you mean')) await p.say('yes');
    const heard = await p.say('patient monitoring, basic Python, Excel, BLS and ACLS certified, I love hiking, want to learn SQL');
    expect(heard).toContain('Python (basic)');
    expect(heard).toContain('Healthcare from "patient monitoring"');
    expect(heard).toContain('I left out BLS and ACLS');
    const held = heldOf(p.profile());
    expect(held.get('python')?.level).toBe('basic');
    expect(held.has('sql')).toBe(false);
    expect([...held.keys()]).not.toContain('hiking');
    expect(p.profile().credentialsHeld).toBeUndefined();

    const report = await p.say('skip');
    // Basic Python is shown as basic, and the machine learning and statistics he lacks lead his gaps.
    expect(section(report, 'Skills they ask for that you have')).toContain('Python (basic)');
    expect(topGapsOf(report)).toMatch(/1\. \*(Machine learning|Statistics)\*/);
    expect(whatYouBring(report)).not.toMatch(/hiking|BLS|ACLS/);
  });
});

/** Every skill name listed under the card's three headings, each heading's list split into names. */
function cardNames(report: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const label of ['Skills they ask for that you have', 'Worth showing in your stories', 'Strengths you bring from your career']) {
    const listed = section(report, label).replace(/\s*\((?:you said "[^"]*"|from your job as \*[^*]*\*)\)/g, '').replace(/\s*\((?:basic|intermediate|advanced)\)/g, '');
    names.set(label, listed === '' || listed === 'none yet' ? [] : listed.split(/, | and /));
  }
  return names;
}

describe('Gary, 52, self-employed electrician aiming at IT support, who lists his trade and his business (issue 16)', () => {
  it('hears his trade, his business and his books in his words, and lists each once: asked and technical, a story to tell, or his career', async () => {
    const p = await intoGaps('gary', 'self-employed electrician', '30');
    await p.say('it support');
    const heard = await p.say('wiring, reading schematics, fixing PLCs, running a small business, did the books and payroll, scheduling crews, customer complaints all day');
    expect(heard).toContain('Electrical work from "wiring"');
    expect(heard).toContain('Industrial control systems and Troubleshooting from "fixing PLCs"');
    expect(heard).toContain('Accounting from "did the books and payroll"');
    expect(heard).toContain('People management from "scheduling crews"');
    expect(heard).toMatch(/Running a business/);
    const held = heldOf(p.profile());
    expect(held.get('business-ownership')?.evidence).toBe('running a small business');
    expect(held.get('customer-service')?.evidence).toBe('customer complaints all day');

    const report = await p.say('skip');
    // Fault finding is what IT support asks for most; customer service is asked and his, so a story to tell in his words.
    expect(section(report, 'Skills they ask for that you have')).toBe('Troubleshooting');
    expect(section(report, 'Worth showing in your stories')).toBe('Customer service (you said "customer complaints all day")');
    const strengths = section(report, 'Strengths you bring from your career');
    for (const said of ['Running a business (you said "running a small business")', 'Accounting (you said "did the books and payroll")', 'Electrical work (you said "wiring")', 'People management (you said "scheduling crews")']) {
      expect(strengths, said).toContain(said);
    }
    // Qualities he never named (the role asks for communication, empathy, conflict resolution) are not put in his mouth.
    expect(whatYouBring(report)).not.toMatch(/Communication|Empathy|Conflict resolution/);
    // Each skill once across the card.
    const all = [...cardNames(report).values()].flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('Dee, 39, army signals sergeant aiming at network administrator, with a posting (issue 16)', () => {
  it('shows only what she said the posting asks for as stories, and what it does not as her career, each once', async () => {
    const p = await intoGaps('dee', 'army signals sergeant', '17');
    const role = await p.say('network administrator');
    if (role.includes('Did you mean')) await p.say('yes');
    const heard = await p.say('set up radio and satellite comms in the field, ran a section of 8, briefed officers daily, SC cleared, some windows server');
    expect(heard).toContain('Computer networking from "set up radio and satellite comms in the field"');
    expect(heard).toContain('People management from "ran a section of 8"');
    expect(heard).toContain('Presenting from "briefed officers daily"');
    expect(heard).toContain('Government security clearance from "SC cleared"');
    await p.say(
      'Network Administrator\nWhat you need:\n- Experience with TCP/IP, VLANs and firewalls\n- Windows Server administration\n- Excellent communication skills and teamwork\n- Confident giving presentations to managers\nAn active security clearance is a plus.',
    );
    const report = await p.say('done');
    expect(section(report, 'Skills they ask for that you have')).toMatch(/Computer networking/);
    expect(section(report, 'Skills they ask for that you have')).toMatch(/Government security clearance/);
    // She said she briefs officers: presenting is asked, so a story, quoted. She never said "communication" or "teamwork".
    expect(section(report, 'Worth showing in your stories')).toBe('Presenting (you said "briefed officers daily")');
    expect(whatYouBring(report)).not.toMatch(/Communication|Teamwork|Collaboration/);
    expect(section(report, 'Strengths you bring from your career')).toMatch(/People management \(you said "ran a section of 8"\)/);
    // Her service, evident from the job she gave, is said as coming from it, not put in her mouth.
    expect(section(report, 'Strengths you bring from your career')).toContain('Military service (from your job as *army signals sergeant*)');
    const all = [...cardNames(report).values()].flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
