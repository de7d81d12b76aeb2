import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt } from './support/new-user.js';

/**
 * Rosalind, 52, ICU nurse for 25 years, the Epic charting super-user on her unit who trains new nurses on it
 * and does at-the-elbow support at go-lives, "excel basic", aiming at health informatics. "500 maybe less"
 * dollars (then "actually 300"), 6 hours a week, "a year", earning 98k. She types tired and lowercase and asks
 * "do i need to learn coding for this??". She pastes one clinical informatics analyst posting (Epic workflows,
 * workflow analysis, build/test, training end users and tip sheets, go-live support, HL7/FHIR, SQL a plus, RN
 * preferred, 3+ years clinical, benefits and EEO boilerplate).
 *
 * What a coach signs and this test asserts: her healthcare, Epic super-user and training work heard in her
 * words, the posting read for HL7/FHIR, requirements, testing and SQL with benefits never read, her training
 * never a gap, the budget read from "500 maybe less" as $500 and "actually 300", typed at the hours question,
 * heard as her budget changed to $300 (said back, and the picks weighed against $300), "a year" as 7 December
 * 2027, the entry pay with its BLS source, period and the nearest-occupation caveat, and every plan date, which
 * follow consistently from the pick's hours at 6 a week.
 *
 * What a coach would not sign today (left out, or written as `it.fails` where small and clear):
 * - (Fixed) Her at-the-elbow go-live support is read as technical support and troubleshooting, so troubleshooting is
 *   no gap, and the posting's Epic is read as its health-informatics ask (src/skills/person-cues.ts, data/skills.json).
 *   Health informatics and training are still only "worth showing in your stories", and "workflow analysis" is not named.
 * - (Fixed) "do i need to learn coding for this??" is answered from her role and posting, no longer "my notes
 *   don't cover it": SQL is the one language the catalog says health informatics is hired on, and her posting
 *   names it (flows/off-script-person.ts). A coach would add that SQL is "a plus" in her posting.
 * - (Fixed) The pick was three data-analyst certificates, led by Google Data Analytics, because "perform workflow
 *   analysis with nursing and physician teams" was read as data analysis. It is clinical process work
 *   (src/skills/skill-topics.ts), so no credential closes her gaps: the coach says they are learnt by doing, plans a
 *   portfolio piece, and names the Epic certification her posting prefers. The catalog holds no informatics credential (no Epic proficiency/certification via employer, no HIMSS
 *   CAHIMS, no nursing informatics, and the references hold no sourced figures for one); a coach would say Epic
 *   certification usually comes through the employer. Each pick now says the catalog has none made for her
 *   role and that it is among the closest (recommend.ts noneForRole), and so does the path ("Closest path").
 * - The pay figure is for health information technologists and medical registrars, so the coach tells a 98k RN
 *   the move means "about $50,000 a year less"; nurse informatics analyst roles are not that occupation. Left
 *   unasserted: the source is honest about being the nearest occupation, but the conclusion misleads her.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING =
  'Clinical Informatics Analyst - Riverside Health System. Responsibilities: support and optimize Epic clinical documentation workflows, perform workflow analysis with nursing and physician teams, gather requirements and build/test changes, train end users and create tip sheets, support go-lives and at-the-elbow support, troubleshoot interface issues (HL7, FHIR). Requirements: RN or clinical license preferred, 3+ years clinical experience, Epic certification preferred or obtained within 6 months of hire. SQL a plus. Benefits: medical, dental, 403b, PTO. Equal opportunity employer.';

const SKILLS =
  'icu nurse 25 yrs, im the epic super user on my unit for charting, i train the new nurses on epic and do the at the elbow stuff on go lives, excel basic';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('rosalind');
  await p.say('1');
  await p.say('icu nurse');
  await p.say('25 years');
  await p.say('health informatics');
  const heard = await p.say(SKILLS);
  const first = await p.say(POSTING);
  const report = await p.say('done');
  return { p, heard, first, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  await p.say('yes');
  const coding = await p.say('do i need to learn coding for this??');
  await p.say('yes');
  await p.say('500 maybe less');
  const correction = await p.say('actually 300');
  await p.say('6 hours a week');
  const year = await p.say('a year');
  await p.say('98k');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, coding, correction, year, picks };
}

describe('Rosalind, ICU nurse and Epic super-user to health informatics, $500 then $300, 6 hours a week, a year', () => {
  it('hears her nursing, Epic super-user and training work, reads the posting without benefits, and never makes training a gap', async () => {
    const { p, heard, first, report } = await throughGaps('rosalind');
    expect(heard).toContain('Healthcare from "icu nurse 25 yrs"');
    expect(heard).toContain('Health informatics and Technical support from "im the epic super user on my unit for charting"');
    expect(heard).toContain('Excel (basic)');
    const skills = held(p.profile());
    expect(skills.get('excel')).toBe('basic');
    expect(skills.has('training-and-development')).toBe(true);
    expect(skills.has('healthcare')).toBe(true);
    expect(first).toContain('Healthcare interoperability (HL7, FHIR)');
    expect(first).toContain('Requirements analysis');
    expect(first).not.toMatch(/403b|PTO|dental|equal opportunity/i);
    expect(report).toContain('Here is your gap report for *Health informatics specialist*. Demand is from the 1 posting you pasted.');
    expect(report).toContain('Training and development (you said "i train the new nurses on epic and do the at the elbow stuff on go lives")');
    const gaps = gapIds(p.profile());
    expect(gaps).toContain('healthcare-interoperability');
    expect(gaps).toContain('requirements-gathering');
    expect(gaps).toContain('sql');
    expect(gaps).not.toContain('training-and-development');
    expect(gaps).not.toContain('healthcare');
    expect(gaps).not.toContain('health-informatics');
    // Entry pay from BLS with source, period and the caveat that it is the nearest surveyed occupation.
    expect(report).toContain('the nearest occupation BLS surveys (BLS, May 2024)');
    expect(report).toContain('experienced staff included');
  });

  it('credits her Epic super-user work as a skill the posting asks for and her go-live support as troubleshooting', async () => {
    const { p, report } = await throughGaps('rosalind-credit');
    expect(report).not.toContain('Skills they ask for that you have=none yet');
    expect(gapIds(p.profile())).not.toContain('troubleshooting');
  });

  it('reads "500 maybe less" as $500 then $300, "a year" as 7 December 2027, and dates every plan step from the pick at 6 hours a week', async () => {
    const { p, year, picks } = await throughPick('rosalind-pick');
    expect(year).toContain('To estimate the return');
    // "Perform workflow analysis with nursing and physician teams" is clinical process work, not data analysis, so no
    // data-analyst certificate is the closest pick: her gaps are learnt by doing, and the Epic certification her posting
    // prefers comes through an employer.
    expect(picks).toContain('No credential in my catalog closes your top gaps, Technical documentation, Requirements analysis and Software testing, so there is no path to recommend.');
    expect(picks).toContain('Your posting prefers Epic certification: you can apply without it, and having it puts you ahead.');
    expect(picks).not.toContain('Google Data Analytics');
    expect(picks).toContain('(BLS, May 2024)');
    const plan = await p.say('1');
    expect(plan).toContain('No credential this time: a portfolio project that uses your gap skills is the best evidence.');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    // 40 hours for the piece and 20 for each of her 3 gaps at 6 a week: 17 weeks from 7 December 2026.
    expect(dueOf(plan, '2. Build the portfolio piece')).toBe('2027-04-05');
    expect(dueOf(plan, '3. Network with intent')).toBe('2027-04-05');
    // Twelve weeks of job search after the portfolio piece.
    expect(dueOf(plan, '4. Interview and negotiate')).toBe('2027-06-28');
    expect(plan).toContain('Your portfolio piece is done on Monday 5 April 2027, 35 weeks inside your deadline of Tuesday 7 December 2027.');
    expect(plan).toContain('Never use real patient records from work');
    expect(plan).not.toContain('GitHub');
    expect(plan).toContain('6 hours a week: 3 sessions of about 2 hours');
    expect(plan).not.toContain('date to be set');
    const status = await p.say('status');
    expect(status).toContain('Study time=6 hours a week');
    expect(status).toContain('Budget=$300');
  });

  it('answers "do i need to learn coding for this??" instead of saying its notes do not cover it', async () => {
    const { coding } = await throughPick('rosalind-coding');
    expect(coding).not.toContain("my notes don't cover it");
    expect(coding).toContain('SQL is among the core skills health informatics specialist jobs are hired on');
    expect(coding).toContain('Your postings name SQL (every one of them) too');
  });

  it('hears "actually 300" as her budget corrected to $300, not as 300 hours a week', async () => {
    const { p, correction } = await throughPick('rosalind-300');
    expect(correction).not.toContain("That's more than 60 hours");
    expect(correction).toContain('Budget changed to $300.');
    expect(correction).toContain('How many hours a week can you study?');
    expect(p.profile().budgetUsd).toBe(300);
  });
});
