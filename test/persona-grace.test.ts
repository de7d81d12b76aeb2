import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Grace, 47, office manager at a dental practice for 16 years, aiming at digital marketing specialist. She
 * already runs the practice's Facebook and Instagram (boosted posts on a small ad budget), its Google Business
 * profile and reviews, a monthly Mailchimp newsletter and patient recall campaigns; she also does the books in
 * QuickBooks and manages 3 front-desk staff. "maybe 200-300" dollars (then "two hundred"), 5 hours a week in the
 * evenings, "by spring", earning 52,000, no certificates. She pastes two digital-marketing postings (Google Ads,
 * GA4, SEO, social media, content calendar, Mailchimp or HubSpot, A/B testing, Canva; "Google Ads certification
 * a plus" in both; benefits and EEO boilerplate).
 *
 * What a coach signs and this test asserts: email and social media marketing credited with her words, her
 * boosted posts read as paid social and her Google Business profile as SEO at a basic level (local SEO, to
 * deepen), both postings' social media channels and content calendars read (social media and content
 * marketing at 100%, "paid campaigns in Google Ads and Meta" as Meta ads), Google Ads, Content marketing and
 * Google Analytics as the top gaps, benefits never read, the "2+ years in marketing" line kept out
 * of the gaps, entry pay from BLS with source and period, the budget range asked back and "two hundred" read,
 * "by spring" said back as 1 March 2027, the free Google Ads Search Certification first (both postings prefer
 * it), every plan date, the portfolio piece (5 weeks) and job search (17 weeks) past her deadline said with
 * what would fit (8 hours a week or a 55-hour piece; applying while she builds it, or 28 June 2027), and a
 * recall-campaign story that gains a number on the retry.
 *
 * What a coach would not sign today (left out, or written as `it.fails` where small and clear):
 * - Posting 1 is said back as "I found ... Marketing ...": "Marketing" comes from "2+ years in marketing",
 *   which the report rightly treats as time in the work, not a skill.
 * - "is the google one free??" is answered for both Google credentials, but the Ads one reads "the price is
 *   free (seen on a less reliable website, visualfoodie.com ...)": a coach says "yes, it's free" and where
 *   to check, not a blog's name.
 * - (Fixed) "which one looks best on a resume?" names the Google Ads Search Certification both her postings
 *   prefer, no longer "my notes don't cover it" (flows/pick-asides.ts).
 * - Google's Digital Marketing & E-commerce certificate (about 52 weeks at 5 hours a week) has left the top
 *   three for the free HubSpot Content Marketing one since content marketing is read as a gap; were it
 *   offered again, nothing would say it runs a year past her March deadline.
 * - The plan's portfolio step tells her to "Run a small real campaign for a local cause or your own page"
 *   while she has run real campaigns for 16 years: a coach would have her write up the recall campaign and
 *   the practice's social accounts as case studies.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const POSTING_1 =
  'Digital Marketing Specialist - Bright Smile Dental Group. We are growing! Responsibilities: plan and run paid campaigns in Google Ads and Meta, manage our social media channels (Facebook, Instagram, LinkedIn) and keep a monthly content calendar, write and send email marketing campaigns in Mailchimp or HubSpot, track results in Google Analytics 4 and report monthly, run A/B tests on landing pages and emails, basic SEO for our location pages. Requirements: 2+ years in marketing, Canva or similar design tools, strong writing. Google Ads certification a plus. Benefits: medical, dental, vision, 401k match, PTO. We are an equal opportunity employer.';
const POSTING_2 =
  'Marketing Coordinator / Digital Marketing Specialist (hybrid). What you will do: social media management across 4 channels, content calendar planning, email marketing (Mailchimp), SEO and on-page optimization, reporting with Google Analytics 4, support Google Ads campaigns, A/B testing subject lines and ads, create graphics in Canva. Nice to have: Google Ads certification, HubSpot experience. We offer competitive pay, health insurance and a great team. EOE.';

const SKILLS =
  'i run the practices facebook and instagram 😊 boosted posts with a small ad budget, our google business profile and reviews, monthly email newsletter in mailchimp, patient recall campaigns, dentrix scheduling, bookkeeping in quickbooks and i manage 3 front desk staff';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Grace');
  await p.say('1');
  await p.say('office manager at a dental practice');
  await p.say('16 years!');
  await p.say('digital marketing specialist');
  const heard = await p.say(SKILLS);
  const first = await p.say(POSTING_1);
  const second = await p.say(POSTING_2);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('yes');
  await p.say('yes');
  const range = await p.say('maybe 200-300');
  await p.say('two hundred to be safe 😊');
  await p.say('5 hours a week, evenings after my kids are in bed');
  const spring = await p.say('by spring!');
  await p.say('about 52,000');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, range, spring, picks };
}

describe('Grace, dental office manager to digital marketing specialist, $200, 5 hours a week, by spring', () => {
  it("credits her email and social media work, reads the postings without benefits, reads both postings' social media and content calendars, and puts Google Ads, Content marketing and Analytics first", async () => {
    const { p, heard, first, second, report } = await throughGaps('grace');
    expect(heard).toContain('Social media marketing from "i run the practices facebook and instagram');
    const skills = held(p.profile());
    expect(skills.has('email-marketing')).toBe(true);
    expect(skills.has('social-media-marketing')).toBe(true);
    for (const posting of [first, second]) expect(posting).not.toMatch(/401k|PTO|health insurance|equal opportunity|EOE/i);
    expect(first).toContain('Google Ads');
    expect(second).toContain('Social media marketing');
    expect(report).toContain('Here is your gap report for *Digital marketer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Google Ads=100, Content marketing=100, Google Analytics=100, SEO=100, Social media marketing=100, Email marketing=100');
    // Her Google Business profile and reviews are local SEO: the basics, to deepen rather than start.
    expect(report).toContain('Skills they ask for that you have=SEO (basic), Email marketing and Social media marketing');
    expect(report).toContain('Also deepen SEO: you have the basics');
    // "2+ years in marketing" is time in the work, said beside the verdict, never a gap.
    expect(report).toContain('Your postings also ask for time in the work');
    expect(report).toContain('1. *Google Ads*: asked for in 100% of the postings');
    expect(report).toContain('2. *Content marketing*: asked for in 100% of the postings');
    expect(report).toContain('3. *Google Analytics*: asked for in 100% of the postings');
    const gaps = gapIds(p.profile());
    expect(gaps.slice(0, 3)).toEqual(['google-ads', 'content-marketing', 'google-analytics']);
    expect(gaps).not.toContain('email-marketing');
    expect(gaps).not.toContain('social-media-marketing');
    expect(gaps).not.toContain('marketing');
    // Entry pay for the target from BLS percentiles, with source and period; the median said as not a promise.
    expect(report).toContain('An entry-level digital marketer earns about $56,000 a year, and $42,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
    expect(report).toContain('experienced staff included');
  });

  it('reads "manage our social media channels (Facebook, Instagram, LinkedIn) and keep a monthly content calendar" in posting 1 as social media and content marketing', async () => {
    const { heard, first, report } = await throughGaps('grace-social');
    expect(first).toContain('Social media marketing');
    expect(first).toContain('Content marketing');
    expect(report).toContain('Social media marketing=100');
    expect(report).toContain('Content marketing=100');
    expect(heard).toContain('SEO (basic) from "our google business profile and reviews"');
  });

  it('asks back her range, reads "two hundred" and "by spring", and starts with the free Google Ads certification both postings prefer', async () => {
    const { p, offer, range, spring, picks } = await throughPick('grace-pick');
    expect(offer).toContain('your top gaps are Google Ads, Content marketing and Google Analytics');
    expect(range).toContain('I read two numbers, 200 and 300: which one should I plan with?');
    expect(spring).toContain("By spring, then: I'll plan for you to be ready by Monday 1 March 2027, about 3 months from now.");
    expect(p.profile().budgetUsd).toBe(200);
    const ads = picks.indexOf('*Google Ads Search Certification*');
    const hubspot = picks.indexOf('*HubSpot Inbound Marketing Certification*');
    const content = picks.indexOf('*HubSpot Content Marketing Certification*');
    expect(ads).toBeGreaterThan(-1);
    expect(hubspot).toBeGreaterThan(ads);
    expect(content).toBeGreaterThan(hubspot);
    const adsBlock = pickBlock(picks, 'Google Ads Search Certification');
    expect(adsBlock).toContain('free, about 1 week at 5 hours a week (a planning estimate)');
    expect(adsBlock).toContain('Both of your postings prefer Google Ads Search Certification');
    expect(adsBlock).toContain('It expires after 1 year');
    expect(pickBlock(picks, 'HubSpot Content Marketing Certification')).toContain('free, about 2 weeks at 5 hours a week (a planning estimate)');
    expect(picks).toContain('Recommended path: Start with Google Ads Search Certification. $0 in all, within your $200 budget.');
    expect(picks).toContain('Still uncovered: Content marketing, Google Analytics, Reporting, Conversion rate optimization (CRO) and Canva.');
    // A small raise on typical entry pay, a cut at the low end, both said.
    expect(picks).toContain('That is about $4,000 a year more than you earn now');
    expect(picks).toContain('about $10,000 less than you earn now');

    const free = await p.say('is the google one free??');
    expect(free).toContain('*Google Digital Marketing & E-commerce Professional Certificate* (free to audit, financial aid)');
    expect(free).toMatch(/\*Google Ads Search Certification\*: the price is free/);
    expect(free).not.toContain("That isn't one of the options");

    await p.say('which one looks best on a resume?');
    const plan = await p.say('1');
    expect(plan).toContain('You chose *Google Ads Search Certification*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 4–6 hours at 5 hours a week: one week.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2026-12-14');
    // 80 hours assumed for the portfolio piece at 5 a week: 16 weeks after 14 December.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-04-05');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-04-05');
    // Twelve weeks of job search after the portfolio piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-06-28');
    expect(plan).toContain('Your studying ends on Monday 14 December 2026, 11 weeks inside your deadline of Monday 1 March 2027.');
    // 5 + 80 hours at 8 a week: 1 + 10 weeks, inside her 12; at 5 a week the 11 weeks after studying hold 55 hours.
    expect(plan).toContain(
      'Your portfolio piece would be done on Monday 5 April 2027, 5 weeks after your deadline, and your job search would run to Monday 28 June 2027, 17 weeks after it. To have your portfolio piece done by then, study about 8 hours a week instead of 5, or keep it to about 55 hours. A job search takes about 12 weeks: start applying while you build the portfolio piece, or move your deadline to Monday 28 June 2027.',
    );
    expect(plan).toContain('5 hours a week: 3 sessions of about 1.5 hours');
    expect(plan).not.toContain('date to be set');
    const status = await p.say('status');
    expect(status).toContain('Budget=$200');
    expect(status).toContain('Study time=5 hours a week');
  });

  it('answers "which one looks best on a resume?" with the certification her postings name', async () => {
    const { p } = await throughPick('grace-resume');
    const resume = await p.say('which one looks best on a resume?');
    expect(resume).not.toContain("my notes don't cover it");
    expect(resume).toContain('Google Ads Search Certification');
  });

  it('says by how much her portfolio and job search miss her spring deadline', async () => {
    const { p } = await throughPick('grace-miss');
    const plan = await p.say('1');
    expect(plan).toMatch(/\b(\d+|[a-z]+) (weeks|months) (past|after|later than) your deadline/);
  });

  it('practice: her recall-campaign story is asked for a number first, and the retry is credited for it', async () => {
    const p = await newUserAt(data, 'grace-practice', TODAY);
    await p.say('Grace');
    await p.say('3');
    await p.say('digital marketing specialist');
    await p.say('1');
    const question = await p.say('customers and users');
    expect(question).toContain('(on customers and users, as you asked)');
    const first = await p.say(
      'last year our recall list was a mess and lots of patients were overdue for cleanings so i set up a recall campaign in mailchimp with reminder emails and texts and our front desk called the rest, patients really liked it and the schedule filled up a lot',
    );
    const firstLines = first.split('\n');
    const firstFix = firstLines[firstLines.findIndex((l) => l.startsWith('What to work on first')) + 1];
    expect(firstFix).toContain('the schedule filled up a lot": add how much');
    expect(first).toMatch(/At about \d+ s spoken, this is short: an interviewer expects 1-2 minutes/);
    expect(firstLines.filter((l) => /^\d\. /.test(l)).length).toBeLessThanOrEqual(3);
    expect(await p.say('retry this question')).toContain('try 2');
    const retry = await p.say(
      'last year about 400 of our patients were overdue for cleanings. i was responsible for getting them back in, so i segmented our list in dentrix, built a three email recall series in mailchimp and had my front desk team call whoever did not open. in 3 months 130 patients booked, thats about $26,000 in hygiene visits',
    );
    expect(retry).toContain('You measured the result now: "in 3 months 130 patients booked"');
    expect(retry).toContain('You say what you had to achieve now: "i was responsible for getting them back in"');
    expect(retry).toMatch(/Since your last try: (\d+) → (\d+) \(\+\d+\)/);
    const [, before, after] = /Since your last try: (\d+) → (\d+)/.exec(retry) ?? [];
    expect(Number(after)).toBeGreaterThan(Number(before));
    expect(retry).not.toContain('add how much');
  });
});
