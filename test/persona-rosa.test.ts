import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt } from './support/new-user.js';

/**
 * Rosa Jiménez, 51, hotel front-desk manager for 20 years: guest complaints, Opera PMS, staff schedules, trains
 * new hires. Wants UX researcher / UX designer, has "like 400 bucks", "ten hours" a week, "no rush", earns $52,000,
 * says "no" to free options first and asks "am i too old for ux?".
 *
 * What a coach signs and this test asserts: her guest complaints and staff work credited, hospitality named as
 * worth showing; both postings read without benefits, the years asked kept out of the gaps; User research,
 * Usability testing and UX design as her top gaps; the Google UX Design certificate at $245 within her $400, the
 * pay-back and the low-end pay risk against her $52,000; every plan date (20 study weeks at 10 hours, 2 portfolio
 * weeks, 12 weeks of job search); "am i too old for ux?" answered with a plain no and how to show it.
 *
 * What a coach would not sign (`it.fails`):
 * - The plan says "You can study it free: audit it, or apply for financial aid" after she said no to free first.
 * - The age answer lists the Meta Front-End Developer certificate as one that teaches UX design.
 * - Opera PMS, used every shift, is not heard.
 * - Not kept as a test: "ux researcher... or ux designer maybe?" is taken as UX designer without asking;
 *   "i train every new hire" is read as Human resources rather than training; Communication, asked in a
 *   posting, is not credited to someone who handles guest complaints all day ("Skills they ask for that you have=none yet").
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const UXR = `UX Researcher - Staywell Hospitality Tech
About us: We build guest-facing booking and check-in apps for boutique hotels.
What you will do:
- Plan and run user research: interviews, usability testing and surveys with guests and hotel staff
- Turn findings into clear reports and personas for designers and product managers
- Build journey maps of the guest experience
Requirements:
- 2+ years of UX research or related experience
- Strong communication skills
- Figma a plus
Benefits: medical, dental, 401(k), flexible PTO.
Staywell is an equal opportunity employer.`;
const UXD = `Junior UX Designer - TripNest
Responsibilities:
- Create wireframes and prototypes in Figma
- Run usability testing with customers and iterate on designs
- Work with user research findings to improve booking flows
Qualifications:
- Portfolio showing your design process
- Knowledge of user-centered design and accessibility
Benefits: health, dental, vision, 401k.
TripNest is an Equal Opportunity Employer.`;
const SKILLS =
  'ok so i handle guest complaints all day lol, i use opera pms every shift, i do all the staff schedules and i train every new hire on the front desk';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('rosa');
  await p.say('find my skill gaps');
  await p.say('front desk manager at a hotel');
  await p.say('twenty years');
  const target = await p.say('ux researcher... or ux designer maybe?');
  await p.say('yes');
  const heard = await p.say(SKILLS);
  const first = await p.say(UXR);
  const second = await p.say(UXD);
  const report = await p.say('done');
  return { p, target, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('credentials');
  await p.say('yes');
  const bucks = await p.say('like 400 bucks');
  const hours = await p.say('ten hours');
  const rush = await p.say('no rush');
  const salary = await p.say('52000');
  const a = await p.say('no');
  const picks = await p.say('yes');
  return { p, offer, bucks, hours, rush, salary, a, picks };
}

describe('Rosa, hotel front-desk manager to UX researcher, $400, 10 hours a week, no rush', () => {
  it('credits her guest and staff work, reads both postings without benefits, and names User research, Usability testing and UX design as her top gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('rosa');
    expect(heard).toContain('Customer service from "i handle guest complaints all day lol"');
    expect(held(p.profile()).has('customer-service')).toBe(true);
    expect(held(p.profile()).has('people-management')).toBe(true);
    expect(first).toContain('Posting 1 read: I found UX design, User research, Usability testing');
    expect(second).toContain('It also asks to see a portfolio of your work.');
    for (const read of [first, second]) expect(read).not.toMatch(/401|dental|equal opportunity/i);
    expect(report).toContain('"2+ years of UX research or related experience". That comes from doing the job, not from a course');
    expect(report).toContain('Hospitality (from your job as *front desk manager at a hotel*)');
    expect(report).toContain('1. *User research*: asked for in 100% of the postings');
    expect(report).toContain('2. *Usability testing*: asked for in 100% of the postings');
    expect(report).toContain('3. *UX design*: asked for in 100% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['ux-research', 'usability-testing', 'ux-design']);
    expect(report).toContain('An entry-level UX designer earns about $65,000 a year, and $48,000 at the low end');
  });

  it('picks the Google UX certificate within $400, states the pay-back and the low-end risk, and dates every plan step', async () => {
    const { p, bucks, picks } = await throughPick('rosa-pick');
    expect(bucks).toContain('How many hours a week can you study?');
    expect(p.profile().budgetUsd).toBe(400);
    expect(picks).toMatch(/^1\. \*Google UX Design Professional Certificate\*: \$245 in all, about 20 weeks at 10 hours a week/m);
    expect(picks).toContain('$245 in all, within your $400 budget.');
    expect(picks).toContain('That is about $13,000 a year more than you earn now; it costs $245, so it pays back within your first month in the new job.');
    expect(picks).toContain('A first offer at the low end, though, would be about $4,000 less than you earn now');
    const old = await p.say('am i too old for ux?');
    expect(old).toContain("you're not too old for this");
    const plan = await p.say('1');
    expect(plan).toContain('You chose *Google UX Design Professional Certificate*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 20 weeks at 10 hours a week from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-04-26');
    // 20 assumed portfolio hours at 10 a week: 2 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-05-10');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-05-10');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-08-02');
    expect(plan).toContain('10 hours a week: 5 sessions of about 2 hours');
  });

  // She said "no" to free, audit or financial-aid options first; the plan still leads with studying it free.
  it.fails('does not push free or audit study in the plan after she said no to free options first', async () => {
    const { p } = await throughPick('rosa-free');
    const plan = await p.say('1');
    expect(plan).not.toContain('You can study it free');
  });

  // "am i too old for ux?" is answered well, then lists a front-end developer certificate among those that teach UX design.
  it.fails('does not offer a front-end developer certificate as a UX design credential', async () => {
    const { p } = await throughPick('rosa-old');
    const old = await p.say('am i too old for ux?');
    expect(old).not.toContain('Meta Front-End Developer');
  });

  // Opera PMS, a hotel property-management system she uses every shift, is not heard at all.
  it.fails('hears Opera PMS as software she uses every shift', async () => {
    const { heard } = await throughGaps('rosa-opera');
    expect(heard).toMatch(/opera/i);
  });
});
